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

/** On a dry run: what would have been written. */
const DRY_WRITE_WORDS = {
  created: "would be opened",
  updated: "would be updated",
  unchanged: "already up to date",
  skipped: "skipped",
};
const DRY_COMMENT_WORDS = {
  created: "would be posted",
  updated: "would be updated",
  unchanged: "already there",
  skipped: "skipped",
};

export function renderReviewSummary(inputs: ReviewInputs, result: ReviewResult): string {
  const dry = result.dryRun;
  const link =
    result.issueNumber > 0
      ? `[${inputs.reviewRepository}#${result.issueNumber}](${result.issueUrl})`
      : `in ${inputs.reviewRepository}`;
  const due = result.rendered.dueDate;
  const lines: string[] = [];
  lines.push(
    `## ${dry ? "🔍 Dry run: post-implementation review" : "Post-implementation review"} ${link} ${(dry ? DRY_WRITE_WORDS : WRITE_WORDS)[result.review]}`,
  );
  if (dry) lines.push("", "Dry run: nothing was written to GitHub; this says what would have been.");
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
      r.found ? (dry ? DRY_COMMENT_WORDS : COMMENT_WORDS)[r.comment] : "no longer exists",
      r.label ? `\`${r.label}\`${r.labelChanged ? (dry ? " (would be set)" : "") : " (already)"}` : "—",
      r.closed ? (dry ? "would be closed" : "closed") : "",
    ]);
    lines.push(markdownTable(["Change request", "Title", "Review link comment", "Label", "State"], rows));
  }
  if (result.assigned.length > 0) {
    lines.push("");
    lines.push(`${dry ? "Would assign" : "Assigned"}: ${result.assigned.map((a) => `@${a}`).join(", ")}.`);
  }
  if (result.createdLabels.length > 0) {
    lines.push("");
    lines.push(
      `${dry ? "Would create labels" : "Created labels"}: ${result.createdLabels.map((l) => `\`${escapeMarkdown(l)}\``).join(", ")}.`,
    );
  }
  if (result.notes.length > 0) {
    lines.push("");
    for (const note of result.notes) lines.push(`- ${note}`);
  }
  return `${lines.join("\n")}\n`;
}
