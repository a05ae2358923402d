/**
 * The third-party notices of a bundle: every npm package whose code webpack put into any chunk
 * (ncc's own `--license` output misses the entry chunk once the bundle is split), with its version,
 * licence and licence text, sorted by name so the file is the same on every build.
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
