/** The action's inputs, read once and checked. */
import { type ChangeRequestLink, parseChangeRequestLinks } from "@gatehouse/core";
import { getInput } from "@gatehouse/github";

export interface GateInputs {
  environment: string;
  /** The `change-request` input as given (empty when absent). */
  changeRequestText: string;
  base: string;
  head: string;
  mode: "enforce" | "report";
  policyRef: string;
}

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

/** The release change request named by the `change-request` input: `#N`, `N`, `owner/repo#N` or a URL. */
export function parseReleaseChangeRequest(
  text: string,
  repository: string,
): { link?: ChangeRequestLink; problem?: string } {
  const value = text.trim();
  if (!value) return {};
  const normalised = /^\d+$/.test(value) ? `#${value}` : value;
  const links = parseChangeRequestLinks(`Change-Request: ${normalised}`, repository);
  if (links.length !== 1) {
    return {
      problem: `The \`change-request\` input "${value}" does not name one issue: write \`#N\`, \`owner/repo#N\` or the issue's URL.`,
    };
  }
  return { link: links[0]! };
}
