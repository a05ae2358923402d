/**
 * The start every Gatehouse action shares, kept light so it runs before the action's own code has
 * loaded: the token and API URLs from the runner, the action's first request sent at once (the
 * policy, or the action's first query; its answer also gives the time: GitHub's `Date`), and a top
 * level that turns any failure into one plain sentence on a failed step (never a stack trace).
 *
 * An action's `index.ts` is `await runMain(() => import("./main").then((m) => m.run()), …)`: the
 * bundle splits there. Octokit is not in this chunk either: the first request leaves over the
 * transport (node:http, with the proxy settings) while Octokit's code is compiled, and the client,
 * once loaded, takes its answer as its own (`sendAhead`), with its retries and rate-limit handling.
 */
import { problemsToAnnotations } from "@gatehouse/core";
import type { GitHubClient } from "./client";
import { DEFAULT_API_URL, defaultGraphqlUrl, isMutation, trimSlash } from "./endpoints";
import { describeError } from "./errors";
import { fetchPolicyText, type PolicyText } from "./policyText";
import { readProxySettings } from "./proxy";
import { defaultBranchOf, processRunner, type Runner, type RunnerContext, readRunnerContext } from "./runner";
import { createTransport, nextRequestSent, sendAhead } from "./transport";

/** What the first request is made with: the runner context, and the client's `graphql` and `request`. */
export interface FirstSetup {
  ctx: RunnerContext;
  client: Pick<GitHubClient, "graphql" | "request">;
}

// The policy request sent by `runMain`, keyed by the ref it reads.
let prefetched: { ref: string | undefined; text: Promise<PolicyText> } | undefined;

/** The `token` input (else GITHUB_TOKEN); throws a plain sentence when there is none or no repository. */
export function tokenInput(
  runner: Pick<Runner, "getInput">,
  env: Record<string, string | undefined> = process.env,
): string {
  const token = runner.getInput("token") || env.GITHUB_TOKEN || "";
  if (!token) {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown to the user
    throw new Error("No token: set the `token` input (it defaults to `${{ github.token }}` in a workflow).");
  }
  const repository = readRunnerContext(env).repository;
  if (!repository.owner || !repository.repo) {
    throw new Error("GITHUB_REPOSITORY is not set: run this action inside a GitHub Actions job.");
  }
  return token;
}

/** The `policy-ref` input: the ref to read the policy at, or undefined for the default branch. */
export function policyRef(runner: Pick<Runner, "getInput"> = processRunner): string | undefined {
  return runner.getInput("policy-ref") || undefined;
}

/** Where the policy is read: `ref` (the `policy-ref` input), else the default branch the event names. */
export function policyTarget(ctx: RunnerContext, ref: string | undefined) {
  return { ...ctx.repository, ref, defaultBranch: defaultBranchOf(ctx.event) };
}

/** The policy request `runMain` sent, when it read `ref`; taken once. */
export function takePrefetchedPolicy(ref: string | undefined): Promise<PolicyText> | undefined {
  if (!prefetched || prefetched.ref !== ref) return undefined;
  const { text } = prefetched;
  prefetched = undefined;
  return text;
}

export interface RunMainOptions {
  runner?: Pick<Runner, "annotate" | "setFailed" | "debug">;
  /**
   * Sends the action's first request before `main` (and the code it loads) starts, and returns
   * its promise; `main` picks the answer up. `prefetchPolicy` is the usual one.
   */
  prefetch?: (setup: FirstSetup) => Promise<unknown>;
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
export function prefetchPolicy(setup: FirstSetup): Promise<PolicyText> {
  const ref = policyRef();
  const text = fetchPolicyText(setup.client, policyTarget(setup.ctx, ref));
  prefetched = { ref, text };
  return text;
}

/**
 * The first requests' client: each request leaves at once over the transport, then is made by the
 * real client (loaded meanwhile: `setupAction`), which takes the answer sent ahead as its own.
 * Mutations and REST requests other than GET are not sent ahead.
 */
function firstClient(ctx: RunnerContext, token: string): FirstSetup["client"] {
  const apiUrl = trimSlash(ctx.apiUrl || DEFAULT_API_URL);
  const graphqlUrl = trimSlash(ctx.graphqlUrl || defaultGraphqlUrl(apiUrl));
  const transport = createTransport({ proxy: readProxySettings(process.env) });
  const auth = { authorization: `${token.split(".").length === 3 ? "bearer" : "token"} ${token}` };
  const headers = { ...auth, "user-agent": "gatehouse", accept: "application/vnd.github.v3+json" };
  let real: Promise<GitHubClient> | undefined;
  const client = () => {
    real ??= import("./setup").then((m) => m.setupAction().client);
    return real;
  };
  return {
    graphql(query, variables = {}) {
      if (!isMutation(query)) {
        const body = Object.keys(variables).length > 0 ? { query, variables } : { query };
        sendAhead(transport, graphqlUrl, {
          method: "POST",
          headers: { ...headers, "content-type": "application/json; charset=utf-8" },
          body: JSON.stringify(body),
        });
      }
      return client().then((c) => c.graphql(query, variables));
    },
    request(route, params = {}) {
      const [method = "", template = ""] = route.trim().split(/\s+/, 2);
      if (method.toUpperCase() === "GET") {
        const { headers: own, ...rest } = params as { headers?: Record<string, string> } & Record<
          string,
          unknown
        >;
        const query = new URLSearchParams();
        const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
          const value = rest[name];
          delete rest[name];
          return encodeURIComponent(String(value));
        });
        for (const [k, v] of Object.entries(rest)) if (v !== undefined) query.set(k, String(v));
        const search = query.size > 0 ? `?${query}` : "";
        sendAhead(transport, `${apiUrl}${path}${search}`, { method: "GET", headers: { ...headers, ...own } });
      }
      return client().then((c) => c.request(route, params));
    },
  };
}

/** Sends the first requests and waits until they have left (or failed), not for the answers. */
async function sendFirstRequest(
  prefetch: (setup: FirstSetup) => Promise<unknown>,
  requests = 1,
): Promise<void> {
  let setup: FirstSetup;
  try {
    const ctx = readRunnerContext(process.env);
    setup = { ctx, client: firstClient(ctx, tokenInput(processRunner)) };
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
