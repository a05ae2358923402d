import { describe, expect, it } from "vitest";
import { parsePolicy } from "../policy";
import type { PlannedChange } from "./plannedChanges";
import { findConflicts, type ScheduleConflict } from "./scheduleConflicts";

const HOME = "acme/shop";

/** A planned change: times as ISO 8601 with an offset (or Z), like the form's answers. */
function change(
  number: number,
  services: string[],
  start: string,
  end: string,
  extra: Partial<PlannedChange> = {},
): PlannedChange {
  return {
    repository: HOME,
    number,
    title: `Change ${number}`,
    url: `https://github.example/${HOME}/issues/${number}`,
    author: "alice",
    assignees: [],
    type: "normal",
    risk: "medium",
    services,
    start: Date.parse(start),
    end: Date.parse(end),
    state: "approved",
    environment: null,
    ...extra,
  };
}

const POLICY = parsePolicy(`version: 1
freeze:
  timezone: Europe/Berlin
  allow-emergency: true
  windows:
    - name: Weekend
      reason: Nobody on call
      start: "0 18 * * FRI"
      end: "0 6 * * MON"
      environments: [production]
    - name: Year end
      from: 2026-12-24T00:00
      to: 2027-01-02T00:00
services:
  - name: checkout
    depends-on: [payments]
    maintenance-windows:
      - name: Nightly
        start: "0 22 * * *"
        end: "0 6 * * *"
  - name: payments
    depends-on: [ledger]
  - name: ledger
  - name: search
  - name: cycle-a
    depends-on: [cycle-b]
  - name: cycle-b
    depends-on: [cycle-a]
  - name: spring
    maintenance-windows:
      - name: Early
        start: "0 2 * * *"
        end: "0 4 * * *"
  - name: chained
    maintenance-windows:
      - name: Evening
        start: "0 18 * * *"
        end: "0 22 * * *"
      - name: Late
        start: "0 22 * * *"
        end: "0 23 * * *"
  - name: staging-only
    maintenance-windows:
      - name: Staging nights
        start: "0 1 * * *"
        end: "0 2 * * *"
        environments: [staging]
`);

/** Changes for staging: the production weekend freeze does not apply (daylight-saving changes fall on Sundays). */
const STAGING = { environment: "staging" };

const conflicts = (...changes: PlannedChange[]) =>
  findConflicts(changes, POLICY, { zone: "Europe/Berlin", home: HOME });

/** What a table row checks: kind, change numbers, service, window, interval (ISO, compared as instants). */
const brief = (c: ScheduleConflict) => ({
  kind: c.kind,
  changes: c.changes.map((x) => x.number),
  service: c.service,
  window: c.window,
  start: new Date(c.start).toISOString(),
  end: new Date(c.end).toISOString(),
});

const iso = (s: string) => new Date(s).toISOString();

describe("overlapping changes", () => {
  it.each([
    [
      "the same service at the same time",
      [
        change(1, ["checkout"], "2026-12-01T22:00+01:00", "2026-12-01T23:00+01:00"),
        change(2, ["checkout"], "2026-12-01T22:30+01:00", "2026-12-02T00:00+01:00"),
      ],
      [
        {
          kind: "overlap",
          changes: [1, 2],
          service: "checkout",
          start: "2026-12-01T22:30+01:00",
          end: "2026-12-01T23:00+01:00",
        },
      ],
    ],
    [
      "windows that touch do not overlap (end is exclusive)",
      [
        change(1, ["checkout"], "2026-12-01T22:00+01:00", "2026-12-01T23:00+01:00"),
        change(2, ["checkout"], "2026-12-01T23:00+01:00", "2026-12-02T00:00+01:00"),
      ],
      [],
    ],
    [
      "one window inside the other",
      [
        change(1, ["search"], "2026-12-01T08:00Z", "2026-12-01T20:00Z"),
        change(2, ["search"], "2026-12-01T10:00Z", "2026-12-01T11:00Z"),
      ],
      [
        {
          kind: "overlap",
          changes: [1, 2],
          service: "search",
          start: "2026-12-01T10:00Z",
          end: "2026-12-01T11:00Z",
        },
      ],
    ],
    [
      "the same instant written in two time zones",
      [
        change(1, ["search"], "2026-12-01T22:00+01:00", "2026-12-01T23:00+01:00"),
        change(2, ["search"], "2026-12-01T16:30-05:00", "2026-12-01T17:30-05:00"),
      ],
      [
        {
          kind: "overlap",
          changes: [1, 2],
          service: "search",
          start: "2026-12-01T22:30+01:00",
          end: "2026-12-01T23:00+01:00",
        },
      ],
    ],
    [
      "the same wall-clock time in two time zones is not the same time",
      [
        change(1, ["search"], "2026-12-01T10:00+01:00", "2026-12-01T11:00+01:00"),
        change(2, ["search"], "2026-12-01T10:30-05:00", "2026-12-01T11:30-05:00"),
      ],
      [],
    ],
    [
      "across the date line: Monday in Auckland is Sunday in Honolulu",
      [
        change(1, ["search"], "2026-12-07T09:00+13:00", "2026-12-07T10:00+13:00", STAGING),
        change(2, ["search"], "2026-12-06T10:30-10:00", "2026-12-06T11:30-10:00", STAGING),
      ],
      [
        {
          kind: "overlap",
          changes: [1, 2],
          service: "search",
          start: "2026-12-06T20:30Z",
          end: "2026-12-06T21:00Z",
        },
      ],
    ],
    [
      "the hour clocks go back twice: the second 02:15 meets a change from the first 02:30",
      [
        change(1, ["search"], "2026-10-25T02:30+02:00", "2026-10-25T03:30+01:00", STAGING),
        change(2, ["search"], "2026-10-25T02:15+01:00", "2026-10-25T02:45+01:00", STAGING),
      ],
      [
        {
          kind: "overlap",
          changes: [1, 2],
          service: "search",
          start: "2026-10-25T02:15+01:00",
          end: "2026-10-25T02:45+01:00",
        },
      ],
    ],
    [
      "across the change back to winter time, windows that touch as instants do not overlap",
      [
        change(1, ["search"], "2026-10-25T01:00+02:00", "2026-10-25T02:00+02:00", STAGING),
        change(2, ["search"], "2026-10-25T01:00+01:00", "2026-10-25T02:00+01:00", STAGING),
      ],
      // 02:00+02:00 is 00:00Z, 01:00+01:00 is 00:00Z.
      [],
    ],
    [
      "different services that do not depend on each other",
      [
        change(1, ["search"], "2026-12-01T10:00Z", "2026-12-01T11:00Z"),
        change(2, ["ledger"], "2026-12-01T10:00Z", "2026-12-01T11:00Z"),
      ],
      [],
    ],
    [
      "a service and one it depends on",
      [
        change(1, ["checkout"], "2026-12-01T22:00+01:00", "2026-12-01T23:00+01:00"),
        change(2, ["payments"], "2026-12-01T22:00+01:00", "2026-12-01T23:00+01:00"),
      ],
      [
        {
          kind: "overlap",
          changes: [1, 2],
          service: "checkout",
          start: "2026-12-01T22:00+01:00",
          end: "2026-12-01T23:00+01:00",
        },
      ],
    ],
    [
      "the other direction: a service and one that depends on it",
      [
        change(1, ["payments"], "2026-12-01T22:00+01:00", "2026-12-01T23:00+01:00"),
        change(2, ["checkout"], "2026-12-01T22:00+01:00", "2026-12-01T23:00+01:00"),
      ],
      [
        {
          kind: "overlap",
          changes: [1, 2],
          service: "payments",
          start: "2026-12-01T22:00+01:00",
          end: "2026-12-01T23:00+01:00",
        },
      ],
    ],
    [
      "a dependency through another service",
      [
        change(1, ["checkout"], "2026-12-01T22:00+01:00", "2026-12-01T23:00+01:00"),
        change(2, ["ledger"], "2026-12-01T22:30+01:00", "2026-12-01T23:30+01:00"),
      ],
      [
        {
          kind: "overlap",
          changes: [1, 2],
          service: "checkout",
          start: "2026-12-01T22:30+01:00",
          end: "2026-12-01T23:00+01:00",
        },
      ],
    ],
    [
      "services that depend on each other in a cycle",
      [
        change(1, ["cycle-b"], "2026-12-01T10:00Z", "2026-12-01T11:00Z"),
        change(2, ["cycle-a"], "2026-12-01T10:00Z", "2026-12-01T11:00Z"),
      ],
      [
        {
          kind: "overlap",
          changes: [1, 2],
          service: "cycle-b",
          start: "2026-12-01T10:00Z",
          end: "2026-12-01T11:00Z",
        },
      ],
    ],
    [
      "service names compared whatever their case, also names the policy does not list",
      [
        change(1, ["Mobile App"], "2026-12-01T10:00Z", "2026-12-01T11:00Z"),
        change(2, ["mobile app"], "2026-12-01T10:00Z", "2026-12-01T11:00Z"),
      ],
      [
        {
          kind: "overlap",
          changes: [1, 2],
          service: "Mobile App",
          start: "2026-12-01T10:00Z",
          end: "2026-12-01T11:00Z",
        },
      ],
    ],
  ])("%s", (_, changes, expected) => {
    expect(conflicts(...(changes as PlannedChange[])).map(brief)).toEqual(
      (expected as { start: string; end: string }[]).map((e) => ({
        window: null,
        ...e,
        start: iso(e.start),
        end: iso(e.end),
      })),
    );
  });

  it("says which changes, which services and when, in words", () => {
    const [dependency] = conflicts(
      change(12, ["checkout"], "2026-12-01T22:00+01:00", "2026-12-01T23:00+01:00"),
      change(15, ["ledger"], "2026-12-01T22:30+01:00", "2026-12-01T23:30+01:00", {
        repository: "acme/changes",
      }),
    );
    expect(dependency?.message).toBe(
      '#12 changes "checkout", which depends on "ledger" (through "payments"), changed by acme/changes#15 from Tue 2026-12-01 22:30 (UTC+01:00) to Tue 2026-12-01 23:00 (UTC+01:00).',
    );
    const [reverse] = conflicts(
      change(3, ["payments"], "2026-12-01T22:00+01:00", "2026-12-01T23:00+01:00"),
      change(4, ["checkout"], "2026-12-01T22:00+01:00", "2026-12-01T23:00+01:00"),
    );
    expect(reverse?.message).toBe(
      '#3 changes "payments", which "checkout" depends on, and #4 changes "checkout" from Tue 2026-12-01 22:00 (UTC+01:00) to Tue 2026-12-01 23:00 (UTC+01:00).',
    );
    const [same] = conflicts(
      change(5, ["search", "checkout"], "2026-12-02T22:00+01:00", "2026-12-02T23:00+01:00"),
      change(6, ["checkout", "search"], "2026-12-02T22:00+01:00", "2026-12-02T23:00+01:00"),
    );
    expect(same?.message).toBe(
      '#5 and #6 both change "search" and "checkout" from Wed 2026-12-02 22:00 (UTC+01:00) to Wed 2026-12-02 23:00 (UTC+01:00).',
    );
  });
});

describe("the same assignee on overlapping changes", () => {
  it.each([
    [
      "one person on two overlapping changes of unrelated services",
      [
        change(1, ["search"], "2026-12-01T10:00Z", "2026-12-01T12:00Z", { assignees: ["dana"] }),
        change(2, ["ledger"], "2026-12-01T11:00Z", "2026-12-01T13:00Z", { assignees: ["Dana", "eve"] }),
      ],
      [{ kind: "assignee", changes: [1, 2], start: "2026-12-01T11:00Z", end: "2026-12-01T12:00Z" }],
    ],
    [
      "one after the other: no conflict",
      [
        change(1, ["search"], "2026-12-01T10:00Z", "2026-12-01T12:00Z", { assignees: ["dana"] }),
        change(2, ["ledger"], "2026-12-01T12:00Z", "2026-12-01T13:00Z", { assignees: ["dana"] }),
      ],
      [],
    ],
    [
      "different people",
      [
        change(1, ["search"], "2026-12-01T10:00Z", "2026-12-01T12:00Z", { assignees: ["dana"] }),
        change(2, ["ledger"], "2026-12-01T10:00Z", "2026-12-01T12:00Z", { assignees: ["eve"] }),
      ],
      [],
    ],
  ])("%s", (_, changes, expected) => {
    expect(conflicts(...(changes as PlannedChange[])).map(brief)).toEqual(
      (expected as { start: string; end: string }[]).map((e) => ({
        service: null,
        window: null,
        ...e,
        start: iso(e.start),
        end: iso(e.end),
      })),
    );
  });

  it("names the people and both changes", () => {
    const found = conflicts(
      change(1, ["search"], "2026-12-01T10:00Z", "2026-12-01T12:00Z", { assignees: ["dana", "eve"] }),
      change(2, ["search"], "2026-12-01T11:00Z", "2026-12-01T13:00Z", { assignees: ["eve", "dana"] }),
    );
    expect(found.map((c) => c.kind)).toEqual(["overlap", "assignee"]);
    expect(found[1]?.message).toBe(
      "@dana and @eve are assigned to both #1 and #2, which overlap from Tue 2026-12-01 12:00 (UTC+01:00) to Tue 2026-12-01 13:00 (UTC+01:00).",
    );
  });
});

describe("changes inside a freeze", () => {
  it.each([
    [
      "a change crossing the start of the weekend freeze",
      change(1, ["search"], "2026-12-04T17:00+01:00", "2026-12-04T19:00+01:00"),
      [{ window: "Weekend", start: "2026-12-04T18:00+01:00", end: "2026-12-04T19:00+01:00" }],
    ],
    [
      "a change ending as the freeze starts",
      change(1, ["search"], "2026-12-04T17:00+01:00", "2026-12-04T18:00+01:00"),
      [],
    ],
    [
      "a change starting as the freeze ends",
      change(1, ["search"], "2026-12-07T06:00+01:00", "2026-12-07T08:00+01:00"),
      [],
    ],
    [
      "a change over two weekends and the year end",
      change(1, ["search"], "2026-12-18T12:00+01:00", "2026-12-28T12:00+01:00"),
      [
        { window: "Weekend", start: "2026-12-18T18:00+01:00", end: "2026-12-21T06:00+01:00" },
        { window: "Year end", start: "2026-12-24T00:00+01:00", end: "2026-12-28T12:00+01:00" },
        { window: "Weekend", start: "2026-12-25T18:00+01:00", end: "2026-12-28T06:00+01:00" },
      ],
    ],
    [
      "a freeze written in Berlin meets a change written in New York",
      change(1, ["search"], "2026-12-04T11:00-05:00", "2026-12-04T13:00-05:00"),
      [{ window: "Weekend", start: "2026-12-04T18:00+01:00", end: "2026-12-04T19:00+01:00" }],
    ],
    [
      "the weekend freeze across the change to summer time (Monday 06:00 is then +02:00)",
      change(1, ["search"], "2026-03-30T03:00+02:00", "2026-03-30T07:00+02:00"),
      [{ window: "Weekend", start: "2026-03-30T03:00+02:00", end: "2026-03-30T06:00+02:00" }],
    ],
    [
      "an emergency change when the policy lets emergency changes pass freezes",
      change(1, ["search"], "2026-12-05T10:00+01:00", "2026-12-05T11:00+01:00", { type: "emergency" }),
      [],
    ],
    [
      "a change for staging is not in the production weekend freeze",
      change(1, ["search"], "2026-12-05T10:00+01:00", "2026-12-05T11:00+01:00", { environment: "staging" }),
      [],
    ],
  ])("%s", (_, c, expected) => {
    expect(conflicts(c as PlannedChange).map(brief)).toEqual(
      (expected as { window: string; start: string; end: string }[]).map((e) => ({
        kind: "freeze",
        changes: [1],
        service: null,
        ...e,
        start: iso(e.start),
        end: iso(e.end),
      })),
    );
  });

  it("names the window, its scope and reason, and the interval", () => {
    const [found] = conflicts(change(7, ["search"], "2026-12-04T17:00+01:00", "2026-12-04T19:00+01:00"));
    expect(found?.message).toBe(
      '#7 is planned inside the freeze "Weekend" for production (Nobody on call) from Fri 2026-12-04 18:00 (UTC+01:00) to Fri 2026-12-04 19:00 (UTC+01:00).',
    );
  });

  it("an emergency change meets the freeze when the policy does not let it pass", () => {
    const strict = parsePolicy(
      'version: 1\nfreeze:\n  windows:\n    - name: All week\n      start: "0 0 * * MON"\n      end: "0 0 * * SAT"\n',
    );
    const found = findConflicts(
      [change(1, ["x"], "2026-12-01T10:00Z", "2026-12-01T11:00Z", { type: "emergency" })],
      strict,
      { zone: "UTC", home: HOME },
    );
    expect(found.map((c) => c.kind)).toEqual(["freeze"]);
  });
});

describe("changes outside their services' maintenance windows", () => {
  it.each([
    [
      "inside the nightly window",
      change(1, ["checkout"], "2026-12-01T23:00+01:00", "2026-12-02T02:00+01:00"),
      [],
    ],
    [
      "exactly the nightly window",
      change(1, ["checkout"], "2026-12-01T22:00+01:00", "2026-12-02T06:00+01:00"),
      [],
    ],
    [
      "starting before it opens",
      change(1, ["checkout"], "2026-12-01T21:00+01:00", "2026-12-01T23:00+01:00"),
      [
        {
          service: "checkout",
          window: "Nightly",
          start: "2026-12-01T21:00+01:00",
          end: "2026-12-01T22:00+01:00",
        },
      ],
    ],
    [
      "running on after it closes",
      change(1, ["checkout"], "2026-12-02T05:00+01:00", "2026-12-02T07:00+01:00"),
      [
        {
          service: "checkout",
          window: "Nightly",
          start: "2026-12-02T06:00+01:00",
          end: "2026-12-02T07:00+01:00",
        },
      ],
    ],
    [
      "across two nights, the day between is outside",
      change(1, ["checkout"], "2026-12-01T23:00+01:00", "2026-12-02T23:00+01:00"),
      [{ service: "checkout", window: null, start: "2026-12-02T06:00+01:00", end: "2026-12-02T22:00+01:00" }],
    ],
    [
      "two windows back to back cover it together",
      change(1, ["chained"], "2026-12-01T19:00+01:00", "2026-12-01T22:30+01:00"),
      [],
    ],
    [
      "the night the clocks skip 02:00, the window opens at 03:00 summer time",
      change(1, ["spring"], "2026-03-29T03:00+02:00", "2026-03-29T04:00+02:00", STAGING),
      [],
    ],
    [
      "the hour that does not exist is not a maintenance hour",
      change(1, ["spring"], "2026-03-29T01:30+01:00", "2026-03-29T03:30+02:00", STAGING),
      [
        {
          service: "spring",
          window: "Early",
          start: "2026-03-29T01:30+01:00",
          end: "2026-03-29T03:00+02:00",
        },
      ],
    ],
    [
      "a service without maintenance windows can change at any time",
      change(1, ["search"], "2026-12-01T12:00+01:00", "2026-12-01T13:00+01:00"),
      [],
    ],
    [
      "maintenance windows for another environment do not apply",
      change(1, ["staging-only"], "2026-12-01T12:00+01:00", "2026-12-01T13:00+01:00", {
        environment: "production",
      }),
      [],
    ],
  ])("%s", (_, c, expected) => {
    expect(conflicts(c as PlannedChange).map(brief)).toEqual(
      (expected as { service: string; window: string; start: string; end: string }[]).map((e) => ({
        kind: "maintenance",
        changes: [1],
        ...e,
        start: iso(e.start),
        end: iso(e.end),
      })),
    );
  });

  it("says when the service may be changed instead", () => {
    const [found] = conflicts(change(9, ["checkout"], "2026-12-01T21:00+01:00", "2026-12-01T23:00+01:00"));
    expect(found?.message).toBe(
      '#9 is planned outside the maintenance windows of "checkout" ("Nightly") from Tue 2026-12-01 21:00 (UTC+01:00) to Tue 2026-12-01 22:00 (UTC+01:00). The first of its maintenance windows long enough from the planned start: "Nightly" from Tue 2026-12-01 22:00 (UTC+01:00).',
    );
    const [long] = conflicts(change(10, ["checkout"], "2026-12-01T12:00+01:00", "2026-12-02T12:00+01:00"));
    expect(long?.message).toMatch(
      /\(2 stretches\)\. None of its maintenance windows in the next 366 days is long enough for it\.$/,
    );
  });
});

/** The conflicts found by comparing every pair: what the sweep must agree with. */
function everyPair(changes: PlannedChange[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < changes.length; i++) {
    for (let j = i + 1; j < changes.length; j++) {
      const a = changes[i]!;
      const b = changes[j]!;
      if (Math.min(a.end, b.end) <= Math.max(a.start, b.start)) continue;
      const [x, y] = a.number < b.number ? [a, b] : [b, a];
      if (x.services.some((s) => y.services.includes(s))) found.push(`overlap ${x.number} ${y.number}`);
      if (x.assignees.some((s) => y.assignees.includes(s))) found.push(`assignee ${x.number} ${y.number}`);
    }
  }
  return found.sort();
}

describe("a thousand open change requests", () => {
  it("finds every conflict among 1,000 changes, as comparing every pair does, in one pass", () => {
    // 1,000 changes over six weeks on 40 services, 1 to 4 hours long, 25 people; deterministic.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const base = Date.parse("2026-12-01T00:00Z");
    const changes = Array.from({ length: 1000 }, (_, i) => {
      const start = base + random(42 * 24) * 3_600_000;
      return change(
        i + 1,
        [`svc-${random(40)}`],
        new Date(start).toISOString(),
        new Date(start + (1 + random(4)) * 3_600_000).toISOString(),
        {
          assignees: [`person-${random(25)}`],
        },
      );
    });
    const plain = { services: [], freeze: POLICY.freeze };
    const started = performance.now();
    const found = findConflicts(
      changes,
      { ...plain, freeze: { ...plain.freeze, windows: [] } },
      { zone: "UTC", home: HOME },
    );
    const ms = performance.now() - started;
    const pairs = found.map((c) => {
      const [x, y] = c.changes.map((l) => l.number).sort((p, q) => p - q);
      return `${c.kind} ${x} ${y}`;
    });
    expect(pairs.sort()).toEqual(everyPair(changes));
    expect(found.length).toBeGreaterThan(50);
    // Generous: the sweep takes a few milliseconds; comparing messages makes the rest.
    expect(ms).toBeLessThan(2000);
  });
});
