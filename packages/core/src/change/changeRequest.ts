/**
 * Change requests: GitHub issues opened with Gatehouse's change-request form, and the
 * `Change-Request:` links that tie pull requests and commits to them.
 */
import { DateTime, IANAZone } from "luxon";
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

export interface IssueComment {
  /** GraphQL node id (used to update Gatehouse's own comment). */
  id?: string;
  author: string | null;
  body: string;
  createdAt: string;
  /** When the comment was last edited, if ever. */
  editedAt?: string | null;
  /**
   * Who edited the comment (its edit history; null for an account that is gone). An `/approve`
   * edited in by anyone but the comment's author is not theirs, so it does not count.
   */
  editors?: (string | null)[];
  url?: string;
}

export interface LabelEvent {
  action: "labeled" | "unlabeled";
  label: string;
  /** Who applied or removed the label (null when the account is gone). */
  actor: string | null;
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

const normaliseLabel = (label: string) => label.toLowerCase().replace(/[^a-z0-9]/g, "");
const knownLabels: ReadonlySet<string> = new Set(
  Object.values(changeRequestFormFields).flatMap((f) => f.aliases as readonly string[]),
);

/**
 * Splits an issue-form body into its `### Label` sections, keyed by the label lower-cased with
 * everything but letters and digits removed. With `known`, only headings with those keys start a
 * section, so headings people write inside a textarea stay part of it; headings inside code
 * blocks never count. GitHub writes `_No response_` for an empty field: that is returned as "".
 */
export function issueFormSections(body: string, known?: ReadonlySet<string>): Map<string, string> {
  const sections = new Map<string, string>();
  let current: string | null = null;
  let buffer: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    if (current === null) return;
    const text = buffer.join("\n").trim();
    if (!sections.has(current)) sections.set(current, text === "_No response_" ? "" : text);
  };
  for (const line of body.replace(/\r\n?/g, "\n").split("\n")) {
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (
        opener &&
        opener[1]![0] === fence[0] &&
        opener[1]!.length >= fence.length &&
        line.trim() === opener[1]
      )
        fence = null;
    } else if (opener) {
      fence = opener[1]!;
    } else {
      const heading = /^#{2,4}\s+(.+?)\s*#*\s*$/.exec(line);
      if (heading && (!known || known.has(normaliseLabel(heading[1]!)))) {
        flush();
        current = normaliseLabel(heading[1]!);
        buffer = [];
        continue;
      }
    }
    buffer.push(line);
  }
  flush();
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
  const sections = issueFormSections(body ?? "", knownLabels);
  const problems: ChangeRequestProblem[] = [];
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
    else if (value === "") problems.push({ field: label, message: `"${label}" is empty` });
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
