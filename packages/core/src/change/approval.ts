/**
 * Change authorisation: whether a change request, as it stands now, authorises a deployment.
 * The rules (product.md, "Change requests"):
 * - approvals are `/approve` comments and the `change/approved` label, counted only when the actor
 *   is a configured approver (user or team member) — for the label, the actor who applied it; a
 *   comment someone else edited is nobody's approval;
 * - never the change request's author, never an author of a change in the deployed range;
 * - approvals made before the last edit of the change request's body are void;
 * - `/reject` (or the `change/rejected` label) by an approver blocks;
 * - distinct approvals needed by risk (approvals.quorum);
 * - standard changes whose template the policy lists are pre-approved;
 * - emergency changes need one emergency approver;
 * - planned start/end bound the deployment window;
 * - implemented or closed change requests authorise nothing new, standard changes excepted;
 * - only issues in the configured change-request repositories, carrying the change-request label.
 */

import type { ApprovalsPolicy, ApproverGroup } from "../policy/sections/approvals";
import type { ChangeRequestsPolicy } from "../policy/sections/changeRequests";
import {
  type ChangeRequestFields,
  type ChangeRequestIssue,
  type ChangeRequestLink,
  type ChangeType,
  changeLabels,
  parseChangeRequest,
  proseLines,
} from "./changeRequest";
import { type RiskLevel, raiseRisk } from "./risk";

/** What GitHub token can read team membership: said whenever it cannot be read. */
export const teamMembershipTokenHelp =
  "pass a token that can read organisation membership as the `token` input: a GitHub App installation token with the Members: read organisation permission, or a token with the `read:org` scope (the workflow's GITHUB_TOKEN cannot read teams)";

/** Members of the approver teams, by "org/team-slug" in lower case. */
export interface TeamMembership {
  members: Record<string, string[]>;
  /** Teams whose members could not be read, with why (e.g. the token lacks read:org). */
  problems: Record<string, string>;
}

export interface ApprovalContext {
  now: Date;
  approvals: ApprovalsPolicy;
  changeRequests: ChangeRequestsPolicy;
  /** The repository being deployed ("owner/repo"): the default change-request repository. */
  repository: string;
  /** Timezone for planned start/end written without an offset. */
  timezone: string;
  teams?: TeamMembership;
  /**
   * People who authored changes in the deployed range (lower-case login → what they authored,
   * e.g. "commit 1a2b3c4"): they may not approve (segregation of duties).
   */
  rangeAuthors?: ReadonlyMap<string, string>;
  /** The deployment's risk is raised one level (sensitive paths, large change): so is each CR's. */
  riskRaised?: boolean;
}

/** An approval that counts: who, when, and how it was given. */
export interface Approval {
  login: string;
  at: string;
  via: "comment" | "label";
}

/** An approval or rejection that did not count, and why. */
export interface DiscountedAction {
  login: string;
  action: "approve" | "reject";
  via: "comment" | "label";
  why: string;
}

export interface ChangeRequestAssessment extends ChangeRequestLink {
  title: string;
  url: string;
  authorised: boolean;
  type?: ChangeType;
  /** The risk the change request states. */
  risk?: RiskLevel;
  /** The risk its approvals are counted against (raised with the deployment's). */
  effectiveRisk?: RiskLevel;
  /** A standard change whose template the policy lists. */
  preApproved: boolean;
  requiredApprovals: number;
  /** Approvers whose approval counts, in the order they approved. */
  approvers: string[];
  /** The approvals that count, with when and how they were given. */
  approvals: Approval[];
  rejectedBy: string[];
  discounted: DiscountedAction[];
  /** Why it does not authorise the deployment; empty when authorised. */
  reasons: string[];
  fields?: ChangeRequestFields;
}

/** A change request that authorises nothing, for `reasons`, before any approval was counted. */
export function unauthorised(
  cr: ChangeRequestLink & { title: string; url: string },
  reasons: string[],
): ChangeRequestAssessment {
  return {
    ...cr,
    authorised: false,
    preApproved: false,
    requiredApprovals: 0,
    approvers: [],
    approvals: [],
    rejectedBy: [],
    discounted: [],
    reasons,
  };
}

/** Repositories whose issues may be change requests ("owner/repo"). */
export function changeRequestRepositories(policy: ChangeRequestsPolicy, repository: string): string[] {
  return policy.repositories.length > 0 ? policy.repositories : [repository];
}

export function isChangeRequestRepository(
  link: ChangeRequestLink,
  policy: ChangeRequestsPolicy,
  repository: string,
) {
  const name = link.repository.toLowerCase();
  return changeRequestRepositories(policy, repository).some((r) => r.toLowerCase() === name);
}

/** "org/team" → "org/team" in lower case; a bare slug belongs to the deployed repository's owner. */
export function teamKey(team: string, repository: string): string {
  const t = team.replace(/^@/, "");
  return (t.includes("/") ? t : `${repository.split("/")[0]}/${t}`).toLowerCase();
}

/** Every team named by the policy's approver groups, as "org/team" keys. */
export function approverTeams(approvals: ApprovalsPolicy, repository: string): string[] {
  const keys = [...approvals.approvers.teams, ...approvals.emergencyApprovers.teams].map((t) =>
    teamKey(t, repository),
  );
  return [...new Set(keys)];
}

const lower = (s: string | null | undefined) => (s ?? "").toLowerCase();

interface ResolvedGroup {
  has(login: string): boolean;
  /** Teams that could not be read, with why. */
  unreadable: string[];
  empty: boolean;
}

function resolveGroup(
  group: ApproverGroup,
  repository: string,
  teams: TeamMembership | undefined,
): ResolvedGroup {
  const logins = new Set(group.users.map(lower));
  const unreadable: string[] = [];
  for (const team of group.teams) {
    const key = teamKey(team, repository);
    const members = teams?.members[key];
    if (members) for (const m of members) logins.add(lower(m));
    else unreadable.push(key);
  }
  return {
    has: (login) => logins.has(lower(login)),
    unreadable,
    empty: group.users.length === 0 && group.teams.length === 0,
  };
}

/** An `/approve` or `/reject` command: the first prose line of a comment that starts with one. */
export function approvalCommand(body: string): "approve" | "reject" | null {
  for (const line of proseLines(body)) {
    const m = /^\s*\/(approve|reject)(?![\w-])/i.exec(line);
    if (m) return m[1]!.toLowerCase() as "approve" | "reject";
  }
  return null;
}

interface Action {
  login: string;
  action: "approve" | "reject";
  via: "comment" | "label";
  at: Date;
}

/** Who holds the label now: the actor of its last `labeled` event, if the issue still has it. */
function labelHolder(issue: ChangeRequestIssue, label: string): { actor: string | null; at: Date } | null {
  if (!issue.labels.some((l) => lower(l) === label)) return null;
  let holder: { actor: string | null; at: Date } | null = null;
  for (const event of issue.labelEvents) {
    if (lower(event.label) !== label) continue;
    holder = event.action === "labeled" ? { actor: event.actor, at: new Date(event.at) } : null;
  }
  return holder;
}

function collectActions(issue: ChangeRequestIssue, discounted: DiscountedAction[]): Action[] {
  const actions: Action[] = [];
  for (const comment of issue.comments) {
    if (comment.body.includes("<!-- gatehouse:")) continue;
    const command = approvalCommand(comment.body);
    if (!command) continue;
    if (!comment.author) {
      discounted.push({
        login: "ghost",
        action: command,
        via: "comment",
        why: "the account no longer exists",
      });
      continue;
    }
    const otherEditor = (comment.editors ?? []).find((e) => lower(e) !== lower(comment.author));
    if (otherEditor !== undefined) {
      discounted.push({
        login: comment.author,
        action: command,
        via: "comment",
        why: `@${comment.author}'s \`/${command}\` comment was edited by ${otherEditor ? `@${otherEditor}` : "an account that no longer exists"}, so it is not theirs alone`,
      });
      continue;
    }
    actions.push({
      login: comment.author,
      action: command,
      via: "comment",
      at: new Date(comment.editedAt ?? comment.createdAt),
    });
  }
  for (const [label, action] of [
    [changeLabels.approved, "approve"],
    [changeLabels.rejected, "reject"],
  ] as const) {
    const holder = labelHolder(issue, label);
    if (!holder) {
      if (issue.labels.some((l) => lower(l) === label)) {
        discounted.push({
          login: "unknown",
          action,
          via: "label",
          why: `nobody can be seen applying the \`${label}\` label in the issue's timeline`,
        });
      }
      continue;
    }
    if (!holder.actor) {
      discounted.push({ login: "ghost", action, via: "label", why: "the account no longer exists" });
      continue;
    }
    actions.push({ login: holder.actor, action, via: "label", at: holder.at });
  }
  return actions.sort((a, b) => a.at.getTime() - b.at.getTime());
}

const describeTime = (date: Date) =>
  date
    .toISOString()
    .replace(/\.000Z$/, "Z")
    .replace("T", " ");

function describeWait(from: Date, to: Date): string {
  const minutes = Math.round((to.getTime() - from.getTime()) / 60_000);
  if (minutes < 90) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hours`;
  return `${Math.round(hours / 24)} days`;
}

/**
 * Assesses one change request against the policy as of `context.now`. `authorised` is true only
 * when no rule objects; every objection is a plain sentence in `reasons`.
 */
export function assessChangeRequest(
  issue: ChangeRequestIssue,
  context: ApprovalContext,
): ChangeRequestAssessment {
  const reasons: string[] = [];
  const discounted: DiscountedAction[] = [];
  const base = {
    repository: issue.repository,
    number: issue.number,
    title: issue.title,
    url: issue.url,
  };
  const blocked = (extra: Partial<ChangeRequestAssessment> = {}): ChangeRequestAssessment => ({
    ...unauthorised(base, reasons),
    discounted,
    ...extra,
  });

  if (!isChangeRequestRepository(issue, context.changeRequests, context.repository)) {
    const allowed = changeRequestRepositories(context.changeRequests, context.repository);
    reasons.push(
      `it is in ${issue.repository}, which is not a change-request repository (the policy's \`change-requests\` allows ${allowed.join(", ")})`,
    );
    return blocked();
  }
  const crLabel = lower(context.changeRequests.label);
  if (!issue.labels.some((l) => lower(l) === crLabel)) {
    reasons.push(
      `the issue is not labelled \`${context.changeRequests.label}\`: open change requests with the change-request issue form`,
    );
    return blocked();
  }
  const parsed = parseChangeRequest(issue.body, { timezone: context.timezone });
  if (!parsed.fields) {
    for (const problem of parsed.problems)
      reasons.push(`its form field "${problem.field}" cannot be read: ${problem.message}`);
    return blocked();
  }
  const fields = parsed.fields;
  const { approvals } = context;
  const preApproved =
    fields.type === "standard" &&
    fields.standardChange !== undefined &&
    approvals.standardChanges.some((name) => lower(name).trim() === lower(fields.standardChange).trim());
  const effectiveRisk = context.riskRaised ? raiseRisk(fields.risk) : fields.risk;
  const emergency = fields.type === "emergency";
  const requiredApprovals = preApproved ? 0 : emergency ? 1 : approvals.quorum[effectiveRisk];

  const approvers = resolveGroup(approvals.approvers, context.repository, context.teams);
  const emergencyApprovers = resolveGroup(approvals.emergencyApprovers, context.repository, context.teams);
  const counting = emergency ? emergencyApprovers : approvers;
  const isAnyApprover = (login: string) => approvers.has(login) || emergencyApprovers.has(login);

  // Team membership that cannot be read: neither approvals nor rejections can be told apart.
  const unreadable = [...new Set([...approvers.unreadable, ...emergencyApprovers.unreadable])];
  if (unreadable.length > 0) {
    const why = unreadable.map((t) => context.teams?.problems[t]).find(Boolean);
    reasons.push(
      `the members of approver team${unreadable.length > 1 ? "s" : ""} ${unreadable.map((t) => `@${t}`).join(", ")} cannot be read${why ? ` (${why})` : ""}: ${teamMembershipTokenHelp}`,
    );
  }

  const actions = collectActions(issue, discounted);
  const editedAt = issue.bodyEditedAt ? new Date(issue.bodyEditedAt) : null;
  const latest = new Map<string, Action>();
  for (const action of actions) latest.set(lower(action.login), action);

  const approved: string[] = [];
  const rejectedBy: string[] = [];
  for (const action of latest.values()) {
    const login = action.login;
    const discount = (why: string) => discounted.push({ login, action: action.action, via: action.via, why });
    if (!isAnyApprover(login)) {
      discount(
        action.via === "label"
          ? `@${login} applied the \`${action.action === "approve" ? changeLabels.approved : changeLabels.rejected}\` label but is not an approver`
          : `@${login} is not an approver`,
      );
      continue;
    }
    if (action.action === "reject") {
      rejectedBy.push(login);
      continue;
    }
    if (lower(login) === lower(issue.author)) {
      discount(`@${login} opened the change request and cannot approve it`);
      continue;
    }
    const authored = context.rangeAuthors?.get(lower(login));
    if (authored) {
      discount(`@${login} authored ${authored} in the deployed range and cannot approve it`);
      continue;
    }
    if (editedAt && action.at.getTime() <= editedAt.getTime()) {
      discount(
        `@${login} approved at ${describeTime(action.at)}, before the change request was last edited (${describeTime(editedAt)}); approve again`,
      );
      continue;
    }
    if (!counting.has(login)) {
      discount(`@${login} is not an emergency approver (approvals.emergency-approvers)`);
      continue;
    }
    approved.push(login);
  }
  approved.sort(
    (a, b) => (latest.get(lower(a))?.at.getTime() ?? 0) - (latest.get(lower(b))?.at.getTime() ?? 0),
  );

  if (rejectedBy.length > 0) {
    reasons.push(`it was rejected by ${rejectedBy.map((l) => `@${l}`).join(", ")}`);
  }

  if (fields.type === "standard" && !preApproved) {
    const listed = approvals.standardChanges.length
      ? `it lists ${approvals.standardChanges.map((s) => `"${s}"`).join(", ")}`
      : "it lists none";
    if (approved.length < requiredApprovals) {
      reasons.push(
        `its standard change template "${fields.standardChange}" is not one the policy pre-approves (approvals.standard-changes: ${listed}), so it needs approval like a normal change`,
      );
    }
  }

  if (!preApproved && approved.length < requiredApprovals) {
    if (emergency && emergencyApprovers.empty) {
      reasons.push(
        "it is an emergency change and the policy names no emergency approvers (approvals.emergency-approvers)",
      );
    } else if (!emergency && approvers.empty) {
      reasons.push("the policy names no approvers (approvals.approvers), so nobody can approve it");
    } else if (emergency) {
      reasons.push("it is an emergency change and no emergency approver has approved it");
    } else {
      const raised =
        effectiveRisk !== fields.risk ? ` (${fields.risk}, raised with the deployment's risk)` : "";
      const have = approved.length === 0 ? "none counts" : `it has ${approved.length}`;
      reasons.push(
        `it needs ${requiredApprovals} approval${requiredApprovals === 1 ? "" : "s"} at ${effectiveRisk} risk${raised}; ${have}`,
      );
    }
  }

  if (fields.plannedStart && context.now.getTime() < fields.plannedStart.getTime()) {
    reasons.push(
      `its planned window starts at ${describeTime(fields.plannedStart)}, in ${describeWait(context.now, fields.plannedStart)}`,
    );
  }
  if (fields.plannedEnd && context.now.getTime() > fields.plannedEnd.getTime()) {
    reasons.push(`its planned window ended at ${describeTime(fields.plannedEnd)}`);
  }

  if (!preApproved) {
    if (issue.labels.some((l) => lower(l) === changeLabels.implemented)) {
      reasons.push(
        `it is already labelled \`${changeLabels.implemented}\` and cannot authorise a new deployment: open a new change request`,
      );
    } else if (issue.state === "closed") {
      reasons.push("it is closed and cannot authorise a new deployment: open a new change request");
    }
  }

  return {
    ...base,
    authorised: reasons.length === 0,
    type: fields.type,
    risk: fields.risk,
    effectiveRisk,
    preApproved,
    requiredApprovals,
    approvers: approved,
    approvals: approved.map((login) => {
      const action = latest.get(lower(login))!;
      return { login, at: action.at.toISOString(), via: action.via };
    }),
    rejectedBy,
    discounted,
    reasons,
    fields,
  };
}
