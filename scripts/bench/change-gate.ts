/**
 * change-gate, 100 pull requests linking 20 change requests: API requests of one deployment
 * decision (policy, range, pull requests, change requests with timelines, the 20 comments)
 * against the budget of 6, plus the re-run (comments already right: no write) in the note.
 */
import { renderIssueFormBody } from "../../packages/core/src/change/changeRequest";
import { defaultsFromState } from "../../packages/sandbox/src/runner";
import type { Scenario } from "../../packages/sandbox/src/scenario";
import { apiFigures, type BenchScenario, requireBundle } from "./framework";

const PULLS = 100;
const CRS = 20;
const RUN_ID = 4711;
const NOW = "2026-11-23T15:00:00Z";

export const gatePolicy = `version: 1
approvals:
  approvers:
    users: [carol, dave]
  quorum: { low: 1, medium: 1, high: 2 }
risk:
  sensitive-paths: ["infra/**"]
exempt-paths: ["docs/**"]
`;

export const crBody = (i: number) =>
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

/**
 * acme/shop with `crs` approved change requests and `pulls` pull requests merged since the last
 * production deployment, each linking one of them. `merge: "squash"` puts one commit per pull
 * request on main; `merge: "merge-commit"` two (the pull request's commit and the merge commit).
 */
export function changeGateScenario(
  opts: { pulls?: number; crs?: number; merge?: "squash" | "merge-commit" } = {},
): Scenario {
  const pulls = opts.pulls ?? PULLS;
  const crs = opts.crs ?? CRS;
  const mergeCommits = opts.merge === "merge-commit";
  const number = (i: number) => crs + 1 + i;
  const at = (i: number, minute = 0) =>
    new Date(Date.parse("2026-11-21T00:00:00Z") + (i * 2 + minute) * 60_000).toISOString();
  const mainCommits = mergeCommits
    ? Array.from({ length: pulls }, (_, i) => [
        {
          message: `feat: part ${i + 1}`,
          author: `dev${i % 4}`,
          date: at(i),
          parents: [i === 0 ? "chore: initial" : `Merge pull request #${number(i - 1)}`],
          branch: `feature-${i + 1}`,
          files: [`src/feature-${i + 1}.ts`],
        },
        {
          message: `Merge pull request #${number(i)}\n\nFeature ${i + 1}`,
          author: "alice",
          date: at(i, 1),
          parents: [
            i === 0 ? "chore: initial" : `Merge pull request #${number(i - 1)}`,
            `feat: part ${i + 1}`,
          ],
          branch: "main",
          files: [`src/feature-${i + 1}.ts`],
        },
      ]).flat()
    : [];
  return {
    now: NOW,
    users: ["alice", "bob", "carol", "dave", "dev0", "dev1", "dev2", "dev3"],
    repos: [
      {
        repo: "acme/shop",
        labels: ["change-request", "change/approved"],
        environments: ["production"],
        files: { ".github/gatehouse.yml": gatePolicy },
        commits: [
          { message: "chore: initial", author: "alice", date: "2026-11-01T10:00:00Z", files: ["README.md"] },
          ...mainCommits,
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
          number: number(i),
          title: `Feature ${i + 1}`,
          body: `Implements part ${i + 1}.\n\nChange-Request: #${(i % crs) + 1}`,
          author: `dev${i % 4}`,
          merged: true,
          mergedAt: at(i, 1),
          files: [{ path: `src/feature-${i + 1}.ts`, additions: 12, deletions: 2 }],
          ...(mergeCommits
            ? { commits: [`feat: part ${i + 1}`], mergeCommit: `Merge pull request #${number(i)}` }
            : {}),
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
  budget: { requests: 6, roundTrips: 5 },
  async run(ctx) {
    requireBundle(ctx, "change-gate");
    const measure = async (merge: "squash" | "merge-commit") => {
      const sb = await ctx.sandbox(changeGateScenario({ merge }));
      // A network's delay, so requests sent together overlap however fast the sandbox answers.
      sb.latencyMs = 20;
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
        });
        const ms = performance.now() - t0;
        if (result.exitCode !== 0 || result.outputs.decision !== "allow") {
          throw new Error(
            `${merge}: expected allow, got ${result.outputs.decision ?? "no decision"}: ${result.outputs.reasons ?? result.stderr}`,
          );
        }
        const prs = (JSON.parse(result.outputs["pull-requests"] ?? "[]") as unknown[]).length;
        const crs = (JSON.parse(result.outputs["change-requests"] ?? "[]") as unknown[]).length;
        if (prs !== PULLS || crs !== CRS)
          throw new Error(`${merge}: saw ${prs} pull requests and ${crs} change requests`);
        if (sb.violations.length > 0)
          throw new Error(`${merge}: GitHub would refuse ${sb.violations[0]!.message}`);
        return { ...apiFigures(sb.requests), ms };
      };
      const first = await runOnce(1);
      const again = await runOnce(2);
      const commits = sb.state.repos[0]!.commits.size - 1;
      const comments = sb.state.repos[0]!.issues.reduce(
        (n, i) => n + i.comments.filter((c) => c.body.includes("<!-- gatehouse:change-gate:")).length,
        0,
      );
      return { first, again, commits, comments };
    };
    const squash = await measure("squash");
    const merged = await measure("merge-commit");
    return {
      requests: Math.max(squash.first.requests, merged.first.requests),
      roundTrips: Math.max(squash.first.roundTrips, merged.first.roundTrips),
      points: Math.max(squash.first.points, merged.first.points),
      samplesMs: [squash.first.ms, squash.again.ms, merged.first.ms, merged.again.ms],
      note: `squash merges (${PULLS} commits): ${squash.first.requests} requests, ${squash.comments} comments written in one mutation, re-run ${squash.again.requests} (comments already right); merge commits (${merged.commits} commits): ${merged.first.requests} requests, re-run ${merged.again.requests}`,
    };
  },
};
