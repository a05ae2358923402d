import { describe, expect, it } from "vitest";
import {
  code,
  details,
  escapeMarkdown,
  escapeMarkdownLines,
  findByMarker,
  findMarker,
  hasMarker,
  link,
  markdownTable,
  marker,
  proseMarkdown,
  proseMarkdownLines,
  safeUrl,
  tableCell,
} from "./markdown";

describe("escapeMarkdown", () => {
  it.each([
    ["plain text", "Add login page", "Add login page"],
    [
      "emphasis and code",
      "fix *all* the `bugs` in __init__",
      "fix \\*all\\* the \\`bugs\\` in \\_\\_init\\_\\_",
    ],
    ["a link", "[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"],
    ["an image", "![x](https://evil.example/t.png)", "!\\[x\\](https://evil.example/t.png)"],
    [
      "html",
      "<img src=x onerror=alert(1)> & <script>",
      "&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;",
    ],
    ["an entity stays literal", "&lt;b&gt;", "&amp;lt;b&amp;gt;"],
    ["a table pipe", "a | b", "a \\| b"],
    ["a mention", "thanks @octocat and @acme/cab", "thanks @&#8203;octocat and @&#8203;acme/cab"],
    ["an email keeps no mention", "ops@example.com", "ops@&#8203;example.com"],
    ["newlines become spaces", "line 1\nline 2\r\n\r\nline 3", "line 1 line 2 line 3"],
    ["a heading at the start", "# not a heading", "\\# not a heading"],
    ["a list at the start", "- not a list", "\\- not a list"],
    ["a numbered list at the start", "1. not a list", "1\\. not a list"],
    ["a quote at the start", "> not a quote", "&gt; not a quote"],
    ["math", "costs $5 and $10", "costs \\$5 and \\$10"],
    ["strikethrough", "~~gone~~", "\\~\\~gone\\~\\~"],
    ["backslashes", "C:\\path\\*", "C:\\\\path\\\\\\*"],
    ["unicode stays", "Déploiement 🚀 日本語 — ok", "Déploiement 🚀 日本語 — ok"],
    ["bidi overrides removed", "invoice\u202Egpj.exe", "invoicegpj.exe"],
    ["control characters removed", "a\u0000b\u0007c\td", "abc d"],
    ["a comment cannot open", "<!-- gatehouse:cr:1 -->", "&lt;!-- gatehouse:cr:1 --&gt;"],
    ["empty", "", ""],
  ])("%s", (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it("handles null and undefined", () => {
    expect(escapeMarkdown(null)).toBe("");
    expect(escapeMarkdown(undefined)).toBe("");
  });

  it("is linear on huge hostile input", () => {
    const hostile = "*_[`|<@".repeat(100_000);
    const out = escapeMarkdown(hostile);
    expect(out.length).toBeGreaterThan(hostile.length);
    expect(out).not.toMatch(/(^|[^\\])\|/);
  });
});

describe("escapeMarkdownLines", () => {
  it("keeps line breaks and escapes each line's start", () => {
    expect(escapeMarkdownLines("# Title\n\n- item @me\r\n1) x")).toBe(
      "\\# Title  \n\n\\- item @&#8203;me  \n1\\) x",
    );
  });
});

describe("code", () => {
  it.each([
    ["plain", "v1.2.3", "`v1.2.3`"],
    ["with a backtick", "a`b", "``a`b``"],
    ["starting with a backtick", "`x", "`` `x ``"],
    ["with a run of backticks", "a```b", "````a```b````"],
    ["newlines", "a\nb", "`a b`"],
    ["empty", "", "` `"],
  ])("%s", (_name, input, expected) => {
    expect(code(input)).toBe(expected);
  });
});

describe("links", () => {
  it.each([
    ["https", "https://github.com/acme/shop/issues/1", "https://github.com/acme/shop/issues/1"],
    ["spaces and parentheses", "https://x.example/a b(c)", "https://x.example/a%20b%28c%29"],
    ["relative", "../releases/tag/v1", "../releases/tag/v1"],
    ["mailto", "mailto:cab@example.com", "mailto:cab@example.com"],
    ["javascript", "javascript:alert(1)", undefined],
    ["data", "DATA:text/html,<b>", undefined],
    ["empty", "", undefined],
  ])("safeUrl %s", (_name, url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });

  it("escapes the text and drops unsafe targets", () => {
    expect(link("CR #12: [urgent] fix", "https://github.com/acme/changes/issues/12")).toBe(
      "[CR #12: \\[urgent\\] fix](https://github.com/acme/changes/issues/12)",
    );
    expect(link("click", "javascript:alert(1)")).toBe("click");
    expect(link("", "https://x.example/")).toBe("[https://x.example/](https://x.example/)");
  });
});

describe("markdownTable", () => {
  it("builds a table, keeping escaped cells as they are", () => {
    expect(
      markdownTable(
        ["Change request", "Risk", "Approvers"],
        [
          [link("Add | login", "https://x.example/1"), "high", escapeMarkdown("@alice")],
          ["`a|b`", 2, null],
        ],
        ["left", "center"],
      ),
    ).toBe(
      [
        "| Change request | Risk | Approvers |",
        "| :--- | :---: | --- |",
        "| [Add \\| login](https://x.example/1) | high | @&#8203;alice |",
        "| `a\\|b` | 2 | |",
      ].join("\n"),
    );
  });

  it("keeps rows inside their cells whatever the content", () => {
    const table = markdownTable(["a"], [["x\ny|z"], ["\\|"], ["\\\\|"]]);
    expect(table.split("\n")).toEqual(["| a |", "| --- |", "| x<br>y\\|z |", "| \\| |", "| \\\\\\| |"]);
  });

  it("pads short rows and allows no rows", () => {
    expect(markdownTable(["a", "b"], [["1"]])).toBe("| a | b |\n| --- | --- |\n| 1 | |");
    expect(markdownTable(["a"], [])).toBe("| a |\n| --- |");
    expect(tableCell(undefined)).toBe("");
  });
});

describe("details", () => {
  it("escapes the summary and keeps the body", () => {
    expect(details("Commits <5>", "- a\n- b\n", { open: true })).toBe(
      "<details open>\n<summary>Commits &lt;5&gt;</summary>\n\n- a\n- b\n\n</details>",
    );
  });
});

describe("markers", () => {
  it("round-trips any key", () => {
    for (const key of [
      "production",
      "acme/shop#12",
      "prod:abc123",
      "a--b",
      "x -->y",
      "ends-",
      "ünï cödé 🚀",
      "%41",
    ]) {
      const m = marker("cr-comment", key);
      expect(m).toMatch(/^<!-- gatehouse:cr-comment:\S* -->$/);
      expect(m.slice(4, -4)).not.toContain("--".repeat(2));
      expect(m.slice("<!-- ".length, -" -->".length)).not.toMatch(/--|>/);
      expect(findMarker(`text\n${m}\nmore`, "cr-comment")).toBe(key);
      expect(hasMarker(`x ${m}`, "cr-comment", key)).toBe(true);
    }
  });

  it("survives broken unicode in a key", () => {
    expect(findMarker(marker("gate", "a\uD800b"), "gate")).toBe("a\uFFFDb");
  });

  it("is readable for ordinary keys", () => {
    expect(marker("pir", "production:run-42")).toBe("<!-- gatehouse:pir:production:run-42 -->");
  });

  it("finds nothing in bodies without the marker, or with another kind", () => {
    expect(findMarker(null, "pir")).toBeUndefined();
    expect(findMarker("<!-- gatehouse:cr:1 -->", "pir")).toBeUndefined();
    expect(hasMarker("<!-- gatehouse:pir:12 -->", "pir", "1")).toBe(false);
  });

  it("refuses kinds that would break the comment", () => {
    expect(() => marker("a -->", "x")).toThrow(/marker kind/);
  });

  it("finds the item carrying a marker", () => {
    const comments = [
      { id: 1, body: "hello" },
      { id: 2, body: null },
      { id: 3, body: `x\n${marker("gate", "production")}` },
    ];
    expect(findByMarker(comments, "gate", "production")?.id).toBe(3);
    expect(findByMarker(comments, "gate", "staging")).toBeUndefined();
  });
});

describe("proseMarkdown", () => {
  const users = { userUrl: (login: string) => `https://github.example/${login}` };
  it.each([
    ["plain text", "Add login page", "Add login page"],
    ["code stays code", "use `npm i @acme/ui` and ``a`b``", "use `npm i @acme/ui` and ``a`b``"],
    ["html in code stays code", "render `<Cart>` safely", "render `<Cart>` safely"],
    ["an unclosed backtick", "a ` b", "a \\` b"],
    ["emphasis", "fix *all* the __init__ bugs", "fix \\*all\\* the \\_\\_init\\_\\_ bugs"],
    ["intraword underscores stay", "snake_case_name", "snake_case_name"],
    ["a link and an image", "[x](javascript:alert(1)) ![y](z)", "\\[x](javascript:alert(1)) !\\[y](z)"],
    ["html", "<img src=x onerror=alert(1)> & <script>", "\\<img src=x onerror=alert(1)> & \\<script>"],
    ["entities stay literal", "&lt;b&gt; &#64; &amp", "\\&lt;b\\&gt; \\&#64; &amp"],
    ["comparisons stay", "a < b > c", "a < b > c"],
    ["pipes stay (lists, not tables)", "a | b", "a | b"],
    // GFM ends an autolink before trailing punctuation: what follows is text again
    ["a URL stays a link", "see https://example.com/a_b*c_ ok", "see https://example.com/a_b*c\\_ ok"],
    ["a mention links its profile", "thanks @octocat!", "thanks [@octocat](https://github.example/octocat)!"],
    ["a scoped package becomes code", "bump @acme/ui-kit to 2", "bump `@acme/ui-kit` to 2"],
    ["an email is no mention", "ops@example.com", "ops@example.com"],
    ["a heading at the start", "# not a heading", "\\# not a heading"],
    ["an issue reference at the start stays", "#12 is fixed", "#12 is fixed"],
    ["a list at the start", "- not a list", "\\- not a list"],
    ["a numbered list at the start", "1. not a list", "1\\. not a list"],
    ["a quote at the start", "> not a quote", "\\> not a quote"],
    ["math and strikethrough", "costs $5 ~~or~~ less", "costs \\$5 \\~\\~or\\~\\~ less"],
    ["backslashes", "C:\\path\\*", "C:\\path\\\\\\*"],
    ["invisible characters removed", "@\u200Bacme/ui soft\u00ADhyphen\uFEFF", "`@acme/ui` softhyphen"],
    ["bidi overrides removed", "invoice\u202Egpj.exe", "invoicegpj.exe"],
    ["emoji joiners stay", "team 👩\u200D💻", "team 👩\u200D💻"],
    ["newlines become spaces", "line 1\nline 2", "line 1 line 2"],
  ])("%s", (_name, input, expected) => {
    expect(proseMarkdown(input, users)).toBe(expected);
  });

  it("turns a mention into code without a profile URL", () => {
    expect(proseMarkdown("thanks @octocat")).toBe("thanks `@octocat`");
  });

  it("is linear on huge hostile input", () => {
    // Measured side by side, so a busy machine cannot fail it: four times the input may take
    // about four times as long, never the sixteen times a quadratic scan would.
    const hostile = (n: number) => "`*_[<&@h".repeat(n) + "``".repeat(n);
    const fastest = (input: string) => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        const out = proseMarkdown(input);
        best = Math.min(best, performance.now() - t0);
        expect(out.length).toBeGreaterThan(input.length);
      }
      return best;
    };
    const small = fastest(hostile(12_500));
    const large = fastest(hostile(50_000));
    expect(large / Math.max(small, 1)).toBeLessThan(10);
  });
});

describe("proseMarkdownLines", () => {
  it("keeps lines, lists and fenced code, escaping each line", () => {
    const text = [
      "The settings moved to `gatehouse.yml`.",
      "# not a heading",
      "- first *item*",
      "  1. nested <b>",
      "",
      "```yaml",
      "a: <1> *b*",
      "```",
      "---",
      "trailing spaces   ",
    ].join("\n");
    expect(proseMarkdownLines(text)).toBe(
      [
        "The settings moved to `gatehouse.yml`.",
        "\\# not a heading",
        "- first \\*item\\*",
        "  1. nested \\<b>",
        "",
        "```yaml",
        "a: <1> *b*",
        "```",
        "\\---",
        "trailing spaces",
      ].join("\n"),
    );
  });

  it("escapes an unclosed fence instead of swallowing the rest", () => {
    expect(proseMarkdownLines("```\n*x*")).toBe("\\`\\`\\`\n\\*x\\*");
  });
});
