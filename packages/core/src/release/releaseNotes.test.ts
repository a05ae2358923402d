import { describe, expect, it } from "vitest";
import { proseMarkdown } from "../markdown";
import { fitReleaseBody, mayMakeEntry, type NoteCommit, renderReleaseNotes } from "./releaseNotes";

const repo = { serverUrl: "https://github.example", owner: "acme", repo: "shop" };
const h = (n: number) => n.toString(16).padStart(40, "0");

const commits: NoteCommit[] = [
  {
    hash: h(1),
    message: "feat(api)!: drop the v1 endpoints\n\nBREAKING CHANGE: clients must call /v2.",
    author: { login: "ada", name: "Ada" },
    pullRequest: { number: 41, url: "https://github.example/acme/shop/pull/41", body: "Change-Request: #7" },
  },
  {
    hash: h(2),
    message: "fix: <script>alert(1)</script> in *titles* | pipes @grace\n\nChange-Request: acme/changes#12",
    author: { login: "grace" },
  },
  { hash: h(3), message: "perf(db): index orders by date (#43)", author: { login: "linus" } },
  { hash: h(4), message: "docs: explain the release process", author: { login: "margaret" } },
  {
    hash: h(5),
    message: "revert: fix(ui): flicker\n\nThis reverts commit 1111111111111111111111111111111111111111.",
  },
  { hash: h(6), message: "feat: export orders as CSV", author: { name: "Ken Thompson" } },
  { hash: h(7), message: "chore: bump deps" },
];

describe("renderReleaseNotes", () => {
  it("puts breaking changes first, then features, fixes, performance and reverts, each linked", async () => {
    const notes = await renderReleaseNotes({
      version: "2.0.0",
      tag: "v2.0.0",
      previousTag: "v1.9.0",
      date: new Date("2026-11-23T10:00:00Z"),
      repository: repo,
      commits,
    });
    expect(notes.sections.map((s) => s.title)).toEqual([
      "BREAKING CHANGES",
      "Features",
      "Bug Fixes",
      "Performance Improvements",
      "Reverts",
    ]);
    const md = notes.markdown;
    expect(md).toMatch(
      /^## \[2\.0\.0\]\(https:\/\/github\.example\/acme\/shop\/compare\/v1\.9\.0\.\.\.v2\.0\.0\) \(2026-11-23\)/,
    );
    const order = [
      "### ⚠ BREAKING CHANGES",
      "### Features",
      "### Bug Fixes",
      "### Performance Improvements",
      "### Reverts",
    ];
    const positions = order.map((t) => md.indexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // pull request and change request links
    expect(md).toContain("[#41](https://github.example/acme/shop/pull/41)");
    expect(md).toContain("CR [#7](https://github.example/acme/shop/issues/7)");
    expect(md).toContain("CR [acme/changes#12](https://github.example/acme/changes/issues/12)");
    // the PR number already in the subject is linked once, not repeated
    expect(md.match(/#43/g)?.length).toBe(1);
    expect(md).toContain("[#43](https://github.example/acme/shop/issues/43)");
    // user text reads as written: no raw HTML, no emphasis, the mention a profile link (no ping)
    expect(md).toContain(
      "* \\<script>alert(1)\\</script> in \\*titles\\* | pipes [@grace](https://github.example/grace) ",
    );
    expect(md).not.toMatch(/&(?:lt|gt|amp|#\d+);|\u200B/);
    // hidden types make no entry
    expect(md).not.toContain("explain the release process");
    expect(md).not.toContain("bump deps");
    // contributors, by login or by name
    expect(md).toContain("### Contributors");
    expect(notes.contributors.map((c) => c.login ?? c.name)).toEqual([
      "ada",
      "grace",
      "Ken Thompson",
      "linus",
      "margaret",
    ]);
    expect(notes.commitCount).toBe(7);
  });

  it("gives the plain entries for JSON", async () => {
    const notes = await renderReleaseNotes({ version: "2.0.0", commits, evidence: false });
    const breaking = notes.sections[0]!;
    expect(breaking.entries).toEqual([
      expect.objectContaining({
        type: "feat",
        scope: "api",
        subject: "clients must call /v2.",
        hash: h(1),
        breaking: true,
      }),
    ]);
    const fixes = notes.sections.find((s) => s.title === "Bug Fixes")!;
    expect(fixes.entries[0]).toMatchObject({
      type: "fix",
      scope: null,
      subject: "<script>alert(1)</script> in *titles* | pipes @grace",
      breaking: false,
      changeRequests: [{ repository: "acme/changes", number: 12 }],
    });
    // local notes do not link references to a repository they do not know
    expect(notes.markdown).not.toContain("](issues/");
    expect(notes.markdown).not.toContain("/commit/");
    expect(notes.markdown).toContain("#43");
  });

  it("drops a commit and its revert when both are in the range", async () => {
    const target = { hash: h(9), message: "feat: shiny" };
    const revert = { hash: h(10), message: `revert: feat: shiny\n\nThis reverts commit ${h(9)}.` };
    const notes = await renderReleaseNotes({
      version: "1.0.0",
      commits: [revert, target, commits[5]!],
      evidence: false,
    });
    expect(notes.markdown).not.toContain("shiny");
    expect(notes.entryCount).toBe(1);
    // a reverted commit that makes no entry on its own still cancels its revert
    const docs = { hash: h(11), message: "docs: typo" };
    const revertDocs = { hash: h(12), message: `revert: docs: typo\n\nThis reverts commit ${h(11)}.` };
    const n2 = await renderReleaseNotes({ version: "1.0.0", commits: [revertDocs, docs], evidence: false });
    expect(n2.entryCount).toBe(0);
    expect(n2.markdown).toContain("No user-facing changes.");
  });

  it("renders the evidence: change requests, approvals, artefacts", async () => {
    const notes = await renderReleaseNotes({
      version: "1.0.0",
      repository: repo,
      commits: [commits[5]!],
      changeRequests: [
        {
          repository: "acme/shop",
          number: 7,
          title: "Ship | v2 <now>",
          type: "normal",
          risk: "high",
          url: "https://github.example/acme/shop/issues/7",
          approvers: [{ login: "cab-chair", at: "2026-11-22T09:00:00Z" }],
        },
      ],
      approvals: [
        { user: "release-manager", state: "approved", environments: ["production"], comment: "Go | go" },
      ],
      artefacts: [{ name: "shop-1.0.0.tar.gz", size: 5 * 1024 * 1024, sha256: "a".repeat(64) }],
    });
    expect(notes.evidence).toContain("### Change requests");
    expect(notes.evidence).toContain("[acme/shop#7](https://github.example/acme/shop/issues/7)");
    expect(notes.evidence).toContain("Ship \\| v2 &lt;now&gt;");
    expect(notes.evidence).toContain("2026-11-22T09:00:00Z");
    expect(notes.evidence).toContain("### Deployment approvals");
    expect(notes.evidence).toContain("Go \\| go");
    expect(notes.evidence).toContain("production");
    expect(notes.evidence).toContain("### Artefacts");
    expect(notes.evidence).toContain("5.00 MiB");
    expect(notes.evidence).toContain("a".repeat(64));
  });
});

/** The entries of a section, as JSON shows them. */
const subjects = (notes: { sections: { title: string; entries: { subject: string }[] }[] }, title: string) =>
  notes.sections.find((s) => s.title === title)?.entries.map((e) => e.subject) ?? [];

describe("a squashed pull request carrying several conventional messages", () => {
  // GitHub's squash commit: the pull request's title, then its description as the body, whose
  // last lines follow release-please's convention (one footer per further change)
  const squash: NoteCommit = {
    hash: h(21),
    message: [
      "feat(cart): save carts for later (#57)",
      "",
      "Carts are kept for 30 days; the checkout reads them back.",
      "",
      "fix(cart): totals round half to even",
      "  Change-Request: #8",
      "  BREAKING-CHANGE: totals may differ by one cent from 2.x.",
      "",
      "perf(cart): load the saved cart lazily",
      "docs: explain saved carts",
    ].join("\n"),
    pullRequest: { number: 57, url: "https://github.example/acme/shop/pull/57" },
  };

  it("gives one entry per message, each linked to the commit and the pull request", async () => {
    const notes = await renderReleaseNotes({
      version: "3.0.0",
      repository: repo,
      commits: [squash],
      evidence: false,
    });
    expect(subjects(notes, "Features")).toEqual(["save carts for later (#57)"]);
    expect(subjects(notes, "Bug Fixes")).toEqual(["totals round half to even"]);
    expect(subjects(notes, "Performance Improvements")).toEqual(["load the saved cart lazily"]);
    expect(subjects(notes, "BREAKING CHANGES")).toEqual(["totals may differ by one cent from 2.x."]);
    // the docs message is hidden like any docs commit; the body text is no entry
    expect(notes.markdown).not.toContain("explain saved carts");
    expect(notes.markdown).not.toContain("30 days");
    const commitLink = `[0000000](https://github.example/acme/shop/commit/${h(21)})`;
    expect(notes.markdown).toContain(
      `* **cart:** totals round half to even (${commitLink}) · [#57](https://github.example/acme/shop/pull/57) · CR [#8](https://github.example/acme/shop/issues/8)`,
    );
    expect(notes.markdown).toContain(`* **cart:** load the saved cart lazily (${commitLink}) · [#57]`);
    for (const s of notes.sections) for (const e of s.entries) expect(e.hash).toBe(h(21));
  });

  it("reads BEGIN_NESTED_COMMIT blocks as messages of their own", async () => {
    const notes = await renderReleaseNotes({
      version: "3.0.0",
      commits: [
        {
          hash: h(22),
          message:
            "chore: sync generated clients\n\nBEGIN_NESTED_COMMIT\nfeat(client): add the refunds endpoint\nEND_NESTED_COMMIT\nBEGIN_NESTED_COMMIT\nfix(client): retry on 503\nEND_NESTED_COMMIT",
        },
      ],
      evidence: false,
    });
    expect(subjects(notes, "Features")).toEqual(["add the refunds endpoint"]);
    expect(subjects(notes, "Bug Fixes")).toEqual(["retry on 503"]);
  });

  it("a revert of the squashed commit takes every entry it made with it", async () => {
    const revert: NoteCommit = {
      hash: h(23),
      message: `Revert "feat(cart): save carts for later (#57)"\n\nThis reverts commit ${h(21)}.`,
    };
    const notes = await renderReleaseNotes({ version: "3.0.0", commits: [revert, squash], evidence: false });
    expect(notes.entryCount).toBe(0);
  });

  it("lines of the body that only look like footers stay text (GitHub's default squash list)", async () => {
    const notes = await renderReleaseNotes({
      version: "3.0.0",
      commits: [
        {
          hash: h(24),
          message:
            "fix: a (#9)\n\n* fix: first try\n\n* fix: second try\n\nSigned-off-by: Ada <ada@example.com>",
        },
      ],
      evidence: false,
    });
    expect(subjects(notes, "Bug Fixes")).toEqual(["a (#9)"]);
  });
});

describe("inline code and names copied from the notes", () => {
  const message =
    "fix(deps): `npm i @acme/ui@^2` works again with <Cart> & `a|b`, thanks @grace (see @acme/ui)\n\nBREAKING CHANGE: `@acme/ui` 1.x is no longer supported: use `npm i @acme/ui@2`.";

  it("keeps code spans as code, in subjects and breaking notes, with no entity or invisible character", async () => {
    const notes = await renderReleaseNotes({
      version: "2.0.0",
      repository: repo,
      commits: [{ hash: h(31), message }],
      evidence: false,
    });
    const md = notes.markdown;
    expect(md).toContain(
      "* **deps:** `npm i @acme/ui@^2` works again with \\<Cart> & `a|b`, thanks [@grace](https://github.example/grace) (see `@acme/ui`) (",
    );
    expect(md).toContain("* **deps:** `@acme/ui` 1.x is no longer supported: use `npm i @acme/ui@2`.");
    expect(md).not.toMatch(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i);
    expect(md).not.toMatch(/[\u00AD\u200B-\u200F\u2060\uFEFF]/);
    // JSON keeps the text as written
    expect(subjects(notes, "BREAKING CHANGES")).toEqual([
      "`@acme/ui` 1.x is no longer supported: use `npm i @acme/ui@2`.",
    ]);
  });

  it("without a repository a mention becomes code: it can notify no one", async () => {
    const notes = await renderReleaseNotes({
      version: "2.0.0",
      commits: [{ hash: h(31), message }],
      evidence: false,
    });
    expect(notes.markdown).toContain("thanks `@grace` (see `@acme/ui`)");
  });
});

describe("breaking-change notes", () => {
  it("keep their lines, lists and code blocks", async () => {
    const notes = await renderReleaseNotes({
      version: "2.0.0",
      commits: [
        {
          hash: h(41),
          message: [
            "feat(config)!: one file for every environment",
            "",
            "BREAKING CHANGE: the settings moved to `gatehouse.yml`.",
            "Move them before upgrading:",
            "- `freeze.yml` becomes the `freeze:` section",
            "- `approvers.txt` becomes `approvals.approvers`",
            "",
            "```yaml",
            "freeze:",
            "  timezone: Europe/Berlin",
            "```",
            "",
            "Refs: #77",
          ].join("\n"),
        },
      ],
      evidence: false,
    });
    expect(notes.markdown).toContain(
      [
        "### ⚠ BREAKING CHANGES",
        "",
        "* **config:** the settings moved to `gatehouse.yml`.",
        "  Move them before upgrading:",
        "  - `freeze.yml` becomes the `freeze:` section",
        "  - `approvers.txt` becomes `approvals.approvers`",
        "",
        "  ```yaml",
        "  freeze:",
        "    timezone: Europe/Berlin",
        "  ```",
      ].join("\n"),
    );
  });

  it("keep the order of the history, not the alphabet", async () => {
    const notes = await renderReleaseNotes({
      version: "2.0.0",
      commits: [
        { hash: h(51), message: "feat!: rename the CLI to gatehouse" },
        { hash: h(52), message: "fix(api): new shape\n\nBREAKING CHANGE: answers are wrapped in `data`." },
        { hash: h(53), message: "feat(auth)!: a token is always required" },
      ],
      evidence: false,
    });
    expect(subjects(notes, "BREAKING CHANGES")).toEqual([
      "rename the CLI to gatehouse",
      "answers are wrapped in `data`.",
      "a token is always required",
    ]);
    const md = notes.markdown;
    expect(md.indexOf("rename the CLI")).toBeLessThan(md.indexOf("answers are wrapped"));
    expect(md.indexOf("answers are wrapped")).toBeLessThan(md.indexOf("token is always required"));
  });
});

describe("reverts", () => {
  const revertOf = (n: number, header: string, style: "conventional" | "github"): NoteCommit => ({
    hash: h(n),
    message: `${style === "github" ? `Revert "${header}"` : `revert: ${header}`}\n\nThis reverts commit ${"f".repeat(40)}.`,
  });

  it("of hidden types (a chore(deps) bump, a build change) make no entry, in either spelling", async () => {
    const notes = await renderReleaseNotes({
      version: "1.0.1",
      commits: [
        revertOf(61, "chore(deps): bump lodash from 4.17.20 to 4.17.21", "github"),
        revertOf(62, "build(deps-dev): bump esbuild", "conventional"),
        { hash: h(63), message: "fix: keep the cart on logout" },
      ],
      evidence: false,
    });
    expect(notes.sections.map((s) => s.title)).toEqual(["Bug Fixes"]);
    expect(notes.markdown).not.toContain("lodash");
    expect(notes.markdown).not.toContain("esbuild");
  });

  it("of features and fixes are listed under Reverts, GitHub's own revert commits included", async () => {
    const notes = await renderReleaseNotes({
      version: "1.0.1",
      commits: [
        revertOf(64, "feat: one-click checkout", "github"),
        revertOf(65, "fix(ui): flicker", "conventional"),
      ],
      evidence: false,
    });
    expect(subjects(notes, "Reverts")).toEqual(['Revert "feat: one-click checkout"', "fix(ui): flicker"]);
  });
});

describe("escaping", () => {
  it.each([
    "plain words and 123 numbers",
    "1. looks like a list",
    "- dash first",
    "# hash first",
    "two  spaces",
    "tab\there",
    "a_b*c`d`[e](f) | g ~ h $ i",
    "<img src=x> & co",
    "bidi \u202E reversed",
    "ctrl \u0007 bell",
    "zero\u200Bwidth",
  ])("%j is written as proseMarkdown writes it, and kept as written for JSON", async (subject) => {
    const notes = await renderReleaseNotes({
      version: "1.0.0",
      commits: [{ hash: h(1), message: `feat: ${subject}` }],
      evidence: false,
    });
    expect(notes.markdown).toContain(`* ${proseMarkdown(subject)} 0000000`);
    expect(notes.sections[0]!.entries[0]!.subject).toBe(subject);
  });
});

describe("fitReleaseBody", () => {
  it("keeps short notes whole and shortens long ones, pointing at the asset", async () => {
    const many: NoteCommit[] = Array.from({ length: 3000 }, (_, i) => ({
      hash: h(100 + i),
      message: `feat: feature number ${i} with a reasonably long subject to fill the body quickly`,
    }));
    const notes = await renderReleaseNotes({
      version: "3.0.0",
      repository: repo,
      commits: many,
      artefacts: [{ name: "a.zip", size: 1, sha256: "b".repeat(64) }],
    });
    expect(notes.markdown.length).toBeGreaterThan(125_000);
    const fitted = fitReleaseBody(notes);
    expect(fitted.truncated).toBe(true);
    expect(fitted.body.length).toBeLessThanOrEqual(125_000);
    expect(fitted.body).toContain("RELEASE_NOTES.md");
    expect(fitted.body).toMatch(/…and \d+ more entries/);
    expect(fitted.body).toContain("### Artefacts");
    const small = fitReleaseBody(notes, 10 ** 7);
    expect(small).toEqual({ body: notes.markdown, truncated: false });
  });
});

describe("mayMakeEntry", () => {
  it.each([
    ["feat: x", true],
    ["Fix(ui): y", true],
    ["docs: z", false],
    ["chore!: drop node 18", true],
    ["chore: a\n\nBREAKING CHANGE: b", true],
    ['Revert "feat: x"\n\nThis reverts commit abc.', true],
    ["Merge branch main", false],
  ])("%j → %s", (message, expected) => {
    expect(mayMakeEntry(message)).toBe(expected);
  });
});
