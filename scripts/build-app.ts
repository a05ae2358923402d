/**
 * node scripts/build-app.ts OUTDIR — the Gatehouse App as one file, OUTDIR/gatehouse-app.mjs
 * (packages/app/src/main.ts and everything it imports, bundled with esbuild), for the container
 * image (packages/app/Dockerfile): no node_modules, no TypeScript at run time. Plain erasable
 * TypeScript, so Node runs it without a loader.
 */
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export async function bundleApp(root: string, outdir: string): Promise<{ file: string; bytes: number }> {
  const { build } = await import("esbuild");
  const file = join(outdir, "gatehouse-app.mjs");
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, "packages", "app", "src", "main.ts")],
    outfile: file,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node24",
    minify: true,
    keepNames: true,
    // The CommonJS libraries inside call `require` for Node's own modules.
    banner: {
      js: 'import{createRequire as __gatehouseRequire}from"node:module";const require=__gatehouseRequire(import.meta.url);',
    },
    legalComments: "eof",
    metafile: true,
    logLevel: "silent",
  });
  writeFileSync(join(outdir, "package.json"), '{ "type": "module" }\n');
  const bytes = Object.values(result.metafile?.outputs ?? {}).reduce((n, o) => n + o.bytes, 0);
  return { file, bytes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const out = resolve(process.argv[2] ?? join(root, "packages", "app", "dist"));
  bundleApp(root, out).then(
    ({ file, bytes }) => console.log(`Wrote ${file} (${Math.round(bytes / 1024)} KiB).`),
    (error: unknown) => {
      console.error(`build-app: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
