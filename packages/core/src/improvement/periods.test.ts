import { describe, expect, it } from "vitest";
import { endedPeriods, parsePeriodCount, parsePeriodUnit, periodAt } from "./periods";

describe("periods", () => {
  it("weeks run Monday to Monday, UTC", () => {
    // Sunday 8 March 2026, 23:59 UTC is still in the week of Monday 2 March.
    const p = periodAt(new Date("2026-03-08T23:59:59Z"), "week");
    expect([p.from.toISOString(), p.to.toISOString(), p.label, p.key, p.short]).toEqual([
      "2026-03-02T00:00:00.000Z",
      "2026-03-09T00:00:00.000Z",
      "week of 2026-03-02",
      "week/2026-03-02",
      "03-02",
    ]);
    expect(periodAt(new Date("2026-03-09T00:00:00Z"), "week").from.toISOString()).toBe(
      "2026-03-09T00:00:00.000Z",
    );
  });

  it("the periods that ended before now, oldest first, across a year end", () => {
    const weeks = endedPeriods(new Date("2026-01-07T10:00:00Z"), "week", 3);
    expect(weeks.map((w) => w.key)).toEqual(["week/2025-12-15", "week/2025-12-22", "week/2025-12-29"]);
    const months = endedPeriods(new Date("2026-03-01T00:00:00Z"), "month", 3);
    expect(months.map((m) => [m.key, m.to.toISOString().slice(0, 10)])).toEqual([
      ["month/2025-12", "2026-01-01"],
      ["month/2026-01", "2026-02-01"],
      ["month/2026-02", "2026-03-01"],
    ]);
  });

  it("inputs name the fix", () => {
    expect(parsePeriodUnit("")).toBe("week");
    expect(parsePeriodUnit("Monthly")).toBe("month");
    expect(() => parsePeriodUnit("fortnight")).toThrow(
      'Input "period" must be week or month (got "fortnight").',
    );
    expect(parsePeriodCount("", 8)).toBe(8);
    expect(() => parsePeriodCount("0", 8)).toThrow("from 1 to 52");
  });
});
