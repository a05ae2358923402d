/**
 * The DORA metrics of one environment over a period `[from, to)`, computed from Gatehouse's own
 * links instead of guesses: the deployments GitHub recorded (created and marked by identities the
 * policy trusts), each successful deployment's exact range since the previous successful one, and
 * the post-implementation review of each deployment with its outcome and change requests.
 *
 * Definitions (each figure lists the deployments it was computed from, so a reader can check it):
 * - a deployment counts when it was created in the period by a trusted identity and its final
 *   status — the newest one a trusted identity set, leaving out `inactive` (GitHub marks an older
 *   deployment inactive when a newer one succeeds; that does not undo its success) — is `success`,
 *   `failure` or `error`;
 * - it *failed* when that status is `failure`/`error`, or when its review's outcome is `failure`;
 *   every other counted deployment is *successful*;
 * - deployment frequency: successful deployments per week and per day of the period;
 * - change lead time: for every commit first deployed by a successful deployment of the period (in
 *   its range since the previous successful deployment, not in an earlier one's), the hours from its
 *   committer date to that deployment's success; median and 90th percentile (nearest rank);
 * - change failure rate: failed ÷ counted deployments;
 * - failed deployment recovery time: for each failed deployment of the period, the hours from its
 *   final status to the success of the next successful deployment created after it (which may come
 *   after the period); median over those recovered — one never recovered is listed, not counted;
 * - deployment rework rate: the share of counted deployments whose review names an emergency change
 *   request.
 * Rates and lead times are null when there is nothing to measure.
 */
import { reviewIdentity } from "../review/postImplementationReview";
import type { ReviewRecord } from "../review/reviewRecord";

/** One status of a deployment, as GitHub records it. */
export interface DeploymentStatusRecord {
  /** Lower case: success, failure, error, inactive, in_progress, queued, pending. */
  state: string;
  createdAt: string;
  /** Who set it (REST form: an App's bot ends in `[bot]`); null when GitHub does not say. */
  creator: string | null;
  /** The status's log URL: an Actions deployment's points at its workflow run. */
  logUrl?: string | null;
}

/** A deployment to the environment with every status it has. */
export interface DeploymentHistoryRecord {
  id: number;
  sha: string;
  createdAt: string;
  creator: string | null;
  /** Every status, in any order. */
  statuses: readonly DeploymentStatusRecord[];
}

/** A commit of a deployed range with its committer date. */
export interface DatedCommit {
  sha: string;
  committedAt: string;
}

export type DeploymentResult = "success" | "failure";

/** A deployment as the metrics see it (only those that count). */
export interface MeasuredDeployment {
  id: number;
  sha: string;
  createdAt: string;
  result: DeploymentResult;
  /** When its final status was set: the success, or the failure. */
  finishedAt: string;
  /** Why it failed: its final status, or its review's outcome. */
  failedBecause: "status failure" | "status error" | "review" | null;
  /** The workflow run that made it (from its statuses' log URL), when known. */
  runId: number | null;
  review: { number: number; url: string; outcome: string | null } | null;
  /** The change requests its review names (`owner/repo#N`). */
  changeRequests: string[];
  emergency: boolean;
}

/** A deployment of the period left out, and why. */
export interface LeftOutDeployment {
  id: number;
  sha: string;
  createdAt: string;
  reason: string;
}

export interface LeadTimeCommit {
  sha: string;
  deploymentId: number;
  hours: number;
}

export interface Recovery {
  /** The failed deployment. */
  deploymentId: number;
  /** The next successful deployment, or null when none came. */
  recoveredBy: number | null;
  hours: number | null;
}

export interface DeliveryMetrics {
  environment: string;
  from: string;
  to: string;
  /** Counted deployments of the period, oldest first. */
  deployments: MeasuredDeployment[];
  leftOut: LeftOutDeployment[];
  successful: number;
  failed: number;
  deploymentFrequency: { perWeek: number; perDay: number; deploymentIds: number[] };
  leadTime: {
    medianHours: number | null;
    p90Hours: number | null;
    commits: LeadTimeCommit[];
    /** Successful deployments whose range is not known (no earlier successful deployment). */
    unknownRanges: number[];
  };
  changeFailureRate: { rate: number | null; failedIds: number[]; deploymentIds: number[] };
  recoveryTime: { medianHours: number | null; recoveries: Recovery[] };
  reworkRate: { rate: number | null; deploymentIds: number[] };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const lower = (s: string) => s.toLowerCase();
const time = (iso: string) => Date.parse(iso);

/** The median: the middle value, or the mean of the two middle ones. Null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The p-th percentile by nearest rank: the smallest value with at least p % of values at or below it. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1]!;
}

/** The run id an Actions deployment status points at (`…/actions/runs/<id>…`), or null. */
export function runIdOfLogUrl(url: string | null | undefined): number | null {
  const m = /\/actions\/runs\/(\d+)(?:[/?#]|$)/.exec(url ?? "");
  return m ? Number(m[1]) : null;
}

export interface DeploymentTrust {
  /** Logins whose deployments and statuses are believed (case-insensitive). */
  trustedCreators: readonly string[];
}

/** What GitHub's records say about one deployment, trusting only the trusted. */
export interface DeploymentFinal {
  /** The final trusted status that is not `inactive`, or null. */
  state: string | null;
  at: string | null;
  runId: number | null;
  /** Why the deployment does not count at all (untrusted creator), or null. */
  distrust: string | null;
}

export function finalStatus(d: DeploymentHistoryRecord, trust: DeploymentTrust): DeploymentFinal {
  const trusted = new Set(trust.trustedCreators.map(lower));
  const believed = (login: string | null) => login !== null && trusted.has(lower(login));
  if (!believed(d.creator)) {
    return {
      state: null,
      at: null,
      runId: null,
      distrust: `${d.creator ? `\`@${d.creator}\`` : "an unknown account"} created it, and the policy trusts only ${[
        ...trusted,
      ]
        .map((l) => `\`${l}\``)
        .join(", ")} (\`deployments.trusted-creators\`)`,
    };
  }
  // Newest first; statuses set in the same second keep their given order (newest last).
  const ordered = d.statuses
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => believed(s.creator))
    .sort((a, b) => time(b.s.createdAt) - time(a.s.createdAt) || b.i - a.i)
    .map(({ s }) => s);
  const final = ordered.find((s) => lower(s.state) !== "inactive") ?? null;
  let runId: number | null = null;
  for (const s of ordered) {
    runId = runIdOfLogUrl(s.logUrl);
    if (runId !== null) break;
  }
  return { state: final ? lower(final.state) : null, at: final?.createdAt ?? null, runId, distrust: null };
}

export interface MetricsInput {
  /** `owner/repo` deployed (the reviews' keys name it). */
  repository: string;
  environment: string;
  from: Date;
  to: Date;
  /**
   * Deployments to the environment: every one created in the period, and those around it the
   * figures need — back to the successful one before the period, and after it for recoveries.
   */
  deployments: readonly DeploymentHistoryRecord[];
  /** Reviews of those deployments (only those a trusted identity opened are believed). */
  reviews: readonly ReviewRecord[];
  /** The commits of each successful deployment's range, by deployment id (see `rangesNeeded`). */
  ranges: ReadonlyMap<number, readonly DatedCommit[]>;
  trustedCreators: readonly string[];
}

interface Judged {
  d: DeploymentHistoryRecord;
  final: DeploymentFinal;
  review: ReviewRecord | null;
  result: DeploymentResult | null;
  failedBecause: MeasuredDeployment["failedBecause"];
}

function judgeAll(input: Omit<MetricsInput, "ranges" | "from" | "to">): Judged[] {
  const trusted = new Set(input.trustedCreators.map(lower));
  const reviews = new Map<string, ReviewRecord>();
  // The oldest review of a deployment is the one Gatehouse opened; a later one is not its record.
  for (const r of [...input.reviews].sort(
    (a, b) => time(a.createdAt) - time(b.createdAt) || a.number - b.number,
  )) {
    if (r.author === null || !trusted.has(lower(r.author))) continue;
    if (!reviews.has(r.key)) reviews.set(r.key, r);
  }
  return [...input.deployments]
    .sort((a, b) => time(a.createdAt) - time(b.createdAt) || a.id - b.id)
    .map((d) => {
      const final = finalStatus(d, input);
      const key =
        final.runId === null
          ? null
          : reviewIdentity({
              repository: input.repository,
              environment: input.environment,
              runId: final.runId,
            }).key;
      const review = key === null ? null : (reviews.get(key) ?? null);
      let result: DeploymentResult | null = null;
      let failedBecause: MeasuredDeployment["failedBecause"] = null;
      if (final.state === "failure" || final.state === "error") {
        result = "failure";
        failedBecause = final.state === "failure" ? "status failure" : "status error";
      } else if (final.state === "success") {
        if (review?.outcome === "failure") {
          result = "failure";
          failedBecause = "review";
        } else result = "success";
      }
      return { d, final, review, result, failedBecause };
    });
}

/**
 * The ranges the lead time needs: for each successful deployment of the period (oldest first), the
 * commit it deployed and the commit of the previous successful deployment to the environment (null
 * when there is none: its range is unknown).
 */
export function rangesNeeded(
  input: Omit<MetricsInput, "ranges">,
): { deploymentId: number; base: string | null; head: string }[] {
  const from = input.from.getTime();
  const to = input.to.getTime();
  const out: { deploymentId: number; base: string | null; head: string }[] = [];
  let previous: string | null = null;
  for (const j of judgeAll(input)) {
    if (j.result !== "success") continue;
    const created = time(j.d.createdAt);
    if (created >= from && created < to) out.push({ deploymentId: j.d.id, base: previous, head: j.d.sha });
    previous = j.d.sha;
  }
  return out;
}

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

export function computeDeliveryMetrics(input: MetricsInput): DeliveryMetrics {
  const from = input.from.getTime();
  const to = input.to.getTime();
  const judged = judgeAll(input);
  const inPeriod = (j: Judged) => time(j.d.createdAt) >= from && time(j.d.createdAt) < to;

  const deployments: MeasuredDeployment[] = [];
  const leftOut: LeftOutDeployment[] = [];
  for (const j of judged) {
    if (!inPeriod(j)) continue;
    if (j.final.distrust) {
      leftOut.push({ id: j.d.id, sha: j.d.sha, createdAt: j.d.createdAt, reason: `${j.final.distrust}.` });
      continue;
    }
    if (j.result === null) {
      leftOut.push({
        id: j.d.id,
        sha: j.d.sha,
        createdAt: j.d.createdAt,
        reason: j.final.state
          ? `its final status is ${j.final.state}, not success, failure or error.`
          : "it has no status a trusted identity set.",
      });
      continue;
    }
    const crs = j.review?.changeRequests ?? [];
    deployments.push({
      id: j.d.id,
      sha: j.d.sha,
      createdAt: j.d.createdAt,
      result: j.result,
      finishedAt: j.final.at!,
      failedBecause: j.failedBecause,
      runId: j.final.runId,
      review: j.review ? { number: j.review.number, url: j.review.url, outcome: j.review.outcome } : null,
      changeRequests: crs.map((cr) => `${cr.repository}#${cr.number}`),
      emergency: crs.some((cr) => cr.type === "emergency"),
    });
  }
  const successful = deployments.filter((d) => d.result === "success");
  const failed = deployments.filter((d) => d.result === "failure");

  // Lead time: each commit once, at the first successful deployment whose range holds it.
  const seen = new Set<string>();
  const commits: LeadTimeCommit[] = [];
  const unknownRanges: number[] = [];
  for (const d of successful) {
    const range = input.ranges.get(d.id);
    if (!range) {
      unknownRanges.push(d.id);
      continue;
    }
    for (const c of range) {
      if (seen.has(c.sha)) continue;
      seen.add(c.sha);
      commits.push({
        sha: c.sha,
        deploymentId: d.id,
        hours: (time(d.finishedAt) - time(c.committedAt)) / HOUR,
      });
    }
  }
  const hours = commits.map((c) => c.hours);

  // Recovery: the next successful deployment created after the failed one, wherever it falls.
  const laterSuccesses = judged.filter((j) => j.result === "success" && !j.final.distrust);
  const recoveries: Recovery[] = failed.map((f) => {
    const next = laterSuccesses.find(
      (j) => time(j.d.createdAt) > time(f.createdAt) || (j.d.createdAt === f.createdAt && j.d.id > f.id),
    );
    return next
      ? {
          deploymentId: f.id,
          recoveredBy: next.d.id,
          hours: (time(next.final.at!) - time(f.finishedAt)) / HOUR,
        }
      : { deploymentId: f.id, recoveredBy: null, hours: null };
  });
  const recovered = recoveries.filter((r) => r.hours !== null).map((r) => r.hours!);

  const periodMs = Math.max(to - from, 1);
  const emergency = deployments.filter((d) => d.emergency);
  return {
    environment: input.environment,
    from: input.from.toISOString(),
    to: input.to.toISOString(),
    deployments,
    leftOut,
    successful: successful.length,
    failed: failed.length,
    deploymentFrequency: {
      perWeek: successful.length / (periodMs / (7 * DAY)),
      perDay: successful.length / (periodMs / DAY),
      deploymentIds: successful.map((d) => d.id),
    },
    leadTime: { medianHours: median(hours), p90Hours: percentile(hours, 90), commits, unknownRanges },
    changeFailureRate: {
      rate: deployments.length === 0 ? null : failed.length / deployments.length,
      failedIds: failed.map((d) => d.id),
      deploymentIds: deployments.map((d) => d.id),
    },
    recoveryTime: { medianHours: median(recovered), recoveries },
    reworkRate: {
      rate: deployments.length === 0 ? null : emergency.length / deployments.length,
      deploymentIds: emergency.map((d) => d.id),
    },
  };
}

/** The figures as `gatehouse metrics --json` prints them: rates 0–1 and frequencies to 4 places, hours to 2. */
export interface MetricsJson {
  environment: string;
  from: string;
  to: string;
  deployments: number;
  successful: number;
  failed: number;
  deploymentFrequency: { perWeek: number; perDay: number };
  leadTime: { medianHours: number | null; p90Hours: number | null };
  changeFailureRate: number | null;
  recoveryTime: { medianHours: number | null };
  reworkRate: number | null;
}

export function metricsJson(m: DeliveryMetrics): MetricsJson {
  const r = (n: number | null, digits: number) => (n === null ? null : round(n, digits));
  return {
    environment: m.environment,
    from: m.from,
    to: m.to,
    deployments: m.deployments.length,
    successful: m.successful,
    failed: m.failed,
    deploymentFrequency: {
      perWeek: round(m.deploymentFrequency.perWeek, 4),
      perDay: round(m.deploymentFrequency.perDay, 4),
    },
    leadTime: { medianHours: r(m.leadTime.medianHours, 2), p90Hours: r(m.leadTime.p90Hours, 2) },
    changeFailureRate: r(m.changeFailureRate.rate, 4),
    recoveryTime: { medianHours: r(m.recoveryTime.medianHours, 2) },
    reworkRate: r(m.reworkRate.rate, 4),
  };
}
