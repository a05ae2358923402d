import { describe, expect, it } from "vitest";
import { MAX_ISSUE_ASSIGNEES, MAX_ISSUE_LABELS } from "../../../sandbox/src/store";
import { ASSIGNEES_READ, LABELS_READ } from "./lookup";

/**
 * The review lookup reads a review's and a change request's labels and a review's assignees in one
 * page each: as many as GitHub lets one issue have (the sandbox holds issues to GitHub's limits,
 * sandbox/src/issueLimits.test.ts), so none is ever left unread.
 */
describe("the review lookup's pages of labels and assignees", () => {
  it("hold every label and assignee an issue can have", () => {
    expect(LABELS_READ).toBeGreaterThanOrEqual(MAX_ISSUE_LABELS);
    expect(ASSIGNEES_READ).toBeGreaterThanOrEqual(MAX_ISSUE_ASSIGNEES);
  });
});
