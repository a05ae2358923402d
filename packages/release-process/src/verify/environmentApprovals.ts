/**
 * `environment-approvals`: the approvals of the run that made the release, as GitHub keeps them,
 * against the manifest's — and against the environment's protection the manifest recorded: a
 * required reviewer approved, and not the person who started the run when self-review was
 * prevented. Settings that differ now are said, so that a change made for one release shows up.
 */
import {
  type EnvironmentApproval,
  type EnvironmentProtection,
  failed,
  passed,
  type ReleaseManifest,
  unknown,
  type VerificationCheck,
} from "@gatehouse/core/verification";
import {
  GitHubApiError,
  type GitHubClient,
  readEnvironmentApprovals,
  readEnvironmentProtection,
} from "@gatehouse/github";

const NAME = "environment-approvals";
const key = (a: { user: string; state: string; environments: readonly string[] }) =>
  `${a.user.toLowerCase()}|${a.state}|${[...a.environments]
    .map((e) => e.toLowerCase())
    .sort()
    .join(",")}`;
const show = (a: { user: string; state: string; environments: readonly string[] }) =>
  `@${a.user} ${a.state} ${a.environments.join(", ") || "(no environment)"}`;

/** The differences between the protection recorded and the protection now, in words. */
export function protectionDrift(then: EnvironmentProtection, now: EnvironmentProtection): string[] {
  const out: string[] = [];
  const reviewers = (p: EnvironmentProtection) =>
    p.requiredReviewers
      .map((r) => `${r.type === "Team" ? "team " : "@"}${r.login}`)
      .sort()
      .join(", ") || "none";
  if (reviewers(then) !== reviewers(now))
    out.push(`required reviewers ${reviewers(then)} then, ${reviewers(now)} now`);
  if (then.preventSelfReview !== now.preventSelfReview)
    out.push(
      `self-review ${then.preventSelfReview ? "prevented" : "allowed"} then, ${now.preventSelfReview ? "prevented" : "allowed"} now`,
    );
  const branches = (p: EnvironmentProtection) =>
    !p.branchPolicy
      ? "any branch"
      : p.branchPolicy.protectedBranches
        ? "protected branches"
        : p.branchPolicy.patterns.join(", ") || "no branch";
  if (branches(then) !== branches(now))
    out.push(`deployment branches ${branches(then)} then, ${branches(now)} now`);
  return out;
}

export async function checkEnvironmentApprovals(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  manifest: ReleaseManifest,
  explain: (e: unknown, what: string) => string,
): Promise<VerificationCheck> {
  const runId = manifest.workflowRun.id;
  if (!runId) return unknown(NAME, "The manifest names no workflow run, so its approvals cannot be read.");
  const environment = manifest.environment;
  let approvals: EnvironmentApproval[];
  let triggeredBy: string | null = null;
  let now: EnvironmentProtection | null = null;
  try {
    const [read, run, protection] = await Promise.all([
      readEnvironmentApprovals(client, repo, runId),
      client
        .request<{ triggering_actor?: { login: string } | null; actor?: { login: string } | null }>(
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}",
          { owner: repo.owner, repo: repo.repo, run_id: runId },
        )
        .then(({ data }) => data)
        .catch((e) => {
          if (e instanceof GitHubApiError && e.status === 404) return null;
          throw e;
        }),
      environment && manifest.environmentProtection
        ? readEnvironmentProtection(client, repo, environment)
        : Promise.resolve(null),
    ]);
    if (read.approvals === null) return unknown(NAME, read.problem);
    approvals = read.approvals;
    triggeredBy = run?.triggering_actor?.login ?? run?.actor?.login ?? null;
    now = protection?.protection ?? null;
  } catch (e) {
    return unknown(NAME, explain(e, `read the approvals of run ${runId}`));
  }

  const problems: string[] = [];
  const recorded = manifest.environmentApprovals;
  const onGitHub = new Set(approvals.map(key));
  const inManifest = new Set(recorded.map(key));
  const missing = recorded.filter((a) => !onGitHub.has(key(a)));
  const unrecorded = approvals.filter((a) => !inManifest.has(key(a)));
  if (missing.length > 0)
    problems.push(
      `the manifest records ${missing.map(show).join("; ")}, which GitHub does not have for run ${runId}`,
    );
  if (unrecorded.length > 0)
    problems.push(
      `GitHub has ${unrecorded.map(show).join("; ")} for run ${runId}, which the manifest does not record`,
    );

  const notes: string[] = [];
  const protection = manifest.environmentProtection;
  if (environment && protection && protection.requiredReviewers.length > 0) {
    const approved = approvals.filter(
      (a) =>
        a.state === "approved" && a.environments.some((e) => e.toLowerCase() === environment.toLowerCase()),
    );
    const users = protection.requiredReviewers
      .filter((r) => r.type === "User")
      .map((r) => r.login.toLowerCase());
    const teams = protection.requiredReviewers.filter((r) => r.type === "Team");
    const byReviewer = approved.filter((a) => users.includes(a.user.toLowerCase()));
    if (approved.length === 0) {
      problems.push(
        `${environment} required a review (${protection.requiredReviewers.map((r) => r.login).join(", ")}), and nobody approved run ${runId}`,
      );
    } else if (byReviewer.length === 0 && teams.length === 0) {
      problems.push(
        `${environment}'s required reviewers were ${users.map((u) => `@${u}`).join(", ")}, but run ${runId} was approved by ${approved.map((a) => `@${a.user}`).join(", ")}`,
      );
    } else if (byReviewer.length === 0) {
      notes.push(
        `approved by ${approved.map((a) => `@${a.user}`).join(", ")}; membership of the reviewing teams is not re-checked`,
      );
    }
    if (protection.preventSelfReview && triggeredBy) {
      const self = approved.filter((a) => a.user.toLowerCase() === triggeredBy!.toLowerCase());
      if (self.length > 0)
        problems.push(
          `@${triggeredBy} started run ${runId} and approved it, although ${environment} prevented self-review`,
        );
    }
  }
  if (protection && now) {
    const drift = protectionDrift(protection, now);
    if (drift.length > 0) notes.push(`${environment}'s protection has changed since: ${drift.join("; ")}`);
  }
  if (problems.length > 0) return failed(NAME, `${problems.join("; ")}.`);
  const who = approvals.length === 0 ? "no environment approvals" : approvals.map(show).join("; ");
  return passed(
    NAME,
    `Run ${runId}: ${who}, as the manifest records${environment && protection ? `, within ${environment}'s protection then` : ""}${notes.length ? `; ${notes.join("; ")}` : ""}.`,
  );
}
