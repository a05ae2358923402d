import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository's root: the nearest folder above this module holding `pnpm-workspace.yaml`. Found
 * by walking up, so it is the same from the sources and from the built CLI (packages/cli/dist).
 */
export function findRepoRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir)
      throw new Error(`No pnpm-workspace.yaml above ${from}: run gatehouse from its repository.`);
  }
}
