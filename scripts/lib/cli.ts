/**
 * The built `gatehouse` command: packages/cli/src/bin.ts bundled once with esbuild into
 * packages/cli/dist/gatehouse.mjs (plus one chunk per command and per shared library set, so a
 * command loads only what it uses). Starting it costs a plain `node` start and the modules of
 * one command, instead of compiling TypeScript at every start.
 *
 * The bundle is built, not committed: `pnpm build` builds it, and `pnpm gatehouse` / `pnpm demo`
 * (packages/cli/launch.mjs) build it first whenever a source is newer. This file is plain
 * erasable TypeScript so the launcher can import it with Node's own type stripping.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function cliDist(root: string): string {
  return join(root, "packages", "cli", "dist");
}

export function cliBundle(root: string): string {
  return join(cliDist(root), "gatehouse.mjs");
}

export interface CliBuild {
  ms: number;
  files: { path: string; bytes: number }[];
}

export async function bundleCli(root: string): Promise<CliBuild> {
  const started = performance.now();
  const { build } = await import("esbuild");
  const outdir = cliDist(root);
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { gatehouse: join(root, "packages", "cli", "src", "bin.ts") },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node24",
    minify: true,
    // A smaller file parses faster; the names stay for readable stack traces in bug reports.
    keepNames: true,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunks/[name]-[hash]",
    // The CommonJS libraries inside (yaml, luxon, …) call `require` for Node's own modules.
    banner: {
      js: 'import{createRequire as __gatehouseRequire}from"node:module";const require=__gatehouseRequire(import.meta.url);',
    },
    legalComments: "none",
    metafile: true,
    logLevel: "silent",
  });
  // The source's `#!/usr/bin/env -S node --import tsx` is for running it from source.
  const entry = cliBundle(root);
  const text = readFileSync(entry, "utf8").replace(/^#!.*\n/, "");
  writeFileSync(entry, `#!/usr/bin/env node\n${text}`, { mode: 0o755 });
  const files = Object.entries(result.metafile?.outputs ?? {}).map(([path, out]) => ({
    path: join(root, path),
    bytes: out.bytes,
  }));
  return { ms: performance.now() - started, files };
}
