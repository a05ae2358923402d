/**
 * The `gatehouse` command's start-up, side by side with references run in the same loop: the
 * built CLI (packages/cli/dist/gatehouse.mjs, what `pnpm gatehouse` runs) against the
 * conventional-changelog CLI for release notes of a small range, and against a bare `node`
 * start for `gatehouse freeze`. Each sample pair is taken back to back, so a busy machine slows
 * both sides alike.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleCli, cliBundle } from "../lib/cli";
import type { BenchContext, BenchScenario } from "./framework";
import { createSyntheticHistory } from "./release-bundle-history";

/** Builds the CLI once per bench run (the scenarios measure the built file, as users run it). */
let built: Promise<string> | undefined;
export function builtCli(root: string): Promise<string> {
  built ??= bundleCli(root).then(() => cliBundle(root));
  return built;
}

/** Runs a command to completion; resolves with its wall time. Exit codes in `ok` count as success. */
function timed(command: string, args: string[], cwd: string, ok = [0]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (!ok.includes(code ?? -1)) reject(new Error(`${args.join(" ")} exited ${code}: ${err.trim()}`));
      else resolve(performance.now() - t0);
    });
  });
}

/** Ours and the reference, alternately, `runs` times after one warm-up of each. */
async function sideBySide(
  ctx: BenchContext,
  ours: () => Promise<number>,
  reference: () => Promise<number>,
  runs: number,
): Promise<{ samplesMs: number[]; referenceMs: number[] }> {
  await ours();
  await reference();
  const samplesMs: number[] = [];
  const referenceMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    samplesMs.push(await ours());
    referenceMs.push(await reference());
  }
  ctx.log(
    `ours ${samplesMs.map(Math.round).join(", ")} ms; reference ${referenceMs.map(Math.round).join(", ")} ms`,
  );
  return { samplesMs, referenceMs };
}

const SMALL_RANGE = 20;

export const notesSmallRangeBench: BenchScenario = {
  name: `gatehouse notes, ${SMALL_RANGE} commits, vs conventional-changelog CLI`,
  budget: { ratio: 1.0 },
  async run(ctx) {
    const bin = await builtCli(ctx.root);
    const dir = mkdtempSync(join(tmpdir(), "gatehouse-notes-small-"));
    try {
      const history = await createSyntheticHistory(join(dir, "repo"), SMALL_RANGE + 1);
      // the package's `bin` (its exports map does not expose the file)
      const changelog = join(ctx.root, "node_modules", "conventional-changelog", "dist", "cli", "index.js");
      const range = ["--from", history.from, "--to", history.to];
      const measured = await sideBySide(
        ctx,
        () => timed(process.execPath, [bin, "notes", ...range, "--repo", history.dir], ctx.root),
        () =>
          timed(
            process.execPath,
            [changelog, "--preset", "conventionalcommits", ...range, "--stdout"],
            history.dir,
          ),
        Math.max(3, Math.min(ctx.runs, 11)),
      );
      return {
        ...measured,
        note: "whole process each: `node packages/cli/dist/gatehouse.mjs notes` beside `conventional-changelog --preset conventionalcommits --stdout`, same range",
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

const FREEZE_POLICY = `version: 1
freeze:
  timezone: Europe/Berlin
  windows:
    - name: Weekend
      start: "0 18 * * FRI"
      end: "0 6 * * MON"
      environments: [production]
    - name: Year end
      from: 2026-12-24T00:00
      to: 2027-01-02T00:00
`;

export const freezeCliBench: BenchScenario = {
  name: "gatehouse freeze (CLI answer time) vs a bare node start",
  // "Well under half a second": the answer, start-up included, within half a second even on a busy
  // machine, and no more than five bare `node` starts (the figure that does not swing with the load).
  budget: { ms: 500, ratio: 5 },
  async run(ctx) {
    const bin = await builtCli(ctx.root);
    const dir = mkdtempSync(join(tmpdir(), "gatehouse-freeze-bench-"));
    try {
      const policy = join(dir, "gatehouse.yml");
      writeFileSync(policy, FREEZE_POLICY);
      const args = [
        bin,
        "freeze",
        "--policy",
        policy,
        "--env",
        "production",
        "--at",
        "2026-12-05T10:00:00Z",
        "--json",
      ];
      const measured = await sideBySide(
        ctx,
        // exit 1 is the answer "frozen"
        () => timed(process.execPath, args, ctx.root, [0, 1]),
        () => timed(process.execPath, ["-e", ""], ctx.root),
        Math.max(3, Math.min(ctx.runs, 11)),
      );
      return {
        ...measured,
        note: "`node packages/cli/dist/gatehouse.mjs freeze … --json` beside `node -e ''`",
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
