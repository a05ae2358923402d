import { notFound, paginate, type RouteContext, type RouteDef } from "../http";
import { fullTeamJson, orgJson, teamJson, userJson } from "../present";
import type { Team } from "../types";

/** Organisations and team membership (needs `members: read`, which a workflow GITHUB_TOKEN lacks). */

function teamOr404(ctx: RouteContext): Team {
  const t = ctx.store.findTeam(ctx.params.org!, ctx.params.team_slug!);
  if (!t) throw notFound();
  return t;
}

export const orgRoutes: RouteDef[] = [
  {
    method: "GET",
    route: "/orgs/{org}",
    permission: null,
    handler(ctx) {
      const o = ctx.store.findOrg(ctx.params.org!);
      if (!o) throw notFound();
      return { body: orgJson(ctx, o) };
    },
  },
  {
    method: "GET",
    route: "/orgs/{org}/teams",
    permission: "members=read",
    handler(ctx) {
      if (!ctx.store.findOrg(ctx.params.org!)) throw notFound();
      const teams = ctx.state.teams.filter((t) => t.org.toLowerCase() === ctx.params.org!.toLowerCase());
      const page = paginate(ctx, teams);
      return { ...page, body: (page.body as Team[]).map((t) => teamJson(ctx, t)) };
    },
  },
  {
    method: "GET",
    route: "/orgs/{org}/teams/{team_slug}",
    permission: "members=read",
    handler: (ctx) => ({ body: fullTeamJson(ctx, teamOr404(ctx)) }),
  },
  {
    method: "GET",
    route: "/orgs/{org}/teams/{team_slug}/members",
    permission: "members=read",
    handler(ctx) {
      const t = teamOr404(ctx);
      const role = ctx.query.get("role") ?? "all";
      const members = t.members.filter((m) =>
        role === "all"
          ? true
          : role === "maintainer"
            ? t.maintainers.includes(m)
            : !t.maintainers.includes(m),
      );
      const page = paginate(ctx, members);
      return { ...page, body: (page.body as string[]).map((m) => userJson(ctx, m)) };
    },
  },
  {
    method: "GET",
    route: "/orgs/{org}/teams/{team_slug}/memberships/{username}",
    permission: "members=read",
    handler(ctx) {
      const t = teamOr404(ctx);
      const login = ctx.params.username!.toLowerCase();
      const member = t.members.find((m) => m.toLowerCase() === login);
      if (!member) throw notFound();
      return {
        body: {
          url: `${ctx.urls.apiUrl}/teams/${t.id}/memberships/${member}`,
          role: t.maintainers.includes(member) ? "maintainer" : "member",
          state: "active",
        },
      };
    },
  },
  {
    method: "GET",
    route: "/orgs/{org}/members/{username}",
    permission: "members=read",
    handler(ctx) {
      const org = ctx.params.org!.toLowerCase();
      const login = ctx.params.username!.toLowerCase();
      const isMember = ctx.state.teams.some(
        (t) => t.org.toLowerCase() === org && t.members.some((m) => m.toLowerCase() === login),
      );
      if (!isMember) throw notFound();
      return { status: 204 };
    },
  },
];
