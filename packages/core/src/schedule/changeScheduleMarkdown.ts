/**
 * The forward schedule of change as people read it: the schedule issue and job summary (conflicts
 * first, a table of the coming weeks, a Mermaid Gantt chart of changes and freezes per service),
 * the comment kept on each change request that has conflicts or problems, and the iCalendar file.
 *
 * An issue body holds at most 65,536 characters: what does not fit is left out from the end and
 * the text says how much, never silently.
 */
import { type ChangeRequestLink, changeRequestKey, formatChangeRequestRef } from "../change/changeRequest";
import { escapeMarkdown, markdownTable, marker, safeUrl } from "../markdown";
import { type ChangeSchedule, conflictsOf } from "./changeSchedule";
import { renderFreezeCalendarTable } from "./freezeCalendar";
import { freezeGanttSections, ganttHeader, ganttText, ganttTime } from "./freezeCalendarGantt";
import { freezeIcsEvents, type IcsEvent, renderIcs } from "./freezeCalendarIcs";
import type { ScheduleEntry } from "./plannedChanges";
import { type ConflictKind, type ScheduleConflict, when } from "./scheduleConflicts";

/** The title of the one issue holding the forward schedule of change. */
export const SCHEDULE_TITLE = "Forward schedule of change";
/** The label of that issue (listing by label is consistent; search is not). */
export const SCHEDULE_LABEL = "change-schedule";
/** The label a change request carries while it has conflicts. */
export const CONFLICT_LABEL = "change/conflict";
/** GitHub's limit on an issue's (and a comment's) body. */
export const ISSUE_BODY_LIMIT = 65_536;
/** Bars drawn in one Gantt chart: more makes it unreadable and slow to render. */
export const MAX_GANTT_BARS = 120;

/** The schedule issue's hidden marker: one issue per repository. */
export function scheduleMarker(repository: string): string {
  return marker("change-schedule", repository.toLowerCase());
}

/** The hidden marker of the comment change-schedule keeps on a change request. */
export function scheduleCommentMarker(link: ChangeRequestLink): string {
  return marker("schedule-check", changeRequestKey(link));
}

const KIND_LABEL: Record<ConflictKind, string> = {
  overlap: "Overlap",
  freeze: "Freeze",
  maintenance: "Maintenance window",
  assignee: "Same assignee",
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const ref = (schedule: ChangeSchedule, l: ChangeRequestLink) =>
  formatChangeRequestRef(l, schedule.repository);

/** The schedule issue, `[#40](url)`. */
const ownIssueLink = (issue: { number: number; url: string }) => {
  const url = safeUrl(issue.url);
  return url ? `[#${issue.number}](${url})` : `#${issue.number}`;
};

/** `#12` or `owner/repo#12`: GitHub names only, nothing to escape (GitHub links it). */
const refMarkdown = (schedule: ChangeSchedule, l: ChangeRequestLink) =>
  ref(schedule, l).replace(/[^\w.\-/#]/g, "");

function changeLink(schedule: ChangeSchedule, c: ChangeRequestLink & { title: string; url: string }): string {
  const url = safeUrl(c.url);
  const name = refMarkdown(schedule, c);
  return `${url ? `[${name}](${url})` : name} ${escapeMarkdown(c.title)}`;
}

function conflictRows(schedule: ChangeSchedule, conflicts: readonly ScheduleConflict[]): string[][] {
  return conflicts.map((c) => [
    KIND_LABEL[c.kind],
    c.changes.map((x) => refMarkdown(schedule, x)).join(", "),
    escapeMarkdown(c.service ?? (c.window ? `"${c.window}"` : "")),
    `${when(c.start, schedule.zone)} → ${when(c.end, schedule.zone)}`,
    escapeMarkdown(c.message),
  ]);
}

function changeRows(schedule: ChangeSchedule): string[][] {
  const counts = new Map<string, number>();
  for (const c of schedule.conflicts)
    for (const x of c.changes) counts.set(changeRequestKey(x), (counts.get(changeRequestKey(x)) ?? 0) + 1);
  return schedule.changes.map((c) => {
    const n = counts.get(changeRequestKey(c)) ?? 0;
    return [
      changeLink(schedule, c),
      escapeMarkdown(c.services.join(", ")),
      `${c.type}, ${c.risk} risk`,
      when(c.start, schedule.zone),
      when(c.end, schedule.zone),
      c.state === "approved" ? "✅ approved" : "⏳ pending",
      n > 0 ? `⚠️ ${n}` : "",
    ];
  });
}

/** A table of at most `limit` rows, saying how many more there are. */
function limitedTable(headers: string[], rows: string[][], limit: number, more: string): string {
  const table = markdownTable(headers, rows.slice(0, limit));
  return rows.length > limit
    ? `${table}\n\n_${plural(rows.length - limit, more)} more not shown here._`
    : table;
}

/** The Mermaid Gantt chart: one section per service with its changes, then the freezes. */
export function renderScheduleGantt(schedule: ChangeSchedule, maxBars = MAX_GANTT_BARS): string {
  const { from, until, zone } = schedule;
  const lines = ganttHeader(`Changes and freezes, ${schedule.days} days (times in ${zone})`);
  const conflicted = new Set(schedule.conflicts.flatMap((c) => c.changes.map(changeRequestKey)));
  const byService = new Map<string, typeof schedule.changes>();
  for (const c of schedule.changes) {
    for (const s of c.services) byService.set(s, [...(byService.get(s) ?? []), c]);
  }
  let bars = 0;
  let left = 0;
  for (const [service, changes] of [...byService].sort(([a], [b]) => a.localeCompare(b))) {
    const drawn: string[] = [];
    for (const c of changes) {
      if (bars >= maxBars) {
        left++;
        continue;
      }
      bars++;
      const tags = [conflicted.has(changeRequestKey(c)) ? "crit" : "", c.state === "approved" ? "active" : ""]
        .filter(Boolean)
        .map((t) => `${t}, `)
        .join("");
      const name = ganttText(`CR ${c.number} ${c.title}`);
      drawn.push(
        `    ${name} :${tags}${ganttTime(Math.max(c.start, from), zone)}, ${ganttTime(Math.min(c.end, until), zone)}`,
      );
    }
    if (drawn.length > 0) lines.push(`    section ${ganttText(service)}`, ...drawn);
  }
  const freezes = freezeGanttSections(schedule.freezes, from, until, zone, (scope) => `Freezes, ${scope}`);
  lines.push(...freezes);
  if (bars === 0 && freezes.length === 0) {
    // A chart with no task does not render; show the empty range instead.
    lines.push(
      "    section Nothing planned",
      `    No change or freeze :done, ${ganttTime(from, zone)}, ${ganttTime(until, zone)}`,
    );
  }
  const chart = `\`\`\`mermaid\n${lines.join("\n")}\n\`\`\``;
  return left > 0
    ? `${chart}\n\n_The chart shows ${maxBars} bars; ${plural(left, "bar")} more are not drawn._`
    : chart;
}

function notOnSchedule(schedule: ChangeSchedule): ScheduleEntry[] {
  return schedule.entries.filter(
    (e) => !e.change && !e.leftOut?.startsWith("rejected") && e.status !== "done",
  );
}

export interface ScheduleMarkdownOptions {
  /** Longest body written (default: an issue body's limit). */
  maxLength?: number;
  /** The schedule issue, linked from the job summary. */
  issue?: { number: number; url: string } | null;
}

/**
 * The schedule issue's body (and the job summary): the marker, what is planned and in conflict,
 * the conflicts, the changes, the Gantt chart, the freezes, and what is not on the schedule.
 */
export function renderScheduleMarkdown(
  schedule: ChangeSchedule,
  options: ScheduleMarkdownOptions = {},
): string {
  const maxLength = options.maxLength ?? ISSUE_BODY_LIMIT;
  const inHorizon = schedule.conflicts.filter((c) => c.start < schedule.until && c.end > schedule.from);
  for (const limit of [Number.POSITIVE_INFINITY, 400, 200, 100, 50, 20, 5, 0]) {
    const text = renderWithLimit(schedule, inHorizon, limit, options);
    if (text.length <= maxLength) return text;
  }
  return renderWithLimit(schedule, inHorizon, 0, options).slice(0, maxLength);
}

function renderWithLimit(
  schedule: ChangeSchedule,
  conflicts: readonly ScheduleConflict[],
  limit: number,
  options: ScheduleMarkdownOptions,
): string {
  const approved = schedule.changes.filter((c) => c.state === "approved").length;
  const pending = schedule.changes.length - approved;
  const head =
    conflicts.length > 0
      ? `## ⚠️ ${plural(conflicts.length, "conflict")} in the forward schedule of change`
      : "## ✅ No conflicts in the forward schedule of change";
  const parts = [
    scheduleMarker(schedule.repository),
    head,
    "",
    `${plural(schedule.changes.length, "change")} planned ${when(schedule.from, schedule.zone)} → ${when(schedule.until, schedule.zone)} (${schedule.days} days, times in ${escapeMarkdown(schedule.zone)}): ${approved} approved, ${pending} pending; ${plural(schedule.freezes.length, "freeze period")}.${options.issue ? ` The schedule is kept in ${ownIssueLink(options.issue)}.` : ""}`,
  ];
  if (conflicts.length > 0) {
    parts.push(
      "",
      "### Conflicts",
      "",
      limitedTable(
        ["Conflict", "Changes", "Service / window", "When", "What"],
        conflictRows(schedule, conflicts),
        limit,
        "conflict",
      ),
    );
  }
  parts.push("", "### Changes", "");
  parts.push(
    schedule.changes.length === 0
      ? "_No change is planned in this period._"
      : limitedTable(
          ["Change", "Services", "Type", "Starts", "Ends", "State", "Conflicts"],
          changeRows(schedule),
          limit,
          "change",
        ),
  );
  parts.push("", "### Calendar", "", renderScheduleGantt(schedule, Math.min(MAX_GANTT_BARS, limit)));
  parts.push("", "### Freezes", "", renderFreezeCalendarTable(schedule.freezes.slice(0, limit)));
  if (schedule.freezes.length > limit)
    parts.push("", `_${plural(schedule.freezes.length - limit, "freeze period")} more not shown here._`);
  const missing = notOnSchedule(schedule);
  if (missing.length > 0) {
    parts.push("", "### Not on the schedule", "");
    for (const e of missing.slice(0, limit))
      parts.push(
        `- ${changeLink(schedule, e)}: ${escapeMarkdown(e.problems.join("; ") || "no planned window")}`,
      );
    if (missing.length > limit) parts.push(`- _${plural(missing.length - limit, "more change request")}_`);
  }
  parts.push(
    "",
    "<sub>Gatehouse change-schedule keeps this issue up to date from the open change requests and the policy's freezes and services.</sub>",
  );
  return parts.join("\n");
}

/** The comment on a change request: its conflicts and problems, or that they are resolved. */
export function renderConflictComment(
  schedule: ChangeSchedule,
  entry: ScheduleEntry,
  options: { issue?: { number: number; url: string } | null } = {},
): string {
  const conflicts = conflictsOf(schedule, entry);
  const lines = [scheduleCommentMarker(entry)];
  if (conflicts.length > 0) {
    lines.push(`### ⚠️ ${plural(conflicts.length, "conflict")} in the forward schedule of change`);
  } else if (entry.problems.length > 0) {
    lines.push("### ⚠️ This change request cannot be fully checked against the schedule");
  } else {
    lines.push("### ✅ No conflicts in the forward schedule of change");
  }
  if (entry.change) {
    lines.push(
      "",
      `Planned ${when(entry.change.start, schedule.zone)} → ${when(entry.change.end, schedule.zone)}, services ${escapeMarkdown(entry.change.services.join(", "))}.`,
    );
  }
  if (conflicts.length > 0) {
    lines.push("", ...conflicts.map((c) => `- **${KIND_LABEL[c.kind]}**: ${escapeMarkdown(c.message)}`));
    lines.push(
      "",
      `Move the planned window (edit "Planned start" and "Planned end"), or agree with the change advisory board which change goes first. The \`${CONFLICT_LABEL}\` label stays until nothing conflicts any more.`,
    );
  }
  if (entry.problems.length > 0) {
    lines.push("", "To fix on the form:", "", ...entry.problems.map((p) => `- ${escapeMarkdown(p)}`));
  }
  if (conflicts.length === 0 && entry.problems.length === 0) {
    lines.push("", "The conflicts and problems reported here earlier are resolved.");
  }
  const where = options.issue ? ` The forward schedule of change is in ${ownIssueLink(options.issue)}.` : "";
  lines.push("", `<sub>Gatehouse change-schedule keeps this comment up to date.${where}</sub>`);
  return lines.join("\n");
}

/** The changes as calendar events (UID per change request, so a re-export updates them). */
export function changeIcsEvents(schedule: ChangeSchedule): IcsEvent[] {
  return schedule.changes.map((c) => {
    const conflicts = conflictsOf(schedule, c);
    return {
      uid: `change-${c.repository.toLowerCase().replace(/[^a-z0-9.-]/g, "-")}-${c.number}`,
      startMs: c.start,
      endMs: c.end,
      summary: `${c.state === "approved" ? "Change" : "Change (pending)"}: ${ref(schedule, c)} ${c.title}`,
      description: [
        `${c.type} change, ${c.risk} risk, ${c.state}`,
        `Services: ${c.services.join(", ")}`,
        ...conflicts.map((x) => `Conflict: ${x.message}`),
        c.url,
      ].join("\n"),
      categories: "change",
      transparency: "TRANSPARENT" as const,
      url: c.url,
    };
  });
}

/** One calendar with the changes and the freezes. */
export function renderScheduleIcs(schedule: ChangeSchedule, options: { now: Date }): string {
  return renderIcs([...changeIcsEvents(schedule), ...freezeIcsEvents(schedule.freezes)], {
    now: options.now,
    name: `Forward schedule of change: ${schedule.repository}`,
    product: "Forward schedule of change",
    uidDomain: schedule.repository,
  });
}
