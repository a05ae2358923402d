/**
 * Change requests: GitHub issues opened with Gatehouse's change-request form, and the
 * `Change-Request:` links that tie pull requests and commits to them.
 */
import { DateTime, IANAZone } from "luxon";
import { renderedSections } from "./renderedForm";
import { isRiskLevel, type RiskLevel } from "./risk";

export const changeTypes = ["standard", "normal", "emergency"] as const;
export type ChangeType = (typeof changeTypes)[number];

/** Labels Gatehouse reads and writes on change requests. */
export const changeLabels = {
  changeRequest: "change-request",
  approved: "change/approved",
  rejected: "change/rejected",
  standard: "change/standard",
  emergency: "change/emergency",
  implemented: "change/implemented",
  failed: "change/failed",
} as const;

/** A reference to a change request issue: `repository` is "owner/repo". */
export interface ChangeRequestLink {
  repository: string;
  number: number;
}

/** The key two links to the same issue share (GitHub names are case-insensitive). */
export function changeRequestKey(link: ChangeRequestLink): string {
  return `${link.repository.toLowerCase()}#${link.number}`;
}

/** "#12" inside the deployed repository, "org/changes#45" elsewhere. */
export function formatChangeRequestRef(link: ChangeRequestLink, homeRepository?: string): string {
  return homeRepository && link.repository.toLowerCase() === homeRepository.toLowerCase()
    ? `#${link.number}`
    : `${link.repository}#${link.number}`;
}

const refPattern =
  /(?:https?:\/\/[^\s/]+(?:\/[^\s/]+)*?\/([\w.-]+)\/([\w.-]+)\/issues\/(\d+))|(?:(?<![\w/.-])([\w.-]+)\/([\w.-]+)#(\d+)\b)|(?:(?<![\w&/.-])#(\d+)\b)/g;
const keyPattern = /^\s{0,3}(?:[-*+]\s+)?[*_]{0,2}change[- ]requests?[*_]{0,2}\s*:[*_]{0,2}\s*(.*)$/i;

/**
 * The lines of a Markdown text that are prose: no fenced or indented code, no quotes
 * (a quoted or pasted link is not a claim) and no HTML comments (templates show examples in them).
 */
export function proseLines(text: string): string[] {
  const withoutComments = text.replace(/<!--[\s\S]*?(?:-->|$)/g, "");
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of withoutComments.split(/\r?\n/)) {
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (
        opener &&
        opener[1]![0] === fence[0] &&
        opener[1]!.length >= fence.length &&
        line.trim() === opener[1]
      )
        fence = null;
      continue;
    }
    if (opener) {
      fence = opener[1]!;
      continue;
    }
    if (/^( {4}|\t)/.test(line) || /^\s{0,3}>/.test(line)) continue;
    out.push(line);
  }
  return out;
}

/** Links found in a text, and `Change-Request:` lines that name no issue. */
export interface ChangeRequestLinkScan {
  links: ChangeRequestLink[];
  unrecognised: string[];
}

export function scanChangeRequestLinks(
  text: string | null | undefined,
  defaultRepository: string,
): ChangeRequestLinkScan {
  const links: ChangeRequestLink[] = [];
  const seen = new Set<string>();
  const unrecognised: string[] = [];
  for (const line of proseLines(text ?? "")) {
    const key = keyPattern.exec(line);
    if (!key) continue;
    const value = key[1]!.trim();
    let found = 0;
    for (const m of value.matchAll(refPattern)) {
      const repository = m[1] ? `${m[1]}/${m[2]}` : m[4] ? `${m[4]}/${m[5]}` : defaultRepository;
      const number = Number(m[3] ?? m[6] ?? m[7]);
      if (!Number.isSafeInteger(number) || number <= 0) continue;
      found++;
      const link = { repository, number };
      const k = changeRequestKey(link);
      if (!seen.has(k)) {
        seen.add(k);
        links.push(link);
      }
    }
    if (found === 0) unrecognised.push(value);
  }
  return { links, unrecognised };
}

/**
 * `Change-Request: #123`, `Change-Request: org/changes#45` or an issue URL, in a pull request
 * body or a commit message trailer. The key is case-insensitive; several per text and per line.
 */
export function parseChangeRequestLinks(
  text: string | null | undefined,
  defaultRepository: string,
): ChangeRequestLink[] {
  return scanChangeRequestLinks(text, defaultRepository).links;
}

// ---------------------------------------------------------------------------------------------
// The issue as read from GitHub

/** One revision of a comment's text (its edit history, oldest first). */
export interface ContentRevision {
  /** Who wrote this revision (null: an account that is gone). */
  editor: string | null;
  editedAt: string;
  /** The whole text of the revision; null when it was deleted from the history or cannot be read. */
  body: string | null;
}

export interface IssueComment {
  /** GraphQL node id (used to update Gatehouse's own comment). */
  id?: string;
  author: string | null;
  /** The author is a bot account (a GitHub App or a machine user GitHub marks as a bot). */
  authorIsBot?: boolean;
  body: string;
  createdAt: string;
  /** When the comment was last edited, if ever. */
  editedAt?: string | null;
  /**
   * Who edited the comment (its edit history; null for an account that is gone). An `/approve`
   * edited in by anyone but the comment's author is not theirs, so it does not count.
   */
  editors?: (string | null)[];
  /**
   * The edit history, oldest first, the text as first written included; empty or absent when the
   * comment was never edited.
   */
  revisions?: ContentRevision[];
  url?: string;
}

export interface LabelEvent {
  action: "labeled" | "unlabeled";
  label: string;
  /** Who applied or removed the label (null when the account is gone). */
  actor: string | null;
  actorIsBot?: boolean;
  at: string;
}

/** The issue was closed or reopened. */
export interface StateEvent {
  action: "closed" | "reopened";
  actor: string | null;
  at: string;
}

/** A comment was deleted: by whom, and whose it was (GitHub's CommentDeletedEvent). */
export interface CommentDeletion {
  /** Who deleted it (null: unknown or gone). */
  actor: string | null;
  /** Who had written it (null: unknown or gone). */
  author: string | null;
  at: string;
}

/** A change request issue with everything the approval rules look at. */
export interface ChangeRequestIssue extends ChangeRequestLink {
  /** GraphQL node id of the issue (to comment on it). */
  id?: string;
  title: string;
  url: string;
  body: string;
  author: string | null;
  state: "open" | "closed";
  labels: string[];
  createdAt: string;
  /** The last edit of the issue body (null when never edited). */
  bodyEditedAt: string | null;
  comments: IssueComment[];
  /** Label events of the timeline, oldest first. */
  labelEvents: LabelEvent[];
  /** Closed and reopened events of the timeline, oldest first. */
  stateEvents?: StateEvent[];
  /** Comments deleted, from the timeline, oldest first. */
  commentDeletions?: CommentDeletion[];
  /**
   * The identity Gatehouse writes as (the token's user): comments it wrote carrying its record are
   * its memory of rejections and deployments on this change request.
   */
  recorder?: string | null;
}

// ---------------------------------------------------------------------------------------------
// The issue form's body

/** What the change-request form records. */
export interface ChangeRequestFields {
  summary: string;
  type: ChangeType;
  /** The standard change template the CR follows (standard changes only). */
  standardChange?: string;
  risk: RiskLevel;
  services: string[];
  plannedStart?: Date;
  plannedEnd?: Date;
  implementationPlan: string;
  backoutPlan: string;
  testEvidence: string;
}

export interface ChangeRequestProblem {
  /** The form field, as labelled on the form. */
  field: string;
  message: string;
}

export interface ParsedChangeRequest {
  /** Present only when there are no problems. */
  fields?: ChangeRequestFields;
  problems: ChangeRequestProblem[];
}

/** Form labels (as on `.github/ISSUE_TEMPLATE/change-request.yml`) and accepted aliases. */
export const changeRequestFormFields = {
  summary: { label: "Summary", aliases: ["summary"] },
  type: { label: "Change type", aliases: ["changetype"] },
  standardChange: {
    label: "Standard change template",
    aliases: ["standardchangetemplate", "standardchange"],
  },
  risk: { label: "Risk", aliases: ["risk", "risklevel"] },
  services: { label: "Services affected", aliases: ["servicesaffected", "affectedservices"] },
  plannedStart: { label: "Planned start", aliases: ["plannedstart"] },
  plannedEnd: { label: "Planned end", aliases: ["plannedend"] },
  implementationPlan: { label: "Implementation plan", aliases: ["implementationplan"] },
  backoutPlan: { label: "Back-out plan", aliases: ["backoutplan", "rollbackplan"] },
  testEvidence: { label: "Test evidence", aliases: ["testevidence"] },
} as const;
type FieldName = keyof typeof changeRequestFormFields;

const knownLabels: ReadonlySet<string> = new Set(
  Object.values(changeRequestFormFields).flatMap((f) => f.aliases as readonly string[]),
);

/**
 * Splits an issue-form body into its `### Label` sections as GitHub shows them (see
 * `renderedSections`), keyed by the label lower-cased with everything but letters and digits
 * removed; the first of a label given twice. With `known`, only headings with those keys start a
 * section. GitHub writes `_No response_` for an empty field: that is returned as "".
 */
export function issueFormSections(body: string, known?: ReadonlySet<string>): Map<string, string> {
  const sections = new Map<string, string>();
  for (const section of renderedSections(body, known)) {
    if (!sections.has(section.key)) sections.set(section.key, section.text);
  }
  return sections;
}

const plannedFormatHelp =
  "write `2026-03-01 22:00` (in the policy's timezone) or ISO 8601 with an offset, such as `2026-03-01T22:00+01:00`";

/**
 * Planned start/end: ISO 8601 with an offset (`2026-03-01T22:00:00+01:00`, `...Z`), or
 * `YYYY-MM-DD HH:MM` read in `timezone`. A local time that does not exist (skipped by a
 * daylight-saving change) is refused rather than shifted.
 */
export function parsePlannedTime(text: string, timezone: string): { date: Date } | { error: string } {
  const value = text.replace(/`/g, "").trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/i.test(value)) {
    const parsed = DateTime.fromISO(value, { setZone: true });
    if (!parsed.isValid || Math.abs(parsed.offset) > 14 * 60) {
      return { error: `"${value}" is not a valid date and time; ${plannedFormatHelp}` };
    }
    return { date: parsed.toJSDate() };
  }
  const local = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(value);
  if (local) {
    if (!IANAZone.isValidZone(timezone))
      return { error: `the policy timezone "${timezone}" is not an IANA timezone` };
    const [, y, mo, d, h, mi] = local.map(Number) as [number, number, number, number, number, number];
    const parsed = DateTime.fromObject(
      { year: y, month: mo, day: d, hour: h, minute: mi },
      { zone: timezone },
    );
    if (!parsed.isValid) return { error: `"${value}" is not a valid date and time` };
    if (
      parsed.year !== y ||
      parsed.month !== mo ||
      parsed.day !== d ||
      parsed.hour !== h ||
      parsed.minute !== mi
    ) {
      return { error: `"${value}" does not exist in ${timezone} (the clocks skip it); pick another time` };
    }
    return { date: parsed.toJSDate() };
  }
  return { error: `"${value}" is not a date and time I can read; ${plannedFormatHelp}` };
}

/** The first word of a dropdown answer, lower-cased ("Normal (CAB review)" → "normal"). */
const choice = (text: string) => (/^[\s*_`]*([A-Za-z]+)/.exec(text)?.[1] ?? "").toLowerCase();

/**
 * Reads the body GitHub renders from the change-request issue form. Every problem names the
 * form field so the author knows what to fix; a change request with problems authorises nothing.
 */
export function parseChangeRequest(
  body: string | null | undefined,
  opts: { timezone?: string } = {},
): ParsedChangeRequest {
  const timezone = opts.timezone ?? "UTC";
  const rendered = renderedSections(body ?? "", knownLabels);
  const sections = new Map<string, string>();
  const problems: ChangeRequestProblem[] = [];
  // What the approver saw is what counts: a section given twice, text shown in another order than
  // it reads, or an answer GitHub hides entirely, is a problem that names the field.
  const labelOf = (key: string) =>
    Object.values(changeRequestFormFields).find((f) => (f.aliases as readonly string[]).includes(key))
      ?.label ?? key;
  const given = new Map<string, number>();
  for (const section of rendered) given.set(section.key, (given.get(section.key) ?? 0) + 1);
  for (const [key, count] of given) {
    if (count > 1) {
      const label = labelOf(key);
      problems.push({
        field: label,
        message: `the "${label}" section is given ${count} times; keep one, so everyone reads the same answer`,
      });
    }
  }
  for (const section of rendered) {
    if (sections.has(section.key)) continue;
    const label = labelOf(section.key);
    if (section.bidi) {
      problems.push({
        field: label,
        message: `"${label}" contains invisible bidirectional-control characters, which make GitHub show the text in another order than it reads; delete them`,
      });
    }
    if (section.text === "" && section.hidden) {
      problems.push({
        field: label,
        message: `"${label}" has an answer GitHub does not show (an HTML comment, a collapsed <details> or raw HTML); write the answer as plain text`,
      });
    }
    sections.set(section.key, section.text);
  }
  const get = (name: FieldName): string | undefined => {
    for (const alias of changeRequestFormFields[name].aliases) {
      const value = sections.get(alias);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const required = (name: FieldName): string => {
    const value = get(name);
    const label = changeRequestFormFields[name].label;
    if (value === undefined) problems.push({ field: label, message: `the "${label}" section is missing` });
    else if (value === "" && !problems.some((p) => p.field === label))
      problems.push({ field: label, message: `"${label}" is empty` });
    return value ?? "";
  };

  if (sections.size === 0) {
    return {
      problems: [
        {
          field: "body",
          message:
            "the issue body has no form sections; open change requests with the change-request issue form",
        },
      ],
    };
  }

  const summary = required("summary");
  const typeText = required("type");
  const type = choice(typeText) as ChangeType;
  if (typeText && !changeTypes.includes(type)) {
    problems.push({
      field: "Change type",
      message: `"${typeText}" is not one of standard, normal, emergency`,
    });
  }
  const riskText = required("risk");
  const risk = choice(riskText);
  if (riskText && !isRiskLevel(risk)) {
    problems.push({ field: "Risk", message: `"${riskText}" is not one of low, medium, high` });
  }
  const standardChange = get("standardChange")?.replace(/`/g, "").trim() || undefined;
  if (type === "standard" && !standardChange) {
    problems.push({
      field: changeRequestFormFields.standardChange.label,
      message: "a standard change must name its standard change template",
    });
  }
  const services = required("services")
    .split(/[\n,]/)
    .map((s) => s.replace(/^\s*[-*+]\s+/, "").trim())
    .filter(Boolean);
  const planned = (name: "plannedStart" | "plannedEnd"): Date | undefined => {
    const text = get(name);
    if (!text) return undefined;
    const result = parsePlannedTime(text, timezone);
    if ("error" in result) {
      problems.push({ field: changeRequestFormFields[name].label, message: result.error });
      return undefined;
    }
    return result.date;
  };
  const plannedStart = planned("plannedStart");
  const plannedEnd = planned("plannedEnd");
  if (plannedStart && plannedEnd && plannedEnd.getTime() <= plannedStart.getTime()) {
    problems.push({ field: "Planned end", message: "the planned end is not after the planned start" });
  }
  const implementationPlan = required("implementationPlan");
  const backoutPlan = required("backoutPlan");
  const testEvidence = required("testEvidence");

  if (problems.length > 0) return { problems };
  return {
    problems,
    fields: {
      summary,
      type,
      ...(standardChange ? { standardChange } : {}),
      risk: risk as RiskLevel,
      services,
      ...(plannedStart ? { plannedStart } : {}),
      ...(plannedEnd ? { plannedEnd } : {}),
      implementationPlan,
      backoutPlan,
      testEvidence,
    },
  };
}

/**
 * The body GitHub renders from an issue form: one `### Label` section per field, `_No response_`
 * for an empty one. Used to open change requests from code (demo, tests) the way the form does.
 */
export function renderIssueFormBody(sections: Record<string, string>): string {
  return Object.entries(sections)
    .map(([label, value]) => `### ${label}\n\n${value.trim() === "" ? "_No response_" : value.trim()}`)
    .join("\n\n");
}
