/**
 * pnpm bench [--runs N] [filter…] — runs the benchmark scenarios (scripts/bench/index.ts),
 * prints API requests, median wall time and peak memory against each budget, and writes the
 * figures to .bench/results.json. Exits 1 when a scenario is over budget or fails.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { formatTable, runScenario, type ScenarioResult } from "./bench/framework";
import { scenarios } from "./bench/index";
import { isMain, repoRoot } from "./lib/actions";

export async function bench(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { runs: { type: "string", default: "11" } },
    allowPositionals: true,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a whole number ≥ 1, got "${values.runs}"`);
  const selected = scenarios().filter(
    (s) => positionals.length === 0 || positionals.some((p) => s.name.includes(p)),
  );
  if (selected.length === 0) {
    console.log("No benchmark scenario to run (no bundle built yet, or the filter matched nothing).");
    return 0;
  }
  const results: ScenarioResult[] = [];
  for (const scenario of selected) {
    process.stdout.write(`running ${scenario.name}…\n`);
    results.push(await runScenario(scenario, { runs, log: (m) => console.log(`  ${m}`) }));
  }
  console.log(`\n${formatTable(results)}`);
  const [load] = loadavg();
  const busy = load !== undefined && load > cpus().length;
  if (busy) {
    console.log(
      `\n! The machine is busy (load ${load.toFixed(1)} on ${cpus().length} CPUs): timings are inflated.`,
    );
  }
  const notes = new Map<string, string[]>();
  for (const r of results) if (r.note) notes.set(r.note, [...(notes.get(r.note) ?? []), r.name]);
  for (const [note, names] of notes)
    console.log(`  ${names.length > 1 ? `${names.length} scenarios` : names[0]}: ${note}`);

  const dir = join(repoRoot, ".bench");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "results.json");
  const report = {
    at: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? "unknown",
    cpus: cpus().length,
    loadAverage: loadavg(),
    runs,
    results,
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nFigures written to .bench/results.json`);
  return results.some((r) => r.verdict === "OVER" || r.verdict === "ERROR") ? 1 : 0;
}

if (isMain(import.meta.url)) {
  bench(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
