/**
 * Every action with 100 ms added to every request, as over a slow link to GitHub: the wall time
 * of one run and the sequential round trips on its critical path (requests in flight together
 * count once). Reported, not budgeted: the round-trip budgets are on the scenarios they belong to.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunBundleOptions } from "../../packages/sandbox/src/runner";
import { defaultsFromState } from "../../packages/sandbox/src/runner";
import { changeGateScenario } from "./change-gate";
import { apiFigures, type BenchScenario, requireBundle } from "./framework";
import { reviewChangeRequests, reviewScenarioYaml } from "./post-implementation-review";
import { releaseScenarioYaml } from "./release-bundle";

const LATENCY_MS = 100;
const RUN_ID = 4711;

function latencyBench(
  action: string,
  what: string,
  setup: (dir: string) => {
    scenario: Parameters<Parameters<BenchScenario["run"]>[0]["sandbox"]>[0];
    options: (
      state: Awaited<ReturnType<Parameters<BenchScenario["run"]>[0]["sandbox"]>>["state"],
    ) => Omit<RunBundleOptions, "sandbox">;
  },
): BenchScenario {
  return {
    name: `${action}, ${what}, ${LATENCY_MS} ms a request`,
    budget: {},
    async run(ctx) {
      requireBundle(ctx, action);
      const dir = mkdtempSync(join(tmpdir(), "bench-latency-"));
      try {
        const { scenario, options } = setup(dir);
        const sb = await ctx.sandbox(scenario);
        sb.latencyMs = LATENCY_MS;
        sb.resetRequests();
        const t0 = performance.now();
        const result = await ctx.runAction(action, { ...options(sb.state), sandbox: sb, timeoutMs: 600_000 });
        const ms = performance.now() - t0;
        if (result.exitCode !== 0 && action !== "change-gate")
          throw new Error(`the action failed: ${result.stdout.trim().split("\n").pop()}`);
        const f = apiFigures(sb.requests);
        return {
          ...f,
          samplesMs: [ms],
          note: `wall time of one run with ${LATENCY_MS} ms on each request; the floor is round trips × ${LATENCY_MS} ms`,
        };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export const latencyBenches: BenchScenario[] = [
  latencyBench("change-gate", "100 PRs linking 20 CRs", () => ({
    scenario: changeGateScenario(),
    options: (state) => ({
      repository: "acme/shop",
      sha: defaultsFromState(state).sha,
      runId: RUN_ID,
      inputs: { environment: "production" },
    }),
  })),
  latencyBench("release-bundle", "1,000 commits / 300 PRs / 5 assets", (dir) => {
    mkdirSync(join(dir, "dist"));
    for (let i = 0; i < 5; i++)
      writeFileSync(join(dir, "dist", `shop-${i}.tar.gz`), `artefact ${i}\n`.repeat(1000));
    return {
      scenario: releaseScenarioYaml(),
      options: (state) => ({
        repository: "acme/shop",
        sha: state.repos[0]!.refs.get("refs/heads/main"),
        runId: RUN_ID,
        workspace: dir,
        inputs: { files: "dist/*.tar.gz", environment: "production" },
      }),
    };
  }),
  latencyBench("post-implementation-review", "20 CRs", () => ({
    scenario: reviewScenarioYaml(),
    options: () => ({
      repository: "acme/shop",
      runId: 777,
      inputs: {
        environment: "production",
        outcome: "success",
        "change-requests": reviewChangeRequests(),
        "release-tag": "v2.0.0",
        "started-at": "2026-11-23T14:40:00Z",
        "close-change-requests": "on-success",
      },
    }),
  })),
];
