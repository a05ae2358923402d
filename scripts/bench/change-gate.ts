/**
 * change-gate, 100 pull requests linking 20 change requests: API requests of one deployment
 * decision (policy, range, pull requests, change requests with timelines, the 20 comments)
 * against the budget of 6, plus the re-run (comments already right: no write) in the note.
 */
import { renderIssueFormBody } from "../../packages/core/src/changeRequest";
import { defaultsFromState } from "../../packages/sandbox/src/runner";
import type { Scenario } from "../../packages/sandbox/src/scenario";
import { type BenchScenario, requireBundle } from "./framework";

const PULLS = 100;
const CRS = 20;
const RUN_ID = 4711;
const NOW = "2026-11-23T15:00:00Z";

const policy = `version: 1
approvals:
  approvers:
    users: [carol, dave]
  quorum: { low: 1, medium: 1, high: 2 }
risk:
  sensitive-paths: ["infra/**"]
exempt-paths: ["docs/**"]
`;

const crBody = (i: number) =>
  renderIssueFormBody({
    Summary: `Change ${i}`,
    "Change type": "Normal",
    "Standard change template": "",
    Risk: i % 3 === 0 ? "Low" : "Medium",
    "Services affected": "shop",
    "Planned start": "",
    "Planned end": "",
    "Implementation plan": "Deploy with the pipeline.",
    "Back-out plan": "Redeploy the previous release.",
    "Test evidence": "CI is green.",
  });

export function changeGateScenario(pulls = PULLS, crs = CRS): Scenario {
  return {
    now: NOW,
    users: ["alice", "bob", "carol", "dave", "dev0", "dev1", "dev2", "dev3"],
    repos: [
      {
        repo: "acme/shop",
        labels: ["change-request", "change/approved"],
        environments: ["production"],
        files: { ".github/gatehouse.yml": policy },
        commits: [
          { message: "chore: initial", author: "alice", date: "2026-11-01T10:00:00Z", files: ["README.md"] },
        ],
        issues: Array.from({ length: crs }, (_, i) => ({
          number: i + 1,
          title: `Change ${i + 1}`,
          author: "alice",
          labels: ["change-request"],
          createdAt: "2026-11-20T09:00:00Z",
          body: crBody(i + 1),
          comments: [
            { author: i % 2 ? "carol" : "dave", body: "/approve", createdAt: "2026-11-22T10:00:00Z" },
          ],
        })),
        pulls: Array.from({ length: pulls }, (_, i) => ({
          number: crs + 1 + i,
          title: `Feature ${i + 1}`,
          body: `Implements part ${i + 1}.\n\nChange-Request: #${(i % crs) + 1}`,
          author: `dev${i % 4}`,
          merged: true,
          mergedAt: new Date(Date.parse("2026-11-21T00:00:00Z") + i * 60_000).toISOString(),
          files: [{ path: `src/feature-${i + 1}.ts`, additions: 12, deletions: 2 }],
        })),
        deployments: [
          {
            environment: "production",
            sha: "chore: initial",
            createdAt: "2026-11-01T11:00:00Z",
            statuses: ["success"],
          },
        ],
        runs: [{ id: RUN_ID }],
      },
    ],
  };
}

export const changeGateBench: BenchScenario = {
  name: `change-gate, ${PULLS} PRs linking ${CRS} CRs`,
  budget: { requests: 6 },
  async run(ctx) {
    requireBundle(ctx, "change-gate");
    const sb = await ctx.sandbox(changeGateScenario());
    const { sha } = defaultsFromState(sb.state);
    const runOnce = async (attempt: number) => {
      sb.resetRequests();
      const t0 = performance.now();
      const result = await ctx.runAction("change-gate", {
        sandbox: sb,
        repository: "acme/shop",
        sha,
        runId: RUN_ID,
        runAttempt: attempt,
        inputs: { environment: "production" },
        env: { GATEHOUSE_NOW: NOW },
      });
      const ms = performance.now() - t0;
      if (result.exitCode !== 0 || result.outputs.decision !== "allow") {
        throw new Error(
          `expected allow, got ${result.outputs.decision ?? "no decision"}: ${result.outputs.reasons ?? result.stderr}`,
        );
      }
      const prs = (JSON.parse(result.outputs["pull-requests"] ?? "[]") as unknown[]).length;
      const crs = (JSON.parse(result.outputs["change-requests"] ?? "[]") as unknown[]).length;
      if (prs !== PULLS || crs !== CRS)
        throw new Error(`saw ${prs} pull requests and ${crs} change requests`);
      return { requests: sb.requests.length, ms, routes: sb.requests.map((r) => r.route) };
    };
    const first = await runOnce(1);
    const again = await runOnce(2);
    const comments = sb.state.repos[0]!.issues.reduce(
      (n, i) => n + i.comments.filter((c) => c.body.includes("<!-- gatehouse:change-gate:")).length,
      0,
    );
    return {
      requests: first.requests,
      samplesMs: [first.ms, again.ms],
      note: `first run ${first.requests} requests (${first.routes.map((r) => (r === "graphql" ? "graphql" : "compare")).join(", ")}), ${comments} comments; re-run ${again.requests} requests (comments already right)`,
    };
  },
};
