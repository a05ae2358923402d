/**
 * Wall-clock time in IANA time zones, and 5-field cron schedules evaluated in them.
 *
 * The freeze calendar is defined in local time ("every Friday 18:00 in Berlin"), while decisions are
 * made on instants. Converting one to the other is where deployment tools usually go wrong, so the
 * rules are written down here and tested on both sides of every kind of change:
 *
 * - A local time that does not exist (it falls in a spring-forward gap, e.g. 02:30 on the night the
 *   clocks go from 02:00 to 03:00) means the first instant that does exist after it: the moment of the
 *   change (03:00 local).
 * - A local time that exists twice (fall-back, e.g. 02:30 on the night the clocks go from 03:00 back
 *   to 02:00) means its first occurrence, so a cron time fires once, not twice.
 *
 * Cron expressions are parsed field by field with `cron-parser` (numbers, names such as `FRI` and
 * `JAN`, ranges, steps, lists); occurrences are generated here day by day in the zone, because
 * the library's own `prev()`/`next()` disagree with each other across daylight-saving changes.
 */
import { CronExpressionParser } from "cron-parser";
import { DateTime, IANAZone } from "luxon";

const MINUTE = 60_000;
const DAY = 86_400_000;
/** How far `latestAtOrBefore` / `earliestAfter` look (covers `29 FEB` across a skipped leap year). */
export const CRON_SEARCH_DAYS = 366 * 9;

// ---------------------------------------------------------------- time zones

const zoneCache = new Map<string, IANAZone | null>();

/** The zone, or null when the name is not a known IANA time zone. */
export function findZone(name: string): IANAZone | null {
  let zone = zoneCache.get(name);
  if (zone === undefined) {
    zone = IANAZone.isValidZone(name) ? IANAZone.create(name) : null;
    zoneCache.set(name, zone);
  }
  return zone;
}

function zoneOrThrow(name: string): IANAZone {
  const zone = findZone(name);
  if (!zone) throw new Error(`Unknown time zone "${name}"`);
  return zone;
}

/** Offset of `zone` from UTC at instant `ms`, in minutes. */
export function offsetAt(zone: string, ms: number): number {
  return zoneOrThrow(zone).offset(ms);
}

/** Names of IANA zones close to `name` (typos, a city without its region, wrong case). */
export function suggestZones(name: string, limit = 3): string[] {
  const all = [...Intl.supportedValuesOf("timeZone"), "UTC", "Etc/UTC"];
  const wanted = name.trim().toLowerCase().replace(/\s+/g, "_");
  const scored = all.map((candidate) => {
    const lower = candidate.toLowerCase();
    const city = lower.slice(lower.lastIndexOf("/") + 1);
    const score = Math.min(editDistance(wanted, lower), editDistance(wanted, city) + 1);
    return { candidate, score };
  });
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  const threshold = Math.max(2, Math.floor(wanted.length / 3));
  return scored
    .filter((s) => s.score <= threshold)
    .slice(0, limit)
    .map((s) => s.candidate);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

// ---------------------------------------------------------------- local <-> instant

export interface LocalDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
}

/**
 * The instant at which the wall clock in `zone` shows `local`. Gap: the moment of the change
 * (the first existing instant after the missing time). Repeated time: the first of the two.
 */
export function localToInstant(local: LocalDateTime, zone: string): number {
  const z = zoneOrThrow(zone);
  const naive = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const before = z.offset(naive - DAY);
  const after = z.offset(naive + DAY);
  let best: number | null = null;
  for (const offset of new Set([before, after])) {
    const candidate = naive - offset * MINUTE;
    if (z.offset(candidate) === offset && (best === null || candidate < best)) best = candidate;
  }
  if (best !== null) return best;
  // In a gap: the clocks jumped over `local`. Find the first minute whose wall time is >= local.
  let low = naive - Math.max(before, after) * MINUTE;
  let high = naive - Math.min(before, after) * MINUTE;
  while (high - low > MINUTE) {
    const mid = low + Math.floor((high - low) / MINUTE / 2) * MINUTE;
    if (mid + z.offset(mid) * MINUTE >= naive) high = mid;
    else low = mid;
  }
  return high;
}

/** Wall-clock fields of instant `ms` in `zone`. */
export function instantToLocal(ms: number, zone: string): LocalDateTime & { offset: number } {
  const offset = offsetAt(zone, ms);
  const d = new Date(ms + offset * MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    offset,
  };
}

/** ISO 8601 with the zone's offset at that instant, e.g. `2026-12-24T00:00:00+01:00`. */
export function formatInstant(ms: number, zone: string): string {
  const offset = offsetAt(zone, ms);
  const d = new Date(ms + offset * MINUTE);
  const local = d.toISOString().slice(0, 19);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * An instant as a person reads it, in `zone`: `Mon at 09:00 Europe/Berlin` within the coming six
 * days of `now`, `Mon 7 Dec at 09:00 Europe/Berlin` later in the year, `Mon 4 Jan 2027 at 09:00
 * Europe/Berlin` in another year (English names, 24-hour clock).
 */
export function formatForPeople(ms: number, zone: string, now: number): string {
  const at = DateTime.fromMillis(ms, { zone, locale: "en-GB" });
  const today = DateTime.fromMillis(now, { zone }).startOf("day");
  const days = at.startOf("day").diff(today, "days").days;
  const day =
    days >= 0 && days < 7
      ? at.toFormat("ccc")
      : at.year === today.year
        ? at.toFormat("ccc d LLL")
        : at.toFormat("ccc d LLL yyyy");
  return `${day} at ${at.toFormat("HH:mm")} ${zone}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * Parses a local date-time as written in the policy: `2026-12-24T00:00`, `2026-12-24T00:00:00`
 * or `2026-12-24` (midnight). No offset: the window's time zone says where it is.
 */
export function parseLocalDateTime(text: string): LocalDateTime | { error: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!m) {
    if (/(Z|[+-]\d{2}:?\d{2})$/.test(text.trim()) && /T/.test(text)) {
      return { error: "write a local date-time without an offset (the window's timezone says where it is)" };
    }
    return { error: "expected a local date-time such as 2026-12-24T00:00 (or a date such as 2026-12-24)" };
  }
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  const local = { year, month, day, hour, minute } as LocalDateTime;
  const probe = new Date(Date.UTC(local.year, local.month - 1, local.day));
  if (
    local.month < 1 ||
    local.month > 12 ||
    probe.getUTCMonth() !== local.month - 1 ||
    probe.getUTCDate() !== local.day
  ) {
    return { error: `${text.trim().slice(0, 10)} is not a calendar date` };
  }
  if (local.hour > 23 || local.minute > 59 || (second ?? 0) > 59) {
    return { error: `${text.trim()} is not a time of day (hours 00-23, minutes 00-59)` };
  }
  if (second) return { error: "seconds are not supported: use HH:MM" };
  return local;
}

// ---------------------------------------------------------------- cron

const FIELD_NAMES = ["minute", "hour", "day of month", "month", "day of week"] as const;
const NAMES = /\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|SUN|MON|TUE|WED|THU|FRI|SAT)\b/gi;
const FIELD_RANGES = ["0-59", "0-23", "1-31", "1-12 or JAN-DEC", "0-7 or SUN-SAT"] as const;

export interface CronSchedule {
  readonly expression: string;
  readonly zone: string;
  /** The latest firing at or before `ms`, or null if none in the last nine years. */
  latestAtOrBefore(ms: number): number | null;
  /** The earliest firing strictly after `ms`, or null if none in the next nine years. */
  earliestAfter(ms: number): number | null;
}

interface CronFields {
  minutes: number[];
  hours: number[];
  daysOfMonth: Set<number>;
  months: Set<number>;
  daysOfWeek: Set<number>; // 0 = Sunday
  domRestricted: boolean;
  dowRestricted: boolean;
}

/** Checks a 5-field cron expression; returns the problem in words, or null when it is valid. */
export function cronProblem(expression: string): string | null {
  const result = parseCronFields(expression);
  return "error" in result ? result.error : null;
}

function parseCronFields(expression: string): CronFields | { error: string } {
  const parts = expression.trim().split(/\s+/).filter(Boolean);
  if (parts.length !== 5) {
    return {
      error: `expected 5 fields (minute hour day-of-month month day-of-week), found ${parts.length}`,
    };
  }
  const values: number[][] = [];
  for (let i = 0; i < 5; i++) {
    const text = parts[i] as string;
    const name = FIELD_NAMES[i] as string;
    if (/[A-Z#?]/i.test(text.replace(NAMES, ""))) {
      return {
        error: `${name} field "${text}" is not understood: use ${FIELD_RANGES[i]}, with ranges (a-b), steps (*/n) and lists (a,b); L, W, # and ? are not supported`,
      };
    }
    const probe = ["*", "*", "*", "*", "*"];
    probe[i] = text;
    try {
      const fields = CronExpressionParser.parse(probe.join(" ")).fields;
      const field = [fields.minute, fields.hour, fields.dayOfMonth, fields.month, fields.dayOfWeek][i];
      const raw: readonly unknown[] = field?.values ?? [];
      values.push(raw.filter((v): v is number => typeof v === "number"));
    } catch (e) {
      const reason = (e instanceof Error ? e.message : String(e))
        .replace(/\.$/, "")
        .replace(/^Constraint error, /, "");
      return { error: `${name} field "${text}" is invalid: ${reason} (allowed: ${FIELD_RANGES[i]})` };
    }
  }
  try {
    CronExpressionParser.parse(parts.join(" "));
  } catch (e) {
    const reason = e instanceof Error ? e.message.replace(/\.$/, "") : String(e);
    return { error: `"${expression.trim()}" never fires (${reason})` };
  }
  const [minutes, hours, doms, months, dows] = values as [number[], number[], number[], number[], number[]];
  const fields: CronFields = {
    minutes: [...new Set(minutes)].sort((a, b) => a - b),
    hours: [...new Set(hours)].sort((a, b) => a - b),
    daysOfMonth: new Set(doms),
    months: new Set(months),
    daysOfWeek: new Set(dows.map((d) => d % 7)),
    domRestricted: !(parts[2] as string).startsWith("*"),
    dowRestricted: !(parts[4] as string).startsWith("*"),
  };
  if (!fieldsEverFire(fields)) return { error: `"${expression.trim()}" never fires (no such date)` };
  return fields;
}

function fieldsEverFire(f: CronFields): boolean {
  // Walk 9 years of days from a fixed date: every day-of-month/weekday/leap-year combination appears.
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < CRON_SEARCH_DAYS; i++) if (dayMatches(f, start + i * DAY)) return true;
  return false;
}

/** Does the calendar day starting at naive-UTC `dayMs` match the day fields (Vixie cron rules)? */
function dayMatches(f: CronFields, dayMs: number): boolean {
  const d = new Date(dayMs);
  if (!f.months.has(d.getUTCMonth() + 1)) return false;
  const domOk = f.daysOfMonth.has(d.getUTCDate());
  const dowOk = f.daysOfWeek.has(d.getUTCDay());
  if (f.domRestricted && f.dowRestricted) return domOk || dowOk;
  return domOk && dowOk;
}

/** A cron schedule evaluated in `zone`. Throws when the expression or zone is invalid. */
export function cronSchedule(expression: string, zone: string): CronSchedule {
  const fields = parseCronFields(expression);
  if ("error" in fields) throw new Error(`Invalid cron expression "${expression}": ${fields.error}`);
  zoneOrThrow(zone);
  const dayCache = new Map<number, number[]>();

  /** Firings (instants, ascending, deduplicated) of the local calendar day at naive-UTC `dayMs`. */
  function firingsOn(dayMs: number): number[] {
    let cached = dayCache.get(dayMs);
    if (cached) return cached;
    cached = [];
    if (dayMatches(fields as CronFields, dayMs)) {
      const d = new Date(dayMs);
      const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      let last = Number.NEGATIVE_INFINITY;
      for (const hour of (fields as CronFields).hours) {
        for (const minute of (fields as CronFields).minutes) {
          const at = localToInstant({ ...date, hour, minute }, zone);
          if (at > last) {
            cached.push(at);
            last = at;
          }
        }
      }
    }
    if (dayCache.size > 4096) dayCache.clear();
    dayCache.set(dayMs, cached);
    return cached;
  }

  function localDay(ms: number): number {
    const l = instantToLocal(ms, zone);
    return Date.UTC(l.year, l.month - 1, l.day);
  }

  return {
    expression,
    zone,
    latestAtOrBefore(ms) {
      // Start one day later: a gap resolution can move a firing past midnight of the next day's start.
      const first = localDay(ms) + DAY;
      for (let i = 0; i <= CRON_SEARCH_DAYS; i++) {
        const firings = firingsOn(first - i * DAY);
        for (let j = firings.length - 1; j >= 0; j--) {
          const at = firings[j] as number;
          if (at <= ms) return at;
        }
      }
      return null;
    },
    earliestAfter(ms) {
      const first = localDay(ms) - DAY;
      for (let i = 0; i <= CRON_SEARCH_DAYS; i++) {
        for (const at of firingsOn(first + i * DAY)) if (at > ms) return at;
      }
      return null;
    },
  };
}
