/**
 * Planned changes: the open change requests read as the forward schedule sees them — what each
 * changes, when, whether it is approved or still pending, and what keeps it off the schedule.
 *
 * Approval is read with the same rules as the gate (`assessChangeRequest`), so nobody moves a
 * change in or out of the schedule by a label or a comment the rules do not count: a change is
 * left out only when an approver rejected it, or it was implemented or closed (and cannot
 * authorise a deployment any more). Whatever cannot be told (a team's members unreadable) leaves
 * the change on the schedule as pending, where it still meets every conflict.
 */
import { type ApprovalContext, assessChangeRequest } from "../change/approval";
import {
  type ChangeRequestFields,
  type ChangeRequestIssue,
  type ChangeRequestLink,
  type ChangeType,
  changeLabels,
  changeRequestFormFields,
  parseChangeRequest,
} from "../change/changeRequest";
import type { RiskLevel } from "../change/risk";
import { closest } from "../policy/paths";
import { findService, type ServicesPolicy } from "../policy/sections/services";

/** A change request as listed for the schedule: the issue with its assignees. */
export type ScheduledIssue = ChangeRequestIssue & { assignees: string[] };

/** approved: authorised but for its window; pending: not (yet) approved. */
export type PlannedState = "approved" | "pending";

/** A change placed on the schedule: open, approved or pending, with a planned window. */
export interface PlannedChange extends ChangeRequestLink {
  title: string;
  url: string;
  author: string | null;
  assignees: string[];
  type: ChangeType;
  risk: RiskLevel;
  /** As the change request names them, with the policy's spelling where the policy lists them. */
  services: string[];
  /** Planned window, ms since the epoch: start inclusive, end exclusive. */
  start: number;
  end: number;
  state: PlannedState;
  /** The environment it is deployed to; null: not said, so every environment's freezes apply. */
  environment: string | null;
}

/** Where an open change request stands for the schedule. */
export type EntryStatus = PlannedState | "rejected" | "done" | "unreadable";

export interface ScheduleEntry extends ChangeRequestLink {
  title: string;
  url: string;
  /** GraphQL node id (to comment on it and label it). */
  id?: string;
  labels: string[];
  status: EntryStatus;
  /** Placed on the schedule: approved or pending, with a planned start and end. */
  change?: PlannedChange;
  fields?: ChangeRequestFields;
  /** What the author should fix: unreadable form fields, services the policy does not list, no window. */
  problems: string[];
  /** Why it is not on the schedule (rejected, implemented, closed), when it is not. */
  leftOut?: string;
}

export type PlanContext = Omit<ApprovalContext, "rangeAuthors" | "riskRaised"> & {
  services: ServicesPolicy;
};

const lower = (s: string) => s.toLowerCase();

/** Problems with "Services affected": names the policy's `services` do not list (when it lists any). */
export function unknownServiceProblems(services: readonly string[], policy: ServicesPolicy): string[] {
  if (policy.length === 0) return [];
  const names = policy.map((s) => s.name);
  const label = changeRequestFormFields.services.label;
  return services
    .filter((s) => !findService(policy, s))
    .map((s) => {
      const guess = closest(s, names);
      return `"${label}" names "${s}", which is not a service in the policy${guess ? `: did you mean "${guess}"?` : ` (it lists ${names.join(", ")})`}`;
    });
}

/** Reads one open change request for the schedule. */
export function planChange(issue: ScheduledIssue, context: PlanContext): ScheduleEntry {
  const base = {
    repository: issue.repository,
    number: issue.number,
    title: issue.title,
    url: issue.url,
    ...(issue.id ? { id: issue.id } : {}),
    labels: issue.labels,
  };
  const parsed = parseChangeRequest(issue.body, { timezone: context.timezone });
  if (!parsed.fields) {
    return {
      ...base,
      status: "unreadable",
      problems: parsed.problems.map((p) => `its form field "${p.field}" cannot be read: ${p.message}`),
      leftOut: "its form cannot be read",
    };
  }
  const fields = parsed.fields;
  const problems = unknownServiceProblems(fields.services, context.services);
  const assessment = assessChangeRequest(issue, context);
  if (assessment.rejectedBy.length > 0) {
    return {
      ...base,
      status: "rejected",
      fields,
      problems,
      leftOut: `rejected by ${assessment.rejectedBy.map((l) => `@${l}`).join(", ")}`,
    };
  }
  const implemented = issue.labels.some((l) => lower(l) === changeLabels.implemented);
  if (!assessment.preApproved && (implemented || issue.state === "closed")) {
    return {
      ...base,
      status: "done",
      fields,
      problems,
      leftOut: implemented ? `labelled \`${changeLabels.implemented}\`` : "closed",
    };
  }
  const state: PlannedState =
    assessment.preApproved || assessment.approvers.length >= assessment.requiredApprovals
      ? "approved"
      : "pending";
  if (!fields.plannedStart || !fields.plannedEnd) {
    const missing = [
      fields.plannedStart ? "" : changeRequestFormFields.plannedStart.label,
      fields.plannedEnd ? "" : changeRequestFormFields.plannedEnd.label,
    ].filter(Boolean);
    problems.push(
      `it has no ${missing.map((m) => `"${m}"`).join(" or ")}, so it cannot be placed on the schedule or checked for conflicts`,
    );
    return { ...base, status: state, fields, problems };
  }
  const change: PlannedChange = {
    repository: issue.repository,
    number: issue.number,
    title: issue.title,
    url: issue.url,
    author: issue.author,
    assignees: issue.assignees,
    type: fields.type,
    risk: fields.risk,
    services: fields.services.map((s) => findService(context.services, s)?.name ?? s),
    start: fields.plannedStart.getTime(),
    end: fields.plannedEnd.getTime(),
    state,
    environment: null,
  };
  return { ...base, status: state, change, fields, problems };
}

/** Every open change request read for the schedule, in the order given. */
export function planChanges(issues: readonly ScheduledIssue[], context: PlanContext): ScheduleEntry[] {
  return issues.map((issue) => planChange(issue, context));
}
