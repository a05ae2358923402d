/**
 * Settling a waiting deployment: is the job still waiting on this environment (GitHub says), what
 * does the release process decide, and what is answered — approved, rejected, or a status report
 * and a timer while it waits. Whatever started it (a `deployment_protection_rule` delivery, an
 * approver's comment, a freeze's end, the sweep at start), the same steps run, so a deployment is
 * answered the same way whichever replica, and however many times, looks at it.
 */
import { type GitHubClient, Slots } from "@gatehouse/github";
import { type AnswerOptions, answerRule, reportStatus } from "./callback";
import type { AppClock } from "./clock";
import type { Decide, DeploymentTarget, Verdict } from "./decision";
import { type AppGitHub, type InstallationAccess, TOKEN_PURPOSES } from "./github";
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
  /** Decisions under way at once (default `DECISIONS_AT_ONCE`); more wait their turn. */
  concurrency?: number;
  /**
   * How long a new batch gathers runs of the same commit before it asks for a slot: it asks once
   * no run has joined for `gatherMs` (default 25 ms), and at the latest `maxGatherMs` (default
   * 250 ms) after its first run arrived. Runs GitHub asks about together (a re-run, a burst) are
   * then decided once instead of one by one.
   */
  gatherMs?: number;
  maxGatherMs?: number;
}

/**
 * Decisions under way at once. Each makes its reads one after another and answers its runs up to
 * ten at a time (a token's own limit, github.ts), so ten decisions keep an installation near
 * GitHub's limit of 100 concurrent requests.
 */
export const DECISIONS_AT_ONCE = 10;
/** A decision's answers sent at once: a token's own limit of requests under way (github.ts). */
const ANSWERS_AT_ONCE = 10;

const sameEnv = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function holdKey(t: { owner: string; repo: string; runId: number; environment: string }): string {
  return `${t.owner}/${t.repo}#${t.runId}:${t.environment}`.toLowerCase();
}

/** What started a settling, and whether a run that keeps waiting gets a status report. */
export interface SettleOptions {
  report: boolean;
  why: string;
}

/** A run whose settling waits for a free slot, with the promise its caller awaits. */
interface Queued {
  run: WaitingRun & { sha: string; environment: string };
  opts: SettleOptions;
  done: (outcomes: Outcome[]) => void;
  fail: (error: unknown) => void;
}

/** Runs gathered for one decision: `timer` runs while it gathers; then it waits for a slot. */
interface Batch {
  members: Queued[];
  firstAt: number;
  timer: NodeJS.Timeout | undefined;
}

/** Runs waiting on the same repository, environment and commit decide the same: one key. */
function batchKey(run: WaitingRun & { sha: string; environment: string }): string {
  return `${run.installationId}:${run.owner}/${run.repo}:${run.environment}:${run.sha}`.toLowerCase();
}

export class Deployments {
  private readonly limit: Slots;
  /** Runs gathering or queued for a slot, by `batchKey`: settled together once a slot frees. */
  private readonly batches = new Map<string, Batch>();
  /** The decision under way (or next in line) for each key: a key's batches are decided one after another. */
  private readonly deciding = new Map<string, Promise<void>>();

  private waitingForSlot = 0;

  constructor(private readonly opts: DeploymentsOptions) {
    this.limit = new Slots(opts.concurrency ?? DECISIONS_AT_ONCE);
  }

  /** Runs whose settling waits for a free slot (for the health endpoint). */
  queued(): number {
    return this.waitingForSlot;
  }

  /**
   * Decides and answers every environment `run` waits on (or the one named). `report`: post the
   * status report when it keeps waiting (on a request or after a change, not on every sweep — GitHub
   * keeps ten).
   *
   * Runs whose commit and environment are known (a `deployment_protection_rule` delivery, a hold's
   * end) are settled together with the other runs of the same repository, environment and commit
   * that arrive while the batch gathers (`gatherMs`) and while it waits for a slot, or for the
   * decision of that commit already under way: one decision, read from GitHub once it starts —
   * after every one of them arrived — and an answer for each. A run arriving once that decision has
   * started waits for a decision of its own: none is answered on what GitHub said before it came.
   */
  settle(run: WaitingRun, opts: SettleOptions): Promise<Outcome[]> {
    const { sha, environment } = run;
    this.waitingForSlot++;
    if (!sha || !environment)
      return this.limit.run(() => {
        this.waitingForSlot--;
        return this.settleNow(run, opts);
      });
    const known = { ...run, sha, environment };
    const key = batchKey(known);
    return new Promise<Outcome[]>((done, fail) => {
      const member: Queued = { run: known, opts, done, fail };
      const gatherMs = this.opts.gatherMs ?? 25;
      const maxGatherMs = this.opts.maxGatherMs ?? 250;
      const open = this.batches.get(key);
      if (open) {
        open.members.push(member);
        // Still gathering: wait a little longer for the next run, within the longest wait.
        if (open.timer && performance.now() - open.firstAt + gatherMs < maxGatherMs) open.timer.refresh();
        return;
      }
      const batch: Batch = { members: [member], firstAt: performance.now(), timer: undefined };
      this.batches.set(key, batch);
      const askForSlot = () => {
        batch.timer = undefined;
        // One decision at a time for a key: runs arriving while one is under way gather for the next.
        const before = this.deciding.get(key) ?? Promise.resolve();
        const decided = before
          .then(() =>
            this.limit.run(() => {
              // The batch closes as its slot is taken: GitHub is read only after this.
              this.batches.delete(key);
              this.waitingForSlot -= batch.members.length;
              return this.settleBatch(batch.members);
            }),
          )
          .catch((e: unknown) => {
            for (const m of batch.members) m.fail(e);
          })
          .finally(() => {
            if (this.deciding.get(key) === decided) this.deciding.delete(key);
          });
        this.deciding.set(key, decided);
      };
      if (gatherMs <= 0) askForSlot();
      else batch.timer = setTimeout(askForSlot, Math.min(gatherMs, maxGatherMs));
    });
  }

  /** Settles runs waiting on one repository, environment and commit: one decision, an answer each. */
  private async settleBatch(members: Queued[]): Promise<void> {
    const first = members[0]!.run;
    const access = this.opts.github.installation(first.installationId);
    const client = await access.client([`${first.owner}/${first.repo}`], TOKEN_PURPOSES.answer);
    // Which still wait: for several runs of one commit, one list of the commit's waiting runs.
    let waitingRuns: Promise<Set<number>> | undefined;
    if (members.length > 1) {
      waitingRuns = this.waitingRunsOf(client, first);
      waitingRuns.catch(() => {}); // each member's check below awaits it and fails with it
    }
    const still = await Promise.all(
      members.map(async (m) => {
        try {
          const environment = waitingRuns
            ? (await waitingRuns).has(m.run.runId)
              ? m.run.environment
              : undefined
            : (await this.waitingEnvironments(client, m.run))[0];
          if (environment) return { m, environment };
          this.logFor(m.run, m.opts).info("not waiting on this environment any more: nothing to answer", {
            environment: m.run.environment,
          });
          m.done([{ environment: m.run.environment, result: "not-waiting", comment: "" }]);
        } catch (e) {
          m.fail(e);
        }
        return undefined;
      }),
    );
    const deciding = still.filter((d) => d !== undefined);
    if (deciding.length === 0) return;
    try {
      const outcomes = await this.decideAndAct(
        access,
        client,
        deciding.map(({ m, environment }) => ({ run: m.run, environment, opts: m.opts })),
      );
      deciding.forEach(({ m }, i) => {
        const o = outcomes[i]!;
        if (o instanceof Error) m.fail(o);
        else m.done([o]);
      });
    } catch (e) {
      for (const { m } of deciding) m.fail(e);
    }
  }

  private async settleNow(run: WaitingRun, opts: SettleOptions): Promise<Outcome[]> {
    const access = this.opts.github.installation(run.installationId);
    const client = await access.client([`${run.owner}/${run.repo}`], TOKEN_PURPOSES.answer);

    const waiting = await this.waitingEnvironments(client, run);
    if (waiting.length === 0) {
      this.logFor(run, opts).info("not waiting on this environment any more: nothing to answer", {
        environment: run.environment,
      });
      return [{ environment: run.environment ?? "", result: "not-waiting", comment: "" }];
    }
    const sha = run.sha ?? (await this.headSha(client, run));
    const outcomes: Outcome[] = [];
    for (const environment of waiting) {
      const [o] = await this.decideAndAct(access, client, [{ run: { ...run, sha }, environment, opts }]);
      if (o instanceof Error) throw o;
      outcomes.push(o!);
    }
    return outcomes;
  }

  private logFor(run: WaitingRun, opts: SettleOptions) {
    return this.opts.log.with({ repository: `${run.owner}/${run.repo}`, run: run.runId, why: opts.why });
  }

  /**
   * One decision for runs waiting on one repository, environment and commit, then each run's
   * answer: its outcome, or the error its answer failed with.
   */
  private async decideAndAct(
    access: InstallationAccess,
    client: GitHubClient,
    runs: { run: WaitingRun & { sha: string }; environment: string; opts: SettleOptions }[],
  ): Promise<(Outcome | Error)[]> {
    const targets: DeploymentTarget[] = runs.map(({ run, environment }) => ({
      installationId: run.installationId,
      owner: run.owner,
      repo: run.repo,
      environment,
      sha: run.sha,
      runId: run.runId,
      runUrl: `${this.opts.serverUrl}/${run.owner}/${run.repo}/actions/runs/${run.runId}`,
    }));
    const started = performance.now();
    const verdicts = await this.opts.decide(targets, access, this.opts.clock.now());
    if (verdicts.length !== targets.length)
      throw new Error(`the decision gave ${verdicts.length} verdicts for ${targets.length} runs`);
    // Answers go ten at a time, each timed from when it is sent, not from when it was queued.
    const answering = new Slots(ANSWERS_AT_ONCE);
    return Promise.all(
      runs.map(async ({ run, environment, opts }, i) => {
        const verdict = verdicts[i]!;
        try {
          const result = await answering.run(() => this.act(client, targets[i]!, verdict, opts.report));
          this.logFor(run, opts).info(`deployment ${result}`, {
            environment,
            sha: run.sha,
            decision: verdict.state,
            ms: Math.round(performance.now() - started),
            ...(runs.length > 1 ? { decidedWith: runs.length - 1 } : {}),
            ...(verdict.state === "waiting" && verdict.recheckAt
              ? { recheckAt: verdict.recheckAt.toISOString() }
              : {}),
          });
          return { environment, result, comment: verdict.comment };
        } catch (e) {
          return e instanceof Error ? e : new Error(String(e));
        }
      }),
    );
  }

  /**
   * The runs of the commit that wait, one list for them all. A run waits while one of its jobs
   * waits on an environment; the environment a delivery names is taken as the one it waits on — a
   * rule answered already there (another replica) refuses the second answer, which is read as
   * answered already.
   */
  private async waitingRunsOf(client: GitHubClient, run: WaitingRun & { sha: string }): Promise<Set<number>> {
    const runs = await client.paginate<{ id: number }>("GET /repos/{owner}/{repo}/actions/runs", {
      owner: run.owner,
      repo: run.repo,
      status: "waiting",
      head_sha: run.sha,
    });
    return new Set(runs.map((r) => r.id));
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
