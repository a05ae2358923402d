import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli";

let dir: string;
const git = (...args: string[]) =>
  execFileSync("git", ["-C", dir, ...args], {
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Ada",
      GIT_AUTHOR_EMAIL: "ada@example.com",
      GIT_COMMITTER_NAME: "Ada",
      GIT_COMMITTER_EMAIL: "ada@example.com",
    },
  }).trim();
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
    expect(r.out).toMatch(/^## 1\.1\.0/);
    expect(r.out.indexOf("### ⚠ BREAKING CHANGES")).toBeLessThan(r.out.indexOf("### Features"));
    expect(r.out).toContain("* XML responses are gone.");
    expect(r.out).toMatch(/\* \*\*api:\*\* add the orders endpoint [0-9a-f]{7} · CR #5/);
    expect(r.out).toContain("no crash on \\| pipes and &lt;tags&gt;");
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
