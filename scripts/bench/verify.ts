/**
 * verify-release (gatehouse verify), a release of 50 artefacts and 40 change requests: the release
 * is made by the built change-gate and release-bundle bundles (40 pull requests, each linking its
 * own change request, approved by carol; dave approved the production environment), then verified
 * by the verify-release bundle with every local copy hashed too (`assets`), one of them 64 MiB —
 * requests, sequential round trips, GraphQL points and the peak memory of the verifying process.
 */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { changeRequest, pull, RUN_ID, world } from "../../test/change-gate.fixture";
import { apiFigures, type BenchScenario, requestsByKind, requireBundle } from "./framework";

const CRS = 40;
const ARTEFACTS = 50;
const BIG = 64 * 1024 ** 2;

export function verifyScenario() {
  const sc = world({
    crs: Array.from({ length: CRS }, (_, i) => changeRequest(i + 1)),
    pulls: Array.from({ length: CRS }, (_, i) =>
      pull(CRS + i + 1, `feat: feature ${i + 1}`, `Feature ${i + 1}.\n\nChange-Request: #${i + 1}`),
    ),
  });
  const repo = sc.repos![0]!;
  repo.environments = [{ name: "production", reviewers: ["dave"], preventSelfReview: true }];
  repo.runs = [
    {
      id: RUN_ID,
      actor: "bob",
      approvals: [
        {
          user: "dave",
          state: "approved",
          comment: "Go",
          environments: ["production"],
          at: "2026-03-02T11:30:00Z",
        },
      ],
    },
  ];
  return sc;
}

export const verifyBench: BenchScenario = {
  name: `verify-release, ${ARTEFACTS} artefacts and ${CRS} CRs`,
  budget: { requests: 16, roundTrips: 8, points: 10, mb: 150 },
  async run(ctx) {
    for (const action of ["change-gate", "release-bundle", "verify-release"]) requireBundle(ctx, action);
    const sb = await ctx.sandbox(verifyScenario());
    const ws = mkdtempSync(join(tmpdir(), "bench-verify-"));
    try {
      mkdirSync(join(ws, "dist"));
      for (let i = 1; i < ARTEFACTS; i++)
        writeFileSync(join(ws, "dist", `shop-${i}.tar.gz`), `artefact ${i}\n`.repeat(100 * i));
      const big = join(ws, "dist", "shop-big.bin");
      writeFileSync(big, "");
      truncateSync(big, BIG); // sparse: created at once
      const run = {
        sandbox: sb,
        repository: "acme/shop",
        sha: sb.state.repos[0]!.refs.get("refs/heads/main"),
        runId: RUN_ID,
        workspace: ws,
      };
      const gate = await ctx.runAction("change-gate", { ...run, inputs: { environment: "production" } });
      if (gate.outputs.decision !== "allow")
        throw new Error(`change-gate did not allow: ${gate.outputs.reasons}`);
      const bundle = await ctx.runAction("release-bundle", {
        ...run,
        inputs: {
          version: "1.1.0",
          files: "dist/*",
          environment: "production",
          "change-requests": gate.outputs["change-requests"]!,
          range: `${gate.outputs["base-sha"]}...${gate.outputs["head-sha"]}`,
        },
        timeoutMs: 300_000,
      });
      if (bundle.exitCode !== 0)
        throw new Error(`release-bundle failed: ${bundle.stdout.trim().split("\n").pop()}`);

      sb.latencyMs = 20;
      sb.resetRequests();
      const t0 = performance.now();
      const result = await ctx.runAction("verify-release", {
        ...run,
        inputs: { tag: "v1.1.0", assets: "dist" },
        measureMemory: true,
        timeoutMs: 300_000,
      });
      const ms = performance.now() - t0;
      if (result.outputs.verdict !== "verified")
        throw new Error(`verify-release did not verify: ${result.stdout.trim().split("\n").pop()}`);
      const figures = apiFigures(sb.requests);
      const kinds = requestsByKind(sb.requests);
      const largest = Math.max(...sb.requests.map((r) => r.nodeCount ?? 0));
      return {
        ...figures,
        peakMb: result.peakMb,
        samplesMs: [ms],
        note: `${kinds}; largest query ${largest.toLocaleString("en-US")} nodes; ${ARTEFACTS} local copies hashed (${BIG / 1024 ** 2} MiB the largest), ${Math.round(ms)} ms`,
      };
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  },
};
