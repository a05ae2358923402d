/**
 * The change-schedule step: reads every open change request, builds the forward schedule of change
 * with its conflicts (core), keeps the one schedule issue up to date, and says on each change
 * request what conflicts with it (one comment and the `change/conflict` label) — the change
 * request that triggered the run first.
 */
import {
  type ChangeRequestLink,
  type ChangeSchedule,
  CONFLICT_LABEL,
  changeRequestKey,
  entryOf,
  type Policy,
  renderScheduleIcs,
  renderScheduleMarkdown,
  type ScheduleJson,
  scheduleJson,
} from "@gatehouse/core";
import { GitHubApiError, type GitHubClient } from "@gatehouse/github";
import { countingClient } from "../assess/gate";
import { type NotesResult, planConflictNotes, writeConflictNotes } from "./conflictNotes";
import { readChangeSchedule } from "./readSchedule";
import { findScheduleIssues, keepScheduleIssue, type ScheduleIssue } from "./scheduleIssue";

export interface ScheduleInputs {
  /** Days of the schedule shown. */
  days: number;
  /** The change request the run is about (an `issues` event's issue), if any. */
  changeRequest: ChangeRequestLink | null;
  /** Keep the schedule issue (false: the summary and outputs only). */
  issue: boolean;
}

export interface ScheduleResult {
  schedule: ChangeSchedule;
  json: ScheduleJson;
  ics: string;
  /** The job summary (the schedule, linking the issue). */
  markdown: string;
  issue: ScheduleIssue | null;
  notes: NotesResult;
  /** Conflicts of the triggering change request (when it is a change request). */
  changeRequestConflicts: number | null;
  /** Things to tell the user. */
  messages: string[];
  requests: number;
}

export async function keepChangeSchedule(
  github: GitHubClient,
  repository: string,
  policy: Policy,
  inputs: ScheduleInputs,
  now: Date,
  log: (message: string) => void = () => {},
): Promise<ScheduleResult> {
  const client = countingClient(github);
  // The schedule issue is looked for while the change requests are read.
  const lookup = inputs.issue ? findScheduleIssues(client, repository) : undefined;
  lookup?.catch(() => {}); // awaited below; a failure is not left unhandled meanwhile
  const read = await readChangeSchedule(client, policy, {
    repository,
    now,
    days: inputs.days,
    labels: [CONFLICT_LABEL],
  });
  const { schedule } = read;
  const messages: string[] = [];

  let issue: ScheduleIssue | null = null;
  if (inputs.issue) {
    issue = await keepScheduleIssue(client, repository, renderScheduleMarkdown(schedule), log, lookup);
  }
  const link = issue ? { number: issue.number, url: issue.url } : null;

  const first = inputs.changeRequest && entryOf(schedule, inputs.changeRequest) ? inputs.changeRequest : null;
  const notes = planConflictNotes(schedule, read.issues, { first, issue: link });
  // The conflict label, created in the repositories that need it and lack it.
  const labelIds = new Map<string, string>();
  for (const [repo, ids] of read.labelIds) {
    const id = ids.get(CONFLICT_LABEL.toLowerCase());
    if (id) labelIds.set(repo, id);
  }
  for (const repo of new Set(
    notes.filter((n) => n.label === "add").map((n) => n.link.repository.toLowerCase()),
  )) {
    if (labelIds.has(repo)) continue;
    const id = await createConflictLabel(client, repo);
    if (id) labelIds.set(repo, id);
  }
  const written = await writeConflictNotes(client, notes, labelIds, log);
  if (written.waiting > 0) {
    messages.push(
      `${written.waiting} more change request${written.waiting === 1 ? "" : "s"} need their conflict comment or label updated: at most ${written.written.length} are written a run (GitHub limits how fast content is created); the next run writes the rest.`,
    );
  }

  const entry = inputs.changeRequest ? entryOf(schedule, inputs.changeRequest) : undefined;
  if (inputs.changeRequest && !entry) {
    messages.push(
      `${inputs.changeRequest.repository}#${inputs.changeRequest.number} is not an open change request (no "${policy.changeRequests.label}" label, or closed): only the schedule was updated.`,
    );
  }
  const changeRequestConflicts = entry
    ? schedule.conflicts.filter((c) => c.changes.some((l) => changeRequestKey(l) === changeRequestKey(entry)))
        .length
    : null;

  return {
    schedule,
    json: scheduleJson(schedule),
    ics: renderScheduleIcs(schedule, { now }),
    markdown: renderScheduleMarkdown(schedule, { issue: link }),
    issue,
    notes: written,
    changeRequestConflicts,
    messages,
    requests: client.count(),
  };
}

/** Creates the conflict label in a repository; its node id (read back when it already existed). */
async function createConflictLabel(client: GitHubClient, repository: string): Promise<string | undefined> {
  const [owner = "", repo = ""] = repository.split("/", 2);
  try {
    const { data } = await client.request<{ node_id?: string }>("POST /repos/{owner}/{repo}/labels", {
      owner,
      repo,
      name: CONFLICT_LABEL,
      color: "d93f0b",
      description:
        "Conflicts with another planned change, a freeze or a maintenance window (Gatehouse change-schedule)",
    });
    return data.node_id;
  } catch (e) {
    if (!(e instanceof GitHubApiError && e.status === 422)) throw e;
    // 422: created meanwhile by another run.
    const { data } = await client.request<{ node_id?: string }>("GET /repos/{owner}/{repo}/labels/{name}", {
      owner,
      repo,
      name: CONFLICT_LABEL,
    });
    return data.node_id;
  }
}
