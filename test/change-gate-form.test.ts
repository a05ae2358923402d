/**
 * The shipped change-request issue form and the parser agree: a body rendered from the form's own
 * labels and options parses, every required field is required by the parser, and the form is
 * valid for GitHub (ids, labels, dropdown options).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  changeRequestFormFields,
  parseChangeRequest,
  renderIssueFormBody,
} from "../packages/core/src/change/changeRequest";
import { repoRoot } from "./harness";

interface FormField {
  type: string;
  id?: string;
  attributes: { label?: string; options?: string[] };
  validations?: { required?: boolean };
}
const form = parse(readFileSync(join(repoRoot, ".github/ISSUE_TEMPLATE/change-request.yml"), "utf8")) as {
  name: string;
  labels: string[];
  body: FormField[];
};
const inputs = form.body.filter((f) => f.type !== "markdown");

const answer = (f: FormField): string => {
  switch (f.attributes.label) {
    case "Change type":
      return "Normal";
    case "Risk":
      return "Medium";
    case "Planned start":
      return "2026-03-01 22:00";
    case "Planned end":
      return "2026-03-01T23:30:00+01:00";
    case "Standard change template":
      return "";
    default:
      return `Answer for ${f.attributes.label}`;
  }
};

describe("the change-request issue form", () => {
  it("is labelled change-request and has unique ids and labels", () => {
    expect(form.labels).toEqual(["change-request"]);
    expect(new Set(inputs.map((f) => f.id)).size).toBe(inputs.length);
    expect(new Set(inputs.map((f) => f.attributes.label)).size).toBe(inputs.length);
  });

  it("asks exactly the fields the parser reads, by the same labels", () => {
    expect(inputs.map((f) => f.attributes.label).sort()).toEqual(
      Object.values(changeRequestFormFields)
        .map((f) => f.label)
        .sort(),
    );
  });

  it("renders a body the parser reads", () => {
    const body = renderIssueFormBody(Object.fromEntries(inputs.map((f) => [f.attributes.label!, answer(f)])));
    const parsed = parseChangeRequest(body, { timezone: "Europe/Berlin" });
    expect(parsed.problems).toEqual([]);
    expect(parsed.fields).toMatchObject({
      type: "normal",
      risk: "medium",
      plannedStart: new Date("2026-03-01T21:00:00Z"),
    });
  });

  it("offers the change types and risks the parser knows", () => {
    const options = (label: string) => inputs.find((f) => f.attributes.label === label)!.attributes.options!;
    for (const option of options("Change type")) {
      const body = renderIssueFormBody(
        Object.fromEntries(
          inputs.map((f) => [
            f.attributes.label!,
            f.attributes.label === "Change type"
              ? option
              : f.attributes.label === "Standard change template"
                ? "Rotate TLS certificate"
                : answer(f),
          ]),
        ),
      );
      expect(parseChangeRequest(body).fields?.type).toBe(option.toLowerCase());
    }
    expect(options("Risk").map((o) => o.toLowerCase())).toEqual(["low", "medium", "high"]);
  });

  it("requires what the parser requires", () => {
    for (const f of inputs.filter((x) => x.validations?.required)) {
      const body = renderIssueFormBody(
        Object.fromEntries(inputs.map((x) => [x.attributes.label!, x === f ? "" : answer(x)])),
      );
      expect(parseChangeRequest(body).problems.map((p) => p.field)).toContain(f.attributes.label);
    }
  });
});
