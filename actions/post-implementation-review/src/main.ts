/**
 * post-implementation-review: read the inputs, open or update the review, set the outputs, write
 * the job summary.
 */
import { info, setOutput, setupAction, summary, warning } from "@gatehouse/github";
import { readInputs } from "./inputs";
import { postImplementationReview } from "./review";
import { renderSummary } from "./summary";

export async function run(): Promise<void> {
  const { ctx, client, now } = setupAction();
  const deployed = `${ctx.repository.owner}/${ctx.repository.repo}`;
  const inputs = readInputs(deployed);
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
    now,
    info,
  );
  setOutput("issue-number", String(result.issueNumber));
  setOutput("issue-url", result.issueUrl);
  setOutput("required", String(result.required));
  for (const note of result.notes) warning(note);
  summary.append(renderSummary(inputs, result));
}
