/**
 * change-schedule: read the inputs and the policy, keep the forward schedule of change and the
 * conflict notes on change requests (the release process's step), set the outputs, write the
 * job summary and the iCalendar file.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { info, setOutput, summary, warning } from "@gatehouse/github";
import { loadActionPolicy, setupAction } from "@gatehouse/github/action";
import { keepChangeSchedule, renderScheduleSummary } from "@gatehouse/release-process";
import { readInputs } from "./inputs";

export async function run(): Promise<void> {
  const setup = setupAction();
  const { ctx, client } = setup;
  const repository = `${ctx.repository.owner}/${ctx.repository.repo}`;
  const loaded = await loadActionPolicy(setup);
  for (const note of loaded.notes) info(note);
  const inputs = readInputs(repository, ctx.event);
  // GitHub's time (the policy's answer gave it), never the runner's clock.
  const result = await keepChangeSchedule(client, repository, loaded.policy, inputs, client.now(), info);
  const icsFile = join(ctx.runnerTemp || ".", "forward-schedule-of-change.ics");
  writeFileSync(icsFile, result.ics);
  setOutput("schedule", JSON.stringify(result.json));
  setOutput("ics-file", icsFile);
  setOutput("conflicts", String(result.json.conflicts.length));
  setOutput(
    "change-request-conflicts",
    result.changeRequestConflicts === null ? "" : String(result.changeRequestConflicts),
  );
  setOutput("issue-number", result.issue ? String(result.issue.number) : "");
  setOutput("issue-url", result.issue?.url ?? "");
  for (const message of result.messages) warning(message);
  summary.append(renderScheduleSummary(result));
}
