/**
 * Putting text taken from users (titles, bodies, commit messages, logins) into Markdown that GitHub
 * renders: escaped so it shows literally, cannot break a table, inject HTML or links, render as
 * math, or ping anyone. Plus the table, link, details and hidden-marker helpers summaries, comments
 * and issues are built with.
 */

/** Zero-width space between `@` and a name: shows `@name` without notifying anyone. */
const NO_MENTION = "@&#8203;";

// Bidirectional overrides and isolates can make text read differently from what it is.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// C0/C1 control characters other than tab and newline.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

function clean(text: string): string {
  return text.replace(BIDI_CONTROLS, "").replace(CONTROL, "").replace(/\t/g, " ");
}

/** Escapes one line of text for inline Markdown (no newline handling). */
function escapeLine(line: string): string {
  let out = line
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
    .replace(/@/g, NO_MENTION);
  // Block syntax that only matters at the start of a line: headings, lists, rules, setext underlines.
  out = out.replace(/^(\s*)([#+=-])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
  return out;
}

/**
 * Escapes user text for inline Markdown and table cells: `\ ` * _ [ ] | ~ $` are backslash-escaped,
 * `< > &` become entities, `@` cannot mention, line breaks become spaces, and bidirectional or
 * control characters are removed.
 */
export function escapeMarkdown(text: string | null | undefined): string {
  if (!text) return "";
  return escapeLine(
    clean(text)
      .replace(/\r\n?|\n/g, " ")
      .replace(/ {2,}/g, " "),
  );
}

/** Escapes multi-line user text line by line, keeping its line breaks (for a block, not a table). */
export function escapeMarkdownLines(text: string | null | undefined): string {
  if (!text) return "";
  return clean(text)
    .split(/\r\n?|\n/)
    .map((line) => (line.trim() === "" ? "" : `${escapeLine(line)}  `))
    .join("\n")
    .replace(/ {2}$/, "");
}

export interface ProseOptions {
  /**
   * The profile page an `@name` links to: a link shows the name and never notifies anyone.
   * Without it (or for `@scope/name`, a package or team) the name becomes inline code.
   */
  userUrl?: (login: string) => string | undefined;
}

// Invisible characters that change what a copied word is (soft hyphen, zero-width space, word
// joiner, byte-order mark, bidi marks); zero-width (non-)joiners stay, scripts and emoji need them.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B\u200E\u200F\u2060\uFEFF]/g;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;
const URL_AT = /https?:\/\/(?:[^\s()<>]|\([^\s()<>]*\))+/y;
const MENTION_AT = /@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(\/[A-Za-z0-9._-]*[A-Za-z0-9_-])?/y;
const ENTITY_AT = /&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y;

/**
 * User text (a commit subject, a title) as inline Markdown that reads exactly as written: code
 * spans stay code and URLs stay links, while everything else that Markdown or GitHub would
 * interpret — emphasis, links and images, HTML and entities, strikethrough, math, block syntax at
 * the start, mentions — is backslash-escaped, so the raw Markdown stays readable and no entity or
 * invisible character gets into it (a name copied from the notes works). `@name` becomes a link
 * to its profile (with `userUrl`) or inline code: it never notifies anyone. Line breaks become
 * spaces; control, bidi and invisible characters are removed.
 */
export function proseMarkdown(text: string | null | undefined, opts: ProseOptions = {}): string {
  if (!text) return "";
  const line = cleanProse(text)
    .replace(/\r\n?|\n/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
  return proseLine(line, opts);
}

/**
 * Multi-line user text (a breaking-change note) as Markdown that keeps its lines, paragraphs,
 * lists and fenced code blocks; each line is escaped as `proseMarkdown` escapes a line, list
 * markers and indentation kept. Trailing spaces are dropped (no invisible hard breaks).
 */
export function proseMarkdownLines(text: string | null | undefined, opts: ProseOptions = {}): string {
  if (!text) return "";
  const lines = cleanProse(text).split(/\r\n?|\n/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      const close = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
      const end = lines.findIndex((l, j) => j > i && close.test(l));
      if (end !== -1) {
        out.push(...lines.slice(i, end + 1).map((l) => l.trimEnd()));
        i = end;
        continue;
      }
    }
    const item = /^(\s*)([-+*]|\d{1,9}[.)])( +)(?=\S)/.exec(line);
    if (item && !/^\s*([-*_])(?:\s*\1){2,}\s*$/.test(line)) {
      out.push(item[0] + proseLine(line.slice(item[0].length), opts));
    } else {
      const indent = /^\s*/.exec(line)![0];
      out.push(indent + proseLine(line.slice(indent.length), opts));
    }
  }
  return out.join("\n").replace(/^\n+|\n+$/g, "");
}

function cleanProse(text: string): string {
  return clean(text).replace(INVISIBLE, "");
}

/** One line of prose: code spans and URLs verbatim, the rest escaped (see proseMarkdown). */
function proseLine(line: string, opts: ProseOptions): string {
  if (line === "") return "";
  const closers = backtickRuns(line);
  const start = blockStart(line);
  let out = start.escaped;
  let i = start.length;
  while (i < line.length) {
    const c = line[i]!;
    if (c === "`") {
      let run = 1;
      while (line[i + run] === "`") run++;
      const close = nextRun(closers, run, i + run);
      if (close !== undefined) {
        out += line.slice(i, close + run);
        i = close + run;
      } else {
        out += "\\`".repeat(run);
        i += run;
      }
      continue;
    }
    const before = i > 0 ? line[i - 1]! : " ";
    if (c === "h" && !WORD.test(before)) {
      URL_AT.lastIndex = i;
      const url = URL_AT.exec(line)?.[0].replace(/[.,:;!?'"*_~]+$/, "");
      if (url && url.length > "https://".length) {
        out += url;
        i += url.length;
        continue;
      }
    }
    if (c === "@" && !/[\w@`]/.test(before)) {
      MENTION_AT.lastIndex = i;
      const m = MENTION_AT.exec(line);
      if (m) {
        const url = m[2] ? undefined : opts.userUrl?.(m[1]!);
        out += url ? `[${m[0]}](${url})` : `\`${m[0]}\``;
        i += m[0].length;
        continue;
      }
    }
    const next = line[i + 1] ?? "";
    switch (c) {
      case "\\":
        out += ASCII_PUNCTUATION.test(next) ? "\\\\" : "\\";
        break;
      case "*":
      case "~":
      case "$":
      case "[":
        out += `\\${c}`;
        break;
      case "_":
        out += WORD.test(before) && WORD.test(next) ? "_" : "\\_";
        break;
      case "<":
        out += /[A-Za-z/!?]/.test(next) ? "\\<" : "<";
        break;
      case "&":
        ENTITY_AT.lastIndex = i;
        out += ENTITY_AT.test(line) ? "\\&" : "&";
        break;
      default:
        out += c;
    }
    i++;
  }
  return out;
}

/**
 * Block syntax at the start of a line (heading, quote, list, setext underline, numbered list),
 * escaped, and how many characters of the line it covers.
 */
function blockStart(line: string): { escaped: string; length: number } {
  const heading = /^#{1,6}(?=\s|$)/.exec(line)?.[0];
  if (heading) return { escaped: `\\${heading}`, length: heading.length };
  if (/^[>+=-]/.test(line)) return { escaped: `\\${line[0]}`, length: 1 };
  const numbered = /^(\d{1,9})([.)])/.exec(line);
  if (numbered) return { escaped: `${numbered[1]}\\${numbered[2]}`, length: numbered[0].length };
  return { escaped: "", length: 0 };
}

/** Positions of the backtick runs of a line, by run length (for matching code spans in one pass). */
function backtickRuns(line: string): Map<number, BacktickRuns> {
  const runs = new Map<number, BacktickRuns>();
  for (let i = line.indexOf("`"); i !== -1; i = line.indexOf("`", i)) {
    let run = 1;
    while (line[i + run] === "`") run++;
    const at = runs.get(run);
    if (at) at.starts.push(i);
    else runs.set(run, { starts: [i], next: 0 });
    i += run;
  }
  return runs;
}

/** The first run of exactly `length` backticks starting at or after `from`. */
function nextRun(runs: Map<number, BacktickRuns>, length: number, from: number): number | undefined {
  const at = runs.get(length);
  if (!at) return undefined;
  // A cursor, not shift(): the scan moves forward only, so the whole line stays linear.
  while (at.next < at.starts.length && at.starts[at.next]! < from) at.next++;
  return at.starts[at.next];
}

/** The starts of the runs of one length, in order, and how far the scan has consumed them. */
interface BacktickRuns {
  starts: number[];
  next: number;
}

/** An inline code span that holds any text, backticks included (line breaks become spaces). */
export function code(text: string | null | undefined): string {
  const value = clean(text ?? "").replace(/\r\n?|\n/g, " ");
  if (value === "") return "` `";
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = value.startsWith("`") || value.endsWith("`") || /^ .* $/.test(value) ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** A URL that is safe in a Markdown link: http(s), mailto or relative; undefined for anything else. */
export function safeUrl(url: string | null | undefined): string | undefined {
  const value = clean(url ?? "").trim();
  if (value === "") return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined && !["http", "https", "mailto"].includes(scheme)) return undefined;
  return value.replace(
    /[\s()<>"'`\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/** `[text](url)` with the text escaped; just the escaped text when the URL is missing or unsafe. */
export function link(text: string | null | undefined, url: string | null | undefined): string {
  const label = escapeMarkdown(text) || escapeMarkdown(url);
  const target = safeUrl(url);
  return target ? `[${label}](${target})` : label;
}

export type Alignment = "left" | "center" | "right";
export type Cell = string | number | boolean | null | undefined;

/**
 * Makes a cell safe inside a table row: line breaks become `<br>` and pipes not already escaped are
 * escaped (even in code spans, as GitHub's table syntax requires). Content is otherwise kept: escape
 * user text with `escapeMarkdown` before passing it.
 */
export function tableCell(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  const text = String(cell).replace(/\r\n?|\n/g, "<br>");
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\\") {
      out += c + (text[i + 1] ?? "");
      i++;
    } else if (c === "|") {
      out += "\\|";
    } else {
      out += c;
    }
  }
  return out.trim();
}

/** A GitHub-flavoured Markdown table. Cells are Markdown (escape user text first); pipes and line breaks are made safe. */
export function markdownTable(headers: Cell[], rows: Cell[][], align: Alignment[] = []): string {
  const width = Math.max(headers.length, ...rows.map((r) => r.length));
  const line = (cells: Cell[]) =>
    `| ${Array.from({ length: width }, (_, i) => tableCell(cells[i]) || " ").join(" | ")} |`.replace(
      / {2,}\|/g,
      " |",
    );
  const rule = Array.from({ length: width }, (_, i) => {
    const a = align[i];
    return a === "center" ? ":---:" : a === "right" ? "---:" : a === "left" ? ":---" : "---";
  });
  return [line(headers), `| ${rule.join(" | ")} |`, ...rows.map(line)].join("\n");
}

/** A collapsible block: the summary is plain text (escaped), the body is Markdown. */
export function details(summary: string, body: string, opts: { open?: boolean } = {}): string {
  return `<details${opts.open ? " open" : ""}>\n<summary>${escapeMarkdown(summary)}</summary>\n\n${body.trim()}\n\n</details>`;
}

const MARKER_KIND = /^[a-z0-9][a-z0-9-]*$/;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function encodeMarkerKey(key: string): string {
  return key
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(/[^A-Za-z0-9._/@#+=:,-]/gu, (c) => encodeURIComponent(c))
    .replace(/--/g, "-%2D")
    .replace(/-$/, "%2D");
}

function markerPattern(kind: string): RegExp {
  if (!MARKER_KIND.test(kind))
    throw new Error(`marker kind "${kind}" must be lower-case letters, digits and dashes`);
  return new RegExp(`<!-- gatehouse:${kind}:([^\\s>]*) -->`);
}

/**
 * The hidden HTML comment Gatehouse puts in what it writes (`<!-- gatehouse:<kind>:<key> -->`), so a
 * re-run finds its own comment or issue instead of writing a second one. Any key is allowed; it is
 * encoded so it cannot end the comment.
 */
export function marker(kind: string, key: string): string {
  markerPattern(kind);
  return `<!-- gatehouse:${kind}:${encodeMarkerKey(key)} -->`;
}

/** The key of the first `kind` marker in `body`, or undefined. */
export function findMarker(body: string | null | undefined, kind: string): string | undefined {
  if (!body) return undefined;
  const found = markerPattern(kind).exec(body)?.[1];
  if (found === undefined) return undefined;
  try {
    return decodeURIComponent(found);
  } catch {
    return found;
  }
}

/** True when `body` carries the marker for exactly this kind and key. */
export function hasMarker(body: string | null | undefined, kind: string, key: string): boolean {
  return typeof body === "string" && body.includes(marker(kind, key));
}

/** The first item (comment, issue) whose body carries the marker, e.g. to update instead of duplicating. */
export function findByMarker<T extends { body?: string | null }>(
  items: readonly T[],
  kind: string,
  key: string,
): T | undefined {
  const wanted = marker(kind, key);
  return items.find((item) => typeof item.body === "string" && item.body.includes(wanted));
}
