/**
 * The webhook handlers, one per event the App subscribes to. Each turns an event into the runs it
 * may settle and hands them to `Deployments`; none decides anything.
 *
 * - `deployment_protection_rule` (`requested`): the job named by the payload.
 * - `issue_comment` (`created`) with `/approve` or `/reject`, and `issues` (`labeled`,
 *   `unlabeled`, `closed`, `reopened`) on a change request: the runs that change request covers.
 *   GitHub is the record of which those are: the change gate keeps one comment per deployment on
 *   each change request it read, marked with the repository, environment and run.
 */
import { findMarker } from "@gatehouse/core";
import type { GitHubClient } from "@gatehouse/github";
import type { Deployments, Outcome, WaitingRun } from "./deployments";
import { type AppGitHub, TOKEN_PURPOSES } from "./github";
import type { Logger } from "./log";

/** The marker kind of the change gate's comments (see the change gate's `commentKey`). */
const GATE_MARKER = "change-gate";

/** `acme/shop:production:run-42` → the run; comments for a commit without a run name none. */
export function parseGateCommentKey(
  key: string,
): { owner: string; repo: string; environment: string; runId: number } | undefined {
  const m = /^([^/:]+)\/([^/:]+):(.+):run-(\d+)$/.exec(key);
  if (!m) return undefined;
  return { owner: m[1]!, repo: m[2]!, environment: m[3]!, runId: Number(m[4]) };
}

interface IssueRef {
  installationId: number;
  owner: string;
  repo: string;
  number: number;
}

export interface HandlerContext {
  github: AppGitHub;
  deployments: Deployments;
  /** Logins whose change-gate comments point at deployments: the App's bot and the workflow token's. */
  trustedCommenters: string[];
  log: Logger;
  /** The most runs one change request's activity settles (the rest wait for the sweep). */
  maxRunsPerChange?: number;
}

/** Settles the job a `deployment_protection_rule` delivery asks about. */
export async function onProtectionRuleRequested(
  ctx: HandlerContext,
  payload: {
    installation?: { id: number };
    repository?: { name: string; owner: { login: string } };
    environment?: string;
    sha?: string;
    deployment_callback_url?: string;
  },
): Promise<Outcome[]> {
  const runId = Number(
    /\/actions\/runs\/(\d+)\/deployment_protection_rule\/?$/.exec(payload.deployment_callback_url ?? "")?.[1],
  );
  if (
    !payload.installation ||
    !payload.repository ||
    !payload.environment ||
    !Number.isInteger(runId) ||
    runId <= 0
  ) {
    throw new Error(
      "the deployment_protection_rule payload lacks its installation, repository, environment or callback URL",
    );
  }
  return ctx.deployments.settle(
    {
      installationId: payload.installation.id,
      owner: payload.repository.owner.login,
      repo: payload.repository.name,
      runId,
      environment: payload.environment,
      ...(payload.sha ? { sha: payload.sha } : {}),
    },
    { report: true, why: "deployment_protection_rule requested" },
  );
}

/**
 * Settles every waiting run a change request covers, found from the change gate's comments on it.
 * Runs in another account's installation are reached through that installation.
 */
export async function onChangeRequestActivity(
  ctx: HandlerContext,
  issue: IssueRef,
  why: string,
): Promise<Outcome[]> {
  const client = await ctx.github
    .installation(issue.installationId)
    .client([`${issue.owner}/${issue.repo}`], TOKEN_PURPOSES.readChangeRequest);
  const runs = await coveredRuns(ctx, client, issue);
  const limit = ctx.maxRunsPerChange ?? 20;
  if (runs.length > limit) {
    ctx.log.warn(
      `change request covers ${runs.length} deployments; settling the ${limit} newest, the sweep does the rest`,
      {
        issue: `${issue.owner}/${issue.repo}#${issue.number}`,
      },
    );
  }
  const outcomes = await Promise.all(
    runs.slice(0, limit).map(async (run) => {
      try {
        return await ctx.deployments.settle(run, { report: true, why });
      } catch (e) {
        ctx.log.error("could not settle a deployment after change request activity; the next sweep will", {
          repository: `${run.owner}/${run.repo}`,
          run: run.runId,
          error: e instanceof Error ? e.message : String(e),
        });
        throw e;
      }
    }),
  );
  return outcomes.flat();
}

async function coveredRuns(
  ctx: HandlerContext,
  client: GitHubClient,
  issue: IssueRef,
): Promise<WaitingRun[]> {
  const comments = await client.paginate<{ body?: string | null; user?: { login?: string } | null }>(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { owner: issue.owner, repo: issue.repo, issue_number: issue.number },
  );
  const trusted = new Set(ctx.trustedCommenters.map((l) => l.toLowerCase()));
  const seen = new Set<string>();
  const runs: WaitingRun[] = [];
  for (const c of [...comments].reverse()) {
    if (!trusted.has(c.user?.login?.toLowerCase() ?? "")) continue;
    const key = findMarker(c.body, GATE_MARKER);
    const ref = key ? parseGateCommentKey(key) : undefined;
    if (!ref) continue;
    const id = `${ref.owner}/${ref.repo}#${ref.runId}:${ref.environment}`.toLowerCase();
    if (seen.has(id)) continue;
    seen.add(id);
    let installationId = issue.installationId;
    if (ref.owner.toLowerCase() !== issue.owner.toLowerCase()) {
      try {
        installationId = await ctx.github.installationOf(ref.owner, ref.repo);
      } catch {
        continue; // the App is not installed there: nothing it could answer
      }
    }
    runs.push({
      installationId,
      owner: ref.owner,
      repo: ref.repo,
      runId: ref.runId,
      environment: ref.environment,
    });
  }
  return runs;
}
