/**
 * The demo scenario: every scenario/*.yml merged into one (base.yml first, then by file name),
 * so each action adds the data its demo step needs in its own file.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { findRepoRoot } from "../repoRoot";

/** The scenario files, found from the repository root so the built CLI reads the same ones. */
export const scenarioDir = join(findRepoRoot(), "packages", "cli", "src", "demo", "scenario");

type Json = unknown;

/** Identity of a list item: items with the same identity are merged instead of appended. */
function identity(item: Json): string | undefined {
  if (typeof item === "string" || typeof item === "number") return `=${item}`;
  if (!item || typeof item !== "object" || Array.isArray(item)) return undefined;
  const o = item as Record<string, unknown>;
  if (typeof o.repo === "string") return `repo:${o.repo}`;
  if (typeof o.owner === "string" && typeof o.name === "string") return `repo:${o.owner}/${o.name}`;
  for (const key of ["login", "slug", "number", "tag", "sha", "value", "name"]) {
    const v = o[key];
    if (typeof v === "string" || typeof v === "number")
      return key === "login" || key === "name" ? `=${v}` : `${key}:${v}`;
  }
  return undefined;
}

/** Deep merge: mappings key by key, lists by item identity (see identity), scalars replaced. */
export function mergeScenario(base: Json, extra: Json): Json {
  if (Array.isArray(base) && Array.isArray(extra)) {
    const out = [...base];
    for (const item of extra) {
      const id = identity(item);
      const at = id === undefined ? -1 : out.findIndex((x) => identity(x) === id);
      if (at < 0) out.push(item);
      else
        out[at] =
          typeof out[at] === "object" && typeof item === "object" ? mergeScenario(out[at], item) : item;
    }
    return out;
  }
  if (isMapping(base) && isMapping(extra)) {
    const out: Record<string, Json> = { ...base };
    for (const [key, value] of Object.entries(extra))
      out[key] = key in out ? mergeScenario(out[key], value) : value;
    return out;
  }
  return extra;
}

function isMapping(x: Json): x is Record<string, Json> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Repository files given as mappings (e.g. the policy) become YAML text. */
function writeFiles(scenario: Json): Json {
  if (!isMapping(scenario) || !Array.isArray(scenario.repos)) return scenario;
  for (const repo of scenario.repos) {
    if (!isMapping(repo) || !isMapping(repo.files)) continue;
    for (const [path, content] of Object.entries(repo.files)) {
      if (typeof content !== "string") repo.files[path] = stringify(content, { lineWidth: 0 });
    }
  }
  return scenario;
}

/** The scenario files in merge order. */
export function scenarioFiles(dir = scenarioDir): string[] {
  const names = readdirSync(dir).filter((f) => f.endsWith(".yml") || f.endsWith(".yaml"));
  names.sort((a, b) => (a === "base.yml" ? -1 : b === "base.yml" ? 1 : a.localeCompare(b)));
  return names.map((n) => join(dir, n));
}

/** The merged demo scenario, ready for startSandbox. */
export function loadDemoScenario(dir = scenarioDir): Record<string, unknown> {
  let merged: Json = {};
  for (const file of scenarioFiles(dir)) {
    let doc: Json;
    try {
      doc = parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`demo scenario ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (doc !== null && doc !== undefined) merged = mergeScenario(merged, doc);
  }
  return writeFiles(merged) as Record<string, unknown>;
}
