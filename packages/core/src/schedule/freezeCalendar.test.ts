import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { checkFreezePolicy, type FreezePolicy, parseFreezePolicy } from "../policy/sections/freeze";
import { freezeCalendar, renderFreezeCalendarTable } from "./freezeCalendar";
import { ganttText, renderFreezeCalendarGantt } from "./freezeCalendarGantt";
import { escapeIcsText, foldIcsLine, renderFreezeCalendarIcs } from "./freezeCalendarIcs";

function policy(raw: Record<string, unknown>): FreezePolicy {
  const parsed = parseFreezePolicy(raw);
  expect(checkFreezePolicy(parsed, raw)).toEqual([]);
  return parsed;
}

const freeze = policy({
  timezone: "Europe/Berlin",
  windows: [
    { name: "Weekend", start: "0 18 * * FRI", end: "0 6 * * MON", environments: ["production"] },
    {
      name: "Year end; peak, \\ trading",
      reason: "Trading peak:\nno changes",
      from: "2026-12-24T00:00",
      to: "2027-01-02T00:00",
    },
    { name: "Sydney", timezone: "Australia/Sydney", from: "2026-12-10T09:00", to: "2026-12-10T17:00" },
  ],
});
const from = new Date("2026-12-07T00:00:00Z");

describe("freezeCalendar", () => {
  const occurrences = freezeCalendar(freeze, { from, days: 28 });

  it("lists every period in the coming days, ordered, with local times and offsets", () => {
    expect(occurrences.map((o) => [o.window, o.start, o.end])).toEqual([
      ["Weekend", "2026-12-04T18:00:00+01:00", "2026-12-07T06:00:00+01:00"],
      ["Sydney", "2026-12-10T09:00:00+11:00", "2026-12-10T17:00:00+11:00"],
      ["Weekend", "2026-12-11T18:00:00+01:00", "2026-12-14T06:00:00+01:00"],
      ["Weekend", "2026-12-18T18:00:00+01:00", "2026-12-21T06:00:00+01:00"],
      ["Year end; peak, \\ trading", "2026-12-24T00:00:00+01:00", "2027-01-02T00:00:00+01:00"],
      ["Weekend", "2026-12-25T18:00:00+01:00", "2026-12-28T06:00:00+01:00"],
      ["Weekend", "2027-01-01T18:00:00+01:00", "2027-01-04T06:00:00+01:00"],
    ]);
  });

  it("includes a period already running at the start", () => {
    const running = freezeCalendar(freeze, { from: new Date("2026-12-12T12:00:00Z"), days: 1 });
    expect(running.map((o) => o.start)).toEqual(["2026-12-11T18:00:00+01:00"]);
  });

  it("keeps local times across daylight-saving changes, so durations change", () => {
    const weekend = policy({
      timezone: "America/New_York",
      windows: [{ name: "Weekend", start: "0 18 * * FRI", end: "0 6 * * MON" }],
    });
    const periods = freezeCalendar(weekend, { from: new Date("2026-10-26T12:00:00Z"), days: 14 });
    expect(periods.map((o) => [o.start, o.end, ((o.endMs ?? 0) - o.startMs) / 3_600_000])).toEqual([
      ["2026-10-30T18:00:00-04:00", "2026-11-02T06:00:00-05:00", 61],
      ["2026-11-06T18:00:00-05:00", "2026-11-09T06:00:00-05:00", 60],
    ]);
  });

  it("filters by environment", () => {
    const staging = freezeCalendar(freeze, { from, days: 28, environment: "staging" });
    expect(staging.map((o) => o.window)).toEqual(["Sydney", "Year end; peak, \\ trading"]);
  });

  it("renders a Markdown table with escaped names", () => {
    const table = renderFreezeCalendarTable(occurrences);
    expect(table.split("\n")[0]).toBe("| Window | Starts | Ends | Time zone | Environments | Reason |");
    expect(table).toContain(
      "| Weekend | Fri 2026-12-11 18:00 (UTC+01:00) | Mon 2026-12-14 06:00 (UTC+01:00) |",
    );
    expect(table).toContain("Trading peak: no changes");
    expect(table.split("\n")).toHaveLength(2 + occurrences.length);
    expect(renderFreezeCalendarTable([])).toMatch(/No freeze/);
  });
});

describe("Mermaid Gantt chart", () => {
  const occurrences = freezeCalendar(freeze, { from, days: 28 });
  const chart = renderFreezeCalendarGantt(occurrences, { from, days: 28, zone: "Europe/Berlin" });
  const lines = chart.split("\n");

  it("is a gantt with a date format and one section per environment scope", () => {
    expect(lines.slice(0, 4)).toEqual([
      "gantt",
      "    title Freeze calendar, next 28 days (times in Europe/Berlin)",
      "    dateFormat YYYY-MM-DD HH:mm",
      "    axisFormat %d %b",
    ]);
    expect(lines.filter((l) => l.startsWith("    section "))).toEqual([
      "    section production",
      "    section all environments",
    ]);
  });

  it("draws every bar in the display zone, clipped to the range", () => {
    expect(lines).toContain("    Sydney :crit, 2026-12-09 23:00, 2026-12-10 07:00");
    expect(lines).toContain("    Year end peak, \\ trading :crit, 2026-12-24 00:00, 2027-01-02 00:00");
    expect(lines).toContain("    Weekend :crit, 2027-01-01 18:00, 2027-01-04 01:00");
    expect(lines).toContain("    Weekend :crit, 2026-12-07 01:00, 2026-12-07 06:00");
  });

  it("every task line has a name, a tag and two dates in the declared format", () => {
    const tasks = lines.filter((l) => l.includes(" :crit, "));
    expect(tasks).toHaveLength(occurrences.length);
    for (const task of tasks) {
      expect(task).toMatch(
        /^ {4}[^:#;\n]+ :crit, \d{4}-\d{2}-\d{2} \d{2}:\d{2}, \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
      );
    }
  });

  it("keeps names from breaking the syntax", () => {
    expect(ganttText("a: b # c ; d %% e\nf")).toBe("a b c d % e f");
    expect(ganttText("section 2")).toBe("Window section 2");
    expect(ganttText("Weekend")).toBe("Weekend");
    expect(ganttText(":::")).toBe("freeze");
  });

  it("renders an empty range as one neutral bar", () => {
    const empty = renderFreezeCalendarGantt([], { from, days: 7, zone: "UTC" });
    expect(empty).toContain("No freeze scheduled :done, 2026-12-07 00:00, 2026-12-14 00:00");
  });
});

describe("iCalendar export", () => {
  const occurrences = freezeCalendar(freeze, { from, days: 28 });
  const ics = renderFreezeCalendarIcs(occurrences, { now: from, uidDomain: "octo-org/shop" });

  it("has CRLF line endings and folds lines to at most 75 octets", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("has the required calendar and event properties", () => {
    const unfolded = ics.replace(/\r\n /g, "");
    const lines = unfolded.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
    expect(lines.some((l) => l.startsWith("PRODID:"))).toBe(true);
    const events = unfolded.split("BEGIN:VEVENT").slice(1);
    expect(events).toHaveLength(occurrences.length);
    for (const event of events) {
      for (const property of ["UID:", "DTSTAMP:", "DTSTART:", "DTEND:", "SUMMARY:", "END:VEVENT"]) {
        expect(event).toContain(property);
      }
      expect(event).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    }
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });

  it("keeps UIDs stable per period and distinct between periods", () => {
    const again = renderFreezeCalendarIcs(
      freezeCalendar(freeze, { from: new Date("2026-12-14T00:00:00Z"), days: 28 }),
      {
        now: new Date("2026-12-14T00:00:00Z"),
        uidDomain: "octo-org/shop",
      },
    );
    const uids = (text: string) => [...text.replace(/\r\n /g, "").matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    const first = uids(ics);
    expect(new Set(first).size).toBe(first.length);
    expect(uids(again)).toEqual(expect.arrayContaining(first.slice(2)));
  });

  it("parses back with ical.js to the same instants and text", () => {
    const component = new ICAL.Component(ICAL.parse(ics));
    const events = component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(occurrences.length);
    events.forEach((event, i) => {
      const o = occurrences[i];
      expect(event.startDate.toJSDate().getTime()).toBe(o?.startMs);
      expect(event.endDate.toJSDate().getTime()).toBe(o?.endMs);
      expect(event.summary).toBe(`Freeze: ${o?.window}`);
    });
    const yearEnd = events[4];
    expect(yearEnd?.description).toContain("Trading peak:\nno changes");
  });

  it("escapes text and folds multi-byte characters whole", () => {
    expect(escapeIcsText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const folded = foldIcsLine(`SUMMARY:${"é".repeat(60)}`);
    for (const line of folded.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(`SUMMARY:${"é".repeat(60)}`);
  });
});
