/**
 * An environment's protection rules as GitHub reports them: the required reviewers, whether a
 * run's triggering actor may approve it (`prevent_self_review`), the wait timer and which branches
 * may deploy — `GET /repos/{owner}/{repo}/environments/{name}`, plus the branch name patterns when
 * the environment has custom ones. Evidence, not a precondition: when they cannot be read the
 * caller is told why and what to add.
 */
import type { EnvironmentProtection } from "@gatehouse/core";
import type { GitHubClient } from "./client";
import { GitHubApiError } from "./errors";

export type ReadProtection =
  | { protection: EnvironmentProtection; problem?: undefined }
  | { protection: null; problem: string };

interface EnvironmentJson {
  protection_rules?: {
    type: string;
    prevent_self_review?: boolean;
    wait_timer?: number;
    reviewers?: {
      type?: string;
      reviewer?: { login?: string; slug?: string; html_url?: string } | null;
    }[];
  }[];
  deployment_branch_policy?: { protected_branches: boolean; custom_branch_policies: boolean } | null;
}

/** The most branch name patterns read (one page): more fail the read naming the limit. */
export const MAX_BRANCH_PATTERNS = 100;

/** A team reviewer as `org/slug`: GitHub names the organisation only in the team's web address. */
function teamLogin(reviewer: { slug?: string; html_url?: string } | null | undefined, owner: string): string {
  const slug = reviewer?.slug ?? "";
  const org = /\/orgs\/([^/]+)\/teams\//.exec(reviewer?.html_url ?? "")?.[1] ?? owner;
  return slug ? `${org}/${slug}` : "";
}

export async function readEnvironmentProtection(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  environment: string,
): Promise<ReadProtection> {
  let data: EnvironmentJson;
  try {
    ({ data } = await client.request<EnvironmentJson>(
      "GET /repos/{owner}/{repo}/environments/{environment_name}",
      { owner: repo.owner, repo: repo.repo, environment_name: environment },
    ));
  } catch (e) {
    if (e instanceof GitHubApiError && (e.status === 403 || e.status === 404)) {
      return {
        protection: null,
        problem:
          e.status === 404
            ? `The environment ${environment} has no settings on GitHub (or the token cannot see them: add \`actions: read\` to the job's \`permissions:\`), so its protection was not recorded.`
            : `The protection rules of ${environment} could not be read (403): add \`actions: read\` to the job's \`permissions:\` to record them.`,
      };
    }
    throw e;
  }
  const rules = data.protection_rules ?? [];
  const reviewersRule = rules.find((r) => r.type === "required_reviewers");
  const wait = rules.find((r) => r.type === "wait_timer");
  const policy = data.deployment_branch_policy ?? null;
  let patterns: string[] = [];
  if (policy?.custom_branch_policies) {
    const { data: list } = await client.request<{ total_count: number; branch_policies: { name: string }[] }>(
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
      { owner: repo.owner, repo: repo.repo, environment_name: environment, per_page: MAX_BRANCH_PATTERNS },
    );
    if (list.total_count > list.branch_policies.length) {
      return {
        protection: null,
        problem: `${environment} has ${list.total_count} deployment branch patterns, more than the ${MAX_BRANCH_PATTERNS} Gatehouse records (limit MAX_BRANCH_PATTERNS), so its protection was not recorded.`,
      };
    }
    patterns = list.branch_policies.map((p) => p.name).sort();
  }
  return {
    protection: {
      requiredReviewers: (reviewersRule?.reviewers ?? [])
        .map((r) =>
          r.type === "Team"
            ? { type: "Team" as const, login: teamLogin(r.reviewer, repo.owner) }
            : { type: "User" as const, login: r.reviewer?.login ?? "" },
        )
        .filter((r) => r.login !== ""),
      preventSelfReview: reviewersRule?.prevent_self_review === true,
      waitTimerMinutes: wait?.wait_timer ?? 0,
      branchPolicy: policy
        ? {
            protectedBranches: policy.protected_branches,
            customBranchPolicies: policy.custom_branch_policies,
            patterns,
          }
        : null,
    },
  };
}
