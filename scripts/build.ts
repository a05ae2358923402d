/**
 * pnpm build [name…] — bundles every action (or the named ones) into its committed dist/
 * with ncc, one after the other, and prints the size of each bundle.
 */
import { relative } from "node:path";
import { bundleAction, formatBytes, isMain, repoRoot, selectActions } from "./lib/actions";

export async function build(names: string[], log: (line: string) => void = console.log): Promise<boolean> {
  const actions = selectActions(names);
  if (actions.length === 0) {
    log("No action has a src/index.ts yet: nothing to bundle.");
    return true;
  }
  let ok = true;
  for (const action of actions) {
    const result = await bundleAction(action.dir);
    if (!result.ok) {
      ok = false;
      log(`✗ ${action.name}: ncc failed after ${Math.round(result.ms)} ms\n${result.log.trim()}`);
      continue;
    }
    const sizes = result.files
      .map((f) => `${relative(action.dir, f.path)} ${formatBytes(f.bytes)}`)
      .join(", ");
    log(`✓ ${action.name.padEnd(28)} ${String(Math.round(result.ms)).padStart(5)} ms  ${sizes}`);
  }
  return ok;
}

if (isMain(import.meta.url)) {
  process.chdir(repoRoot);
  build(process.argv.slice(2)).then(
    (ok) => {
      process.exitCode = ok ? 0 : 1;
    },
    (error: unknown) => {
      console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
