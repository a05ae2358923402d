/**
 * Test helpers: a sandbox playing GitHub with the App installed, and the App started against it.
 * The protocol tests use a scripted `decide` (the release process's gate has its own tests, and the
 * App's shared tests run the real one): it reads change request #1's labels and keeps one marked
 * comment on it per deployment, as the change gate does.
 */
import { marker } from "@gatehouse/core";
import { type Sandbox, startSandbox } from "@gatehouse/sandbox";
import { type RunningApp, type StartAppOptions, startApp } from "./app";
import type { AppConfig } from "./config";
import type { Decide, Verdict } from "./decision";
import { createLogger, type Logger } from "./log";

export const NOW = "2026-06-15T09:00:00Z";
export const SECRET = "gatehouse-test-secret";

export const SCENARIO = `
now: ${NOW}
users: [alice, chen]
orgs: [acme]
tokens:
  - { value: chen-token, user: chen, permissions: { issues: write } }
apps:
  - slug: gatehouse
    id: 4242
    owner: acme
    permissions: { actions: read, contents: read, deployments: write, issues: write, pull-requests: read, members: read }
    events: [deployment_protection_rule, issue_comment, issues]
    webhookSecret: ${SECRET}
    installations: [{ id: 77, account: acme }]
repos:
  - repo: acme/shop
    commits: [{ message: "feat: cart", author: alice }]
    issues: [{ number: 1, title: Cart, author: alice, labels: [change-request] }]
    environments: [{ name: Production, protectionRules: [gatehouse] }]
  - repo: acme/payroll
    issues: [{ number: 1, title: Salaries, author: alice }]
`;

export function configFor(sb: Sandbox, port = 0): AppConfig {
  return {
    appId: sb.apps.get("gatehouse").id,
    privateKey: sb.apps.get("gatehouse").privateKey,
    webhookSecret: SECRET,
    apiUrl: sb.apiUrl,
    graphqlUrl: sb.graphqlUrl,
    serverUrl: sb.url,
    port,
    host: "127.0.0.1",
    recheckMinutes: 0,
  };
}

/** Log lines kept for assertions. */
export function memoryLog(): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  return { lines, log: createLogger((l) => lines.push(JSON.parse(l) as Record<string, unknown>)) };
}

/**
 * A scripted decision on change request acme/shop#1: `change/approved` approves, `change/rejected`
 * rejects, otherwise it waits for an approval — or, while `freezeUntil` is ahead, for the freeze
 * to end. Like the gate, it keeps one comment per deployment on the change request.
 */
export function scriptedDecide(state: { freezeUntil?: Date; calls: number }): Decide {
  return async (targets, access, now) => {
    state.calls++;
    const target = targets[0]!;
    const client = await access.client([`${target.owner}/${target.repo}`]);
    const { data: issue } = await client.request("GET /repos/{owner}/{repo}/issues/{issue_number}", {
      owner: "acme",
      repo: "shop",
      issue_number: 1,
    });
    const comments = await client.paginate<{ body: string }>(
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      {
        owner: "acme",
        repo: "shop",
        issue_number: 1,
      },
    );
    for (const t of targets) {
      const key = `${t.owner}/${t.repo}:${t.environment}:run-${t.runId}`.toLowerCase();
      if (!comments.some((c) => c.body.includes(marker("change-gate", key)))) {
        await client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
          owner: "acme",
          repo: "shop",
          issue_number: 1,
          body: `${marker("change-gate", key)}\nDeployment of run ${t.runId} waits for this change request.`,
        });
      }
    }
    const labels = (issue as { labels: { name: string }[] }).labels.map((l) => l.name);
    const verdict = (): Verdict => {
      if (labels.includes("change/rejected"))
        return { state: "rejected", comment: "Rejected: #1 was rejected." };
      if (state.freezeUntil && now < state.freezeUntil) {
        return {
          state: "waiting",
          comment: `Held by freeze until ${state.freezeUntil.toISOString()}`,
          recheckAt: state.freezeUntil,
        };
      }
      if (labels.includes("change/approved"))
        return { state: "approved", comment: "Approved: #1 is approved." };
      return { state: "waiting", comment: "Waiting for 1 approval on #1" };
    };
    return targets.map(() => verdict());
  };
}

export async function startWithSandbox(
  decideState: { freezeUntil?: Date; calls: number },
  extra: Partial<StartAppOptions> = {},
): Promise<{
  sb: Sandbox;
  app: RunningApp;
  lines: Record<string, unknown>[];
  restart(): Promise<RunningApp>;
}> {
  const sb = await startSandbox(SCENARIO);
  const { log, lines } = memoryLog();
  const options = (port = 0): StartAppOptions => ({
    config: configFor(sb, port),
    decide: scriptedDecide(decideState),
    log,
    retryBaseMs: 5,
    answer: { backoffMs: 5, timeoutMs: 2000 },
    ...extra,
  });
  const app = await startApp(options());
  sb.apps.setWebhookUrl("gatehouse", app.webhookUrl);
  await app.recovered;
  const handle = {
    sb,
    app,
    lines,
    async restart() {
      const port = Number(new URL(handle.app.url).port);
      await handle.app.close(1000);
      handle.app = await startApp(options(port));
      return handle.app;
    },
  };
  return handle;
}

/** Statuses of the App's POSTs to a run's protection-rule callback (answers and reports), in order. */
export function callbackPosts(sb: Sandbox, runId: number): number[] {
  return sb.requests
    .filter(
      (r) =>
        r.method === "POST" &&
        r.route === "/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule" &&
        r.path.includes(`/runs/${runId}/`),
    )
    .map((r) => r.status);
}

/** Polls `check` until it is true (or fails after `ms`). */
export async function until(check: () => boolean, ms = 10_000, what = "condition"): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
