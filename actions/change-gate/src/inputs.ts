/** The action's inputs, read once and checked. */
import { getBooleanInput, getInput } from "@gatehouse/github";
import type { GateInputs } from "@gatehouse/release-process";

/** Reads the inputs. Never throws: problems come back as block reasons (the gate fails closed). */
export function readInputs(): { inputs: GateInputs; problems: string[] } {
  const problems: string[] = [];
  const environment = getInput("environment");
  if (!environment) {
    problems.push(
      "The `environment` input is required: say which environment is being deployed to, e.g. `environment: production`.",
    );
  }
  const modeText = (getInput("mode") || "enforce").toLowerCase();
  const mode = modeText === "report" ? "report" : "enforce";
  if (modeText !== "report" && modeText !== "enforce") {
    problems.push(
      `The \`mode\` input is "${getInput("mode")}": use \`enforce\` (block fails the step) or \`report\` (never fails).`,
    );
  }
  const rollbackText = getInput("rollback").trim().toLowerCase();
  if (rollbackText !== "" && rollbackText !== "true" && rollbackText !== "false") {
    problems.push(
      `The \`rollback\` input is "${getInput("rollback")}": use \`true\` (this deployment goes back to a commit that lacks some of what the environment runs) or \`false\`.`,
    );
  }
  let dryRun = false;
  try {
    dryRun = getBooleanInput("dry-run");
  } catch (e) {
    problems.push(e instanceof Error ? e.message : String(e));
  }
  return {
    inputs: {
      environment,
      changeRequestText: getInput("change-request"),
      base: getInput("base"),
      head: getInput("head"),
      mode,
      policyRef: getInput("policy-ref"),
      rollback: rollbackText === "true",
      recheck: getInput("recheck"),
      dryRun,
    },
    problems,
  };
}
