/**
 * Settling a waiting deployment: is the job still waiting on this environment (GitHub says), what
 * does the release process decide, and what is answered — approved, rejected, or a status report
 * and a timer while it waits. Whatever started it (a `deployment_protection_rule` delivery, an
 * approver's comment, a freeze's end, the sweep at start), the same steps run, so a deployment is
 * answered the same way whichever replica, and however many times, looks at it.
 */
import type { GitHubClient } from "@gatehouse/github";
import { type AnswerOptions, answerRule, reportStatus } from "./callback";
import type { AppClock } from "./clock";
import type { Decide, DeploymentTarget, Verdict } from "./decision";
import { type AppGitHub, TOKEN_PURPOSES } from "./github";
import type { Holds } from "./holds";
import type { Logger } from "./log";

/** A run that may be waiting on the App's rule. */
export interface WaitingRun {
  installationId: number;
  owner: string;
  repo: string;
  runId: number;
  /** The environment (any case); absent: every environment the run waits on. */
  environment?: string;
  /** The run's commit, when already known (the `deployment_protection_rule` payload has it). */
  sha?: string;
}

export type Outcome =
  | { environment: string; result: "approved" | "rejected" | "waiting" | "answered-already"; comment: string }
  | { environment: string; result: "not-waiting"; comment: "" };

export interface DeploymentsOptions {
  github: AppGitHub;
  decide: Decide;
  clock: AppClock;
  holds: Holds;
  log: Logger;
  serverUrl: string;
  answer?: AnswerOptions;
  /** Decisions under way at once (default 32); more wait their turn. */
  concurrency?: number;
}

/** A counting semaphore: at most `max` callers inside at once, the others in arrival order. */
class Limit {
  private active = 0;
  private readonly queue: (() => void)[] = [];
  constructor(private readonly max: number) {}
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((r) => this.queue.push(r));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.queue.shift()?.();
    }
  }
}

const sameEnv = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function holdKey(t: { owner: string; repo: string; runId: number; environment: string }): string {
  return `${t.owner}/${t.repo}#${t.runId}:${t.environment}`.toLowerCase();
}

export class Deployments {
  private readonly limit: Limit;

  constructor(private readonly opts: DeploymentsOptions) {
    this.limit = new Limit(opts.concurrency ?? 32);
  }

  /**
   * Decides and answers every environment `run` waits on (or the one named). `report`: post the
   * status report when it keeps waiting (on a request or after a change, not on every sweep — GitHub
   * keeps ten).
   */
  settle(run: WaitingRun, opts: { report: boolean; why: string }): Promise<Outcome[]> {
    return this.limit.run(() => this.settleNow(run, opts));
  }

  private async settleNow(run: WaitingRun, opts: { report: boolean; why: string }): Promise<Outcome[]> {
    const { github, clock } = this.opts;
    const log = this.opts.log.with({ repository: `${run.owner}/${run.repo}`, run: run.runId, why: opts.why });
    const access = github.installation(run.installationId);
    const client = await access.client([`${run.owner}/${run.repo}`], TOKEN_PURPOSES.answer);

    const waiting = await this.waitingEnvironments(client, run);
    if (waiting.length === 0) {
      log.info("not waiting on this environment any more: nothing to answer", {
        environment: run.environment,
      });
      return [{ environment: run.environment ?? "", result: "not-waiting", comment: "" }];
    }
    const sha = run.sha ?? (await this.headSha(client, run));
    const outcomes: Outcome[] = [];
    for (const environment of waiting) {
      const target: DeploymentTarget = {
        installationId: run.installationId,
        owner: run.owner,
        repo: run.repo,
        environment,
        sha,
        runId: run.runId,
        runUrl: `${this.opts.serverUrl}/${run.owner}/${run.repo}/actions/runs/${run.runId}`,
      };
      const started = performance.now();
      const verdict = await this.opts.decide(target, access, clock.now());
      const result = await this.act(client, target, verdict, opts.report);
      log.info(`deployment ${result}`, {
        environment,
        sha,
        decision: verdict.state,
        ms: Math.round(performance.now() - started),
        ...(verdict.state === "waiting" && verdict.recheckAt
          ? { recheckAt: verdict.recheckAt.toISOString() }
          : {}),
      });
      outcomes.push({ environment, result, comment: verdict.comment });
    }
    return outcomes;
  }

  /** The environments the run waits on (GitHub's spelling), narrowed to `run.environment`. */
  private async waitingEnvironments(client: GitHubClient, run: WaitingRun): Promise<string[]> {
    const pending = await client.paginate<{ environment: { name?: string } }>(
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments",
      { owner: run.owner, repo: run.repo, run_id: run.runId },
    );
    const names = pending.map((p) => p.environment.name).filter((n): n is string => typeof n === "string");
    return run.environment ? names.filter((n) => sameEnv(n, run.environment!)) : names;
  }

  private async headSha(client: GitHubClient, run: WaitingRun): Promise<string> {
    const { data } = await client.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}", {
      owner: run.owner,
      repo: run.repo,
      run_id: run.runId,
    });
    return (data as { head_sha: string }).head_sha;
  }

  private async act(
    client: GitHubClient,
    target: DeploymentTarget,
    verdict: Verdict,
    report: boolean,
  ): Promise<"approved" | "rejected" | "waiting" | "answered-already"> {
    const key = holdKey(target);
    if (verdict.state !== "waiting") {
      this.opts.holds.cancel(key);
      const outcome = await answerRule(client, target, verdict.state, verdict.comment, this.opts.answer);
      return outcome === "answered" ? verdict.state : "answered-already";
    }
    if (report) await reportStatus(client, target, verdict.comment, this.opts.answer);
    if (verdict.recheckAt) {
      const run: WaitingRun = { ...target };
      this.opts.holds.set(key, verdict.recheckAt, this.opts.clock.now(), () => {
        this.settle(run, { report: true, why: "hold ended" }).catch((e: unknown) =>
          this.opts.log.error("could not settle a deployment whose hold ended; the next sweep will", {
            key,
            error: e instanceof Error ? e.message : String(e),
          }),
        );
      });
    } else this.opts.holds.cancel(key);
    return "waiting";
  }
}
