/**
 * The start every Gatehouse action shares: the token and API URLs from the runner, one clock
 * reading, the policy from the default branch, and a top level that turns any failure into one
 * plain sentence on a failed step (never a stack trace).
 */
import { PolicyError, problemsToAnnotations } from "@gatehouse/core";
import { createClient, type GitHubClient } from "./client";
import { describeError } from "./errors";
import { type LoadedPolicy, loadPolicy } from "./policy";
import { createRunner, processRunner, type Runner, type RunnerContext, readRunnerContext } from "./runner";

export interface ActionSetup {
  ctx: RunnerContext;
  client: GitHubClient;
  /** The instant the action decides at: `GATEHOUSE_NOW` (ISO 8601) when set, else the clock, read once. */
  now: Date;
}

/** Reads the instant to decide at. `GATEHOUSE_NOW` lets tests and the demo pin it. */
export function readNow(
  env: Record<string, string | undefined> = process.env,
  clock: () => Date = () => new Date(),
): Date {
  const pinned = env.GATEHOUSE_NOW?.trim();
  if (!pinned) return clock();
  const at = new Date(pinned);
  if (Number.isNaN(at.getTime())) {
    throw new Error(
      `GATEHOUSE_NOW is "${pinned}", which is not an ISO 8601 instant: unset it or write e.g. 2026-11-23T14:00:00Z.`,
    );
  }
  return at;
}

/** Runner context, an API client for the `token` input, and the decision instant. */
export function setupAction(env: Record<string, string | undefined> = process.env): ActionSetup {
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
  return { ctx, client, now: readNow(env) };
}

/** The policy of the repository, from its default branch unless the `policy-ref` input names a ref. */
export async function loadActionPolicy(
  setup: ActionSetup,
  runner: Pick<Runner, "getInput"> = processRunner,
): Promise<LoadedPolicy> {
  const ref = runner.getInput("policy-ref") || undefined;
  return loadPolicy(setup.client, { ...setup.ctx.repository, ref });
}

/**
 * The top level of every action's `index.ts`: runs `main`; on failure writes one plain sentence as
 * the step's error (plus one annotation per policy problem, at its line and column) and fails the
 * step. The stack only goes to the debug log.
 */
export async function runMain(
  main: () => Promise<void>,
  runner: Pick<Runner, "annotate" | "setFailed" | "debug"> = processRunner,
): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (e instanceof PolicyError) {
      for (const a of problemsToAnnotations(e.problems, e.source))
        runner.annotate(a.level, a.message, a.props);
    }
    if (e instanceof Error && e.stack) runner.debug(e.stack);
    runner.setFailed(describeError(e));
  }
}
