/** What a caller asks the gate: the deployment's environment, range bounds and mode. */
import { type ChangeRequestLink, parseChangeRequestLinks } from "@gatehouse/core";

export interface GateInputs {
  environment: string;
  /** The `change-request` input as given (empty when absent). */
  changeRequestText: string;
  base: string;
  head: string;
  mode: "enforce" | "report";
  policyRef: string;
  /**
   * The deployment is declared a rollback: the head may lack commits the environment runs (the
   * `rollback` input). Otherwise a base the head does not contain blocks.
   */
  rollback?: boolean;
  /**
   * The assess job's `decision-record` output (the `recheck` input): this run re-checks that
   * decision before deploying and blocks if anything it rested on changed.
   */
  recheck?: string;
  /** Decide and report, write nothing (the `dry-run` input): the comments are only planned. */
  dryRun?: boolean;
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
