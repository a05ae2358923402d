/**
 * The release notes as a reader sees them: rendered by the sandbox's GitHub-flavoured Markdown
 * pipeline (GitHub's sanitiser, references, alerts), the text of every entry reads exactly as the
 * commit wrote it — code stays code, no HTML entity, no invisible character, no mention.
 */

import { describe, expect, it } from "vitest";
import { type NoteCommit, renderReleaseNotes } from "../packages/core/src/release/releaseNotes";
import { markdownRenderer } from "../packages/sandbox/src/pages/markdown";
import { Store } from "../packages/sandbox/src/store";

const h = (n: number) => n.toString(16).padStart(40, "0");
const subjects = [
  "`npm i @acme/ui@^2` works with <Cart> & `a|b`",
  "no *emphasis*, no _underline_, no ~~strike~~, no $math$ and no [link](javascript:alert(1))",
  "<script>alert(1)</script> & &amp; stay text",
  "# not a heading, 1. not a list",
  "thanks @grace for snake_case_names and C:\\temp\\*",
];

/** The text content of HTML, with entities decoded (what a reader sees and copies). */
function text(html: string): string {
  const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', amp: "&" };
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|quot|amp);/gi, (_, e: string) =>
      e.startsWith("#x") || e.startsWith("#X")
        ? String.fromCodePoint(Number.parseInt(e.slice(2), 16))
        : e.startsWith("#")
          ? String.fromCodePoint(Number(e.slice(1)))
          : named[e.toLowerCase()]!,
    );
}

describe("release notes, rendered as GitHub renders them", () => {
  it("read exactly as the commits wrote them", async () => {
    const commits: NoteCommit[] = subjects.map((s, i) => ({ hash: h(i + 1), message: `fix: ${s}` }));
    const notes = await renderReleaseNotes({ version: "2.0.0", commits, evidence: false });
    const md = markdownRenderer({
      store: new Store("2026-11-24T10:00:00Z"),
      serverUrl: "",
      repository: "acme/shop",
    });
    const html = md(notes.markdown);
    const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) =>
      text(m[1]!).replace(/ 0000000$/, ""),
    );
    expect(items.sort()).toEqual(subjects.map((s) => s.replace(/`/g, "")).sort());
    // code spans are code elements holding the text verbatim
    expect(html).toContain("<code>npm i @acme/ui@^2</code>");
    expect(html).toContain("<code>a|b</code>");
    // nothing became markup, a link, emphasis or a mention
    expect(html).not.toMatch(/<(?:script|em|strong|del|a|h1|ol)\b/);
    expect(html).toContain("<code>@grace</code>");
    // no entity of ours: the only one is the commit's own literal `&amp;`, escaped to stay text
    expect(notes.markdown).not.toMatch(/(?<!\\)&(?:[a-z]+|#\d+);|[\u200B\u2060\uFEFF]/i);
  });
});
