/**
 * The periods continuous improvement reports on: whole UTC weeks (Monday to Monday) or calendar
 * months, the last one being the latest that has ended.
 */

export type PeriodUnit = "week" | "month";

export interface Period {
  unit: PeriodUnit;
  /** Inclusive start. */
  from: Date;
  /** Exclusive end. */
  to: Date;
  /** `week of 2026-03-02`, `2026-03`. */
  label: string;
  /** Short label for chart axes: `03-02`, `2026-03`. */
  short: string;
  /** Stable key: `week/2026-03-02`, `month/2026-03`. */
  key: string;
}

/** Thrown for a period input Gatehouse cannot use; names the input and the fix. */
export class PeriodInputError extends Error {
  override name = "PeriodInputError";
}

export function parsePeriodUnit(text: string, input = "period"): PeriodUnit {
  const v = text.trim().toLowerCase();
  if (v === "" || v === "week" || v === "weekly") return "week";
  if (v === "month" || v === "monthly") return "month";
  throw new PeriodInputError(`Input "${input}" must be week or month (got "${text}").`);
}

/** The most periods a trend shows. */
export const MAX_TREND_PERIODS = 52;

export function parsePeriodCount(text: string, fallback: number, input = "periods"): number {
  const t = text.trim();
  if (t === "") return fallback;
  const n = Number(t);
  if (!Number.isInteger(n) || n < 1 || n > MAX_TREND_PERIODS) {
    throw new PeriodInputError(
      `Input "${input}" must be a whole number of periods from 1 to ${MAX_TREND_PERIODS} (got "${text}").`,
    );
  }
  return n;
}

const DAY = 86_400_000;
const ymd = (d: Date) => d.toISOString().slice(0, 10);

function period(unit: PeriodUnit, from: Date): Period {
  if (unit === "week") {
    const to = new Date(from.getTime() + 7 * DAY);
    return {
      unit,
      from,
      to,
      label: `week of ${ymd(from)}`,
      short: ymd(from).slice(5),
      key: `week/${ymd(from)}`,
    };
  }
  const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
  const month = ymd(from).slice(0, 7);
  return { unit, from, to, label: month, short: month, key: `month/${month}` };
}

/** The period holding `at`. */
export function periodAt(at: Date, unit: PeriodUnit): Period {
  if (unit === "week") {
    const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
    const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
    return period(unit, new Date(midnight - sinceMonday * DAY));
  }
  return period(unit, new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1)));
}

/** The `count` periods that ended last before `now`, oldest first (the last is the one to report). */
export function endedPeriods(now: Date, unit: PeriodUnit, count: number): Period[] {
  const out: Period[] = [];
  let current = periodAt(now, unit);
  for (let i = 0; i < count; i++) {
    current = periodAt(new Date(current.from.getTime() - 1), unit);
    out.unshift(current);
  }
  return out;
}
