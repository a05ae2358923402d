import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { actionYmlProblems, distChanges, smokeRun } from "./check-dist";

const root = mkdtempSync(join(tmpdir(), "gatehouse-smoke-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function bundle(name: string, code: string): string {
  const dir = join(root, name, "dist");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), '{"type":"module"}');
  writeFileSync(join(dir, "index.js"), code);
  return join(dir, "index.js");
}

describe("smokeRun", () => {
  it("accepts a bundle that fails with a clean one-line error", async () => {
    const result = await smokeRun(
      bundle(
        "clean",
        'console.log("::error::Input required and not supplied: environment"); process.exitCode = 1;',
      ),
    );
    expect(result).toEqual({
      ok: true,
      exitCode: 1,
      message: "::error::Input required and not supplied: environment",
    });
  });

  it("refuses a bundle that needs node_modules", async () => {
    const result = await smokeRun(bundle("unresolved", 'import "left-pad"; console.log("hi");'));
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^module resolution error/);
  });

  it("refuses a bundle that crashes with a stack trace", async () => {
    const result = await smokeRun(bundle("crash", 'throw new Error("GITHUB_REPOSITORY is undefined");'));
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^printed a stack trace/);
  });

  it("refuses a bundle that succeeds without any context", async () => {
    const result = await smokeRun(bundle("succeeds", 'console.log("all good");'));
    expect(result).toMatchObject({ ok: false, exitCode: 0 });
  });

  it("refuses a bundle that hangs", async () => {
    const result = await smokeRun(bundle("hangs", "setInterval(() => {}, 1000);"), 300);
    expect(result).toMatchObject({ ok: false, message: "still running after 300 ms" });
  });
});

describe("distChanges", () => {
  it("lists modified, deleted and untracked files under actions/*/dist, and nothing else", () => {
    const repo = join(root, "repo");
    const git = (...args: string[]) => {
      const r = spawnSync("git", args, { cwd: repo, encoding: "utf8" });
      if (r.status !== 0) throw new Error(r.stderr);
    };
    mkdirSync(join(repo, "actions", "gate", "dist"), { recursive: true });
    mkdirSync(join(repo, "actions", "gate", "src"), { recursive: true });
    writeFileSync(join(repo, "actions", "gate", "dist", "index.js"), "one");
    writeFileSync(join(repo, "actions", "gate", "dist", "old.js"), "old");
    writeFileSync(join(repo, "actions", "gate", "src", "index.ts"), "src");
    git("init", "-q");
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "init");
    expect(distChanges(repo)).toEqual([]);

    writeFileSync(join(repo, "actions", "gate", "dist", "index.js"), "two");
    rmSync(join(repo, "actions", "gate", "dist", "old.js"));
    writeFileSync(join(repo, "actions", "gate", "dist", "chunk.js"), "new");
    writeFileSync(join(repo, "actions", "gate", "src", "index.ts"), "edited source");
    expect(distChanges(repo)).toEqual([
      " M actions/gate/dist/index.js",
      " D actions/gate/dist/old.js",
      "?? actions/gate/dist/chunk.js",
    ]);
  });
});

describe("actionYmlProblems", () => {
  it("accepts a node24 action that runs dist/index.js", () => {
    const dir = join(root, "yml-ok");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "action.yml"), "name: x\nruns:\n  using: node24\n  main: dist/index.js\n");
    expect(actionYmlProblems(dir)).toEqual([]);
  });

  it("refuses YAML the runner cannot load, such as a plain scalar with ': ' in it", () => {
    const dir = join(root, "yml-bad");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "action.yml"),
      "inputs:\n  token:\n    description: Token with `issues: write`\nruns:\n  using: node24\n  main: dist/index.js\n",
    );
    expect(actionYmlProblems(dir)).toEqual([expect.stringMatching(/^action\.yml is not valid YAML: /)]);
  });

  it("names the wrong runtime or entry point", () => {
    const dir = join(root, "yml-node20");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "action.yml"), "runs:\n  using: node20\n  main: lib/main.js\n");
    expect(actionYmlProblems(dir)).toEqual([
      "action.yml: runs.using must be node24 (is node20)",
      "action.yml: runs.main must be dist/index.js (is lib/main.js)",
    ]);
  });
});

describe("smokeRun messages", () => {
  it("reports the ::error line, not a debug line before it", async () => {
    const result = await smokeRun(
      bundle(
        "debug-first",
        'console.log("::debug::Error: boom%0A    at x (file.js:1:2)"); console.log("::error::GITHUB_REPOSITORY is not set: run this inside a workflow"); process.exitCode = 1;',
      ),
    );
    expect(result).toEqual({
      ok: true,
      exitCode: 1,
      message: "::error::GITHUB_REPOSITORY is not set: run this inside a workflow",
    });
  });
});
