import { appsOf, sameEnv } from "../apps";
import { fullName, installationRepos, mintInstallationToken, ungranted } from "../apps/access";
import { DOCS, HttpError, notFound, paginate, type RouteContext, type RouteDef } from "../http";
import { repoJson, userJson } from "../present";
import type { Delivery, GitHubApp, Installation, Permissions } from "../types";
import { intParam, unprocessable } from "./util";

/**
 * GitHub Apps: the App's own routes (a JSON web token authenticates it), installation access
 * tokens, the App's webhook deliveries and redelivery, and the answer to a custom deployment
 * protection rule, which only the rule's App may give, once, for the environment it was asked about.
 */

function appOf(ctx: RouteContext): GitHubApp {
  const app = ctx.state.apps.find((a) => a.id === ctx.token.appJwt);
  if (!app) throw notFound();
  return app;
}

function installationOr404(ctx: RouteContext, app: GitHubApp): Installation {
  const id = intParam(ctx, "installation_id");
  const inst = ctx.state.installations.find((i) => i.id === id && i.appId === app.id);
  if (!inst) throw notFound();
  return inst;
}

function appJson(ctx: RouteContext, app: GitHubApp) {
  return {
    id: app.id,
    slug: app.slug,
    node_id: app.nodeId,
    client_id: app.clientId,
    owner: userJson(ctx, app.owner),
    name: app.name,
    description: null,
    external_url: `${ctx.urls.url}/apps/${app.slug}`,
    html_url: `${ctx.urls.url}/apps/${app.slug}`,
    created_at: app.createdAt,
    updated_at: app.createdAt,
    permissions: app.permissions,
    events: app.events,
    installations_count: ctx.state.installations.filter((i) => i.appId === app.id).length,
  };
}

function installationJson(ctx: RouteContext, app: GitHubApp, inst: Installation) {
  const account = ctx.store.findOrg(inst.account);
  return {
    id: inst.id,
    account: userJson(ctx, ctx.store.user(inst.account, account ? { type: "Organization" } : {})),
    repository_selection: inst.repositorySelection,
    access_tokens_url: `${ctx.urls.apiUrl}/app/installations/${inst.id}/access_tokens`,
    repositories_url: `${ctx.urls.apiUrl}/installation/repositories`,
    html_url: `${ctx.urls.url}/organizations/${inst.account}/settings/installations/${inst.id}`,
    app_id: app.id,
    client_id: app.clientId,
    app_slug: app.slug,
    target_id: account?.id ?? ctx.store.user(inst.account).id,
    target_type: account ? "Organization" : "User",
    permissions: inst.permissions,
    events: inst.events,
    created_at: inst.createdAt,
    updated_at: inst.createdAt,
    single_file_name: null,
    suspended_by: null,
    suspended_at: null,
  };
}

function deliveryJson(d: Delivery, full = false) {
  const item = {
    id: d.id,
    guid: d.guid,
    delivered_at: d.deliveredAt,
    redelivery: d.redelivery,
    duration: d.duration,
    status: d.status,
    status_code: d.statusCode,
    event: d.event,
    action: d.action,
    installation_id: d.installationId,
    repository_id: d.repositoryId,
    throttled_at: null,
  };
  if (!full) return item;
  return {
    ...item,
    url: d.url,
    request: { headers: d.requestHeaders, payload: JSON.parse(d.body) as unknown },
    response: { headers: d.responseHeaders, payload: d.responseBody },
  };
}

const forbidden = (message = "Resource not accessible by integration") =>
  new HttpError(403, { message, documentation_url: DOCS, status: "403" });

/** GitHub keeps up to 10 status reports per deployment, each up to 1,024 characters. */
export const MAX_STATUS_REPORTS = 10;
export const MAX_RULE_COMMENT = 1024;

export const appRoutes: RouteDef[] = [
  {
    method: "GET",
    route: "/app",
    permission: null,
    auth: "app",
    handler(ctx) {
      return { body: appJson(ctx, appOf(ctx)) };
    },
  },
  {
    method: "GET",
    route: "/app/installations",
    permission: null,
    auth: "app",
    handler(ctx) {
      const app = appOf(ctx);
      const list = ctx.state.installations.filter((i) => i.appId === app.id);
      const page = paginate(ctx, list);
      return { ...page, body: (page.body as Installation[]).map((i) => installationJson(ctx, app, i)) };
    },
  },
  {
    method: "GET",
    route: "/app/installations/{installation_id}",
    permission: null,
    auth: "app",
    handler(ctx) {
      const app = appOf(ctx);
      return { body: installationJson(ctx, app, installationOr404(ctx, app)) };
    },
  },
  {
    method: "POST",
    route: "/app/installations/{installation_id}/access_tokens",
    permission: null,
    auth: "app",
    handler(ctx) {
      const app = appOf(ctx);
      const inst = installationOr404(ctx, app);
      const b = (ctx.body ?? {}) as {
        repositories?: string[];
        repository_ids?: number[];
        permissions?: Permissions;
      };
      const reachable = installationRepos(ctx.store, inst);
      let narrowed: string[] | undefined;
      if (b.repositories || b.repository_ids) {
        const names = (b.repositories ?? []).map((n) => n.toLowerCase());
        const picked = reachable.filter(
          (r) => names.includes(r.name.toLowerCase()) || (b.repository_ids ?? []).includes(r.id),
        );
        if (picked.length !== names.length + (b.repository_ids ?? []).length) {
          throw unprocessable(
            "There is at least one repository that does not exist or is not accessible to the parent installation.",
          );
        }
        narrowed = picked.map(fullName);
      }
      const asked: Permissions = {};
      for (const [k, v] of Object.entries(b.permissions ?? {})) asked[k] = v;
      if (ungranted(asked, inst.permissions).length > 0) {
        throw unprocessable("The permissions requested are not granted to this installation.");
      }
      const permissions: Permissions = b.permissions
        ? { metadata: "read", ...asked }
        : { ...inst.permissions };
      const token = mintInstallationToken(ctx.store, app, inst, permissions, narrowed);
      const repos = narrowed ? reachable.filter((r) => narrowed.includes(fullName(r))) : undefined;
      return {
        status: 201,
        body: {
          token: token.value,
          expires_at: token.expiresAt,
          permissions,
          repository_selection: narrowed ? "selected" : inst.repositorySelection,
          ...(repos ? { repositories: repos.map((r) => repoJson(ctx, r)) } : {}),
        },
      };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/installation",
    permission: null,
    auth: "app",
    handler(ctx) {
      const app = appOf(ctx);
      const repo = ctx.repo();
      const inst = ctx.state.installations.find(
        (i) => i.appId === app.id && installationRepos(ctx.store, i).includes(repo),
      );
      if (!inst) throw notFound();
      return { body: installationJson(ctx, app, inst) };
    },
  },
  {
    method: "GET",
    route: "/installation/repositories",
    permission: null,
    auth: "installation",
    handler(ctx) {
      const inst = ctx.state.installations.find((i) => i.id === ctx.token.installationId);
      if (!inst) throw notFound();
      const repos = installationRepos(ctx.store, inst).filter(
        (r) => !ctx.token.repositories || ctx.token.repositories.includes(fullName(r)),
      );
      const page = paginate(ctx, repos);
      return {
        headers: page.headers,
        body: {
          total_count: repos.length,
          repository_selection: ctx.token.repositories ? "selected" : inst.repositorySelection,
          repositories: (page.body as typeof repos).map((r) => repoJson(ctx, r)),
        },
      };
    },
  },
  {
    method: "GET",
    route: "/app/hook/deliveries",
    permission: null,
    auth: "app",
    handler(ctx) {
      const app = appOf(ctx);
      const status = ctx.query.get("status");
      const list = ctx.state.deliveries
        .filter((d) => d.appId === app.id && d.status !== "pending")
        .filter((d) =>
          status === "success"
            ? d.statusCode >= 200 && d.statusCode < 400
            : status === "failure"
              ? !(d.statusCode >= 200 && d.statusCode < 400)
              : true,
        )
        .sort((a, b) => b.id - a.id);
      // Cursor pagination: the cursor is the id of the page's first delivery.
      const perPage = Math.min(Math.max(ctx.int("per_page", 30), 1), 100);
      const cursor = ctx.query.get("cursor");
      let start = 0;
      if (cursor) {
        const id = Number(Buffer.from(cursor, "base64url").toString("utf8").replace(/^v1_/, ""));
        start = list.findIndex((d) => d.id <= id);
        if (start < 0) start = list.length;
      }
      const page = list.slice(start, start + perPage);
      const next = list[start + perPage];
      const headers: Record<string, string> = {};
      if (next) {
        const q = new URLSearchParams(ctx.query);
        q.set("cursor", Buffer.from(`v1_${next.id}`).toString("base64url"));
        q.set("per_page", String(perPage));
        headers.link = `<${ctx.urls.apiUrl}/app/hook/deliveries?${q.toString()}>; rel="next"`;
      }
      return { headers, body: page.map((d) => deliveryJson(d)) };
    },
  },
  {
    method: "GET",
    route: "/app/hook/deliveries/{delivery_id}",
    permission: null,
    auth: "app",
    handler(ctx) {
      const app = appOf(ctx);
      const d = ctx.state.deliveries.find((x) => x.id === intParam(ctx, "delivery_id") && x.appId === app.id);
      if (!d) throw notFound();
      return { body: deliveryJson(d, true) };
    },
  },
  {
    method: "POST",
    route: "/app/hook/deliveries/{delivery_id}/attempts",
    permission: null,
    auth: "app",
    handler(ctx) {
      const app = appOf(ctx);
      const d = ctx.state.deliveries.find((x) => x.id === intParam(ctx, "delivery_id") && x.appId === app.id);
      if (!d) throw notFound();
      appsOf(ctx.store).redeliver(d);
      return { status: 202, body: {} };
    },
  },
  {
    method: "POST",
    route: "/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule",
    permission: "deployments=write",
    auth: "installation",
    handler(ctx) {
      const repo = ctx.repo();
      const run = repo.runs.find((r) => r.id === intParam(ctx, "run_id"));
      if (!run) throw notFound();
      const inst = ctx.state.installations.find((i) => i.id === ctx.token.installationId);
      const app = inst ? ctx.state.apps.find((a) => a.id === inst.appId) : undefined;
      if (!app || !run.gates.some((g) => g.appId === app.id)) {
        throw forbidden("GitHub Apps can only review their own custom deployment protection rules.");
      }
      const b = ctx.body as { environment_name: string; state?: "approved" | "rejected"; comment?: string };
      const gate = run.gates.find((g) => g.appId === app.id && sameEnv(g.environment, b.environment_name));
      if (!gate) {
        throw unprocessable(
          `No deployment protection rule of ${app.slug} is waiting on run ${run.id} for environment ${b.environment_name}.`,
        );
      }
      if (gate.state !== "pending") {
        throw unprocessable(
          `The deployment protection rule of ${app.slug} for ${gate.environment} on run ${run.id} was already ${gate.state}.`,
        );
      }
      const comment = b.comment ?? "";
      if (comment.length > MAX_RULE_COMMENT) {
        throw unprocessable(`comment is too long (maximum is ${MAX_RULE_COMMENT} characters).`);
      }
      const at = ctx.tick();
      if (!b.state) {
        if (gate.reports.length >= MAX_STATUS_REPORTS) {
          throw unprocessable(`A deployment takes at most ${MAX_STATUS_REPORTS} status reports.`);
        }
        gate.reports.push({ comment, at });
        return { status: 204 };
      }
      gate.state = b.state;
      gate.comment = comment;
      gate.answeredAt = at;
      appsOf(ctx.store).settle(repo, run, gate);
      return { status: 204 };
    },
  },
];
