#!/usr/bin/env node
// `pnpm gatehouse …` and `pnpm demo`: runs the built CLI (dist/gatehouse.mjs), building it first
// when it is missing or older than any source it is built from (see scripts/lib/cli.ts).
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bundle = join(root, "packages", "cli", "dist", "gatehouse.mjs");

function newestSource() {
  let newest = statSync(join(root, "pnpm-lock.yaml")).mtimeMs;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const pkg of readdirSync(join(root, "packages"))) {
    const dir = join(root, "packages", pkg);
    if (existsSync(join(dir, "src"))) visit(join(dir, "src"));
    if (existsSync(join(dir, "package.json")))
      newest = Math.max(newest, statSync(join(dir, "package.json")).mtimeMs);
  }
  newest = Math.max(newest, statSync(join(root, "scripts", "lib", "cli.ts")).mtimeMs);
  return newest;
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource()) {
  const { bundleCli } = await import("../../scripts/lib/cli.ts");
  const { ms } = await bundleCli(root);
  process.stderr.write(`(built the gatehouse CLI in ${Math.round(ms)} ms)\n`);
}
// `pnpm demo -- --keep` hands the script `demo -- --keep`: pnpm passes its own `--` separator on.
// The separator is pnpm's, not an argument of ours, so the first one goes.
const separator = process.argv.indexOf("--", 2);
if (separator !== -1) process.argv.splice(separator, 1);
await import(pathToFileURL(bundle).href);
