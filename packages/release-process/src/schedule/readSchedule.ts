/**
 * The forward schedule of change read from GitHub: every open change request of the policy's
 * change-request repositories (with the approver teams, so approvals count as the gate counts
 * them), placed and checked for conflicts by core's `buildChangeSchedule`. One reader for the
 * change-schedule action, `gatehouse schedule` and change-gate's `block-on-conflict`.
 */
import {
  approvalCommand,
  approverTeams,
  buildChangeSchedule,
  type ChangeSchedule,
  changeRequestRepositories,
  type Policy,
} from "@gatehouse/core";
import { type GitHubClient, type OpenChangeRequest, readOpenChangeRequests } from "@gatehouse/github";

export interface ReadScheduleOptions {
  /** The repository the schedule is about ("owner/repo"). */
  repository: string;
  /** GitHub's time. */
  now: Date;
  /** Start of the horizon shown (default: now). */
  from?: Date;
  /** Days shown. */
  days: number;
  /** Label node ids wanted in the change-request repositories (to label them afterwards). */
  labels?: readonly string[];
}

export interface ReadSchedule {
  schedule: ChangeSchedule;
  /** The open change requests as read (comments included), in order of creation. */
  issues: OpenChangeRequest[];
  labelIds: Map<string, Map<string, string>>;
  requests: number;
}

export async function readChangeSchedule(
  client: GitHubClient,
  policy: Policy,
  options: ReadScheduleOptions,
): Promise<ReadSchedule> {
  const read = await readOpenChangeRequests(
    client,
    changeRequestRepositories(policy.changeRequests, options.repository),
    policy.changeRequests.label,
    {
      teams: approverTeams(policy.approvals, options.repository),
      labels: options.labels ?? [],
      // Only an approval command's edits matter (who else wrote it), as in the gate.
      editorsOf: (c) => approvalCommand(c.body) !== null,
    },
  );
  const schedule = buildChangeSchedule(read.issues, policy, {
    now: options.now,
    ...(options.from ? { from: options.from } : {}),
    days: options.days,
    repository: options.repository,
    teams: read.teams,
  });
  return { schedule, issues: read.issues, labelIds: read.labelIds, requests: read.requests };
}
