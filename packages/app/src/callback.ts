/**
 * The protection rule's callback: the answer (approved or rejected, once) and status reports
 * (a comment without a state, while the job waits). GitHub refuses a second answer; the App reads
 * that refusal as "answered already" (another replica, or a delivery handled twice), never as a
 * reason to answer differently. An answer that keeps failing is given up, so the rule stays
 * pending: nothing is ever approved by default.
 */
import { GitHubApiError, type GitHubClient } from "@gatehouse/github";
import type { DeploymentTarget } from "./decision";
import { RULE_COMMENT_LIMIT } from "./decision";

const ROUTE = "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule";

export interface AnswerOptions {
  /** Attempts in all (default 4). */
  attempts?: number;
  /** Longest wait for one attempt's answer (default 10 s). */
  timeoutMs?: number;
  /** Unit of the back-off between attempts: waits of 1, 4, 9 units (default 1 s). */
  backoffMs?: number;
}

export type AnswerOutcome = "answered" | "answered-already";

/** A failure worth another attempt: no answer, a timeout, GitHub's 5xx, a secondary rate limit. */
function transient(e: unknown): boolean {
  if (e instanceof GitHubApiError) return e.status === 0 || e.status >= 500 || e.status === 429;
  return e instanceof Error && (e.name === "AbortError" || e.name === "TimeoutError");
}

async function post(
  client: GitHubClient,
  target: DeploymentTarget,
  body: { state?: "approved" | "rejected"; comment: string },
  opts: AnswerOptions,
): Promise<void> {
  const attempts = opts.attempts ?? 4;
  const backoff = opts.backoffMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      await client.request(ROUTE, {
        owner: target.owner,
        repo: target.repo,
        run_id: target.runId,
        environment_name: target.environment,
        ...body,
        comment: body.comment.slice(0, RULE_COMMENT_LIMIT),
        // One attempt per call, each with its own deadline: the loop here does the retrying.
        request: { retries: 0, signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000) },
      });
      return;
    } catch (e) {
      if (attempt >= attempts || !transient(e)) throw e;
      await new Promise((r) => setTimeout(r, attempt ** 2 * backoff));
    }
  }
}

/** Approve or reject the job. A 422 means the rule holds an answer already: it is not changed. */
export async function answerRule(
  client: GitHubClient,
  target: DeploymentTarget,
  state: "approved" | "rejected",
  comment: string,
  opts: AnswerOptions = {},
): Promise<AnswerOutcome> {
  try {
    await post(client, target, { state, comment }, opts);
    return "answered";
  } catch (e) {
    if (e instanceof GitHubApiError && e.status === 422) return "answered-already";
    throw e;
  }
}

/**
 * Post a status report on the waiting job. GitHub keeps ten per deployment and refuses more (422):
 * a report is information, so a refused one is not an error.
 */
export async function reportStatus(
  client: GitHubClient,
  target: DeploymentTarget,
  comment: string,
  opts: AnswerOptions = {},
): Promise<"reported" | "refused"> {
  try {
    await post(client, target, { comment }, opts);
    return "reported";
  } catch (e) {
    if (e instanceof GitHubApiError && e.status === 422) return "refused";
    throw e;
  }
}
