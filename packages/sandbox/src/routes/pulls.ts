import { paginate, type RouteDef } from "../http";
import { commitJson, fileJson, pullJson } from "../present";
import type { PullRequest } from "../types";
import { direction, pullOr404 } from "./util";

/** Pull requests (read-only: Gatehouse never writes pull requests). */

export const pullRoutes: RouteDef[] = [
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/pulls",
    permission: "pull_requests=read",
    handler(ctx) {
      const repo = ctx.repo();
      const state = ctx.query.get("state") ?? "open";
      const base = ctx.query.get("base");
      const head = ctx.query.get("head");
      let list = repo.pulls.filter((p) => state === "all" || p.issue.state === state);
      if (base) list = list.filter((p) => p.base === base);
      if (head) list = list.filter((p) => p.head === head || `${repo.owner}:${p.head}` === head);
      const sort = ctx.query.get("sort") ?? "created";
      const dir = direction(ctx, "desc");
      const key = (p: PullRequest) => (sort === "updated" ? p.issue.updatedAt : p.issue.createdAt);
      list = [...list].sort((a, b) =>
        key(a) < key(b) ? -dir : key(a) > key(b) ? dir : (a.number - b.number) * dir,
      );
      const page = paginate(ctx, list);
      return { ...page, body: (page.body as PullRequest[]).map((p) => pullJson(ctx, repo, p, false)) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/pulls/{pull_number}",
    permission: "pull_requests=read",
    handler(ctx) {
      return { body: pullJson(ctx, ctx.repo(), pullOr404(ctx)) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/pulls/{pull_number}/files",
    permission: "pull_requests=read",
    handler(ctx) {
      const repo = ctx.repo();
      const pull = pullOr404(ctx);
      const page = paginate(ctx, pull.files.slice(0, 3000));
      return {
        ...page,
        body: (page.body as PullRequest["files"]).map((f) => fileJson(f, ctx, repo, pull.headSha ?? "")),
      };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/pulls/{pull_number}/commits",
    permission: "pull_requests=read",
    handler(ctx) {
      const repo = ctx.repo();
      const pull = pullOr404(ctx);
      const commits = pull.commits.map((s) => repo.commits.get(s)!).filter(Boolean);
      const page = paginate(ctx, commits.slice(0, 250), 100);
      return { ...page, body: (page.body as typeof commits).map((c) => commitJson(ctx, repo, c)) };
    },
  },
];
