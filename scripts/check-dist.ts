/**
 * pnpm check:dist — the committed bundles are exactly what the sources build to, and each one
 * runs on its own: rebuilds every action, fails on any difference from what is committed under
 * actions/<name>/dist (changed, deleted or untracked files), on an action.yml the runner could
 * not load, on a bundle that contains `webpackMissingModule`, and on a bundle that, run from a folder with no node_modules and
 * without any GITHUB_* variable or input, does anything but fail with a clean error.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { copyBundle } from "../packages/sandbox/src/runner";
import { type ActionFolder, bundleAction, isMain, listActions, listFiles, repoRoot } from "./lib/actions";

const STACK_FRAME = /^\s+at\s.+(:\d+:\d+\)?|\(native\)|\(<anonymous>\))$/m;
const MODULE_NOT_FOUND = /Cannot find (module|package)|ERR_MODULE_NOT_FOUND/;

export interface SmokeResult {
  ok: boolean;
  exitCode: number | null;
  /** The error the bundle reported (first error line), or why the check failed. */
  message: string;
}

/** Runs a bundle from a bare temporary folder with no GitHub environment and no inputs. */
export async function smokeRun(bundle: string, timeoutMs = 15_000): Promise<SmokeResult> {
  const root = mkdtempSync(join(tmpdir(), "gatehouse-check-"));
  try {
    copyBundle(join(bundle, ".."), join(root, "action"));
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: root,
      LANG: "C.UTF-8",
    };
    const child = spawn(process.execPath, [join(root, "action", "index.js")], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      err += d;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    const exitCode = await new Promise<number | null>((done) => child.on("close", done)).finally(() =>
      clearTimeout(timer),
    );
    const all = `${out}\n${err}`;
    const lines = all.split("\n").map((l) => l.trim());
    const errorLine =
      lines.find((l) => l.startsWith("::error")) ??
      err
        .split("\n")
        .map((l) => l.trim())
        .find((l) => l !== "") ??
      "";
    if (timedOut) return { ok: false, exitCode, message: `still running after ${timeoutMs} ms` };
    if (MODULE_NOT_FOUND.test(all)) {
      return {
        ok: false,
        exitCode,
        message: `module resolution error: ${all.match(MODULE_NOT_FOUND)?.[0]}\n${err}`,
      };
    }
    if (STACK_FRAME.test(all))
      return { ok: false, exitCode, message: `printed a stack trace:\n${all.trim()}` };
    if (exitCode === 0)
      return { ok: false, exitCode, message: "exited 0 without any GitHub context or input" };
    if (!errorLine) return { ok: false, exitCode, message: `exited ${exitCode} without saying why` };
    return { ok: true, exitCode, message: errorLine };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Files under actions/<name>/dist that differ from the commit (modified, deleted, untracked). */
export function distChanges(root = repoRoot): string[] {
  // A pathspec like actions/*/dist would not match the files inside: filter the lines instead.
  const status = spawnSync("git", ["status", "--porcelain", "--untracked-files=all", "--", "actions"], {
    cwd: root,
    encoding: "utf8",
  });
  if (status.status !== 0) throw new Error(`git status failed: ${status.stderr.trim()}`);
  return status.stdout.split("\n").filter((l) => /(^|\s)actions\/[^/]+\/dist\//.test(l));
}

/** What would stop the runner from loading actions/<name>/action.yml and starting the bundle. */
export function actionYmlProblems(dir: string): string[] {
  const path = join(dir, "action.yml");
  if (!existsSync(path)) return ["no action.yml"];
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(path, "utf8"));
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return [`action.yml is not valid YAML: ${message}`];
  }
  const runs = (doc as { runs?: { using?: unknown; main?: unknown } } | null)?.runs;
  const problems: string[] = [];
  if (runs?.using !== "node24")
    problems.push(`action.yml: runs.using must be node24 (is ${String(runs?.using)})`);
  if (runs?.main !== "dist/index.js")
    problems.push(`action.yml: runs.main must be dist/index.js (is ${String(runs?.main)})`);
  return problems;
}

export function missingModules(action: ActionFolder): string[] {
  return listFiles(join(action.dir, "dist"))
    .filter((f) => /\.(c|m)?js$/.test(f))
    .filter((f) => readFileSync(f, "utf8").includes("webpackMissingModule"))
    .map((f) => relative(repoRoot, f));
}

export async function checkDist(log: (line: string) => void = console.log): Promise<boolean> {
  const actions = listActions().filter((a) => a.buildable);
  if (actions.length === 0) {
    log("No action has a src/index.ts yet: nothing to check.");
    return true;
  }
  const failures: string[] = [];

  log("Rebuilding every bundle…");
  for (const action of actions) {
    const result = await bundleAction(action.dir);
    if (!result.ok) failures.push(`${action.name}: ncc failed\n${result.log.trim()}`);
    else log(`  ✓ ${action.name} (${Math.round(result.ms)} ms)`);
  }

  const changes = distChanges();
  if (changes.length > 0) {
    failures.push(
      `dist/ differs from what is committed — run \`pnpm build\` and commit the result:\n${changes.map((c) => `    ${c}`).join("\n")}`,
    );
  } else {
    log("✓ every dist/ matches the commit");
  }

  for (const action of actions) {
    for (const problem of actionYmlProblems(action.dir)) failures.push(`${action.name}: ${problem}`);
    const missing = missingModules(action);
    if (missing.length > 0) {
      failures.push(
        `${action.name}: the bundle could not resolve some imports (webpackMissingModule in ${missing.join(", ")})`,
      );
    }
  }

  log("Running each bundle from a folder without node_modules, with no GitHub context…");
  for (const action of actions) {
    const smoke = await smokeRun(action.bundle);
    if (smoke.ok) log(`  ✓ ${action.name} exits ${smoke.exitCode}: ${smoke.message}`);
    else failures.push(`${action.name}: ${smoke.message}`);
  }

  for (const failure of failures) log(`✗ ${failure}`);
  log(failures.length === 0 ? "check:dist passed." : `check:dist failed (${failures.length} problem(s)).`);
  return failures.length === 0;
}

if (isMain(import.meta.url)) {
  checkDist().then(
    (ok) => {
      process.exitCode = ok ? 0 : 1;
    },
    (error: unknown) => {
      console.error(`check:dist: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
