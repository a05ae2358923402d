/**
 * release-metrics: read the inputs, measure the last period and the trend, keep the period's
 * continuous-improvement issue, set the outputs, write the job summary.
 */
import { info, setOutput, summary } from "@gatehouse/github";
import { loadActionPolicy, setupAction } from "@gatehouse/github/action";
import { renderImprovementSummary, reportImprovement, trustedDeployers } from "@gatehouse/release-process";
import { readInputs } from "./inputs";

export async function run(): Promise<void> {
  const setup = setupAction();
  const { ctx, client } = setup;
  const repository = `${ctx.repository.owner}/${ctx.repository.repo}`;
  const loaded = await loadActionPolicy(setup);
  for (const note of loaded.notes) info(note);
  const { policy } = loaded;
  const read = readInputs(policy.improvement);
  const inputs = {
    repository,
    environment: read.environment,
    period: read.period,
    periods: read.periods,
    reviewRepository: policy.review.repository ?? repository,
    trustedCreators: trustedDeployers(policy),
    earnedAfter: policy.improvement.earnedStandardChanges,
    standardTemplates: policy.approvals.standardChanges.map((t) => t.name),
    issue: read.issue,
    serverUrl: ctx.serverUrl,
  };
  // GitHub's time (the policy's answer gave it), never the runner's clock.
  const result = await reportImprovement(client, inputs, client.now(), info);
  setOutput("metrics", JSON.stringify(result.json));
  setOutput("issue-number", result.issue ? String(result.issue.number) : "");
  setOutput("issue-url", result.issue?.url ?? "");
  setOutput(
    "earned-standard-changes",
    JSON.stringify(result.measured.earned.suggestions.map((s) => s.template)),
  );
  summary.append(renderImprovementSummary(inputs, result));
}
