/**
 * A post-implementation review read back: what continuous improvement learns from it. The review
 * issue is Gatehouse's own record of one deployment (one workflow run to one environment): its
 * hidden marker names the deployment, its sections the outcome, the change requests with their type,
 * and what the reviewers wrote — the checklist and the lessons learned.
 */
import { findMarker } from "../markdown";
import {
  CHECKLIST_ITEMS,
  type DeploymentOutcome,
  NO_RESPONSE,
  REVIEW_SECTIONS,
  splitSections,
} from "./postImplementationReview";

/** A change request as the review's table recorded it when the deployment ran. */
export interface ReviewedChangeRequestRef {
  /** `owner/repo` (the review's repository when the table says `#12`). */
  repository: string;
  number: number;
  /** As the gate assessed it: standard, normal or emergency (null when the cell says something else). */
  type: "standard" | "normal" | "emergency" | null;
}

export interface ReviewRecord {
  /** The deployment it reviews: `owner/repo/environment/run id`, as `reviewIdentity` makes it. */
  key: string;
  /** The run id taken from the key. */
  runId: number;
  number: number;
  url: string;
  title: string;
  createdAt: string;
  author: string | null;
  outcome: DeploymentOutcome | null;
  changeRequests: ReviewedChangeRequestRef[];
  /** The checklist items and whether each is ticked, in order. */
  checklist: { item: string; done: boolean }[];
  /** What the reviewers wrote under "Lessons learned"; null while nobody has. */
  lessons: string | null;
}

/** The review issue as read from GitHub. */
export interface ReviewIssue {
  number: number;
  url: string;
  title: string;
  body: string;
  createdAt: string;
  author: string | null;
}

const OUTCOMES: Record<string, DeploymentOutcome> = {
  success: "success",
  failure: "failure",
  cancelled: "cancelled",
  canceled: "cancelled",
};

/** Cells of one Markdown table row (pipes escaped as `\|` stay inside their cell). */
function rowCells(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

const REF = /^\[?((?:[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)?)#(\d+)\]?/;

function changeRequestRows(section: string, reviewRepository: string): ReviewedChangeRequestRef[] {
  const out: ReviewedChangeRequestRef[] = [];
  const lines = section.split("\n").filter((l) => l.trim().startsWith("|"));
  // Header and rule first; a review without a table (none supplied, none carried) has no rows.
  for (const line of lines.slice(2)) {
    const cells = rowCells(line);
    const ref = REF.exec(cells[0] ?? "");
    if (!ref) continue;
    const type = (cells[2] ?? "").toLowerCase();
    out.push({
      repository: ref[1] || reviewRepository,
      number: Number(ref[2]),
      type: type === "standard" || type === "normal" || type === "emergency" ? type : null,
    });
  }
  return out;
}

function checklist(section: string | undefined): { item: string; done: boolean }[] {
  const out: { item: string; done: boolean }[] = [];
  for (const line of (section ?? "").split("\n")) {
    const m = /^\s*[-*] \[( |x|X)\] +(.*)$/.exec(line);
    if (m) out.push({ item: m[2]!.trim(), done: m[1] !== " " });
  }
  return out;
}

/**
 * Reads a review issue; null when it carries no review marker (not a review Gatehouse opened).
 * `reviewRepository` is the `owner/repo` the review lives in: the table writes its own change
 * requests as `#12`.
 */
export function readReviewRecord(issue: ReviewIssue, reviewRepository: string): ReviewRecord | null {
  const key = findMarker(issue.body, "pir");
  if (key === undefined) return null;
  const runId = Number(key.slice(key.lastIndexOf("/") + 1));
  if (!Number.isSafeInteger(runId) || runId <= 0) return null;
  const { sections } = splitSections(issue.body);
  const outcomeText = (sections.get(REVIEW_SECTIONS.outcome) ?? "").trim().split(/\s/, 1)[0]!.toLowerCase();
  const lessons = (sections.get(REVIEW_SECTIONS.lessons) ?? "").trim();
  return {
    key: key.toLowerCase(),
    runId,
    number: issue.number,
    url: issue.url,
    title: issue.title,
    createdAt: issue.createdAt,
    author: issue.author,
    outcome: OUTCOMES[outcomeText.replace(/[^a-z]/g, "")] ?? null,
    changeRequests: changeRequestRows(sections.get(REVIEW_SECTIONS.changeRequests) ?? "", reviewRepository),
    checklist: checklist(sections.get(REVIEW_SECTIONS.checklist)),
    lessons: lessons === "" || lessons === NO_RESPONSE ? null : lessons,
  };
}

/** The checklist items a review still has open. */
export function openChecklistItems(record: Pick<ReviewRecord, "checklist">): string[] {
  return record.checklist.filter((c) => !c.done).map((c) => c.item);
}

/** True once the reviewers ticked "Lessons learned are recorded" (or wrote some). */
export function lessonsRecorded(record: Pick<ReviewRecord, "checklist" | "lessons">): boolean {
  return (
    record.lessons !== null || record.checklist.some((c) => c.item === CHECKLIST_ITEMS.lessons && c.done)
  );
}
