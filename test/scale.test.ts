/**
 * The scale scenarios of `pnpm bench` (scripts/bench/scale.ts), smaller: the built bundles are
 * right at sizes past every page GitHub answers, and read everything or fail closed.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/server";
import { largeRangeScenario, largeReleaseScenario } from "../scripts/bench/scale";
import { runAction } from "./harness";

const sandboxes: Sandbox[] = [];
afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
});

async function gate(scenario: Parameters<typeof startSandbox>[0]) {
  const sb = await startSandbox(scenario);
  sandboxes.push(sb);
  const sha = sb.state.repos[0]!.refs.get("refs/heads/main")!;
  const result = await runAction("change-gate", {
    sandbox: sb,
    repository: "acme/shop",
    sha,
    runId: 4711,
    inputs: { environment: "production" },
    timeoutMs: 120_000,
  });
  const points = sb.requests.reduce((n, r) => n + (r.cost ?? 0), 0);
  return { sb, sha, result, points, outputs: result.outputs };
}

describe("change-gate at scale", () => {
  it("allows 600 commits / 200 pull requests / 40 change requests after reading them all, within GitHub's limits", async () => {
    const { sb, sha, outputs, points } = await gate(
      largeRangeScenario({ commits: 600, pulls: 200, crs: 40 }),
    );
    expect(outputs.decision).toBe("allow");
    expect(JSON.parse(outputs["pull-requests"]!)).toHaveLength(200);
    expect(JSON.parse(outputs["change-requests"]!)).toHaveLength(40);
    expect(outputs["head-sha"]).toBe(sha);
    expect(sb.violations).toEqual([]);
    expect(points).toBeLessThanOrEqual(20);
  });

  it("blocks on the oldest commit of a range longer than GitHub's first answer", async () => {
    const scenario = largeRangeScenario({ commits: 400, pulls: 0, crs: 5 });
    const commits = scenario.repos![0]!.commits!;
    commits[1] = { ...commits[1]!, message: "fix: the oldest, linking nothing" };
    commits[2] = { ...commits[2]!, parents: ["fix: the oldest, linking nothing"] };
    const { outputs } = await gate(scenario);
    expect(outputs.decision).toBe("block");
    expect(outputs.reasons).toMatch(/'fix: the oldest, linking nothing' was pushed without a pull request/);
  });

  it("finds a sensitive path GitHub's comparison no longer lists (more than 300 files), from the pull requests", async () => {
    const scenario = largeRangeScenario({ commits: 640, pulls: 320, crs: 10 });
    const pulls = scenario.repos![0]!.pulls!;
    pulls[pulls.length - 1] = {
      ...pulls.at(-1)!,
      files: [{ path: "infra/main.tf", additions: 1, deletions: 1 }],
    };
    const { outputs } = await gate(scenario);
    // infra/** is sensitive: high risk wants two approvers, each change request has one.
    expect(outputs.risk).toBe("high");
    expect(outputs.decision).toBe("block");
  });

  it("blocks naming the limit when the files of a long range cannot all be read", async () => {
    // 320 direct pushes change 320 files: more than GitHub lists, more direct pushes than are read.
    const { outputs } = await gate(largeRangeScenario({ commits: 320, pulls: 0, crs: 10, directFiles: 320 }));
    expect(outputs.decision).toBe("block");
    expect(outputs.reasons).toMatch(/changes more than 300 files .* at most 100 direct pushes/);
  });
});

describe("release-bundle at scale", () => {
  it("versions from every commit since the previous release, found among 400 tags", async () => {
    const sb = await startSandbox(largeReleaseScenario(450, 0));
    sandboxes.push(sb);
    const ws = mkdtempSync(join(tmpdir(), "scale-release-"));
    try {
      const result = await runAction("release-bundle", {
        sandbox: sb,
        repository: "acme/shop",
        sha: sb.state.repos[0]!.refs.get("refs/heads/main"),
        runId: 4711,
        workspace: ws,
        inputs: {},
        env: { RUNNER_TEMP: ws },
        timeoutMs: 120_000,
      });
      expect(result.exitCode).toBe(0);
      // The breaking change is the oldest of 450 commits since v4.49.0, four pages back.
      expect(result.outputs.version).toBe("5.0.0");
      const manifest = JSON.parse(readFileSync(result.outputs.manifest!, "utf8"));
      expect(manifest.previousTag).toBe("v4.49.0");
      expect(manifest.notes.commits).toBe(450);
      expect(sb.violations).toEqual([]);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
