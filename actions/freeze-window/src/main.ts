/**
 * freeze-window: is the deployment inside a freeze window? Reads the inputs and the policy (from the
 * default branch), decides at one instant, lets an approved emergency change request override when
 * the policy allows it, sets the outputs, writes the summary, and fails the step when frozen.
 *
 * Fails closed: when the policy, an input or the change request cannot be read, the outputs say
 * `frozen=true` and the step fails with the reason.
 */
import {
  describeError,
  getBooleanInput,
  getInput,
  info,
  setFailed,
  setOutput,
  summary,
  warning,
} from "@gatehouse/github";
import { loadActionPolicy, setupAction } from "@gatehouse/github/action";
import { checkFreeze, renderFreezeFailureSummary, requireEnvironment } from "@gatehouse/release-process";

export interface FreezeOutputs {
  frozen: "true" | "false";
  window: string;
  "ends-at": string;
  "next-window": string;
  "next-starts-at": string;
  "overridden-by": string;
}

function setOutputs(outputs: FreezeOutputs): void {
  for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
}

/** `runway` input: whole minutes, 0 or more. */
export function parseRunway(text: string): number {
  const value = text.trim() || "0";
  if (!/^\d+$/.test(value)) {
    throw new Error(`The \`runway\` input must be a whole number of minutes (e.g. 30), not "${text}".`);
  }
  return Number(value);
}

/** `mode` input: `enforce` (frozen fails the step) or `report` (never fails). */
export function parseMode(text: string): "enforce" | "report" {
  const value = (text.trim() || "enforce").toLowerCase();
  if (value !== "enforce" && value !== "report") {
    throw new Error(
      `The \`mode\` input is "${text}": use \`enforce\` (frozen fails the step) or \`report\` (never fails).`,
    );
  }
  return value;
}

export async function run(): Promise<void> {
  const environment = getInput("environment");
  let mode: "enforce" | "report" = "enforce";
  try {
    mode = parseMode(getInput("mode"));
    // Checked like every action's; freeze-window writes nothing either way.
    getBooleanInput("dry-run");
    await decide(environment, mode);
  } catch (e) {
    // Fail closed: whatever could not be read, the deployment does not go.
    setOutputs({
      frozen: "true",
      window: "",
      "ends-at": "",
      "next-window": "",
      "next-starts-at": "",
      "overridden-by": "",
    });
    summary.append(renderFreezeFailureSummary(environment, describeError(e)));
    if (mode === "report") {
      warning(`Deployment would be blocked: ${describeError(e)}`);
      return;
    }
    throw e;
  }
}

async function decide(environment: string, mode: "enforce" | "report"): Promise<void> {
  const runwayMinutes = parseRunway(getInput("runway"));
  const changeRequest = getInput("change-request");
  const setup = setupAction();
  const { ctx, client } = setup;
  // Read together: the policy, and (when named) the environment, which must exist — a typo must
  // not escape a freeze scoped to the real name.
  const [loaded] = await Promise.all([
    loadActionPolicy(setup),
    environment.trim() ? requireEnvironment(client, ctx.repository, environment) : undefined,
  ]);
  for (const note of loaded.notes) info(note);

  const check = await checkFreeze({
    client,
    repository: `${ctx.repository.owner}/${ctx.repository.repo}`,
    policy: loaded,
    environment,
    runwayMinutes,
    changeRequest,
    // GitHub's time (the policy's answer gave it), never the runner's clock.
    now: client.now(),
  });
  const { assessment, override } = check;
  setOutputs({
    frozen: check.frozen ? "true" : "false",
    window: assessment.window ?? "",
    "ends-at": assessment.endsAt ?? "",
    "next-window": assessment.nextWindow ?? "",
    "next-starts-at": assessment.nextStartsAt ?? "",
    "overridden-by": check.overrideWarning ? (override?.url ?? "") : "",
  });
  summary.append(check.summary);
  if (mode === "report" && check.refusal) {
    summary.append("\n_Report mode: this step does not fail, whatever the freeze._\n");
  }

  if (check.overrideWarning) {
    // A warning annotation: the override shows on the run's page, not only in the log.
    warning(check.overrideWarning);
    return;
  }
  if (check.refusal) {
    if (mode === "report") warning(`Deployment would be blocked: ${check.refusal}`);
    else setFailed(check.refusal);
    return;
  }
  info(assessment.reason);
}
