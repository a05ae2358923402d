/**
 * Who approved (or rejected) this workflow run's deployments to protected environments:
 * `GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals`, as core's `EnvironmentApproval`.
 * The reviews are evidence, not a precondition: when they cannot be read the caller is told why
 * and what to add, and goes on.
 */
import type { EnvironmentApproval } from "@gatehouse/core";
import type { GitHubClient } from "./client";
import { GitHubApiError } from "./errors";

export type RunApprovals =
  | { approvals: EnvironmentApproval[]; problem?: undefined }
  | { approvals: null; problem: string };

interface ApprovalJson {
  state: string;
  comment?: string | null;
  user?: { login: string } | null;
  environments?: { name?: string }[];
  submitted_at?: string;
  created_at?: string;
}

export async function readEnvironmentApprovals(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  runId: number,
): Promise<RunApprovals> {
  if (!runId) {
    return {
      approvals: null,
      problem: "No workflow run id (GITHUB_RUN_ID), so the environment approvals could not be read.",
    };
  }
  try {
    const { data } = await client.request<ApprovalJson[]>(
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals",
      { owner: repo.owner, repo: repo.repo, run_id: runId },
    );
    const approvals = (Array.isArray(data) ? data : []).map((a) => ({
      user: a.user?.login ?? "ghost",
      state: a.state,
      environments: (a.environments ?? []).map((e) => e.name ?? "").filter(Boolean),
      ...(a.comment ? { comment: a.comment } : {}),
      ...((a.submitted_at ?? a.created_at) ? { at: a.submitted_at ?? a.created_at } : {}),
    }));
    return { approvals };
  } catch (e) {
    // PermissionError is a GitHubApiError too.
    if (e instanceof GitHubApiError && (e.status === 403 || e.status === 404)) {
      return {
        approvals: null,
        problem: `The environment approvals of run ${runId} could not be read (${e.status}): add \`actions: read\` to the job's \`permissions:\` to record them.`,
      };
    }
    throw e;
  }
}
