/**
 * release-metrics' job summary: the period's issue first, then the report (figures, trend charts,
 * failed deployments, lessons, earned standard changes), then what was read to compute it.
 */
import { code } from "@gatehouse/core";
import type { ImprovementInputs, ImprovementResult } from "./reportImprovement";

const WRITE_WORDS = { created: "opened", updated: "updated", unchanged: "already up to date" };

export function renderImprovementSummary(inputs: ImprovementInputs, result: ImprovementResult): string {
  const period = result.report.trend.at(-1)!.period;
  const lines = [`## Continuous improvement: ${code(inputs.environment)}, ${period.label}`, ""];
  if (result.issue) {
    lines.push(
      `Issue [${inputs.reviewRepository}#${result.issue.number}](${result.issue.url}) ${WRITE_WORDS[result.issue.write]}.`,
      "",
    );
  }
  const r = result.measured.read;
  lines.push(
    result.markdown,
    "",
    `Read ${r.deployments.toLocaleString("en-US")} deployments, ${r.reviews.toLocaleString("en-US")} reviews and ${r.historyCommits.toLocaleString("en-US")} commits of history${
      r.compares > 0 ? ` (and ${r.compares} ranges with GitHub's compare)` : ""
    } in ${result.requests} API requests.`,
  );
  return `${lines.join("\n")}\n`;
}
