/**
 * The runner harness: runs an action's committed bundle (actions/<name>/dist/index.js) from a
 * copy with no node_modules, against the sandbox, exactly as the Actions runner would.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  defaultsFromState,
  type RunBundleOptions,
  type RunResult,
  runBundle,
  type SandboxEndpoint,
} from "../packages/sandbox/src/runner";

export type { Annotation, RunResult } from "../packages/sandbox/src/runner";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export type ActionName =
  | "change-gate"
  | "change-schedule"
  | "freeze-window"
  | "release-bundle"
  | "post-implementation-review"
  | "release-metrics"
  | "verify-release";

/** A running sandbox; only the endpoint is required, its state gives the defaults when present. */
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
 * Runs actions/<name>/dist/index.js against the sandbox. Defaults: GITHUB_REPOSITORY is the
 * sandbox's first repository, GITHUB_SHA/GITHUB_REF the head of its default branch, the event
 * names that repository and its default branch (as every event GitHub sends does), the token
 * the sandbox's default token; input defaults come from actions/<name>/action.yml, as on a runner.
 * The time is the sandbox's clock, as the actions read GitHub's: the `Date` of its answers (move it
 * with `sb.setNow(…)` before the run).
 */
export function runAction(name: ActionName | (string & {}), opts: RunActionOptions): Promise<RunResult> {
  return runActionBundle(bundlePath(name), opts);
}

/** runAction for a bundle at any path (fixtures), with the same defaults. */
export function runActionBundle(bundle: string, opts: RunActionOptions): Promise<RunResult> {
  const defaults = defaultsFromState(opts.sandbox.state);
  const repository = opts.repository ?? defaults.repository;
  // Every event GitHub sends names its repository and that repository's default branch.
  const event =
    opts.event ??
    (defaults.defaultBranch && repository === defaults.repository
      ? { repository: { full_name: repository, default_branch: defaults.defaultBranch } }
      : undefined);
  return runBundle(bundle, {
    ...opts,
    ...(event ? { event } : {}),
    repository,
    sha: opts.sha ?? defaults.sha,
    ref: opts.ref ?? defaults.ref,
  });
}
