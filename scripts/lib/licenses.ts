/**
 * The third-party notices of a bundle: every npm package whose code webpack put into any chunk
 * (ncc's own `--license` output misses the entry chunk once the bundle is split), with its version,
 * licence and licence text, sorted by name so the file is the same on every build. The build also
 * refuses a bundle that would ship code under a licence not on the allow-list below.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

interface StatsModule {
  name?: string;
  identifier?: string;
  modules?: StatsModule[];
}

/** Package folders (absolute) of every module in webpack stats; `context` is the folder ncc ran in. */
export function bundledPackageDirs(stats: { modules?: StatsModule[] }, context: string): string[] {
  const dirs = new Set<string>();
  const visit = (modules: StatsModule[] | undefined) => {
    for (const m of modules ?? []) {
      const name = (m.name ?? "").replace(/ \+ \d+ modules?$/, "");
      const at = name.lastIndexOf("node_modules/");
      if (at >= 0) {
        const rest = name.slice(at + "node_modules/".length).split("/");
        const pkg = rest[0]?.startsWith("@") ? rest.slice(0, 2).join("/") : rest[0];
        if (pkg && !pkg.startsWith(".")) dirs.add(resolve(context, name.slice(0, at), "node_modules", pkg));
      }
      visit(m.modules);
    }
  };
  visit(stats.modules);
  return [...dirs];
}

export function licenseNotices(packageDirs: string[]): string {
  const entries = new Map<string, string>();
  for (const dir of packageDirs) {
    const manifestPath = join(dir, "package.json");
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
      name?: string;
      version?: string;
      license?: string | { type?: string };
    };
    if (!manifest.name || manifest.name.startsWith("@gatehouse/")) continue;
    const license = typeof manifest.license === "string" ? manifest.license : (manifest.license?.type ?? "");
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file ? readFileSync(join(dir, file), "utf8").trim() : "";
    entries.set(
      manifest.name,
      [`${manifest.name}@${manifest.version ?? ""}`, license || "(no licence field)", text]
        .filter(Boolean)
        .join("\n"),
    );
  }
  return `${[...entries.keys()]
    .sort()
    .map((k) => entries.get(k))
    .join("\n\n-----\n\n")}\n`;
}

/**
 * Licences code shipped in a bundle may carry: permissive ones that let users run, copy and
 * redistribute the actions under our MIT licence with the notices in licenses.txt. Anything else
 * (copyleft, no licence, a custom text) stops the build until someone decides, here, that it may ship.
 */
export const ALLOWED_LICENSES: readonly string[] = [
  "0BSD",
  "Apache-2.0",
  "BlueOak-1.0.0",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "CC0-1.0",
  "ISC",
  "MIT",
  "Unlicense",
];

/**
 * Whether an SPDX expression is allowed: `A OR B` when either is, `A AND B` when both are,
 * parentheses and `WITH` exceptions taken as the licence they modify. An empty field is refused.
 */
export function licenseAllowed(expression: string, allowed: readonly string[] = ALLOWED_LICENSES): boolean {
  const tokens = expression.replace(/[()]/g, " ").trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return false;
  // OR binds looser than AND: allowed when some OR-branch has every licence allowed.
  const branches: string[][] = [[]];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.toUpperCase() === "OR") branches.push([]);
    else if (token.toUpperCase() === "AND") continue;
    else if (token.toUpperCase() === "WITH") i++;
    else branches.at(-1)!.push(token.replace(/\+$/, ""));
  }
  return branches.some((b) => b.length > 0 && b.every((id) => allowed.includes(id)));
}

/** One line per bundled package whose licence is not allowed (empty when every one is). */
export function licenseProblems(
  packageDirs: string[],
  allowed: readonly string[] = ALLOWED_LICENSES,
): string[] {
  const problems = new Map<string, string>();
  for (const dir of packageDirs) {
    const manifestPath = join(dir, "package.json");
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
      name?: string;
      version?: string;
      license?: string | { type?: string };
    };
    if (!manifest.name || manifest.name.startsWith("@gatehouse/")) continue;
    const license = typeof manifest.license === "string" ? manifest.license : (manifest.license?.type ?? "");
    if (licenseAllowed(license, allowed)) continue;
    problems.set(
      manifest.name,
      `${manifest.name}@${manifest.version ?? ""} is licensed ${license ? `"${license}"` : "with no licence field"}, which is not on the allow-list (ALLOWED_LICENSES in scripts/lib/licenses.ts): replace the dependency, or add the licence there if it may ship`,
    );
  }
  return [...problems.keys()].sort().map((k) => problems.get(k)!);
}
