/**
 * The freeze calendar: every freeze period in the coming days, for people to plan around.
 * Rendered as a Markdown table, a Mermaid Gantt chart (`freezeCalendarGantt.ts`) and an
 * iCalendar file (`freezeCalendarIcs.ts`).
 */

import { escapeMarkdown, markdownTable } from "../markdown";
import type { FreezePolicy } from "../policy/sections/freeze";
import { formatInstant } from "./freezeTime";
import { applicableWindows, periodsBetween } from "./freezeWindow";

const DAY = 86_400_000;

export interface FreezeOccurrence {
  window: string;
  reason: string | null;
  kind: "recurring" | "one-off";
  /** Instants (ms since epoch). `end` null: no end within the search horizon. */
  startMs: number;
  endMs: number | null;
  /** ISO 8601 with the window zone's offset. */
  start: string;
  end: string | null;
  timezone: string;
  /** null: every environment. */
  environments: string[] | null;
}

export interface FreezeCalendarOptions {
  from: Date;
  days: number;
  /** Only windows that apply to this environment (absent: all windows). */
  environment?: string | null;
}

/** Freeze periods overlapping [from, from + days), ordered by start. */
export function freezeCalendar(freeze: FreezePolicy, options: FreezeCalendarOptions): FreezeOccurrence[] {
  const from = options.from.getTime();
  const until = from + Math.max(0, options.days) * DAY;
  const occurrences: FreezeOccurrence[] = [];
  const windows = options.environment
    ? applicableWindows(freeze, options.environment)
    : applicableWindows(freeze);
  for (const w of windows) {
    for (const period of periodsBetween(w, from, until)) {
      occurrences.push({
        window: w.window.name,
        reason: w.window.reason ?? null,
        kind: w.window.kind,
        startMs: period.start,
        endMs: period.end,
        start: formatInstant(period.start, w.zone),
        end: period.end === null ? null : formatInstant(period.end, w.zone),
        timezone: w.zone,
        environments: w.window.environments?.length ? [...w.window.environments] : null,
      });
    }
  }
  occurrences.sort((a, b) => a.startMs - b.startMs || a.window.localeCompare(b.window));
  return occurrences;
}

/** "all environments" or the list, for people. */
export function environmentsLabel(environments: string[] | null): string {
  return environments ? environments.join(", ") : "all environments";
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** `2026-12-24 00:00 (+01:00)`: a local time people read, with its offset. */
export function readableInstant(iso: string | null): string {
  if (!iso) return "no end scheduled";
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):\d{2}([+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return iso;
  const weekday = WEEKDAYS[new Date(`${m[1]}T00:00:00Z`).getUTCDay()];
  return `${weekday} ${m[1]} ${m[2]} (UTC${m[3] === "+00:00" ? "" : m[3]})`;
}

/** The calendar as a Markdown table: window, start and end in the window's local time, scope, reason. */
export function renderFreezeCalendarTable(occurrences: FreezeOccurrence[]): string {
  if (occurrences.length === 0) return "_No freeze is scheduled in this period._";
  return markdownTable(
    ["Window", "Starts", "Ends", "Time zone", "Environments", "Reason"],
    occurrences.map((o) => [
      escapeMarkdown(o.window),
      readableInstant(o.start),
      readableInstant(o.end),
      escapeMarkdown(o.timezone),
      escapeMarkdown(environmentsLabel(o.environments)),
      escapeMarkdown(o.reason ?? ""),
    ]),
  );
}
