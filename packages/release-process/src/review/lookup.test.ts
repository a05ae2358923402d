import { reviewIdentity } from "@gatehouse/core";
import type { GitHubClient } from "@gatehouse/github";
import { describe, expect, it } from "vitest";
import { MAX_ISSUE_ASSIGNEES, MAX_ISSUE_LABELS } from "../../../sandbox/src/store";
import { ASSIGNEES_READ, LABELS_READ, MAX_LOOKUP_PAGES, reviewsOfDeployment } from "./lookup";

/**
 * The review lookup reads a review's and a change request's labels and a review's assignees in one
 * page each: as many as GitHub lets one issue have (the sandbox holds issues to GitHub's limits,
 * sandbox/src/issueLimits.test.ts), so none is ever left unread.
 */
describe("the review lookup's pages of labels and assignees", () => {
  it("hold every label and assignee an issue can have", () => {
    expect(LABELS_READ).toBeGreaterThanOrEqual(MAX_ISSUE_LABELS);
    expect(ASSIGNEES_READ).toBeGreaterThanOrEqual(MAX_ISSUE_ASSIGNEES);
  });
});

describe("reviewsOfDeployment, the look-back after opening a review", () => {
  const identity = reviewIdentity({ repository: "acme/shop", environment: "production", runId: 7 } as never);
  /** `total` reviews, newest first; ours (with 60 labels) at `oursAt`; pages as GitHub gives them. */
  function reviews(total: number, oursAt?: number) {
    const calls: (string | null)[] = [];
    const client = {
      async graphql(query: string, variables: { cursor: string | null }) {
        calls.push(variables.cursor);
        const labelsRead = Number(/labels\(first: (\d+)\)/.exec(query)?.[1]);
        const from = variables.cursor ? Number(variables.cursor) : 0;
        const nodes = Array.from({ length: Math.min(100, total - from) }, (_, k) => {
          const i = from + k;
          const mine = i === oursAt;
          return {
            number: total - i,
            url: "",
            title: "Post-implementation review",
            body: mine ? `review\n${identity.marker}` : "someone else's",
            state: "OPEN",
            author: { login: mine ? "github-actions[bot]" : "alice" },
            labels: {
              nodes: Array.from({ length: mine ? 60 : 1 }, (_, l) => ({ name: `l${l}` })).slice(
                0,
                labelsRead,
              ),
            },
            assignees: { nodes: [] },
          };
        });
        return {
          repository: {
            issues: {
              pageInfo: { hasNextPage: from + nodes.length < total, endCursor: String(from + nodes.length) },
              nodes,
            },
          },
        };
      },
    };
    return { client: client as unknown as GitHubClient, calls };
  }
  const rr = { owner: "acme", repo: "shop" };

  it("reads on past the newest 100 until it finds ours, with every label", async () => {
    const { client, calls } = reviews(150, 120);
    const found = await reviewsOfDeployment(client, rr, identity, "github-actions[bot]");
    expect(found.map((r) => r.number)).toEqual([30]);
    expect(found[0]!.labels).toHaveLength(60);
    expect(calls).toEqual([null, "100"]);
  });

  it("reads one page when ours is among the newest", async () => {
    const { client, calls } = reviews(150, 3);
    expect(await reviewsOfDeployment(client, rr, identity, "github-actions[bot]")).toHaveLength(1);
    expect(calls).toHaveLength(1);
  });

  it(`fails naming the limit when none of ${MAX_LOOKUP_PAGES * 100} reviews is ours and there are more`, async () => {
    const { client, calls } = reviews(MAX_LOOKUP_PAGES * 100 + 1);
    await expect(reviewsOfDeployment(client, rr, identity, "github-actions[bot]")).rejects.toThrow(
      /runs past 10000 entries \(MAX_LOOKUP_PAGES\) without this deployment's/,
    );
    expect(calls).toHaveLength(MAX_LOOKUP_PAGES);
  });
});
