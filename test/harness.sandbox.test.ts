import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/index";
import { installProbe } from "./fixtures/probe";
import { runActionBundle } from "./harness";

// The probe fixture against the real sandbox, with the harness's defaults taken from its state.
const dir = mkdtempSync(join(tmpdir(), "gatehouse-harness-sandbox-"));
let sb: Sandbox;

beforeAll(async () => {
  await installProbe(join(dir, "probe"));
  sb = await startSandbox(
    [
      'now: "2026-03-29T00:30:00Z"',
      "repos:",
      "  - repo: acme/shop",
      "    defaultBranch: trunk",
      "    commits: [{ message: 'feat: first' }, { message: 'fix: second' }]",
      "  - repo: acme/other",
    ].join("\n"),
  );
});

afterAll(async () => {
  await sb?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the harness against the sandbox", () => {
  it("runs as the sandbox's first repository at the head of its default branch, at the sandbox's time", async () => {
    const head = sb.state.repos[0]!.refs.get("refs/heads/trunk");
    expect(head).toMatch(/^[0-9a-f]{40}$/);
    const result = await runActionBundle(join(dir, "probe", "dist", "index.js"), { sandbox: sb });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.repository).toBe("acme/shop");
    expect(JSON.parse(result.outputs.env!)).toMatchObject({
      GITHUB_SHA: head,
      GITHUB_REF: "refs/heads/trunk",
    });
    expect(result.outputs["github-date"]).toBe("Sun, 29 Mar 2026 00:30:00 GMT");
    expect(sb.requestCount({ route: "/repos/{owner}/{repo}" })).toBe(1);
    expect(sb.violations).toEqual([]);
  });

  it("lets the test choose the repository, commit and time", async () => {
    sb.setNow("2026-12-31T23:00:00Z");
    const result = await runActionBundle(join(dir, "probe", "dist", "index.js"), {
      sandbox: sb,
      repository: "acme/other",
      sha: "c".repeat(40),
    });
    expect(result.outputs.repository).toBe("acme/other");
    expect(JSON.parse(result.outputs.env!).GITHUB_SHA).toBe("c".repeat(40));
    expect(result.outputs["github-date"]).toBe("Thu, 31 Dec 2026 23:00:00 GMT");
  });
});
