/**
 * readRanges' two bounds on the history it walks: a merge of more than the 10 parents read with
 * each commit, and MAX_WALKED_COMMITS. Past either, the history read proves nothing about the
 * ranges it did not finish, and they go to GitHub's compare — never a range cut short.
 */
import type { GitHubClient } from "@gatehouse/github";
import { describe, expect, it } from "vitest";
import { MAX_RANGE_COMMITS } from "../assess/range";
import { MAX_WALKED_COMMITS, readRanges } from "./ranges";

const repo = { owner: "acme", repo: "shop" };
const sha = (i: number) => i.toString(16).padStart(40, "0");
const index = (oid: string) => Number.parseInt(oid, 16);
/** Commit i of a straight line of history, one minute after commit i - 1. */
const dateOf = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();

/**
 * GitHub for a straight line of `length` commits (commit i's parent is i - 1), except that the
 * commits in `octopus` are merges of 11 parents: the query's `parents(first: 10)` shows 10 of them.
 */
function lineOfHistory(length: number, octopus: ReadonlySet<number> = new Set()) {
  const calls: Record<string, number> = {};
  const client = {
    async graphql(query: string) {
      const name = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? "?";
      calls[name] = (calls[name] ?? 0) + 1;
      const out: Record<string, unknown> = {};
      if (name === "GatehouseHistoryCounts") {
        for (const [, alias, oid] of query.matchAll(/(c\d+): object\(oid: "([0-9a-f]+)"\)/g))
          out[alias!] = { committedDate: dateOf(index(oid!)), history: { totalCount: index(oid!) + 1 } };
      } else {
        for (const [, alias, oid, after] of query.matchAll(
          /(w\d+): object\(oid: "([0-9a-f]+)"\) \{ \.\.\. on Commit \{ history\(first: 100(?:, after: "(\d+)")?/g,
        )) {
          const top = after === undefined ? index(oid!) : Number(after) - 1;
          const nodes = [];
          for (let i = top; i > top - 100 && i >= 0; i--) {
            const parents = i === 0 ? [] : [sha(i - 1)];
            const shown = octopus.has(i)
              ? [...parents, ...Array.from({ length: 9 }, (_, k) => sha(length + 10 * i + k))]
              : parents;
            nodes.push({
              oid: sha(i),
              committedDate: dateOf(i),
              parents: {
                totalCount: octopus.has(i) ? 11 : parents.length,
                nodes: shown.map((p) => ({ oid: p })),
              },
            });
          }
          const last = top - nodes.length + 1;
          out[alias!] = { history: { pageInfo: { hasNextPage: last > 0, endCursor: String(last) }, nodes } };
        }
      }
      return { repository: out };
    },
    async request(_route: string, params: { basehead: string; page?: number; per_page?: number }) {
      calls.compare = (calls.compare ?? 0) + 1;
      const [base, head] = params.basehead.split("...").map(index) as [number, number];
      const all = Array.from({ length: head - base }, (_, k) => base + 1 + k);
      const shown = params.page
        ? all.slice(0, all.length - 250).slice((params.page - 1) * 100, params.page * 100)
        : all.slice(-250);
      return {
        data: {
          status: "ahead",
          html_url: `https://github.com/acme/shop/compare/${params.basehead}`,
          total_commits: all.length,
          base_commit: { sha: sha(base) },
          merge_base_commit: { sha: sha(base) },
          commits: shown.map((i) => ({
            sha: sha(i),
            html_url: `https://github.com/acme/shop/commit/${sha(i)}`,
            commit: {
              message: `commit ${i}`,
              author: { name: "Alice", email: "alice@example.com" },
              committer: { name: "Alice", email: "alice@example.com", date: dateOf(i) },
            },
            author: { login: "alice" },
            committer: { login: "alice" },
            parents: [{ sha: sha(i - 1) }],
          })),
          files: [],
        },
      };
    },
  };
  return { client: client as unknown as GitHubClient, calls };
}

describe("readRanges at the bounds of the history it walks", () => {
  it("sends a range over a merge of more than 10 parents to GitHub's compare, and proves the others from the history", async () => {
    const { client, calls } = lineOfHistory(40, new Set([20]));
    const reading = await readRanges(client, repo, [
      { deploymentId: 1, base: sha(10), head: sha(30) }, // crosses the merge of 11 parents
      { deploymentId: 2, base: sha(30), head: sha(39) }, // above it: the history proves it
    ]);
    expect(reading.compares).toBe(1);
    expect(calls.compare).toBe(1);
    expect(reading.ranges.get(1)!.map((c) => c.sha)).toEqual(
      Array.from({ length: 20 }, (_, k) => sha(11 + k)),
    );
    expect(reading.ranges.get(2)!.map((c) => c.sha)).toEqual(
      expect.arrayContaining(Array.from({ length: 9 }, (_, k) => sha(31 + k))),
    );
    expect(reading.ranges.get(2)).toHaveLength(9);
  });

  it(`stops walking at MAX_WALKED_COMMITS (${MAX_WALKED_COMMITS.toLocaleString("en-US")}) and leaves the range to GitHub's compare, whose own limit then names itself`, async () => {
    const length = MAX_WALKED_COMMITS + 5_000;
    const { client, calls } = lineOfHistory(length);
    await expect(
      readRanges(client, repo, [{ deploymentId: 1, base: sha(0), head: sha(length - 1) }]),
    ).rejects.toThrow(/limit MAX_RANGE_COMMITS/);
    // Every page up to the bound was read, none past it; then one compare, refused by its size.
    expect(calls.GatehouseHistoryWalk).toBe(MAX_WALKED_COMMITS / 100);
    expect(calls.compare).toBe(1);
    expect(length - 1).toBeGreaterThan(MAX_RANGE_COMMITS);
  });

  it("proves a long range from the history just under MAX_WALKED_COMMITS, with no compare", async () => {
    const length = 12_001;
    const { client, calls } = lineOfHistory(length);
    const reading = await readRanges(client, repo, [
      { deploymentId: 1, base: sha(0), head: sha(length - 1) },
    ]);
    expect(reading.ranges.get(1)).toHaveLength(length - 1);
    expect(reading.compares).toBe(0);
    expect(calls.compare).toBeUndefined();
  });
});
