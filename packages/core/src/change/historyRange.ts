/**
 * The deployed range computed from commits read with their parents — part of the repository's
 * history, as GitHub's GraphQL `history` lists it: the commits reachable from the head but not from
 * the base, as `git log base..head` and GitHub's compare list them. The answer is only given when
 * the commits read prove it: the walk reached no commit that was not read, and found exactly as many
 * commits as GitHub counts between the two (the history of the head minus that of the base). When
 * they do not, the caller reads more history, or asks GitHub's compare.
 */

/** A commit with its parents and committer date. */
export interface GraphCommit {
  sha: string;
  parents: readonly string[];
  committedAt: string;
}

export type CommitGraph = ReadonlyMap<string, GraphCommit>;

export type GraphRange =
  | { complete: true; commits: GraphCommit[] }
  /** `missing`: the commits not read that the walk needs (empty when only the count is off). */
  | { complete: false; missing: string[] };

const HEAD = 1;
const BASE = 2;

/** A max-heap of commits by committer date (newest first), ties by insertion order. */
class NewestFirst {
  private items: { sha: string; at: number; seq: number }[] = [];
  private seq = 0;
  get size() {
    return this.items.length;
  }
  push(sha: string, at: number) {
    const a = this.items;
    a.push({ sha, at, seq: this.seq++ });
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  pop(): string {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.before(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top.sha;
  }
  private before(x: { at: number; seq: number }, y: { at: number; seq: number }) {
    return x.at > y.at || (x.at === y.at && x.seq < y.seq);
  }
}

/**
 * The commits of `base..head` in the graph, newest first. `expected` is GitHub's count of the range
 * (the history of the head minus the history of the base). Both sides are walked together, newest
 * commit first, as git does; the walk ends when everything left to visit is reachable from the base.
 */
export function rangeInGraph(graph: CommitGraph, base: string, head: string, expected: number): GraphRange {
  if (!graph.has(head)) return { complete: false, missing: [head] };
  const flags = new Map<string, number>();
  const queue = new NewestFirst();
  // How many times each commit is queued, and how many queued commits the base does not reach yet:
  // the walk is over when that is none.
  const queued = new Map<string, number>();
  let headOnly = 0;
  const at = (sha: string) => {
    const c = graph.get(sha);
    return c ? Date.parse(c.committedAt) : Number.NEGATIVE_INFINITY;
  };
  const mark = (sha: string, flag: number) => {
    const before = flags.get(sha) ?? 0;
    const after = before | flag;
    if (after === before) return;
    flags.set(sha, after);
    const n = queued.get(sha) ?? 0;
    if (n > 0 && !(before & BASE) && after & BASE) headOnly--;
    if (n === 0 && !(after & BASE)) headOnly++;
    queued.set(sha, n + 1);
    queue.push(sha, at(sha));
  };
  mark(base, BASE);
  mark(head, HEAD);
  const missing = new Set<string>();
  while (queue.size > 0 && headOnly > 0) {
    const sha = queue.pop();
    const f = flags.get(sha)!;
    const n = queued.get(sha)! - 1;
    queued.set(sha, n);
    if (n === 0 && !(f & BASE)) headOnly--;
    const c = graph.get(sha);
    if (!c) {
      if (!(f & BASE)) missing.add(sha);
      continue;
    }
    for (const p of c.parents) mark(p, f);
  }
  // A commit not read counts as missing only if the base does not reach it after all.
  const needed = [...missing].filter((sha) => !(flags.get(sha)! & BASE));
  if (needed.length > 0) return { complete: false, missing: needed };
  const commits: GraphCommit[] = [];
  for (const [sha, f] of flags) if (f === HEAD) commits.push(graph.get(sha)!);
  if (commits.length !== expected) return { complete: false, missing: [] };
  commits.sort((a, b) => Date.parse(b.committedAt) - Date.parse(a.committedAt));
  return { complete: true, commits };
}
