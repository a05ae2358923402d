import { code, escapeMarkdown } from "@gatehouse/core";

/**
 * A reason or note as Markdown: the parts between backticks become code spans, everything else is
 * escaped. Reasons quote user text (titles, commit subjects); whichever way a stray backtick in it
 * pairs up, every part is escaped one way or the other.
 */
export function reasonMarkdown(text: string): string {
  return text
    .split("`")
    .map((part, i) => (i % 2 === 1 ? code(part) : escapeMarkdown(part)))
    .join("");
}

/** `@login` shown without notifying anyone. */
export const mention = (login: string) => escapeMarkdown(`@${login}`);
