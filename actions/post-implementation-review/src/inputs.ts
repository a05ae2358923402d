/**
 * The action's inputs, read and checked once: every problem names the input and the fix. The
 * policy's `review:` section fills what the inputs leave empty (inputs win; labels and assignees
 * add up).
 */
import {
  type Policy,
  parseCloseChangeRequests,
  parseDueInDays,
  parseLabelList,
  parseLogins,
  parseOutcome,
  parseReviewChangeRequests,
  parseStartedAt,
  ReviewInputError,
} from "@gatehouse/core";
import { getBooleanInput, getInput } from "@gatehouse/github";
import type { ReviewInputs } from "@gatehouse/release-process";

export function readInputs(defaultRepository: string, policy: Policy["review"]): ReviewInputs {
  const environment = getInput("environment", { required: true });
  const repository = getInput("repository") || policy.repository || defaultRepository;
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
    assignees: parseLogins([getInput("assignees"), ...policy.assignees].join("\n")),
    dueInDays: parseDueInDays(getInput("due-in-days"), policy.dueInDays),
    labels: parseLabelList([getInput("labels"), ...policy.labels].join("\n")),
    closeChangeRequests: parseCloseChangeRequests(getInput("close-change-requests")),
    freezeOverriddenBy: getInput("freeze-overridden-by") || null,
    dryRun: getBooleanInput("dry-run"),
  };
}
