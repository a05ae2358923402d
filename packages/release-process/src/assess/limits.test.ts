/**
 * The gate's reads that stop at a bound GitHub sets, each failing closed there: a pull request's
 * commits past those GitHub lists leave unknown authors; co-authors past those read are named as
 * unidentified; a commit in more pull requests than are read, none of them merged, keeps none
 * (the gate takes it for a direct push and blocks).
 */
import type { AuthoredCommit, RangeCommit, RangePullRequest } from "@gatehouse/core";
import type { GitHubClient } from "@gatehouse/github";
import { describe, expect, it } from "vitest";
import { commitsOfPullRequests, PULL_COMMIT_LIMIT, resolveCoAuthors } from "./authorship";
import { PULLS_PER_COMMIT, pullRequestsOfCommits } from "./range";

const repo = { owner: "acme", repo: "shop" };
const sha = (i: number) => i.toString(16).padStart(40, "0");
const actor = { name: "Bob", email: "bob@example.com", user: { login: "bob" } };

describe("commitsOfPullRequests", () => {
  /** A pull request of `total` commits of which GitHub lists `listed`, 100 a page. */
  function pullCommits(total: number, listed: number) {
    let served = 0;
    return {
      async graphql() {
        const nodes = Array.from({ length: Math.min(100, listed - served) }, (_, k) => ({
          commit: { oid: sha(served + k), message: "fix", author: actor, committer: actor },
        }));
        served += nodes.length;
        return {
          repository: {
            p0: {
              commits: {
                totalCount: total,
                pageInfo: { hasNextPage: served < listed, endCursor: `c${served}` },
                nodes,
              },
            },
          },
        };
      },
    } as unknown as GitHubClient;
  }
  const pull = (): RangePullRequest => ({ number: 7, title: "t", url: "", body: "", author: "bob" });

  it(`reads the ${PULL_COMMIT_LIMIT} commits GitHub lists of a pull request`, async () => {
    const p = pull();
    await commitsOfPullRequests(pullCommits(PULL_COMMIT_LIMIT, PULL_COMMIT_LIMIT), repo, [p]);
    expect(p.commits).toHaveLength(PULL_COMMIT_LIMIT);
    expect(p.unreadCommits).toBeUndefined();
  });

  it("counts the commits past those GitHub lists as unread (their authors unknown)", async () => {
    const p = pull();
    await commitsOfPullRequests(pullCommits(400, PULL_COMMIT_LIMIT), repo, [p]);
    expect(p.commits).toHaveLength(PULL_COMMIT_LIMIT);
    expect(p.unreadCommits).toBe(150);
  });
});

describe("resolveCoAuthors", () => {
  it("names the co-authors past the 50 read as unidentified", async () => {
    const client = {
      async graphql() {
        return {
          repository: {
            c0: {
              authors: {
                totalCount: 60,
                nodes: Array.from({ length: 50 }, (_, i) => ({
                  name: `A${i}`,
                  email: `a${i}@example.com`,
                  user: { login: `a${i}` },
                })),
              },
            },
          },
        };
      },
    } as unknown as GitHubClient;
    const commit: AuthoredCommit = { sha: sha(1), authors: ["a0"] } as AuthoredCommit;
    await resolveCoAuthors(client, repo, [commit]);
    expect(commit.authors).toHaveLength(50);
    expect(commit.unidentified).toContain("10 co-authors beyond the 50 read");
  });
});

describe("pullRequestsOfCommits", () => {
  it(`leaves a commit in more than ${PULLS_PER_COMMIT} pull requests, none of those read merged, without one`, async () => {
    const client = {
      async graphql() {
        const open = (n: number) => ({
          id: `P${n}`,
          number: n,
          title: "t",
          url: "",
          body: "",
          merged: false,
          mergedAt: null,
          lastEditedAt: null,
          changedFiles: 1,
          author: { login: "bob" },
          mergedBy: null,
          mergeCommit: null,
        });
        return {
          repository: {
            c0: {
              associatedPullRequests: {
                totalCount: PULLS_PER_COMMIT + 2,
                nodes: Array.from({ length: PULLS_PER_COMMIT }, (_, i) => open(i + 1)),
              },
            },
          },
        };
      },
    } as unknown as GitHubClient;
    const commit: RangeCommit = { sha: sha(1), message: "fix", authors: [], pullRequests: [] };
    const { pullRequests, beyond } = await pullRequestsOfCommits(client, repo, [commit]);
    expect(pullRequests).toEqual([]);
    expect(commit.pullRequests).toEqual([]);
    expect(beyond).toEqual([sha(1)]);
  });
});
