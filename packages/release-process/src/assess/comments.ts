/**
 * One comment per change request and deployment: created on the first run, updated on re-runs
 * (found by its hidden marker), left alone when already right.
 */
import {
  type ChangeRequestIssue,
  type ChangeRequestVerdict,
  changeRequestKey,
  discountedLine,
  discountedNotNamed,
  escapeMarkdown as escapeText,
  findByMarker,
  link,
  marker,
  renderRecord,
} from "@gatehouse/core";
import type { CommentWrite } from "@gatehouse/github";
import { mention, reasonMarkdown } from "./text";

export interface DeploymentIdentity {
  /** "owner/repo" being deployed. */
  repository: string;
  environment: string;
  headSha: string;
  runId: number;
  /** Link to the workflow run (without the attempt, so re-runs say the same). */
  runUrl: string;
  /** `report`: the decision is reported, not enforced. */
  mode?: "enforce" | "report";
}

/**
 * The hidden marker: one deployment is one workflow run of one repository to one environment;
 * re-runs (new attempts) of that run find and update the same comment.
 */
export function commentKey(id: DeploymentIdentity): string {
  const run = id.runId > 0 ? `run-${id.runId}` : `commit-${id.headSha}`;
  return `${id.repository.toLowerCase()}:${id.environment.toLowerCase()}:${run}`;
}

export const commentMarker = (id: DeploymentIdentity) => marker("change-gate", commentKey(id));

export function renderComment(
  id: DeploymentIdentity,
  decision: "allow" | "block",
  verdict: ChangeRequestVerdict,
  otherBlockers: number,
): string {
  const head = `\`${id.headSha.slice(0, 7)}\``;
  const lines = [
    commentMarker(id),
    `${
      decision === "allow"
        ? `### ✅ Deployment to ${escapeText(id.environment)} allowed`
        : `### 🚫 Deployment to ${escapeText(id.environment)} blocked`
    }${id.mode === "report" ? " (report mode: not enforced)" : ""}`,
    "",
    `${link(`Workflow run ${id.runId || "(local)"}`, id.runUrl)} asks to deploy ${head} of ${escapeText(id.repository)} to **${escapeText(id.environment)}**; this change request is linked from ${verdict.linkedFrom.map(escapeText).join(", ")}.`,
    "",
  ];
  const kind = [
    verdict.type ? `${verdict.type} change` : "",
    verdict.effectiveRisk ? `${verdict.effectiveRisk} risk` : "",
  ]
    .filter(Boolean)
    .join(", ");
  if (verdict.authorised) {
    const by = verdict.preApproved
      ? "pre-approved standard change"
      : `approved by ${verdict.approvers.map(mention).join(", ")}`;
    lines.push(`This change request **authorises** it: ${by}${kind ? ` (${kind})` : ""}.`);
  } else {
    lines.push(`This change request **does not authorise** it${kind ? ` (${kind})` : ""}:`, "");
    for (const reason of verdict.reasons) lines.push(`- ${reasonMarkdown(reason)}`);
  }
  // What the reasons above do not already say (the reason asking for approvals names the first ones).
  const notCounted = discountedNotNamed(verdict.discounted, verdict.authorised ? [] : verdict.reasons);
  if (notCounted.length > 0) {
    lines.push("", "Not counted:", "");
    for (const d of notCounted) lines.push(`- ${reasonMarkdown(discountedLine(d))}`);
  }
  if (decision === "block" && verdict.authorised && otherBlockers > 0) {
    lines.push(
      "",
      `The deployment is blocked for ${otherBlockers} other reason${otherBlockers === 1 ? "" : "s"}; the run's summary lists them.`,
    );
  }
  lines.push("", "<sub>Gatehouse change-gate updates this comment when the run is re-run.</sub>");
  // What later runs read back: the rejections standing now, and whether this run let a deployment go.
  lines.push(
    renderRecord({
      rejections: verdict.rejections,
      allowed: decision === "allow" && id.mode !== "report" && verdict.authorised,
    }),
  );
  return lines.join("\n");
}

/** The comment writes needed: new comments, changed ones; nothing for comments already right. */
export function planCommentWrites(
  id: DeploymentIdentity,
  decision: "allow" | "block",
  verdicts: readonly ChangeRequestVerdict[],
  issues: ReadonlyMap<string, ChangeRequestIssue | null>,
  totalReasons: number,
): CommentWrite[] {
  const key = commentKey(id);
  const writes: CommentWrite[] = [];
  for (const verdict of verdicts) {
    if (!verdict.found) continue;
    const issue = issues.get(changeRequestKey(verdict));
    if (!issue?.id) continue;
    const own = verdict.authorised ? 0 : verdict.reasons.length;
    const body = renderComment(id, decision, verdict, Math.max(0, totalReasons - own));
    const existing = findByMarker(issue.comments, "change-gate", key);
    if (existing?.body === body) continue;
    writes.push({
      issueId: issue.id,
      ...(existing?.id ? { commentId: existing.id } : {}),
      body,
      marker: commentMarker(id),
    });
  }
  return writes;
}
