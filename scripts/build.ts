/**
 * pnpm build [--committed] [name…] — bundles every action (or the named ones) into its committed
 * dist/ with ncc, one after the other, and the `gatehouse` CLI (name: `cli`) into
 * packages/cli/dist with esbuild (built, not committed: see scripts/lib/cli.ts), and prints the
 * size of each bundle.
 *
 * --committed builds from a clean clone of HEAD instead of the working tree and copies the
 * resulting dist/ folders back: the bundles then contain exactly the committed sources (what
 * check:dist rebuilds on CI), whatever else is uncommitted in the working tree.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { bundleAction, formatBytes, isMain, repoRoot, selectActions } from "./lib/actions";
import { bundleCli } from "./lib/cli";

export async function build(
  names: string[],
  log: (line: string) => void = console.log,
  root = repoRoot,
): Promise<boolean> {
  const withCli = names.length === 0 || names.includes("cli");
  const actionNames = names.filter((n) => n !== "cli");
  const actions = names.length > 0 && actionNames.length === 0 ? [] : selectActions(actionNames, root);
  if (actions.length === 0 && !withCli) {
    log("No action has a src/index.ts yet: nothing to bundle.");
    return true;
  }
  let ok = true;
  if (withCli) {
    const cli = await bundleCli(root);
    const size = cli.files.reduce((sum, f) => sum + f.bytes, 0);
    log(
      `✓ ${"cli (not committed)".padEnd(28)} ${String(Math.round(cli.ms)).padStart(5)} ms  packages/cli/dist ${formatBytes(size)} in ${cli.files.length} files`,
    );
  }
  for (const action of actions) {
    const result = await bundleAction(action.dir);
    if (!result.ok) {
      ok = false;
      log(`✗ ${action.name}: the bundle failed after ${Math.round(result.ms)} ms\n${result.log.trim()}`);
      continue;
    }
    const sizes = result.files
      .map((f) => `${relative(action.dir, f.path)} ${formatBytes(f.bytes)}`)
      .join(", ");
    log(`✓ ${action.name.padEnd(28)} ${String(Math.round(result.ms)).padStart(5)} ms  ${sizes}`);
  }
  return ok;
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed:\n${(result.stderr || result.stdout).trim()}`);
  }
}

/** Builds in a clean clone of HEAD and copies each built dist/ back into the working tree. */
export async function buildCommitted(
  names: string[],
  log: (line: string) => void = console.log,
): Promise<boolean> {
  const clone = mkdtempSync(join(tmpdir(), "gatehouse-build-"));
  try {
    log(`Building the committed sources (HEAD) in ${clone}…`);
    run("git", ["clone", "--quiet", "--no-hardlinks", repoRoot, clone], repoRoot);
    run("pnpm", ["install", "--frozen-lockfile", "--prefer-offline", "--reporter=silent"], clone);
    const ok = await build(names, log, clone);
    for (const action of selectActions(names, clone)) {
      const built = join(action.dir, "dist");
      if (!existsSync(built)) continue;
      const target = join(repoRoot, "actions", action.name, "dist");
      rmSync(target, { recursive: true, force: true });
      cpSync(built, target, { recursive: true });
    }
    log("Copied the bundles into the working tree: commit actions/<name>/dist.");
    return ok;
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  process.chdir(repoRoot);
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { committed: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  (values.committed ? buildCommitted(positionals) : build(positionals)).then(
    (ok) => {
      process.exitCode = ok ? 0 : 1;
    },
    (error: unknown) => {
      console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
