import { describe, expect, it } from "vitest";
import {
  cronProblem,
  cronSchedule,
  formatInstant,
  localToInstant,
  parseLocalDateTime,
  suggestZones,
} from "./freezeTime";

function local(text: string) {
  const parsed = parseLocalDateTime(text);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed;
}

describe("local wall-clock time to an instant", () => {
  // [zone, local time, expected instant with the zone's offset]
  const cases: [string, string, string][] = [
    // Europe/Berlin, spring forward 2026-03-29 02:00 -> 03:00
    ["Europe/Berlin", "2026-03-29T01:59", "2026-03-29T01:59:00+01:00"],
    ["Europe/Berlin", "2026-03-29T02:00", "2026-03-29T03:00:00+02:00"],
    ["Europe/Berlin", "2026-03-29T02:30", "2026-03-29T03:00:00+02:00"],
    ["Europe/Berlin", "2026-03-29T03:00", "2026-03-29T03:00:00+02:00"],
    ["Europe/Berlin", "2026-03-29T03:01", "2026-03-29T03:01:00+02:00"],
    // Europe/Berlin, fall back 2026-10-25 03:00 -> 02:00: repeated times are the first
    ["Europe/Berlin", "2026-10-25T01:59", "2026-10-25T01:59:00+02:00"],
    ["Europe/Berlin", "2026-10-25T02:00", "2026-10-25T02:00:00+02:00"],
    ["Europe/Berlin", "2026-10-25T02:59", "2026-10-25T02:59:00+02:00"],
    ["Europe/Berlin", "2026-10-25T03:00", "2026-10-25T03:00:00+01:00"],
    // Europe/London, 01:00 -> 02:00 and 02:00 -> 01:00
    ["Europe/London", "2026-03-29T00:59", "2026-03-29T00:59:00+00:00"],
    ["Europe/London", "2026-03-29T01:30", "2026-03-29T02:00:00+01:00"],
    ["Europe/London", "2026-10-25T01:30", "2026-10-25T01:30:00+01:00"],
    ["Europe/London", "2026-10-25T02:00", "2026-10-25T02:00:00+00:00"],
    // America/New_York, 2026-03-08 02:00 -> 03:00 and 2026-11-01 02:00 -> 01:00
    ["America/New_York", "2026-03-08T01:59", "2026-03-08T01:59:00-05:00"],
    ["America/New_York", "2026-03-08T02:30", "2026-03-08T03:00:00-04:00"],
    ["America/New_York", "2026-11-01T01:30", "2026-11-01T01:30:00-04:00"],
    ["America/New_York", "2026-11-01T02:00", "2026-11-01T02:00:00-05:00"],
    // Australia/Lord_Howe: 30-minute change, 2026-10-04 02:00 -> 02:30 and 2026-04-05 02:00 -> 01:30
    ["Australia/Lord_Howe", "2026-10-04T01:59", "2026-10-04T01:59:00+10:30"],
    ["Australia/Lord_Howe", "2026-10-04T02:00", "2026-10-04T02:30:00+11:00"],
    ["Australia/Lord_Howe", "2026-10-04T02:15", "2026-10-04T02:30:00+11:00"],
    ["Australia/Lord_Howe", "2026-10-04T02:30", "2026-10-04T02:30:00+11:00"],
    ["Australia/Lord_Howe", "2026-04-05T01:45", "2026-04-05T01:45:00+11:00"],
    ["Australia/Lord_Howe", "2026-04-05T02:00", "2026-04-05T02:00:00+10:30"],
    // Pacific/Kiritimati, UTC+14: local New Year is the previous day in UTC
    ["Pacific/Kiritimati", "2027-01-01T00:00", "2027-01-01T00:00:00+14:00"],
    ["UTC", "2026-12-31T23:59", "2026-12-31T23:59:00+00:00"],
  ];
  it.each(cases)("%s %s is %s", (zone, text, expected) => {
    expect(formatInstant(localToInstant(local(text), zone), zone)).toBe(expected);
  });

  it("Kiritimati midnight is 10:00 UTC the day before", () => {
    expect(new Date(localToInstant(local("2027-01-01T00:00"), "Pacific/Kiritimati")).toISOString()).toBe(
      "2026-12-31T10:00:00.000Z",
    );
  });
});

describe("cron schedules in a zone", () => {
  // [expression, zone, after (UTC), the next firings with offsets]
  const next: [string, string, string, string[]][] = [
    [
      "30 2 * * *",
      "Europe/Berlin",
      "2026-03-27T12:00:00Z",
      ["2026-03-28T02:30:00+01:00", "2026-03-29T03:00:00+02:00", "2026-03-30T02:30:00+02:00"],
    ],
    [
      "30 * * * *",
      "Europe/Berlin",
      "2026-10-24T23:00:00Z",
      ["2026-10-25T01:30:00+02:00", "2026-10-25T02:30:00+02:00", "2026-10-25T03:30:00+01:00"],
    ],
    [
      "0,30 2 * * SUN",
      "Europe/Berlin",
      "2026-03-28T00:00:00Z",
      ["2026-03-29T03:00:00+02:00", "2026-04-05T02:00:00+02:00", "2026-04-05T02:30:00+02:00"],
    ],
    [
      "0 2 * * *",
      "Australia/Lord_Howe",
      "2026-10-03T00:00:00Z",
      ["2026-10-04T02:30:00+11:00", "2026-10-05T02:00:00+11:00"],
    ],
    ["0 0 1 JAN *", "Pacific/Kiritimati", "2026-06-01T00:00:00Z", ["2027-01-01T00:00:00+14:00"]],
    [
      "0 18 * * FRI",
      "America/New_York",
      "2026-10-28T00:00:00Z",
      ["2026-10-30T18:00:00-04:00", "2026-11-06T18:00:00-05:00"],
    ],
    [
      "0 9 29 FEB *",
      "UTC",
      "2026-01-01T00:00:00Z",
      ["2028-02-29T09:00:00+00:00", "2032-02-29T09:00:00+00:00"],
    ],
    // Day of month and day of week both restricted: either matches (cron's rule)
    [
      "0 12 1 * MON",
      "UTC",
      "2026-05-30T00:00:00Z",
      ["2026-06-01T12:00:00+00:00", "2026-06-08T12:00:00+00:00", "2026-06-15T12:00:00+00:00"],
    ],
    ["0 0 * * 7", "UTC", "2026-11-23T00:00:00Z", ["2026-11-29T00:00:00+00:00"]],
    [
      "*/20 23 31 DEC *",
      "UTC",
      "2026-12-31T23:10:00Z",
      ["2026-12-31T23:20:00+00:00", "2026-12-31T23:40:00+00:00"],
    ],
  ];
  it.each(next)("%s in %s after %s", (expression, zone, after, expected) => {
    const schedule = cronSchedule(expression, zone);
    let t = Date.parse(after);
    const got: string[] = [];
    for (const _ of expected) {
      const at = schedule.earliestAfter(t);
      if (at === null) break;
      got.push(formatInstant(at, zone));
      t = at;
    }
    expect(got).toEqual(expected);
  });

  it("latestAtOrBefore mirrors earliestAfter across both changes", () => {
    for (const [expression, zone] of [
      ["30 2 * * *", "Europe/Berlin"],
      ["30 * * * *", "Europe/Berlin"],
      ["0 2 * * *", "Australia/Lord_Howe"],
      ["30 1 * * *", "America/New_York"],
    ] as const) {
      const schedule = cronSchedule(expression, zone);
      const forward: number[] = [];
      let t = Date.parse("2026-03-01T00:00:00Z");
      while (t < Date.parse("2026-11-10T00:00:00Z")) {
        t = schedule.earliestAfter(t) as number;
        forward.push(t);
      }
      const backward: number[] = [];
      let u = forward[forward.length - 1] as number;
      while (u >= (forward[0] as number)) {
        backward.unshift(u);
        u = (schedule.latestAtOrBefore(u - 1) as number) ?? 0;
      }
      expect(backward).toEqual(forward);
    }
  });

  it("is inclusive at the instant itself for latestAtOrBefore, exclusive for earliestAfter", () => {
    const s = cronSchedule("0 18 * * FRI", "UTC");
    const friday = Date.parse("2026-11-27T18:00:00Z");
    expect(s.latestAtOrBefore(friday)).toBe(friday);
    expect(s.earliestAfter(friday)).toBe(Date.parse("2026-12-04T18:00:00Z"));
  });
});

describe("cron and date-time problems", () => {
  const cases: [string, RegExp][] = [
    ["0 18 * *", /expected 5 fields .* found 4/],
    ["0 0 18 * * FRI", /expected 5 fields .* found 6/],
    ["61 18 * * FRI", /minute field "61" is invalid.*0-59/],
    ["0 24 * * *", /hour field "24" is invalid.*0-23/],
    ["0 0 32 * *", /day of month field "32"/],
    ["0 0 * 13 *", /month field "13".*JAN-DEC/],
    ["0 0 * * FOO", /day of week field "FOO" is not understood/],
    ["0 0 L * *", /day of month field "L" is not understood.*L, W, # and \? are not supported/],
    ["0 0 * * 5#2", /day of week field "5#2"/],
    ["5-2 * * * *", /minute field "5-2" is invalid/],
    ["0 0 31 FEB *", /never fires/],
  ];
  it.each(cases)("%s", (expression, message) => {
    expect(cronProblem(expression)).toMatch(message);
  });

  it.each(["0 18 * * FRI", "0 6 * * MON-FRI", "*/15 8-17 * JAN,DEC 1-5", "0 0 24 DEC *", "0 0 29 2 *"])(
    "%s is valid",
    (expression) => expect(cronProblem(expression)).toBeNull(),
  );

  it.each([
    ["2026-12-24T00:00", null],
    ["2026-12-24", null],
    ["2026-02-30T00:00", /not a calendar date/],
    ["2026-12-24T24:00", /not a time of day/],
    ["2026-12-24T00:00+01:00", /without an offset/],
    ["24/12/2026", /expected a local date-time/],
  ] as const)("date-time %s", (text, problem) => {
    const parsed = parseLocalDateTime(text);
    if (problem === null) expect(parsed).not.toHaveProperty("error");
    else expect("error" in parsed && parsed.error).toMatch(problem);
  });

  it("suggests close time zone names", () => {
    expect(suggestZones("Europe/Berln")[0]).toBe("Europe/Berlin");
    expect(suggestZones("Berlin")).toContain("Europe/Berlin");
    expect(suggestZones("america/new york")).toContain("America/New_York");
    expect(suggestZones("Not/AZoneAtAllReally")).toEqual([]);
  });
});
