/**
 * The freeze calendar as a Mermaid Gantt chart, which GitHub renders in job summaries, issues and
 * Markdown files. One section per environment scope, one bar per freeze period. Mermaid has no time
 * zones, so every bar is written in one display zone (the policy's default), named in the title.
 */
import type { FreezeOccurrence } from "./freezeCalendar";
import { environmentsLabel } from "./freezeCalendar";
import { instantToLocal } from "./freezeTime";

export interface GanttOptions {
  from: Date;
  days: number;
  /** Zone the bars are drawn in. */
  zone: string;
  title?: string;
}

const KEYWORDS =
  /^((section|title|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|click|call|inclusiveenddates|topaxis|acctitle|accdescr|displaymode)(\s|$)|(weekday|weekend)\s+(mon|tues|wednes|thurs|fri|satur|sun)day)/i;

/** Text safe for a Gantt title, section or task name: no `:`, `#`, `;`, `%%`, newlines or markup. */
export function ganttText(text: string): string {
  const cleaned = text
    .replace(/[:#;<>`\r\n\t]/g, " ")
    .replace(/%%+/g, "%")
    .replace(/\s+/g, " ")
    .trim();
  if (!cleaned) return "freeze";
  return KEYWORDS.test(cleaned) ? `Window ${cleaned}` : cleaned;
}

/** `2026-12-24 00:00` in `zone`: Mermaid's `dateFormat YYYY-MM-DD HH:mm`. */
export function ganttTime(ms: number, zone: string): string {
  const l = instantToLocal(ms, zone);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${l.year}-${p(l.month)}-${p(l.day)} ${p(l.hour)}:${p(l.minute)}`;
}

/** The chart's first lines: the title, and times written as `ganttTime` writes them. */
export function ganttHeader(title: string): string[] {
  return [
    "gantt",
    `    title ${ganttText(title)}`,
    "    dateFormat YYYY-MM-DD HH:mm",
    "    axisFormat %d %b",
  ];
}

/**
 * One section per environment scope, one `crit` bar per freeze period, cut to [from, until);
 * empty when there is no freeze.
 */
export function freezeGanttSections(
  occurrences: readonly FreezeOccurrence[],
  from: number,
  until: number,
  zone: string,
  sectionName: (scope: string) => string = (scope) => scope,
): string[] {
  const lines: string[] = [];
  const sections = new Map<string, FreezeOccurrence[]>();
  for (const o of occurrences) {
    const key = environmentsLabel(o.environments);
    sections.set(key, [...(sections.get(key) ?? []), o]);
  }
  for (const [label, items] of sections) {
    lines.push(`    section ${ganttText(sectionName(label))}`);
    for (const o of items) {
      const start = Math.max(o.startMs, from);
      const end = Math.min(o.endMs ?? until, until);
      lines.push(`    ${ganttText(o.window)} :crit, ${ganttTime(start, zone)}, ${ganttTime(end, zone)}`);
    }
  }
  return lines;
}

export function renderFreezeCalendarGantt(occurrences: FreezeOccurrence[], options: GanttOptions): string {
  const from = options.from.getTime();
  const until = from + options.days * 86_400_000;
  const lines = ganttHeader(
    options.title ?? `Freeze calendar, next ${options.days} days (times in ${options.zone})`,
  );
  const sections = freezeGanttSections(occurrences, from, until, options.zone);
  if (sections.length === 0) {
    // A chart with no task does not render; show the empty range instead.
    lines.push(
      "    section No freezes",
      `    No freeze scheduled :done, ${ganttTime(from, options.zone)}, ${ganttTime(until, options.zone)}`,
    );
    return lines.join("\n");
  }
  lines.push(...sections);
  return lines.join("\n");
}
