import { describe, expect, it } from "vitest";
import { checkFreezePolicy, type FreezePolicy, parseFreezePolicy } from "../policy/sections/freeze";
import { assessFreeze } from "./freezeWindow";

function policy(raw: Record<string, unknown>): FreezePolicy {
  const parsed = parseFreezePolicy(raw);
  const problems = checkFreezePolicy(parsed, raw);
  if (problems.length) throw new Error(JSON.stringify(problems));
  return parsed;
}

type Expect = {
  frozen: boolean;
  window?: string | null;
  endsAt?: string | null;
  nextWindow?: string | null;
  nextStartsAt?: string | null;
  windows?: string[];
  blockedByRunway?: boolean;
};

interface Case {
  name: string;
  freeze: Record<string, unknown>;
  now: string;
  environment?: string;
  runway?: number;
  expect: Expect;
}

const nightly = {
  timezone: "Europe/Berlin",
  windows: [{ name: "Night", start: "0 22 * * *", end: "0 6 * * *" }],
};
const weekendNy = {
  timezone: "America/New_York",
  windows: [{ name: "Weekend", start: "0 18 * * FRI", end: "0 6 * * MON" }],
};
const yearEndKiritimati = {
  timezone: "Pacific/Kiritimati",
  windows: [{ name: "Year end", start: "0 0 24 DEC *", end: "0 0 2 JAN *" }],
};
const scoped = {
  windows: [
    { name: "Prod release train", start: "0 12 * * *", end: "0 14 * * *", environments: ["production"] },
  ],
};
const overlapping = {
  timezone: "Europe/London",
  windows: [
    { name: "Peak", from: "2026-12-20T00:00", to: "2026-12-27T00:00" },
    { name: "Holidays", from: "2026-12-24T00:00", to: "2027-01-03T00:00" },
    { name: "Audit", from: "2027-01-03T10:30", to: "2027-01-03T12:00" },
  ],
};

const cases: Case[] = [
  // Spanning midnight (start inclusive, end exclusive)
  {
    name: "night window: 21:59 local is open",
    freeze: nightly,
    now: "2026-11-10T20:59:00Z",
    expect: { frozen: false, nextWindow: "Night", nextStartsAt: "2026-11-10T22:00:00+01:00" },
  },
  {
    name: "night window: 22:00 local is frozen (start inclusive)",
    freeze: nightly,
    now: "2026-11-10T21:00:00Z",
    expect: { frozen: true, window: "Night", endsAt: "2026-11-11T06:00:00+01:00" },
  },
  {
    name: "night window: after midnight still frozen",
    freeze: nightly,
    now: "2026-11-11T04:59:59Z",
    expect: {
      frozen: true,
      window: "Night",
      endsAt: "2026-11-11T06:00:00+01:00",
      nextStartsAt: "2026-11-11T22:00:00+01:00",
    },
  },
  {
    name: "night window: 06:00 local is open (end exclusive)",
    freeze: nightly,
    now: "2026-11-11T05:00:00Z",
    expect: { frozen: false, nextStartsAt: "2026-11-11T22:00:00+01:00" },
  },
  // Weekends, across the American fall-back
  {
    name: "weekend New York: Saturday is frozen",
    freeze: weekendNy,
    now: "2026-11-07T17:00:00Z",
    expect: { frozen: true, window: "Weekend", endsAt: "2026-11-09T06:00:00-05:00" },
  },
  {
    name: "weekend New York across fall-back: started in EDT, ends in EST",
    freeze: weekendNy,
    now: "2026-11-01T12:00:00Z",
    expect: {
      frozen: true,
      endsAt: "2026-11-02T06:00:00-05:00",
      nextStartsAt: "2026-11-06T18:00:00-05:00",
    },
  },
  {
    name: "weekend New York: Friday 17:59 EDT is open",
    freeze: weekendNy,
    now: "2026-10-30T21:59:00Z",
    expect: { frozen: false, nextStartsAt: "2026-10-30T18:00:00-04:00" },
  },
  // Year end at UTC+14
  {
    name: "Kiritimati: 23:59 on 23 December local is open",
    freeze: yearEndKiritimati,
    now: "2026-12-23T09:59:00Z",
    expect: { frozen: false, nextStartsAt: "2026-12-24T00:00:00+14:00" },
  },
  {
    name: "Kiritimati: 24 December local starts while it is still the 23rd in UTC",
    freeze: yearEndKiritimati,
    now: "2026-12-23T10:00:00Z",
    expect: { frozen: true, endsAt: "2027-01-02T00:00:00+14:00" },
  },
  {
    name: "Kiritimati: New Year's Day local, across the year end",
    freeze: yearEndKiritimati,
    now: "2026-12-31T10:00:00Z",
    expect: { frozen: true, endsAt: "2027-01-02T00:00:00+14:00", nextStartsAt: "2027-12-24T00:00:00+14:00" },
  },
  {
    name: "Kiritimati: 2 January local is open",
    freeze: yearEndKiritimati,
    now: "2027-01-01T10:00:00Z",
    expect: { frozen: false, nextStartsAt: "2027-12-24T00:00:00+14:00" },
  },
  // Spring forward: a start in the gap fires at the change
  {
    name: "Berlin spring forward: 01:59 local, the start at 02:30 does not exist",
    freeze: {
      timezone: "Europe/Berlin",
      windows: [{ name: "Maint", start: "30 2 * * SUN", end: "0 4 * * SUN" }],
    },
    now: "2026-03-29T00:59:00Z",
    expect: { frozen: false, nextStartsAt: "2026-03-29T03:00:00+02:00" },
  },
  {
    name: "Berlin spring forward: 03:00 CEST is frozen",
    freeze: {
      timezone: "Europe/Berlin",
      windows: [{ name: "Maint", start: "30 2 * * SUN", end: "0 4 * * SUN" }],
    },
    now: "2026-03-29T01:00:00Z",
    expect: { frozen: true, endsAt: "2026-03-29T04:00:00+02:00" },
  },
  {
    name: "London spring forward: 01:30 fires at 02:00 BST",
    freeze: {
      timezone: "Europe/London",
      windows: [{ name: "Maint", start: "30 1 * * *", end: "0 3 * * *" }],
    },
    now: "2026-03-29T01:00:00Z",
    expect: { frozen: true, endsAt: "2026-03-29T03:00:00+01:00" },
  },
  {
    name: "London spring forward: 00:59 GMT before it is open",
    freeze: {
      timezone: "Europe/London",
      windows: [{ name: "Maint", start: "30 1 * * *", end: "0 3 * * *" }],
    },
    now: "2026-03-29T00:59:00Z",
    expect: { frozen: false, nextStartsAt: "2026-03-29T02:00:00+01:00" },
  },
  {
    name: "New York spring forward: 02:00 start fires at 03:00 EDT",
    freeze: {
      timezone: "America/New_York",
      windows: [{ name: "Maint", start: "0 2 * * SUN", end: "0 5 * * SUN" }],
    },
    now: "2026-03-08T06:59:00Z",
    expect: { frozen: false, nextStartsAt: "2026-03-08T03:00:00-04:00" },
  },
  {
    name: "New York spring forward: 03:00 EDT is frozen",
    freeze: {
      timezone: "America/New_York",
      windows: [{ name: "Maint", start: "0 2 * * SUN", end: "0 5 * * SUN" }],
    },
    now: "2026-03-08T07:00:00Z",
    expect: { frozen: true, endsAt: "2026-03-08T05:00:00-04:00" },
  },
  // Fall back: the repeated hour, start at its first occurrence
  {
    name: "Berlin fall back: 02:29 CEST is open",
    freeze: {
      timezone: "Europe/Berlin",
      windows: [{ name: "Maint", start: "30 2 * * SUN", end: "0 3 * * SUN" }],
    },
    now: "2026-10-25T00:29:00Z",
    expect: { frozen: false, nextStartsAt: "2026-10-25T02:30:00+02:00" },
  },
  {
    name: "Berlin fall back: 02:45 CET (second pass) is still frozen until 03:00 CET",
    freeze: {
      timezone: "Europe/Berlin",
      windows: [{ name: "Maint", start: "30 2 * * SUN", end: "0 3 * * SUN" }],
    },
    now: "2026-10-25T01:45:00Z",
    expect: { frozen: true, endsAt: "2026-10-25T03:00:00+01:00" },
  },
  {
    name: "Berlin fall back: 03:00 CET is open",
    freeze: {
      timezone: "Europe/Berlin",
      windows: [{ name: "Maint", start: "30 2 * * SUN", end: "0 3 * * SUN" }],
    },
    now: "2026-10-25T02:00:00Z",
    expect: { frozen: false },
  },
  {
    name: "New York fall back: 01:30 EST (second pass) is frozen until 02:00 EST",
    freeze: {
      timezone: "America/New_York",
      windows: [{ name: "Maint", start: "30 1 * * SUN", end: "0 2 * * SUN" }],
    },
    now: "2026-11-01T06:30:00Z",
    expect: { frozen: true, endsAt: "2026-11-01T02:00:00-05:00" },
  },
  {
    name: "New York fall back: 01:29 EDT is open, the start is the first 01:30",
    freeze: {
      timezone: "America/New_York",
      windows: [{ name: "Maint", start: "30 1 * * SUN", end: "0 2 * * SUN" }],
    },
    now: "2026-11-01T05:29:00Z",
    expect: { frozen: false, nextStartsAt: "2026-11-01T01:30:00-04:00" },
  },
  // Lord Howe: 30-minute changes
  {
    name: "Lord Howe spring forward: 02:00 does not exist, fires at 02:30 +11:00",
    freeze: {
      timezone: "Australia/Lord_Howe",
      windows: [{ name: "Maint", start: "0 2 * * *", end: "0 3 * * *" }],
    },
    now: "2026-10-03T15:29:00Z",
    expect: { frozen: false, nextStartsAt: "2026-10-04T02:30:00+11:00" },
  },
  {
    name: "Lord Howe spring forward: frozen from 02:30 +11:00 to 03:00 +11:00",
    freeze: {
      timezone: "Australia/Lord_Howe",
      windows: [{ name: "Maint", start: "0 2 * * *", end: "0 3 * * *" }],
    },
    now: "2026-10-03T15:30:00Z",
    expect: { frozen: true, endsAt: "2026-10-04T03:00:00+11:00" },
  },
  {
    name: "Lord Howe fall back: 01:50 +10:30 (second pass) frozen until 02:15 +10:30",
    freeze: {
      timezone: "Australia/Lord_Howe",
      windows: [{ name: "Maint", start: "45 1 * * *", end: "15 2 * * *" }],
    },
    now: "2026-04-04T15:20:00Z",
    expect: { frozen: true, endsAt: "2026-04-05T02:15:00+10:30" },
  },
  // Environment scoping
  {
    name: "scoped window blocks its environment",
    freeze: scoped,
    environment: "production",
    now: "2026-11-10T12:30:00Z",
    expect: { frozen: true, window: "Prod release train" },
  },
  {
    name: "environment names compare case-insensitively",
    freeze: scoped,
    environment: "Production",
    now: "2026-11-10T12:30:00Z",
    expect: { frozen: true },
  },
  {
    name: "scoped window does not block another environment",
    freeze: scoped,
    environment: "staging",
    now: "2026-11-10T12:30:00Z",
    expect: { frozen: false, nextWindow: null, nextStartsAt: null },
  },
  {
    name: "no environment given: every window counts",
    freeze: scoped,
    now: "2026-11-10T12:30:00Z",
    expect: { frozen: true },
  },
  // Overlapping and chained windows
  {
    name: "overlapping windows: frozen until the last one ends",
    freeze: overlapping,
    now: "2026-12-21T09:00:00Z",
    expect: {
      frozen: true,
      window: "Peak",
      windows: ["Peak", "Holidays"],
      endsAt: "2027-01-03T00:00:00+00:00",
      nextWindow: "Audit",
      nextStartsAt: "2027-01-03T10:30:00+00:00",
    },
  },
  {
    name: "overlapping windows: a runway that reaches the next window chains it too",
    freeze: overlapping,
    now: "2026-12-21T09:00:00Z",
    runway: 11 * 60,
    expect: { frozen: true, windows: ["Peak", "Holidays", "Audit"], endsAt: "2027-01-03T12:00:00+00:00" },
  },
  {
    name: "inside the second of two overlapping windows",
    freeze: overlapping,
    now: "2026-12-28T09:00:00Z",
    expect: { frozen: true, window: "Holidays", endsAt: "2027-01-03T00:00:00+00:00" },
  },
  {
    name: "several starts before one end: frozen since the first start",
    freeze: { windows: [{ name: "Hourly lock", start: "0 * * * *", end: "0 6 * * *" }] },
    now: "2026-11-10T05:30:00Z",
    expect: { frozen: true, endsAt: "2026-11-10T06:00:00+00:00", nextStartsAt: "2026-11-10T07:00:00+00:00" },
  },
  {
    name: "a start at the same instant as an end opens nothing",
    freeze: { windows: [{ name: "Afternoons", start: "0 0,12 * * *", end: "0 0 * * *" }] },
    now: "2026-11-10T00:00:00Z",
    expect: { frozen: false, nextWindow: "Afternoons", nextStartsAt: "2026-11-10T12:00:00+00:00" },
  },
  // Runway
  {
    name: "runway ending exactly when the freeze starts is allowed",
    freeze: nightly,
    now: "2026-11-10T20:15:00Z",
    runway: 45,
    expect: { frozen: false, nextStartsAt: "2026-11-10T22:00:00+01:00" },
  },
  {
    name: "runway reaching into the freeze blocks",
    freeze: nightly,
    now: "2026-11-10T20:15:00Z",
    runway: 46,
    expect: {
      frozen: true,
      window: "Night",
      blockedByRunway: true,
      endsAt: "2026-11-11T06:00:00+01:00",
    },
  },
  {
    name: "no windows: never frozen",
    freeze: {},
    now: "2026-11-10T20:15:00Z",
    expect: { frozen: false, window: null, endsAt: null, nextWindow: null, nextStartsAt: null },
  },
];

describe("assessFreeze", () => {
  it.each(cases)("$name", (c) => {
    const result = assessFreeze(policy(c.freeze), {
      environment: c.environment,
      now: new Date(c.now),
      runwayMinutes: c.runway,
    });
    expect(result).toMatchObject(c.expect);
  });

  it("says why, and until when, in one sentence", () => {
    const result = assessFreeze(
      policy({
        timezone: "Europe/Berlin",
        windows: [
          { name: "Year end", reason: "Trading peak", from: "2026-12-24T00:00", to: "2027-01-02T00:00" },
        ],
      }),
      { environment: "production", now: new Date("2026-12-25T12:00:00Z") },
    );
    expect(result.reason).toBe(
      'Deployments to production are frozen by "Year end" (Trading peak). Deployments can go from 2027-01-02T00:00:00+01:00.',
    );
    expect(result.windowReason).toBe("Trading peak");
  });

  it("names the runway when it is the runway that blocks", () => {
    const result = assessFreeze(policy(nightly), {
      environment: "production",
      now: new Date("2026-11-10T20:30:00Z"),
      runwayMinutes: 60,
    });
    expect(result.reason).toMatch(/starts at 2026-11-10T22:00:00\+01:00, before the 60-minute runway/);
  });

  it("uses a window's own timezone over the default", () => {
    const result = assessFreeze(
      policy({
        timezone: "UTC",
        windows: [
          {
            name: "Sydney launch",
            timezone: "Australia/Sydney",
            from: "2026-12-01T09:00",
            to: "2026-12-01T17:00",
          },
        ],
      }),
      { now: new Date("2026-11-30T22:00:00Z") },
    );
    expect(result).toMatchObject({ frozen: true, endsAt: "2026-12-01T17:00:00+11:00" });
  });
});

describe("the freeze's end as a person reads it", () => {
  const blackFriday = policy({
    timezone: "Europe/Berlin",
    windows: [{ name: "Black Friday", from: "2026-11-27T00:00", to: "2026-11-30T09:00" }],
  });

  it("is given in the freeze's time zone: weekday and time within the coming week", () => {
    const a = assessFreeze(blackFriday, { now: new Date("2026-11-28T15:00:00Z") });
    expect(a).toMatchObject({
      frozen: true,
      endsAt: "2026-11-30T09:00:00+01:00",
      endsAtForPeople: "Mon at 09:00 Europe/Berlin",
    });
  });

  it("names the date when the end is further away, and the year when it is another", () => {
    const long = policy({
      timezone: "America/New_York",
      windows: [{ name: "Year end", from: "2026-12-01T00:00", to: "2027-01-04T06:00" }],
    });
    expect(assessFreeze(long, { now: new Date("2026-12-02T12:00:00Z") }).endsAtForPeople).toBe(
      "Mon 4 Jan 2027 at 06:00 America/New_York",
    );
    expect(assessFreeze(long, { now: new Date("2027-01-01T12:00:00Z") }).endsAtForPeople).toBe(
      "Mon at 06:00 America/New_York",
    );
    const december = policy({
      windows: [{ name: "Audit", from: "2026-12-01T00:00", to: "2026-12-21T18:30" }],
    });
    expect(assessFreeze(december, { now: new Date("2026-12-02T12:00:00Z") }).endsAtForPeople).toBe(
      "Mon 21 Dec at 18:30 UTC",
    );
  });

  it("is not given when nothing is frozen", () => {
    expect(
      assessFreeze(blackFriday, { now: new Date("2026-12-01T12:00:00Z") }).endsAtForPeople,
    ).toBeUndefined();
  });
});
