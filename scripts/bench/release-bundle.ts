/**
 * release-bundle benchmarks:
 * - 1,000 commits / 300 pull requests / 5 assets: API requests of a full release (≤ 30);
 * - one 2 GiB asset: peak memory of the action process while it hashes and uploads it (≤ 150 MB);
 * - `gatehouse notes` (the built CLI) on a synthetic local history of 100,000 commits, side by
 *   side with conventional-changelog's CLI: ≤ 0.35× its time and memory.
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
import {
  apiFigures,
  type BenchScenario,
  median,
  requestsByKind,
  requireBundle,
  SkipScenario,
} from "./framework";
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
    # A repository that uses Gatehouse has its policy (without one, the action confirms the file's
    # absence with one more query before it reads anything else).
    files: { .github/gatehouse.yml: "version: 1" }
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
    // A network's delay, so requests sent together overlap however fast the sandbox answers: long
    // enough to cover how far apart a busy machine lets the action send requests it sends together
    // (up to ~100 ms measured at a load of 10 on 2 CPUs), else the sandbox, answering one request
    // at a time, sees them one after the other.
    sb.latencyMs = 200;
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
      const kinds = requestsByKind(sb.requests);
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
        note: `version ${result.outputs.version}; ${kinds}; re-run: ${sb.requests.length} requests, ${rerunWrites} writes`,
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

/** Wall time, peak RSS (/usr/bin/time) and output size of one process. */
function timeProcess(
  label: string,
  argv: string[],
  opts: { cwd: string; dir: string },
): Promise<{ ms: number; mb: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    if (!existsSync("/usr/bin/time"))
      return reject(new SkipScenario("/usr/bin/time is needed to measure memory"));
    const memory = join(opts.dir, "..", `notes-rss-${process.pid}`);
    const t0 = performance.now();
    const child = spawn("/usr/bin/time", ["-f", "%M", "-o", memory, process.execPath, ...argv], {
      cwd: opts.cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
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
      if (code !== 0) return reject(new Error(`${label} failed: ${stderr.trim().split("\n").pop()}`));
      const kb = Number.parseInt(readFileSync(memory, "utf8").trim().split("\n").pop() ?? "", 10);
      rmSync(memory, { force: true });
      resolve({ ms, mb: kb / 1024, bytes });
    });
  });
}

/** `gatehouse notes` (the built CLI, as users run it) on the history: the Markdown a CHANGELOG.md gets. */
function timeNotes(root: string, dir: string, bin: string) {
  const argv = [bin, "notes", "--from", "from", "--to", "main", "--repo", dir, "--version", "2.0.0"];
  return timeProcess("gatehouse notes", argv, { cwd: root, dir });
}

/**
 * The reference: conventional-changelog's own CLI with the same preset on the same range,
 * writing the same Markdown to stdout (it reads the version from a package.json).
 */
function timeConventionalChangelog(root: string, dir: string) {
  const cli = join(root, "node_modules/conventional-changelog/dist/cli/index.js");
  if (!existsSync(cli)) throw new SkipScenario("conventional-changelog is not installed (pnpm install)");
  const argv = [
    cli,
    "-p",
    "conventionalcommits",
    "--from",
    "from",
    "--to",
    "main",
    "--stdout",
    "-k",
    join(root, "package.json"),
  ];
  return timeProcess("conventional-changelog", argv, { cwd: dir, dir });
}

/** `gatehouse notes` against conventional-changelog on a synthetic history of `commits` commits. */
function notesBench(commits: number, limit: number, pairs: number): BenchScenario {
  return {
    name: `gatehouse notes, ${commits.toLocaleString("en-US")} commits (local git)`,
    // engineering.md: against the conventional-changelog CLI's time and memory, same run
    budget: { ratio: limit, mbRatio: limit },
    async run(ctx) {
      const base = join(ctx.root, ".bench");
      mkdirSync(base, { recursive: true });
      const dir = join(base, `history-${commits}`);
      if (
        !existsSync(join(dir, ".git", "refs", "tags", "from")) &&
        !existsSync(join(dir, ".git", "packed-refs"))
      ) {
        rmSync(dir, { recursive: true, force: true });
        const t0 = performance.now();
        await createSyntheticHistory(dir, commits + 1);
        ctx.log(
          `synthetic history of ${commits} commits written in ${Math.round(performance.now() - t0)} ms`,
        );
      }
      const samples: number[] = [];
      const reference: number[] = [];
      let peak = 0;
      let referencePeak = 0;
      let bytes = 0;
      let referenceBytes = 0;
      for (let i = 0; i < Math.min(ctx.runs, pairs); i++) {
        const ours = await timeNotes(ctx.root, dir, await builtCli(ctx.root));
        const theirs = await timeConventionalChangelog(ctx.root, dir);
        samples.push(ours.ms);
        reference.push(theirs.ms);
        peak = Math.max(peak, ours.mb);
        referencePeak = Math.max(referencePeak, theirs.mb);
        bytes = ours.bytes;
        referenceBytes = theirs.bytes;
        ctx.log(
          `pair ${i + 1}: gatehouse ${Math.round(ours.ms)} ms ${ours.mb.toFixed(0)} MB, conventional-changelog ${Math.round(theirs.ms)} ms ${theirs.mb.toFixed(0)} MB`,
        );
      }
      return {
        samplesMs: samples,
        referenceMs: reference,
        peakMb: peak,
        referencePeakMb: referencePeak,
        note: `whole CLI processes (packages/cli/dist/gatehouse.mjs, start-up included) writing the Markdown, ${(bytes / 1e6).toFixed(2)} MB against conventional-changelog's ${(referenceBytes / 1e6).toFixed(2)} MB (its median ${Math.round(median(reference))} ms, peak ${referencePeak.toFixed(0)} MB); history kept in .bench/`,
      };
    },
  };
}

// the reference takes about half a minute a run at 100,000 commits: three pairs (small ranges:
// notesSmallRangeBench in cli.ts)
export const notesHistoryBench = notesBench(HISTORY_COMMITS, 0.35, 3);
