/**
 * GitHub Enterprise Server: the whole pipeline — freeze check, gate, release, review — run as a
 * runner runs the bundles against a sandbox that checks every REST request against the
 * description of a GHES release (@octokit/openapi ships one per supported release). A route,
 * parameter or body field that release lacks is a violation and fails the test, so the actions
 * use nothing the oldest and the newest supported GHES lack. (GraphQL is checked against
 * github.com's schema: no GHES schema is published as a package.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ghesReleases } from "../packages/sandbox/src/openapi";
import { startSandbox } from "../packages/sandbox/src/server";
import { NOW, RUN_ID, world } from "./change-gate.fixture";
import { type RunResult, runAction } from "./harness";

const releases = ghesReleases();
const tested = [...new Set([releases[0], releases.at(-1)])].filter((r) => r !== undefined);
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function ok(step: string, result: RunResult) {
  expect(result.stdout + result.stderr, `${step} should succeed`).not.toMatch(/::error/);
  expect(result.exitCode, step).toBe(0);
}

describe.each(tested)("on GitHub Enterprise Server (%s)", (release) => {
  it("runs every action of the pipeline with nothing that release lacks", async () => {
    const sb = await startSandbox(world(), { description: release });
    try {
      const workspace = mkdtempSync(join(tmpdir(), "gatehouse-ghes-"));
      dirs.push(workspace);
      mkdirSync(join(workspace, "dist"));
      writeFileSync(join(workspace, "dist", "shop.tar.gz"), "the build");
      const run = (name: string, inputs: Record<string, string>) =>
        runAction(name, {
          sandbox: sb,
          repository: "acme/shop",
          runId: RUN_ID,
          workspace,
          inputs,
          env: { GATEHOUSE_NOW: NOW },
        });

      const freeze = await run("freeze-window", { environment: "production" });
      ok("freeze-window", freeze);
      const gate = await run("change-gate", { environment: "production" });
      ok("change-gate", gate);
      expect(gate.outputs.decision).toBe("allow");
      const bundle = await run("release-bundle", {
        files: "dist/*",
        environment: "production",
        "change-requests": gate.outputs["change-requests"] ?? "",
      });
      ok("release-bundle", bundle);
      const review = await run("post-implementation-review", {
        environment: "production",
        outcome: "success",
        "change-requests": gate.outputs["change-requests"] ?? "",
        "release-tag": bundle.outputs.tag ?? "",
      });
      ok("post-implementation-review", review);

      expect(sb.violations).toEqual([]);
      const routes = new Set(sb.requests.map((r) => `${r.method} ${r.route}`));
      // what was exercised, so a silent skip cannot pass for compatibility
      expect(routes).toContain("POST /repos/{owner}/{repo}/releases/{release_id}/assets");
      expect(routes).toContain("POST /repos/{owner}/{repo}/issues");
      expect(routes).toContain("POST graphql");
    } finally {
      await sb.close();
    }
  });
});
