/**
 * A change request as it stood at an earlier instant — when a release was made — rebuilt from what
 * GitHub keeps of its history, so that `gatehouse verify` can ask the gate's own rules whether it
 * authorised the release then: the comments written by then, each as its last revision by then;
 * the label, close and reopen events and comment deletions by then, and the labels and state they
 * leave. Pure.
 *
 * What GitHub does not keep is said in `notes`, and always read against the release: a body
 * edited since makes every approval given before the edit void (the gate's rule), a comment edited
 * since without a readable history is left out.
 */
import type { ChangeRequestIssue, IssueComment } from "./changeRequest";

export interface ChangeRequestAtInstant {
  issue: ChangeRequestIssue;
  /** What changed after the instant that the rebuilt change request cannot show. */
  notes: string[];
}

const lower = (s: string) => s.toLowerCase();

export function changeRequestAt(issue: ChangeRequestIssue, instant: Date): ChangeRequestAtInstant {
  const t = instant.getTime();
  const by = (iso: string) => Date.parse(iso) <= t;
  const notes: string[] = [];

  const comments: IssueComment[] = [];
  for (const comment of issue.comments) {
    if (!by(comment.createdAt)) continue;
    if (!comment.editedAt || by(comment.editedAt)) {
      comments.push(comment);
      continue;
    }
    // Edited since: its text then is its last revision by then.
    const revisions = (comment.revisions ?? []).filter((r) => by(r.editedAt));
    const last = revisions.at(-1);
    if (!last) {
      notes.push(
        `a comment by ${comment.author ? `@${comment.author}` : "a deleted account"} was edited after it, and its text at the time cannot be read, so it is left out`,
      );
      continue;
    }
    comments.push({
      ...comment,
      body: last.body ?? "",
      editedAt: revisions.length > 1 ? last.editedAt : null,
      editors: revisions.slice(1).map((r) => r.editor),
      revisions: revisions.length > 1 ? revisions : [],
    });
  }

  const labelEvents = issue.labelEvents.filter((e) => by(e.at));
  const named = new Map<string, string>();
  for (const l of [...issue.labels, ...issue.labelEvents.map((e) => e.label)])
    if (!named.has(lower(l))) named.set(lower(l), l);
  const labels: string[] = [];
  for (const [key, label] of named) {
    const events = issue.labelEvents.filter((e) => lower(e.label) === key);
    const then = events.filter((e) => by(e.at)).at(-1);
    const next = events.find((e) => !by(e.at));
    const held = then
      ? then.action === "labeled"
      : next
        ? next.action === "unlabeled"
        : issue.labels.some((l) => lower(l) === key);
    if (held) labels.push(label);
  }

  const stateEvents = issue.stateEvents?.filter((e) => by(e.at));
  const lastState = stateEvents?.at(-1);
  const nextState = issue.stateEvents?.find((e) => !by(e.at));
  const state = lastState
    ? lastState.action === "closed"
      ? "closed"
      : "open"
    : nextState
      ? nextState.action === "closed"
        ? "open"
        : "closed"
      : issue.state;

  const deletedSince = (issue.commentDeletions ?? []).filter((d) => !by(d.at));
  for (const d of deletedSince) {
    notes.push(
      `a comment by ${d.author ? `@${d.author}` : "someone"} was deleted after it (by ${d.actor ? `@${d.actor}` : "someone"}), so what it said then cannot be read`,
    );
  }
  if (issue.bodyEditedAt && !by(issue.bodyEditedAt)) {
    notes.push(
      `its description was edited after it (${issue.bodyEditedAt}): what was approved is no longer what it says, so approvals given before that edit do not count`,
    );
  }

  return {
    issue: {
      ...issue,
      comments,
      labels,
      labelEvents,
      ...(stateEvents ? { stateEvents } : {}),
      ...(issue.commentDeletions ? { commentDeletions: issue.commentDeletions.filter((d) => by(d.at)) } : {}),
      state,
    },
    notes,
  };
}
