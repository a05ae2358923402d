/**
 * Change authorisation: whether a change request, as it stands now, authorises a deployment.
 * The rules (product.md, "Change requests"):
 * - approvals are `/approve` comments and the `change/approved` label, counted only when the actor
 *   is a configured approver (user or team member) — for the label, the actor who applied it; a
 *   comment someone else edited is nobody's approval;
 * - never the change request's author, never anyone who shaped a change in the deployed range
 *   (authors, co-authors and committers of its commits and of its pull requests' own commits, the
 *   pull requests' authors and mergers);
 * - approvals made before the last edit of the change request's body are void;
 * - `/reject` (or the `change/rejected` label) by an approver blocks;
 * - distinct approvals needed by risk (approvals.quorum);
 * - standard changes whose template the policy lists are pre-approved;
 * - emergency changes need one emergency approver;
 * - planned start/end bound the deployment window;
 * - implemented or closed change requests authorise nothing new, standard changes excepted;
 * - only issues in the configured change-request repositories, carrying the change-request label.
 */

import type { ApprovalsPolicy, ApproverGroup, StandardChangeTemplate } from "../policy/sections/approvals";
import type { ChangeRequestsPolicy } from "../policy/sections/changeRequests";
import {
  type ChangeRequestFields,
  type ChangeRequestIssue,
  type ChangeRequestLink,
  type ChangeType,
  changeLabels,
  parseChangeRequest,
} from "./changeRequest";
import { type ApprovalCommandName, nearMissCommand, parseCommand } from "./commands";
import { parseRecord, type RecordedRejection } from "./gatehouseRecord";
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
   * People who shaped changes in the deployed range (lower-case login → what they did, e.g.
   * "authored commit 1a2b3c4", "merged pull request #7"): they may not approve (segregation of duties).
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

/** An approval, rejection or withdrawal that did not count, and why. */
export interface DiscountedAction {
  /** Who gave it; null when nobody can be seen giving it (a label no timeline event shows applied). */
  login: string | null;
  action: ApprovalCommandName;
  via: "comment" | "label";
  /** Why, said of them: "they opened this change request". */
  why: string;
  /** For an approval, what would give the change request one that counts: "ask another approver". */
  fix?: string;
}

const actionNames: Record<ApprovalCommandName, Record<DiscountedAction["via"], string>> = {
  approve: { comment: "approval", label: `approval (the \`${changeLabels.approved}\` label)` },
  reject: { comment: "rejection", label: `rejection (the \`${changeLabels.rejected}\` label)` },
  "withdraw-rejection": { comment: "`/withdraw-rejection`", label: "`/withdraw-rejection`" },
};

/**
 * One approval, rejection or withdrawal that does not count, as people read it wherever Gatehouse
 * lists them (the gate's summary and comment, the freeze check's summary):
 * "@olivia's approval does not count: they opened this change request".
 */
export function discountedLine(d: DiscountedAction): string {
  const label = d.action === "reject" ? changeLabels.rejected : changeLabels.approved;
  const who = d.login === null ? `the \`${label}\` label` : `@${d.login}'s ${actionNames[d.action][d.via]}`;
  return `${who} does not count: ${d.why}`;
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
  /** The rejections standing, with when each was given (what Gatehouse records on the issue). */
  rejections: RecordedRejection[];
  discounted: DiscountedAction[];
  /** Why it does not authorise the deployment; empty when authorised. */
  reasons: string[];
  fields?: ChangeRequestFields;
}

/**
 * The approvals, rejections and withdrawals that do not count which none of `reasons` names
 * already: what a list beside the reasons adds (the reason that asks for approvals names the first).
 */
export function discountedNotNamed(
  discounted: readonly DiscountedAction[],
  reasons: readonly string[],
): DiscountedAction[] {
  return discounted.filter((d) => {
    const line = discountedLine(d).toLowerCase();
    return !reasons.some((r) => r.toLowerCase().includes(line));
  });
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
    rejections: [],
    discounted: [],
    reasons,
  };
}

/** The standard change template the policy lists under this name (names compare case-insensitively). */
export function standardTemplate(
  approvals: ApprovalsPolicy,
  name: string,
): StandardChangeTemplate | undefined {
  const key = name.trim().toLowerCase();
  return approvals.standardChanges.find((t) => t.name.trim().toLowerCase() === key);
}

/** A standard change whose template the policy limits to paths: its changes' files must be read. */
export function pathScopedStandardChange(issue: ChangeRequestIssue, approvals: ApprovalsPolicy): boolean {
  const fields = parseChangeRequest(issue.body).fields;
  if (fields?.type !== "standard" || !fields.standardChange) return false;
  return (standardTemplate(approvals, fields.standardChange)?.paths.length ?? 0) > 0;
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
/** A login as GraphQL and REST both name it: a bot's `[bot]` suffix dropped. */
const identity = (s: string | null | undefined) => lower(s).replace(/\[bot\]$/, "");

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

/** An `/approve` or `/reject` command, read by the exact grammar of `./commands` (null: none). */
export function approvalCommand(body: string): "approve" | "reject" | null {
  const parsed = parseCommand(body);
  return parsed && parsed.command !== "withdraw-rejection" ? parsed.command : null;
}

interface Action {
  login: string;
  action: "approve" | "reject";
  via: "comment" | "label";
  at: Date;
}

/** A rejection, and how it is known. */
interface Rejection {
  login: string;
  at: Date;
  /** How it is known, in words ("a `/reject` comment", "the `change/rejected` label"…). */
  how: string;
  kind: "comment" | "label" | "unknown";
}

/** Everything people did on the change request that the approval rules weigh. */
interface History {
  /** Approvals, oldest first (each approver's latest counts). */
  approvals: Action[];
  /** Every rejection ever given, however it is known; whether it still stands is decided later. */
  rejections: Rejection[];
  /** `/withdraw-rejection` by login (lower case) → when. */
  withdrawals: Map<string, Date[]>;
  /** Removals of the `change/rejected` label by login (lower case) → when. */
  rejectLabelRemovals: Map<string, Date[]>;
  /** An enforced decision of Gatehouse let a deployment go with this change request, at these times. */
  allowedAt: Date[];
  /** Things that make the history unreadable: they block, naming what happened. */
  problems: string[];
}

/** Who holds the label now: the actor of its last `labeled` event, if the issue still has it. */
function labelHolder(
  issue: ChangeRequestIssue,
  label: string,
): { actor: string | null; bot: boolean; at: Date } | null {
  if (!issue.labels.some((l) => lower(l) === label)) return null;
  let holder: { actor: string | null; bot: boolean; at: Date } | null = null;
  for (const event of issue.labelEvents) {
    if (lower(event.label) !== label) continue;
    holder =
      event.action === "labeled"
        ? { actor: event.actor, bot: event.actorIsBot === true, at: new Date(event.at) }
        : null;
  }
  return holder;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);

const botWhy =
  "it was given by a bot or an app account, and bots and apps can never approve or reject a change";
const ghostWhy = "the account no longer exists";

/**
 * Reads the comments, deletions and label timeline. `approver` names whose approval the change
 * request needs ("approver", "emergency approver"), for the fixes of approvals that do not count.
 */
function collectHistory(
  issue: ChangeRequestIssue,
  discounted: DiscountedAction[],
  approver: string,
): History {
  const fixFor = (action: ApprovalCommandName, fix: string) => (action === "approve" ? { fix } : {});
  const history: History = {
    approvals: [],
    rejections: [],
    withdrawals: new Map(),
    rejectLabelRemovals: new Map(),
    allowedAt: [],
    problems: [],
  };
  const recorder = issue.recorder ? identity(issue.recorder) : null;

  for (const comment of issue.comments) {
    const author = comment.author;
    const revisions = comment.revisions ?? [];
    // Gatehouse's own comments are its records, never commands.
    if (recorder !== null && identity(author) === recorder) {
      const own = revisions.length > 0 ? revisions.filter((r) => identity(r.editor) === recorder) : [comment];
      for (const revision of own) {
        if (revision.body === null) {
          history.problems.push(
            `a revision of Gatehouse's own comment (${comment.url ?? "on this issue"}) was deleted from its edit history, so the rejections Gatehouse recorded there cannot be read; open a new change request`,
          );
          continue;
        }
        const record = parseRecord(revision.body);
        if (!record) continue;
        for (const r of record.rejections) {
          history.rejections.push({
            login: r.login,
            at: new Date(r.at),
            how: `a rejection given at ${describeTime(new Date(r.at))}, which Gatehouse recorded at ${describeTime(new Date(comment.createdAt))}`,
            kind: "unknown",
          });
        }
        if (record.allowed) history.allowedAt.push(new Date(comment.createdAt));
      }
      continue;
    }
    const command = parseCommand(comment.body);
    const nearMiss = command ? null : nearMissCommand(comment.body);
    if (!author) {
      if (command && command.command !== "withdraw-rejection") {
        discounted.push({
          login: "ghost",
          action: command.command,
          via: "comment",
          why: ghostWhy,
          ...fixFor(command.command, `ask another ${approver}`),
        });
      }
      continue;
    }
    if (comment.authorIsBot) {
      if (command && command.command !== "withdraw-rejection") {
        discounted.push({
          login: author,
          action: command.command,
          via: "comment",
          why: botWhy,
          ...fixFor(command.command, `ask an ${approver}`),
        });
      }
      continue;
    }
    // What the author wrote: every revision of theirs (edits by anyone else are not theirs).
    const own = revisions.filter((r) => lower(r.editor) === lower(author));
    const editedByOthers = revisions.filter((r) => lower(r.editor) !== lower(author));
    // A comment carrying Gatehouse's marker is not a command (revisions of the author's above still are).
    if (comment.body.includes("<!-- gatehouse:") && editedByOthers.length === 0) continue;
    for (const revision of own) {
      if (revision.body === null) {
        history.rejections.push({
          login: author,
          at: new Date(revision.editedAt),
          how: `a revision of their comment made at ${describeTime(new Date(revision.editedAt))} was deleted from its edit history, so it counts as a rejection`,
          kind: "unknown",
        });
      } else if (parseCommand(revision.body)?.command === "reject") {
        const editor = revisions.find(
          (r) => lower(r.editor) !== lower(author) && r.editedAt > revision.editedAt,
        );
        history.rejections.push({
          login: author,
          at: new Date(revision.editedAt),
          how: `\`/reject\` at ${describeTime(new Date(revision.editedAt))}${editor ? ` (since edited by ${editor.editor ? `@${editor.editor}` : "someone"}, which does not lift it)` : ""}`,
          kind: "comment",
        });
      }
    }
    if (
      editedByOthers.length > 0 ||
      (revisions.length === 0 && comment.editors?.some((e) => lower(e) !== lower(author)))
    ) {
      const other =
        editedByOthers[0]?.editor ?? comment.editors?.find((e) => lower(e) !== lower(author)) ?? null;
      const shown = command?.command ?? nearMiss;
      // A `/reject` of their own still stands (collected above): only what is not theirs is listed.
      const ownReject =
        own.some((r) => r.body !== null && parseCommand(r.body)?.command === "reject") ||
        (revisions.length === 0 && command?.command === "reject");
      if (shown && !(shown === "reject" && ownReject)) {
        discounted.push({
          login: author,
          action: shown,
          via: "comment",
          why: `their \`/${shown}\` comment was edited by ${other ? `@${other}` : "an account that no longer exists"}, so it is not theirs alone`,
          ...fixFor(shown, "ask them to write `/approve` again in a new comment"),
        });
      }
      // A rejection the author wrote before someone else's edit was collected above.
      if (revisions.length === 0 && command?.command === "reject") {
        history.rejections.push({
          login: author,
          at: new Date(comment.createdAt),
          how: `\`/reject\` at ${describeTime(new Date(comment.createdAt))} (since edited by someone else, which does not lift it)`,
          kind: "comment",
        });
      }
      continue;
    }
    if (!command) {
      if (nearMiss) {
        discounted.push({
          login: author,
          action: nearMiss,
          via: "comment",
          why: `their comment is not an exact \`/${nearMiss}\` (extra words, quoted, fenced, HTML or look-alike text do not count)`,
          ...fixFor(nearMiss, "ask them to write `/approve` alone on the first line of a comment"),
        });
      }
      continue;
    }
    const at = new Date(comment.editedAt ?? comment.createdAt);
    if (command.command === "withdraw-rejection") push(history.withdrawals, lower(author), at);
    else if (command.command === "approve") {
      history.approvals.push({ login: author, action: "approve", via: "comment", at });
    } else if (revisions.length === 0) {
      history.rejections.push({
        login: author,
        at,
        how: `\`/reject\` at ${describeTime(at)}`,
        kind: "comment",
      });
    }
  }

  for (const deletion of issue.commentDeletions ?? []) {
    if (!deletion.author || lower(deletion.actor) === lower(deletion.author)) continue;
    if (recorder !== null && identity(deletion.author) === recorder) {
      history.problems.push(
        `Gatehouse's own comment on it was deleted by ${deletion.actor ? `@${deletion.actor}` : "someone"} at ${describeTime(new Date(deletion.at))}, so the rejections Gatehouse recorded there cannot be read; open a new change request`,
      );
      continue;
    }
    history.rejections.push({
      login: deletion.author,
      at: new Date(deletion.at),
      how: `a comment of theirs was deleted by ${deletion.actor ? `@${deletion.actor}` : "someone"} at ${describeTime(new Date(deletion.at))}; what it said cannot be read, so it counts as a rejection`,
      kind: "unknown",
    });
  }

  // Labels: `change/rejected` is a rejection by whoever applied it, lifted only when they remove it.
  for (const event of issue.labelEvents) {
    const label = lower(event.label);
    if (label !== changeLabels.rejected || !event.actor || event.actorIsBot) continue;
    if (event.action === "labeled") {
      history.rejections.push({
        login: event.actor,
        at: new Date(event.at),
        how: `the \`${changeLabels.rejected}\` label at ${describeTime(new Date(event.at))}`,
        kind: "label",
      });
    } else push(history.rejectLabelRemovals, lower(event.actor), new Date(event.at));
  }
  const rejectedLabel = issue.labels.some((l) => lower(l) === changeLabels.rejected);
  if (
    rejectedLabel &&
    !issue.labelEvents.some((e) => lower(e.label) === changeLabels.rejected && e.action === "labeled")
  ) {
    history.problems.push(
      `it carries the \`${changeLabels.rejected}\` label but nobody can be seen applying it in the issue's timeline; an approver removes the label to clear it`,
    );
  }
  for (const event of issue.labelEvents) {
    if (lower(event.label) === changeLabels.rejected && event.action === "labeled" && !event.actor) {
      history.problems.push(
        `the \`${changeLabels.rejected}\` label was applied by an account that no longer exists; open a new change request`,
      );
    }
    if (
      lower(event.label) === changeLabels.rejected &&
      event.action === "labeled" &&
      event.actor &&
      event.actorIsBot
    ) {
      discounted.push({ login: event.actor, action: "reject", via: "label", why: botWhy });
    }
  }

  const holder = labelHolder(issue, changeLabels.approved);
  if (holder) {
    if (!holder.actor) {
      discounted.push({
        login: "ghost",
        action: "approve",
        via: "label",
        why: ghostWhy,
        fix: `ask another ${approver}`,
      });
    } else if (holder.bot) {
      discounted.push({
        login: holder.actor,
        action: "approve",
        via: "label",
        why: botWhy,
        fix: `ask an ${approver}`,
      });
    } else {
      history.approvals.push({ login: holder.actor, action: "approve", via: "label", at: holder.at });
    }
  } else if (issue.labels.some((l) => lower(l) === changeLabels.approved)) {
    discounted.push({
      login: null,
      action: "approve",
      via: "label",
      why: "nobody can be seen applying it in the issue's timeline",
      fix: `an ${approver} removes it and applies it again, or writes \`/approve\``,
    });
  }
  history.approvals.sort((a, b) => a.at.getTime() - b.at.getTime());
  return history;
}

/** A rejection still stands unless the person who gave it withdrew it afterwards. */
function standsStill(rejection: Rejection, history: History): boolean {
  const key = lower(rejection.login);
  const t = rejection.at.getTime();
  if ((history.withdrawals.get(key) ?? []).some((w) => w.getTime() > t)) return false;
  // Removing the `change/rejected` label is as explicit as the command, from the same approver.
  return !(history.rejectLabelRemovals.get(key) ?? []).some((w) => w.getTime() > t);
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
 * The approvals given that do not count, each with what would make one count: "@olivia's approval
 * does not count: they opened this change request; ask another approver". One per person (the last
 * reason found, the rules' own, is theirs); none for people whose approval counts anyway.
 */
export function approvalsNotCounted(
  discounted: readonly DiscountedAction[],
  approved: readonly string[],
): string[] {
  const counted = new Set(approved.map(lower));
  const byPerson = new Map<string, DiscountedAction>();
  for (const d of discounted) {
    if (d.action !== "approve" || (d.login !== null && counted.has(lower(d.login)))) continue;
    byPerson.set(d.login === null ? "" : `@${lower(d.login)}`, d);
  }
  return [...byPerson.values()].map((d) => `${discountedLine(d)}${d.fix ? `; ${d.fix}` : ""}`);
}

/** At most this many approvals that do not count are named in the quorum's reason; the rest are counted. */
const NAMED_IN_QUORUM = 3;

/** The sentences the reason that asks for approvals ends with: who gave one that does not count, and the fix. */
function uncounted(discounted: readonly DiscountedAction[], approved: readonly string[]): string {
  const lost = approvalsNotCounted(discounted, approved);
  const named = lost
    .slice(0, NAMED_IN_QUORUM)
    .map((line) => `. ${line.charAt(0).toUpperCase()}${line.slice(1)}`);
  const more = lost.length - named.length;
  return `${named.join("")}${more > 0 ? `. ${more} more approval${more === 1 ? "" : "s"} do${more === 1 ? "es" : ""} not count either` : ""}`;
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
  // A standard change is pre-approved by the policy, not by the requester: only a template the
  // policy lists, with a scope, and only for the services that scope names (paths are checked
  // against each linked change by the deployment decision).
  const template =
    fields.type === "standard" && fields.standardChange !== undefined
      ? standardTemplate(approvals, fields.standardChange)
      : undefined;
  const unscoped = template !== undefined && template.paths.length === 0 && template.services.length === 0;
  const outsideServices = template?.services.length
    ? fields.services.filter((s) => !template.services.some((t) => lower(t) === lower(s)))
    : [];
  const preApproved = template !== undefined && !unscoped && outsideServices.length === 0;
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

  const approverKind = emergency ? "emergency approver" : "approver";
  const history = collectHistory(issue, discounted, approverKind);
  const editedAt = issue.bodyEditedAt ? new Date(issue.bodyEditedAt) : null;

  // Rejections stand until the approver who gave them withdraws them; anyone else's act does not
  // lift them. Only approvers' rejections count, and never a bot's.
  const standing = history.rejections.filter((r) => isAnyApprover(r.login) && standsStill(r, history));
  for (const r of history.rejections) {
    if (r.kind === "unknown" || isAnyApprover(r.login)) continue;
    if (discounted.some((d) => d.action === "reject" && lower(d.login) === lower(r.login))) continue;
    discounted.push({ login: r.login, action: "reject", via: r.kind, why: "they are not an approver" });
  }
  // One line per approver: what the timeline shows first, else what is known otherwise; the latest.
  const shown = new Map<string, Rejection>();
  for (const r of standing) {
    const seen = shown.get(lower(r.login));
    const better =
      !seen ||
      (seen.kind === "unknown" && r.kind !== "unknown") ||
      ((seen.kind === "unknown") === (r.kind === "unknown") && r.at.getTime() >= seen.at.getTime());
    if (better) shown.set(lower(r.login), r);
  }
  const rejectedBy = [...shown.values()].map((r) => r.login);
  const rejectionNotes = [...shown.values()].map((r) => `@${r.login}: ${r.how}`);
  const rejected = new Set(rejectedBy.map(lower));

  // A change request's life moves one way: implemented, failed, or closed after a deployment, it
  // authorises nothing more; closed and reopened, the approvals given before the close are spent.
  const spentBy = issue.labelEvents.find(
    (e) =>
      e.action === "labeled" &&
      (lower(e.label) === changeLabels.implemented || lower(e.label) === changeLabels.failed),
  );
  const closes = (issue.stateEvents ?? []).filter((e) => e.action === "closed").map((e) => new Date(e.at));
  const lastClose = closes.at(-1) ?? null;
  const closedAfterDeployment = closes.find((c) => history.allowedAt.some((a) => a.getTime() < c.getTime()));

  const latest = new Map<string, Action>();
  for (const action of history.approvals) latest.set(lower(action.login), action);

  const approved: string[] = [];
  // Who may be added to the policy so that their approval counts (the group this change needs).
  const addTo = `add them to approvals.${emergency ? "emergency-approvers" : "approvers"} in .github/gatehouse.yml on the default branch, or ask ${emergency ? "an emergency approver" : "one who is"}`;
  for (const action of latest.values()) {
    const login = action.login;
    const discount = (why: string, fix: string) =>
      discounted.push({ login, action: action.action, via: action.via, why, fix });
    const when = describeTime(action.at);
    if (!isAnyApprover(login)) {
      discount("they are not an approver", addTo);
      continue;
    }
    if (lower(login) === lower(issue.author)) {
      discount("they opened this change request", `ask another ${approverKind}`);
      continue;
    }
    const authored = context.rangeAuthors?.get(lower(login));
    if (authored) {
      discount(
        `they ${authored} in the deployed range`,
        `ask an ${approverKind} who did not shape the change`,
      );
      continue;
    }
    if (rejected.has(lower(login))) {
      discount(
        "they rejected it and have not withdrawn the rejection (a later `/approve` does not lift a rejection)",
        "if they now approve, ask them to write `/withdraw-rejection`",
      );
      continue;
    }
    if (editedAt && action.at.getTime() <= editedAt.getTime()) {
      discount(
        `they approved at ${when}, before the change request was last edited (${describeTime(editedAt)})`,
        "ask them to approve again",
      );
      continue;
    }
    if (!preApproved && lastClose && action.at.getTime() <= lastClose.getTime()) {
      discount(
        `they approved at ${when}, before the change request was closed (${describeTime(lastClose)}), and approvals given before a close are spent`,
        "ask them to approve again",
      );
      continue;
    }
    if (!counting.has(login)) {
      discount(
        emergency
          ? "they are not an emergency approver (approvals.emergency-approvers)"
          : "they are an emergency approver only, and this is not an emergency change",
        addTo,
      );
      continue;
    }
    approved.push(login);
  }
  approved.sort(
    (a, b) => (latest.get(lower(a))?.at.getTime() ?? 0) - (latest.get(lower(b))?.at.getTime() ?? 0),
  );

  for (const problem of history.problems) reasons.push(problem);
  if (rejectedBy.length > 0) {
    reasons.push(
      `it was rejected by ${rejectedBy.map((l) => `@${l}`).join(", ")} (${rejectionNotes.join("; ")}); a rejection stands until the approver who gave it writes \`/withdraw-rejection\` (or removes the \`${changeLabels.rejected}\` label they applied)`,
    );
  }

  if (fields.type === "standard" && !preApproved && approved.length < requiredApprovals) {
    const listed = approvals.standardChanges.length
      ? `it lists ${approvals.standardChanges.map((s) => `"${s.name}"`).join(", ")}`
      : "it lists none";
    reasons.push(
      !template
        ? `its standard change template "${fields.standardChange}" is not one the policy pre-approves (approvals.standard-changes: ${listed}), so it needs approval like a normal change`
        : unscoped
          ? `the policy lists its standard change template "${template.name}" without \`paths\` or \`services\`, so the template pre-approves nothing and the change needs approval like a normal change: give the template the paths or services it covers in approvals.standard-changes`
          : `its standard change template "${template.name}" covers the services ${template.services.join(", ")}, not ${outsideServices.join(", ")}, so it needs approval like a normal change`,
    );
  }

  if (!preApproved && approved.length < requiredApprovals) {
    if (emergency && emergencyApprovers.empty) {
      reasons.push(
        "it is an emergency change and the policy names no emergency approvers (approvals.emergency-approvers)",
      );
    } else if (!emergency && approvers.empty) {
      reasons.push("the policy names no approvers (approvals.approvers), so nobody can approve it");
    } else if (emergency) {
      reasons.push(
        `it is an emergency change and no emergency approver has approved it${uncounted(discounted, approved)}`,
      );
    } else {
      const raised =
        effectiveRisk !== fields.risk ? ` (${fields.risk}, raised with the deployment's risk)` : "";
      const have = approved.length === 0 ? "none counts" : `it has ${approved.length}`;
      reasons.push(
        `it needs ${requiredApprovals} approval${requiredApprovals === 1 ? "" : "s"} at ${effectiveRisk} risk${raised}; ${have}${uncounted(discounted, approved)}`,
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
    const spentLabel = [changeLabels.implemented, changeLabels.failed].find((l) =>
      issue.labels.some((x) => lower(x) === l),
    );
    if (spentLabel) {
      reasons.push(
        `it is already labelled \`${spentLabel}\` and cannot authorise a new deployment: open a new change request`,
      );
    } else if (spentBy) {
      const removed = [...issue.labelEvents]
        .reverse()
        .find((e) => e.action === "unlabeled" && lower(e.label) === lower(spentBy.label));
      reasons.push(
        `it was labelled \`${spentBy.label}\` by ${spentBy.actor ? `@${spentBy.actor}` : "someone"} at ${describeTime(new Date(spentBy.at))}${removed ? ` (the label was removed by ${removed.actor ? `@${removed.actor}` : "someone"} at ${describeTime(new Date(removed.at))}, which does not revive it)` : ""}; its approvals are spent: open a new change request`,
      );
    } else if (issue.state === "closed") {
      reasons.push("it is closed and cannot authorise a new deployment: open a new change request");
    } else if (closedAfterDeployment) {
      reasons.push(
        `it was closed at ${describeTime(closedAfterDeployment)} after Gatehouse let a deployment go with it; reopening does not revive its approvals: open a new change request`,
      );
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
    rejections: standing.map((r) => ({ login: r.login, at: r.at.toISOString() })),
    discounted,
    reasons,
    fields,
  };
}
