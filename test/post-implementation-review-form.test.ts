/**
 * The shipped PIR issue form and the generated review read the same: same sections, same order,
 * same checklist, same label.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  CHECKLIST_ITEMS,
  REVIEW_LABELS,
  REVIEW_SECTIONS,
  renderReview,
  splitSections,
} from "../packages/core/src/index";
import { repoRoot } from "./harness";

interface FormField {
  type: string;
  id?: string;
  attributes: { label?: string; options?: (string | { label: string })[] };
}

const form = parse(
  readFileSync(join(repoRoot, ".github", "ISSUE_TEMPLATE", "post-implementation-review.yml"), "utf8"),
) as { name: string; labels: string[]; body: FormField[] };

const fields = form.body.filter((f) => f.type !== "markdown");

describe("the post-implementation review issue form", () => {
  it("has the generated review's sections, in the same order", () => {
    expect(fields.map((f) => f.attributes.label)).toEqual(Object.values(REVIEW_SECTIONS));
  });

  it("offers every checklist item the generated review can ask for", () => {
    const checklist = fields.find((f) => f.type === "checkboxes");
    const options = (checklist?.attributes.options ?? []).map((o) => (typeof o === "string" ? o : o.label));
    expect(options).toEqual(Object.values(CHECKLIST_ITEMS));
  });

  it("labels a hand-opened review like a generated one, so re-runs and reports find both", () => {
    expect(form.labels).toEqual([REVIEW_LABELS.review.name]);
  });

  it("has unique field ids, as GitHub requires", () => {
    const ids = fields.map((f) => f.id);
    expect(ids.every((id) => typeof id === "string" && /^[A-Za-z0-9_-]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("a generated review of a failure uses exactly the form's headings", () => {
    const { body } = renderReview({
      identity: { repository: "acme/shop", environment: "production", runId: 1 },
      outcome: "failure",
      reviewRepository: "acme/shop",
      serverUrl: "https://github.com",
      runUrl: "https://github.com/acme/shop/actions/runs/1",
      runAttempt: 1,
      releaseTag: "v1.0.0",
      startedAt: null,
      now: new Date("2026-11-23T12:00:00Z"),
      changeRequests: null,
      approvals: [],
      dueInDays: 5,
    });
    expect([...splitSections(body).sections.keys()]).toEqual(fields.map((f) => f.attributes.label));
  });
});
