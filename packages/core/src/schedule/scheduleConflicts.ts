/**
 * Conflicts between planned changes, and between a planned change and the calendar:
 *
 * - overlap: two changes planned at the same time on the same service, or on services that depend
 *   on each other (directly or through others, in either direction);
 * - freeze: a planned window that crosses a freeze window for its environment (every environment
 *   when the change names none), unless it is an emergency change and the policy lets emergency
 *   changes pass freezes;
 * - maintenance: a planned window not wholly inside the maintenance windows of one of its services;
 * - assignee: the same person assigned to two changes planned at the same time.
 *
 * Windows are half-open, start inclusive and end exclusive: a change ending at 22:00 and one
 * starting at 22:00 do not overlap. Every conflict names its changes, the service, the window and
 * the interval, in words people read. Pure: the instants are passed in.
 */
import { type ChangeRequestLink, formatChangeRequestRef } from "../change/changeRequest";
import type { FreezePolicy } from "../policy/sections/freeze";
import { findService, type ServicesPolicy } from "../policy/sections/services";
import { readableInstant } from "./freezeCalendar";
import { formatInstant } from "./freezeTime";
import {
  applicableWindows,
  type CompiledWindow,
  compileWindow,
  type FreezePeriod,
  periodsBetween,
  windowAppliesTo,
  windowZone,
} from "./freezeWindow";
import type { PlannedChange } from "./plannedChanges";

export const conflictKinds = ["overlap", "freeze", "maintenance", "assignee"] as const;
export type ConflictKind = (typeof conflictKinds)[number];

export interface ScheduleConflict {
  kind: ConflictKind;
  /** The changes in conflict: two for overlap and assignee, one for freeze and maintenance. */
  changes: ChangeRequestLink[];
  /** The service concerned (overlap: the first change's; maintenance: whose windows); else null. */
  service: string | null;
  /** The freeze window crossed, or the maintenance window the change would fit in; else null. */
  window: string | null;
  /** The interval in conflict, ms since the epoch (end exclusive). */
  start: number;
  end: number;
  /** One sentence for people: both changes, the service or window, the interval. */
  message: string;
}

export interface ConflictPolicy {
  services: ServicesPolicy;
  freeze: FreezePolicy;
}

export interface ConflictOptions {
  /** The zone times are written in for people. */
  zone: string;
  /** The repository the schedule is about: its change requests are written `#N`. */
  home: string;
}

const DAY = 86_400_000;
/** How far ahead a maintenance window that fits a change is looked for. */
const SUGGESTION_DAYS = 366;
const SUGGESTION_PERIODS = 400;

const lower = (s: string) => s.toLowerCase();

/**
 * Which services each service depends on, directly or through others: for each (lower-case) name,
 * the services it reaches, each with the path through the services in between.
 */
export function dependencyPaths(services: ServicesPolicy): Map<string, Map<string, string[]>> {
  const direct = new Map<string, string[]>();
  for (const s of services) {
    direct.set(
      lower(s.name),
      s.dependsOn.map((d) => findService(services, d)?.name ?? d),
    );
  }
  const reach = new Map<string, Map<string, string[]>>();
  for (const s of services) {
    const found = new Map<string, string[]>();
    // Breadth first: the shortest path to each service; cycles end where a service is seen again.
    const queue: { name: string; via: string[] }[] = (direct.get(lower(s.name)) ?? []).map((name) => ({
      name,
      via: [],
    }));
    while (queue.length > 0) {
      const { name, via } = queue.shift()!;
      const key = lower(name);
      if (key === lower(s.name) || found.has(key)) continue;
      found.set(key, via);
      for (const next of direct.get(key) ?? []) queue.push({ name: next, via: [...via, name] });
    }
    reach.set(lower(s.name), found);
  }
  return reach;
}

/** Why two changes on these services cannot go at the same time, or null when they can. */
interface Relation {
  service: string;
  because: string;
}

function relation(
  a: PlannedChange,
  b: PlannedChange,
  reach: Map<string, Map<string, string[]>>,
  refA: string,
  refB: string,
): Relation | null {
  const inB = new Set(b.services.map(lower));
  const shared = a.services.filter((s) => inB.has(lower(s)));
  if (shared.length > 0) {
    const names = shared.map((s) => `"${s}"`);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
    return { service: shared[0]!, because: `${refA} and ${refB} both change ${list}` };
  }
  for (const sa of a.services) {
    for (const sb of b.services) {
      const aOnB = reach.get(lower(sa))?.get(lower(sb));
      if (aOnB) {
        const through = aOnB.length ? ` (through ${aOnB.map((x) => `"${x}"`).join(", ")})` : "";
        return {
          service: sa,
          because: `${refA} changes "${sa}", which depends on "${sb}"${through}, changed by ${refB}`,
        };
      }
      const bOnA = reach.get(lower(sb))?.get(lower(sa));
      if (bOnA) {
        const through = bOnA.length ? ` (through ${bOnA.map((x) => `"${x}"`).join(", ")})` : "";
        return {
          service: sa,
          because: `${refA} changes "${sa}", which "${sb}" depends on${through}, and ${refB} changes "${sb}"`,
        };
      }
    }
  }
  return null;
}

/** `Tue 2026-12-01 22:00 (UTC+01:00)` */
export function when(ms: number, zone: string): string {
  return readableInstant(formatInstant(ms, zone));
}

export function interval(start: number, end: number, zone: string): string {
  return `from ${when(start, zone)} to ${when(end, zone)}`;
}

const byStart = (a: PlannedChange, b: PlannedChange) =>
  a.start - b.start || a.end - b.end || a.repository.localeCompare(b.repository) || a.number - b.number;

/** Overlap and assignee conflicts: a sweep over the changes in order of start. */
function pairConflicts(
  changes: readonly PlannedChange[],
  services: ServicesPolicy,
  options: ConflictOptions,
): ScheduleConflict[] {
  const reach = dependencyPaths(services);
  const ref = (c: ChangeRequestLink) => formatChangeRequestRef(c, options.home);
  const conflicts: ScheduleConflict[] = [];
  let active: PlannedChange[] = [];
  for (const b of [...changes].sort(byStart)) {
    active = active.filter((a) => a.end > b.start);
    for (const a of active) {
      const start = Math.max(a.start, b.start);
      const end = Math.min(a.end, b.end);
      if (end <= start) continue;
      const pair = [
        { repository: a.repository, number: a.number },
        { repository: b.repository, number: b.number },
      ];
      const span = () => interval(start, end, options.zone);
      const related = relation(a, b, reach, ref(a), ref(b));
      if (related) {
        conflicts.push({
          kind: "overlap",
          changes: pair,
          service: related.service,
          window: null,
          start,
          end,
          message: `${related.because} ${span()}.`,
        });
      }
      const bAssignees = new Set(b.assignees.map(lower));
      const both = a.assignees.filter((x) => bAssignees.has(lower(x)));
      if (both.length > 0) {
        const who = both.map((x) => `@${x}`);
        const names = who.length === 1 ? who[0] : `${who.slice(0, -1).join(", ")} and ${who.at(-1)}`;
        conflicts.push({
          kind: "assignee",
          changes: pair,
          service: null,
          window: null,
          start,
          end,
          message: `${names} ${both.length === 1 ? "is" : "are"} assigned to both ${ref(a)} and ${ref(b)}, which overlap ${span()}.`,
        });
      }
    }
    active.push(b);
  }
  return conflicts;
}

function freezeConflicts(
  change: PlannedChange,
  freeze: FreezePolicy,
  options: ConflictOptions,
): ScheduleConflict[] {
  if (change.type === "emergency" && freeze.allowEmergency) return [];
  const conflicts: ScheduleConflict[] = [];
  const ref = formatChangeRequestRef(change, options.home);
  for (const w of applicableWindows(freeze, change.environment)) {
    for (const p of periodsBetween(w, change.start, change.end)) {
      const start = Math.max(p.start, change.start);
      const end = Math.min(p.end ?? change.end, change.end);
      if (end <= start) continue;
      const envs = w.window.environments?.length ? ` for ${w.window.environments.join(", ")}` : "";
      const why = w.window.reason ? ` (${w.window.reason})` : "";
      conflicts.push({
        kind: "freeze",
        changes: [{ repository: change.repository, number: change.number }],
        service: null,
        window: w.window.name,
        start,
        end,
        message: `${ref} is planned inside the freeze "${w.window.name}"${envs}${why} ${interval(start, end, options.zone)}.`,
      });
    }
  }
  return conflicts;
}

/** The stretches of [start, end) that no period covers. */
function uncovered(start: number, end: number, periods: readonly FreezePeriod[]): [number, number][] {
  const gaps: [number, number][] = [];
  let t = start;
  for (const p of [...periods].sort((x, y) => x.start - y.start)) {
    if (p.start > t) gaps.push([t, Math.min(p.start, end)]);
    t = Math.max(t, p.end ?? end);
    if (t >= end) break;
  }
  if (t < end) gaps.push([t, end]);
  return gaps.filter(([a, b]) => b > a);
}

/** The first period of these windows, starting at or after `from`, long enough for `duration`. */
function firstFit(
  windows: readonly CompiledWindow[],
  from: number,
  duration: number,
): { window: string; start: number; zone: string } | null {
  let best: { window: string; start: number; zone: string } | null = null;
  for (const w of windows) {
    for (const p of periodsBetween(w, from, from + SUGGESTION_DAYS * DAY, SUGGESTION_PERIODS)) {
      if (p.start < from) continue;
      if (p.end !== null && p.end - p.start < duration) continue;
      if (!best || p.start < best.start) best = { window: w.window.name, start: p.start, zone: w.zone };
      break;
    }
  }
  return best;
}

function maintenanceConflicts(
  change: PlannedChange,
  policy: ConflictPolicy,
  options: ConflictOptions,
): ScheduleConflict[] {
  const conflicts: ScheduleConflict[] = [];
  const ref = formatChangeRequestRef(change, options.home);
  for (const name of change.services) {
    const service = findService(policy.services, name);
    if (!service || service.maintenanceWindows.length === 0) continue;
    const windows = service.maintenanceWindows
      .filter((w) => windowAppliesTo(w, change.environment))
      .map((w) => compileWindow(w, windowZone(w, policy.freeze)));
    if (windows.length === 0) continue;
    const periods = windows.flatMap((w) => periodsBetween(w, change.start, change.end));
    const gaps = uncovered(change.start, change.end, periods);
    if (gaps.length === 0) continue;
    const start = gaps[0]![0];
    const end = gaps.at(-1)![1];
    const names = service.maintenanceWindows.map((w) => `"${w.name}"`).join(", ");
    const stretches = gaps.length > 1 ? ` (${gaps.length} stretches)` : "";
    const fit = firstFit(windows, change.start, change.end - change.start);
    const suggestion = fit
      ? ` The first of its maintenance windows long enough from the planned start: "${fit.window}" from ${when(fit.start, options.zone)}.`
      : ` None of its maintenance windows in the next ${SUGGESTION_DAYS} days is long enough for it.`;
    conflicts.push({
      kind: "maintenance",
      changes: [{ repository: change.repository, number: change.number }],
      service: service.name,
      window: fit?.window ?? null,
      start,
      end,
      message: `${ref} is planned outside the maintenance windows of "${service.name}" (${names}) ${interval(start, end, options.zone)}${stretches}.${suggestion}`,
    });
  }
  return conflicts;
}

const kindOrder = (k: ConflictKind) => conflictKinds.indexOf(k);

/** Every conflict among the changes and with the calendar, in order of start. */
export function findConflicts(
  changes: readonly PlannedChange[],
  policy: ConflictPolicy,
  options: ConflictOptions,
): ScheduleConflict[] {
  const conflicts = [
    ...pairConflicts(changes, policy.services, options),
    ...changes.flatMap((c) => freezeConflicts(c, policy.freeze, options)),
    ...changes.flatMap((c) => maintenanceConflicts(c, policy, options)),
  ];
  return conflicts.sort(
    (a, b) =>
      a.start - b.start ||
      kindOrder(a.kind) - kindOrder(b.kind) ||
      a.changes[0]!.number - b.changes[0]!.number ||
      (a.changes[1]?.number ?? 0) - (b.changes[1]?.number ?? 0),
  );
}

/** Does the conflict involve this change request? */
export function involves(conflict: ScheduleConflict, link: ChangeRequestLink): boolean {
  return conflict.changes.some(
    (c) => c.number === link.number && lower(c.repository) === lower(link.repository),
  );
}
