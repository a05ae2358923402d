/**
 * The action's setup once its code has loaded: the runner context and the API client for the
 * `token` input, and the policy text (the request the start sent ahead, when it is the same).
 */
import { createClient, type GitHubClient } from "./client";
import { fetchPolicyText, type PolicyText } from "./policyText";
import { createRunner, processRunner, type RunnerContext, readRunnerContext } from "./runner";
import { policyTarget, takePrefetchedPolicy, tokenInput } from "./start";

export interface ActionSetup {
  ctx: RunnerContext;
  /** The API client; `client.now()` is the time, GitHub's (the `Date` of its first answer). */
  client: GitHubClient;
}

// The process's own setup, made once: the start's first request and the action's `run` share it.
let processSetup: ActionSetup | undefined;

/**
 * Runner context and an API client for the `token` input. No clock: the time is GitHub's
 * (`client.now()`), so nothing in the job's environment can move it.
 */
export function setupAction(env: Record<string, string | undefined> = process.env): ActionSetup {
  if (env === process.env && processSetup) return processSetup;
  const runner = env === process.env ? processRunner : createRunner({ env });
  const ctx = readRunnerContext(env);
  const token = tokenInput(runner, env);
  processRunner.setSecret(token);
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

/** The policy text for `ref`: the request the start already sent when it is for the same ref, else a new one. */
export function policyText(setup: ActionSetup, ref: string | undefined): Promise<PolicyText> {
  const sent = setup === processSetup ? takePrefetchedPolicy(ref) : undefined;
  return sent ?? fetchPolicyText(setup.client, policyTarget(setup.ctx, ref));
}
