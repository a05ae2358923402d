import { notFound, paginate, type RouteContext, type RouteDef } from "../http";
import { repoApi, repoHtml, runJson, teamRef, userJson } from "../present";
import type { Repo, WorkflowRun } from "../types";
import { intParam } from "./util";

/** Workflow runs and their environment approvals. */

function runOr404(ctx: RouteContext, repo: Repo): WorkflowRun {
  const run = repo.runs.find((r) => r.id === intParam(ctx, "run_id"));
  if (!run) throw notFound();
  return run;
}

function envRef(ctx: RouteContext, repo: Repo, name: string) {
  const e = repo.environments.find((x) => x.name === name);
  return {
    id: e?.id ?? 0,
    node_id: e?.nodeId ?? "",
    name,
    url: `${repoApi(ctx, repo)}/environments/${encodeURIComponent(name)}`,
    html_url: `${repoHtml(ctx, repo)}/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`,
    created_at: e?.createdAt ?? ctx.state.now,
    updated_at: e?.updatedAt ?? ctx.state.now,
  };
}

export const actionRoutes: RouteDef[] = [
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/actions/runs",
    permission: "actions=read",
    handler(ctx) {
      const repo = ctx.repo();
      const status = ctx.query.get("status");
      const headSha = ctx.query.get("head_sha");
      const runs = [...repo.runs]
        .filter((r) => !status || r.status === status || r.conclusion === status)
        .filter((r) => !headSha || r.headSha === headSha)
        .sort((a, b) => b.id - a.id);
      const page = paginate(ctx, runs);
      return {
        headers: page.headers,
        body: {
          total_count: runs.length,
          workflow_runs: (page.body as WorkflowRun[]).map((r) => runJson(ctx, repo, r)),
        },
      };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/actions/runs/{run_id}",
    permission: "actions=read",
    handler(ctx) {
      const repo = ctx.repo();
      return { body: runJson(ctx, repo, runOr404(ctx, repo)) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}",
    permission: "actions=read",
    handler(ctx) {
      const repo = ctx.repo();
      const run = runOr404(ctx, repo);
      const attempt = intParam(ctx, "attempt_number");
      if (attempt < 1 || attempt > run.runAttempt) throw notFound();
      return { body: { ...runJson(ctx, repo, run), run_attempt: attempt } };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/actions/runs/{run_id}/approvals",
    permission: "actions=read",
    handler(ctx) {
      const repo = ctx.repo();
      const run = runOr404(ctx, repo);
      return {
        body: [...run.approvals]
          .sort((a, b) => (a.submittedAt < b.submittedAt ? 1 : a.submittedAt > b.submittedAt ? -1 : 0))
          .map((a) => ({
            environments: a.environments.map((e) => envRef(ctx, repo, e)),
            state: a.state,
            user: userJson(ctx, a.user),
            comment: a.comment,
            submitted_at: a.submittedAt,
          })),
      };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments",
    permission: "actions=read",
    handler(ctx) {
      const repo = ctx.repo();
      const run = runOr404(ctx, repo);
      const list = run.pendingEnvironments.map((name) => {
        const env = repo.environments.find((e) => e.name === name);
        return {
          environment: envRef(ctx, repo, name),
          wait_timer: env?.waitTimer ?? 0,
          wait_timer_started_at: run.runStartedAt,
          current_user_can_approve: false,
          reviewers: (env?.reviewers ?? []).map((r) => ({
            type: r.type,
            reviewer: r.type === "User" ? userJson(ctx, r.login) : teamRef(ctx, r.login),
          })),
        };
      });
      return paginate(ctx, list);
    },
  },
];
