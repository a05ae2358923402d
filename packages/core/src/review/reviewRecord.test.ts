import { describe, expect, it } from "vitest";
import { type ReviewFacts, renderReview } from "./postImplementationReview";
import { lessonsRecorded, openChecklistItems, readReviewRecord } from "./reviewRecord";

const facts: ReviewFacts = {
  identity: { repository: "acme/shop", environment: "Production", runId: 4242 },
  outcome: "failure",
  reviewRepository: "acme/reviews",
  serverUrl: "https://github.com",
  runUrl: "https://github.com/acme/shop/actions/runs/4242",
  runAttempt: 1,
  releaseTag: "v2.0.0",
  startedAt: null,
  now: new Date("2026-03-03T10:00:00Z"),
  changeRequests: [
    {
      repository: "acme/reviews",
      number: 7,
      title: "A | piped title, normal",
      type: "normal",
      risk: "low",
      approvers: ["alice"],
      url: "https://github.com/acme/reviews/issues/7",
    },
    {
      repository: "acme/shop",
      number: 12,
      title: "Hotfix",
      type: "emergency",
      risk: "high",
      approvers: [],
      url: "https://github.com/acme/shop/issues/12",
    },
  ],
  approvals: [],
  dueInDays: 5,
};

const issue = (body: string) => ({
  number: 31,
  url: "https://github.com/acme/reviews/issues/31",
  title: "PIR",
  body,
  createdAt: "2026-03-03T10:00:01Z",
  author: "github-actions[bot]",
});

describe("readReviewRecord", () => {
  const body = renderReview(facts).body;

  it("reads back what the review recorded: the deployment, the outcome, the change requests and their types", () => {
    const record = readReviewRecord(issue(body), "acme/reviews")!;
    expect(record).toMatchObject({
      key: "acme/shop/production/4242",
      runId: 4242,
      number: 31,
      outcome: "failure",
      lessons: null,
      changeRequests: [
        { repository: "acme/reviews", number: 7, type: "normal" },
        { repository: "acme/shop", number: 12, type: "emergency" },
      ],
    });
    expect(openChecklistItems(record)).toHaveLength(6);
    expect(lessonsRecorded(record)).toBe(false);
  });

  it("reads what the reviewers wrote: ticked items and the lessons learned", () => {
    const reviewed = body
      .replace("- [ ] The change met its objectives", "- [x] The change met its objectives")
      .replace(
        /### Lessons learned\n\n_No response_/,
        "### Lessons learned\n\nRun the migration before the deploy.",
      );
    const record = readReviewRecord(issue(reviewed), "acme/reviews")!;
    expect(record.lessons).toBe("Run the migration before the deploy.");
    expect(record.checklist[0]).toEqual({ item: "The change met its objectives", done: true });
    expect(openChecklistItems(record)).not.toContain("The change met its objectives");
    expect(lessonsRecorded(record)).toBe(true);
  });

  it("a success and a review without change requests", () => {
    const ok = renderReview({ ...facts, outcome: "success", changeRequests: [] }).body;
    expect(readReviewRecord(issue(ok), "acme/reviews")).toMatchObject({
      outcome: "success",
      changeRequests: [],
    });
    const none = renderReview({ ...facts, outcome: "cancelled", changeRequests: null }).body;
    expect(readReviewRecord(issue(none), "acme/reviews")).toMatchObject({
      outcome: "cancelled",
      changeRequests: [],
    });
  });

  it("an issue without the review marker is not a review", () => {
    expect(readReviewRecord(issue("### Outcome\n\nFailure"), "acme/reviews")).toBeNull();
    expect(
      readReviewRecord(issue("<!-- gatehouse:pir:acme/shop/production/x -->"), "acme/reviews"),
    ).toBeNull();
  });

  it("an outcome edited to something unknown reads as unknown", () => {
    const edited = body.replace("### Outcome\n\nFailure", "### Outcome\n\nMostly fine");
    expect(readReviewRecord(issue(edited), "acme/reviews")?.outcome).toBeNull();
  });
});
