/**
 * The start every Gatehouse action shares, kept light so it runs before the action's own code has
 * loaded: the token and API URLs from the runner, the policy request sent at once (its answer
 * also gives the time: GitHub's `Date`), and a top level that turns any failure into one plain sentence on a failed step (never a
 * stack trace).
 *
 * An action's `index.ts` is `await runMain(() => import("./main").then((m) => m.run()), …)`: the
 * bundle splits there, so the first API request leaves after a few milliseconds of module loading
 * instead of after the whole bundle has been compiled.
 */
import { problemsToAnnotations } from "@gatehouse/core";
import { createClient, type GitHubClient } from "./client";
import { describeError } from "./errors";
import { fetchPolicyText, type PolicyText } from "./policyText";
import {
  createRunner,
  defaultBranchOf,
  processRunner,
  type Runner,
  type RunnerContext,
  readRunnerContext,
} from "./runner";
import { nextRequestSent } from "./transport";

export interface ActionSetup {
  ctx: RunnerContext;
  /** The API client; `client.now()` is the time, GitHub's (the `Date` of its first answer). */
  client: GitHubClient;
}

// The process's own setup, made once: `runMain` makes it early, the action's `run` gets the same.
let processSetup: ActionSetup | undefined;
// The policy request sent by `runMain`, keyed by the ref it reads.
let prefetched: { ref: string | undefined; text: Promise<PolicyText> } | undefined;

/**
 * Runner context and an API client for the `token` input. No clock: the time is GitHub's
 * (`client.now()`), so nothing in the job's environment can move it.
 */
export function setupAction(env: Record<string, string | undefined> = process.env): ActionSetup {
  if (env === process.env && processSetup) return processSetup;
  const runner = env === process.env ? processRunner : createRunner({ env });
  const ctx = readRunnerContext(env);
  const token = runner.getInput("token") || env.GITHUB_TOKEN || "";
  if (!token) {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown to the user
    throw new Error("No token: set the `token` input (it defaults to `${{ github.token }}` in a workflow).");
  }
  processRunner.setSecret(token);
  if (!ctx.repository.owner || !ctx.repository.repo) {
    throw new Error("GITHUB_REPOSITORY is not set: run this action inside a GitHub Actions job.");
  }
  const client = createClient({
    token,
    apiUrl: ctx.apiUrl,
    graphqlUrl: ctx.graphqlUrl,
    log: processRunner.info,
  });
  const setup = { ctx, client };
  if (env === process.env) processSetup = setup;
  return setup;
}

/** The `policy-ref` input: the ref to read the policy at, or undefined for the default branch. */
export function policyRef(runner: Pick<Runner, "getInput"> = processRunner): string | undefined {
  return runner.getInput("policy-ref") || undefined;
}

/** The policy text for `ref`: the request `runMain` already sent when it is for the same ref, else a new one. */
export function policyText(setup: ActionSetup, ref: string | undefined): Promise<PolicyText> {
  if (prefetched && prefetched.ref === ref && setup === processSetup) {
    const { text } = prefetched;
    prefetched = undefined;
    return text;
  }
  return fetchPolicyText(setup.client, policyTarget(setup, ref));
}

/** Where the policy is read: `ref` (the `policy-ref` input), else the default branch the event names. */
function policyTarget(setup: ActionSetup, ref: string | undefined) {
  return { ...setup.ctx.repository, ref, defaultBranch: defaultBranchOf(setup.ctx.event) };
}

export interface RunMainOptions {
  runner?: Pick<Runner, "annotate" | "setFailed" | "debug">;
  /**
   * Sends the action's first request before `main` (and the code it loads) starts, and returns
   * its promise; `main` picks the answer up. `prefetchPolicy` is the usual one.
   */
  prefetch?: (setup: ActionSetup) => Promise<unknown>;
  /** How many requests `prefetch` sends together (default 1): `main` loads once all have left. */
  prefetchRequests?: number;
}

/**
 * The top level of every action's `index.ts`: runs `main`; on failure writes one plain sentence as
 * the step's error (plus one annotation per policy problem, at its line and column) and fails the
 * step. The stack only goes to the debug log.
 */
export async function runMain(main: () => Promise<void>, options: RunMainOptions = {}): Promise<void> {
  const runner = options.runner ?? processRunner;
  try {
    if (options.prefetch) await sendFirstRequest(options.prefetch, options.prefetchRequests);
    await main();
  } catch (e) {
    const policyError = e as { name?: string; problems?: unknown; source?: string };
    if (policyError?.name === "PolicyError" && Array.isArray(policyError.problems)) {
      for (const a of problemsToAnnotations(policyError.problems, policyError.source))
        runner.annotate(a.level, a.message, a.props);
    }
    if (e instanceof Error && e.stack) runner.debug(e.stack);
    runner.setFailed(describeError(e));
  }
}

/** The policy request, sent ahead (see `RunMainOptions.prefetch`); `loadActionPolicy` picks it up. */
export function prefetchPolicy(setup: ActionSetup): Promise<PolicyText> {
  const ref = policyRef();
  const text = fetchPolicyText(setup.client, policyTarget(setup, ref));
  prefetched = { ref, text };
  return text;
}

/** Sends the first requests and waits until they have left (or failed), not for the answers. */
async function sendFirstRequest(
  prefetch: (setup: ActionSetup) => Promise<unknown>,
  requests = 1,
): Promise<void> {
  let setup: ActionSetup;
  try {
    setup = setupAction();
  } catch {
    return; // `main` meets the same problem and reports it
  }
  const sent = nextRequestSent(requests);
  const settled = prefetch(setup).then(
    () => {},
    () => {}, // read (and reported) by `main`; never an unhandled rejection meanwhile
  );
  await Promise.race([sent, settled]);
}
