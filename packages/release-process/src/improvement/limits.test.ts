/**
 * release-metrics' reads at their bounds: every page is read up to the limit, and past it the
 * measurement stops naming the limit instead of measuring part of the records.
 */
import type { GitHubClient } from "@gatehouse/github";
import { describe, expect, it } from "vitest";
import {
  HistoryLimitError,
  MAX_DEPLOYMENTS,
  MAX_REVIEWS,
  MAX_STATUSES,
  readDeploymentHistory,
  readReviewHistory,
} from "./deploymentHistory";
import { keepImprovementIssue, MAX_ISSUES_SCANNED } from "./improvementIssue";
import { MAX_COMPARES, readRanges } from "./ranges";

const repo = { owner: "acme", repo: "shop" };
const since = new Date("2026-03-01T00:00:00Z");
const TRUSTED = ["github-actions[bot]"];
const bot = { __typename: "Bot", login: "github-actions" };

/** A client answering `answer(query, variables)` and counting the queries by operation name. */
function fakeClient(answer: (query: string, variables: Record<string, unknown>) => unknown) {
  const calls: Record<string, number> = {};
  const client = {
    async graphql(query: string, variables: Record<string, unknown> = {}) {
      const name = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? "?";
      calls[name] = (calls[name] ?? 0) + 1;
      return answer(query, variables);
    },
  };
  return { client: client as unknown as GitHubClient, calls };
}

const status = (i: number, state = "IN_PROGRESS") => ({
  state,
  createdAt: `2026-03-10T10:00:${String(i % 60).padStart(2, "0")}Z`,
  logUrl: null,
  creator: bot,
});

/** Deployments, all after `since`, none a base: `total` of them, each with `statuses` statuses. */
function deployments(total: number, statuses = 1) {
  let served = 0;
  const statusPages = new Map<string, number>();
  return fakeClient((query, variables) => {
    if (query.includes("GatehouseDeploymentStatuses")) {
      const out: Record<string, unknown> = {};
      for (const [, alias, id] of query.matchAll(/(d\d+): node\(id: "([^"]+)"\)/g)) {
        const read = statusPages.get(id!) ?? 10;
        const nodes = Array.from({ length: Math.min(100, statuses - read) }, (_, i) => status(read + i));
        statusPages.set(id!, read + nodes.length);
        out[alias!] = {
          statuses: {
            totalCount: statuses,
            pageInfo: { hasNextPage: read + nodes.length < statuses, endCursor: `s${read + nodes.length}` },
            nodes,
          },
        };
      }
      return out;
    }
    expect(variables.cursor ?? null).toBe(served === 0 ? null : `c${served}`);
    const nodes = Array.from({ length: Math.min(100, total - served) }, (_, k) => {
      const i = served + k;
      const first = Math.min(10, statuses);
      return {
        id: `D${i}`,
        databaseId: i,
        commitOid: i.toString(16).padStart(40, "0"),
        createdAt: "2026-03-10T10:00:00Z",
        creator: bot,
        statuses: {
          totalCount: statuses,
          pageInfo: { hasNextPage: statuses > first, endCursor: `s${first}` },
          nodes: Array.from({ length: first }, (_, j) =>
            status(j, j === first - 1 ? "SUCCESS" : "IN_PROGRESS"),
          ),
        },
      };
    });
    served += nodes.length;
    return {
      repository: {
        deployments: { pageInfo: { hasNextPage: served < total, endCursor: `c${served}` }, nodes },
      },
    };
  });
}

describe("readDeploymentHistory", () => {
  it("reads every page of deployments and every status of each", async () => {
    const { client, calls } = deployments(250, 130);
    const { deployments: read } = await readDeploymentHistory(client, repo, "production", since, TRUSTED);
    expect(read).toHaveLength(250);
    expect(read.every((d) => d.statuses.length === 130)).toBe(true);
    expect(calls.GatehouseDeploymentHistory).toBe(3);
    // 10 statuses come with each deployment, then 2 rounds (100, then 20 more) for each page of
    // deployments, 50 deployments a query: pages of 100, 100 and 50 make 2 + 2 + 1 queries a round
    expect(calls.GatehouseDeploymentStatuses).toBe((2 + 2 + 1) * 2);
  });

  it(`reads ${MAX_DEPLOYMENTS.toLocaleString("en-US")} deployments, and fails naming the limit past them`, async () => {
    const exact = deployments(MAX_DEPLOYMENTS);
    const { deployments: read } = await readDeploymentHistory(
      exact.client,
      repo,
      "production",
      since,
      TRUSTED,
    );
    expect(read).toHaveLength(MAX_DEPLOYMENTS);
    const over = deployments(MAX_DEPLOYMENTS + 1);
    const failed = readDeploymentHistory(over.client, repo, "production", since, TRUSTED);
    await expect(failed).rejects.toThrow(HistoryLimitError);
    await expect(failed).rejects.toThrow(
      /More than 50,000 deployments to production .* \(limit MAX_DEPLOYMENTS\)/,
    );
    expect(over.calls.GatehouseDeploymentHistory).toBe(MAX_DEPLOYMENTS / 100);
  });

  it(`reads ${MAX_STATUSES.toLocaleString("en-US")} statuses of a deployment, and fails naming the limit past them`, async () => {
    const exact = deployments(1, MAX_STATUSES);
    const { deployments: read } = await readDeploymentHistory(
      exact.client,
      repo,
      "production",
      since,
      TRUSTED,
    );
    expect(read[0]!.statuses).toHaveLength(MAX_STATUSES);
    const over = deployments(1, MAX_STATUSES + 1);
    await expect(readDeploymentHistory(over.client, repo, "production", since, TRUSTED)).rejects.toThrow(
      /Deployment 0 has more than 1,000 statuses \(limit MAX_STATUSES\)/,
    );
  });
});

/** Reviews opened by the token after `since`: `total` of them, 100 a page. */
function reviews(total: number) {
  let served = 0;
  return fakeClient(() => {
    const nodes = Array.from({ length: Math.min(100, total - served) }, (_, k) => ({
      number: served + k + 1,
      url: "",
      title: "Post-implementation review",
      body: "",
      createdAt: "2026-03-10T10:00:00Z",
      author: bot,
    }));
    served += nodes.length;
    return {
      repository: { issues: { pageInfo: { hasNextPage: served < total, endCursor: `c${served}` }, nodes } },
    };
  });
}

describe("readReviewHistory", () => {
  it(`reads ${MAX_REVIEWS.toLocaleString("en-US")} reviews, and fails naming the limit past them`, async () => {
    const exact = reviews(MAX_REVIEWS);
    await readReviewHistory(exact.client, "acme/shop", since, TRUSTED);
    expect(exact.calls.GatehouseReviewHistory).toBe(MAX_REVIEWS / 100);
    const over = reviews(MAX_REVIEWS + 1);
    await expect(readReviewHistory(over.client, "acme/shop", since, TRUSTED)).rejects.toThrow(
      /More than 50,000 post-implementation reviews in acme\/shop .* \(limit MAX_REVIEWS\)/,
    );
  });
});

describe("keepImprovementIssue", () => {
  /** Issues opened after the period by others; none is ours. */
  function issues(total: number) {
    let served = 0;
    return fakeClient((query) => {
      if (query.startsWith("mutation") || !query.includes("GatehouseImprovementIssue"))
        throw new Error("no write expected");
      const nodes = Array.from({ length: Math.min(100, total - served) }, (_, k) => ({
        number: served + k + 1,
        url: "",
        title: "Bug",
        body: "",
        createdAt: "2026-03-10T10:00:00Z",
        author: { __typename: "User", login: "alice" },
      }));
      served += nodes.length;
      return {
        repository: {
          label: { name: "continuous-improvement" },
          issues: { pageInfo: { hasNextPage: served < total, endCursor: `c${served}` }, nodes },
        },
      };
    });
  }

  it(`looks through ${MAX_ISSUES_SCANNED.toLocaleString("en-US")} issues for its own, and opens none past them, naming the limit`, async () => {
    const over = issues(MAX_ISSUES_SCANNED + 1);
    await expect(
      keepImprovementIssue(
        over.client,
        "acme/shop",
        { title: "t", body: "b" },
        { marker: "<!-- gatehouse:release-metrics:x -->" } as never,
        since,
        TRUSTED,
      ),
    ).rejects.toThrow(/More than 5,000 issues opened in acme\/shop .* \(limit MAX_ISSUES_SCANNED\)/);
    expect(over.calls.GatehouseImprovementIssue).toBe(MAX_ISSUES_SCANNED / 100);
  });
});

describe("readRanges", () => {
  it(`fails naming the limit when more than ${MAX_COMPARES} ranges must go to GitHub's compare`, async () => {
    // GitHub counts none of the commits: every range goes to the compare, one request each.
    const { client, calls } = fakeClient(() => ({ repository: {} }));
    const wanted = Array.from({ length: MAX_COMPARES + 1 }, (_, i) => ({
      deploymentId: i,
      base: (2 * i).toString(16).padStart(40, "0"),
      head: (2 * i + 1).toString(16).padStart(40, "0"),
    }));
    await expect(readRanges(client, repo, wanted)).rejects.toThrow(
      /201 deployed ranges are not in one line of history .* more than the 200 compared one by one \(limit MAX_COMPARES\)/,
    );
    expect(Object.keys(calls)).toEqual(["GatehouseHistoryCounts"]);
  });
});
