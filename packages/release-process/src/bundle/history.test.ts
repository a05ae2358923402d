import { previousReleaseTag } from "@gatehouse/core";
import { createClient, type GitHubClient } from "@gatehouse/github";
import { afterAll, describe, expect, it } from "vitest";
import type { Scenario as ScenarioInput } from "../../../sandbox/src/scenario";
import { type Sandbox, startSandbox } from "../../../sandbox/src/server";
import { MAX_HISTORY_COMMITS, MAX_TAGS, PAGES_AT_ONCE, pullRequestsOfHistory, readHistory } from "./history";

/** The release's history is read whole — every commit since the previous release — or the read fails naming the limit. */

const repo = { owner: "acme", repo: "shop" };
const sandboxes: Sandbox[] = [];
afterAll(() => Promise.all(sandboxes.map((sb) => sb.close())));

async function sandbox(scenario: ScenarioInput) {
  const sb = await startSandbox(scenario);
  sandboxes.push(sb);
  const client = createClient({ token: sb.token, apiUrl: sb.apiUrl, graphqlUrl: sb.graphqlUrl, retries: 0 });
  const head = sb.state.repos[0]!.refs.get("refs/heads/main")!;
  return { sb, client, head };
}

const day = (i: number) => new Date(Date.parse("2026-06-01T00:00:00Z") + i * 3_600_000).toISOString();

/** v1.0.0 (a published release, GitHub's latest), then `count` commits; every third arrives in a pull request. */
function linear(count: number, opts: { prerelease?: boolean } = {}): ScenarioInput {
  return {
    repos: [
      {
        repo: "acme/shop",
        commits: [
          { message: "chore: start", date: day(0) },
          { message: "chore(release): 1.0.0", date: day(1) },
          ...Array.from({ length: count }, (_, i) => ({ message: `fix: change ${i + 1}`, date: day(i + 2) })),
        ],
        tags: {
          "v1.0.0": "chore(release): 1.0.0",
          ...(opts.prerelease ? { "v1.1.0-rc.1": "fix: change 2" } : {}),
        },
        releases: [{ tag: "v1.0.0", target: "chore(release): 1.0.0", publishedAt: day(1) }],
        pulls: Array.from({ length: Math.floor(count / 3) }, (_, k) => ({
          number: 100 + k,
          title: `fix(web): pull request ${k}`,
          commits: [`fix: change ${3 * k + 1}`],
          mergeCommit: `fix: change ${3 * k + 1}`,
          mergedAt: day(3 * k + 2),
        })),
      },
    ],
  } as ScenarioInput;
}

const stopAtV1 = (tags: { name: string; sha: string }[]) => tags.find((t) => t.name === "v1.0.0")?.sha;

describe("readHistory", () => {
  it("reads 620 commits since the previous release in one round of compare pages, with their pull requests", async () => {
    const { sb, client, head } = await sandbox(linear(620));
    sb.resetRequests();
    const history = await readHistory(client, { ...repo, sha: head, stopAt: stopAtV1 });
    expect(history.commits).toHaveLength(620);
    // Newest first, each once.
    expect(history.commits[0]!.message).toBe("fix: change 620");
    expect(history.commits.at(-1)!.message).toBe("fix: change 1");
    expect(new Set(history.commits.map((c) => c.sha)).size).toBe(620);
    // The counts of the first query said 7 pages: all asked for at once (none waited for another).
    const compares = sb.requests.filter((r) => r.route.endsWith("/compare/{basehead}"));
    expect(compares).toHaveLength(7);
    expect(PAGES_AT_ONCE).toBeGreaterThanOrEqual(7);
    const { commits, unattributed } = await pullRequestsOfHistory(client, repo, history.commits);
    expect(unattributed).toEqual([]);
    expect(commits.find((c) => c.message === "fix: change 4")!.pullRequest).toMatchObject({
      number: 101,
      title: "fix(web): pull request 1",
    });
    expect(commits.find((c) => c.message === "fix: change 5")!.pullRequest).toBeUndefined();
    // 620 commits' pull requests in 2 queries of at most 500.
    expect(sb.requests.filter((r) => r.route === "graphql")).toHaveLength(1 + 2);
    expect(sb.violations).toEqual([]);
  });

  it("says which commits GitHub lists in more pull requests than are read, none of them merged", async () => {
    const scenario = linear(6);
    scenario.repos![0]!.pulls = Array.from({ length: 6 }, (_, k) => ({
      number: 200 + k,
      title: `wip ${k}`,
      commits: ["fix: change 2"],
      merged: false,
    })) as never;
    const { client, head } = await sandbox(scenario);
    const history = await readHistory(client, { ...repo, sha: head, stopAt: stopAtV1 });
    const { commits, unattributed } = await pullRequestsOfHistory(client, repo, history.commits);
    const two = commits.find((c) => c.message === "fix: change 2")!;
    expect(unattributed).toEqual([two.hash]);
    expect(two.pullRequest).toBeUndefined();
  });

  it("reads a short range from the first answer alone", async () => {
    const { sb, client, head } = await sandbox(linear(40));
    sb.resetRequests();
    const history = await readHistory(client, { ...repo, sha: head, stopAt: stopAtV1 });
    expect(history.commits.map((c) => c.message)).toEqual(
      Array.from({ length: 40 }, (_, i) => `fix: change ${40 - i}`),
    );
    expect(sb.requests).toHaveLength(1);
  });

  it("finds every commit since a previous release that is not GitHub's latest (a prerelease), whatever its distance", async () => {
    const { sb, client, head } = await sandbox(linear(230, { prerelease: true }));
    sb.resetRequests();
    const history = await readHistory(client, {
      ...repo,
      sha: head,
      stopAt: (tags) => tags.find((t) => t.name === "v1.1.0-rc.1")?.sha,
    });
    expect(history.commits).toHaveLength(228);
    expect(history.commits.at(-1)!.message).toBe("fix: change 3");
    // Without a count the first page says how many there are, then the rest together.
    expect(sb.requests.filter((r) => r.route.endsWith("/compare/{basehead}"))).toHaveLength(3);
  });

  it("includes a breaking change on a branch merged after the previous release, though it is older than it", async () => {
    const { client, head } = await sandbox({
      repos: [
        {
          repo: "acme/shop",
          commits: [
            { message: "chore: start", date: day(0) },
            { message: "feat!: drop the v1 API", branch: "side", parents: ["chore: start"], date: day(1) },
            { message: "chore(release): 1.0.0", branch: "main", parents: ["chore: start"], date: day(2) },
            { message: "fix: after the release", date: day(3) },
            {
              message: "Merge branch 'side'",
              branch: "main",
              parents: ["fix: after the release", "feat!: drop the v1 API"],
              date: day(4),
            },
          ],
          tags: { "v1.0.0": "chore(release): 1.0.0" },
          releases: [{ tag: "v1.0.0", target: "chore(release): 1.0.0", publishedAt: day(2) }],
        },
      ],
    } as ScenarioInput);
    const history = await readHistory(client, { ...repo, sha: head, stopAt: stopAtV1 });
    // GitHub's history lists the side branch's commit after v1.0.0 (it is older): walking the
    // history down to the tag would leave it out, and release a patch.
    expect(history.commits.map((c) => c.message).sort()).toEqual([
      "Merge branch 'side'",
      "feat!: drop the v1 API",
      "fix: after the release",
    ]);
    const tags = history.tags;
    expect(previousReleaseTag(tags, "v", head)?.name).toBe("v1.0.0");
  });

  it("reads the whole history of a first release, in pages sent together", async () => {
    const { sb, client, head } = await sandbox({
      repos: [
        {
          repo: "acme/shop",
          commits: Array.from({ length: 260 }, (_, i) => ({ message: `feat: part ${i + 1}`, date: day(i) })),
        },
      ],
    } as ScenarioInput);
    sb.resetRequests();
    const history = await readHistory(client, { ...repo, sha: head, stopAt: () => undefined });
    expect(history.commits).toHaveLength(260);
    expect(history.commits[0]!.message).toBe("feat: part 260");
    expect(sb.requests.filter((r) => r.route === "/repos/{owner}/{repo}/commits")).toHaveLength(3);
  });
});

/** A client that answers the first query with `first` and counts every request. */
function stubClient(first: unknown, tagPages = 1): GitHubClient & { calls: string[] } {
  const calls: string[] = [];
  const client = {
    calls,
    request: async (route: string) => {
      calls.push(route);
      throw new Error(`unexpected ${route}`);
    },
    graphql: async (query: string, vars: Record<string, unknown>) => {
      calls.push(query.slice(0, 30));
      if (query.includes("query ReleaseTags")) {
        const page = Number(String(vars.cursor).slice(1)) + 1;
        return {
          repository: {
            refs: {
              pageInfo: { hasNextPage: page < tagPages, endCursor: `t${page}` },
              nodes: [{ name: `build-${page}`, target: { oid: "f".repeat(40) } }],
            },
          },
        };
      }
      return first;
    },
  };
  return client as unknown as GitHubClient & { calls: string[] };
}

const answer = (opts: { total: number; latest?: number; tagsMore?: boolean }) => ({
  repository: {
    refs: {
      pageInfo: { hasNextPage: opts.tagsMore ?? false, endCursor: "t0" },
      nodes: [{ name: "v1.0.0", target: { oid: "e".repeat(40) } }],
    },
    latestRelease:
      opts.latest === undefined
        ? null
        : { tagCommit: { oid: "e".repeat(40), history: { totalCount: opts.latest } } },
    object: {
      history: {
        totalCount: opts.total,
        pageInfo: { hasNextPage: true },
        nodes: Array.from({ length: 100 }, (_, i) => ({
          oid: (i + 1).toString(16).padStart(40, "0"),
          message: `fix: ${i}`,
          author: null,
        })),
      },
    },
  },
});

describe("readHistory's limits", () => {
  it(`fails naming the limit when more than ${MAX_HISTORY_COMMITS.toLocaleString("en-US")} commits lead to the release, before reading them`, async () => {
    const client = stubClient(answer({ total: MAX_HISTORY_COMMITS + 1000, latest: 999 }));
    await expect(
      readHistory(client, { ...repo, sha: "a".repeat(40), stopAt: () => "e".repeat(40) }),
    ).rejects.toThrow(
      /50,001 commits lead to aaaaaaa since the previous release, .*limit MAX_HISTORY_COMMITS/,
    );
    expect(client.calls).toHaveLength(1);
  });

  it("fails naming the limit for a first release with a longer history", async () => {
    const client = stubClient(answer({ total: MAX_HISTORY_COMMITS + 1 }));
    await expect(
      readHistory(client, { ...repo, sha: "a".repeat(40), stopAt: () => undefined }),
    ).rejects.toThrow(/limit MAX_HISTORY_COMMITS/);
    expect(client.calls).toHaveLength(1);
  });

  it(`reads every page of tags, and fails naming the limit past ${MAX_TAGS.toLocaleString("en-US")} tags`, async () => {
    let seen = 0;
    const few = stubClient(answer({ total: 50, tagsMore: true }), 5);
    await expect(
      readHistory(few, {
        ...repo,
        sha: "a".repeat(40),
        stopAt: (tags) => {
          seen = tags.length;
          throw new Error("stop here");
        },
      }),
    ).rejects.toThrow("stop here");
    expect(seen).toBe(6);
    const many = stubClient(answer({ total: 50, tagsMore: true }), MAX_TAGS + 5);
    await expect(
      readHistory(many, { ...repo, sha: "a".repeat(40), stopAt: () => undefined }),
    ).rejects.toThrow(/more than 10,000 tags \(limit MAX_TAGS\)/);
  });
});
