/**
 * post-implementation-review: read the inputs, open or update the review, set the outputs, write
 * the job summary.
 */
import { info, setOutput, summary, warning } from "@gatehouse/github";
import { loadActionPolicy, setupAction } from "@gatehouse/github/action";
import { postImplementationReview, renderReviewSummary } from "@gatehouse/release-process";
import { readInputs } from "./inputs";

export async function run(): Promise<void> {
  const setup = setupAction();
  const { ctx, client } = setup;
  const deployed = `${ctx.repository.owner}/${ctx.repository.repo}`;
  const loaded = await loadActionPolicy(setup);
  for (const note of loaded.notes) info(note);
  const inputs = readInputs(deployed, loaded.policy.review);
  const result = await postImplementationReview(
    client,
    {
      repository: deployed,
      runId: ctx.runId,
      runAttempt: ctx.runAttempt,
      runUrl: ctx.runUrl,
      serverUrl: ctx.serverUrl,
    },
    inputs,
    // GitHub's time (the policy's answer gave it), never the runner's clock.
    client.now(),
    info,
  );
  // A dry run that would open the review has no issue yet: both outputs are empty.
  setOutput("issue-number", result.issueNumber > 0 ? String(result.issueNumber) : "");
  setOutput("issue-url", result.issueUrl);
  setOutput("required", String(result.required));
  for (const note of result.notes) warning(note);
  summary.append(renderReviewSummary(inputs, result));
}
