/**
 * Freeze windows: is a deployment to an environment allowed at an instant?
 *
 * A recurring window follows GitLab's deploy-freeze semantics: it is active at `now` when the latest
 * `start` firing at or before `now` is later than the latest `end` firing at or before `now` (start
 * inclusive, end exclusive), and it then lasts until the next `end` firing. A one-off window is
 * active from `from` (inclusive) to `to` (exclusive). Times are wall-clock times in the window's zone
 * (see `freezeTime.ts` for the daylight-saving rules).
 *
 * Pure: `now` is passed in.
 */

import type { FreezePolicy, FreezeWindow } from "../policy/sections/freeze";
import {
  CRON_SEARCH_DAYS,
  type CronSchedule,
  cronSchedule,
  formatForPeople,
  formatInstant,
  localToInstant,
  parseLocalDateTime,
} from "./freezeTime";

const MINUTE = 60_000;
/** A chain of back-to-back freezes longer than this is reported as having no known end. */
const MAX_CHAIN = 500;
const MAX_SKIPPED_STARTS = 366;
const DAY = 86_400_000;

/** One stretch of time during which a window freezes deployments. `end` null: no end found. */
export interface FreezePeriod {
  window: FreezeWindow;
  zone: string;
  start: number;
  end: number | null;
}

export interface CompiledWindow {
  window: FreezeWindow;
  zone: string;
  active(t: number): FreezePeriod | null;
  /** The first period starting strictly after `t`. */
  next(t: number): FreezePeriod | null;
}

export function windowZone(window: FreezeWindow, freeze: Pick<FreezePolicy, "timezone">): string {
  return window.timezone ?? freeze.timezone;
}

/** Does `window` apply to `environment`? No environment given, or none listed: yes. */
export function windowAppliesTo(window: FreezeWindow, environment?: string | null): boolean {
  if (!environment || !window.environments || window.environments.length === 0) return true;
  const wanted = environment.trim().toLowerCase();
  return window.environments.some((e) => e.trim().toLowerCase() === wanted);
}

const compiledCache = new WeakMap<FreezeWindow, Map<string, CompiledWindow>>();

export function compileWindow(window: FreezeWindow, zone: string): CompiledWindow {
  let byZone = compiledCache.get(window);
  if (!byZone) {
    byZone = new Map();
    compiledCache.set(window, byZone);
  }
  let compiled = byZone.get(zone);
  if (!compiled) {
    compiled = window.kind === "recurring" ? compileRecurring(window, zone) : compileOneOff(window, zone);
    byZone.set(zone, compiled);
  }
  return compiled;
}

function compileOneOff(window: FreezeWindow & { kind: "one-off" }, zone: string): CompiledWindow {
  const from = parseLocalDateTime(window.from);
  const to = parseLocalDateTime(window.to);
  if ("error" in from) throw new Error(`Window "${window.name}": from: ${from.error}`);
  if ("error" in to) throw new Error(`Window "${window.name}": to: ${to.error}`);
  const period: FreezePeriod = {
    window,
    zone,
    start: localToInstant(from, zone),
    end: localToInstant(to, zone),
  };
  return {
    window,
    zone,
    active: (t) => (period.start <= t && t < (period.end as number) ? period : null),
    next: (t) => (period.start > t ? period : null),
  };
}

function compileRecurring(window: FreezeWindow & { kind: "recurring" }, zone: string): CompiledWindow {
  const start: CronSchedule = cronSchedule(window.start, zone);
  const end: CronSchedule = cronSchedule(window.end, zone);
  /** A start firing that coincides with an end firing opens nothing: at that instant the end wins. */
  const opens = (s: number) => end.latestAtOrBefore(s) !== s;
  return {
    window,
    zone,
    active(t) {
      const s = start.latestAtOrBefore(t);
      if (s === null) return null;
      const e = end.latestAtOrBefore(t);
      if (e !== null && s <= e) return null;
      // The period began at the first start after the last end (later starts only extend nothing).
      const began = e === null ? s : (start.earliestAfter(e) ?? s);
      return { window, zone, start: began, end: end.earliestAfter(t) };
    },
    next(t) {
      let s = start.earliestAfter(t);
      // Skip starts that coincide with an end; give up where the schedules' own search stops.
      for (let n = 0; s !== null && !opens(s); n++) {
        s = n < MAX_SKIPPED_STARTS && s - t < CRON_SEARCH_DAYS * DAY ? start.earliestAfter(s) : null;
      }
      if (s === null) return null;
      // If the window is already active at t, the next period starts after the current one ends.
      const current = this.active(t);
      if (current && (current.end === null || s < current.end)) {
        if (current.end === null) return null;
        return this.next(current.end - 1);
      }
      return { window, zone, start: s, end: end.earliestAfter(s) };
    },
  };
}

/** Safety stop for schedules that fire very often (e.g. an hourly window). */
export const MAX_PERIODS_PER_WINDOW = 2000;

/**
 * The periods of a compiled window that overlap [from, until), in order: the one active at `from`
 * (begun earlier), then each next one starting before `until`. At most `limit`; a period with no
 * known end is the last.
 */
export function periodsBetween(
  w: CompiledWindow,
  from: number,
  until: number,
  limit = MAX_PERIODS_PER_WINDOW,
): FreezePeriod[] {
  const periods: FreezePeriod[] = [];
  let period = w.active(from) ?? w.next(from);
  for (let n = 0; period && period.start < until && n < limit; n++) {
    periods.push(period);
    if (period.end === null) break;
    period = w.next(period.end - 1);
  }
  return periods;
}

/** The windows of `freeze` that apply to `environment`, compiled. */
export function applicableWindows(freeze: FreezePolicy, environment?: string | null): CompiledWindow[] {
  return freeze.windows
    .filter((w) => windowAppliesTo(w, environment))
    .map((w) => compileWindow(w, windowZone(w, freeze)));
}

export interface FreezeAssessment {
  /** The deployment must not start now. */
  frozen: boolean;
  /** The window that blocks (the first active one, else the one starting within the runway). */
  window: string | null;
  /** Every window in the chain of overlapping or back-to-back freezes that blocks. */
  windows: string[];
  /** When the deployment can actually go: the end of the merged chain (with the runway). */
  endsAt: string | null;
  /** `endsAt` as a person reads it, in the freeze's time zone: `Mon at 09:00 Europe/Berlin`. */
  endsAtForPeople?: string;
  /** The next freeze after this one (or after now when not frozen). */
  nextWindow: string | null;
  nextStartsAt: string | null;
  /** True when nothing is active now but a freeze starts before the runway is over. */
  blockedByRunway: boolean;
  /** One sentence for people: what blocks, why, until when. */
  reason: string;
  /** The blocking window's `reason` from the policy, if any. */
  windowReason: string | null;
}

export interface AssessFreezeOptions {
  environment?: string | null;
  now: Date;
  /** Minutes the deployment needs: a freeze starting before now + runway blocks too. */
  runwayMinutes?: number;
}

/** Is a deployment to `environment` at `now` (needing `runwayMinutes`) inside a freeze? */
export function assessFreeze(freeze: FreezePolicy, options: AssessFreezeOptions): FreezeAssessment {
  const now = options.now.getTime();
  const runway = Math.max(0, options.runwayMinutes ?? 0) * MINUTE;
  const windows = applicableWindows(freeze, options.environment);
  const env = options.environment ? ` to ${options.environment}` : "";

  const blockersAt = (t: number): FreezePeriod[] => {
    const found: FreezePeriod[] = [];
    for (const w of windows) {
      const active = w.active(t);
      if (active) {
        found.push(active);
        continue;
      }
      const next = w.next(t);
      if (next && next.start < t + runway) found.push(next);
    }
    return found;
  };

  const first = blockersAt(now);
  const activeNow = first.filter((p) => p.start <= now);
  const blocking = activeNow[0] ?? [...first].sort((a, b) => a.start - b.start)[0] ?? null;

  // Merge overlapping and chained freezes: move t to the latest end until nothing blocks.
  let free: number | null = now;
  let freeZone = blocking?.zone ?? freeze.timezone;
  const involved = new Set<string>();
  let blockers = first;
  for (let i = 0; blockers.length > 0; i++) {
    for (const p of blockers) involved.add(p.window.name);
    if (i >= MAX_CHAIN || blockers.some((p) => p.end === null)) {
      free = null;
      break;
    }
    const last = blockers.reduce((a, b) => ((b.end as number) > (a.end as number) ? b : a));
    free = last.end as number;
    freeZone = last.zone;
    blockers = blockersAt(free);
  }

  let next: FreezePeriod | null = null;
  if (free !== null) {
    for (const w of windows) {
      const p = w.next(free);
      if (p && (!next || p.start < next.start)) next = p;
    }
  }
  const nextWindow = next?.window.name ?? null;
  const nextStartsAt = next ? formatInstant(next.start, next.zone) : null;

  if (!blocking) {
    const upcoming = next
      ? ` Next freeze: "${nextWindow}" from ${nextStartsAt}.`
      : " No freeze is scheduled.";
    return {
      frozen: false,
      window: null,
      windows: [],
      endsAt: null,
      nextWindow,
      nextStartsAt,
      blockedByRunway: false,
      reason: `No freeze window is active${options.environment ? ` for ${options.environment}` : ""}.${upcoming}`,
      windowReason: null,
    };
  }

  const endsAt = free === null ? null : formatInstant(free, freeZone);
  const name = blocking.window.name;
  const why = blocking.window.reason ? ` (${blocking.window.reason})` : "";
  const until = endsAt ? `Deployments can go from ${endsAt}.` : "No end to the freeze is scheduled.";
  const others = [...involved].filter((n) => n !== name);
  const chained = others.length ? ` It runs on into ${others.map((n) => `"${n}"`).join(", ")}.` : "";
  const byRunway = activeNow.length === 0;
  const reason = byRunway
    ? `Freeze window "${name}"${why} starts at ${formatInstant(blocking.start, blocking.zone)}, before the ${options.runwayMinutes}-minute runway of this deployment${env} would end.${chained} ${until}`
    : `Deployments${env} are frozen by "${name}"${why}.${chained} ${until}`;
  return {
    frozen: true,
    window: name,
    windows: [...involved],
    endsAt,
    ...(free === null ? {} : { endsAtForPeople: formatForPeople(free, freeZone, now) }),
    nextWindow,
    nextStartsAt,
    blockedByRunway: byRunway,
    reason,
    windowReason: blocking.window.reason ?? null,
  };
}
