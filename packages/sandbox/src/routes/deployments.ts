import { notFound, paginate, type RouteContext, type RouteDef } from "../http";
import { deploymentJson, deploymentStatusJson, environmentJson } from "../present";
import { makeNodeId } from "../store";
import type { Deployment, DeploymentStatus, Repo } from "../types";
import { intParam, unprocessable } from "./util";

/** Deployments, their statuses, and environments. Lists are newest first, like GitHub. */

function deploymentOr404(ctx: RouteContext, repo: Repo): Deployment {
  const d = repo.deployments.find((x) => x.id === intParam(ctx, "deployment_id"));
  if (!d) throw notFound();
  return d;
}

const newestFirst = <T extends { createdAt: string; id: number }>(list: T[]) =>
  [...list].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id));

export const deploymentRoutes: RouteDef[] = [
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/deployments",
    permission: "deployments=read",
    handler(ctx) {
      const repo = ctx.repo();
      let list = repo.deployments;
      for (const key of ["sha", "ref", "task", "environment"] as const) {
        const v = ctx.query.get(key);
        if (v !== null) list = list.filter((d) => d[key] === v);
      }
      const page = paginate(ctx, newestFirst(list));
      return { ...page, body: (page.body as Deployment[]).map((d) => deploymentJson(ctx, repo, d)) };
    },
  },
  {
    method: "POST",
    route: "/repos/{owner}/{repo}/deployments",
    permission: "deployments=write",
    handler(ctx) {
      const repo = ctx.repo();
      const b = ctx.body as {
        ref: string;
        task?: string;
        environment?: string;
        description?: string | null;
        payload?: unknown;
        production_environment?: boolean;
        transient_environment?: boolean;
      };
      const sha = ctx.store.resolveSha(repo, b.ref);
      if (!sha) throw unprocessable(`No ref found for: ${b.ref}`);
      const now = ctx.tick();
      const id = ctx.store.nextId("deployment");
      // A deployment to an environment the repository does not have yet creates it, as on GitHub.
      const environment = ctx.store.ensureEnvironment(repo, b.environment ?? "production", now).name;
      let payload: unknown = b.payload ?? {};
      if (typeof payload === "string") {
        try {
          payload = JSON.parse(payload);
        } catch {
          // GitHub keeps a non-JSON string payload as is.
        }
      }
      const d: Deployment = {
        id,
        nodeId: makeNodeId("Deployment", id),
        sha,
        ref: b.ref,
        task: b.task ?? "deploy",
        environment,
        description: b.description ?? null,
        payload,
        creator: ctx.user.login,
        createdAt: now,
        updatedAt: now,
        productionEnvironment: b.production_environment ?? environment === "production",
        transientEnvironment: b.transient_environment ?? false,
        statuses: [],
      };
      repo.deployments.push(d);
      ctx.store.register(d.nodeId, { kind: "Deployment", repo, deployment: d });
      return { status: 201, body: deploymentJson(ctx, repo, d) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/deployments/{deployment_id}",
    permission: "deployments=read",
    handler(ctx) {
      const repo = ctx.repo();
      return { body: deploymentJson(ctx, repo, deploymentOr404(ctx, repo)) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
    permission: "deployments=read",
    handler(ctx) {
      const repo = ctx.repo();
      const d = deploymentOr404(ctx, repo);
      const page = paginate(ctx, newestFirst(d.statuses));
      return {
        ...page,
        body: (page.body as DeploymentStatus[]).map((s) => deploymentStatusJson(ctx, repo, d, s)),
      };
    },
  },
  {
    method: "POST",
    route: "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
    permission: "deployments=write",
    handler(ctx) {
      const repo = ctx.repo();
      const d = deploymentOr404(ctx, repo);
      const b = ctx.body as {
        state: DeploymentStatus["state"];
        description?: string;
        log_url?: string;
        target_url?: string;
        environment_url?: string;
        environment?: string;
        auto_inactive?: boolean;
      };
      const now = ctx.tick();
      const add = (dep: Deployment, state: DeploymentStatus["state"], description = "") => {
        const id = ctx.store.nextId("status");
        const s: DeploymentStatus = {
          id,
          nodeId: makeNodeId("DeploymentStatus", id),
          state,
          description,
          environmentUrl: b.environment_url ?? "",
          logUrl: b.log_url ?? b.target_url ?? "",
          creator: ctx.user.login,
          createdAt: now,
        };
        dep.statuses.push(s);
        dep.updatedAt = now;
        ctx.store.register(s.nodeId, { kind: "DeploymentStatus", repo, deployment: dep, status: s });
        return s;
      };
      if (b.environment) d.environment = b.environment;
      const s = add(d, b.state, b.description ?? "");
      if (b.state === "success" && b.auto_inactive !== false) {
        for (const other of repo.deployments) {
          if (other === d || other.environment !== d.environment) continue;
          if (other.productionEnvironment || other.transientEnvironment) continue;
          if (other.statuses[other.statuses.length - 1]?.state === "inactive") continue;
          add(other, "inactive");
        }
      }
      return { status: 201, body: deploymentStatusJson(ctx, repo, d, s) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/environments",
    permission: "actions=read",
    handler(ctx) {
      const repo = ctx.repo();
      const page = paginate(ctx, repo.environments);
      return {
        headers: page.headers,
        body: {
          total_count: repo.environments.length,
          environments: (page.body as Repo["environments"]).map((e) => environmentJson(ctx, repo, e)),
        },
      };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/environments/{environment_name}",
    permission: "actions=read",
    handler(ctx) {
      const repo = ctx.repo();
      const e = ctx.store.findEnvironment(repo, ctx.params.environment_name!);
      if (!e) throw notFound();
      return { body: environmentJson(ctx, repo, e) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
    permission: "actions=read",
    handler(ctx) {
      const repo = ctx.repo();
      const e = repo.environments.find(
        (x) => x.name.toLowerCase() === ctx.params.environment_name!.toLowerCase(),
      );
      if (!e) throw notFound();
      const patterns = e.branchPolicy && !e.branchPolicy.protectedBranches ? e.branchPolicy.patterns : [];
      const list = patterns.map((name, i) => ({
        id: e.id * 1000 + i + 1,
        node_id: `${e.nodeId}_bp${i + 1}`,
        name,
        type: "branch",
      }));
      const page = paginate(ctx, list);
      return { headers: page.headers, body: { total_count: list.length, branch_policies: page.body } };
    },
  },
];
