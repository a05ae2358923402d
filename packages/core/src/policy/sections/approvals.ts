import type { PolicySection } from "../section";

/** People who may approve: GitHub logins and teams written "org/team-slug". */
export interface ApproverGroup {
  users: string[];
  teams: string[];
}

export interface ApprovalQuorum {
  low: number;
  medium: number;
  high: number;
}

/**
 * A standard (pre-approved) change template and what it may touch. A template the policy names
 * without `paths` or `services` pre-approves nothing (it covers nothing): changes claiming it need
 * approval like a normal change.
 */
export interface StandardChangeTemplate {
  name: string;
  /** Globs: every file of every change linking the template must match one. */
  paths: string[];
  /** Services: every service the change request names must be one of these. */
  services: string[];
}

/** Who authorises changes and how many of them are needed. */
export interface ApprovalsPolicy {
  approvers: ApproverGroup;
  /** Approvers of emergency changes (the emergency change advisory board). */
  emergencyApprovers: ApproverGroup;
  /** Distinct approvals needed, by risk. */
  quorum: ApprovalQuorum;
  /** The standard (pre-approved) change templates, with what each covers. */
  standardChanges: StandardChangeTemplate[];
  /**
   * A commit in the deployment whose author, co-author or committer GitHub ties to no account:
   * `block` (the default: segregation of duties cannot be checked) or `report` (named in the
   * summary only).
   */
  unidentifiedAuthors: "block" | "report";
}

const groupSchema = (what: string) => ({
  type: "object",
  additionalProperties: false,
  description: what,
  properties: {
    users: {
      type: "array",
      items: {
        type: "string",
        pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$",
        description:
          "a person's GitHub login; bots (`name[bot]`) and GitHub Apps (`app/name`) can never approve a change",
      },
      uniqueItems: true,
      description: "GitHub logins of people (never a bot or an App).",
    },
    teams: {
      type: "array",
      items: {
        type: "string",
        pattern: "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",
        description: "a team written org/team-slug; GitHub Apps (`app/name`) can never approve a change",
      },
      uniqueItems: true,
      description:
        "Teams written org/team-slug. Reading their members needs a token that can read organisation membership (a GitHub App token with Members: read, or read:org).",
    },
  },
});

const quorumItem = (risk: string, fallback: number) => ({
  type: "integer",
  minimum: 1,
  maximum: 20,
  description: `Distinct approvals a ${risk}-risk change needs. Default: ${fallback}.`,
});

export const defaultQuorum: ApprovalQuorum = { low: 1, medium: 1, high: 2 };

function group(raw: { users?: string[]; teams?: string[] } | undefined): ApproverGroup {
  const strip = (s: string) => s.replace(/^@/, "");
  return { users: (raw?.users ?? []).map(strip), teams: (raw?.teams ?? []).map(strip) };
}

export const approvalsSection: PolicySection<ApprovalsPolicy> = {
  key: "approvals",
  property: "approvals",
  schema: {
    type: "object",
    additionalProperties: false,
    description: "Who approves change requests (with /approve or the change/approved label) and how many.",
    properties: {
      approvers: groupSchema("Approvers of normal changes (the change advisory board)."),
      "emergency-approvers": groupSchema("Approvers of emergency changes; one approval from them is enough."),
      quorum: {
        type: "object",
        additionalProperties: false,
        description: "Distinct approvals needed by risk.",
        properties: {
          low: quorumItem("low", defaultQuorum.low),
          medium: quorumItem("medium", defaultQuorum.medium),
          high: quorumItem("high", defaultQuorum.high),
        },
      },
      "standard-changes": {
        type: "array",
        items: {
          oneOf: [
            {
              type: "string",
              minLength: 1,
              description:
                "A template name alone covers nothing: give it `paths` or `services` (the object form) to pre-approve changes.",
            },
            {
              type: "object",
              additionalProperties: false,
              required: ["name"],
              description: "A standard change template and what it covers.",
              properties: {
                name: {
                  type: "string",
                  minLength: 1,
                  description: "The template's name, as the change request names it.",
                },
                paths: {
                  type: "array",
                  items: { type: "string", minLength: 1 },
                  minItems: 1,
                  uniqueItems: true,
                  description:
                    'Globs (e.g. "package.json", "infra/tls/**"): every file of every change linking a change request of this template must match one.',
                },
                services: {
                  type: "array",
                  items: { type: "string", minLength: 1 },
                  minItems: 1,
                  uniqueItems: true,
                  description:
                    "Services the template covers: every service the change request names must be one of these.",
                },
              },
            },
          ],
        },
        uniqueItems: true,
        description:
          "Standard (pre-approved) change templates, each with the paths and services it covers. A standard change naming one of these needs no approval, for those paths and services only.",
      },
      "unidentified-authors": {
        type: "string",
        enum: ["block", "report"],
        default: "block",
        description:
          "A commit in the deployment (or of one of its pull requests) whose author, co-author or committer GitHub cannot tie to an account (an e-mail address no account has verified) hides who shaped the change, so segregation of duties cannot be checked. block (default): the gate blocks and names the commit; report: the gate names it in the summary and decides as if it were not there.",
      },
    },
  },
  defaults: () => ({
    approvers: { users: [], teams: [] },
    emergencyApprovers: { users: [], teams: [] },
    quorum: { ...defaultQuorum },
    standardChanges: [],
    unidentifiedAuthors: "block",
  }),
  parse(raw) {
    const value = (raw ?? {}) as {
      approvers?: { users?: string[]; teams?: string[] };
      "emergency-approvers"?: { users?: string[]; teams?: string[] };
      quorum?: Partial<ApprovalQuorum>;
      "standard-changes"?: (string | { name: string; paths?: string[]; services?: string[] })[];
      "unidentified-authors"?: "block" | "report";
    };
    return {
      approvers: group(value.approvers),
      emergencyApprovers: group(value["emergency-approvers"]),
      quorum: { ...defaultQuorum, ...value.quorum },
      standardChanges: (value["standard-changes"] ?? []).map((s) =>
        typeof s === "string"
          ? { name: s.trim(), paths: [], services: [] }
          : { name: s.name.trim(), paths: s.paths ?? [], services: (s.services ?? []).map((x) => x.trim()) },
      ),
      unidentifiedAuthors: value["unidentified-authors"] ?? "block",
    };
  },
  check(value) {
    const problems: { path: (string | number)[]; message: string }[] = [];
    const { low, medium, high } = value.quorum;
    if (medium < low) {
      problems.push({
        path: ["quorum", "medium"],
        message: `medium (${medium}) must not be below low (${low})`,
      });
    }
    if (high < medium) {
      problems.push({
        path: ["quorum", "high"],
        message: `high (${high}) must not be below medium (${medium})`,
      });
    }
    const seen = new Map<string, number>();
    value.standardChanges.forEach((t, i) => {
      const key = t.name.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({
          path: ["standard-changes", i],
          message: `the template "${t.name}" is listed twice (items ${first + 1} and ${i + 1}): keep one`,
        });
      } else seen.set(key, i);
    });
    return problems;
  },
};
