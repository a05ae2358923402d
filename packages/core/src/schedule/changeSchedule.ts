/**
 * The forward schedule of change: the open change requests placed in time, the freezes of the same
 * weeks, and every conflict between them — what a change advisory board plans from.
 *
 * `buildChangeSchedule` places the change requests (`plannedChanges.ts`) and finds the conflicts
 * (`scheduleConflicts.ts`) among every change not yet over; `scheduleJson` is the shape
 * `gatehouse schedule --json` and the change-schedule action print, cut to the horizon.
 */
import type { TeamMembership } from "../change/approval";
import { type ChangeRequestLink, changeRequestKey, formatChangeRequestRef } from "../change/changeRequest";
import type { Policy } from "../policy";
import { type FreezeOccurrence, freezeCalendar } from "./freezeCalendar";
import { formatInstant } from "./freezeTime";
import { type PlannedChange, planChanges, type ScheduledIssue, type ScheduleEntry } from "./plannedChanges";
import { type ConflictKind, findConflicts, involves, type ScheduleConflict } from "./scheduleConflicts";

const DAY = 86_400_000;

export interface ScheduleOptions {
  /** GitHub's time: approvals are counted as of now, and changes already over are not checked. */
  now: Date;
  /** The start of the horizon shown (default: now). */
  from?: Date;
  /** Days shown from `from`. */
  days: number;
  /** The repository the schedule is about ("owner/repo"): the default change-request repository. */
  repository: string;
  teams?: TeamMembership;
}

export interface ChangeSchedule {
  repository: string;
  /** The zone times are shown in: change-requests.timezone, else freeze.timezone. */
  zone: string;
  now: number;
  from: number;
  until: number;
  days: number;
  /** Every open change request read, placed or not. */
  entries: ScheduleEntry[];
  /** Changes placed on the schedule whose window meets the horizon, in order of start. */
  changes: PlannedChange[];
  /** Freeze periods meeting the horizon. */
  freezes: FreezeOccurrence[];
  /** Every conflict of every change not over before the horizon (or now), in order of start. */
  conflicts: ScheduleConflict[];
}

/** The zone planned times without an offset are read in, and the schedule is shown in. */
export function scheduleZone(policy: Pick<Policy, "changeRequests" | "freeze">): string {
  return policy.changeRequests.timezone ?? policy.freeze.timezone ?? "UTC";
}

export function buildChangeSchedule(
  issues: readonly ScheduledIssue[],
  policy: Policy,
  options: ScheduleOptions,
): ChangeSchedule {
  const zone = scheduleZone(policy);
  const now = options.now.getTime();
  const from = (options.from ?? options.now).getTime();
  const until = from + options.days * DAY;
  const entries = planChanges(issues, {
    now: options.now,
    approvals: policy.approvals,
    changeRequests: policy.changeRequests,
    repository: options.repository,
    timezone: zone,
    services: policy.services,
    ...(options.teams ? { teams: options.teams } : {}),
  });
  const placed = entries.flatMap((e) => (e.change ? [e.change] : []));
  // Changes over before both now and the horizon's start are history, not conflicts.
  const current = placed.filter((c) => c.end > Math.min(now, from));
  const conflicts = findConflicts(current, policy, { zone, home: options.repository });
  const changes = current
    .filter((c) => c.start < until && c.end > from)
    .sort((a, b) => a.start - b.start || a.number - b.number);
  const freezes = freezeCalendar(policy.freeze, { from: new Date(from), days: options.days });
  return {
    repository: options.repository,
    zone,
    now,
    from,
    until,
    days: options.days,
    entries,
    changes,
    freezes,
    conflicts,
  };
}

/** The conflicts of one change request. */
export function conflictsOf(schedule: ChangeSchedule, link: ChangeRequestLink): ScheduleConflict[] {
  return schedule.conflicts.filter((c) => involves(c, link));
}

/** The schedule's entry for a change request, if it was read. */
export function entryOf(schedule: ChangeSchedule, link: ChangeRequestLink): ScheduleEntry | undefined {
  const key = changeRequestKey(link);
  return schedule.entries.find((e) => changeRequestKey(e) === key);
}

/** The JSON `gatehouse schedule --json` prints and the action outputs (times ISO 8601 with offset). */
export interface ScheduleJson {
  changes: {
    repository: string;
    number: number;
    title: string;
    type: string;
    risk: string;
    services: string[];
    start: string;
    end: string;
    state: string;
  }[];
  freezes: { name: string; start: string; end: string | null; environments: string[] }[];
  conflicts: {
    kind: ConflictKind;
    changes: number[];
    service: string | null;
    window: string | null;
    start: string;
    end: string;
    message: string;
  }[];
}

/** The schedule cut to its horizon, in the fixed JSON shape (`environments: []` is every environment). */
export function scheduleJson(schedule: ChangeSchedule): ScheduleJson {
  const at = (ms: number) => formatInstant(ms, schedule.zone);
  return {
    changes: schedule.changes.map((c) => ({
      repository: c.repository,
      number: c.number,
      title: c.title,
      type: c.type,
      risk: c.risk,
      services: [...c.services],
      start: at(c.start),
      end: at(c.end),
      state: c.state,
    })),
    freezes: schedule.freezes.map((f) => ({
      name: f.window,
      start: at(f.startMs),
      end: f.endMs === null ? null : at(f.endMs),
      environments: f.environments ? [...f.environments] : [],
    })),
    conflicts: schedule.conflicts
      .filter((c) => c.start < schedule.until && c.end > schedule.from)
      .map((c) => ({
        kind: c.kind,
        changes: c.changes.map((x) => x.number),
        service: c.service,
        window: c.window,
        start: at(c.start),
        end: at(c.end),
        message: c.message,
      })),
  };
}

/**
 * `change-requests.block-on-conflict`: one reason for each change request of a deployment that
 * has an unresolved conflict in the schedule, naming the conflict and the fix.
 */
export function scheduleConflictReasons(
  schedule: ChangeSchedule,
  links: readonly ChangeRequestLink[],
): string[] {
  return links.flatMap((link) => {
    const conflicts = conflictsOf(schedule, link);
    if (conflicts.length === 0) return [];
    const ref = formatChangeRequestRef(link, schedule.repository);
    const what = conflicts.map((c) => c.message.replace(/\.$/, "")).join("; ");
    return [
      `Change request ${ref} has ${conflicts.length === 1 ? "an unresolved conflict" : `${conflicts.length} unresolved conflicts`} in the forward schedule of change (\`change-requests.block-on-conflict\`): ${what}. Move its planned window, or agree with the change advisory board and change the other change, then re-run.`,
    ];
  });
}
