import { describe, expect, it } from "vitest";
import {
  changeRequestKey,
  formatChangeRequestRef,
  issueFormSections,
  parseChangeRequest,
  parseChangeRequestLinks,
  parsePlannedTime,
  renderIssueFormBody,
  scanChangeRequestLinks,
} from "./changeRequest";
import { changeRequestFormBody } from "./changeRequest.fixture";

const home = "acme/shop";

describe("parseChangeRequestLinks", () => {
  it.each([
    ["empty text", "", []],
    ["null body", null, []],
    ["no key", "Fixes #12", []],
    ["a local issue", "Change-Request: #123", [{ repository: home, number: 123 }]],
    ["another repository", "Change-Request: org/changes#45", [{ repository: "org/changes", number: 45 }]],
    [
      "key in any case",
      "change-request: #7\nCHANGE-REQUEST: #8",
      [
        { repository: home, number: 7 },
        { repository: home, number: 8 },
      ],
    ],
    ["a space for the dash", "Change Request: #9", [{ repository: home, number: 9 }]],
    [
      "several on one line",
      "Change-Request: #1, org/changes#2 #3",
      [
        { repository: home, number: 1 },
        { repository: "org/changes", number: 2 },
        { repository: home, number: 3 },
      ],
    ],
    [
      "duplicates once",
      "Change-Request: #4\nChange-Request: #4\nchange-request: ACME/shop#4",
      [{ repository: home, number: 4 }],
    ],
    [
      "an issue URL",
      "Change-Request: https://github.com/org/changes/issues/45.",
      [{ repository: "org/changes", number: 45 }],
    ],
    [
      "a GHES issue URL",
      "Change-Request: https://ghe.example.com/org/changes/issues/46",
      [{ repository: "org/changes", number: 46 }],
    ],
    [
      "a commit trailer",
      "fix: thing\n\nBody text.\n\nChange-Request: #5\nSigned-off-by: A <a@b>",
      [{ repository: home, number: 5 }],
    ],
    ["a list item in bold", "- **Change-Request:** #6", [{ repository: home, number: 6 }]],
    ["CRLF line ends", "Intro\r\nChange-Request: #10\r\n", [{ repository: home, number: 10 }]],
  ])("%s", (_name, text, expected) => {
    expect(parseChangeRequestLinks(text, home)).toEqual(expected);
  });

  it.each([
    ["a fenced code block", "```\nChange-Request: #1\n```\nChange-Request: #2"],
    ["a tilde fence", "~~~md\nChange-Request: #1\n~~~\nChange-Request: #2"],
    ["an unclosed fence keeps ignoring", "Change-Request: #2\n```\nChange-Request: #1"],
    ["a quote", "> Change-Request: #1\nChange-Request: #2"],
    ["an HTML comment (PR templates)", "<!-- Change-Request: #1 -->\nChange-Request: #2"],
    ["a multi-line HTML comment", "<!--\nexample:\nChange-Request: #1\n-->\nChange-Request: #2"],
    ["an indented code block", "    Change-Request: #1\nChange-Request: #2"],
    ["the key mid-sentence", "See Change-Request: #1 in prose\nChange-Request: #2"],
  ])("ignores %s", (_name, text) => {
    expect(parseChangeRequestLinks(text, home)).toEqual([{ repository: home, number: 2 }]);
  });

  it("reports a key that names no issue", () => {
    expect(scanChangeRequestLinks("Change-Request: TBD", home)).toEqual({ links: [], unrecognised: ["TBD"] });
    expect(scanChangeRequestLinks("Change-Request: #0", home).links).toEqual([]);
  });

  it("does not read HTML entities or words as references", () => {
    expect(parseChangeRequestLinks("Change-Request: &#39; abc#5", home)).toEqual([]);
  });

  it("keys and formats references", () => {
    expect(changeRequestKey({ repository: "Org/Changes", number: 3 })).toBe("org/changes#3");
    expect(formatChangeRequestRef({ repository: "ACME/shop", number: 3 }, home)).toBe("#3");
    expect(formatChangeRequestRef({ repository: "org/changes", number: 3 }, home)).toBe("org/changes#3");
  });
});

const formBody = (overrides: Record<string, string> = {}) => changeRequestFormBody(overrides);

describe("issueFormSections", () => {
  it("splits on headings, maps _No response_ to empty and ignores headings in code", () => {
    const sections = issueFormSections(
      "### Summary\n\nx\n\n### Back-out plan\n\n```\n### Summary\n```\n\n### Risk\n\n_No response_",
    );
    expect(sections.get("summary")).toBe("x");
    expect(sections.get("backoutplan")).toBe("```\n### Summary\n```");
    expect(sections.get("risk")).toBe("");
  });
});

describe("parseChangeRequest", () => {
  it("reads every field of the form", () => {
    const parsed = parseChangeRequest(
      formBody({ "Planned start": "2026-03-01 22:00", "Planned end": "2026-03-01T23:30:00+01:00" }),
      { timezone: "Europe/Berlin" },
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.fields).toEqual({
      summary: "Add the billing service",
      type: "normal",
      risk: "medium",
      services: ["billing", "checkout"],
      plannedStart: new Date("2026-03-01T21:00:00Z"),
      plannedEnd: new Date("2026-03-01T22:30:00Z"),
      implementationPlan: "1. Deploy\n2. Watch the dashboards",
      backoutPlan: "Redeploy the previous release",
      testEvidence: "CI run 42 passed",
    });
  });

  it("keeps headings people write inside a textarea", () => {
    const parsed = parseChangeRequest(formBody({ "Implementation plan": "### Step 1\n\nDeploy" }));
    expect(parsed.fields?.implementationPlan).toBe("### Step 1\n\nDeploy");
  });

  it("reads a standard change with its template", () => {
    const parsed = parseChangeRequest(
      formBody({ "Change type": "Standard", "Standard change template": "Rotate TLS certificate" }),
    );
    expect(parsed.fields?.type).toBe("standard");
    expect(parsed.fields?.standardChange).toBe("Rotate TLS certificate");
  });

  it.each([
    ["an empty body", "", "body"],
    ["a body without sections", "Please deploy my thing", "body"],
    ["a missing summary", formBody({ Summary: "<omit>" }), "Summary"],
    ["an empty risk", formBody({ Risk: "_No response_" }), "Risk"],
    ["an unknown risk", formBody({ Risk: "Critical" }), "Risk"],
    ["an unknown change type", formBody({ "Change type": "Urgent" }), "Change type"],
    [
      "a standard change without template",
      formBody({ "Change type": "Standard" }),
      "Standard change template",
    ],
    ["an unreadable planned start", formBody({ "Planned start": "next Tuesday" }), "Planned start"],
    ["a date without time", formBody({ "Planned end": "2026-03-01" }), "Planned end"],
    [
      "an end before the start",
      formBody({ "Planned start": "2026-03-02 10:00", "Planned end": "2026-03-02 09:00" }),
      "Planned end",
    ],
    ["an empty back-out plan", formBody({ "Back-out plan": "_No response_" }), "Back-out plan"],
    ["no test evidence", formBody({ "Test evidence": "<omit>" }), "Test evidence"],
  ])("names the field for %s", (_name, body, field) => {
    const parsed = parseChangeRequest(body);
    expect(parsed.fields).toBeUndefined();
    expect(parsed.problems.map((p) => p.field)).toContain(field);
  });
});

describe("parsePlannedTime", () => {
  it.each([
    ["2026-03-01T22:00:00Z", "UTC", "2026-03-01T22:00:00.000Z"],
    ["2026-03-01T22:00+05:30", "UTC", "2026-03-01T16:30:00.000Z"],
    ["`2026-07-01 09:00`", "America/New_York", "2026-07-01T13:00:00.000Z"],
    ["2026-01-01 09:00", "America/New_York", "2026-01-01T14:00:00.000Z"],
    ["2026-12-31 23:30", "Pacific/Kiritimati", "2026-12-31T09:30:00.000Z"],
  ])("%s in %s", (text, zone, iso) => {
    expect(parsePlannedTime(text, zone)).toEqual({ date: new Date(iso) });
  });

  it("refuses a local time skipped by daylight saving", () => {
    const result = parsePlannedTime("2026-03-29 02:30", "Europe/Berlin");
    expect(result).toEqual({ error: expect.stringContaining("does not exist in Europe/Berlin") });
  });

  it("refuses impossible dates and unknown zones", () => {
    expect("error" in parsePlannedTime("2026-02-30 10:00", "UTC")).toBe(true);
    expect("error" in parsePlannedTime("2026-02-01T10:00:00+25:00", "UTC")).toBe(true);
    expect(parsePlannedTime("2026-02-01 10:00", "Mars/Olympus")).toEqual({
      error: expect.stringContaining("not an IANA timezone"),
    });
  });
});

describe("renderIssueFormBody", () => {
  it("renders what the parser reads, empty fields as _No response_", () => {
    const body = renderIssueFormBody({ Summary: "x", Risk: "" });
    expect(body).toBe("### Summary\n\nx\n\n### Risk\n\n_No response_");
    expect(issueFormSections(body).get("risk")).toBe("");
  });
});
