import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundledPackageDirs, licenseNotices, licenseProblems } from "./licenses";

/** The repository root (scripts/lib/ is two levels below it). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const actionsDir = join(repoRoot, "actions");

/** The exact ncc invocation every action is bundled with, run inside the action folder. */
export const nccArgs = [
  "build",
  "src/index.ts",
  "-o",
  "dist",
  "--target",
  "es2023",
  "--transpile-only",
  "--stats-out",
  "dist/stats.json",
];

export interface ActionFolder {
  name: string;
  dir: string;
  /** false while the action has no src/index.ts yet: nothing to bundle. */
  buildable: boolean;
  bundle: string;
}

/** Every folder under actions/, sorted by name. */
export function listActions(root = repoRoot): ActionFolder[] {
  const dir = join(root, "actions");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => ({
      name,
      dir: join(dir, name),
      buildable: existsSync(join(dir, name, "src", "index.ts")),
      bundle: join(dir, name, "dist", "index.js"),
    }));
}

/** Actions that have a committed or freshly built bundle. */
export function bundledActions(root = repoRoot): ActionFolder[] {
  return listActions(root).filter((a) => existsSync(a.bundle));
}

/**
 * Picks the named actions (all buildable ones when names is empty).
 * Throws with the list of known names when a name is unknown.
 */
export function selectActions(names: string[], root = repoRoot): ActionFolder[] {
  const all = listActions(root);
  if (names.length === 0) return all.filter((a) => a.buildable);
  return names.map((name) => {
    const found = all.find((a) => a.name === name);
    if (!found) {
      throw new Error(`unknown action "${name}"; known: ${all.map((a) => a.name).join(", ") || "none"}`);
    }
    if (!found.buildable) throw new Error(`actions/${name} has no src/index.ts to bundle yet`);
    return found;
  });
}

const nccCli = createRequire(import.meta.url).resolve("@vercel/ncc/dist/ncc/cli.js");

export interface BundleResult {
  dir: string;
  ok: boolean;
  ms: number;
  /** ncc's own log (stdout + stderr), shown when the build fails. */
  log: string;
  /** Files written to dist/ with their sizes in bytes. */
  files: { path: string; bytes: number }[];
}

/**
 * Bundles one action folder with ncc into <dir>/dist, after removing the old dist/
 * so files a previous build left behind cannot survive. outDir (relative to dir or absolute)
 * is only changed by tests that bundle a fixture into a temporary folder.
 */
export async function bundleAction(dir: string, outDir = "dist"): Promise<BundleResult> {
  const started = performance.now();
  const dist = resolve(dir, outDir);
  rmSync(dist, { recursive: true, force: true });
  const args = nccArgs.map((arg) =>
    arg === "dist" ? outDir : arg === "dist/stats.json" ? join(outDir, "stats.json") : arg,
  );
  const { code, log } = await new Promise<{ code: number; log: string }>((done, fail) => {
    const child = spawn(process.execPath, [nccCli, ...args], {
      cwd: dir,
      env: { ...process.env, NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      out += d;
    });
    child.on("error", fail);
    child.on("close", (c) => done({ code: c ?? 1, log: out }));
  });
  // Webpack's stats name every module of every chunk: the notices are written from them.
  const statsPath = join(dist, "stats.json");
  let refused: string[] = [];
  if (existsSync(statsPath)) {
    const stats = JSON.parse(readFileSync(statsPath, "utf8"));
    rmSync(statsPath);
    const packages = bundledPackageDirs(stats, dir);
    writeFileSync(join(dist, "licenses.txt"), licenseNotices(packages));
    refused = licenseProblems(packages);
  }
  const files = existsSync(dist) ? listFiles(dist).map((path) => ({ path, bytes: statSync(path).size })) : [];
  return {
    dir,
    ok: code === 0 && existsSync(join(dist, "index.js")) && refused.length === 0,
    ms: performance.now() - started,
    log:
      refused.length > 0
        ? `${log}\nLicences not allowed in a bundle:\n${refused.map((p) => `  ${p}`).join("\n")}`
        : log,
    files,
  };
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out.sort();
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** True when the module at moduleUrl is the script node was started with. */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && resolve(entry) === fileURLToPath(moduleUrl);
}
