/**
 * The conventional messages one commit carries. A squashed pull request often holds several
 * changes; release-please's convention lets its message say so, and Gatehouse reads it the same
 * way:
 *
 * - the trailing footer block of the message (every line from there on a footer `Token: value`
 *   or `Token #value`, continuation lines indented, single blank lines between footers allowed)
 *   may hold footers whose token is a conventional type — `fix(utils): unicode no longer throws`
 *   — and each of those is a message of its own; its indented continuation lines are its own
 *   body and footers (`BREAKING-CHANGE: …`);
 * - `BEGIN_NESTED_COMMIT` … `END_NESTED_COMMIT` blocks are messages of their own.
 *
 * The first message is the commit's own, without the footers split off. A message whose header
 * is not conventional carries no others (release-please drops the whole commit then).
 */

/** Types the notes do not show (and that make no release on their own). */
export const HIDDEN_TYPES: ReadonlySet<string> = new Set([
  "docs",
  "style",
  "chore",
  "refactor",
  "test",
  "build",
  "ci",
]);

/** The conventional types a footer may carry (the conventionalcommits preset's types). */
const TYPES = new Set(["feat", "feature", "fix", "perf", "revert", ...HIDDEN_TYPES]);

/** Cheap test: can the message carry more than one conventional message? */
const MAY_SPLIT =
  /\n(?:feat|feature|fix|perf|revert|docs|style|chore|refactor|test|build|ci)(?:\([^()\r\n]+\))?!?:|BEGIN_NESTED_COMMIT/;
/** A conventional header: `type(scope)!: subject` (the preset's header pattern). */
const HEADER = /^\w+(?:\([^\r\n]*\))?!?: \S/;
/** A footer line: `BREAKING CHANGE`, or a token (`type(scope)!`), then `:` or ` #`. */
const FOOTER = /^(?:BREAKING[ -]CHANGE|[^\s():!]+(?:\([^()\r\n]+\))?!?)(?::| #)/;
/** A footer that is a conventional message: type, scope, `!`, `:`, subject. */
const FOOTER_MESSAGE = /^(\w+)(\([^()\r\n]+\))?(!)?:[ \t]*(\S.*)$/;
/** Whitespace that starts a continuation line (the conventional-commits grammar's). */
const CONTINUATION = /^[ \t\v\f\u00A0\uFEFF]/;

/** The conventional messages of one commit message: its own first, then the ones it carries. */
export function conventionalMessages(message: string): string[] {
  if (!MAY_SPLIT.test(message)) return [message];
  const [own, ...nested] = nestedMessages(message);
  const out = splitFooters(own!);
  for (const m of nested) out.push(...splitFooters(m));
  return out.filter((m, i) => i === 0 || m.trim() !== "");
}

/** `BEGIN_NESTED_COMMIT` … `END_NESTED_COMMIT` blocks; text outside them stays with the first. */
function nestedMessages(message: string): string[] {
  if (!message.includes("BEGIN_NESTED_COMMIT")) return [message];
  const parts = message.split("BEGIN_NESTED_COMMIT");
  let own = parts.shift() ?? "";
  const nested: string[] = [];
  for (const part of parts) {
    const [inner, ...rest] = part.split("END_NESTED_COMMIT");
    nested.push(inner!.trim());
    own += rest.join("");
  }
  return [own, ...nested];
}

/** One message and the conventional messages its footer block carries. */
function splitFooters(message: string): string[] {
  const text = message.trim();
  const lines = text.split(/\r?\n/);
  if (lines.length < 2 || !HEADER.test(lines[0]!)) return [text];
  const start = footerBlockStart(lines);
  if (start === -1) return [text];

  const kept = lines.slice(0, start);
  const carried: string[] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i]!;
    let end = i + 1;
    while (end < lines.length && lines[end] !== "" && CONTINUATION.test(lines[end]!)) end++;
    const m = FOOTER_MESSAGE.exec(line);
    if (m && TYPES.has(m[1]!)) {
      const [, type, scope = "", bang = "", subject] = m;
      const body = lines.slice(i + 1, end).map((l) => l.replace(/^[ \t\v\f\u00A0\uFEFF]+/, ""));
      carried.push(
        `${type}${scope}${bang}: ${subject!.trim()}${body.length > 0 ? `\n\n${body.join("\n")}` : ""}`,
      );
    } else {
      kept.push(...lines.slice(i, end));
    }
    i = end;
    if (lines[i] === "") i++;
  }
  return [kept.join("\n").trimEnd(), ...carried];
}

/**
 * Where the trailing footer block starts (-1: none): the first non-blank line after the header
 * from which every line is a footer, its continuation, or one blank line between two footers.
 */
function footerBlockStart(lines: string[]): number {
  // footerFrom[i]: a footer starts at line i and everything after it parses as footers
  const footerFrom: boolean[] = new Array(lines.length).fill(false);
  for (let i = lines.length - 1; i >= 1; i--) {
    const line = lines[i]!;
    if (line === "" || CONTINUATION.test(line)) continue;
    if (!FOOTER.test(line)) continue;
    let end = i + 1;
    while (end < lines.length && lines[end] !== "" && CONTINUATION.test(lines[end]!)) end++;
    if (lines[end] === "") end++;
    footerFrom[i] = end >= lines.length || footerFrom[end] === true;
  }
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === "") continue;
    if (footerFrom[i]) return i;
  }
  return -1;
}
