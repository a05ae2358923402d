/**
 * post-implementation-review, 20 change requests: API requests of the first run (review opened,
 * 20 CRs commented, labelled and closed) against the budget of 2 + 2 per CR, plus the re-run
 * (nothing to change) in the note. Labels the process uses already exist, as they do in a
 * repository that runs change-gate; creating them the very first time costs one request each.
 */
import { apiFigures, type BenchScenario, requireBundle } from "./framework";

const CRS = 20;
const RUN_ID = 777;

export function reviewScenarioYaml(crs = CRS): string {
  const issues = Array.from(
    { length: crs },
    (_, i) => `      - number: ${i + 1}
        title: "Change ${i + 1}"
        author: dev${i % 5}
        labels: [change-request, change/approved]
        comments:
          - author: approver
            body: "/approve"`,
  ).join("\n");
  return `
now: "2026-11-23T15:00:00Z"
users: [approver, dev0, dev1, dev2, dev3, dev4]
repos:
  - repo: acme/shop
    labels: [change-request, change/approved, change/implemented, change/failed, post-implementation-review, priority/high]
    environments: [production]
    # A repository under Gatehouse has its policy: without one, the absence is confirmed by a
    # second read (GitHub answers 404 for a file the token may not see too), one round trip more.
    files:
      .github/gatehouse.yml: |
        version: 1
    runs:
      - id: ${RUN_ID}
        approvals:
          - user: approver
            comment: "Ship it"
            environments: [production]
    issues:
${issues}
`;
}

export function reviewChangeRequests(crs = CRS): string {
  return JSON.stringify(
    Array.from({ length: crs }, (_, i) => ({
      repository: "acme/shop",
      number: i + 1,
      title: `Change ${i + 1}`,
      type: i === 0 ? "emergency" : "normal",
      risk: "medium",
      approvers: ["approver"],
      url: `https://github.com/acme/shop/issues/${i + 1}`,
    })),
  );
}

export const postImplementationReviewBench: BenchScenario = {
  name: `post-implementation-review, ${CRS} CRs`,
  budget: { requests: 2 + 2 * CRS, roundTrips: 6 },
  async run(ctx) {
    requireBundle(ctx, "post-implementation-review");
    const sb = await ctx.sandbox(reviewScenarioYaml());
    // A network's delay, so requests sent together overlap however fast the sandbox answers.
    sb.latencyMs = 20;
    const runOnce = async () => {
      sb.resetRequests();
      const t0 = performance.now();
      const result = await ctx.runAction("post-implementation-review", {
        sandbox: sb,
        repository: "acme/shop",
        runId: RUN_ID,
        inputs: {
          environment: "production",
          outcome: "success",
          "change-requests": reviewChangeRequests(),
          "release-tag": "v2.0.0",
          "started-at": "2026-11-23T14:40:00Z",
          "close-change-requests": "on-success",
        },
      });
      const ms = performance.now() - t0;
      if (result.exitCode !== 0) {
        throw new Error(`the action failed: ${(result.stdout + result.stderr).trim().split("\n").pop()}`);
      }
      return {
        ...apiFigures(sb.requests),
        ms,
        writes: sb.requests.filter((r) => r.method !== "GET" && r.route !== "graphql").length,
      };
    };
    const first = await runOnce();
    const again = await runOnce();
    const closed =
      sb.state.repos[0]?.issues.filter(
        (i) => i.state === "closed" && !i.labels.includes("post-implementation-review"),
      ).length ?? 0;
    return {
      requests: first.requests,
      roundTrips: first.roundTrips,
      points: first.points,
      samplesMs: [first.ms],
      note: `first run ${first.requests} requests (budget ${2 + 2 * CRS}), ${first.writes} writes, ${closed} CRs closed; re-run ${again.requests} requests, ${again.writes} writes`,
    };
  },
};
