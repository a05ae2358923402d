/**
 * The job summary: the review first (link, required or not, due date), then what happened to each
 * change request, then anything the reader should know.
 */
import { escapeMarkdown, markdownTable } from "@gatehouse/core";
import type { ReviewInputs, ReviewResult } from "./postImplementationReview";

const WRITE_WORDS = {
  created: "opened",
  updated: "updated",
  unchanged: "already up to date",
  skipped: "skipped",
};
const COMMENT_WORDS = {
  created: "posted",
  updated: "updated",
  unchanged: "already there",
  skipped: "skipped",
};

export function renderReviewSummary(inputs: ReviewInputs, result: ReviewResult): string {
  const link = `[${inputs.reviewRepository}#${result.issueNumber}](${result.issueUrl})`;
  const due = result.rendered.dueDate;
  const lines: string[] = [];
  lines.push(`## Post-implementation review ${link} ${WRITE_WORDS[result.review]}`);
  lines.push("");
  lines.push(
    result.required
      ? `**Required** (high priority), due ${due}: ${escapeMarkdown(result.rendered.requirement.reasons.join("; "))}.`
      : `Not required; due ${due}.`,
  );
  const version = inputs.releaseTag ? ` of \`${escapeMarkdown(inputs.releaseTag)}\`` : "";
  lines.push("");
  lines.push(`Deployment${version} to \`${escapeMarkdown(inputs.environment)}\`: **${inputs.outcome}**.`);
  lines.push("");
  if (inputs.changeRequests === null) {
    lines.push("No change requests were supplied (`change-requests` input empty); the review says so.");
  } else if (result.changeRequests.length === 0) {
    lines.push("The deployment carried no change requests.");
  } else {
    const rows = result.changeRequests.map((r) => [
      r.ref,
      escapeMarkdown(r.changeRequest.title || "(untitled)"),
      r.found ? COMMENT_WORDS[r.comment] : "no longer exists",
      r.label ? `\`${r.label}\`${r.labelChanged ? "" : " (already)"}` : "—",
      r.closed ? "closed" : "",
    ]);
    lines.push(markdownTable(["Change request", "Title", "Review link comment", "Label", "State"], rows));
  }
  if (result.assigned.length > 0) {
    lines.push("");
    lines.push(`Assigned: ${result.assigned.map((a) => `@${a}`).join(", ")}.`);
  }
  if (result.createdLabels.length > 0) {
    lines.push("");
    lines.push(`Created labels: ${result.createdLabels.map((l) => `\`${escapeMarkdown(l)}\``).join(", ")}.`);
  }
  if (result.notes.length > 0) {
    lines.push("");
    for (const note of result.notes) lines.push(`- ${note}`);
  }
  return `${lines.join("\n")}\n`;
}
