import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli";
import { parseRepositoryUrl } from "./notes";

/** git in a test repository, with fixed people and commit date (`input` on standard input). */
function gitIn(repo: string, args: string[], opts: { date: string; input?: string }): string {
  return execFileSync("git", ["-C", repo, ...args], {
    encoding: "utf8",
    input: opts.input,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Ada",
      GIT_AUTHOR_EMAIL: "ada@example.com",
      GIT_COMMITTER_NAME: "Ada",
      GIT_COMMITTER_EMAIL: "ada@example.com",
      GIT_COMMITTER_DATE: opts.date,
    },
  }).trim();
}

let dir: string;
const git = (...args: string[]) => gitIn(dir, args, { date: "2026-11-20T12:00:00Z" });
const commit = (message: string) => git("commit", "-q", "--allow-empty", "-m", message);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gatehouse-notes-"));
  git("init", "-q", "-b", "main");
  commit("chore: initial commit");
  git("tag", "v1.0.0");
  commit("feat(api): add the orders endpoint\n\nChange-Request: #5");
  commit("fix: no crash on | pipes and <tags>");
  commit("docs: explain the endpoint");
  commit("feat!: drop XML\n\nBREAKING CHANGE: XML responses are gone.");
  commit("perf: faster listing\n\nwith a body that has\u00e9 unicode");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir, env: {} });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("gatehouse notes", () => {
  it("renders the notes of FROM..TO from local git", async () => {
    const r = await cli("notes", "--from", "v1.0.0", "--to", "main", "--version", "1.1.0");
    expect(r.code).toBe(0);
    // no remote, no --repository-url: a plain heading with the date of TO, no links
    expect(r.out).toMatch(/^## 1\.1\.0 \(2026-11-20\)\n/);
    expect(r.out).not.toContain("](");
    expect(r.out.indexOf("### ⚠ BREAKING CHANGES")).toBeLessThan(r.out.indexOf("### Features"));
    expect(r.out).toContain("* XML responses are gone.");
    expect(r.out).toMatch(/\* \*\*api:\*\* add the orders endpoint [0-9a-f]{7} · CR #5/);
    expect(r.out).toContain("no crash on | pipes and \\<tags>");
    expect(r.out).not.toContain("explain the endpoint");
    expect(r.out).not.toContain("initial commit");
  });

  it("prints the JSON shape of the contract", async () => {
    const r = await cli("notes", "--from", "v1.0.0", "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(["sections"]);
    expect(json.sections.map((s: { title: string }) => s.title)).toEqual([
      "BREAKING CHANGES",
      "Features",
      "Bug Fixes",
      "Performance Improvements",
    ]);
    const head = git("rev-parse", "HEAD~1");
    expect(json.sections[1].entries).toContainEqual({
      type: "feat",
      scope: null,
      subject: "drop XML",
      hash: head,
      breaking: true,
    });
    expect(json.sections[2].entries[0]).toEqual({
      type: "fix",
      scope: null,
      subject: "no crash on | pipes and <tags>",
      hash: git("rev-parse", "HEAD~3"),
      breaking: false,
    });
    for (const s of json.sections)
      for (const e of s.entries)
        expect(Object.keys(e).sort()).toEqual(["breaking", "hash", "scope", "subject", "type"]);
  });

  it("an empty range has no entries", async () => {
    const r = await cli("notes", "--from", "main", "--to", "main", "--json");
    expect(JSON.parse(r.out)).toEqual({ sections: [] });
  });

  it("refuses unknown refs, a missing --from and a directory that is not a repository", async () => {
    expect(await cli("notes", "--from", "v9.9.9")).toMatchObject({
      code: 2,
      err: expect.stringMatching(/unknown git ref "v9\.9\.9"/),
    });
    expect(await cli("notes", "--to", "main")).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--from REF is required/),
    });
    expect(await cli("notes", "--from", "v1.0.0", "--repo", tmpdir())).toMatchObject({
      code: 2,
      err: expect.stringMatching(/not a git repository/),
    });
  });
});

describe("gatehouse notes for CHANGELOG.md", () => {
  let repo: string;
  const run = (...args: string[]) => gitIn(repo, args, { date: "2026-11-23T16:30:00Z" });
  const sha: Record<string, string> = {};

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), "gatehouse-changelog-"));
    run("init", "-q", "-b", "main");
    run("remote", "add", "origin", "git@github.com:acme/shop.git");
    const commitWith = (name: string, message: string) => {
      gitIn(repo, ["commit", "-q", "--allow-empty", "--cleanup=verbatim", "-F", "-"], {
        date: "2026-11-23T16:30:00Z",
        input: message,
      });
      sha[name] = run("rev-parse", "HEAD");
    };
    commitWith("init", "chore: initial commit");
    run("tag", "v1.0.0");
    // squash merges as GitHub writes them: the pull request's title (#N), its description as body
    commitWith(
      "cart",
      [
        "feat(cart): save carts for later (#57)",
        "",
        "Carts are kept for 30 days.",
        "",
        "fix(cart): totals round half to even",
        "  BREAKING-CHANGE: totals may differ by one cent from 1.x.",
        "perf(cart): load the saved cart lazily",
      ].join("\n"),
    );
    commitWith("deps", "chore(deps): bump lodash from 4.17.20 to 4.17.21 (#58)");
    commitWith(
      "revert",
      `Revert "chore(deps): bump lodash from 4.17.20 to 4.17.21 (#58)" (#59)\n\nThis reverts commit ${sha.deps}.`,
    );
    commitWith(
      "ui",
      [
        "fix(ui)!: `npm i @acme/ui@^2` is needed for <Cart> (#60)",
        "",
        "Closes #3",
        "",
        "BREAKING CHANGE: the cart widget moved to `@acme/ui` 2.",
        "Before upgrading:",
        "- replace `@acme/cart-widget` with `@acme/ui/cart`",
        "- drop the `legacy` prop",
      ].join("\n"),
    );
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  async function notes(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(["notes", ...argv], {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      cwd: repo,
      env: {},
    });
    return { code, out: out.join("\n"), err: err.join("\n") };
  }

  it("writes the version heading with the date and the compare link, entries linked, from the origin remote", async () => {
    const r = await notes("--from", "v1.0.0", "--version", "1.1.0");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const gh = "https://github.com/acme/shop";
    const commit = (name: string) => `([${sha[name]!.slice(0, 7)}](${gh}/commit/${sha[name]}))`;
    expect(r.out).toBe(
      [
        `## [1.1.0](${gh}/compare/v1.0.0...v1.1.0) (2026-11-23)`,
        "",
        "### ⚠ BREAKING CHANGES",
        "",
        "* **ui:** the cart widget moved to `@acme/ui` 2.",
        "  Before upgrading:",
        "  - replace `@acme/cart-widget` with `@acme/ui/cart`",
        "  - drop the `legacy` prop",
        "* **cart:** totals may differ by one cent from 1.x.",
        "",
        "### Features",
        "",
        `* **cart:** save carts for later ([#57](${gh}/issues/57)) ${commit("cart")}`,
        "",
        "### Bug Fixes",
        "",
        `* **cart:** totals round half to even ${commit("cart")}`,
        `* **ui:** \`npm i @acme/ui@^2\` is needed for \\<Cart> ([#60](${gh}/issues/60)) ${commit("ui")}, closes [#3](${gh}/issues/3)`,
        "",
        "### Performance Improvements",
        "",
        `* **cart:** load the saved cart lazily ${commit("cart")}`,
      ].join("\n"),
    );
  });

  it("takes --repository-url over the remote (GitHub Enterprise Server), and a tag as TO", async () => {
    run("tag", "v1.1.0");
    const r = await notes(
      "--from",
      "v1.0.0",
      "--to",
      "v1.1.0",
      "--repository-url",
      "https://ghe.acme.example/acme/shop.git",
    );
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe(
      "## [v1.1.0](https://ghe.acme.example/acme/shop/compare/v1.0.0...v1.1.0) (2026-11-23)",
    );
    expect(r.out).toContain(`(https://ghe.acme.example/acme/shop/commit/${sha.cart})`);
    expect(r.out).not.toContain("github.com");
  });

  it("keeps the --json shape, one entry per message of a squashed pull request", async () => {
    const r = await notes("--from", "v1.0.0", "--json");
    const json = JSON.parse(r.out) as { sections: { title: string; entries: Record<string, unknown>[] }[] };
    expect(json.sections.map((s) => s.title)).toEqual([
      "BREAKING CHANGES",
      "Features",
      "Bug Fixes",
      "Performance Improvements",
    ]);
    expect(json.sections[2]!.entries).toEqual([
      { type: "fix", scope: "cart", subject: "totals round half to even", hash: sha.cart, breaking: true },
      {
        type: "fix",
        scope: "ui",
        subject: "`npm i @acme/ui@^2` is needed for <Cart> (#60)",
        hash: sha.ui,
        breaking: true,
      },
    ]);
  });

  it("refuses a --repository-url that names no repository", async () => {
    const r = await notes("--from", "v1.0.0", "--repository-url", "https://github.com/acme");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--repository-url "https:\/\/github\.com\/acme" is not a repository URL/);
  });
});

describe("parseRepositoryUrl", () => {
  it.each([
    ["https://github.com/acme/shop", "https://github.com", "acme", "shop"],
    ["https://github.com/acme/shop.git", "https://github.com", "acme", "shop"],
    ["git@github.com:acme/shop.git", "https://github.com", "acme", "shop"],
    ["ssh://git@ghe.acme.example:2222/acme/shop.git", "https://ghe.acme.example", "acme", "shop"],
    ["http://127.0.0.1:3000/acme/shop", "http://127.0.0.1:3000", "acme", "shop"],
  ])("%s", (url, serverUrl, owner, repo) => {
    expect(parseRepositoryUrl(url)).toEqual({ serverUrl, owner, repo });
  });

  it.each(["https://github.com/acme", "file:///tmp/repo", "/tmp/repo", "not a url"])(
    "%s names no repository",
    (url) => {
      expect(parseRepositoryUrl(url)).toBeUndefined();
    },
  );
});
