import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../markdown";
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
    // user text is escaped: no raw HTML, no table break, no mention
    expect(md).not.toContain("<script>");
    expect(md).toContain("&lt;script&gt;");
    expect(md).toContain("\\*titles\\*");
    expect(md).toContain("\\| pipes");
    expect(md).toContain("pipes @\u200Bgrace");
    expect(md).not.toContain("8203");
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
  ])("%j is escaped exactly as escapeMarkdown escapes it", async (subject) => {
    const notes = await renderReleaseNotes({
      version: "1.0.0",
      commits: [{ hash: h(1), message: `feat: ${subject}` }],
      evidence: false,
    });
    expect(notes.markdown).toContain(`* ${escapeMarkdown(subject)} 0000000`);
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
