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

/** Who authorises changes and how many of them are needed. */
export interface ApprovalsPolicy {
  approvers: ApproverGroup;
  /** Approvers of emergency changes (the emergency change advisory board). */
  emergencyApprovers: ApproverGroup;
  /** Distinct approvals needed, by risk. */
  quorum: ApprovalQuorum;
  /** Names of the standard (pre-approved) change templates. */
  standardChanges: string[];
}

const groupSchema = (what: string) => ({
  type: "object",
  additionalProperties: false,
  description: what,
  properties: {
    users: {
      type: "array",
      items: { type: "string", pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$" },
      uniqueItems: true,
      description: "GitHub logins.",
    },
    teams: {
      type: "array",
      items: { type: "string", pattern: "^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" },
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
        items: { type: "string", minLength: 1 },
        uniqueItems: true,
        description:
          "Standard (pre-approved) change templates. A standard change naming one of these needs no approval.",
      },
    },
  },
  defaults: () => ({
    approvers: { users: [], teams: [] },
    emergencyApprovers: { users: [], teams: [] },
    quorum: { ...defaultQuorum },
    standardChanges: [],
  }),
  parse(raw) {
    const value = (raw ?? {}) as {
      approvers?: { users?: string[]; teams?: string[] };
      "emergency-approvers"?: { users?: string[]; teams?: string[] };
      quorum?: Partial<ApprovalQuorum>;
      "standard-changes"?: string[];
    };
    return {
      approvers: group(value.approvers),
      emergencyApprovers: group(value["emergency-approvers"]),
      quorum: { ...defaultQuorum, ...value.quorum },
      standardChanges: (value["standard-changes"] ?? []).map((s) => s.trim()),
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
    return problems;
  },
};
