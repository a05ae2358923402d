/**
 * The commands approvers write on a change request, and their exact grammar (README, "Commands"):
 *
 *   comment  = *blank-line command-line [ blank-line *any-line ]
 *   command  = "/approve" | "/withdraw-rejection" | "/reject" [ SP reason ]
 *
 * The command stands alone at the start of its line, in lower-case ASCII, as the comment's first
 * paragraph; `/approve` and `/withdraw-rejection` take nothing after them on their paragraph (a
 * remark may follow after a blank line). Anything else — extra words, look-alike or invisible
 * characters, quoted, indented or fenced text, HTML — is not a command.
 */

export type ApprovalCommandName = "approve" | "reject" | "withdraw-rejection";

export interface ParsedCommand {
  command: ApprovalCommandName;
  /** The reason written after `/reject`, if any. */
  reason?: string;
}

const exact = /^\/(approve|withdraw-rejection|reject)(?:([ \t]+)(.*))?$/;

/** The command a comment gives, read by the grammar above; null when it gives none. */
export function parseCommand(body: string | null | undefined): ParsedCommand | null {
  const lines = (body ?? "").replace(/\r\n?/g, "\n").split("\n");
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === "") i++;
  if (i >= lines.length) return null;
  const m = exact.exec(lines[i]!.replace(/[ \t]+$/, ""));
  if (!m) return null;
  const command = m[1] as ApprovalCommandName;
  const rest = (m[3] ?? "").trim();
  const nextLine = lines[i + 1];
  const paragraphEnds = nextLine === undefined || nextLine.trim() === "";
  if (command === "reject") {
    const reason = [rest, ...(paragraphEnds ? [] : [nextLine!.trim()])].filter(Boolean).join(" ");
    return reason ? { command, reason } : { command };
  }
  if (rest !== "" || !paragraphEnds) return null;
  return { command };
}

const invisible = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * A command a comment seems to give without giving it exactly (so the summary can say why it does
 * not count): the words appear once look-alike characters are folded and invisible ones removed.
 */
export function nearMissCommand(body: string | null | undefined): ApprovalCommandName | null {
  if (parseCommand(body)) return null;
  const folded = (body ?? "").normalize("NFKC").replace(invisible, "").toLowerCase();
  const m = /[/／](withdraw-rejection|approve|reject)(?![a-z])/.exec(folded);
  if (m) return m[1] as ApprovalCommandName;
  // Cyrillic and Greek letters that look like Latin ones.
  const latin = folded.replace(/[аеорсухіѕјԁοαρτ]/g, (c) => lookAlike[c] ?? c);
  const again = /[/／](withdraw-rejection|approve|reject)(?![a-z])/.exec(latin);
  return again ? (again[1] as ApprovalCommandName) : null;
}

const lookAlike: Record<string, string> = {
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  і: "i",
  ѕ: "s",
  ј: "j",
  ԁ: "d",
  ο: "o",
  α: "a",
  ρ: "p",
  τ: "t",
};
