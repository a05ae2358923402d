/**
 * Runner emulation: runs a bundled action (`dist/index.js`) the way the GitHub Actions runner
 * does — from a folder with no node_modules, with the runner's environment variables and file
 * commands — and reads back what it wrote. Used by the test harness, the bench and the demo.
 *
 * The child is always spawned asynchronously: the sandbox usually serves from this very process.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { parse as parseYaml } from "yaml";

/** What runBundle needs of a sandbox (structural, so the runner does not depend on its internals). */
export interface SandboxEndpoint {
  /** Server URL (GITHUB_SERVER_URL): html links live here. */
  url: string;
  apiUrl: string;
  graphqlUrl: string;
  /** Default token, passed as the `token` input unless the inputs name one. */
  token: string;
}

export type AnnotationLevel = "error" | "warning" | "notice";

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

export interface RunBundleOptions {
  /** Action inputs by their action.yml name; exported as INPUT_<NAME> like the runner does. */
  inputs?: Record<string, string>;
  /** Extra environment; a value of undefined removes a variable the runner would set. */
  env?: Record<string, string | undefined>;
  /** The webhook payload written to GITHUB_EVENT_PATH (default {}). */
  event?: object;
  /** GITHUB_EVENT_NAME (default workflow_dispatch). */
  eventName?: string;
  sandbox?: SandboxEndpoint;
  /** Token for `${{ github.token }}` (default: the sandbox's token). */
  token?: string;
  /** owner/repo for GITHUB_REPOSITORY (default octo-org/octo-repo). */
  repository?: string;
  sha?: string;
  ref?: string;
  actor?: string;
  workflow?: string;
  job?: string;
  runId?: number;
  runAttempt?: number;
  /** GITHUB_WORKSPACE and the working directory (default: a fresh empty folder). */
  workspace?: string;
  /**
   * action.yml whose input defaults are applied like the runner does (default: the action.yml
   * in the folder above the bundle's folder, if there is one). Pass false to skip defaults.
   */
  actionYml?: string | false;
  /** Kill the process after this long (default 60 s). */
  timeoutMs?: number;
  /** Measure the child's peak memory and CPU time with /usr/bin/time (sets peakMb and cpuMs). */
  measureMemory?: boolean;
  /** Keep the temporary folders (their path is in RunResult.dir). */
  keep?: boolean;
}

export interface RunResult {
  exitCode: number;
  /** Signal that ended the process, if any (SIGKILL after a timeout). */
  signal: string | null;
  timedOut: boolean;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Variables written to GITHUB_ENV and GITHUB_STATE. */
  env: Record<string, string>;
  state: Record<string, string>;
  stdout: string;
  stderr: string;
  durationMs: number;
  /** Wall-clock time of the spawn, as performance.timeOrigin + performance.now() (ms). */
  spawnedAt: number;
  /** Peak resident set size of the node process in MB, when measureMemory was set. */
  peakMb?: number;
  /** CPU time (user + system) of the node process in ms, when measureMemory was set. */
  cpuMs?: number;
  /** The temporary root (only still on disk when keep was set). */
  dir: string;
}

const DEFAULT_SHA = "0123456789abcdef0123456789abcdef01234567";

/** INPUT_ variable name of an input, exactly as the runner mangles it. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

/** Copies a bundle folder without any node_modules into dest. */
export function copyBundle(bundleDir: string, dest: string): void {
  cpSync(bundleDir, dest, {
    recursive: true,
    filter: (src) => basename(src) !== "node_modules",
  });
}

/** Runs a bundled action once and returns what it wrote. */
export async function runBundle(bundlePath: string, opts: RunBundleOptions = {}): Promise<RunResult> {
  if (!existsSync(bundlePath)) throw new Error(`no bundle at ${bundlePath} (run pnpm build first)`);
  const root = mkdtempSync(join(tmpdir(), "gatehouse-run-"));
  try {
    return await runIn(root, bundlePath, opts);
  } finally {
    if (!opts.keep) rmSync(root, { recursive: true, force: true });
  }
}

async function runIn(root: string, bundlePath: string, opts: RunBundleOptions): Promise<RunResult> {
  const actionDir = join(root, "action");
  copyBundle(dirname(bundlePath), actionDir);
  const entry = join(actionDir, basename(bundlePath));
  const workspace = opts.workspace ?? join(root, "workspace");
  const runnerTemp = join(root, "runner-temp");
  const files = join(root, "files");
  for (const dir of [workspace, runnerTemp, files]) mkdirSync(dir, { recursive: true });

  const file = (name: string, content = "") => {
    const path = join(files, name);
    writeFileSync(path, content);
    return path;
  };
  const eventPath = file("event.json", JSON.stringify(opts.event ?? {}, null, 2));
  const outputPath = file("output");
  const summaryPath = file("step_summary");
  const envPath = file("env");
  const statePath = file("state");
  const pathPath = file("path");

  const sandbox = opts.sandbox;
  const repository = opts.repository ?? "octo-org/octo-repo";
  const ref = opts.ref ?? "refs/heads/main";
  const serverUrl = sandbox?.url ?? "https://github.com";
  const github: Record<string, string> = {
    token: opts.token ?? sandbox?.token ?? "",
    repository,
    repository_owner: repository.split("/")[0] ?? "",
    sha: opts.sha ?? DEFAULT_SHA,
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags)\//, ""),
    event_name: opts.eventName ?? "workflow_dispatch",
    run_id: String(opts.runId ?? 1000),
    run_attempt: String(opts.runAttempt ?? 1),
    workflow: opts.workflow ?? "deploy",
    job: opts.job ?? "deploy",
    actor: opts.actor ?? "octocat",
    server_url: serverUrl,
    api_url: sandbox?.apiUrl ?? "https://api.github.com",
    graphql_url: sandbox?.graphqlUrl ?? "https://api.github.com/graphql",
    workspace,
  };

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? root,
    LANG: "C.UTF-8",
    TZ: "UTC",
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_ACTION: "__gatehouse_action",
    GITHUB_REPOSITORY: github.repository!,
    GITHUB_REPOSITORY_OWNER: github.repository_owner!,
    GITHUB_SHA: github.sha!,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: github.ref_name!,
    GITHUB_REF_TYPE: ref.startsWith("refs/tags/") ? "tag" : "branch",
    GITHUB_RUN_ID: github.run_id!,
    GITHUB_RUN_NUMBER: "1",
    GITHUB_RUN_ATTEMPT: github.run_attempt!,
    GITHUB_WORKFLOW: github.workflow!,
    GITHUB_JOB: github.job!,
    GITHUB_ACTOR: github.actor!,
    GITHUB_TRIGGERING_ACTOR: github.actor!,
    GITHUB_EVENT_NAME: github.event_name!,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_ENV: envPath,
    GITHUB_STATE: statePath,
    GITHUB_PATH: pathPath,
    GITHUB_SERVER_URL: github.server_url!,
    GITHUB_API_URL: github.api_url!,
    GITHUB_GRAPHQL_URL: github.graphql_url!,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_NAME: "gatehouse-sandbox-runner",
    RUNNER_ENVIRONMENT: "self-hosted",
  };

  const ymlPath = opts.actionYml ?? join(dirname(dirname(bundlePath)), "action.yml");
  const inputs = {
    ...(ymlPath && existsSync(ymlPath) ? inputDefaults(ymlPath, github) : {}),
    ...opts.inputs,
  };
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
  for (const [name, value] of Object.entries(opts.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }

  const memoryFile = join(files, "maxrss");
  const measure = opts.measureMemory === true && existsSync("/usr/bin/time");
  const command = measure ? "/usr/bin/time" : process.execPath;
  const args = measure ? ["-f", "%M %U %S", "-o", memoryFile, process.execPath, entry] : [entry];

  const spawnedAt = performance.timeOrigin + performance.now();
  const child = spawn(command, args, {
    cwd: workspace,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid);
  }, opts.timeoutMs ?? 60_000);
  const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>((done, fail) => {
    child.on("error", fail);
    child.on("close", (c, s) => done({ code: c, signal: s }));
  }).finally(() => clearTimeout(timer));
  const durationMs = performance.timeOrigin + performance.now() - spawnedAt;

  let peakMb: number | undefined;
  let cpuMs: number | undefined;
  if (measure && existsSync(memoryFile)) {
    // The last line is "maxrss-kB user-s system-s" (earlier lines: "Command exited with …").
    const [kb, user, system] = (readFileSync(memoryFile, "utf8").trim().split("\n").pop() ?? "")
      .split(" ")
      .map(Number);
    if (kb !== undefined && Number.isFinite(kb)) peakMb = kb / 1024;
    if (user !== undefined && system !== undefined && Number.isFinite(user + system))
      cpuMs = (user + system) * 1000;
  }

  // A malformed file command fails the step on a runner; here it fails the run, with the log.
  const fileCommand = (path: string, label: string) => {
    try {
      return parseFileCommand(readFileSync(path, "utf8"), label);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`);
    }
  };
  return {
    exitCode: code ?? (signal ? 128 : 1),
    signal,
    timedOut,
    outputs: fileCommand(outputPath, "GITHUB_OUTPUT"),
    summary: readFileSync(summaryPath, "utf8"),
    annotations: parseAnnotations(stdout),
    env: fileCommand(envPath, "GITHUB_ENV"),
    state: fileCommand(statePath, "GITHUB_STATE"),
    stdout,
    stderr,
    durationMs,
    spawnedAt,
    peakMb,
    cpuMs,
    dir: root,
  };
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/**
 * Input defaults from action.yml, with the `${{ github.* }}` expressions the runner would
 * evaluate (e.g. `token: default: ${{ github.token }}`). Other contexts evaluate to "".
 */
export function inputDefaults(actionYmlPath: string, github: Record<string, string>): Record<string, string> {
  const doc = parseYaml(readFileSync(actionYmlPath, "utf8")) as {
    inputs?: Record<string, { default?: unknown }>;
  };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc?.inputs ?? {})) {
    if (spec?.default === undefined || spec.default === null) continue;
    out[name] = String(spec.default).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
      const match = /^github\.([a-z_]+)$/.exec(expr);
      return match ? (github[match[1]!] ?? "") : "";
    });
  }
  return out;
}

/**
 * Parses a file command file (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE): `name=value` lines and
 * `name<<DELIMITER` … `DELIMITER` blocks. A missing delimiter fails, as it fails the runner's step.
 */
export function parseFileCommand(text: string, label = "file command"): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const eq = line.indexOf("=");
    if (heredoc && (eq < 0 || eq > line.indexOf("<<"))) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i]!);
      }
      if (!closed) throw new Error(`${label}: matching delimiter "${delimiter}" not found for "${name}"`);
      out[name!] = value.join("\n");
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`${label}: invalid line "${line}"`);
    }
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/%25/g, "%");
}

function unescapeProperty(s: string): string {
  return s
    .replace(/%0D/gi, "\r")
    .replace(/%0A/gi, "\n")
    .replace(/%3A/gi, ":")
    .replace(/%2C/gi, ",")
    .replace(/%25/g, "%");
}

/** Workflow command annotations (`::error file=a.yml,line=3::message`) found in a log. */
export function parseAnnotations(log: string): Annotation[] {
  const out: Annotation[] = [];
  for (const line of log.split(/\r?\n/)) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const annotation: Annotation = { level: match[1] as AnnotationLevel, message: unescapeData(match[3]!) };
    for (const pair of (match[2] ?? "").split(",")) {
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const key = pair.slice(0, eq).trim();
      const value = unescapeProperty(pair.slice(eq + 1));
      if (key === "title" || key === "file") annotation[key] = value;
      else if (key === "line" || key === "endLine" || key === "col" || key === "endColumn") {
        annotation[key] = Number(value);
      }
    }
    out.push(annotation);
  }
  return out;
}

/**
 * Runner defaults taken from a sandbox's state, read structurally: the first repository
 * (owner/name), its default branch and that branch's head. Whatever is missing stays undefined.
 */
export function defaultsFromState(state: unknown): {
  repository?: string;
  sha?: string;
  ref?: string;
  defaultBranch?: string;
} {
  const repos = (state as { repos?: unknown } | undefined)?.repos;
  let first: unknown;
  let key: unknown;
  if (repos instanceof Map) [key, first] = repos.entries().next().value ?? [];
  else if (Array.isArray(repos)) first = repos[0];
  else if (repos && typeof repos === "object") [key, first] = Object.entries(repos)[0] ?? [];
  const repo = first as
    | { full_name?: unknown; owner?: unknown; name?: unknown; defaultBranch?: unknown; refs?: unknown }
    | undefined;
  let repository: string | undefined;
  const owner =
    typeof repo?.owner === "string" ? repo.owner : (repo?.owner as { login?: unknown } | undefined)?.login;
  if (typeof repo?.full_name === "string") repository = repo.full_name;
  else if (typeof owner === "string" && typeof repo?.name === "string") repository = `${owner}/${repo.name}`;
  else if (typeof key === "string" && key.includes("/")) repository = key;
  const branch = typeof repo?.defaultBranch === "string" ? repo.defaultBranch : undefined;
  const ref = branch ? `refs/heads/${branch}` : undefined;
  let sha: string | undefined;
  if (ref && repo?.refs instanceof Map) {
    const head = repo.refs.get(ref);
    if (typeof head === "string") sha = head;
  }
  return { repository, sha, ref, ...(branch ? { defaultBranch: branch } : {}) };
}
