/**
 * Policy section `freeze`: when deployments must not go out.
 *
 * ```yaml
 * freeze:
 *   timezone: Europe/Berlin          # default for every window (IANA name), default UTC
 *   allow-emergency: true            # an approved emergency change request may pass a freeze
 *   hold: true                       # the Gatehouse App holds a deployment until the freeze ends
 *   windows:
 *     - name: Weekend
 *       start: "0 18 * * FRI"        # recurring: 5-field cron, in the window's timezone
 *       end: "0 6 * * MON"
 *       environments: [production]   # absent = every environment
 *     - name: Year end
 *       reason: Trading peak and reduced staffing
 *       from: 2026-12-24T00:00       # one-off: local date-times
 *       to: 2027-01-02T00:00
 * ```
 */
import {
  cronProblem,
  findZone,
  localToInstant,
  parseLocalDateTime,
  suggestZones,
} from "../../schedule/freezeTime";
import type { PolicySection } from "../section";

interface FreezeWindowBase {
  name: string;
  reason?: string;
  /** IANA zone; absent = the section's `timezone`. */
  timezone?: string;
  /** Environment names (compared case-insensitively); absent = every environment. */
  environments?: string[];
}

/** Frozen from each `start` firing until the next `end` firing (GitLab's deploy-freeze semantics). */
export interface RecurringFreezeWindow extends FreezeWindowBase {
  kind: "recurring";
  start: string;
  end: string;
}

/** Frozen from `from` (inclusive) to `to` (exclusive), local date-times in the window's zone. */
export interface OneOffFreezeWindow extends FreezeWindowBase {
  kind: "one-off";
  from: string;
  to: string;
}

export type FreezeWindow = RecurringFreezeWindow | OneOffFreezeWindow;

export interface FreezePolicy {
  timezone: string;
  allowEmergency: boolean;
  /**
   * What a freeze does to a deployment the Gatehouse App is asked about: `false` (default) rejects
   * it; `true` holds it, waiting, and lets it go when the freeze ends.
   */
  hold: boolean;
  windows: FreezeWindow[];
}

export const windowSchema = {
  type: "object",
  description:
    "A freeze window: recurring (`start` and `end` cron expressions) or one-off (`from` and `to` local date-times).",
  required: ["name"],
  additionalProperties: false,
  properties: {
    name: { type: "string", minLength: 1, description: "Shown in job summaries, outputs and the calendar." },
    reason: { type: "string", description: "Why deployments are frozen; shown to whoever is blocked." },
    timezone: {
      type: "string",
      description:
        "IANA time zone of this window's times (default: `freeze.timezone`), e.g. `America/New_York`.",
    },
    environments: {
      description: "Environments this window applies to (default: all). Compared case-insensitively.",
      oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }],
    },
    start: {
      type: "string",
      description:
        'Recurring: 5-field cron (minute hour day-of-month month day-of-week) when the freeze begins, e.g. "0 18 * * FRI". Quote it in YAML.',
    },
    end: {
      type: "string",
      description: 'Recurring: 5-field cron when the freeze ends (exclusive), e.g. "0 6 * * MON".',
    },
    from: {
      type: "string",
      description: "One-off: local date-time when the freeze begins, e.g. 2026-12-24T00:00.",
    },
    to: {
      type: "string",
      description: "One-off: local date-time when the freeze ends (exclusive), e.g. 2027-01-02T00:00.",
    },
  },
} as const;

export const freezeSchema = {
  type: "object",
  description: "Freeze windows: when deployments are blocked.",
  additionalProperties: false,
  properties: {
    timezone: {
      type: "string",
      default: "UTC",
      description:
        "IANA time zone for windows that do not name their own, e.g. `Europe/Berlin`. Default UTC.",
    },
    "allow-emergency": {
      type: "boolean",
      default: false,
      description: "Let an approved emergency change request override a freeze.",
    },
    hold: {
      type: "boolean",
      default: false,
      description:
        "For the Gatehouse App (custom deployment protection rule): hold a deployment that meets a freeze, waiting, and let it go when the freeze ends, instead of rejecting it. The actions always fail the step.",
    },
    windows: { type: "array", items: windowSchema, description: "The freeze windows." },
  },
};

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function defaultFreezePolicy(): FreezePolicy {
  return { timezone: "UTC", allowEmergency: false, hold: false, windows: [] };
}

/** Normalises the raw YAML value (already schema-checked) into a `FreezePolicy`. Never throws. */
export function parseFreezePolicy(raw: unknown): FreezePolicy {
  const section = asRecord(raw);
  const windows = Array.isArray(section.windows) ? section.windows : [];
  return {
    timezone: str(section.timezone)?.trim() || "UTC",
    allowEmergency: section["allow-emergency"] === true,
    hold: section.hold === true,
    windows: windows.map(parseWindow),
  };
}

/**
 * One window as written in the policy (already schema-checked): recurring when it has `start` or
 * `end`, one-off otherwise. Shared by freeze windows and services' maintenance windows.
 */
export function parseWindow(w: unknown, i: number): FreezeWindow {
  const r = asRecord(w);
  const base: FreezeWindowBase = { name: str(r.name)?.trim() || `window ${i + 1}` };
  if (str(r.reason)) base.reason = str(r.reason);
  if (str(r.timezone)) base.timezone = str(r.timezone)?.trim();
  const envs = typeof r.environments === "string" ? [r.environments] : r.environments;
  if (Array.isArray(envs)) base.environments = envs.filter((e): e is string => typeof e === "string");
  if (r.start !== undefined || r.end !== undefined) {
    return { ...base, kind: "recurring", start: str(r.start) ?? "", end: str(r.end) ?? "" };
  }
  return { ...base, kind: "one-off", from: str(r.from) ?? "", to: str(r.to) ?? "" };
}

type Problem = { path: (string | number)[]; message: string };

function zoneProblem(name: string): string {
  const close = suggestZones(name);
  const hint = close.length ? `did you mean ${close.map((z) => `"${z}"`).join(" or ")}?` : "use an IANA name";
  return `unknown time zone "${name}": ${hint} (e.g. Europe/Berlin, America/New_York, UTC)`;
}

/** Semantic checks the schema cannot express: cron, time zones, date order, window shape. */
export function checkFreezePolicy(value: FreezePolicy, raw: unknown): Problem[] {
  const problems: Problem[] = [];
  const section = asRecord(raw);
  const defaultZoneOk = !!findZone(value.timezone);
  if (typeof section.timezone === "string" && !defaultZoneOk) {
    problems.push({ path: ["timezone"], message: zoneProblem(value.timezone) });
  }
  const rawWindows = Array.isArray(section.windows) ? section.windows : [];
  problems.push(...checkWindows(rawWindows, value.windows, value.timezone, ["windows"]));
  return problems;
}

/**
 * Checks a list of windows as written (`raw`) and as parsed (`windows`): unique names, time zones,
 * environments, cron expressions, one-off dates in order. `defaultZone` is the zone of windows that
 * name none; `at` leads to the list. Shared by freeze windows and services' maintenance windows.
 */
export function checkWindows(
  raw: readonly unknown[],
  windows: readonly FreezeWindow[],
  defaultZone: string,
  at: (string | number)[],
  what: "freeze" | "maintenance" = "freeze",
): Problem[] {
  const problems: Problem[] = [];
  const defaultZoneOk = !!findZone(defaultZone);
  const seen = new Map<string, number>();
  raw.forEach((w, i) => {
    const r = asRecord(w);
    const here = (...rest: (string | number)[]) => [...at, i, ...rest];
    const window = windows[i];
    if (!window) return;
    const previous = seen.get(window.name.toLowerCase());
    if (previous !== undefined) {
      problems.push({
        path: here("name"),
        message: `window name "${window.name}" is already used by window ${previous + 1}: give each window its own name`,
      });
    } else seen.set(window.name.toLowerCase(), i);

    let zone = defaultZone;
    let zoneOk = defaultZoneOk;
    if (window.timezone !== undefined) {
      zone = window.timezone;
      zoneOk = !!findZone(zone);
      if (!zoneOk) problems.push({ path: here("timezone"), message: zoneProblem(zone) });
    }

    if (r.environments !== undefined) {
      const envs = typeof r.environments === "string" ? [r.environments] : r.environments;
      if (!Array.isArray(envs) || envs.length === 0) {
        problems.push({
          path: here("environments"),
          message: `environments must be a list of environment names (leave it out to ${what === "freeze" ? "freeze" : "apply to"} every environment)`,
        });
      } else {
        envs.forEach((e, j) => {
          if (typeof e !== "string" || e.trim() === "") {
            problems.push({
              path: here("environments", j),
              message: "each environment must be a non-empty name, e.g. production",
            });
          }
        });
      }
    }

    const hasCron = r.start !== undefined || r.end !== undefined;
    const hasDates = r.from !== undefined || r.to !== undefined;
    if (hasCron && hasDates) {
      problems.push({
        path: here(r.from !== undefined ? "from" : "to"),
        message:
          "a window is either recurring (start/end cron) or one-off (from/to date-times), not both: split it into two windows",
      });
      return;
    }
    if (!hasCron && !hasDates) {
      problems.push({
        path: here(),
        message: `window "${window.name}" needs either start and end (cron) or from and to (local date-times)`,
      });
      return;
    }
    if (window.kind === "recurring") {
      for (const key of ["start", "end"] as const) {
        if (r[key] === undefined) {
          const other = key === "start" ? "end" : "start";
          problems.push({
            path: here(other),
            message: `a recurring window needs both start and end: add ${key} (a 5-field cron expression)`,
          });
          continue;
        }
        const problem = cronProblem(window[key]);
        if (problem) problems.push({ path: here(key), message: `${key}: ${problem}` });
      }
      const same = (e: string) => e.trim().toUpperCase().split(/\s+/).join(" ");
      if (r.start !== undefined && r.end !== undefined && same(window.start) === same(window.end)) {
        problems.push({
          path: here("end"),
          message: `end is the same as start, so the window would never be active: the ${what === "freeze" ? "freeze" : "window"} ends at the next end after a start`,
        });
      }
      return;
    }
    const parsed: Record<"from" | "to", ReturnType<typeof parseLocalDateTime> | undefined> = {
      from: undefined,
      to: undefined,
    };
    for (const key of ["from", "to"] as const) {
      if (r[key] === undefined) {
        const other = key === "from" ? "to" : "from";
        problems.push({
          path: here(other),
          message: `a one-off window needs both from and to: add ${key} (e.g. 2026-12-24T00:00)`,
        });
        continue;
      }
      parsed[key] = parseLocalDateTime(window[key]);
      const p = parsed[key];
      if (p && "error" in p) problems.push({ path: here(key), message: `${key}: ${p.error}` });
    }
    const from = parsed.from;
    const to = parsed.to;
    if (zoneOk && from && to && !("error" in from) && !("error" in to)) {
      if (localToInstant(to, zone) <= localToInstant(from, zone)) {
        problems.push({
          path: here("to"),
          message: `to (${window.to}) must be later than from (${window.from})`,
        });
      }
    }
  });
  return problems;
}

export const freezeSection: PolicySection<FreezePolicy> = {
  key: "freeze",
  property: "freeze",
  schema: freezeSchema,
  defaults: defaultFreezePolicy,
  parse: parseFreezePolicy,
  check: checkFreezePolicy,
};
