/**
 * Release notes: what changed in a release, for the teams and auditors who read it.
 *
 * Commits come in as an array (from GitHub's API or a local `git log`), are parsed with
 * conventional-commits-parser and rendered with conventional-changelog-writer and the
 * conventionalcommits preset: breaking changes first, then features, fixes, performance
 * improvements and reverts. Each entry links its pull request and its change request. After the
 * changes come the evidence sections: change requests, the environment approvals of this run,
 * the artefacts with size and SHA-256, and the contributors.
 */
import createPreset, { formatIssueUrl } from "conventional-changelog-conventionalcommits";
import { writeChangelogString } from "conventional-changelog-writer";
import { type Commit, CommitParser, type ParserOptions } from "conventional-commits-parser";
import {
  type ChangeRequestLink,
  formatChangeRequestRef,
  parseChangeRequestLinks,
} from "../change/changeRequest";
import type { GatedChangeRequest } from "../change/gatedChangeRequests";
import {
  escapeMarkdown,
  markdownTable,
  type ProseOptions,
  proseMarkdown,
  proseMarkdownLines,
} from "../markdown";
import { conventionalMessages, HIDDEN_TYPES } from "./conventionalMessages";

// The preset is imported as a function, never loaded by name: loading by name breaks once bundled.
// Without a repository (local notes) references stay plain text instead of relative links.
// Mentions are already links or code when the preset sees them (proseMarkdown).
const preset = createPreset({
  formatIssueUrl: (context, reference) => (context.host ? formatIssueUrl(context, reference) : ""),
  formatUserUrl: () => "",
}) as {
  parser: ParserOptions;
  writer: Record<string, unknown> & {
    commitPartial: (context: Record<string, unknown>, commit: Record<string, unknown>) => string;
    transform: (commit: Commit, context: Record<string, unknown>) => Partial<Commit> | undefined;
  };
};

/** How the conventionalcommits preset reads a commit message. */
export const conventionalParserOptions: ParserOptions = preset.parser;

/** GitHub's limit on a release body. */
export const RELEASE_BODY_LIMIT = 125_000;
/** The asset that holds the full notes when they do not fit the body. */
export const RELEASE_NOTES_ASSET = "RELEASE_NOTES.md";

export interface NotesPerson {
  login?: string;
  name?: string;
}

/** A commit of the release, as it comes from the API or from local git. */
export interface NoteCommit {
  hash: string;
  message: string;
  author?: NotesPerson;
  pullRequest?: { number: number; url?: string; title?: string; body?: string; author?: string };
}

/** A reference to a change request (owner/repo and number), as change-gate reads it. */
export type ChangeRequestRef = ChangeRequestLink;

/** A change request of this release, as change-gate reports it. */
export type ReleaseChangeRequest = GatedChangeRequest;

/** One review of this run's deployment (`GET /repos/{o}/{r}/actions/runs/{id}/approvals`). */
export interface EnvironmentApproval {
  user: string;
  state: "approved" | "rejected" | "pending" | string;
  environments: string[];
  comment?: string;
  /** When GitHub reports it; the approvals API does not always. */
  at?: string;
}

/** A file of the release. */
export interface Artefact {
  name: string;
  size: number;
  sha256: string;
}

export interface NotesEntry {
  /** The conventional type as written: feat, fix, perf, revert, … */
  type: string;
  scope: string | null;
  subject: string;
  hash: string;
  breaking: boolean;
  pullRequest?: { number: number; url?: string };
  changeRequests: ChangeRequestRef[];
}

export interface NotesSection {
  title: string;
  entries: NotesEntry[];
}

export interface ReleaseNotesInput {
  version: string;
  tag?: string;
  previousTag?: string;
  /** The release date (today, passed in). */
  date?: Date;
  /** Where links point; without it entries are not linked (local notes). */
  repository?: { serverUrl: string; owner: string; repo: string };
  /** Newest first; an async source may hand them over in batches. */
  commits: Iterable<NoteCommit> | AsyncIterable<NoteCommit | NoteCommit[]>;
  changeRequests?: readonly ReleaseChangeRequest[];
  approvals?: readonly EnvironmentApproval[];
  artefacts?: readonly Artefact[];
  /** Whether to add the evidence sections (change requests, approvals, artefacts, contributors). */
  evidence?: boolean;
  /**
   * false: only the sections (entries grouped, sorted and filtered by the writer and the preset),
   * without rendering Markdown, for callers that print the entries as JSON.
   */
  markdown?: boolean;
}

export interface ReleaseNotes {
  /** The whole notes in Markdown. */
  markdown: string;
  /** The changes part alone (header and conventional-commit sections). */
  changes: string;
  /** The evidence part alone (change requests, approvals, artefacts, contributors). */
  evidence: string;
  sections: NotesSection[];
  contributors: NotesPerson[];
  /** Commits read, and commits that made an entry. */
  commitCount: number;
  entryCount: number;
}

/**
 * Whether a message can produce a notes entry under the conventionalcommits preset. Cheap and
 * conservative (never false for a message that would make an entry), so huge histories skip the
 * parser for docs/chore/ci commits.
 */
export function mayMakeEntry(message: string): boolean {
  return (
    /^\s*(?:feat|feature|fix|perf|revert)\b/i.test(message) ||
    /^\s*\w*(?:\([^\n]*\))?!:/.test(message) ||
    /BREAKING[ -]CHANGE|release-as|This reverts commit|BEGIN_NESTED_COMMIT|\n(?:feat|feature|fix|perf|revert)\b|\n\w+(?:\([^\n]*\))?!:/i.test(
      message,
    )
  );
}

const NO_LINKS: ChangeRequestRef[] = [];
const CR_KEY = /change[- ]requests?[*_]{0,2}\s*:/i;
const CR_LINE = /^.*change[- ]requests?[*_]{0,2}\s*:.*$/gim;
const collator = new Intl.Collator();

/** The `Change-Request:` links of a text, as change-gate reads them (only the lines that can hold one). */
function changeRequestLinks(text: string, home: string): ChangeRequestRef[] {
  if (!CR_KEY.test(text)) return NO_LINKS;
  // code blocks, quotes and comments change what counts: then the whole text is read
  if (/```|~~~|<!--|^ {0,3}>|^(?: {4}|\t)/m.test(text)) return parseChangeRequestLinks(text, home);
  let lines = "";
  for (const line of text.split("\n")) if (CR_KEY.test(line)) lines += `${line}\n`;
  // many commits carry the same trailer: read each distinct one once (the arrays are never changed)
  const key = `${home}\n${lines}`;
  let links = linkCache.get(key);
  if (!links) {
    if (linkCache.size >= 10_000) linkCache.clear();
    links = parseChangeRequestLinks(lines, home);
    linkCache.set(key, links);
  }
  return links;
}

const linkCache = new Map<string, ChangeRequestRef[]>();

/** Messages the parser must read whole: notes, reverts, Release-As, `-field-` lines. */
const FULL_PARSE = /BREAKING|release-as|revert|^-.*-\s*$/im;

/**
 * What the parser needs of a message. Without a breaking-change note, a revert, a Release-As
 * footer or a field line, only the header and the body lines that can hold an issue reference
 * (`#`) change the entry: the body text itself is never rendered. `Change-Request:` lines are left
 * out, they become the entry's change-request link rather than an issue reference. Parsing only
 * that keeps 100,000 commits fast.
 */
function parserInput(message: string): string {
  const text = message.replace(/^[\r\n]+/, "");
  if (FULL_PARSE.test(text)) return protectFences(CR_KEY.test(text) ? text.replace(CR_LINE, "") : text);
  const nl = text.indexOf("\n");
  if (nl === -1) return text;
  const header = text.slice(0, nl);
  if (!text.includes("#", nl)) return header;
  let refs = "";
  for (const line of text.slice(nl + 1).split("\n")) {
    if (line.includes("#") && !CR_KEY.test(line)) refs += `\n${line}`;
  }
  return refs ? `${header}\n${refs}` : header;
}

/** Marks a line inside a fenced code block for the parser (see protectFences); removed after parsing. */
const FENCED = "\u0000";

/**
 * Lines inside fenced code blocks, marked so the parser cannot read them as footers: a breaking
 * change note that shows the new configuration (`timeout: 30`) keeps its code block whole.
 */
function protectFences(text: string): string {
  if (!text.includes("```") && !text.includes("~~~")) return text;
  let fence = "";
  return text
    .split("\n")
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (!fence) {
        if (marker) fence = marker;
        return line;
      }
      if (
        marker &&
        marker[0] === fence[0] &&
        marker.length >= fence.length &&
        !line.slice(marker.length).trim()
      ) {
        fence = "";
        return line;
      }
      return FENCED + line;
    })
    .join("\n");
}

const SECTION_ORDER = ["BREAKING CHANGES", "Features", "Bug Fixes", "Performance Improvements", "Reverts"];

/** Extra fields carried through the writer on every commit. */
interface Carried {
  gh: {
    type: string;
    scope: string | null;
    subject: string;
    hash: string;
    breaking: boolean;
    pullRequest?: { number: number; url?: string };
    changeRequests: ChangeRequestRef[];
    /** Position in the history as read (breaking notes keep it). */
    order: number;
  };
}

/**
 * The type the writer groups a commit by. A revert shows under Reverts, GitHub's own
 * `Revert "…"` commits included; a revert of a hidden type (a `chore(deps)` bump, docs) is as
 * hidden as what it reverts.
 */
function writerType(commit: Commit): string | null | undefined {
  if (!commit.revert) return commit.type;
  const reverted = /^(\w+)(?:\([^)]*\))?!?:/.exec(String(commit.revert.header ?? ""))?.[1]?.toLowerCase();
  return reverted && HIDDEN_TYPES.has(reverted) ? reverted : "revert";
}

/**
 * Renders the release notes. Same renderer for the action (commits from the API) and the CLI
 * (commits from local git).
 */
export async function renderReleaseNotes(input: ReleaseNotesInput): Promise<ReleaseNotes> {
  const parser = new CommitParser(conventionalParserOptions);
  const repo = input.repository;
  const home = repo ? `${repo.owner}/${repo.repo}` : "";
  const people = new Map<string, NotesPerson>();
  const candidates: Candidate[] = [];
  // hashes named by "This reverts commit <hash>." so a reverted docs/chore commit is still read
  const revertedHashes = new Set<string>();
  let commitCount = 0;

  const wantPeople = input.evidence !== false;
  // @names link to their profile (a link notifies no one); without a repository they become code
  const prose: ProseOptions = repo ? { userUrl: (login) => `${repo.serverUrl}/${login}` } : {};
  let order = 0;
  const take = (c: NoteCommit): void => {
    commitCount++;
    if (wantPeople) {
      addContributor(people, c.author);
      if (c.pullRequest?.author) addContributor(people, { login: c.pullRequest.author });
    }
    const reverted = revertedHashes.has(c.hash);
    if (!reverted && !mayMakeEntry(c.message)) return;
    let crs = changeRequestLinks(c.message, home);
    if (c.pullRequest?.body) {
      for (const r of changeRequestLinks(c.pullRequest.body, home)) {
        if (!crs.some((x) => x.repository === r.repository && x.number === r.number)) crs = [...crs, r];
      }
    }
    // a squashed pull request may carry several conventional messages: one entry each
    conventionalMessages(c.message).forEach((message, part) => {
      const commit = parser.parse(parserInput(message));
      if (part === 0 && commit.revert?.hash) revertedHashes.add(commit.revert.hash);
      const subject = String(commit.subject ?? commit.header ?? "");
      const breaking =
        commit.notes.some((n) => /^BREAKING[ -]CHANGE$/i.test(n.title)) ||
        /^\w*(?:\(.*\))?!: /.test(commit.header ?? "");
      candidates.push(
        Object.assign(leanCommit(commit, prose), {
          hash: c.hash,
          type: writerType(commit),
          revertOf: commit.revert ?? null,
          rawHeader: reverted && part === 0 ? String(commit.header ?? "") : "",
          gh: {
            type: commit.revert ? "revert" : String(commit.type ?? "").toLowerCase(),
            scope: commit.scope ? String(commit.scope) : null,
            subject,
            hash: c.hash,
            breaking,
            pullRequest: c.pullRequest ? { number: c.pullRequest.number, url: c.pullRequest.url } : undefined,
            changeRequests: crs,
            order: order++,
          },
        }),
      );
    });
  };
  for await (const item of input.commits as AsyncIterable<NoteCommit | NoteCommit[]>) {
    if (Array.isArray(item)) for (const c of item) take(c);
    else take(item);
  }
  const parsed = withoutReverted(candidates);

  let captured: { commitGroups: Group[]; noteGroups: NoteGroup[] } | undefined;
  const context: Record<string, unknown> = {
    version: input.version,
    date: input.date ? input.date.toISOString().slice(0, 10) : undefined,
    previousTag: input.previousTag,
    currentTag: input.tag,
    linkCompare: Boolean(repo && input.previousTag && input.tag),
    commit: "commit",
    issue: "issues",
  };
  if (repo) Object.assign(context, { host: repo.serverUrl, owner: repo.owner, repository: repo.repo });
  else context.linkReferences = false;

  // The preset's transform (section titles, short hashes, issue links, hidden types), applied here
  // onto our own objects: the writer would call it through a read-only proxy and keep a second
  // copy of every commit (`raw`), which at 100,000 commits costs more than the rendering.
  const entries: Candidate[] = [];
  for (const c of parsed) {
    const patch = preset.writer.transform(c, context);
    if (!patch) continue;
    entries.push(Object.assign(c, patch));
  }

  const changes = (
    await writeChangelogString(entries, context, {
      // the writer's option types know only its own commit shape; ours carries more
      ...preset.writer,
      ...(input.markdown === false ? { template: () => "" } : {}),
      // already applied above
      transform: null,
      commitPartial: (ctx: Record<string, unknown>, commit: Record<string, unknown>) =>
        preset.writer.commitPartial(ctx, commit) + entryLinks(commit as unknown as Carried, repo),
      // reverted pairs are already gone (withoutReverted does it in linear time; the writer's
      // own filter holds every commit after an unmatched revert and rescans them: quadratic)
      ignoreReverted: false,
      // same order as the preset's ["scope", "subject"], with one shared collator
      commitsSort: (a: Record<string, unknown>, b: Record<string, unknown>) =>
        collator.compare(`${a.scope ?? ""}${a.subject ?? ""}`, `${b.scope ?? ""}${b.subject ?? ""}`),
      // breaking notes in the order of the history, not alphabetically: they often build on each other
      notesSort: (a: { commit: Carried }, b: { commit: Carried }) => a.commit.gh.order - b.commit.gh.order,
      finalizeContext: (ctx: { commitGroups: Group[]; noteGroups: NoteGroup[] }) => {
        captured = ctx;
        // The writer serialises the whole context for its debug hook even when debug is off;
        // keep that one string small.
        Object.defineProperty(ctx, "toJSON", { value: () => "[release notes context]", enumerable: false });
        return ctx;
      },
    } as never)
  ).trim();

  const sections = toSections(captured);
  const contributors = [...people.values()].sort((a, b) =>
    (a.login ?? a.name ?? "").localeCompare(b.login ?? b.name ?? ""),
  );
  const entryCount = sections.reduce((n, s) => n + s.entries.length, 0);
  const changesText = entryCount > 0 ? changes : `${changes}\n\nNo user-facing changes.`;
  const evidence = input.evidence === false ? "" : renderEvidence(input, contributors, repo);
  const markdown = `${[changesText, evidence].filter(Boolean).join("\n\n")}\n`;
  return { markdown, changes: changesText, evidence, sections, contributors, commitCount, entryCount };
}

interface Group {
  title: string;
  commits: (Carried & Record<string, unknown>)[];
}
interface NoteGroup {
  title: string;
  notes: { title: string; text: string; raw?: string; commit: Carried & Record<string, unknown> }[];
}

function toSections(ctx: { commitGroups: Group[]; noteGroups: NoteGroup[] } | undefined): NotesSection[] {
  if (!ctx) return [];
  const out: NotesSection[] = [];
  for (const group of ctx.noteGroups) {
    out.push({
      title: group.title,
      entries: group.notes.map((n) => ({
        ...n.commit.gh,
        // the note as written; a `type!:` header's note is its subject
        subject: n.raw ?? n.commit.gh.subject,
        breaking: true,
      })),
    });
  }
  for (const group of ctx.commitGroups) {
    out.push({ title: group.title, entries: group.commits.map((c) => c.gh) });
  }
  const rank = (t: string) => {
    const i = SECTION_ORDER.indexOf(t);
    return i === -1 ? SECTION_ORDER.length : i;
  };
  return out.sort((a, b) => rank(a.title) - rank(b.title));
}

/** The pull request and change request links after an entry. */
function entryLinks(commit: Carried, repo: ReleaseNotesInput["repository"]): string {
  const gh = commit.gh;
  if (!gh) return "";
  const parts: string[] = [];
  const pr = gh.pullRequest;
  if (pr && !new RegExp(`#${pr.number}\\b`).test(gh.subject)) {
    parts.push(pr.url ? `[#${pr.number}](${pr.url})` : `#${pr.number}`);
  }
  const home = repo ? `${repo.owner}/${repo.repo}` : "";
  for (const cr of gh.changeRequests) {
    const label = formatChangeRequestRef(cr, home);
    parts.push(
      repo && cr.repository
        ? `CR [${label}](${repo.serverUrl}/${cr.repository}/issues/${cr.number})`
        : `CR ${label}`,
    );
  }
  return parts.length > 0 ? ` · ${parts.join(" · ")}` : "";
}

function addContributor(people: Map<string, NotesPerson>, p: NotesPerson | undefined): void {
  if (!p || (!p.login && !p.name)) return;
  const key = p.login ? `@${p.login.toLowerCase()}` : `n:${p.name}`;
  if (!people.has(key)) people.set(key, p.login ? { login: p.login, name: p.name } : { name: p.name });
}

/**
 * What the writer needs of a parsed commit, with its user text as Markdown that reads as written
 * (code stays code, nothing else is interpreted, mentions notify no one). The body and footer are
 * kept only for the preset's `Release-As:` rule.
 */
function leanCommit(commit: Commit, prose: ProseOptions): Commit {
  const releaseAs = /release-as:/i.test(`${commit.body ?? ""}\n${commit.footer ?? ""}`);
  const header = commit.header ?? "";
  const subject = commit.subject as string | null;
  const inline = (v: unknown): string | null => (typeof v === "string" ? inlineProse(v, prose) : null);
  // references the subject already shows are dropped here, as the preset would drop them
  const references =
    commit.references.length === 0
      ? commit.references
      : commit.references.filter((r) => !subject?.includes(`${r.prefix}${r.issue}`));
  return {
    merge: null,
    // the writer's type is writerType's; the pairing of reverts reads `revertOf`
    revert: null,
    // the preset reads the header only for "type!:" and for commits without a conventional subject
    header: subject && !header.includes("!:") ? null : inline(header),
    body: releaseAs ? commit.body : null,
    footer: releaseAs ? commit.footer : null,
    type: commit.type,
    scope: inline(commit.scope),
    subject: inline(subject),
    notes:
      commit.notes.length === 0
        ? NO_NOTES
        : commit.notes.map((n) => {
            const raw = n.text.includes(FENCED) ? n.text.replaceAll(FENCED, "") : n.text;
            return { title: n.title, text: proseMarkdownLines(raw, prose), raw };
          }),
    mentions: NO_MENTIONS,
    references: references.length === 0 ? NO_REFERENCES : references,
  } as unknown as Commit;
}

const NO_REFERENCES: Commit["references"] = [];
const NO_NOTES: Commit["notes"] = [];
const NO_MENTIONS: string[] = [];

/** Characters proseMarkdown may rewrite anywhere in a line (Markdown, HTML, mentions, controls, invisibles). */
const NEEDS_ESCAPE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  /[&<\\`*_[~$@\t\r\n\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]| {2}/;
/** Block syntax proseMarkdown escapes at the start of a line (headings, quotes, lists, rules). */
const LINE_START_SYNTAX = /^\s*(?:[#>+=-]|\d+[.)])/;

/** proseMarkdown, skipped for the many subjects it would not change. */
function inlineProse(text: string, prose: ProseOptions): string {
  if (!NEEDS_ESCAPE.test(text) && !LINE_START_SYNTAX.test(text) && text.trim() === text) return text;
  return proseMarkdown(text, prose);
}

/**
 * Drops each revert commit together with the commit it reverts, when both are in the range (what
 * conventional-changelog's `ignoreReverted` does), in one pass. Commits come newest first.
 */
type Candidate = Commit &
  Carried & {
    hash: string;
    rawHeader: string;
    revertOf: { hash?: string | null; header?: string | null } | null;
  };

function withoutReverted(commits: Candidate[]): Candidate[] {
  const reverts = new Map<string, number[]>();
  commits.forEach((c, i) => {
    const h = c.revertOf?.hash;
    if (h) reverts.set(h, [...(reverts.get(h) ?? []), i]);
  });
  if (reverts.size === 0) return commits;
  const dropped = new Set<number>();
  const droppedHashes = new Set<string>();
  commits.forEach((c, i) => {
    const by = reverts.get(c.hash);
    if (!by || !c.rawHeader) return;
    const header = c.rawHeader.trim();
    const j = by.find(
      (k) => k < i && !dropped.has(k) && String(commits[k]!.revertOf?.header ?? "").trim() === header,
    );
    if (j !== undefined) {
      // the revert undoes the whole commit, every entry a squashed pull request made included
      droppedHashes.add(c.hash);
      dropped.add(j);
    }
  });
  return commits.filter((c, i) => !dropped.has(i) && !droppedHashes.has(c.hash));
}

function renderEvidence(
  input: ReleaseNotesInput,
  contributors: NotesPerson[],
  repo: ReleaseNotesInput["repository"],
): string {
  const blocks: string[] = [];
  const crs = input.changeRequests ?? [];
  if (crs.length > 0) {
    blocks.push(
      `### Change requests\n\n${markdownTable(
        ["Change request", "Title", "Type", "Risk", "Approved by"],
        crs.map((cr) => [
          cr.url ? `[${cr.repository}#${cr.number}](${cr.url})` : `${cr.repository}#${cr.number}`,
          escapeMarkdown(cr.title ?? ""),
          escapeMarkdown(cr.type ?? ""),
          escapeMarkdown(cr.risk ?? ""),
          cr.approvers.map((a) => `@${escapeMarkdown(a.login)}${a.at ? ` (${a.at})` : ""}`).join(", ") || "—",
        ]),
      )}`,
    );
  }
  const approvals = input.approvals ?? [];
  if (approvals.length > 0) {
    blocks.push(
      `### Deployment approvals\n\n${markdownTable(
        ["Reviewer", "Decision", "Environments", "When", "Comment"],
        approvals.map((a) => [
          `@${escapeMarkdown(a.user)}`,
          escapeMarkdown(a.state),
          a.environments.map(escapeMarkdown).join(", "),
          a.at ?? "—",
          a.comment ? escapeMarkdown(a.comment) : "—",
        ]),
      )}`,
    );
  }
  const artefacts = input.artefacts ?? [];
  if (artefacts.length > 0) {
    blocks.push(
      `### Artefacts\n\n${markdownTable(
        ["File", "Size", "SHA-256"],
        artefacts.map((a) => [escapeMarkdown(a.name), formatSize(a.size), `\`${a.sha256}\``]),
      )}\n\nVerify a download with \`sha256sum --check SHA256SUMS\`.`,
    );
  }
  if (contributors.length > 0) {
    blocks.push(
      `### Contributors\n\n${contributors
        .map((p) =>
          p.login
            ? repo
              ? `[@${p.login}](${repo.serverUrl}/${p.login})`
              : `@${p.login}`
            : escapeMarkdown(p.name ?? ""),
        )
        .join(", ")}`,
    );
  }
  return blocks.join("\n\n");
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let v = bytes / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[i]}`;
}

export interface ReleaseBody {
  body: string;
  /** True when the notes did not fit and the full notes must go to the RELEASE_NOTES.md asset. */
  truncated: boolean;
}

/**
 * The release body within GitHub's limit. Past it the body says the full notes are in the
 * RELEASE_NOTES.md asset, keeps the evidence, and keeps as many change entries as fit.
 */
export function fitReleaseBody(notes: ReleaseNotes, limit = RELEASE_BODY_LIMIT): ReleaseBody {
  if (notes.markdown.length <= limit) return { body: notes.markdown, truncated: false };
  const notice = `> [!NOTE]\n> These notes are shortened to fit GitHub's ${limit.toLocaleString("en-US")}-character limit: the full notes (${notes.markdown.length.toLocaleString("en-US")} characters, ${notes.entryCount} entries) are in the \`${RELEASE_NOTES_ASSET}\` asset of this release.`;
  let evidence = notes.evidence;
  const reserve = notice.length + 200;
  if (evidence.length > (limit - reserve) / 2)
    evidence = cutAtLine(evidence, Math.floor((limit - reserve) / 2));
  const room = limit - reserve - evidence.length;
  const lines = notes.changes.split("\n");
  const kept: string[] = [];
  let used = 0;
  let dropped = 0;
  let full = false;
  for (const line of lines) {
    full ||= used + line.length + 1 > room;
    if (full) {
      if (line.startsWith("* ")) dropped++;
      continue;
    }
    kept.push(line);
    used += line.length + 1;
  }
  const more = dropped > 0 ? `\n\n…and ${dropped} more entries in \`${RELEASE_NOTES_ASSET}\`.` : "";
  const body = `${[notice, kept.join("\n").trimEnd() + more, evidence].filter(Boolean).join("\n\n")}\n`;
  return { body: body.length <= limit ? body : `${cutAtLine(body, limit - 2)}\n`, truncated: true };
}

function cutAtLine(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf("\n", max);
  return text.slice(0, cut > 0 ? cut : max);
}
