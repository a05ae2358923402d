/**
 * The built `gatehouse` command (what `pnpm gatehouse` runs): bundled by scripts/lib/cli.ts, run
 * with plain `node` — no TypeScript loader — from another folder, as a user runs it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./lib/actions";
import { bundleCli, cliBundle } from "./lib/cli";

const dir = mkdtempSync(join(tmpdir(), "gatehouse-cli-"));
beforeAll(async () => {
  await bundleCli(repoRoot);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function gatehouse(args: string[], cwd = dir) {
  const result = spawnSync(process.execPath, [cliBundle(repoRoot), ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("the built gatehouse command", () => {
  it("answers a freeze question with plain node", () => {
    const policy = join(dir, "gatehouse.yml");
    writeFileSync(
      policy,
      'version: 1\nfreeze:\n  timezone: Europe/Berlin\n  windows:\n    - { name: Weekend, start: "0 18 * * FRI", end: "0 6 * * MON" }\n',
    );
    const frozen = gatehouse(["freeze", "--policy", policy, "--at", "2026-12-05T10:00:00Z", "--json"]);
    expect(frozen.err).toBe("");
    expect(JSON.parse(frozen.out)).toMatchObject({ frozen: true, window: "Weekend" });
    expect(frozen.code).toBe(1);
  });

  it("writes release notes from a local history", () => {
    const repo = join(dir, "repo");
    const git = (...args: string[]) =>
      spawnSync("git", ["-C", repo, ...args], {
        encoding: "utf8",
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: "Ada",
          GIT_AUTHOR_EMAIL: "ada@example.com",
          GIT_COMMITTER_NAME: "Ada",
          GIT_COMMITTER_EMAIL: "ada@example.com",
        },
      });
    spawnSync("git", ["init", "-q", "-b", "main", repo]);
    git("commit", "-q", "--allow-empty", "-m", "chore: start");
    git("tag", "v1.0.0");
    git("commit", "-q", "--allow-empty", "-m", "feat(api): export to CSV");
    git("commit", "-q", "--allow-empty", "-m", "fix: empty totals");
    const notes = gatehouse(["notes", "--from", "v1.0.0", "--to", "main", "--repo", repo, "--json"]);
    expect(notes.err).toBe("");
    const sections = JSON.parse(notes.out).sections as { title: string; entries: { subject: string }[] }[];
    expect(sections.map((s) => [s.title, s.entries.map((e) => e.subject)])).toEqual([
      ["Features", ["export to CSV"]],
      ["Bug Fixes", ["empty totals"]],
    ]);
  });

  it("says what is wrong with a usage error", () => {
    const result = gatehouse(["freeze", "--bogus"]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^gatehouse freeze: .*bogus/);
  });
});
