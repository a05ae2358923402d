/**
 * The GitHub Actions runner protocol, without `@actions/core` (which costs ~80 ms of cold start).
 *
 * - inputs arrive as `INPUT_<NAME>` environment variables (name upper-cased, spaces turned into `_`);
 * - outputs are appended to the file named by `GITHUB_OUTPUT` as `name<<DELIMITER` heredocs;
 * - the job summary is Markdown appended to the file named by `GITHUB_STEP_SUMMARY`;
 * - annotations, masks and log levels are workflow commands written to stdout (`::error …::message`).
 *
 * Every function is available bound to the real process (`getInput`, `setOutput`, …) and through
 * `createRunner({ env, write })` for tests, which pass their own environment and capture stdout.
 */
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { EOL } from "node:os";
import { dirname } from "node:path";

export type AnnotationLevel = "error" | "warning" | "notice";

export interface AnnotationProperties {
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

export interface InputOptions {
  /** Throw when the input is empty or absent. The error names the input. */
  required?: boolean;
  /** Trim surrounding whitespace (default true). */
  trim?: boolean;
}

export interface BooleanInputOptions {
  required?: boolean;
  /** Value when the input is empty or absent (default false). */
  default?: boolean;
}

export interface RunnerIO {
  /** Environment to read (default: process.env, read at call time). */
  env?: Record<string, string | undefined>;
  /** Where workflow commands and log lines go (default: process.stdout). */
  write?: (text: string) => void;
  /** Called by setFailed (default: sets process.exitCode = 1). */
  fail?: () => void;
}

/** Thrown for a bad or missing input; the message names the input and says what to do. */
export class InputError extends Error {
  override name = "InputError";
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message);
  }
}

/** The environment variable the runner uses for an input: `INPUT_` + upper case, spaces as `_`. */
export function inputVariableName(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

/** Escapes the message part of a workflow command (`%`, `\r`, `\n`). */
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value of a workflow command (`%`, `\r`, `\n`, `:`, `,`). */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** Formats a workflow command line (without the trailing newline). */
export function formatCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== "")
    .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
    .join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeCommandData(message)}`;
}

function toOutputValue(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  return JSON.stringify(value);
}

/** A heredoc record for GITHUB_OUTPUT / GITHUB_ENV with a delimiter that appears in neither name nor value. */
export function formatFileCommand(
  name: string,
  value: string,
  newDelimiter: () => string = defaultDelimiter,
): string {
  let delimiter = newDelimiter();
  while (name.includes(delimiter) || value.includes(delimiter)) delimiter = newDelimiter();
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

function defaultDelimiter(): string {
  return `ghadelimiter_${randomUUID()}`;
}

export interface Runner {
  getInput(name: string, opts?: InputOptions): string;
  getMultilineInput(name: string, opts?: InputOptions): string[];
  getBooleanInput(name: string, opts?: BooleanInputOptions): boolean;
  setOutput(name: string, value: string | object | number | boolean): void;
  summary: { append(markdown: string): void };
  annotate(level: AnnotationLevel, message: string, props?: AnnotationProperties): void;
  info(message: string): void;
  notice(message: string, props?: AnnotationProperties): void;
  warning(message: string, props?: AnnotationProperties): void;
  error(message: string, props?: AnnotationProperties): void;
  debug(message: string): void;
  startGroup(title: string): void;
  endGroup(): void;
  setFailed(message: string): void;
  setSecret(value: string): void;
}

export function createRunner(io: RunnerIO = {}): Runner {
  const env = (): Record<string, string | undefined> => io.env ?? process.env;
  const write = (text: string): void => {
    if (io.write) io.write(text);
    else process.stdout.write(text);
  };
  const command = (name: string, props: Record<string, string | number | undefined>, message: string) =>
    write(formatCommand(name, props, message) + EOL);

  const getInput = (name: string, opts: InputOptions = {}): string => {
    const raw = env()[inputVariableName(name)] ?? "";
    const value = opts.trim === false ? raw : raw.trim();
    if (opts.required && value.trim() === "") {
      throw new InputError(
        name,
        `Input \`${name}\` is required but was not given: add \`${name}: …\` under \`with:\` in the step that uses this action.`,
      );
    }
    return value;
  };

  const annotate = (level: AnnotationLevel, message: string, props: AnnotationProperties = {}): void =>
    command(
      level,
      {
        title: props.title,
        file: props.file,
        line: props.line,
        endLine: props.endLine,
        col: props.col,
        endColumn: props.endColumn,
      },
      message,
    );

  return {
    getInput,

    getMultilineInput(name, opts = {}) {
      const lines = getInput(name, opts)
        .split(/\r?\n/)
        .map((line) => (opts.trim === false ? line : line.trim()));
      return lines.filter((line) => line.trim() !== "");
    },

    getBooleanInput(name, opts = {}) {
      const value = getInput(name, { required: opts.required });
      if (value === "") return opts.default ?? false;
      if (value === "true" || value === "True" || value === "TRUE") return true;
      if (value === "false" || value === "False" || value === "FALSE") return false;
      throw new InputError(name, `Input \`${name}\` must be \`true\` or \`false\`, not \`${value}\`.`);
    },

    setOutput(name, value) {
      const text = toOutputValue(value);
      const file = env().GITHUB_OUTPUT;
      if (file) {
        appendFileSync(file, formatFileCommand(name, text), "utf8");
        return;
      }
      write(EOL);
      command("set-output", { name }, text);
    },

    summary: {
      append(markdown: string) {
        const file = env().GITHUB_STEP_SUMMARY;
        if (!file) return;
        if (!existsSync(file)) mkdirSync(dirname(file), { recursive: true });
        appendFileSync(file, markdown.endsWith("\n") ? markdown : `${markdown}\n`, "utf8");
      },
    },

    annotate,
    info: (message) => write(message + EOL),
    notice: (message, props) => annotate("notice", message, props),
    warning: (message, props) => annotate("warning", message, props),
    error: (message, props) => annotate("error", message, props),
    debug: (message) => command("debug", {}, message),
    startGroup: (title) => command("group", {}, title),
    endGroup: () => command("endgroup", {}, ""),

    setFailed(message) {
      if (io.fail) io.fail();
      else process.exitCode = 1;
      annotate("error", message);
    },

    setSecret(value) {
      if (value) command("add-mask", {}, value);
    },
  };
}

/** The runner bound to this process (its environment and stdout). */
export const processRunner: Runner = createRunner();

export const getInput = processRunner.getInput;
export const getMultilineInput = processRunner.getMultilineInput;
export const getBooleanInput = processRunner.getBooleanInput;
export const setOutput = processRunner.setOutput;
export const summary = processRunner.summary;
export const annotate = processRunner.annotate;
export const info = processRunner.info;
export const notice = processRunner.notice;
export const warning = processRunner.warning;
export const error = processRunner.error;
export const debug = processRunner.debug;
export const startGroup = processRunner.startGroup;
export const endGroup = processRunner.endGroup;
export const setFailed = processRunner.setFailed;
export const setSecret = processRunner.setSecret;

export interface RunnerContext {
  repository: { owner: string; repo: string };
  sha: string;
  ref: string;
  /** Short ref name, e.g. `main` or `v1.2.0` (GITHUB_REF_NAME). */
  refName: string;
  runId: number;
  runAttempt: number;
  workflow: string;
  job: string;
  actor: string;
  eventName: string;
  /** The webhook payload of the triggering event (GITHUB_EVENT_PATH), `{}` when there is none. */
  event: Record<string, unknown>;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  /** Link to this workflow run (and attempt, when it is not the first). */
  runUrl: string;
  workspace: string;
  runnerTemp: string;
}

const trimSlash = (url: string) => url.replace(/\/+$/, "");

/** The default branch as the triggering event names it (push, pull_request, workflow_dispatch, …). */
export function defaultBranchOf(event: Record<string, unknown>): string | undefined {
  const repository = event.repository as { default_branch?: unknown } | undefined;
  return typeof repository?.default_branch === "string" && repository.default_branch
    ? repository.default_branch
    : undefined;
}

/** Reads what the runner tells a step about its run. `env` defaults to the process environment. */
export function readRunnerContext(env: Record<string, string | undefined> = process.env): RunnerContext {
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/", 2);
  const serverUrl = trimSlash(env.GITHUB_SERVER_URL || "https://github.com");
  const apiUrl = trimSlash(env.GITHUB_API_URL || "https://api.github.com");
  const graphqlUrl = trimSlash(env.GITHUB_GRAPHQL_URL || "https://api.github.com/graphql");
  const runId = Number.parseInt(env.GITHUB_RUN_ID ?? "", 10) || 0;
  const runAttempt = Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? "", 10) || 1;
  const ref = env.GITHUB_REF ?? "";
  return {
    repository: { owner, repo },
    sha: env.GITHUB_SHA ?? "",
    ref,
    refName: env.GITHUB_REF_NAME || ref.replace(/^refs\/(heads|tags)\//, ""),
    runId,
    runAttempt,
    workflow: env.GITHUB_WORKFLOW ?? "",
    job: env.GITHUB_JOB ?? "",
    actor: env.GITHUB_ACTOR ?? "",
    eventName: env.GITHUB_EVENT_NAME ?? "",
    event: readEvent(env.GITHUB_EVENT_PATH),
    serverUrl,
    apiUrl,
    graphqlUrl,
    runUrl:
      `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` +
      (runAttempt > 1 ? `/attempts/${runAttempt}` : ""),
    workspace: env.GITHUB_WORKSPACE ?? "",
    runnerTemp: env.RUNNER_TEMP ?? "",
  };
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path || !existsSync(path)) return {};
  const text = readFileSync(path, "utf8");
  if (text.trim() === "") return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    throw new Error(`The event payload at ${path} (GITHUB_EVENT_PATH) is not valid JSON.`);
  }
}
