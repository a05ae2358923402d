import { HttpError, notFound, paginate, type RouteContext, type RouteDef } from "../http";
import { repoApi } from "../present";
import type { Repo } from "../types";
import { unprocessable } from "./util";

/** Git references (branches and lightweight tags) and git commits. */

function refJson(ctx: RouteContext, repo: Repo, ref: string, sha: string) {
  const api = repoApi(ctx, repo);
  return {
    ref,
    node_id: Buffer.from(`Ref:${repo.id}:${ref}`).toString("base64url"),
    url: `${api}/git/${ref}`,
    object: { sha, type: "commit", url: `${api}/git/commits/${sha}` },
  };
}

export const gitRoutes: RouteDef[] = [
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/git/ref/{ref}",
    permission: "contents=read",
    handler(ctx) {
      const repo = ctx.repo();
      const ref = `refs/${ctx.params.ref}`;
      const sha = repo.refs.get(ref);
      if (!sha) throw notFound();
      return { body: refJson(ctx, repo, ref, sha) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/git/matching-refs/{ref}",
    permission: "contents=read",
    handler(ctx) {
      const repo = ctx.repo();
      const prefix = `refs/${ctx.params.ref}`;
      const refs = [...repo.refs.entries()]
        .filter(([r]) => r.startsWith(prefix))
        .sort(([a], [b]) => a.localeCompare(b));
      const page = paginate(ctx, refs);
      return { ...page, body: (page.body as typeof refs).map(([r, sha]) => refJson(ctx, repo, r, sha)) };
    },
  },
  {
    method: "POST",
    route: "/repos/{owner}/{repo}/git/refs",
    permission: "contents=write",
    handler(ctx) {
      const repo = ctx.repo();
      const { ref, sha } = ctx.body as { ref: string; sha: string };
      if (!/^refs\/.+\/.+/.test(ref))
        throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
      if (repo.refs.has(ref)) throw unprocessable("Reference already exists");
      if (!repo.commits.has(sha)) throw unprocessable("Object does not exist");
      repo.refs.set(ref, sha);
      ctx.tick();
      return { status: 201, body: refJson(ctx, repo, ref, sha) };
    },
  },
  {
    method: "PATCH",
    route: "/repos/{owner}/{repo}/git/refs/{ref}",
    permission: "contents=write",
    handler(ctx) {
      const repo = ctx.repo();
      const ref = `refs/${ctx.params.ref}`;
      const { sha, force } = ctx.body as { sha: string; force?: boolean };
      const old = repo.refs.get(ref);
      if (!old) throw unprocessable("Reference does not exist");
      if (!repo.commits.has(sha)) throw unprocessable("Object does not exist");
      if (!force && !ctx.store.ancestors(repo, sha).has(old))
        throw unprocessable("Update is not a fast forward");
      repo.refs.set(ref, sha);
      ctx.tick();
      return { body: refJson(ctx, repo, ref, sha) };
    },
  },
  {
    method: "DELETE",
    route: "/repos/{owner}/{repo}/git/refs/{ref}",
    permission: "contents=write",
    handler(ctx) {
      const repo = ctx.repo();
      const ref = `refs/${ctx.params.ref}`;
      if (!repo.refs.delete(ref))
        throw new HttpError(422, { message: "Reference does not exist", status: "422" });
      ctx.tick();
      return { status: 204 };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/git/commits/{commit_sha}",
    permission: "contents=read",
    handler(ctx) {
      const repo = ctx.repo();
      const c = repo.commits.get(ctx.params.commit_sha!);
      if (!c) throw notFound();
      const api = repoApi(ctx, repo);
      return {
        body: {
          sha: c.sha,
          node_id: c.nodeId,
          url: `${api}/git/commits/${c.sha}`,
          html_url: `${ctx.urls.url}/${repo.owner}/${repo.name}/commit/${c.sha}`,
          author: { name: c.author.name, email: c.author.email, date: c.author.date },
          committer: { name: c.committer.name, email: c.committer.email, date: c.committer.date },
          message: c.message,
          tree: { sha: c.sha, url: `${api}/git/trees/${c.sha}` },
          parents: c.parents.map((p) => ({
            sha: p,
            url: `${api}/git/commits/${p}`,
            html_url: `${ctx.urls.url}/${repo.owner}/${repo.name}/commit/${p}`,
          })),
          verification: {
            verified: false,
            reason: "unsigned",
            signature: null,
            payload: null,
            verified_at: null,
          },
        },
      };
    },
  },
];
