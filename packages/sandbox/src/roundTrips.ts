/**
 * Sequential round trips in a request log: the longest chain of requests each sent after the one
 * before it was answered. Requests whose lifetimes overlap were in flight together and count as
 * one step; this is the number of network round trips on the critical path, whatever the latency.
 */
export function roundTrips(requests: readonly { startMs: number; endMs: number }[]): number {
  const byEnd = [...requests].sort((a, b) => a.endMs - b.endMs);
  // chain[i]: the longest chain ending with byEnd[i]; best[i]: max of chain[0..i].
  const best: number[] = [];
  let longest = 0;
  for (const [i, r] of byEnd.entries()) {
    // The last request answered before this one started (binary search over end times).
    let lo = 0;
    let hi = i - 1;
    let before = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (byEnd[mid]!.endMs <= r.startMs) {
        before = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const chain = 1 + (before >= 0 ? best[before]! : 0);
    longest = Math.max(longest, chain);
    best.push(longest);
  }
  return longest;
}
