/**
 * What change-schedule says on each change request: one comment kept up to date (found by its
 * hidden marker) and the `change/conflict` label, present exactly while the change has conflicts.
 *
 * A create whose answer is lost, or two runs creating at once, end with one comment (writeIssues,
 * by the marker); duplicates already there are deleted by the next run, the oldest kept. Only what differs is written, all in aliased mutations of NOTES_PER_MUTATION change requests; at
 * most MAX_NOTES_PER_RUN change requests a run (GitHub limits how fast content is created), the
 * change request that triggered the run and those in conflict with it first. The rest follow on
 * the next run, and the result says how many wait.
 */
import {
  type ChangeRequestLink,
  type ChangeSchedule,
  CONFLICT_LABEL,
  changeRequestKey,
  conflictsOf,
  renderConflictComment,
  scheduleCommentMarker,
} from "@gatehouse/core";
import {
  type CommentWrite,
  type GitHubClient,
  type IssueUpdate,
  type OpenChangeRequest,
  writeIssues,
} from "@gatehouse/github";

/** Change requests whose comment or label is written in one run. */
export const MAX_NOTES_PER_RUN = 50;
/** Change requests written in one mutation. */
export const NOTES_PER_MUTATION = 25;

export interface ConflictNote {
  link: ChangeRequestLink;
  issueId: string;
  comment?: CommentWrite;
  label?: "add" | "remove";
  /** Our comments beyond the first (two runs at once each wrote one): deleted. */
  duplicates?: string[];
}

export interface NotesResult {
  /** Change requests whose comment or label was written. */
  written: ChangeRequestLink[];
  /** Change requests still to write (past MAX_NOTES_PER_RUN). */
  waiting: number;
  /** Comment URLs written. */
  comments: string[];
  requests: number;
}

const sameLogin = (a: string, b: string) =>
  a.toLowerCase().replace(/\[bot\]$/, "") === b.toLowerCase().replace(/\[bot\]$/, "");

const hasLabel = (issue: OpenChangeRequest, name: string) =>
  issue.labels.some((l) => l.toLowerCase() === name.toLowerCase());

/**
 * The notes that differ from what GitHub shows, the change request `first` and those it conflicts
 * with at the front.
 */
export function planConflictNotes(
  schedule: ChangeSchedule,
  issues: readonly OpenChangeRequest[],
  options: { first?: ChangeRequestLink | null; issue?: { number: number; url: string } | null } = {},
): ConflictNote[] {
  const byKey = new Map(issues.map((i) => [changeRequestKey(i), i]));
  const notes: ConflictNote[] = [];
  for (const entry of schedule.entries) {
    const issue = byKey.get(changeRequestKey(entry));
    if (!issue?.id) continue;
    const conflicts = conflictsOf(schedule, entry);
    const onSchedule =
      entry.status === "approved" || entry.status === "pending" || entry.status === "unreadable";
    const labelled = hasLabel(issue, CONFLICT_LABEL);
    const label =
      conflicts.length > 0 && !labelled ? "add" : conflicts.length === 0 && labelled ? "remove" : undefined;
    let comment: CommentWrite | undefined;
    // Ours: carrying the marker and, when GitHub said who the token is, written by it (so a
    // comment quoting the marker is never taken for ours, nor deleted).
    const marker = scheduleCommentMarker(entry);
    const mine = issue.comments.filter(
      (c) => c.body.includes(marker) && (!issue.recorder || sameLogin(c.author ?? "", issue.recorder)),
    );
    const existing = mine[0];
    const duplicates = issue.recorder ? mine.slice(1).flatMap((c) => (c.id ? [c.id] : [])) : [];
    if (onSchedule && (conflicts.length > 0 || entry.problems.length > 0 || existing)) {
      const body = renderConflictComment(schedule, entry, { issue: options.issue ?? null });
      if (existing?.body !== body)
        comment = { issueId: issue.id, ...(existing ? { commentId: existing.id } : {}), body, marker };
    }
    if (comment || label || duplicates.length > 0) {
      notes.push({
        link: { repository: entry.repository, number: entry.number },
        issueId: issue.id,
        ...(comment ? { comment } : {}),
        ...(label ? { label } : {}),
        ...(duplicates.length > 0 ? { duplicates } : {}),
      });
    }
  }
  const first = options.first;
  if (!first) return notes;
  const firstKey = changeRequestKey(first);
  const related = new Set(
    conflictsOf(schedule, first).flatMap((c) => c.changes.map((l) => changeRequestKey(l))),
  );
  const rank = (n: ConflictNote) => {
    const key = changeRequestKey(n.link);
    return key === firstKey ? 0 : related.has(key) ? 1 : 2;
  };
  return notes
    .map((n, i) => ({ n, i }))
    .sort((a, b) => rank(a.n) - rank(b.n) || a.i - b.i)
    .map((x) => x.n);
}

/**
 * Writes the notes (at most MAX_NOTES_PER_RUN). `labelIds`: the conflict label's node id per
 * lower-cased repository (created where missing). Labels are written with the comments.
 */
export async function writeConflictNotes(
  client: GitHubClient,
  notes: readonly ConflictNote[],
  labelIds: Map<string, string>,
  log: (message: string) => void = () => {},
): Promise<NotesResult> {
  const now = notes.slice(0, MAX_NOTES_PER_RUN);
  let requests = 0;
  const comments: string[] = [];
  for (let i = 0; i < now.length; i += NOTES_PER_MUTATION) {
    const batch = now.slice(i, i + NOTES_PER_MUTATION);
    const writes = batch.flatMap((n) => (n.comment ? [n.comment] : []));
    const updates: IssueUpdate[] = batch.flatMap((n) => {
      const id = labelIds.get(n.link.repository.toLowerCase());
      if (!n.label || !id) return [];
      return [
        n.label === "add"
          ? { issueId: n.issueId, addLabelIds: [id] }
          : { issueId: n.issueId, removeLabelIds: [id] },
      ];
    });
    if (writes.length > 0 || updates.length > 0) {
      const written = await writeIssues(client, writes, updates, log);
      requests++;
      comments.push(...written.commentUrls.filter(Boolean));
    }
    const duplicates = batch.flatMap((n) => n.duplicates ?? []);
    if (duplicates.length > 0) {
      await client.graphql(
        `mutation GatehouseDuplicateComments(${duplicates.map((_, k) => `$d${k}: ID!`).join(", ")}) {\n${duplicates
          .map((_, k) => `d${k}: deleteIssueComment(input: { id: $d${k} }) { clientMutationId }`)
          .join("\n")}\n}`,
        Object.fromEntries(duplicates.map((id, k) => [`d${k}`, id])),
      );
      requests++;
    }
  }
  return { written: now.map((n) => n.link), waiting: notes.length - now.length, comments, requests };
}
