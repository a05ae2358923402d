/**
 * release-metrics at the size of a busy service (issue #14): a year of 5,000 deployments to
 * production with their post-implementation reviews, read within a workflow token's limits
 * (1,000 REST requests and 1,000 GraphQL points an hour). `deliveryScenario` builds the history and
 * also answers what the figures must be, computed by core from the generator's own records, so the
 * tests and the bench check that what was read through the API is exactly right.
 */
import { renderIssueFormBody } from "../../packages/core/src/change/changeRequest";
import {
  computeDeliveryMetrics,
  type DatedCommit,
  type DeploymentHistoryRecord,
  type MetricsJson,
  metricsJson,
  rangesNeeded,
} from "../../packages/core/src/improvement/deliveryMetrics";
import { renderReview } from "../../packages/core/src/review/postImplementationReview";
import { type ReviewRecord, readReviewRecord } from "../../packages/core/src/review/reviewRecord";
import type { Scenario, ScenarioCommit, ScenarioIssue } from "../../packages/sandbox/src/scenario";
import { apiFigures, type BenchScenario, requireBundle } from "./framework";

export const BOT = "github-actions[bot]";
const REPO = "acme/shop";

export interface DeliveryOptions {
  deployments: number;
  /** When the first deployment is created. */
  start: string;
  /** Minutes between deployments. */
  spacingMinutes: number;
  /** New commits on main before each deployment (a pull request merge counts its commits). */
  commitsPerDeployment: number;
  /** Every k-th deployment fails (its status). */
  failEvery?: number;
  /** Every k-th successful deployment's review says failure. */
  reviewFailEvery?: number;
  /** Every k-th deployment covers an emergency change request. */
  emergencyEvery?: number;
  /** Every k-th deployment was created by someone the policy does not trust. */
  untrustedEvery?: number;
  /** Every k-th deployment merges a branch started 5 deployments earlier. */
  longBranchEvery?: number;
  /** Every k-th deployment rolls back to the commit deployed 2 deployments before. */
  rollbackEvery?: number;
  /** Change requests naming the template "Rotate TLS certificate": one per deployment, normal. */
  template?: string;
}

export interface DeliveryScenario {
  scenario: Scenario;
  /** The deployments as created (ids are the generator's own, 1…N, in order). */
  deployments: DeploymentHistoryRecord[];
  reviews: ReviewRecord[];
  /** Each commit with its parents, in the order it became part of main. */
  mainOrder: DatedCommit[];
  /** The deployed sha of each deployment, by the generator's id. */
  shaOf: Map<number, string>;
  /** What the figures of [from, to) must be. */
  expect(from: Date, to: Date): MetricsJson;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, "Z");
const hex = (n: number, salt: string) => {
  let h = 2166136261;
  for (const ch of `${salt}:${n}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
};
const sha = (n: number) => `${hex(n, "a")}${hex(n, "b")}${hex(n, "c")}${hex(n, "d")}${hex(n, "e")}`;

export function crFormBody(type: "Normal" | "Emergency", template = ""): string {
  return renderIssueFormBody({
    Summary: "A change",
    "Change type": type,
    "Standard change template": template,
    Risk: "Low",
    "Services affected": "shop",
    "Planned start": "",
    "Planned end": "",
    "Implementation plan": "Deploy with the pipeline.",
    "Back-out plan": "Redeploy the previous release.",
    "Test evidence": "CI is green.",
  });
}

export function deliveryScenario(o: DeliveryOptions): DeliveryScenario {
  const t0 = Date.parse(o.start);
  const spacing = o.spacingMinutes * 60_000;
  const commits: ScenarioCommit[] = [];
  const mainOrder: DatedCommit[] = [];
  const every = (k: number | undefined, i: number) => k !== undefined && k > 0 && i % k === k - 1;
  let n = 0;
  const root = sha(n++);
  const rootAt = iso(t0 - spacing);
  commits.push({ sha: root, message: "chore: initial", author: "alice", date: rootAt, files: ["README.md"] });
  mainOrder.push({ sha: root, committedAt: rootAt });
  let tip = root;
  // Long-lived branches: started at deployment i, merged at i + 5.
  const branches = new Map<number, { name: string; head: string; commits: DatedCommit[] }>();
  const deployments: DeploymentHistoryRecord[] = [];
  const shaOf = new Map<number, string>();
  const issues: ScenarioIssue[] = [];
  const reviews: ReviewRecord[] = [];
  let issueNumber = 0;
  const crTemplate = o.template ? ++issueNumber : 0;
  if (o.template) {
    issues.push({
      number: crTemplate,
      title: `CR: ${o.template}`,
      author: "alice",
      labels: ["change-request"],
      body: crFormBody("Normal", o.template),
      createdAt: iso(t0 - spacing),
    });
  }
  const crEmergency = ++issueNumber;
  issues.push({
    number: crEmergency,
    title: "CR: hotfix",
    author: "alice",
    labels: ["change-request", "change/emergency"],
    body: crFormBody("Emergency"),
    createdAt: iso(t0 - spacing),
  });

  for (let i = 0; i < o.deployments; i++) {
    const at = t0 + i * spacing;
    const commitAt = (k: number, of: number) => at - spacing + ((k + 1) * (spacing - 120_000)) / (of + 1);
    if (every(o.longBranchEvery, i)) {
      const name = `long-${i}`;
      const start = tip;
      const c = sha(n++);
      const cAt = iso(commitAt(0, 2));
      commits.push({
        sha: c,
        message: `feat: long ${i}`,
        author: "dev1",
        date: cAt,
        parents: [start],
        branch: name,
      });
      branches.set(i + 5, { name, head: c, commits: [{ sha: c, committedAt: cAt }] });
    }
    const merging = branches.get(i);
    for (let k = 0; k < o.commitsPerDeployment; k++) {
      const c = sha(n++);
      const cAt = iso(commitAt(k, o.commitsPerDeployment));
      if (merging && k === o.commitsPerDeployment - 1) {
        commits.push({
          sha: c,
          message: `Merge ${merging.name}`,
          author: "alice",
          date: cAt,
          parents: [tip, merging.head],
          branch: "main",
        });
        mainOrder.push(...merging.commits);
      } else {
        commits.push({
          sha: c,
          message: `fix: change ${i}.${k}`,
          author: "dev0",
          date: cAt,
          parents: [tip],
          branch: "main",
        });
      }
      mainOrder.push({ sha: c, committedAt: cAt });
      tip = c;
    }
    const id = i + 1;
    const failed = every(o.failEvery, i);
    const rollback = every(o.rollbackEvery, i) && i >= 2;
    const deployed = rollback ? shaOf.get(id - 2)! : tip;
    shaOf.set(id, deployed);
    const creator = every(o.untrustedEvery, i) ? "mallory" : BOT;
    const runId = 100_000 + id;
    const finished = at + 5 * 60_000;
    const record: DeploymentHistoryRecord = {
      id,
      sha: deployed,
      createdAt: iso(at),
      creator,
      statuses: [
        { state: "in_progress", createdAt: iso(at + 60_000), creator, logUrl: runUrl(runId) },
        { state: failed ? "failure" : "success", createdAt: iso(finished), creator, logUrl: runUrl(runId) },
      ],
    };
    deployments.push(record);
    const emergency = every(o.emergencyEvery, i);
    const reviewFailed = !failed && every(o.reviewFailEvery, Math.floor(i / Math.max(o.failEvery ?? 1, 1)));
    const crs = [
      ...(o.template && !emergency
        ? [
            {
              repository: REPO,
              number: crTemplate,
              title: "Rotate",
              type: "normal" as const,
              risk: "low" as const,
              approvers: ["carol"],
              url: "",
            },
          ]
        : []),
      ...(emergency
        ? [
            {
              repository: REPO,
              number: crEmergency,
              title: "Hotfix",
              type: "emergency" as const,
              risk: "high" as const,
              approvers: ["carol"],
              url: "",
            },
          ]
        : []),
    ];
    const body = renderReview({
      identity: { repository: REPO, environment: "production", runId },
      outcome: failed || reviewFailed ? "failure" : "success",
      reviewRepository: REPO,
      serverUrl: "https://github.com",
      runUrl: runUrl(runId),
      runAttempt: 1,
      releaseTag: null,
      startedAt: null,
      now: new Date(finished),
      changeRequests: crs,
      approvals: [],
      dueInDays: 5,
    }).body;
    const number = ++issueNumber;
    const issue = {
      number,
      title: `PIR: production run ${runId}`,
      author: BOT,
      labels: ["post-implementation-review"],
      body,
      createdAt: iso(finished + 60_000),
    };
    issues.push(issue);
    reviews.push(readReviewRecord({ ...issue, url: `https://github.com/${REPO}/issues/${number}` }, REPO)!);
  }
  const last = t0 + o.deployments * spacing;
  const scenario: Scenario = {
    now: iso(last + 7 * 86_400_000),
    users: ["alice", "carol", "dev0", "dev1", "mallory", { login: BOT, type: "Bot" }],
    repos: [
      {
        repo: REPO,
        labels: ["change-request", "change/emergency", "post-implementation-review"],
        environments: ["production"],
        files: { ".github/gatehouse.yml": "version: 1\nimprovement:\n  earned-standard-changes: 3\n" },
        commits,
        issues,
        deployments: deployments.map((d) => ({
          environment: "production",
          sha: d.sha,
          createdAt: d.createdAt,
          creator: d.creator ?? undefined,
          run: runIdOf(d),
          statuses: d.statuses.map((s) => ({
            state: s.state,
            createdAt: s.createdAt,
            creator: s.creator ?? undefined,
          })),
        })),
      },
    ],
  };

  // The true ranges: what became part of main between two deployed commits, by position.
  const position = new Map(mainOrder.map((c, i) => [c.sha, i]));
  const expect = (from: Date, to: Date): MetricsJson => {
    const input = {
      repository: REPO,
      environment: "production",
      from,
      to,
      deployments,
      reviews,
      trustedCreators: [BOT],
    };
    const ranges = new Map<number, DatedCommit[]>();
    for (const r of rangesNeeded(input)) {
      if (r.base === null) continue;
      const a = position.get(r.base)!;
      const b = position.get(r.head)!;
      ranges.set(r.deploymentId, b > a ? mainOrder.slice(a + 1, b + 1) : []);
    }
    return metricsJson(computeDeliveryMetrics({ ...input, ranges }));
  };
  return { scenario, deployments, reviews, mainOrder, shaOf, expect };
}

function runUrl(runId: number): string {
  return `https://github.com/${REPO}/actions/runs/${runId}/job/${runId}`;
}
function runIdOf(d: DeploymentHistoryRecord): number {
  return Number(/runs\/(\d+)/.exec(d.statuses[0]?.logUrl ?? "")?.[1]);
}

/**
 * Three weeks for the tests: 80 deployments, one every 6 hours from Monday 5 January 2026 (the last
 * on 25 January), with failures, review failures, emergencies, untrusted deployments, long-lived
 * branches and a rollback; the clock stands a week after the last one (1 February).
 */
export const weeksOfDeliveries = (): DeliveryScenario =>
  deliveryScenario({
    deployments: 80,
    start: "2026-01-05T09:00:00Z",
    spacingMinutes: 360,
    commitsPerDeployment: 3,
    failEvery: 6,
    reviewFailEvery: 4,
    emergencyEvery: 9,
    untrustedEvery: 13,
    longBranchEvery: 7,
    rollbackEvery: 31,
    template: "Rotate TLS certificate",
  });

export const yearOfDeliveries = (): DeliveryScenario =>
  deliveryScenario({
    deployments: 5_000,
    start: "2025-01-06T09:00:00Z",
    // 5,000 deployments in 52 weeks: one every 104.8 minutes.
    spacingMinutes: 104,
    commitsPerDeployment: 2,
    failEvery: 10,
    reviewFailEvery: 7,
    emergencyEvery: 25,
    untrustedEvery: 97,
    longBranchEvery: 50,
    rollbackEvery: 333,
    template: "Rotate TLS certificate",
  });

/** GitHub's limits for a workflow token: 1,000 REST requests and 1,000 GraphQL points an hour. */
export const releaseMetricsYearBench: BenchScenario = {
  name: "release-metrics, a year: 5,000 deployments and reviews, 12 monthly periods",
  budget: { requests: 300, points: 300 },
  async run(ctx) {
    requireBundle(ctx, "release-metrics");
    const delivery = yearOfDeliveries();
    const sb = await ctx.sandbox(delivery.scenario);
    sb.resetRequests();
    const t0 = performance.now();
    const result = await ctx.runAction("release-metrics", {
      sandbox: sb,
      repository: REPO,
      inputs: { environment: "production", period: "month", periods: "12" },
      timeoutMs: 600_000,
    });
    const ms = performance.now() - t0;
    if (result.exitCode !== 0) throw new Error(`release-metrics failed: ${result.stdout.slice(-500)}`);
    const got = result.outputs.metrics ?? "";
    const want = JSON.stringify(
      delivery.expect(new Date("2025-12-01T00:00:00Z"), new Date("2026-01-01T00:00:00Z")),
    );
    if (got !== want) throw new Error(`December's figures are off:\n${got}\n${want}`);
    if (sb.violations.length > 0) throw new Error(`GitHub would refuse: ${sb.violations[0]!.message}`);
    const figures = apiFigures(sb.requests);
    const rest = sb.requests.filter((r) => r.route !== "graphql").length;
    const largest = Math.max(...sb.requests.map((r) => r.nodeCount ?? 0));
    const read = /Read ([\d,]+) deployments, ([\d,]+) reviews and ([\d,]+) commits of history/.exec(
      result.summary,
    );
    return {
      ...figures,
      samplesMs: [ms],
      note: `exact figures for December; read ${read?.[1]} deployments, ${read?.[2]} reviews, ${read?.[3]} commits of history; ${rest} REST requests; largest query ${largest.toLocaleString("en-US")} nodes (limit 500,000)`,
    };
  },
};
