import type { RangeCommit } from "@gatehouse/core";
import { createClient, type GitHubClient } from "@gatehouse/github";
import { describe, expect, it } from "vitest";
import { startSandbox } from "../../../sandbox/src/server";
import {
  COMPARE_FILE_LIMIT,
  compareRange,
  filesOfCommits,
  filesOfPullRequests,
  MAX_DIRECT_FILE_READS,
  MAX_RANGE_COMMITS,
  pullRequestsOfCommits,
  RangeLimitError,
} from "./range";

/** Every bounded read of the deployed range reads everything, or refuses naming the limit. */

const repo = { owner: "acme", repo: "shop" };

/** A client whose REST answers come from `answer` (GraphQL unused). */
function stubClient(answer: (route: string, params: Record<string, unknown>) => unknown): GitHubClient {
  return {
    request: async (route: string, params: Record<string, unknown> = {}) => ({
      status: 200,
      headers: {},
      data: answer(route, params),
    }),
  } as unknown as GitHubClient;
}

const commit = (i: number) => ({
  sha: i.toString(16).padStart(40, "0"),
  html_url: `https://github.com/acme/shop/commit/${i}`,
  commit: { message: `fix: ${i}` },
  author: null,
});

describe("compareRange", () => {
  it("reads every commit of a range longer than one answer, oldest first, pinned to the head", async () => {
    const sb = await startSandbox({
      repos: [
        {
          repo: "acme/shop",
          commits: [
            { message: "chore: base" },
            ...Array.from({ length: 620 }, (_, i) => ({ message: `fix: change ${i + 1}` })),
          ],
          tags: { base: "chore: base" },
        },
      ],
    });
    try {
      const client = createClient({ token: sb.token, apiUrl: sb.apiUrl, retries: 0 });
      const head = sb.state.repos[0]!.refs.get("refs/heads/main")!;
      const { range, requests } = await compareRange(client, repo, "base", "main");
      expect(range.commits.map((c) => c.message)).toEqual(
        Array.from({ length: 620 }, (_, i) => `fix: change ${i + 1}`),
      );
      expect(range.headSha).toBe(head);
      // The 250 newest in one answer, then 4 pages of 100 for the 370 older ones.
      expect(requests).toBe(5);
      const paged = sb.requests.filter((r) => r.path.includes("page="));
      expect(paged.every((r) => r.path.includes(`...${head}`))).toBe(true);
      expect(range.filesComplete).toBe(false);
      expect(range.files).toHaveLength(COMPARE_FILE_LIMIT);
      expect(sb.violations).toEqual([]);
    } finally {
      await sb.close();
    }
  });

  it(`refuses a range of more than ${MAX_RANGE_COMMITS} commits, naming the limit and the way out`, async () => {
    let calls = 0;
    const client = stubClient(() => {
      calls++;
      return {
        status: "ahead",
        html_url: "x",
        total_commits: MAX_RANGE_COMMITS + 1,
        base_commit: { sha: "b".repeat(40) },
        merge_base_commit: { sha: "b".repeat(40) },
        commits: Array.from({ length: 250 }, (_, i) => commit(i)),
        files: [],
      };
    });
    const error = await compareRange(client, repo, "base", "head").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RangeLimitError);
    expect((error as Error).message).toMatch(/10,001 commits, more than the 10,000 .*deploy it in steps/);
    expect(calls).toBe(1);
  });

  it("refuses a range GitHub lists fewer commits of than it counts", async () => {
    const client = stubClient((_route, params) => ({
      status: "ahead",
      html_url: "x",
      total_commits: 300,
      base_commit: { sha: "b".repeat(40) },
      merge_base_commit: { sha: "b".repeat(40) },
      // Every page answers the same 100 commits: 50 of the 300 never arrive.
      commits: params.page
        ? Array.from({ length: 100 }, (_, i) => commit(i))
        : Array.from({ length: 250 }, (_, i) => commit(i)),
      files: [],
    }));
    await expect(compareRange(client, repo, "base", "head")).rejects.toThrow(/listed 250 of the 300 commits/);
  });
});

describe("files of direct pushes and pull requests", () => {
  it(`reads at most ${MAX_DIRECT_FILE_READS} direct pushes and answers the rest as unread`, async () => {
    let calls = 0;
    const client = stubClient(() => {
      calls++;
      return { files: [{ filename: "docs/a.md", additions: 1, deletions: 0 }] };
    });
    const commits: RangeCommit[] = Array.from({ length: MAX_DIRECT_FILE_READS + 5 }, (_, i) => ({
      sha: commit(i).sha,
      message: "fix",
      authors: [],
      pullRequests: [],
    }));
    const { unread, files } = await filesOfCommits(client, repo, commits);
    expect(calls).toBe(MAX_DIRECT_FILE_READS);
    expect(files.size).toBe(MAX_DIRECT_FILE_READS);
    expect(unread).toHaveLength(5);
    expect(unread.every((c) => c.files === undefined)).toBe(true);
  });

  it("treats a commit GitHub lists 300 files of as unread", async () => {
    const client = stubClient(() => ({
      files: Array.from({ length: COMPARE_FILE_LIMIT }, (_, i) => ({
        filename: `f${i}`,
        additions: 1,
        deletions: 0,
      })),
    }));
    const c: RangeCommit = { sha: commit(1).sha, message: "fix", authors: [], pullRequests: [] };
    const { unread } = await filesOfCommits(client, repo, [c]);
    expect(unread).toEqual([c]);
    expect(c.files).toBeUndefined();
  });

  it("follows a pull request's files past the first 100, and finds the pull requests of every commit", async () => {
    const sb = await startSandbox({
      repos: [
        {
          repo: "acme/shop",
          commits: [{ message: "chore: base" }],
          tags: { base: "chore: base" },
          pulls: [
            {
              number: 7,
              title: "feat: big",
              merged: true,
              files: Array.from({ length: 250 }, (_, i) => `src/f${i}.ts`),
            },
            { number: 8, title: "fix: small", merged: true },
          ],
        },
      ],
    });
    try {
      const client = createClient({
        token: sb.token,
        apiUrl: sb.apiUrl,
        graphqlUrl: sb.graphqlUrl,
        retries: 0,
      });
      const { range } = await compareRange(client, repo, "base", "main");
      const { pullRequests, changedFiles } = await pullRequestsOfCommits(client, repo, range.commits);
      expect(pullRequests.map((p) => p.number)).toEqual([7, 8]);
      const { files, incomplete } = await filesOfPullRequests(client, repo, pullRequests, changedFiles);
      expect(incomplete).toEqual([]);
      expect(files.get(7)).toHaveLength(250);
      expect(pullRequests[0]!.files).toHaveLength(250);
      expect(sb.requests.filter((r) => r.route === "graphql").every((r) => (r.cost ?? 0) <= 1)).toBe(true);
      expect(sb.violations).toEqual([]);
    } finally {
      await sb.close();
    }
  });
});
