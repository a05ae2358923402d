import type { GitHubClient } from "@gatehouse/github";
import { describe, expect, it } from "vitest";
import { MAX_HISTORY_COMMITS, MAX_TAGS, readHistory } from "./history";

/** The release's history is read whole, or the read fails naming the limit. */

function pagesClient(opts: { tagPages: number; endless?: boolean }): GitHubClient & { calls: number } {
  let n = 0;
  const client = {
    calls: 0,
    graphql: async (query: string, vars: Record<string, unknown>) => {
      client.calls++;
      if (query.includes("query ReleaseTags")) {
        const page = Number(String(vars.cursor ?? "t0").slice(1)) + 1;
        return {
          repository: {
            refs: {
              pageInfo: { hasNextPage: page < opts.tagPages, endCursor: `t${page}` },
              nodes: [
                {
                  name: page === opts.tagPages - 1 ? "v1.0.0" : `build-${page}`,
                  target: { oid: "f".repeat(40) },
                },
              ],
            },
          },
        };
      }
      const nodes = Array.from({ length: 100 }, () => {
        n++;
        return {
          oid: n.toString(16).padStart(40, "0"),
          message: `fix: ${n}`,
          author: null,
          associatedPullRequests: { nodes: [] },
        };
      });
      return {
        repository: {
          refs: vars.withTags
            ? {
                pageInfo: { hasNextPage: opts.tagPages > 1, endCursor: "t0" },
                nodes: [{ name: "build-0", target: { oid: "e".repeat(40) } }],
              }
            : undefined,
          object: {
            history: { pageInfo: { hasNextPage: opts.endless ?? false, endCursor: `c${n}` }, nodes },
          },
        },
      };
    },
  };
  return client as unknown as GitHubClient & { calls: number };
}

describe("readHistory", () => {
  it("reads every page of tags to find the previous release", async () => {
    const client = pagesClient({ tagPages: 5 });
    let seen: string[] = [];
    const history = await readHistory(client, {
      owner: "acme",
      repo: "shop",
      sha: "a".repeat(40),
      stopAt: (tags) => {
        seen = tags.map((t) => t.name);
        return undefined;
      },
    });
    // The first page with the history, then 5 more pages of tags.
    expect(seen).toHaveLength(6);
    expect(seen).toContain("v1.0.0");
    expect(history.commits).toHaveLength(100);
  });

  it(`fails naming the limit past ${MAX_HISTORY_COMMITS.toLocaleString("en-US")} commits instead of releasing part of them`, async () => {
    const client = pagesClient({ tagPages: 1, endless: true });
    await expect(
      readHistory(client, { owner: "acme", repo: "shop", sha: "a".repeat(40), stopAt: () => undefined }),
    ).rejects.toThrow(/More than 50,000 commits .*limit MAX_HISTORY_COMMITS/);
    expect(client.calls).toBe(MAX_HISTORY_COMMITS / 100);
  });

  it(`fails naming the limit past ${MAX_TAGS.toLocaleString("en-US")} tags`, async () => {
    const client = pagesClient({ tagPages: MAX_TAGS + 5 });
    await expect(
      readHistory(client, { owner: "acme", repo: "shop", sha: "a".repeat(40), stopAt: () => undefined }),
    ).rejects.toThrow(/more than 10,000 tags \(limit MAX_TAGS\)/);
  });
});
