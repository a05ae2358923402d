/** The action's inputs, read once and checked. */
import { getInput } from "@gatehouse/github";
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
  return {
    inputs: {
      environment,
      changeRequestText: getInput("change-request"),
      base: getInput("base"),
      head: getInput("head"),
      mode,
      policyRef: getInput("policy-ref"),
    },
    problems,
  };
}
