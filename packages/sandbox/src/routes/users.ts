import { HttpError, notFound, type RouteDef } from "../http";
import { fullUserJson } from "../present";

export const userRoutes: RouteDef[] = [
  {
    method: "GET",
    route: "/users/{username}",
    permission: null,
    handler(ctx) {
      const u = ctx.store.findUser(ctx.params.username!);
      if (!u) throw notFound();
      return { body: fullUserJson(ctx, u) };
    },
  },
  {
    method: "GET",
    route: "/user",
    permission: null,
    handler(ctx) {
      // Installation tokens (a workflow's GITHUB_TOKEN, app tokens) have no user to show.
      if (ctx.user.type === "Bot") {
        throw new HttpError(403, {
          message: "Resource not accessible by integration",
          documentation_url: "https://docs.github.com/rest/users/users#get-the-authenticated-user",
          status: "403",
        });
      }
      return { body: fullUserJson(ctx, ctx.user) };
    },
  },
  {
    method: "GET",
    route: "/rate_limit",
    permission: null,
    handler(ctx) {
      const r = (resource: "core" | "graphql" | "search") => {
        const { limit, used, remaining, reset } = ctx.rateLimit(resource);
        return { limit, used, remaining, reset };
      };
      const core = r("core");
      return { body: { resources: { core, graphql: r("graphql"), search: r("search") }, rate: core } };
    },
  },
];
