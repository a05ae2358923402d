/**
 * Nothing is lost while the App is down, because GitHub keeps everything that matters:
 *
 * - the waiting runs: every run of every repository the App is installed on that waits on an
 *   environment is settled again (the sweep) — a request that was never answered, an approval that
 *   came while the App was away, a freeze that ended, a hold whose timer died with a replica;
 * - the deliveries: `deployment_protection_rule` deliveries that never got a 2xx answer are sent
 *   again by GitHub (redelivery), so their record shows how they were recovered.
 *
 * Both are safe to run on every replica at once: GitHub takes one answer per rule.
 */
import type { GitHubClient } from "@gatehouse/github";
import type { Deployments, Outcome } from "./deployments";
import { type AppGitHub, TOKEN_PURPOSES } from "./github";
import type { Logger } from "./log";

/** GitHub keeps an App's deliveries for three days. */
export const DELIVERY_RETENTION_MS = 3 * 24 * 3600_000;

export interface SweepResult {
  repositories: number;
  waitingRuns: number;
  outcomes: Outcome[];
  failures: number;
}

/** Settles every run that waits, in every repository of every installation. */
export async function sweepWaitingRuns(
  github: AppGitHub,
  deployments: Deployments,
  log: Logger,
): Promise<SweepResult> {
  const result: SweepResult = { repositories: 0, waitingRuns: 0, outcomes: [], failures: 0 };
  const installations = await github.asApp((c) => c.paginate<{ id: number }>("GET /app/installations"));
  for (const inst of installations) {
    const client = await github.installation(inst.id).client([], TOKEN_PURPOSES.listWaitingRuns);
    const repos = await listRepositories(client);
    result.repositories += repos.length;
    const waiting = await Promise.all(
      repos.map(async (r) => ({ r, runs: await waitingRuns(client, r.owner.login, r.name) })),
    );
    const settled = await Promise.all(
      waiting.flatMap(({ r, runs }) =>
        runs.map(async (run) => {
          result.waitingRuns++;
          try {
            return await deployments.settle(
              {
                installationId: inst.id,
                owner: r.owner.login,
                repo: r.name,
                runId: run.id,
                sha: run.head_sha,
              },
              { report: false, why: "sweep" },
            );
          } catch (e) {
            result.failures++;
            log.error("could not settle a waiting run in the sweep", {
              repository: `${r.owner.login}/${r.name}`,
              run: run.id,
              error: e instanceof Error ? e.message : String(e),
            });
            return [];
          }
        }),
      ),
    );
    result.outcomes.push(...settled.flat());
  }
  return result;
}

async function listRepositories(client: GitHubClient): Promise<{ name: string; owner: { login: string } }[]> {
  const pages = client.pages<{ name: string; owner: { login: string } }>("GET /installation/repositories");
  const out: { name: string; owner: { login: string } }[] = [];
  for await (const page of pages) {
    // This route answers `{ total_count, repositories }`; Octokit's paginate unwraps it into the list.
    out.push(...page);
  }
  return out;
}

async function waitingRuns(
  client: GitHubClient,
  owner: string,
  repo: string,
): Promise<{ id: number; head_sha: string }[]> {
  return client.paginate<{ id: number; head_sha: string }>("GET /repos/{owner}/{repo}/actions/runs", {
    owner,
    repo,
    status: "waiting",
  });
}

interface DeliveryItem {
  id: number;
  guid: string;
  delivered_at: string;
  status_code: number;
  event: string;
  redelivery: boolean;
}

/**
 * Asks GitHub to redeliver each `deployment_protection_rule` delivery since `since` that never got
 * a 2xx answer (no attempt with the same guid succeeded). Answers how many were asked for.
 */
export async function redeliverFailed(github: AppGitHub, since: Date, log: Logger): Promise<number> {
  return github.asApp(async (client) => {
    const ok = new Set<string>();
    const failed = new Map<string, DeliveryItem>();
    pages: for await (const page of client.pages<DeliveryItem>("GET /app/hook/deliveries")) {
      for (const d of page) {
        if (Date.parse(d.delivered_at) < since.getTime()) break pages;
        if (d.status_code >= 200 && d.status_code < 300) ok.add(d.guid);
        else if (d.event === "deployment_protection_rule" && !failed.has(d.guid)) failed.set(d.guid, d);
      }
    }
    let asked = 0;
    for (const [guid, d] of failed) {
      if (ok.has(guid)) continue;
      await client.request("POST /app/hook/deliveries/{delivery_id}/attempts", { delivery_id: d.id });
      asked++;
      log.info("asked GitHub to redeliver a delivery that failed", {
        delivery: guid,
        deliveredAt: d.delivered_at,
      });
    }
    return asked;
  });
}
