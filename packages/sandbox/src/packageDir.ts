import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The installed folder of a package, found by walking up node_modules from this file (exports-map agnostic). */
export function packageDir(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`Cannot find the package ${name} (install the sandbox's dependencies)`);
    dir = parent;
  }
}
