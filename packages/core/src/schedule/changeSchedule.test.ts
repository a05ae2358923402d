import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { changeRequestFormBody } from "../change/changeRequest.fixture";
import { parsePolicy } from "../policy";
import { buildChangeSchedule, conflictsOf, entryOf, scheduleJson } from "./changeSchedule";
import {
  ISSUE_BODY_LIMIT,
  renderConflictComment,
  renderScheduleGantt,
  renderScheduleIcs,
  renderScheduleMarkdown,
  scheduleCommentMarker,
  scheduleMarker,
} from "./changeScheduleMarkdown";
import type { ScheduledIssue } from "./plannedChanges";

const HOME = "acme/shop";
const NOW = new Date("2026-11-30T09:00:00Z");

const POLICY = parsePolicy(`version: 1
approvals:
  approvers:
    users: [carol, dan]
  standard-changes: [{ name: Rotate certificate, services: [checkout] }]
freeze:
  timezone: Europe/Berlin
  windows:
    - name: Year end
      from: 2026-12-24T00:00
      to: 2027-01-02T00:00
services:
  - name: checkout
    depends-on: [payments]
  - name: payments
`);

interface IssueOptions {
  services?: string;
  start?: string;
  end?: string;
  type?: string;
  template?: string;
  comments?: { author: string; body: string; createdAt?: string }[];
  labels?: string[];
  assignees?: string[];
  title?: string;
  state?: "open" | "closed";
  author?: string;
}

function issue(number: number, o: IssueOptions = {}): ScheduledIssue {
  return {
    repository: HOME,
    number,
    id: `I_${number}`,
    title: o.title ?? `Change ${number}`,
    url: `https://github.example/${HOME}/issues/${number}`,
    body: changeRequestFormBody({
      "Services affected": o.services ?? "checkout",
      "Planned start": o.start ?? "2026-12-01 22:00",
      "Planned end": o.end ?? "2026-12-01 23:00",
      "Change type": o.type ?? "Normal",
      "Standard change template": o.template ?? "",
    }),
    author: o.author ?? "alice",
    state: o.state ?? "open",
    labels: ["change-request", ...(o.labels ?? [])],
    createdAt: "2026-11-20T08:00:00Z",
    bodyEditedAt: null,
    comments: (o.comments ?? []).map((c) => ({
      author: c.author,
      body: c.body,
      createdAt: c.createdAt ?? "2026-11-21T08:00:00Z",
    })),
    labelEvents: [],
    assignees: o.assignees ?? [],
  };
}

const build = (issues: ScheduledIssue[], days = 28, from?: Date) =>
  buildChangeSchedule(issues, POLICY, { now: NOW, days, repository: HOME, ...(from ? { from } : {}) });

describe("placing change requests on the schedule", () => {
  it.each([
    [
      "approved by an approver",
      issue(1, { comments: [{ author: "carol", body: "/approve" }] }),
      "approved",
      true,
    ],
    [
      "approved by its own author: pending",
      issue(2, { author: "carol", comments: [{ author: "carol", body: "/approve" }] }),
      "pending",
      true,
    ],
    [
      "approved by someone who is not an approver: pending",
      issue(3, { comments: [{ author: "mallory", body: "/approve" }] }),
      "pending",
      true,
    ],
    [
      "labelled approved by someone who is not an approver: pending",
      issue(4, { labels: ["change/approved"] }),
      "pending",
      true,
    ],
    [
      "a pre-approved standard change",
      issue(5, { type: "Standard", template: "Rotate certificate" }),
      "approved",
      true,
    ],
    [
      "rejected by an approver: left out",
      issue(6, { comments: [{ author: "dan", body: "/reject" }] }),
      "rejected",
      false,
    ],
    [
      "a /reject by someone else does not take it off",
      issue(7, { comments: [{ author: "mallory", body: "/reject" }] }),
      "pending",
      true,
    ],
    ["implemented: left out", issue(8, { labels: ["change/implemented"] }), "done", false],
    ["without a planned window: not placed", issue(9, { start: "", end: "" }), "pending", false],
  ])("%s", (_, cr, status, placed) => {
    const entry = build([cr])!.entries[0]!;
    expect(entry.status).toBe(status);
    expect(entry.change !== undefined).toBe(placed);
  });

  it("reads planned times without an offset in the policy's zone, on both sides of a daylight-saving change", () => {
    const s = build(
      [
        issue(1, { start: "2026-10-24 22:00", end: "2026-10-25 04:00" }),
        issue(2, { start: "2026-03-28 22:00", end: "2026-03-29 04:00" }),
      ],
      400,
      new Date("2026-01-01T00:00:00Z"),
    );
    const [spring, autumn] = s.changes;
    expect(new Date(autumn!.start).toISOString()).toBe("2026-10-24T20:00:00.000Z");
    expect(autumn!.end - autumn!.start).toBe(7 * 3_600_000); // the clocks go back: 7 hours
    expect(spring!.end - spring!.start).toBe(5 * 3_600_000); // the clocks go forward: 5 hours
  });

  it("names a service the policy does not list, with the closest one", () => {
    const entry = build([issue(1, { services: "checkout, paymnets" })]).entries[0]!;
    expect(entry.problems).toEqual([
      '"Services affected" names "paymnets", which is not a service in the policy: did you mean "payments"?',
    ]);
    expect(entry.change?.services).toEqual(["checkout", "paymnets"]);
  });

  it("says why a change request without a planned window is not on the schedule", () => {
    const entry = build([issue(1, { end: "" })]).entries[0]!;
    expect(entry.problems).toEqual([
      'it has no "Planned end", so it cannot be placed on the schedule or checked for conflicts',
    ]);
  });

  it("keeps a change request whose form cannot be read off the schedule, saying which field", () => {
    const broken = { ...issue(1), body: "just text" };
    const entry = build([broken]).entries[0]!;
    expect(entry.status).toBe("unreadable");
    expect(entry.problems[0]).toMatch(/form field "body" cannot be read/);
  });
});

describe("the schedule", () => {
  const issues = [
    issue(12, {
      title: "Checkout v2",
      comments: [{ author: "carol", body: "/approve" }],
      assignees: ["dana"],
    }),
    issue(15, {
      title: "Payments | provider",
      services: "payments",
      start: "2026-12-01 22:30",
      end: "2026-12-02 00:00",
    }),
    issue(16, {
      title: "Late change",
      services: "payments",
      start: "2026-12-23 20:00",
      end: "2026-12-24 02:00",
    }),
    issue(17, { title: "Old change", start: "2026-11-01 10:00", end: "2026-11-01 11:00" }),
    issue(18, { title: "Far ahead", start: "2027-03-01 10:00", end: "2027-03-01 11:00" }),
  ];
  const schedule = build(issues);

  it("prints exactly the JSON of the contract, cut to the horizon", () => {
    expect(scheduleJson(schedule)).toEqual({
      changes: [
        {
          repository: HOME,
          number: 12,
          title: "Checkout v2",
          type: "normal",
          risk: "medium",
          services: ["checkout"],
          start: "2026-12-01T22:00:00+01:00",
          end: "2026-12-01T23:00:00+01:00",
          state: "approved",
        },
        {
          repository: HOME,
          number: 15,
          title: "Payments | provider",
          type: "normal",
          risk: "medium",
          services: ["payments"],
          start: "2026-12-01T22:30:00+01:00",
          end: "2026-12-02T00:00:00+01:00",
          state: "pending",
        },
        {
          repository: HOME,
          number: 16,
          title: "Late change",
          type: "normal",
          risk: "medium",
          services: ["payments"],
          start: "2026-12-23T20:00:00+01:00",
          end: "2026-12-24T02:00:00+01:00",
          state: "pending",
        },
      ],
      freezes: [
        {
          name: "Year end",
          start: "2026-12-24T00:00:00+01:00",
          end: "2027-01-02T00:00:00+01:00",
          environments: [],
        },
      ],
      conflicts: [
        {
          kind: "overlap",
          changes: [12, 15],
          service: "checkout",
          window: null,
          start: "2026-12-01T22:30:00+01:00",
          end: "2026-12-01T23:00:00+01:00",
          message:
            '#12 changes "checkout", which depends on "payments", changed by #15 from Tue 2026-12-01 22:30 (UTC+01:00) to Tue 2026-12-01 23:00 (UTC+01:00).',
        },
        {
          kind: "freeze",
          changes: [16],
          service: null,
          window: "Year end",
          start: "2026-12-24T00:00:00+01:00",
          end: "2026-12-24T02:00:00+01:00",
          message:
            '#16 is planned inside the freeze "Year end" from Thu 2026-12-24 00:00 (UTC+01:00) to Thu 2026-12-24 02:00 (UTC+01:00).',
        },
      ],
    });
  });

  it("gives each change request its own conflicts, and a change outside the horizon still its conflicts", () => {
    expect(conflictsOf(schedule, { repository: "ACME/Shop", number: 15 }).map((c) => c.kind)).toEqual([
      "overlap",
    ]);
    expect(conflictsOf(schedule, { repository: HOME, number: 18 })).toEqual([]);
    expect(entryOf(schedule, { repository: HOME, number: 17 })?.change).toBeDefined();
  });

  it("renders the issue: marker, conflicts first, the table with escaped titles, a Gantt chart per service with the freezes", () => {
    const body = renderScheduleMarkdown(schedule);
    expect(
      body.startsWith(`${scheduleMarker(HOME)}\n## ⚠️ 2 conflicts in the forward schedule of change`),
    ).toBe(true);
    expect(body).toContain(
      "3 changes planned Mon 2026-11-30 10:00 (UTC+01:00) → Mon 2026-12-28 10:00 (UTC+01:00)",
    );
    expect(body.indexOf("### Conflicts")).toBeLessThan(body.indexOf("### Changes"));
    expect(body).toContain("[#15](https://github.example/acme/shop/issues/15) Payments \\| provider");
    expect(body).toContain("```mermaid\ngantt\n");
    expect(body).toContain(
      "    section checkout\n    CR 12 Checkout v2 :crit, active, 2026-12-01 22:00, 2026-12-01 23:00",
    );
    expect(body).toContain("    CR 15 Payments | provider :crit, 2026-12-01 22:30, 2026-12-02 00:00");
    expect(body).toContain(
      "    section Freezes, all environments\n    Year end :crit, 2026-12-24 00:00, 2026-12-28 10:00",
    );
    expect(body).not.toContain("Far ahead");
  });

  it("renders the same body twice (so an unchanged schedule writes nothing)", () => {
    expect(renderScheduleMarkdown(build(issues))).toBe(renderScheduleMarkdown(schedule));
  });

  it("keeps a comment on a change request with its conflicts, and says when they are resolved", () => {
    const entry = entryOf(schedule, { repository: HOME, number: 12 })!;
    const comment = renderConflictComment(schedule, entry, {
      issue: { number: 40, url: "https://github.example/acme/shop/issues/40" },
    });
    expect(comment.split("\n").slice(0, 5)).toEqual([
      scheduleCommentMarker(entry),
      "### ⚠️ 1 conflict in the forward schedule of change",
      "",
      "Planned Tue 2026-12-01 22:00 (UTC+01:00) → Tue 2026-12-01 23:00 (UTC+01:00), services checkout.",
      "",
    ]);
    expect(comment).toContain(
      '- **Overlap**: \\#12 changes "checkout", which depends on "payments", changed by #15',
    );
    expect(comment).toContain("[#40](https://github.example/acme/shop/issues/40)");
    const resolved = build([issues[0]!]);
    const after = renderConflictComment(resolved, entryOf(resolved, entry)!);
    expect(after).toContain("### ✅ No conflicts in the forward schedule of change");
    expect(after).toContain("resolved");
  });

  it("writes one calendar with the changes and the freezes, which ical.js reads back", () => {
    const ics = renderScheduleIcs(schedule, { now: NOW });
    const events = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual([
      "Change: #12 Checkout v2",
      "Change (pending): #15 Payments | provider",
      "Change (pending): #16 Late change",
      "Freeze: Year end",
    ]);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe("2026-12-01T21:00:00.000Z");
    expect(events[0]!.uid).toBe("change-acme-shop-12@acme/shop");
    expect(events[1]!.description).toContain("Conflict: #12 changes");
  });
});

describe("a thousand open change requests", () => {
  const many = Array.from({ length: 1000 }, (_, i) => {
    const day = 1 + (i % 27);
    const hour = 8 + (i % 10);
    return issue(i + 1, {
      title: `Change ${i + 1} with a long enough title to fill the table`,
      services: ["checkout", "payments", `svc-${i % 50}`][i % 3],
      start: `2026-12-${String(day).padStart(2, "0")} ${String(hour).padStart(2, "0")}:00`,
      end: `2026-12-${String(day).padStart(2, "0")} ${String(hour + 1).padStart(2, "0")}:00`,
      assignees: [`person-${i % 40}`],
    });
  });
  const schedule = build(many, 28, new Date("2026-12-01T00:00:00+01:00"));

  it("fits the issue's 65,536 characters, saying how many rows are not shown", () => {
    expect(schedule.changes).toHaveLength(1000);
    const body = renderScheduleMarkdown(schedule);
    expect(body.length).toBeLessThanOrEqual(ISSUE_BODY_LIMIT);
    expect(body).toMatch(/_\d+ changes more not shown here\._/);
    expect(body).toMatch(/_\d+ conflicts more not shown here\._/);
    expect(body).toContain("```mermaid");
  });

  it("draws at most 120 bars, saying how many are not drawn", () => {
    expect(renderScheduleGantt(schedule)).toMatch(
      /_The chart shows 120 bars; \d+ bars more are not drawn\._$/,
    );
  });
});
