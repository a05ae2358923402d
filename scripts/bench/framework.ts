/**
 * The benchmark framework: scenarios measure API requests (the sandbox's counter), wall time
 * (median of several runs) and peak memory (max RSS of the child node process), and are
 * compared with their budgets (engineering.md, "Budgets").
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type * as SandboxModule from "../../packages/sandbox/src/index";
import { roundTrips } from "../../packages/sandbox/src/roundTrips";
import { type RunBundleOptions, type RunResult, runBundle } from "../../packages/sandbox/src/runner";
import { type ActionFolder, bundledActions, repoRoot } from "../lib/actions";

export interface Budget {
  /** Maximum API requests. */
  requests?: number;
  /** Maximum sequential round trips (requests in flight together count once). */
  roundTrips?: number;
  /** Maximum GraphQL rate-limit points spent. */
  points?: number;
  /** Maximum median wall time in milliseconds (prefer `ratio`: this machine is shared). */
  ms?: number;
  /** Maximum median wall time as a multiple of the reference's, measured side by side. */
  ratio?: number;
  /** Maximum peak memory (RSS) in MB. */
  mb?: number;
  /** Maximum peak memory as a multiple of the reference's, measured side by side. */
  mbRatio?: number;
}

export interface Measurement {
  requests?: number;
  roundTrips?: number;
  points?: number;
  /** One wall time per run; the median is compared with the budget. */
  samplesMs?: number[];
  /** The reference's wall times, each taken right beside one of `samplesMs`. */
  referenceMs?: number[];
  peakMb?: number;
  /** The reference's peak memory (RSS) in MB, same run. */
  referencePeakMb?: number;
  /** Shown under the table, e.g. what was measured exactly. */
  note?: string;
}

type StartSandbox = typeof SandboxModule.startSandbox;
export type Sandbox = Awaited<ReturnType<StartSandbox>>;

export interface BenchContext {
  root: string;
  /** How many timed runs a scenario should make (default 11, --runs N). */
  runs: number;
  /** Actions whose dist/index.js exists. */
  bundles(): ActionFolder[];
  bundlePath(action: string): string;
  /** Starts a sandbox (YAML text or scenario object) that is closed when the scenario ends. */
  sandbox(scenario?: Parameters<StartSandbox>[0]): Promise<Sandbox>;
  /** runBundle on actions/<name>/dist/index.js (the runner emulation of the test harness). */
  runAction(name: string, opts: RunBundleOptions): Promise<RunResult>;
  log(message: string): void;
}

export interface BenchScenario {
  name: string;
  budget: Budget;
  run(ctx: BenchContext): Promise<Measurement>;
}

export type Verdict = "PASS" | "OVER" | "ERROR" | "SKIP";

export interface ScenarioResult {
  name: string;
  budget: Budget;
  requests?: number;
  roundTrips?: number;
  points?: number;
  medianMs?: number;
  samplesMs?: number[];
  /** Median of ours / median of the reference, same run. */
  ratio?: number;
  referenceMs?: number[];
  peakMb?: number;
  /** Peak memory of ours / the reference's, same run. */
  mbRatio?: number;
  verdict: Verdict;
  /** Which budgets were exceeded, or the error. */
  detail: string;
  note?: string;
}

export function median(samples: number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function judge(name: string, budget: Budget, m: Measurement): ScenarioResult {
  const medianMs = m.samplesMs && m.samplesMs.length > 0 ? median(m.samplesMs) : undefined;
  const ratio =
    medianMs !== undefined && m.referenceMs && m.referenceMs.length > 0
      ? medianMs / median(m.referenceMs)
      : undefined;
  const mbRatio = m.peakMb !== undefined && m.referencePeakMb ? m.peakMb / m.referencePeakMb : undefined;
  const over: string[] = [];
  const check = (
    value: number | undefined,
    limit: number | undefined,
    say: (v: number, l: number) => string,
  ) => {
    if (limit !== undefined && value !== undefined && value > limit) over.push(say(value, limit));
  };
  check(m.requests, budget.requests, (v, l) => `${v} requests > ${l}`);
  check(m.roundTrips, budget.roundTrips, (v, l) => `${v} round trips > ${l}`);
  check(m.points, budget.points, (v, l) => `${v} points > ${l}`);
  check(medianMs, budget.ms, (v, l) => `${v.toFixed(1)} ms > ${l} ms`);
  check(ratio, budget.ratio, (v, l) => `${v.toFixed(2)}× > ${l}×`);
  check(m.peakMb, budget.mb, (v, l) => `${v.toFixed(1)} MB > ${l} MB`);
  check(mbRatio, budget.mbRatio, (v, l) => `memory ${v.toFixed(2)}× > ${l}×`);
  const missing: string[] = [];
  if (budget.requests !== undefined && m.requests === undefined) missing.push("requests");
  if (budget.roundTrips !== undefined && m.roundTrips === undefined) missing.push("round trips");
  if (budget.points !== undefined && m.points === undefined) missing.push("points");
  if (budget.ms !== undefined && medianMs === undefined) missing.push("time");
  if (budget.ratio !== undefined && ratio === undefined) missing.push("ratio");
  if (budget.mb !== undefined && m.peakMb === undefined) missing.push("memory");
  if (budget.mbRatio !== undefined && mbRatio === undefined) missing.push("memory ratio");
  return {
    name,
    budget,
    requests: m.requests,
    roundTrips: m.roundTrips,
    points: m.points,
    medianMs,
    samplesMs: m.samplesMs,
    ratio,
    referenceMs: m.referenceMs,
    peakMb: m.peakMb,
    mbRatio,
    verdict: over.length > 0 ? "OVER" : missing.length > 0 ? "ERROR" : "PASS",
    detail:
      over.length > 0 ? over.join(", ") : missing.length > 0 ? `not measured: ${missing.join(", ")}` : "",
    note: m.note,
  };
}

export async function runScenario(
  scenario: BenchScenario,
  opts: { runs: number; root?: string; log?: (m: string) => void },
): Promise<ScenarioResult> {
  const root = opts.root ?? repoRoot;
  const open: Sandbox[] = [];
  const ctx: BenchContext = {
    root,
    runs: opts.runs,
    bundles: () => bundledActions(root),
    bundlePath: (action) => join(root, "actions", action, "dist", "index.js"),
    sandbox: async (sc) => {
      // Loaded on first use: scenarios that need no sandbox (cold start) do not pay for it.
      const { startSandbox } = await import("../../packages/sandbox/src/index");
      const sb = await startSandbox(sc);
      open.push(sb);
      await warm(sb);
      return sb;
    },
    runAction: (name, runOpts) => runBundle(join(root, "actions", name, "dist", "index.js"), runOpts),
    log: opts.log ?? (() => {}),
  };
  try {
    const m = await scenario.run(ctx);
    return judge(scenario.name, scenario.budget, m);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const skipped = error instanceof SkipScenario;
    return {
      name: scenario.name,
      budget: scenario.budget,
      verdict: skipped ? "SKIP" : "ERROR",
      detail: message,
    };
  } finally {
    await Promise.all(open.map((sb) => sb.close()));
  }
}

/**
 * One REST and one GraphQL request before the scenario's own: the sandbox sets up its validators
 * and schema on first use, and that pause (hundreds of ms on a busy machine, while no other
 * request can arrive) is the sandbox's, not the action's — it would count as round trips.
 */
async function warm(sb: Sandbox): Promise<void> {
  const headers = { authorization: `token ${sb.token}`, "content-type": "application/json" };
  await (await fetch(`${sb.apiUrl}/rate_limit`, { headers })).arrayBuffer();
  const query = JSON.stringify({ query: "{ rateLimit { remaining } }" });
  await (await fetch(sb.graphqlUrl, { method: "POST", headers, body: query })).arrayBuffer();
  sb.resetRequests();
}

/** Throw from a scenario that cannot run yet (e.g. its bundle is not built): shown as SKIP. */
export class SkipScenario extends Error {}

export function requireBundle(ctx: BenchContext, action: string): string {
  const path = ctx.bundlePath(action);
  if (!existsSync(path)) throw new SkipScenario(`actions/${action}/dist/index.js not built`);
  return path;
}

const fmt = (n: number | undefined, digits = 1) => (n === undefined ? "–" : n.toFixed(digits));
const within = (value: string, limit: number | undefined, unit = "") =>
  limit === undefined ? value : `${value} (≤ ${limit}${unit})`;

/** The results as a fixed-width table. */
export function formatTable(results: ScenarioResult[]): string {
  const header = [
    "scenario",
    "API requests",
    "round trips",
    "GraphQL points",
    "median ms",
    "ratio",
    "peak MB",
    "result",
  ];
  const num = (n: number | undefined) => (n === undefined ? "–" : String(n));
  const rows = results.map((r) => [
    r.name,
    within(num(r.requests), r.budget.requests),
    within(num(r.roundTrips), r.budget.roundTrips),
    within(num(r.points), r.budget.points),
    within(`${fmt(r.medianMs)}${r.samplesMs ? ` n=${r.samplesMs.length}` : ""}`, r.budget.ms),
    within(r.ratio === undefined ? "–" : `${r.ratio.toFixed(2)}×`, r.budget.ratio, "×"),
    within(
      `${fmt(r.peakMb)}${r.mbRatio === undefined ? "" : ` = ${r.mbRatio.toFixed(2)}×`}`,
      r.budget.mbRatio ?? r.budget.mb,
      r.budget.mbRatio === undefined ? "" : "×",
    ),
    r.detail ? `${r.verdict}: ${r.detail}` : r.verdict,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "─".repeat(w))), ...rows.map(line)].join("\n");
}

/** What the sandbox saw of one run: requests, sequential round trips, GraphQL points. */
export function apiFigures(
  requests: readonly { route: string; cost?: number; startMs: number; endMs: number }[],
) {
  return {
    requests: requests.length,
    roundTrips: roundTrips(requests),
    points: requests.reduce((n, r) => n + (r.route === "graphql" ? (r.cost ?? 0) : 0), 0),
  };
}

/** The requests by kind, e.g. "2× GET releases/assets/{asset_id}, 5× graphql", in order of first use. */
export function requestsByKind(requests: readonly { route: string; method: string }[]): string {
  const byKind = new Map<string, number>();
  for (const r of requests) {
    const k =
      r.route === "graphql" ? "graphql" : `${r.method} ${r.route.split("/").slice(4).join("/") || "repo"}`;
    byKind.set(k, (byKind.get(k) ?? 0) + 1);
  }
  return [...byKind].map(([k, n]) => `${n}× ${k}`).join(", ");
}
