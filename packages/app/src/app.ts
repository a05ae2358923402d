/**
 * The Gatehouse App: a custom deployment protection rule. Composes the front door, the handlers,
 * the App's credentials and the recovery, around a `decide` function (the release process's gate
 * and freeze check). Stateless: GitHub holds the waiting runs, the change requests and their
 * comments, the deliveries; a replica keeps only timers and caches it can rebuild from GitHub.
 */
import { approvalCommand } from "@gatehouse/core";
import { Webhooks } from "@octokit/webhooks";
import type { AnswerOptions } from "./callback";
import { AppClock } from "./clock";
import type { AppConfig } from "./config";
import type { Decide } from "./decision";
import { Deployments } from "./deployments";
import { releaseProcessDecide } from "./gate";
import { AppGitHub } from "./github";
import { type HandlerContext, onChangeRequestActivity, onProtectionRuleRequested } from "./handlers";
import { Holds } from "./holds";
import type { Logger } from "./log";
import { DELIVERY_RETENTION_MS, redeliverFailed, sweepWaitingRuns } from "./recovery";
import { startFrontDoor } from "./server";

export interface StartAppOptions {
  config: AppConfig;
  /** Default: the release process's gate and freeze check (`releaseProcessDecide`). */
  decide?: Decide;
  log: Logger;
  /** Callback retries and timeouts (defaults: 4 attempts, 10 s each, back-off 1, 4, 9 s). */
  answer?: AnswerOptions;
  /** Unit of the adapter's 5xx back-off (default 1 s). */
  retryBaseMs?: number;
  /** Decisions under way at once (default `DECISIONS_AT_ONCE`, 10). */
  concurrency?: number;
}

export interface RunningApp {
  /** Where it listens, e.g. `http://127.0.0.1:3000`; deliveries go to `${url}/webhooks`. */
  url: string;
  webhookUrl: string;
  /** The App's slug on GitHub (its bot is `<slug>[bot]`). */
  slug: string;
  holds: Holds;
  /** Settle every waiting run now (what start and the recheck timer do). */
  sweep(): ReturnType<typeof sweepWaitingRuns>;
  /** Resolves when the start-up recovery (redelivery and sweep) is done. */
  recovered: Promise<void>;
  /** Graceful stop: no new deliveries, those under way finish (up to `graceMs`), timers cleared. */
  close(graceMs?: number): Promise<void>;
}

/** Labels that change whether a change request authorises anything. */
const CHANGE_LABEL = /^change\//i;

export async function startApp(opts: StartAppOptions): Promise<RunningApp> {
  const { config, log } = opts;
  const clock = new AppClock();
  const github = new AppGitHub({
    appId: config.appId,
    privateKey: config.privateKey,
    apiUrl: config.apiUrl,
    graphqlUrl: config.graphqlUrl,
    clock,
    log,
    ...(opts.retryBaseMs === undefined ? {} : { retryBaseMs: opts.retryBaseMs }),
  });
  const holds = new Holds();
  const deployments = new Deployments({
    github,
    decide: opts.decide ?? releaseProcessDecide({ serverUrl: config.serverUrl }),
    clock,
    holds,
    log,
    serverUrl: config.serverUrl,
    ...(opts.answer ? { answer: opts.answer } : {}),
    ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
  });

  const webhooks = new Webhooks({
    secret: config.webhookSecret,
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => log.warn(m),
      error: (m: string) => log.error(m),
    },
  });
  const results = new Map<string, unknown>();
  const door = await startFrontDoor(
    {
      webhooks,
      log,
      results,
      health: () => ({
        clockSynced: clock.synced,
        githubTime: clock.now().toISOString(),
        holds: holds.list().length,
        queued: deployments.queued(),
      }),
    },
    config.port,
    config.host,
  );

  // The App's identity: checks APP_ID and the key against GitHub before any delivery is taken.
  let slug: string;
  try {
    const { data } = await github.asApp((c) => c.request("GET /app"));
    slug = (data as { slug: string }).slug;
  } catch (e) {
    await door.close(0);
    throw new Error(
      `GitHub refused the App's credentials (APP_ID ${config.appId}, the private key) at ${config.apiUrl}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const ctx: HandlerContext = {
    github,
    deployments,
    trustedCommenters: [`${slug}[bot]`, "github-actions[bot]"],
    log,
  };

  webhooks.on("deployment_protection_rule.requested", async ({ id, payload }) => {
    results.set(id, { outcomes: await onProtectionRuleRequested(ctx, payload) });
  });
  webhooks.on("issue_comment.created", async ({ id, payload }) => {
    if (payload.sender?.type === "Bot" || !approvalCommand(payload.comment.body ?? "")) return;
    const [owner = "", repo = ""] = payload.repository.full_name.split("/");
    const outcomes = await onChangeRequestActivity(
      ctx,
      { installationId: payload.installation?.id ?? 0, owner, repo, number: payload.issue.number },
      `comment by @${payload.sender?.login} on ${payload.repository.full_name}#${payload.issue.number}`,
    );
    results.set(id, { outcomes });
  });
  webhooks.on(
    ["issues.labeled", "issues.unlabeled", "issues.closed", "issues.reopened"],
    async ({ id, payload }) => {
      if (payload.sender?.type === "Bot") return;
      const label = "label" in payload ? payload.label?.name : undefined;
      if ((payload.action === "labeled" || payload.action === "unlabeled") && !CHANGE_LABEL.test(label ?? ""))
        return;
      const [owner = "", repo = ""] = payload.repository.full_name.split("/");
      const outcomes = await onChangeRequestActivity(
        ctx,
        { installationId: payload.installation?.id ?? 0, owner, repo, number: payload.issue.number },
        `${payload.action}${label ? ` ${label}` : ""} by @${payload.sender?.login} on ${payload.repository.full_name}#${payload.issue.number}`,
      );
      results.set(id, { outcomes });
    },
  );

  door.setReady(true);
  log.info("Gatehouse App serving", {
    url: door.url,
    webhooks: `${door.url}/webhooks`,
    app: slug,
    github: config.apiUrl,
  });

  const sweep = async () => {
    const r = await sweepWaitingRuns(github, deployments, log);
    log.info("swept the waiting runs", {
      repositories: r.repositories,
      waitingRuns: r.waitingRuns,
      failures: r.failures,
    });
    return r;
  };
  const recovered = (async () => {
    try {
      const asked = await redeliverFailed(
        github,
        new Date(clock.now().getTime() - DELIVERY_RETENTION_MS),
        log,
      );
      if (asked > 0) log.info("asked GitHub to redeliver deliveries that failed", { deliveries: asked });
      await sweep();
    } catch (e) {
      log.error("start-up recovery failed; the next recheck tries again", {
        error: e instanceof Error ? e.message : String(e),
      });
    }
  })();
  const recheck =
    config.recheckMinutes > 0
      ? setInterval(() => {
          sweep().catch((e: unknown) =>
            log.error("recheck failed", { error: e instanceof Error ? e.message : String(e) }),
          );
        }, config.recheckMinutes * 60_000)
      : undefined;

  return {
    url: door.url,
    webhookUrl: `${door.url}/webhooks`,
    slug,
    holds,
    sweep,
    recovered,
    async close(graceMs = 25_000) {
      if (recheck) clearInterval(recheck);
      holds.clear();
      await door.close(graceMs);
      log.info("Gatehouse App stopped");
    },
  };
}
