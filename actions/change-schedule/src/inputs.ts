/** The action's inputs, read and checked once: every problem names the input and the fix. */
import type { ChangeRequestLink } from "@gatehouse/core";
import { getInput } from "@gatehouse/github";
import type { ScheduleInputs } from "@gatehouse/release-process";

export const MAX_DAYS = 366;

export function readInputs(repository: string, event: Record<string, unknown>): ScheduleInputs {
  const daysText = getInput("days") || "28";
  const days = Number(daysText);
  if (!/^\d+$/.test(daysText) || days < 1 || days > MAX_DAYS) {
    throw new Error(
      `The \`days\` input must be a whole number of days from 1 to ${MAX_DAYS} (got "${daysText}").`,
    );
  }
  const issueText = (getInput("issue") || "true").toLowerCase();
  if (issueText !== "true" && issueText !== "false") {
    throw new Error(`The \`issue\` input must be true or false (got "${issueText}").`);
  }
  return {
    days,
    changeRequest: changeRequestOf(getInput("change-request"), repository, event),
    issue: issueText === "true",
  };
}

/** The `change-request` input, else the issue of an `issues` event (never a pull request). */
function changeRequestOf(
  text: string,
  repository: string,
  event: Record<string, unknown>,
): ChangeRequestLink | null {
  const value = text.trim().replace(/^#/, "");
  if (value) {
    if (!/^\d+$/.test(value)) {
      throw new Error(`The \`change-request\` input must be an issue number (got "${text}").`);
    }
    return { repository, number: Number(value) };
  }
  const issue = event.issue as { number?: unknown; pull_request?: unknown } | undefined;
  if (issue && typeof issue.number === "number" && !issue.pull_request)
    return { repository, number: issue.number };
  return null;
}
