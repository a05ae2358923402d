/**
 * The runner harness: runs an action's committed bundle (actions/<name>/dist/index.js) from a
 * copy with no node_modules, against the sandbox, exactly as the Actions runner would.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type RunBundleOptions,
  type RunResult,
  runBundle,
  type SandboxEndpoint,
} from "../packages/sandbox/src/runner";

export type { Annotation, RunResult } from "../packages/sandbox/src/runner";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export type ActionName = "change-gate" | "freeze-window" | "release-bundle" | "post-implementation-review";

/** A running sandbox; only the endpoint is required, state is used for defaults when present. */
export type HarnessSandbox = SandboxEndpoint & { state?: unknown };

export interface RunActionOptions extends Omit<RunBundleOptions, "sandbox"> {
  sandbox: HarnessSandbox;
}

export function bundlePath(name: string): string {
  return join(repoRoot, "actions", name, "dist", "index.js");
}

export function hasBundle(name: string): boolean {
  return existsSync(bundlePath(name));
}

/**
 * Runs actions/<name>/dist/index.js against the sandbox. Defaults: the repository is the
 * sandbox's first repository (or opts.repository), the token the sandbox's default token,
 * the inputs' defaults come from actions/<name>/action.yml like on a runner.
 */
export function runAction(name: ActionName | (string & {}), opts: RunActionOptions): Promise<RunResult> {
  const repository = opts.repository ?? firstRepository(opts.sandbox.state) ?? "octo-org/octo-repo";
  return runBundle(bundlePath(name), { ...opts, repository });
}

/** owner/name of the first repository in a sandbox state, whatever collection shape holds it. */
export function firstRepository(state: unknown): string | undefined {
  const repos =
    (state as { repos?: unknown; repositories?: unknown } | undefined)?.repos ??
    (state as { repositories?: unknown } | undefined)?.repositories;
  let first: unknown;
  let key: unknown;
  if (repos instanceof Map) [key, first] = repos.entries().next().value ?? [];
  else if (Array.isArray(repos)) first = repos[0];
  else if (repos && typeof repos === "object") [key, first] = Object.entries(repos)[0] ?? [];
  const repo = first as
    | { full_name?: unknown; fullName?: unknown; owner?: unknown; name?: unknown }
    | undefined;
  if (typeof repo?.full_name === "string") return repo.full_name;
  if (typeof repo?.fullName === "string") return repo.fullName;
  const owner =
    typeof repo?.owner === "string" ? repo.owner : (repo?.owner as { login?: unknown } | undefined)?.login;
  if (typeof owner === "string" && typeof repo?.name === "string") return `${owner}/${repo.name}`;
  if (typeof key === "string" && key.includes("/")) return key;
  return undefined;
}
