import { IANAZone } from "luxon";
import type { PolicySection } from "../section";

/** Where change requests live and how they are recognised. */
export interface ChangeRequestsPolicy {
  /**
   * Repositories ("owner/repo") whose issues may serve as change requests.
   * Empty means "the repository being deployed".
   */
  repositories: string[];
  /** The label every change request carries. */
  label: string;
  /**
   * IANA timezone for planned start/end written without an offset (`YYYY-MM-DD HH:MM`).
   * Absent: the freeze timezone if the policy has one, else UTC.
   */
  timezone?: string;
  /**
   * A change request covers only pull requests and commits touching the paths of the services it
   * names (policy `services`), so an approved change request cannot be borrowed for other code.
   */
  bindServices?: boolean;
  /**
   * change-gate blocks a deployment whose change request has an unresolved conflict in the
   * schedule (another change on the same or a dependent service at the same time, a freeze, a
   * maintenance window, the same assignee).
   */
  blockOnConflict?: boolean;
}

const repositoryPattern = "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$";

export const changeRequestsSection: PolicySection<ChangeRequestsPolicy> = {
  key: "change-requests",
  property: "changeRequests",
  schema: {
    type: "object",
    description: "Where change requests (issues opened with the change-request form) live.",
    additionalProperties: false,
    properties: {
      repository: {
        type: "string",
        pattern: repositoryPattern,
        description:
          "The one repository (owner/repo) holding change requests. Default: the deployed repository.",
      },
      repositories: {
        type: "array",
        items: { type: "string", pattern: repositoryPattern },
        uniqueItems: true,
        description: "Several repositories (owner/repo) whose issues may be change requests.",
      },
      label: {
        type: "string",
        minLength: 1,
        description: "The label every change request carries. Default: change-request.",
      },
      timezone: {
        type: "string",
        description:
          "IANA timezone for planned start/end written as `YYYY-MM-DD HH:MM`. Default: freeze.timezone, else UTC.",
      },
      "bind-services": {
        type: "boolean",
        default: false,
        description:
          "A change request covers only pull requests and commits that touch the paths of the services it names (`services[].paths`): change-gate refuses it for any other change.",
      },
      "block-on-conflict": {
        type: "boolean",
        default: false,
        description:
          "change-gate blocks a deployment whose change request has an unresolved conflict with the schedule: another open change on the same service or a dependent one at the same time, a freeze, a service's maintenance windows, or the same assignee on overlapping changes.",
      },
    },
  },
  defaults: () => ({ repositories: [], label: "change-request" }),
  parse(raw) {
    const value = (raw ?? {}) as {
      repository?: string;
      repositories?: string[];
      label?: string;
      timezone?: string;
      "bind-services"?: boolean;
      "block-on-conflict"?: boolean;
    };
    const repositories = [...(value.repository ? [value.repository] : []), ...(value.repositories ?? [])];
    const unique = [...new Map(repositories.map((r) => [r.toLowerCase(), r])).values()];
    return {
      repositories: unique,
      label: value.label ?? "change-request",
      ...(value.timezone ? { timezone: value.timezone } : {}),
      ...(value["bind-services"] ? { bindServices: true } : {}),
      ...(value["block-on-conflict"] ? { blockOnConflict: true } : {}),
    };
  },
  check(value) {
    const problems: { path: (string | number)[]; message: string }[] = [];
    if (value.timezone !== undefined && !IANAZone.isValidZone(value.timezone)) {
      problems.push({
        path: ["timezone"],
        message: `"${value.timezone}" is not an IANA timezone; use a name such as "Europe/Berlin" or "UTC"`,
      });
    }
    return problems;
  },
};
