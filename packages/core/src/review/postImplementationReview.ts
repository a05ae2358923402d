/**
 * Post-implementation review (PIR): the last step of every change, successful or not.
 *
 * After a deployment, one review issue is opened per deployment — a deployment being one
 * workflow run deploying one repository to one environment, so that re-runs (new attempts of the
 * same run) find and update the same issue instead of opening another. The review carries the
 * sections of the shipped PIR issue form (`.github/ISSUE_TEMPLATE/post-implementation-review.yml`),
 * so a review opened by hand and a generated one read the same:
 * - the facts of the deployment (outcome, environment, version and release, duration, run, the
 *   change requests with their type, risk and approvers, the environment approvers, an emergency
 *   or freeze override, due date, whether the review is required) are written by Gatehouse and
 *   refreshed on every re-run;
 * - the review itself (checklist, objectives met, incidents, back-out, lessons learned) belongs to
 *   the people doing it: a re-run keeps whatever they already wrote or ticked.
 *
 * Failed and cancelled deployments and emergency changes make the review required and
 * high-priority, and their checklist also asks for the back-out decision and the incident link.
 *
 * The change requests close their loop here: each gets one comment linking the review and moves to
 * `change/implemented` (success) or `change/failed` (anything else); on success they may be closed.
 */
import { changeRequestKey } from "../change/changeRequest";
import {
  ChangeRequestsInputError,
  type GatedChangeRequest,
  parseGatedChangeRequests,
} from "../change/gatedChangeRequests";
import { code, escapeMarkdown, link, markdownTable, marker, safeUrl } from "../markdown";

export type DeploymentOutcome = "success" | "failure" | "cancelled";

export const DEPLOYMENT_OUTCOMES: readonly DeploymentOutcome[] = ["success", "failure", "cancelled"];

/** A change request as change-gate's `change-requests` output describes it. */
export interface ReviewedChangeRequest {
  /** `owner/repo` the CR issue lives in. */
  repository: string;
  number: number;
  title: string;
  type: "standard" | "normal" | "emergency";
  risk: "low" | "medium" | "high";
  /** Logins of the approvers whose approval counted. */
  approvers: string[];
  url: string;
  /**
   * False when change-gate did not authorise it (the gate ran in `mode: report` and let the
   * deployment go anyway): it is never labelled `change/implemented` as if it had been.
   */
  authorised?: boolean;
}

/** Thrown for an input the review cannot be opened with; names the input and the fix. */
export class ReviewInputError extends Error {
  override name = "ReviewInputError";
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message);
  }
}

/** Labels the review process uses, with the colour and description they are created with. */
export const REVIEW_LABELS = {
  review: {
    name: "post-implementation-review",
    color: "5319e7",
    description: "Post-implementation review of a deployment",
  },
  highPriority: { name: "priority/high", color: "b60205", description: "Needs attention first" },
  implemented: {
    name: "change/implemented",
    color: "0e8a16",
    description: "Change request deployed successfully",
  },
  failed: { name: "change/failed", color: "d93f0b", description: "Change request whose deployment failed" },
  unauthorised: {
    name: "change/unauthorised",
    color: "b60205",
    description: "Deployed although change-gate did not authorise it (report mode)",
  },
} as const;

export interface LabelDefinition {
  name: string;
  color: string;
  description: string;
}

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

/** `success` / `failure` / `cancelled` (as `${{ job.status }}` says it; `canceled` accepted too). */
export function parseOutcome(text: string): DeploymentOutcome {
  const value = text.trim().toLowerCase();
  if (value === "canceled") return "cancelled";
  if ((DEPLOYMENT_OUTCOMES as readonly string[]).includes(value)) return value as DeploymentOutcome;
  throw new ReviewInputError(
    "outcome",
    `Input "outcome" must be success, failure or cancelled (got "${text}"); pass \`outcome: \${{ job.status }}\`.`,
  );
}

const CHANGE_TYPES = ["standard", "normal", "emergency"] as const;
const RISKS = ["low", "medium", "high"] as const;

const oneOf = <T extends string>(allowed: readonly T[], value: string | undefined, fallback: T): T => {
  const v = (value ?? "").toLowerCase();
  return (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
};

/**
 * Reads change-gate's `change-requests` output. Empty text means none were supplied (`null`),
 * which the review states rather than failing; an unknown type reads as normal, an unknown risk
 * as medium.
 */
export function parseReviewChangeRequests(text: string): ReviewedChangeRequest[] | null {
  let gated: GatedChangeRequest[] | null;
  try {
    gated = parseGatedChangeRequests(text);
  } catch (e) {
    if (e instanceof ChangeRequestsInputError) throw new ReviewInputError("change-requests", e.message);
    throw e;
  }
  return (
    gated?.map((cr) => ({
      repository: cr.repository,
      number: cr.number,
      title: cr.title ?? "",
      type: oneOf(CHANGE_TYPES, cr.type, "normal"),
      risk: oneOf(RISKS, cr.risk, "medium"),
      approvers: cr.approvers.map((a) => a.login),
      url: cr.url ?? "",
      ...(cr.authorised === false ? { authorised: false } : {}),
    })) ?? null
  );
}

/** Comma- or newline-separated logins, `@` optional, duplicates dropped. */
export function parseLogins(text: string): string[] {
  const logins = text
    .split(/[\s,]+/)
    .map((s) => s.trim().replace(/^@/, ""))
    .filter(Boolean);
  const bad = logins.find((l) => !GITHUB_LOGIN.test(l));
  if (bad !== undefined) {
    throw new ReviewInputError(
      "assignees",
      `Input "assignees" (or review.assignees in the policy): "${bad}" is not a GitHub login — write logins such as \`alice\` or \`@alice\`, separated by commas or new lines (teams cannot be assigned).`,
    );
  }
  return uniqueIgnoringCase(logins);
}

/** A GitHub user login: letters, digits and single inner hyphens, at most 39 characters. */
const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** GitHub's longest label name. */
export const MAX_LABEL_LENGTH = 50;

/** Comma- or newline-separated label names, each at most 50 characters as GitHub allows. */
export function parseLabelList(text: string): string[] {
  const labels = text
    .split(/[\n,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const long = labels.find((l) => [...l].length > MAX_LABEL_LENGTH);
  if (long !== undefined) {
    throw new ReviewInputError(
      "labels",
      `Input "labels" (or review.labels in the policy): "${long}" is ${[...long].length} characters long; GitHub allows at most ${MAX_LABEL_LENGTH} in a label name — shorten it.`,
    );
  }
  return uniqueIgnoringCase(labels);
}

export function parseDueInDays(text: string, fallback = 5): number {
  const trimmed = text.trim();
  if (trimmed === "") return fallback;
  const days = Number(trimmed);
  if (!Number.isInteger(days) || days < 0 || days > 365) {
    throw new ReviewInputError(
      "due-in-days",
      `Input "due-in-days" must be a whole number of days between 0 and 365 (got "${text}").`,
    );
  }
  return days;
}

export type CloseChangeRequests = "never" | "on-success";

export function parseCloseChangeRequests(text: string): CloseChangeRequests {
  const value = text.trim().toLowerCase();
  if (value === "" || value === "never") return "never";
  if (value === "on-success") return "on-success";
  throw new ReviewInputError(
    "close-change-requests",
    `Input "close-change-requests" must be never or on-success (got "${text}").`,
  );
}

/** ISO 8601 instant (e.g. `${{ steps.start.outputs.at }}` from `date -u +%FT%TZ`), or epoch seconds. */
export function parseStartedAt(text: string): Date | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const date = /^\d{9,11}$/.test(trimmed) ? new Date(Number(trimmed) * 1000) : new Date(trimmed);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}T|^\d{9,11}$/.test(trimmed)) {
    throw new ReviewInputError(
      "started-at",
      `Input "started-at" must be an ISO 8601 date-time such as 2026-11-23T14:05:00Z (got "${text}").`,
    );
  }
  return date;
}

// ---------------------------------------------------------------------------------------------
// Identity
// ---------------------------------------------------------------------------------------------

/** What makes a deployment one deployment: all attempts of one workflow run to one environment. */
export interface DeploymentIdentity {
  /** `owner/repo` that was deployed. */
  repository: string;
  environment: string;
  runId: number;
}

export interface ReviewIdentity {
  key: string;
  /** Hidden HTML marker carried by the review issue. */
  marker: string;
  /** Hidden HTML marker carried by the comment on each change request. */
  commentMarker: string;
}

/** Attempts are left out on purpose: a re-run is the same deployment and updates the same review. */
export function reviewIdentity(id: DeploymentIdentity): ReviewIdentity {
  const key = `${id.repository.toLowerCase()}/${encodeURIComponent(id.environment.trim().toLowerCase())}/${id.runId}`;
  return { key, marker: marker("pir", key), commentMarker: marker("pir-link", key) };
}

// ---------------------------------------------------------------------------------------------
// Requirement
// ---------------------------------------------------------------------------------------------

export interface ReviewRequirement {
  required: boolean;
  /** Why it is required, one sentence each; empty when not required. */
  reasons: string[];
  /** Labels the requirement adds to the review (high priority when required). */
  labels: string[];
}

export function reviewRequirement(
  outcome: DeploymentOutcome,
  changeRequests: readonly ReviewedChangeRequest[] | null,
  reviewRepository = "",
  priorityLabel: string = REVIEW_LABELS.highPriority.name,
): ReviewRequirement {
  const reasons: string[] = [];
  if (outcome === "failure") reasons.push("the deployment failed");
  if (outcome === "cancelled") reasons.push("the deployment was cancelled");
  const emergencies = (changeRequests ?? []).filter((cr) => cr.type === "emergency");
  if (emergencies.length > 0) {
    const refs = emergencies.map((cr) => changeRequestRef(cr, reviewRepository)).join(", ");
    reasons.push(
      `${emergencies.length === 1 ? "it deployed an emergency change" : "it deployed emergency changes"} (${refs})`,
    );
  }
  const unauthorised = (changeRequests ?? []).filter((cr) => cr.authorised === false);
  if (unauthorised.length > 0) {
    const refs = unauthorised.map((cr) => changeRequestRef(cr, reviewRepository)).join(", ");
    reasons.push(
      `it deployed ${unauthorised.length === 1 ? "a change request" : "change requests"} change-gate did not authorise (${refs}; the gate ran in report mode)`,
    );
  }
  const required = reasons.length > 0;
  return { required, reasons, labels: required ? [priorityLabel] : [] };
}

// ---------------------------------------------------------------------------------------------
// Change request lifecycle
// ---------------------------------------------------------------------------------------------

/** A change request as it stands on GitHub when the review runs. */
export interface ChangeRequestState {
  /** False when the issue no longer exists (deleted, transferred, or not readable). */
  found: boolean;
  author?: string;
  state?: "open" | "closed";
  labels: string[];
}

export interface ChangeRequestTransition {
  /** Final label set, when it differs from the current one; null when the labels are already right. */
  labels: string[] | null;
  /** True when the CR is to be closed now. */
  close: boolean;
  /** The lifecycle label this outcome gives the CR. */
  label: string;
}

/**
 * Success → `change/implemented` (and closed when `close-change-requests: on-success`), anything else
 * → `change/failed`; the opposite label is removed, so a failed attempt followed by a successful
 * re-run ends implemented. Closed CRs are never reopened.
 */
export function changeRequestTransition(
  outcome: DeploymentOutcome,
  current: ChangeRequestState,
  close: CloseChangeRequests,
  authorised = true,
): ChangeRequestTransition {
  if (!authorised) {
    // Deployed without the gate's authorisation: never `change/implemented` (nor closed) as if it
    // had been authorised; labelled for what it is, whatever labels it already carries.
    const label = REVIEW_LABELS.unauthorised.name;
    const has = current.labels.some((l) => l.toLowerCase() === label);
    return { labels: has ? null : [...current.labels, label], close: false, label };
  }
  const wanted = outcome === "success" ? REVIEW_LABELS.implemented.name : REVIEW_LABELS.failed.name;
  const unwanted = outcome === "success" ? REVIEW_LABELS.failed.name : REVIEW_LABELS.implemented.name;
  const lower = (s: string) => s.toLowerCase();
  const has = (name: string) => current.labels.some((l) => lower(l) === lower(name));
  const labels =
    has(wanted) && !has(unwanted)
      ? null
      : [...current.labels.filter((l) => lower(l) !== lower(unwanted) && lower(l) !== lower(wanted)), wanted];
  return {
    labels,
    close: outcome === "success" && close === "on-success" && current.state === "open",
    label: wanted,
  };
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

/** An environment approval of the run (`GET /repos/{o}/{r}/actions/runs/{id}/approvals`). */
export interface ReviewApproval {
  user: string;
  state: "approved" | "rejected";
  comment: string;
  environments: string[];
}

export interface ReviewFacts {
  identity: DeploymentIdentity;
  outcome: DeploymentOutcome;
  /** `owner/repo` the review goes to (CR links are relative to it). */
  reviewRepository: string;
  /** e.g. https://github.com — release links are built from it. */
  serverUrl: string;
  runUrl: string;
  runAttempt: number;
  releaseTag: string | null;
  startedAt: Date | null;
  now: Date;
  /** null: none were supplied. */
  changeRequests: readonly ReviewedChangeRequest[] | null;
  /** State of each CR on GitHub, keyed by `changeRequestKey`; absent key = not looked up. */
  changeRequestStates?: ReadonlyMap<string, ChangeRequestState>;
  /** null: they could not be read (the token lacks `actions: read`). */
  approvals: readonly ReviewApproval[] | null;
  /** The freeze-window override (the CR URL freeze-window's `overridden-by` output names), if any. */
  freezeOverriddenBy?: string | null;
  dueInDays: number;
}

export interface RenderedReview {
  title: string;
  body: string;
  requirement: ReviewRequirement;
  dueDate: string;
}

/** Headings of the PIR issue form, in order. Gatehouse writes the facts; people write the review. */
export const REVIEW_SECTIONS = {
  outcome: "Outcome",
  environment: "Environment",
  version: "Version",
  duration: "Duration",
  run: "Workflow run",
  changeRequests: "Change requests",
  approvers: "Environment approvers",
  override: "Emergency or freeze override",
  dueDate: "Due date",
  required: "Review required",
  checklist: "Review checklist",
  objectives: "Objectives met",
  incidents: "Incidents",
  backOut: "Back-out used",
  backOutDecision: "Back-out decision",
  incidentLink: "Incident link",
  lessons: "Lessons learned",
} as const;

/** Sections the reviewers fill in: a re-run never overwrites what they wrote there. */
const PEOPLE_SECTIONS: readonly string[] = [
  REVIEW_SECTIONS.checklist,
  REVIEW_SECTIONS.objectives,
  REVIEW_SECTIONS.incidents,
  REVIEW_SECTIONS.backOut,
  REVIEW_SECTIONS.backOutDecision,
  REVIEW_SECTIONS.incidentLink,
  REVIEW_SECTIONS.lessons,
];

/** What a section nobody has filled in yet says (GitHub's own issue forms write the same). */
export const NO_RESPONSE = "_No response_";

export const CHECKLIST_ITEMS = {
  objectives: "The change met its objectives",
  incidents: "Incidents caused by the change are recorded (or there were none)",
  backOut: "Whether the back-out plan was used is recorded",
  lessons: "Lessons learned are recorded",
  backOutDecision: "The back-out decision is recorded (backed out, or why the fix went forward)",
  incidentLink: "The incident is linked",
} as const;

/** `#12` inside the review repository, `org/changes#12` from anywhere else. */
export function changeRequestRef(cr: { repository: string; number: number }, fromRepository: string): string {
  return cr.repository.toLowerCase() === fromRepository.toLowerCase()
    ? `#${cr.number}`
    : `${cr.repository}#${cr.number}`;
}

const OUTCOME_WORDS: Record<DeploymentOutcome, string> = {
  success: "Success",
  failure: "Failure",
  cancelled: "Cancelled",
};

/** `YYYY-MM-DD` (UTC) `days` after `now`. */
export function reviewDueDate(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** `1 h 02 min 05 s`, `3 min 10 s`, `42 s`. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, "0")} min ${String(s).padStart(2, "0")} s`;
  if (m > 0) return `${m} min ${String(s).padStart(2, "0")} s`;
  return `${s} s`;
}

function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function releaseUrl(serverUrl: string, repository: string, tag: string): string {
  return `${serverUrl.replace(/\/+$/, "")}/${repository}/releases/tag/${encodeURIComponent(tag)}`;
}

/** `[#12](url)`: references are made of owner/repo and a number, so they need no escaping. */
function refLink(ref: string, url: string | null | undefined): string {
  const target = safeUrl(url);
  return target ? `[${ref}](${target})` : ref;
}

/** `@login` shown without notifying anyone (the review must not ping every approver). */
function userLink(login: string): string {
  return escapeMarkdown(`@${login.replace(/^@/, "")}`);
}

export function reviewTitle(facts: Pick<ReviewFacts, "identity" | "outcome" | "releaseTag">): string {
  const what = facts.releaseTag ? facts.releaseTag : `run ${facts.identity.runId}`;
  return `PIR: ${facts.identity.environment} ${what} — ${OUTCOME_WORDS[facts.outcome].toLowerCase()}`;
}

function section(heading: string, content: string): string {
  return `### ${heading}\n\n${content.trim() === "" ? NO_RESPONSE : content.trim()}`;
}

function changeRequestsSection(facts: ReviewFacts): string {
  const crs = facts.changeRequests;
  if (crs === null) {
    return "No change requests were supplied to this review (pass change-gate's `change-requests` output to link them).";
  }
  if (crs.length === 0) return "This deployment carried no change requests.";
  const rows = crs.map((cr) => {
    const state = facts.changeRequestStates?.get(changeRequestKey(cr));
    const ref = changeRequestRef(cr, facts.reviewRepository);
    const crLink = refLink(ref, cr.url);
    const status =
      state === undefined
        ? ""
        : !state.found
          ? "⚠️ no longer exists"
          : facts.outcome === "success"
            ? REVIEW_LABELS.implemented.name
            : REVIEW_LABELS.failed.name;
    return [
      crLink,
      escapeMarkdown(cr.title || "(untitled)"),
      cr.type,
      cr.risk,
      cr.approvers.length > 0 ? cr.approvers.map(userLink).join(", ") : "—",
      status,
    ];
  });
  const table = markdownTable(["Change request", "Title", "Type", "Risk", "Approvers", "Status"], rows);
  const missing = crs.filter((cr) => facts.changeRequestStates?.get(changeRequestKey(cr))?.found === false);
  const note =
    missing.length > 0
      ? `\n\n${missing.map((cr) => changeRequestRef(cr, facts.reviewRepository)).join(", ")} ${
          missing.length === 1 ? "no longer exists" : "no longer exist"
        } (deleted, transferred or not readable with this token): ${
          missing.length === 1 ? "its" : "their"
        } lifecycle could not be recorded.`
      : "";
  return `${table}${note}`;
}

function approversSection(facts: ReviewFacts): string {
  if (facts.approvals === null) {
    return "Could not be read with this token: give the job `actions: read` to list who approved the deployment.";
  }
  const env = facts.identity.environment.toLowerCase();
  const relevant = facts.approvals.filter(
    (a) => a.environments.length === 0 || a.environments.some((e) => e.toLowerCase() === env),
  );
  if (relevant.length === 0) return "No environment approval was recorded for this run.";
  return relevant
    .map((a) => {
      const envs = a.environments.length > 0 ? a.environments.map((e) => code(e)).join(", ") : "";
      const comment = a.comment.trim() ? `: “${escapeMarkdown(a.comment.trim().replace(/\s+/g, " "))}”` : "";
      return `- ${userLink(a.user)} ${a.state}${envs ? ` ${envs}` : ""}${comment}`;
    })
    .join("\n");
}

function overrideSection(facts: ReviewFacts): string {
  const lines: string[] = [];
  const emergencies = (facts.changeRequests ?? []).filter((cr) => cr.type === "emergency");
  for (const cr of emergencies) {
    lines.push(`- Emergency change: ${changeRequestRef(cr, facts.reviewRepository)}`);
  }
  if (facts.freezeOverriddenBy) {
    lines.push(
      `- A freeze window was overridden by ${link(facts.freezeOverriddenBy, facts.freezeOverriddenBy)}`,
    );
  }
  return lines.length > 0 ? lines.join("\n") : "None";
}

function checklistItems(requirement: ReviewRequirement, outcome: DeploymentOutcome): string[] {
  const items: string[] = [
    CHECKLIST_ITEMS.objectives,
    CHECKLIST_ITEMS.incidents,
    CHECKLIST_ITEMS.backOut,
    CHECKLIST_ITEMS.lessons,
  ];
  if (outcome !== "success" || requirement.required) {
    items.push(CHECKLIST_ITEMS.backOutDecision, CHECKLIST_ITEMS.incidentLink);
  }
  return items;
}

/** The review issue's title and body, following the PIR issue form's sections. */
export function renderReview(facts: ReviewFacts): RenderedReview {
  const id = reviewIdentity(facts.identity);
  const requirement = reviewRequirement(facts.outcome, facts.changeRequests, facts.reviewRepository);
  const dueDate = reviewDueDate(facts.now, facts.dueInDays);
  const deployedRepo = facts.identity.repository;
  const version = facts.releaseTag
    ? link(facts.releaseTag, releaseUrl(facts.serverUrl, deployedRepo, facts.releaseTag))
    : "No release was supplied (pass release-bundle's `tag` output as `release-tag`).";
  let duration: string;
  if (facts.startedAt === null) {
    duration = `Not recorded (pass \`started-at\`); reviewed at ${isoSeconds(facts.now)}.`;
  } else if (facts.startedAt.getTime() > facts.now.getTime()) {
    duration = `Unknown: \`started-at\` (${isoSeconds(facts.startedAt)}) is after the review time (${isoSeconds(facts.now)}).`;
  } else {
    duration = `${formatDuration(facts.now.getTime() - facts.startedAt.getTime())} (${isoSeconds(facts.startedAt)} → ${isoSeconds(facts.now)})`;
  }
  const attempt = facts.runAttempt > 1 ? `, attempt ${facts.runAttempt}` : "";
  const runText = `${deployedRepo} run ${facts.identity.runId}${attempt}`;
  const required = requirement.required
    ? `Yes — ${requirement.reasons.join("; ")}.`
    : "No — the deployment succeeded with no emergency change.";
  const peopleHint = `Tick the checklist and fill in the sections below by ${dueDate}.`;
  const lead = requirement.required
    ? `> [!CAUTION]\n> **Review required by ${dueDate}:** ${escapeMarkdown(requirement.reasons.join("; "))}. Record the back-out decision and link the incident.`
    : `> [!NOTE]\n> Post-implementation review of the deployment to ${code(facts.identity.environment)}. ${peopleHint}`;
  const items = checklistItems(requirement, facts.outcome);
  const people = [
    section(REVIEW_SECTIONS.checklist, items.map((item) => `- [ ] ${item}`).join("\n")),
    section(REVIEW_SECTIONS.objectives, NO_RESPONSE),
    section(REVIEW_SECTIONS.incidents, NO_RESPONSE),
    section(REVIEW_SECTIONS.backOut, NO_RESPONSE),
  ];
  if (items.includes(CHECKLIST_ITEMS.backOutDecision)) {
    people.push(
      section(REVIEW_SECTIONS.backOutDecision, NO_RESPONSE),
      section(REVIEW_SECTIONS.incidentLink, NO_RESPONSE),
    );
  }
  people.push(section(REVIEW_SECTIONS.lessons, NO_RESPONSE));
  const body = [
    id.marker,
    lead,
    section(REVIEW_SECTIONS.outcome, OUTCOME_WORDS[facts.outcome]),
    section(REVIEW_SECTIONS.environment, escapeMarkdown(facts.identity.environment)),
    section(REVIEW_SECTIONS.version, version),
    section(REVIEW_SECTIONS.duration, duration),
    section(REVIEW_SECTIONS.run, link(runText, facts.runUrl)),
    section(REVIEW_SECTIONS.changeRequests, changeRequestsSection(facts)),
    section(REVIEW_SECTIONS.approvers, approversSection(facts)),
    section(REVIEW_SECTIONS.override, overrideSection(facts)),
    section(REVIEW_SECTIONS.dueDate, dueDate),
    section(REVIEW_SECTIONS.required, required),
    ...people,
  ].join("\n\n");
  return { title: reviewTitle(facts), body: `${body}\n`, requirement, dueDate };
}

/** Splits a body into its preamble and `### Heading` sections (as GitHub renders an issue form). */
export function splitSections(body: string): { preamble: string; sections: Map<string, string> } {
  const sections = new Map<string, string>();
  const parts = body.replace(/\r\n/g, "\n").split(/^### +/m);
  const preamble = parts.shift() ?? "";
  for (const part of parts) {
    const newline = part.indexOf("\n");
    const heading = (newline === -1 ? part : part.slice(0, newline)).trim();
    const content = newline === -1 ? "" : part.slice(newline + 1).trim();
    if (!sections.has(heading)) sections.set(heading, content);
  }
  return { preamble, sections };
}

/**
 * The body a re-run writes: the freshly rendered facts, with everything the reviewers already wrote
 * kept — filled-in sections stay as they are, ticked checklist items stay ticked, items added by
 * hand stay.
 */
export function mergeReviewBody(existing: string, rendered: string): string {
  const old = splitSections(existing).sections;
  const fresh = splitSections(rendered);
  const out: string[] = [fresh.preamble.trimEnd()];
  for (const [heading, content] of fresh.sections) {
    let value = content;
    const previous = old.get(heading);
    if (PEOPLE_SECTIONS.includes(heading) && previous !== undefined) {
      value = heading === REVIEW_SECTIONS.checklist ? mergeChecklist(previous, content) : previous || content;
    }
    out.push(`### ${heading}\n\n${value.trim() === "" ? NO_RESPONSE : value.trim()}`);
  }
  // What people wrote in sections this rendering no longer has (a back-out decision written
  // after a failed attempt, sections added by hand) survives too.
  for (const [heading, content] of old) {
    if (fresh.sections.has(heading)) continue;
    const isFact =
      Object.values(REVIEW_SECTIONS).includes(heading as never) && !PEOPLE_SECTIONS.includes(heading);
    if (!isFact && content !== NO_RESPONSE) out.push(`### ${heading}\n\n${content}`);
  }
  return `${out.join("\n\n")}\n`;
}

function mergeChecklist(previous: string, fresh: string): string {
  const item = /^- \[( |x|X)\] +(.*)$/;
  const ticked = new Map<string, boolean>();
  const extra: string[] = [];
  const freshItems = new Set(
    fresh
      .split("\n")
      .map((line) => item.exec(line.trim())?.[2]?.trim())
      .filter(Boolean),
  );
  for (const line of previous.split("\n")) {
    const m = item.exec(line.trim());
    if (!m) continue;
    const text = (m[2] ?? "").trim();
    ticked.set(text, m[1] !== " ");
    if (!freshItems.has(text)) extra.push(line.trim());
  }
  const lines = fresh.split("\n").map((line) => {
    const m = item.exec(line.trim());
    if (!m) return line;
    const text = (m[2] ?? "").trim();
    return `- [${ticked.get(text) ? "x" : " "}] ${text}`;
  });
  return [...lines, ...extra].join("\n");
}

/** True when `body` carries the review marker of this deployment. */
export function isReviewOf(body: string | null | undefined, identity: ReviewIdentity): boolean {
  return typeof body === "string" && body.includes(identity.marker);
}

/** The comment each change request gets, linking its review. */
export function renderChangeRequestComment(input: {
  identity: DeploymentIdentity;
  outcome: DeploymentOutcome;
  releaseTag: string | null;
  runUrl: string;
  reviewRef: string;
  reviewUrl: string;
  transition: Pick<ChangeRequestTransition, "label">;
  closed: boolean;
  required: boolean;
}): string {
  const id = reviewIdentity(input.identity);
  const what = input.releaseTag ? code(input.releaseTag) : "this change";
  const outcome =
    input.outcome === "success" ? "succeeded" : input.outcome === "failure" ? "failed" : "was cancelled";
  const run = safeUrl(input.runUrl) ? ` (${link(`run ${input.identity.runId}`, input.runUrl)})` : "";
  const lifecycle =
    input.transition.label === REVIEW_LABELS.unauthorised.name
      ? `change-gate did not authorise this change request (it ran in report mode), so it is labelled \`${input.transition.label}\`, not implemented.`
      : `This change request is now \`${input.transition.label}\`${input.closed ? " and closed" : ""}.`;
  const review = `Post-implementation review: ${refLink(input.reviewRef, input.reviewUrl)}${
    input.required ? " — **required**" : ""
  }.`;
  return `${id.commentMarker}\nThe deployment of ${what} to ${code(input.identity.environment)}${run} ${outcome}. ${lifecycle}\n\n${review}\n`;
}

/** Labels the review issue ends with: ours added, high priority removed when no longer required. */
export function reviewLabels(
  current: readonly string[],
  wanted: readonly string[],
  managed: readonly string[] = [REVIEW_LABELS.highPriority.name],
): string[] {
  const lower = (s: string) => s.toLowerCase();
  const wantedLower = new Set(wanted.map(lower));
  const kept = current.filter(
    (l) => wantedLower.has(lower(l)) || !managed.some((m) => lower(m) === lower(l)),
  );
  const keptLower = new Set(kept.map(lower));
  return [...kept, ...wanted.filter((l) => !keptLower.has(lower(l)))];
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const la = new Set(a.map((s) => s.toLowerCase()));
  const lb = new Set(b.map((s) => s.toLowerCase()));
  return la.size === lb.size && [...la].every((x) => lb.has(x));
}

function uniqueIgnoringCase(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = v.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
