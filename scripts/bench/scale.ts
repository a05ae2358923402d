/**
 * The actions at the sizes of a large monorepo, inside GitHub's limits (issue #10):
 * - change-gate over 5,000 commits / 2,000 pull requests / 400 change requests: the right decision,
 *   no query GitHub would refuse, ≤ 150 GraphQL points (a workflow token has 1,000 an hour);
 * - change-gate over 25,000 commits: the right decision or a block naming the limit, never an
 *   allow over a commit it did not read;
 * - release-bundle over 20,000 commits since the last release, among 250 releases and 150 other
 *   tags: the right version (a breaking change 15,000 commits back makes a major), the right
 *   previous tag, notes and manifest that count every commit.
 * Smaller versions of each run in `pnpm test` (test/scale.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Scenario } from "../../packages/sandbox/src/scenario";
import { crBody, gatePolicy } from "./change-gate";
import { apiFigures, type BenchScenario, requireBundle, type Sandbox } from "./framework";

const RUN_ID = 4711;
const NOW = "2026-11-23T15:00:00Z";

/**
 * acme/shop with `crs` approved change requests, then since the last production deployment
 * `pulls` pull requests merged with merge commits (one or two commits each, plus the merge) and
 * `direct` direct pushes, `commits` commits in all, each change linking one change request.
 * Pull requests change files of their own; direct pushes share `directFiles` files.
 */
export function largeRangeScenario(opts: {
  commits: number;
  pulls: number;
  crs: number;
  direct?: number;
  directFiles?: number;
}): Scenario {
  const { commits, pulls, crs } = opts;
  const direct = opts.direct ?? (pulls === 0 ? commits : 0);
  const at = (i: number) => new Date(Date.parse("2026-11-01T12:00:00Z") + i * 60_000).toISOString();
  type Commits = NonNullable<NonNullable<Scenario["repos"]>[number]["commits"]>;
  const mainCommits: Commits = [];
  const prs: NonNullable<NonNullable<Scenario["repos"]>[number]["pulls"]> = [];
  // Commits left for pull requests beyond one commit and one merge each: spread as second commits.
  let extra = Math.max(commits - direct - 2 * pulls, 0);
  let tip = "chore: initial";
  let t = 0;
  const everyDirect = direct > 0 ? Math.max(Math.floor((pulls + direct) / direct), 1) : 0;
  let d = 0;
  for (let p = 0, step = 0; p < pulls || d < direct; step++) {
    if (d < direct && (p >= pulls || (everyDirect > 0 && step % everyDirect === 0))) {
      const message = `fix: direct ${d}\n\nChange-Request: #${(d % crs) + 1}`;
      mainCommits.push({
        message,
        author: `dev${d % 4}`,
        date: at(t++),
        parents: [tip],
        branch: "main",
        files: [`src/direct-${d % (opts.directFiles ?? 50)}.ts`],
      });
      tip = message;
      d++;
      continue;
    }
    const number = crs + 1 + p;
    const branch = `feature-${number}`;
    const own = extra > 0 ? 2 : 1;
    if (own === 2) extra--;
    let parent = tip;
    const names: string[] = [];
    for (let k = 0; k < own; k++) {
      const message = `feat: part ${number}.${k + 1}`;
      mainCommits.push({
        message,
        author: `dev${number % 4}`,
        date: at(t++),
        parents: [parent],
        branch,
        files: [`src/part-${number}.ts`],
      });
      names.push(message);
      parent = message;
    }
    const merge = `Merge pull request #${number}\n\nPart ${number}`;
    mainCommits.push({
      message: merge,
      author: "alice",
      date: at(t++),
      parents: [tip, parent],
      branch: "main",
      files: [`src/part-${number}.ts`],
    });
    tip = `Merge pull request #${number}`;
    prs.push({
      number,
      title: `feat: part ${number}`,
      body: `Change-Request: #${(p % crs) + 1}`,
      author: `dev${number % 4}`,
      merged: true,
      mergedAt: at(t - 1),
      commits: names,
      mergeCommit: tip,
      files: [{ path: `src/part-${number}.ts`, additions: 3, deletions: 1 }],
    });
    p++;
  }
  return {
    now: NOW,
    users: ["alice", "carol", "dave", "dev0", "dev1", "dev2", "dev3"],
    repos: [
      {
        repo: "acme/shop",
        labels: ["change-request", "change/approved"],
        environments: ["production"],
        files: { ".github/gatehouse.yml": gatePolicy },
        commits: [
          { message: "chore: initial", author: "alice", date: "2026-10-01T10:00:00Z", files: ["README.md"] },
          ...mainCommits,
        ],
        issues: Array.from({ length: crs }, (_, i) => ({
          number: i + 1,
          title: `Change ${i + 1}`,
          author: "alice",
          labels: ["change-request"],
          createdAt: "2026-10-20T09:00:00Z",
          body: crBody(i + 1),
          comments: [
            { author: i % 2 ? "carol" : "dave", body: "/approve", createdAt: "2026-10-22T10:00:00Z" },
          ],
        })),
        pulls: prs,
        deployments: [
          {
            environment: "production",
            sha: "chore: initial",
            createdAt: "2026-10-01T11:00:00Z",
            statuses: ["success"],
          },
        ],
        runs: [{ id: RUN_ID }],
      },
    ],
  };
}

/** Runs change-gate on the head of acme/shop and answers its outputs and what the sandbox saw. */
export async function gateAtScale(
  run: (
    opts: Parameters<Parameters<BenchScenario["run"]>[0]["runAction"]>[1],
  ) => ReturnType<Parameters<BenchScenario["run"]>[0]["runAction"]>,
  sb: Sandbox,
) {
  const sha = sb.state.repos[0]!.refs.get("refs/heads/main")!;
  // A network's delay, so requests sent together overlap however fast the sandbox answers.
  sb.latencyMs = 20;
  sb.resetRequests();
  const t0 = performance.now();
  const result = await run({
    sandbox: sb,
    repository: "acme/shop",
    sha,
    runId: RUN_ID,
    inputs: { environment: "production" },
    timeoutMs: 600_000,
  });
  return { result, sha, ms: performance.now() - t0, ...apiFigures(sb.requests) };
}

export const changeGateLargeBench: BenchScenario = {
  name: "change-gate, 5,000 commits / 2,000 PRs / 400 CRs",
  budget: { points: 150 },
  async run(ctx) {
    requireBundle(ctx, "change-gate");
    const sb = await ctx.sandbox(largeRangeScenario({ commits: 5000, pulls: 2000, crs: 400, direct: 20 }));
    const g = await gateAtScale((o) => ctx.runAction("change-gate", o), sb);
    const { outputs } = g.result;
    if (outputs.decision !== "allow")
      throw new Error(
        `expected allow, got ${outputs.decision ?? "no decision"}: ${outputs.reasons ?? g.result.stderr}`,
      );
    const prs = (JSON.parse(outputs["pull-requests"] ?? "[]") as unknown[]).length;
    const crs = (JSON.parse(outputs["change-requests"] ?? "[]") as unknown[]).length;
    if (prs !== 2000 || crs !== 400) throw new Error(`saw ${prs} pull requests and ${crs} change requests`);
    if (outputs["head-sha"] !== g.sha) throw new Error(`head-sha ${outputs["head-sha"]} is not the head`);
    if (sb.violations.length > 0) throw new Error(`GitHub would refuse: ${sb.violations[0]!.message}`);
    const largest = Math.max(...sb.requests.map((r) => r.nodeCount ?? 0));
    return {
      requests: g.requests,
      roundTrips: g.roundTrips,
      points: g.points,
      samplesMs: [g.ms],
      note: `allow over all 5,000 commits; largest query ${largest.toLocaleString("en-US")} nodes (limit 500,000)`,
    };
  },
};

export const changeGateHugeBench: BenchScenario = {
  name: "change-gate, 25,000 commits",
  budget: {},
  async run(ctx) {
    requireBundle(ctx, "change-gate");
    const sb = await ctx.sandbox({
      ...largeRangeScenario({ commits: 25_000, pulls: 10_000, crs: 400, direct: 20 }),
      limits: { core: 1000, graphql: 1000 },
    });
    const g = await gateAtScale((o) => ctx.runAction("change-gate", o), sb);
    const { outputs } = g.result;
    const text = `${outputs.reasons ?? ""}`;
    if (outputs.decision === "allow") {
      const prs = (JSON.parse(outputs["pull-requests"] ?? "[]") as unknown[]).length;
      if (prs !== 10_000 || outputs["head-sha"] !== g.sha)
        throw new Error(
          `allowed without reading everything: ${prs} pull requests, head ${outputs["head-sha"]}`,
        );
    } else if (!/limit|at most|more than/i.test(text)) {
      throw new Error(`blocked without naming a limit: ${text || g.result.stderr}`);
    }
    if (sb.violations.length > 0) throw new Error(`GitHub would refuse: ${sb.violations[0]!.message}`);
    return {
      requests: g.requests,
      roundTrips: g.roundTrips,
      points: g.points,
      samplesMs: [g.ms],
      note: `${outputs.decision}: ${outputs.decision === "allow" ? "every commit read" : text.split("\n")[0]}`,
    };
  },
};

/**
 * acme/shop: 250 releases (v0.1.0 … v2.49.0), 150 other tags, then `commits` commits since the
 * last release, of which one far back is a breaking change.
 */
export function largeReleaseScenario(commits: number, breakingAt: number): Scenario {
  const at = (i: number) => new Date(Date.parse("2025-01-01T00:00:00Z") + i * 60_000).toISOString();
  const releases = Array.from({ length: 250 }, (_, i) => ({
    version: `${Math.floor(i / 50)}.${i % 50}.0`,
    message: `chore(release): ${Math.floor(i / 50)}.${i % 50}.0`,
  }));
  const early = releases.map((r, i) => ({ message: r.message, author: "dev0", date: at(i * 3) }));
  const since = Array.from({ length: commits }, (_, i) => ({
    message: i === breakingAt ? `feat(api)!: drop v1 endpoints ${i}` : `fix: change ${i}`,
    author: `dev${i % 4}`,
    date: at(1000 + i),
    files: [`src/f${i % 500}.ts`],
  }));
  const tags: Record<string, string> = {};
  for (const r of releases) tags[`v${r.version}`] = r.message;
  // Other tags, newer than the last release: builds, deploy markers, another product's versions.
  for (let i = 0; i < 150; i++)
    tags[i % 2 ? `build-${i}` : `tools-v9.${i}.0`] = since[Math.min(i * 10, commits - 1)]!.message;
  return {
    now: NOW,
    limits: { core: 5000, graphql: 5000 },
    users: ["dev0", "dev1", "dev2", "dev3", "approver"],
    repos: [
      {
        repo: "acme/shop",
        environments: ["production"],
        commits: [...early, ...since],
        tags,
        releases: releases.map((r, i) => ({
          tag: `v${r.version}`,
          target: r.message,
          publishedAt: at(i * 3 + 1),
        })),
        runs: [
          { id: RUN_ID, approvals: [{ user: "approver", comment: "Ship it", environments: ["production"] }] },
        ],
      },
    ],
  };
}

export const releaseBundleLargeBench: BenchScenario = {
  name: "release-bundle, 20,000 commits; 250 releases + 150 tags",
  budget: {},
  async run(ctx) {
    requireBundle(ctx, "release-bundle");
    const COMMITS = 20_000;
    const sb = await ctx.sandbox(largeReleaseScenario(COMMITS, 5_000));
    const ws = mkdtempSync(join(tmpdir(), "bench-release-large-"));
    try {
      sb.latencyMs = 20;
      sb.resetRequests();
      const t0 = performance.now();
      const result = await ctx.runAction("release-bundle", {
        sandbox: sb,
        repository: "acme/shop",
        sha: sb.state.repos[0]!.refs.get("refs/heads/main"),
        runId: RUN_ID,
        workspace: ws,
        inputs: {},
        // Keeps the notes and manifest files the action writes after the run.
        env: { RUNNER_TEMP: ws },
        timeoutMs: 600_000,
      });
      const ms = performance.now() - t0;
      const figures = apiFigures(sb.requests);
      if (result.exitCode !== 0)
        throw new Error(`the action failed: ${result.stdout.trim().split("\n").pop()}`);
      if (result.outputs.version !== "5.0.0")
        throw new Error(
          `version ${result.outputs.version}, expected 5.0.0 (a breaking change since v4.49.0)`,
        );
      const path = result.outputs.manifest ?? "";
      const manifest = JSON.parse(path ? readFileSync(path, "utf8") : "{}") as {
        previousTag?: string | null;
        notes?: { commits?: number };
      };
      const counted = manifest.notes?.commits;
      if (manifest.previousTag !== "v4.49.0")
        throw new Error(`previous tag ${manifest.previousTag}, expected v4.49.0`);
      if (counted !== COMMITS) throw new Error(`the manifest counts ${counted} commits, not ${COMMITS}`);
      if (sb.violations.length > 0) throw new Error(`GitHub would refuse: ${sb.violations[0]!.message}`);
      return {
        ...figures,
        samplesMs: [ms],
        note: `version ${result.outputs.version} from v4.49.0; manifest lists ${counted ?? "?"} commits`,
      };
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  },
};
