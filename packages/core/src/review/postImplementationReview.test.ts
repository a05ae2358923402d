import { describe, expect, it } from "vitest";
import {
  CHECKLIST_ITEMS,
  changeRequestRef,
  changeRequestTransition,
  formatDuration,
  isReviewOf,
  mergeReviewBody,
  NO_RESPONSE,
  parseCloseChangeRequests,
  parseDueInDays,
  parseLabelList,
  parseLogins,
  parseOutcome,
  parseReviewChangeRequests,
  parseStartedAt,
  type ReviewedChangeRequest,
  type ReviewFacts,
  renderChangeRequestComment,
  renderReview,
  reviewDueDate,
  reviewIdentity,
  reviewLabels,
  reviewRequirement,
  splitSections,
} from "./postImplementationReview";

const now = new Date("2026-11-23T14:12:30Z");

const cr = (over: Partial<ReviewedChangeRequest> = {}): ReviewedChangeRequest => ({
  repository: "acme/shop",
  number: 12,
  title: "Switch payments to the new provider",
  type: "normal",
  risk: "medium",
  approvers: ["alice"],
  url: "https://github.com/acme/shop/issues/12",
  ...over,
});

const facts = (over: Partial<ReviewFacts> = {}): ReviewFacts => ({
  identity: { repository: "acme/shop", environment: "production", runId: 4242 },
  outcome: "success",
  reviewRepository: "acme/shop",
  serverUrl: "https://github.com",
  runUrl: "https://github.com/acme/shop/actions/runs/4242",
  runAttempt: 1,
  releaseTag: "v1.4.0",
  startedAt: new Date("2026-11-23T14:00:00Z"),
  now,
  changeRequests: [cr()],
  approvals: [{ user: "carol", state: "approved", comment: "Go", environments: ["production"] }],
  dueInDays: 5,
  ...over,
});

describe("inputs", () => {
  it("accepts the three job statuses and names the input otherwise", () => {
    expect(parseOutcome("success")).toBe("success");
    expect(parseOutcome(" Failure ")).toBe("failure");
    expect(parseOutcome("canceled")).toBe("cancelled");
    expect(() => parseOutcome("skipped")).toThrow(/"outcome" must be success, failure or cancelled/);
  });

  it("reads change-gate's output; empty means none supplied", () => {
    expect(parseReviewChangeRequests("")).toBeNull();
    expect(parseReviewChangeRequests("[]")).toEqual([]);
    const parsed = parseReviewChangeRequests(
      JSON.stringify([
        { ...cr(), approvers: ["@alice", { login: "bob" }] },
        { ...cr(), title: "duplicate" },
        { ...cr({ repository: "acme/changes", number: 3 }), type: "EMERGENCY", risk: "weird" },
      ]),
    );
    expect(parsed).toHaveLength(2);
    expect(parsed?.[0]?.approvers).toEqual(["alice", "bob"]);
    expect(parsed?.[1]).toMatchObject({ type: "emergency", risk: "medium" });
    expect(() => parseReviewChangeRequests("{")).toThrow(/change-requests is not valid JSON/);
    expect(() => parseReviewChangeRequests('{"a":1}')).toThrow(/must be a JSON array/);
    expect(() => parseReviewChangeRequests('[{"repository":"x","number":1}]')).toThrow(/owner\/repo/);
    expect(() => parseReviewChangeRequests('[{"repository":"a/b","number":0}]')).toThrow(/positive integer/);
  });

  it("parses the other inputs", () => {
    expect(parseDueInDays("")).toBe(5);
    expect(parseDueInDays("10")).toBe(10);
    expect(() => parseDueInDays("1.5")).toThrow(/due-in-days/);
    expect(parseCloseChangeRequests("")).toBe("never");
    expect(parseCloseChangeRequests("on-success")).toBe("on-success");
    expect(() => parseCloseChangeRequests("always")).toThrow(/never or on-success/);
    expect(parseLogins("@alice, bob\nAlice  carol")).toEqual(["alice", "bob", "carol"]);
    expect(parseLogins("dependabot-fan a-b-c X1")).toEqual(["dependabot-fan", "a-b-c", "X1"]);
    for (const bad of ["acme/cab", "-alice", "bob-", "a--b", "name[bot]", "x".repeat(40), "al.ice"]) {
      expect(() => parseLogins(`alice, ${bad}`), bad).toThrow(
        `Input "assignees" (or review.assignees in the policy): "${bad}" is not a GitHub login`,
      );
    }
  });

  it("refuses a label longer than GitHub's 50 characters, naming it", () => {
    expect(parseLabelList(`team/payments, ${"x".repeat(50)}`)).toEqual(["team/payments", "x".repeat(50)]);
    expect(() => parseLabelList(`team/payments\n${"y".repeat(51)}`)).toThrow(
      `Input "labels" (or review.labels in the policy): "${"y".repeat(51)}" is 51 characters long; GitHub allows at most 50 in a label name — shorten it.`,
    );
    expect(parseStartedAt("")).toBeNull();
    expect(parseStartedAt("2026-11-23T14:00:00Z")?.toISOString()).toBe("2026-11-23T14:00:00.000Z");
    expect(parseStartedAt("1795442400")?.toISOString()).toBe("2026-11-23T14:00:00.000Z");
    expect(() => parseStartedAt("yesterday")).toThrow(/"started-at" must be an ISO 8601/);
  });
});

describe("identity", () => {
  it("is the repository, environment and run — not the attempt", () => {
    const a = reviewIdentity({ repository: "Acme/Shop", environment: "Production", runId: 7 });
    const b = reviewIdentity({ repository: "acme/shop", environment: "production", runId: 7 });
    expect(a.marker).toBe(b.marker);
    expect(a.marker).toBe("<!-- gatehouse:pir:acme/shop/production/7 -->");
    expect(reviewIdentity({ repository: "acme/shop", environment: "staging", runId: 7 }).marker).not.toBe(
      a.marker,
    );
    expect(reviewIdentity({ repository: "acme/shop", environment: "production", runId: 8 }).marker).not.toBe(
      a.marker,
    );
  });

  it("cannot be broken out of by an environment name", () => {
    const id = reviewIdentity({ repository: "a/b", environment: "prod --> <b>x</b>", runId: 1 });
    expect(id.marker.indexOf("-->")).toBe(id.marker.length - 3);
  });
});

describe("requirement", () => {
  it("is required for failure, cancellation and emergency changes", () => {
    expect(reviewRequirement("success", [cr()])).toEqual({ required: false, reasons: [], labels: [] });
    expect(reviewRequirement("failure", [cr()])).toMatchObject({ required: true, labels: ["priority/high"] });
    expect(reviewRequirement("cancelled", null).reasons).toEqual(["the deployment was cancelled"]);
    const emergency = reviewRequirement(
      "success",
      [cr({ type: "emergency", repository: "acme/changes" })],
      "acme/shop",
    );
    expect(emergency.required).toBe(true);
    expect(emergency.reasons[0]).toContain("acme/changes#12");
  });
});

describe("change request lifecycle", () => {
  const open = { found: true, state: "open" as const, labels: ["change-request", "change/approved"] };

  it("labels implemented on success and closes only when asked", () => {
    expect(changeRequestTransition("success", open, "never")).toEqual({
      labels: ["change-request", "change/approved", "change/implemented"],
      close: false,
      label: "change/implemented",
    });
    expect(changeRequestTransition("success", open, "on-success").close).toBe(true);
    expect(changeRequestTransition("failure", open, "on-success").close).toBe(false);
  });

  it("swaps the opposite label and does nothing when already right", () => {
    const failed = { ...open, labels: ["change-request", "change/failed"] };
    expect(changeRequestTransition("success", failed, "never").labels).toEqual([
      "change-request",
      "change/implemented",
    ]);
    expect(changeRequestTransition("failure", failed, "never").labels).toBeNull();
    expect(
      changeRequestTransition("cancelled", { ...open, labels: ["change/implemented"] }, "never").labels,
    ).toEqual(["change/failed"]);
  });

  it("never labels a change request the gate did not authorise implemented, nor closes it", () => {
    const implementedBefore = { ...open, labels: ["change-request", "change/implemented"] };
    expect(changeRequestTransition("success", open, "on-success", false)).toEqual({
      labels: ["change-request", "change/approved", "change/unauthorised"],
      close: false,
      label: "change/unauthorised",
    });
    // An earlier, authorised deployment's label stays: only this one is marked for what it is.
    expect(changeRequestTransition("failure", implementedBefore, "never", false).labels).toEqual([
      "change-request",
      "change/implemented",
      "change/unauthorised",
    ]);
  });

  it("never reopens or re-closes a closed CR", () => {
    const closed = { found: true, state: "closed" as const, labels: ["change/implemented"] };
    expect(changeRequestTransition("success", closed, "on-success")).toMatchObject({
      labels: null,
      close: false,
    });
  });
});

describe("renderReview", () => {
  it("follows the issue form's sections in order", () => {
    const { body, title } = renderReview(facts());
    expect(title).toBe("PIR: production v1.4.0 — success");
    const headings = [...splitSections(body).sections.keys()];
    expect(headings).toEqual([
      "Outcome",
      "Environment",
      "Version",
      "Duration",
      "Workflow run",
      "Change requests",
      "Environment approvers",
      "Emergency or freeze override",
      "Due date",
      "Review required",
      "Review checklist",
      "Objectives met",
      "Incidents",
      "Back-out used",
      "Lessons learned",
    ]);
    expect(body.startsWith("<!-- gatehouse:pir:acme/shop/production/4242 -->")).toBe(true);
  });

  it("states the facts of a successful deployment", () => {
    const { body, dueDate, requirement } = renderReview(facts());
    const s = splitSections(body).sections;
    expect(requirement.required).toBe(false);
    expect(dueDate).toBe("2026-11-28");
    expect(s.get("Outcome")).toBe("Success");
    expect(s.get("Version")).toBe("[v1.4.0](https://github.com/acme/shop/releases/tag/v1.4.0)");
    expect(s.get("Duration")).toBe("12 min 30 s (2026-11-23T14:00:00Z → 2026-11-23T14:12:30Z)");
    expect(s.get("Workflow run")).toBe(
      "[acme/shop run 4242](https://github.com/acme/shop/actions/runs/4242)",
    );
    expect(s.get("Change requests")).toContain("[#12](https://github.com/acme/shop/issues/12)");
    expect(s.get("Change requests")).toContain("| normal | medium | @&#8203;alice |");
    // approvers are named without being notified
    expect(s.get("Environment approvers")).toBe("- @&#8203;carol approved `production`: “Go”");
    expect(s.get("Emergency or freeze override")).toBe("None");
    expect(s.get("Due date")).toBe("2026-11-28");
    expect(s.get("Review required")).toMatch(/^No/);
    expect(s.get("Review checklist")).not.toContain(CHECKLIST_ITEMS.backOutDecision);
    expect(s.has("Back-out decision")).toBe(false);
  });

  it("asks failures and emergencies for the back-out decision and the incident", () => {
    for (const f of [facts({ outcome: "failure" }), facts({ changeRequests: [cr({ type: "emergency" })] })]) {
      const { body, requirement } = renderReview(f);
      const s = splitSections(body).sections;
      expect(requirement.required).toBe(true);
      expect(s.get("Review required")).toMatch(/^Yes — /);
      expect(s.get("Review checklist")).toContain(`- [ ] ${CHECKLIST_ITEMS.backOutDecision}`);
      expect(s.get("Review checklist")).toContain(`- [ ] ${CHECKLIST_ITEMS.incidentLink}`);
      expect(s.get("Back-out decision")).toBe(NO_RESPONSE);
      expect(s.get("Incident link")).toBe(NO_RESPONSE);
      expect(body).toContain("[!CAUTION]");
    }
    const emergency = splitSections(
      renderReview(facts({ changeRequests: [cr({ type: "emergency" })] })).body,
    );
    expect(emergency.sections.get("Emergency or freeze override")).toBe("- Emergency change: #12");
  });

  it("links change requests of another repository in full", () => {
    const { body } = renderReview(facts({ reviewRepository: "acme/reviews" }));
    expect(body).toContain("[acme/shop#12](https://github.com/acme/shop/issues/12)");
    expect(changeRequestRef({ repository: "acme/shop", number: 3 }, "ACME/SHOP")).toBe("#3");
  });

  it("says when no change requests were supplied, and when one no longer exists", () => {
    expect(
      splitSections(renderReview(facts({ changeRequests: null })).body).sections.get("Change requests"),
    ).toMatch(/^No change requests were supplied/);
    const states = new Map([["acme/shop#12", { found: false, labels: [] }]]);
    const text = splitSections(renderReview(facts({ changeRequestStates: states })).body).sections.get(
      "Change requests",
    );
    expect(text).toContain("⚠️ no longer exists");
    expect(text).toContain("#12 no longer exists (deleted, transferred or not readable");
  });

  it("escapes user text", () => {
    const { body } = renderReview(
      facts({
        changeRequests: [cr({ title: "<img src=x onerror=alert(1)> | [click](javascript:x)" })],
        approvals: [{ user: "carol", state: "approved", comment: "<script>", environments: ["production"] }],
      }),
    );
    expect(body).not.toContain("<img");
    expect(body).not.toContain("<script>");
    expect(body).toContain("&lt;img");
    expect(body).not.toMatch(/[^\\]\]\(javascript:/);
    expect(body).toContain("\\| \\[click\\]");
  });

  it("says when the environment approvers could not be read, or there were none", () => {
    const section = (f: Partial<ReviewFacts>) =>
      splitSections(renderReview(facts(f)).body).sections.get("Environment approvers");
    expect(section({ approvals: null })).toMatch(
      /^Could not be read with this token: give the job `actions: read`/,
    );
    expect(section({ approvals: [] })).toBe("No environment approval was recorded for this run.");
    expect(
      section({ approvals: [{ user: "x", state: "approved", comment: "", environments: ["staging"] }] }),
    ).toBe("No environment approval was recorded for this run.");
  });

  it("handles a missing or later start time", () => {
    expect(splitSections(renderReview(facts({ startedAt: null })).body).sections.get("Duration")).toMatch(
      /^Not recorded/,
    );
    expect(
      splitSections(renderReview(facts({ startedAt: new Date("2026-11-24T00:00:00Z") })).body).sections.get(
        "Duration",
      ),
    ).toMatch(/^Unknown/);
    expect(formatDuration(3_725_000)).toBe("1 h 02 min 05 s");
    expect(formatDuration(42_000)).toBe("42 s");
    expect(reviewDueDate(new Date("2026-12-30T23:00:00Z"), 5)).toBe("2027-01-04");
  });
});

describe("mergeReviewBody", () => {
  it("refreshes the facts and keeps what the reviewers wrote", () => {
    const first = renderReview(facts({ outcome: "failure" })).body;
    const edited = first
      .replace(`- [ ] ${CHECKLIST_ITEMS.objectives}`, `- [x] ${CHECKLIST_ITEMS.objectives}`)
      .replace(`### Lessons learned\n\n${NO_RESPONSE}`, "### Lessons learned\n\nTest the migration first.")
      .concat("\n### Notes\n\nExtra section by hand.\n");
    const rerun = renderReview(facts({ outcome: "success", runAttempt: 2 })).body;
    const merged = mergeReviewBody(edited, rerun);
    const s = splitSections(merged).sections;
    expect(s.get("Outcome")).toBe("Success");
    expect(s.get("Workflow run")).toContain("attempt 2");
    expect(s.get("Review checklist")).toContain(`- [x] ${CHECKLIST_ITEMS.objectives}`);
    // items of the failed attempt stay, ticked or not, as the reviewers may already use them
    expect(s.get("Review checklist")).toContain(CHECKLIST_ITEMS.backOutDecision);
    expect(s.get("Lessons learned")).toBe("Test the migration first.");
    expect(s.get("Notes")).toBe("Extra section by hand.");
    expect(mergeReviewBody(merged, rerun)).toBe(merged);
  });

  it("changes nothing when re-run with the same facts", () => {
    const body = renderReview(facts()).body;
    expect(mergeReviewBody(body, body)).toBe(body);
    expect(isReviewOf(body, reviewIdentity(facts().identity))).toBe(true);
  });
});

describe("comment and labels", () => {
  it("links the review from each change request", () => {
    const text = renderChangeRequestComment({
      identity: facts().identity,
      outcome: "failure",
      releaseTag: "v1.4.0",
      runUrl: "https://github.com/acme/shop/actions/runs/4242",
      reviewRef: "acme/reviews#9",
      reviewUrl: "https://github.com/acme/reviews/issues/9",
      transition: { label: "change/failed" },
      closed: false,
      required: true,
    });
    expect(text.startsWith("<!-- gatehouse:pir-link:acme/shop/production/4242 -->")).toBe(true);
    expect(text).toContain("failed");
    expect(text).toContain("[acme/reviews#9](https://github.com/acme/reviews/issues/9) — **required**");
  });

  it("adds ours, drops high priority when no longer required, keeps the rest", () => {
    expect(
      reviewLabels(["post-implementation-review", "priority/high", "team/x"], ["post-implementation-review"]),
    ).toEqual(["post-implementation-review", "team/x"]);
    expect(reviewLabels(["team/x"], ["post-implementation-review", "priority/high"])).toEqual([
      "team/x",
      "post-implementation-review",
      "priority/high",
    ]);
  });
});
