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
