/**
 * freeze-window: is the deployment inside a freeze window? Reads the inputs and the policy (from the
 * default branch), decides at one instant, lets an approved emergency change request override when
 * the policy allows it, sets the outputs, writes the summary, and fails the step when frozen.
 *
 * Fails closed: when the policy, an input or the change request cannot be read, the outputs say
 * `frozen=true` and the step fails with the reason.
 */
import { assessFreeze, freezeCalendar } from "@gatehouse/core";
import {
  describeError,
  fetchChangeRequests,
  getInput,
  info,
  loadActionPolicy,
  setFailed,
  setOutput,
  setupAction,
  summary,
  warning,
} from "@gatehouse/github";
import { checkEmergencyOverride, type OverrideResult } from "./override";
import { CALENDAR_DAYS, renderFailureSummary, renderSummary } from "./summary";

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

export async function run(): Promise<void> {
  const environment = getInput("environment");
  try {
    await decide(environment);
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
    summary.append(renderFailureSummary(environment, describeError(e)));
    throw e;
  }
}

async function decide(environment: string): Promise<void> {
  const runwayMinutes = parseRunway(getInput("runway"));
  const changeRequest = getInput("change-request");
  const setup = setupAction();
  const { now, ctx, client } = setup;
  const repository = `${ctx.repository.owner}/${ctx.repository.repo}`;
  const loaded = await loadActionPolicy(setup);
  const policy = loaded.policy;
  for (const note of loaded.notes) info(note);

  const assessment = assessFreeze(policy.freeze, { environment, now, runwayMinutes });

  let override: OverrideResult | null = null;
  if (assessment.frozen && changeRequest) {
    override = await checkEmergencyOverride({
      input: changeRequest,
      policy,
      repository,
      now,
      fetch: (links, teams) => fetchChangeRequests(client, links, teams),
    });
  }
  const overridden = override?.overridden === true;

  setOutputs({
    frozen: assessment.frozen && !overridden ? "true" : "false",
    window: assessment.window ?? "",
    "ends-at": assessment.endsAt ?? "",
    "next-window": assessment.nextWindow ?? "",
    "next-starts-at": assessment.nextStartsAt ?? "",
    "overridden-by": overridden ? (override?.url ?? "") : "",
  });

  const source = loaded.source;
  const policySource = `${source.path} ${source.defaultBranch ? "on the default branch" : `at \`${source.ref}\``}${
    source.found ? "" : " (not found: defaults)"
  }`;
  summary.append(
    renderSummary({
      environment,
      runwayMinutes,
      now,
      assessment,
      override,
      overrideNotNeeded: !assessment.frozen && changeRequest ? changeRequest : null,
      calendar: freezeCalendar(policy.freeze, { from: now, days: CALENDAR_DAYS, environment }),
      zone: policy.freeze.timezone,
      policySource,
      notes: loaded.notes,
      windowCount: policy.freeze.windows.length,
    }),
  );

  if (overridden) {
    // A warning annotation: the override shows on the run's page, not only in the log.
    warning(
      `Freeze "${assessment.window}" overridden by emergency change ${override?.ref} (${override?.url}); it would otherwise have blocked: ${assessment.reason}`,
    );
    return;
  }
  if (assessment.frozen) {
    const refusal = override ? ` The emergency override was refused: ${override.reasons.join("; ")}.` : "";
    const hint =
      !override && policy.freeze.allowEmergency
        ? " For an emergency, pass an approved emergency change request as the `change-request` input."
        : "";
    setFailed(`${assessment.reason}${refusal}${hint}`);
    return;
  }
  info(assessment.reason);
}
