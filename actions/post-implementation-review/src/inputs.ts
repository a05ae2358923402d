/**
 * The action's inputs, read and checked once: every problem names the input and the fix.
 */
import {
  parseCloseChangeRequests,
  parseDueInDays,
  parseLabelList,
  parseLogins,
  parseOutcome,
  parseReviewChangeRequests,
  parseStartedAt,
  ReviewInputError,
} from "@gatehouse/core";
import { getInput } from "@gatehouse/github";
import type { ReviewInputs } from "./review";

export function readInputs(defaultRepository: string): ReviewInputs {
  const environment = getInput("environment", { required: true });
  const repository = getInput("repository") || defaultRepository;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    throw new ReviewInputError("repository", `Input "repository" must be owner/repo (got "${repository}").`);
  }
  return {
    environment,
    outcome: parseOutcome(getInput("outcome", { required: true })),
    changeRequests: parseReviewChangeRequests(getInput("change-requests")),
    releaseTag: getInput("release-tag") || null,
    startedAt: parseStartedAt(getInput("started-at")),
    reviewRepository: repository,
    assignees: parseLogins(getInput("assignees")),
    dueInDays: parseDueInDays(getInput("due-in-days")),
    labels: parseLabelList(getInput("labels")),
    closeChangeRequests: parseCloseChangeRequests(getInput("close-change-requests")),
    freezeOverriddenBy: getInput("freeze-overridden-by") || null,
  };
}
