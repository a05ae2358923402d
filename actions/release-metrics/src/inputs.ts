/**
 * The action's inputs, read and checked once: every problem names the input and the fix. The
 * policy's `improvement:` section fills what the inputs leave empty.
 */
import { PeriodInputError, type Policy, parsePeriodCount, parsePeriodUnit } from "@gatehouse/core";
import { getInput } from "@gatehouse/github";

export interface MetricsInputs {
  environment: string;
  period: "week" | "month";
  periods: number;
  issue: boolean;
}

export function readInputs(policy: Policy["improvement"]): MetricsInputs {
  const environment = getInput("environment", { required: true });
  const issueText = getInput("issue").trim().toLowerCase();
  if (issueText !== "" && issueText !== "true" && issueText !== "false") {
    throw new PeriodInputError(`Input "issue" must be true or false (got "${getInput("issue")}").`);
  }
  return {
    environment,
    period: getInput("period") ? parsePeriodUnit(getInput("period")) : policy.period,
    periods: parsePeriodCount(getInput("periods"), policy.periods),
    issue: issueText !== "false",
  };
}
