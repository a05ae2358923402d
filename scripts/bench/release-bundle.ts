/**
 * release-bundle benchmarks:
 * - 1,000 commits / 300 pull requests / 5 assets: API requests of a full release (≤ 30);
 * - one 2 GiB asset: peak memory of the action process while it hashes and uploads it (≤ 150 MB);
 * - `gatehouse notes` on a synthetic local history of 100,000 commits (≤ 3 s, ≤ 200 MB).
 */
import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtCli } from "./cli";
import { apiFigures, type BenchScenario, requireBundle, SkipScenario } from "./framework";
import { createSyntheticHistory, syntheticMessage } from "./release-bundle-history";

const RUN_ID = 4711;
const NOW = "2026-11-23T15:00:00Z";

/** acme/shop: v1.0.0, then `commits` commits of which `pulls` arrive as squash-merged pull requests. */
export function releaseScenarioYaml(commits = 1000, pulls = 300): string {
  const direct = commits - pulls;
  const day = (i: number) => new Date(Date.parse("2026-06-01T00:00:00Z") + i * 600_000).toISOString();
  const lines: string[] = [];
  for (let i = 0; i < direct; i++) {
    lines.push(
      `      - { message: ${JSON.stringify(syntheticMessage(i + 1))}, author: dev${i % 7}, date: "${day(i * 2)}" }`,
    );
  }
  const prs: string[] = [];
  for (let i = 0; i < pulls; i++) {
    prs.push(
      `      - { number: ${i + 10}, title: ${JSON.stringify(`${i % 3 === 0 ? "feat" : "fix"}(web): change ${i}`)}, author: dev${i % 7}, body: "Change-Request: #${(i % 5) + 1}", merged: true, mergedAt: "${day(i * 2 + 1)}" }`,
    );
  }
  return `
now: "${NOW}"
users: [dev0, dev1, dev2, dev3, dev4, dev5, dev6, approver]
repos:
  - repo: acme/shop
    environments: [production]
    commits:
      - { message: "chore(release): 1.0.0", author: dev0, date: "2026-05-01T00:00:00Z" }
${lines.join("\n")}
    tags: { v1.0.0: "chore(release): 1.0.0" }
    releases:
      - { tag: v1.0.0, target: "chore(release): 1.0.0", publishedAt: "2026-05-01T00:10:00Z" }
    pulls:
${prs.join("\n")}
    runs:
      - id: ${RUN_ID}
        approvals:
          - { user: approver, comment: "Ship it", environments: [production] }
`;
}

function workspaceWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "bench-release-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, "dist"), { recursive: true });
    writeFileSync(join(dir, "dist", name), text);
  }
  return dir;
}

export const releaseBundleRequestsBench: BenchScenario = {
  name: "release-bundle, 1,000 commits / 300 PRs / 5 assets",
  budget: { requests: 30, roundTrips: 10 },
  async run(ctx) {
    requireBundle(ctx, "release-bundle");
    const sb = await ctx.sandbox(releaseScenarioYaml());
    // A network's delay, so requests sent together overlap however fast the sandbox answers.
    sb.latencyMs = 20;
    const ws = workspaceWith(
      Object.fromEntries(
        Array.from({ length: 5 }, (_, i) => [`shop-${i}.tar.gz`, `artefact ${i}\n`.repeat(1000)]),
      ),
    );
    try {
      sb.resetRequests();
      const t0 = performance.now();
      const result = await ctx.runAction("release-bundle", {
        sandbox: sb,
        repository: "acme/shop",
        sha: sb.state.repos[0]!.refs.get("refs/heads/main"),
        runId: RUN_ID,
        workspace: ws,
        inputs: { files: "dist/*.tar.gz", environment: "production" },
      });
      const ms = performance.now() - t0;
      if (result.exitCode !== 0)
        throw new Error(`the action failed: ${result.stdout.trim().split("\n").pop()}`);
      const figures = apiFigures(sb.requests);
      const byKind = new Map<string, number>();
      for (const r of sb.requests) {
        const k =
          r.route === "graphql"
            ? "graphql"
            : `${r.method} ${r.route.split("/").slice(4).join("/") || "repo"}`;
        byKind.set(k, (byKind.get(k) ?? 0) + 1);
      }
      sb.resetRequests();
      const again = await ctx.runAction("release-bundle", {
        sandbox: sb,
        repository: "acme/shop",
        sha: sb.state.repos[0]!.refs.get("refs/heads/main"),
        runId: RUN_ID,
        workspace: ws,
        inputs: { files: "dist/*.tar.gz", environment: "production" },
      });
      if (again.exitCode !== 0) throw new Error("the re-run failed");
      const rerunWrites = sb.requests.filter((r) => r.method !== "GET" && r.route !== "graphql").length;
      return {
        ...figures,
        samplesMs: [ms],
        note: `version ${result.outputs.version}; ${[...byKind].map(([k, n]) => `${n}× ${k}`).join(", ")}; re-run: ${sb.requests.length} requests, ${rerunWrites} writes`,
      };
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  },
};

const TWO_GIB = 2 * 1024 ** 3 - 1; // the largest asset GitHub accepts

export const releaseBundleMemoryBench: BenchScenario = {
  name: "release-bundle, one 2 GiB asset",
  budget: { mb: 150 },
  async run(ctx) {
    requireBundle(ctx, "release-bundle");
    const sb = await ctx.sandbox(releaseScenarioYaml(20, 5));
    const ws = mkdtempSync(join(tmpdir(), "bench-release-2g-"));
    try {
      mkdirSync(join(ws, "dist"));
      const file = join(ws, "dist", "huge.bin");
      writeFileSync(file, "");
      truncateSync(file, TWO_GIB); // sparse: created instantly, no disk used
      const t0 = performance.now();
      const result = await ctx.runAction("release-bundle", {
        sandbox: sb,
        repository: "acme/shop",
        sha: sb.state.repos[0]!.refs.get("refs/heads/main"),
        runId: RUN_ID,
        workspace: ws,
        inputs: { files: "dist/huge.bin" },
        measureMemory: true,
        timeoutMs: 600_000,
      });
      const ms = performance.now() - t0;
      if (result.exitCode !== 0)
        throw new Error(`the action failed: ${result.stdout.trim().split("\n").pop()}`);
      const asset = sb.state.repos[0]!.releases.flatMap((r) => r.assets).find((a) => a.name === "huge.bin");
      if (asset?.size !== TWO_GIB) throw new Error("the 2 GiB asset did not arrive whole");
      return {
        peakMb: result.peakMb,
        samplesMs: [ms],
        note: `hashed and uploaded ${TWO_GIB} bytes in ${(ms / 1000).toFixed(1)} s, digest verified`,
      };
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  },
};

const HISTORY_COMMITS = 100_000;

/** Wall time and peak RSS (/usr/bin/time) of one `gatehouse notes` process. */
function timeNotes(
  root: string,
  dir: string,
  bin: string,
): Promise<{ ms: number; mb: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    if (!existsSync("/usr/bin/time"))
      return reject(new SkipScenario("/usr/bin/time is needed to measure memory"));
    const memory = join(dir, "..", `notes-rss-${process.pid}`);
    const t0 = performance.now();
    const child = spawn(
      "/usr/bin/time",
      [
        "-f",
        "%M",
        "-o",
        memory,
        process.execPath,
        bin,
        "notes",
        "--from",
        "from",
        "--to",
        "main",
        "--repo",
        dir,
        "--json",
      ],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
    );
    let bytes = 0;
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      bytes += d.length;
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) return reject(new Error(`gatehouse notes failed: ${stderr.trim().split("\n").pop()}`));
      const kb = Number.parseInt(readFileSync(memory, "utf8").trim().split("\n").pop() ?? "", 10);
      rmSync(memory, { force: true });
      resolve({ ms, mb: kb / 1024, bytes });
    });
  });
}

export const notesHistoryBench: BenchScenario = {
  name: "gatehouse notes, 100,000 commits (local git)",
  budget: { ms: 3000, mb: 200 },
  async run(ctx) {
    const base = join(ctx.root, ".bench");
    mkdirSync(base, { recursive: true });
    const dir = join(base, `history-${HISTORY_COMMITS}`);
    if (
      !existsSync(join(dir, ".git", "refs", "tags", "from")) &&
      !existsSync(join(dir, ".git", "packed-refs"))
    ) {
      rmSync(dir, { recursive: true, force: true });
      const t0 = performance.now();
      await createSyntheticHistory(dir, HISTORY_COMMITS + 1);
      ctx.log(
        `synthetic history of ${HISTORY_COMMITS} commits written in ${Math.round(performance.now() - t0)} ms`,
      );
    }
    const samples: number[] = [];
    let peak = 0;
    let bytes = 0;
    const runs = Math.min(ctx.runs, 5);
    for (let i = 0; i < runs; i++) {
      const r = await timeNotes(ctx.root, dir, await builtCli(ctx.root));
      samples.push(r.ms);
      peak = Math.max(peak, r.mb);
      bytes = r.bytes;
    }
    return {
      samplesMs: samples,
      peakMb: peak,
      note: `whole CLI process (the built packages/cli/dist/gatehouse.mjs, start-up included), ${(bytes / 1e6).toFixed(1)} MB of JSON out; history kept in .bench/`,
    };
  },
};
