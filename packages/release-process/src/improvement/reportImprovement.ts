/**
 * release-metrics' step: the figures of the last ended period and the trend over the ones before
 * it, the period's "Continuous improvement" issue kept up to date (one per repository, environment
 * and period), and the earned standard changes. The time is the caller's (GitHub's, in the action).
 */
import {
  endedPeriods,
  type ImprovementReportInput,
  improvementIdentity,
  type MetricsJson,
  metricsJson,
  type PeriodUnit,
  renderImprovementIssue,
  renderImprovementReport,
} from "@gatehouse/core";
import type { GitHubClient } from "@gatehouse/github";
import { countingClient } from "../assess/gate";
import { type ImprovementIssueResult, keepImprovementIssue } from "./improvementIssue";
import { type MeasureResult, measureDelivery } from "./measureDelivery";

export interface ImprovementInputs {
  /** `owner/repo` deployed. */
  repository: string;
  environment: string;
  period: PeriodUnit;
  /** Periods in the trend, the reported one included. */
  periods: number;
  /** `owner/repo` of the reviews; the improvement issue goes there too. */
  reviewRepository: string;
  trustedCreators: readonly string[];
  earnedAfter: number;
  standardTemplates: readonly string[];
  /** false: report only, open or update no issue. */
  issue: boolean;
  serverUrl: string;
}

export interface ImprovementResult {
  /** The reported period's figures, as `gatehouse metrics --json` prints them. */
  json: MetricsJson;
  report: ImprovementReportInput;
  /** The report's Markdown (the issue's body without its marker). */
  markdown: string;
  issue: ImprovementIssueResult | null;
  measured: MeasureResult;
  requests: number;
}

export async function reportImprovement(
  client: GitHubClient,
  inputs: ImprovementInputs,
  now: Date,
  log: (message: string) => void = () => {},
): Promise<ImprovementResult> {
  const counting = countingClient(client);
  const periods = endedPeriods(now, inputs.period, inputs.periods);
  const measured = await measureDelivery(
    counting,
    {
      repository: inputs.repository,
      environment: inputs.environment,
      periods,
      reviewRepository: inputs.reviewRepository,
      trustedCreators: inputs.trustedCreators,
      earnedAfter: inputs.earnedAfter,
      standardTemplates: inputs.standardTemplates,
    },
    log,
  );
  const last = measured.metrics.at(-1)!;
  const reported = periods.at(-1)!;
  const report: ImprovementReportInput = {
    repository: inputs.repository,
    environment: inputs.environment,
    serverUrl: inputs.serverUrl,
    trend: periods.map((period, i) => ({ period, metrics: measured.metrics[i]! })),
    reviews: measured.reviews,
    earned: measured.earned,
  };
  let issue: ImprovementIssueResult | null = null;
  if (inputs.issue) {
    issue = await keepImprovementIssue(
      counting,
      inputs.reviewRepository,
      renderImprovementIssue(report),
      improvementIdentity(inputs.repository, inputs.environment, reported),
      reported.to,
      inputs.trustedCreators,
    );
    log(`The continuous improvement issue ${inputs.reviewRepository}#${issue.number} is ${issue.write}.`);
  }
  return {
    json: metricsJson(last),
    report,
    markdown: renderImprovementReport(report),
    issue,
    measured,
    requests: counting.count(),
  };
}
