/**
 * The benchmark framework: scenarios measure API requests (the sandbox's counter), wall time
 * (median of several runs) and peak memory (max RSS of the child node process), and are
 * compared with their budgets (engineering.md, "Budgets").
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type * as SandboxModule from "../../packages/sandbox/src/index";
import { type RunBundleOptions, type RunResult, runBundle } from "../../packages/sandbox/src/runner";
import { type ActionFolder, bundledActions, repoRoot } from "../lib/actions";

export interface Budget {
  /** Maximum API requests. */
  requests?: number;
  /** Maximum median wall time in milliseconds. */
  ms?: number;
  /** Maximum peak memory (RSS) in MB. */
  mb?: number;
}

export interface Measurement {
  requests?: number;
  /** One wall time per run; the median is compared with the budget. */
  samplesMs?: number[];
  peakMb?: number;
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
  medianMs?: number;
  samplesMs?: number[];
  peakMb?: number;
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
  const over: string[] = [];
  if (budget.requests !== undefined && m.requests !== undefined && m.requests > budget.requests) {
    over.push(`${m.requests} requests > ${budget.requests}`);
  }
  if (budget.ms !== undefined && medianMs !== undefined && medianMs > budget.ms) {
    over.push(`${medianMs.toFixed(1)} ms > ${budget.ms} ms`);
  }
  if (budget.mb !== undefined && m.peakMb !== undefined && m.peakMb > budget.mb) {
    over.push(`${m.peakMb.toFixed(1)} MB > ${budget.mb} MB`);
  }
  const missing: string[] = [];
  if (budget.requests !== undefined && m.requests === undefined) missing.push("requests");
  if (budget.ms !== undefined && medianMs === undefined) missing.push("time");
  if (budget.mb !== undefined && m.peakMb === undefined) missing.push("memory");
  return {
    name,
    budget,
    requests: m.requests,
    medianMs,
    samplesMs: m.samplesMs,
    peakMb: m.peakMb,
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
  const header = ["scenario", "API requests", "median ms", "peak MB", "result"];
  const rows = results.map((r) => [
    r.name,
    within(r.requests === undefined ? "–" : String(r.requests), r.budget.requests),
    within(`${fmt(r.medianMs)}${r.samplesMs ? ` n=${r.samplesMs.length}` : ""}`, r.budget.ms),
    within(fmt(r.peakMb), r.budget.mb),
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
