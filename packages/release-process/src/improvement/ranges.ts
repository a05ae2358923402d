/**
 * The exact range of every successful deployment measured, read in as few requests as GitHub
 * allows. One compare a deployment (change-gate's way) would cost a REST request each — a year of
 * 5,000 deployments is more than a workflow token's 1,000 an hour — so the history is read instead:
 * - how many commits each deployed commit's history holds (100 commits a query, 1 point);
 * - the history itself, newest first with every commit's parents (100 a page, 1 point), from the
 *   newest deployed commit down, until core's `rangeInGraph` proves every range: each walk from a
 *   head reaches only commits read, and finds exactly as many as GitHub's counts say;
 * - GitHub's compare (change-gate's `compareRange`) for any range the history does not prove — a
 *   rollback, a branch that was never merged.
 */
import { type CommitGraph, type DatedCommit, type GraphCommit, rangeInGraph } from "@gatehouse/core";
import type { GitHubClient } from "@gatehouse/github";
import { compareRange, inBatches } from "../assess/range";
import { HistoryLimitError } from "./deploymentHistory";

/** The most commits of history read for one measurement (1 point per 100). */
export const MAX_WALKED_COMMITS = 200_000;
/** The most ranges read with GitHub's compare (a REST request each, or more). */
export const MAX_COMPARES = 200;
/** How far (ms) a history may run past a commit's date before it counts as not there: committer clocks differ. */
const CLOCK_SLACK_MS = 24 * 3_600_000;
const COUNTS_PER_QUERY = 100;
const WALKS_PER_QUERY = 10;
const READS_AT_ONCE = 4;

export interface RangeRequest {
  deploymentId: number;
  base: string;
  head: string;
}

export interface RangeReading {
  ranges: Map<number, DatedCommit[]>;
  requests: number;
  commitsRead: number;
  compares: number;
}

const oid = (sha: string) => sha.replace(/[^0-9a-f]/gi, "");

interface Counted {
  total: number;
  committedAt: string;
}

async function historyCounts(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  shas: string[],
): Promise<{ counts: Map<string, Counted>; requests: number }> {
  const batches: string[][] = [];
  for (let i = 0; i < shas.length; i += COUNTS_PER_QUERY) batches.push(shas.slice(i, i + COUNTS_PER_QUERY));
  const answers = await inBatches(batches, READS_AT_ONCE, (batch) =>
    client.graphql<{
      repository: Record<string, { committedDate: string; history: { totalCount: number } } | null> | null;
    }>(
      `query GatehouseHistoryCounts($owner: String!, $name: String!) {\n  repository(owner: $owner, name: $name) {\n${batch
        .map(
          (sha, k) =>
            `    c${k}: object(oid: "${oid(sha)}") { ... on Commit { committedDate history(first: 1) { totalCount } } }`,
        )
        .join("\n")}\n  }\n}`,
      { owner: repo.owner, name: repo.repo },
    ),
  );
  const counts = new Map<string, Counted>();
  batches.forEach((batch, b) => {
    batch.forEach((sha, k) => {
      const c = answers[b]!.repository?.[`c${k}`];
      if (c?.history) counts.set(sha, { total: c.history.totalCount, committedAt: c.committedDate });
    });
  });
  return { counts, requests: batches.length };
}

interface Walk {
  start: string;
  cursor: string | null;
  done: boolean;
  /** Committer date of the oldest commit read so far (ms); Infinity before the first page. */
  oldest: number;
}

interface RawHistory {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { oid: string; committedDate: string; parents: { totalCount: number; nodes: { oid: string }[] } }[];
}

export async function readRanges(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  wanted: readonly RangeRequest[],
  log: (message: string) => void = () => {},
): Promise<RangeReading> {
  const ranges = new Map<number, DatedCommit[]>();
  let requests = 0;
  const shas = [...new Set(wanted.flatMap((w) => [w.base, w.head]))];
  const { counts, requests: countRequests } = await historyCounts(client, repo, shas);
  requests += countRequests;

  const toCompare: RangeRequest[] = [];
  let pending: RangeRequest[] = [];
  for (const w of wanted) {
    const head = counts.get(w.head);
    const base = counts.get(w.base);
    if (w.base === w.head) ranges.set(w.deploymentId, []);
    else if (!head || !base || head.total - base.total <= 0) toCompare.push(w);
    else pending.push(w);
  }

  const graph = new Map<string, GraphCommit>();
  const walks: Walk[] = [];
  const date = (sha: string) => Date.parse(counts.get(sha)?.committedAt ?? "") || 0;
  const expected = (w: RangeRequest) => counts.get(w.head)!.total - counts.get(w.base)!.total;
  // Newest head first: the first walk starts at the newest deployed commit and reaches the older
  // ones on its way down, so in one line of history one walk reads everything.
  pending.sort((a, b) => date(b.head) - date(a.head));
  while (pending.length > 0) {
    // Settle what the history read so far proves, or gives up on.
    const still: RangeRequest[] = [];
    const walking = walks.some((k) => !k.done);
    for (const w of pending) {
      // While a walk is under way and has not read the base yet, the range cannot be proved: do not
      // walk the graph read so far again for it (once a page, that made long histories quadratic).
      const r =
        walking && !graph.has(w.base)
          ? { complete: false as const }
          : rangeInGraph(graph, w.base, w.head, expected(w));
      if (r.complete) {
        ranges.set(
          w.deploymentId,
          r.commits.map((c) => ({ sha: c.sha, committedAt: c.committedAt })),
        );
        continue;
      }
      const live = walks.filter((k) => !k.done);
      if (!graph.has(w.head)) {
        // A live walk may still reach the head; otherwise start one there.
        if (
          !live.some((k) => k.oldest >= date(w.head) - CLOCK_SLACK_MS) &&
          !walks.some((k) => k.start === w.head)
        )
          walks.push({ start: w.head, cursor: null, done: false, oldest: Number.POSITIVE_INFINITY });
        still.push(w);
      } else if (live.some((k) => k.oldest >= date(w.base) - CLOCK_SLACK_MS)) {
        still.push(w);
      } else {
        toCompare.push(w); // the history read does not prove it: GitHub's compare will
      }
    }
    pending = still;
    if (pending.length === 0) break;
    if (graph.size >= MAX_WALKED_COMMITS) {
      toCompare.push(...pending);
      break;
    }
    const floor = Math.min(...pending.map((w) => Math.min(date(w.base), date(w.head)))) - CLOCK_SLACK_MS;
    const due = walks.filter((k) => !k.done && k.oldest >= floor);
    if (due.length === 0) {
      toCompare.push(...pending);
      break;
    }
    const batches: Walk[][] = [];
    for (let i = 0; i < due.length; i += WALKS_PER_QUERY) batches.push(due.slice(i, i + WALKS_PER_QUERY));
    const answers = await inBatches(batches, READS_AT_ONCE, (batch) => {
      requests++;
      return client.graphql<{ repository: Record<string, { history: RawHistory } | null> | null }>(
        `query GatehouseHistoryWalk($owner: String!, $name: String!) {\n  repository(owner: $owner, name: $name) {\n${batch
          .map(
            (k, i) =>
              `    w${i}: object(oid: "${oid(k.start)}") { ... on Commit { history(first: 100${k.cursor ? `, after: ${JSON.stringify(k.cursor)}` : ""}) { pageInfo { hasNextPage endCursor } nodes { oid committedDate parents(first: 10) { totalCount nodes { oid } } } } } }`,
          )
          .join("\n")}\n  }\n}`,
        { owner: repo.owner, name: repo.repo },
      );
    });
    batches.forEach((batch, b) => {
      batch.forEach((k, i) => {
        const history = answers[b]!.repository?.[`w${i}`]?.history;
        if (!history) {
          k.done = true;
          return;
        }
        for (const n of history.nodes) {
          // A merge of more than 10 parents is left unread: its ranges go to GitHub's compare.
          if (n.parents.totalCount <= n.parents.nodes.length && !graph.has(n.oid))
            graph.set(n.oid, {
              sha: n.oid,
              parents: n.parents.nodes.map((p) => p.oid),
              committedAt: n.committedDate,
            });
          k.oldest = Math.min(k.oldest, Date.parse(n.committedDate));
        }
        k.cursor = history.pageInfo.endCursor;
        k.done = !history.pageInfo.hasNextPage;
      });
    });
  }

  if (toCompare.length > MAX_COMPARES) {
    throw new HistoryLimitError(
      `${toCompare.length} deployed ranges are not in one line of history (rollbacks, or branches deployed without being merged) — more than the ${MAX_COMPARES} compared one by one (limit MAX_COMPARES): measure a shorter span.`,
    );
  }
  if (toCompare.length > 0)
    log(
      `${toCompare.length} range${toCompare.length === 1 ? "" : "s"} read with GitHub's compare (not in the history read).`,
    );
  await inBatches(toCompare, READS_AT_ONCE, async (w) => {
    const { range, requests: n } = await compareRange(client, repo, w.base, w.head);
    requests += n;
    ranges.set(
      w.deploymentId,
      range.commits.map((c) => {
        if (!c.committedAt)
          throw new HistoryLimitError(`GitHub gave no committer date for commit ${c.sha.slice(0, 7)}.`);
        return { sha: c.sha, committedAt: c.committedAt };
      }),
    );
  });
  return { ranges, requests, commitsRead: graph.size, compares: toCompare.length };
}
