/**
 * Policy section `services`: the services changes are planned against — which paths belong to
 * each, which services it depends on, and when it may be changed.
 *
 * ```yaml
 * services:
 *   - name: checkout
 *     paths: ["services/checkout/**", "libs/cart/**"]
 *     depends-on: [payments]
 *     maintenance-windows:             # same forms as freeze windows
 *       - name: Nightly
 *         start: "0 22 * * *"          # cron, in the window's timezone (default freeze.timezone)
 *         end: "0 6 * * *"
 *       - name: Migration weekend
 *         from: 2027-02-06T00:00
 *         to: 2027-02-08T00:00
 *   - name: payments
 *     paths: ["services/payments/**"]
 * ```
 *
 * A change request's "Services affected" are checked against these names (case-insensitively);
 * `change-requests.bind-services` limits a change request to the paths of its services.
 */
import { closest } from "../paths";
import type { PolicySection } from "../section";
import { checkWindows, type FreezeWindow, parseWindow, windowSchema } from "./freeze";
import { checkGlobs, globListSchema } from "./risk";

export interface Service {
  name: string;
  /** Globs of the repository paths that belong to the service. */
  paths: string[];
  /** Names of the services it depends on (as written in the policy). */
  dependsOn: string[];
  /** When it may be changed; empty: at any time. Zones default to `freeze.timezone`. */
  maintenanceWindows: FreezeWindow[];
}

export type ServicesPolicy = Service[];

/** A service name as change requests write it: no comma (the form separates services with commas). */
const namePattern = "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$";

export const servicesSchema = {
  type: "array",
  description:
    "The services changes are planned against: the paths that belong to each, the services it depends on, and when it may be changed. A change request's `Services affected` must name services listed here.",
  items: {
    type: "object",
    required: ["name"],
    additionalProperties: false,
    description: "A service.",
    properties: {
      name: {
        type: "string",
        pattern: namePattern,
        description:
          "The service's name, as change requests write it under `Services affected` (compared case-insensitively; no commas).",
      },
      paths: globListSchema(
        'Globs of the repository paths that belong to the service (e.g. "services/checkout/**"). With `change-requests.bind-services`, a change request covers only pull requests touching its services\' paths.',
      ),
      "depends-on": {
        type: "array",
        items: { type: "string", pattern: namePattern },
        uniqueItems: true,
        description:
          "Services this one depends on. Changes planned at the same time on services that depend on each other (directly or through others) are a conflict.",
      },
      "maintenance-windows": {
        type: "array",
        items: {
          ...windowSchema,
          description:
            "A maintenance window, in the same forms as a freeze window: recurring (`start` and `end` cron expressions) or one-off (`from` and `to` local date-times); `timezone` defaults to `freeze.timezone`.",
        },
        description:
          "When the service may be changed. A change planned outside them is a conflict. Absent: at any time.",
      },
    },
  },
} as const;

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** Normalises the raw YAML value (already schema-checked). Never throws. */
export function parseServicesPolicy(raw: unknown): ServicesPolicy {
  return (Array.isArray(raw) ? raw : []).map((item, i) => {
    const r = asRecord(item);
    const windows = Array.isArray(r["maintenance-windows"]) ? r["maintenance-windows"] : [];
    return {
      name: typeof r.name === "string" ? r.name.trim() : `service ${i + 1}`,
      paths: strings(r.paths),
      dependsOn: strings(r["depends-on"]).map((s) => s.trim()),
      maintenanceWindows: windows.map(parseWindow),
    };
  });
}

type Problem = { path: (string | number)[]; message: string };

/** Unique names, dependencies on listed services (not on themselves), valid globs and windows. */
export function checkServicesPolicy(value: ServicesPolicy, raw: unknown): Problem[] {
  const problems: Problem[] = [];
  const rawList = Array.isArray(raw) ? raw : [];
  const names = value.map((s) => s.name);
  const seen = new Map<string, number>();
  value.forEach((service, i) => {
    const key = service.name.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        path: [i, "name"],
        message: `the service "${service.name}" is already listed (service ${first + 1}): keep one`,
      });
    } else seen.set(key, i);
  });
  value.forEach((service, i) => {
    const r = asRecord(rawList[i]);
    problems.push(...checkGlobs(service.paths, [i, "paths"]));
    service.dependsOn.forEach((name, j) => {
      if (name.toLowerCase() === service.name.toLowerCase()) {
        problems.push({
          path: [i, "depends-on", j],
          message: `a service cannot depend on itself: remove "${name}"`,
        });
      } else if (!seen.has(name.toLowerCase())) {
        const guess = closest(name, names);
        problems.push({
          path: [i, "depends-on", j],
          message: `"${name}" is not a service listed here${guess ? `: did you mean "${guess}"?` : `: add it to services, or remove it (listed: ${names.join(", ")})`}`,
        });
      }
    });
    const rawWindows = Array.isArray(r["maintenance-windows"]) ? r["maintenance-windows"] : [];
    // A window without its own timezone is read in freeze.timezone, checked in that section.
    problems.push(
      ...checkWindows(
        rawWindows,
        service.maintenanceWindows,
        "UTC",
        [i, "maintenance-windows"],
        "maintenance",
      ),
    );
  });
  return problems;
}

export const servicesSection: PolicySection<ServicesPolicy> = {
  key: "services",
  property: "services",
  schema: servicesSchema,
  defaults: () => [],
  parse: parseServicesPolicy,
  check: checkServicesPolicy,
};

/** The service the policy lists under this name (case-insensitive), if any. */
export function findService(services: ServicesPolicy, name: string): Service | undefined {
  const wanted = name.trim().toLowerCase();
  return services.find((s) => s.name.toLowerCase() === wanted);
}
