import { linkHeader, notFound, paginate, type RouteContext, type RouteDef } from "../http";
import { commitJson, fileJson, pullJson, repoApi, repoJson } from "../present";
import { mergeFiles } from "../scenario";
import type { Commit, Repo } from "../types";
import { unprocessable } from "./util";

/** Repository, commits, compare, tags, branches. */

function commitOr422(ctx: RouteContext, repo: Repo, ref: string): Commit {
  const c = ctx.store.resolveCommit(repo, ref);
  if (!c) throw unprocessable(`No commit found for SHA: ${ref}`);
  return c;
}

interface Comparison {
  ahead: Commit[];
  behind: Commit[];
  mergeBase: Commit;
}
/** The last comparisons per repository, while its commits do not change: pages of one range reuse it. */
const comparisons = new WeakMap<Repo, { size: number; byKey: Map<string, Comparison> }>();

function comparison(ctx: RouteContext, repo: Repo, base: Commit, head: Commit): Comparison {
  let memo = comparisons.get(repo);
  if (!memo || memo.size !== repo.commits.size) {
    memo = { size: repo.commits.size, byKey: new Map() };
    comparisons.set(repo, memo);
  }
  const key = `${base.sha}...${head.sha}`;
  let found = memo.byKey.get(key);
  if (!found) {
    const headAncestors = ctx.store.ancestors(repo, head.sha);
    found = {
      ahead: ctx.store.history(repo, head.sha, [base.sha]).reverse(),
      behind: ctx.store.history(repo, base.sha, [head.sha]),
      mergeBase: ctx.store.history(repo, base.sha).find((c) => headAncestors.has(c.sha)) ?? base,
    };
    if (memo.byKey.size > 20) memo.byKey.clear();
    memo.byKey.set(key, found);
  }
  return found;
}

export const repoRoutes: RouteDef[] = [
  {
    method: "GET",
    route: "/repos/{owner}/{repo}",
    permission: "metadata=read",
    handler: (ctx) => ({ body: repoJson(ctx, ctx.repo()) }),
  },
  {
    // Whether published releases become immutable; GitHub wants admin read access (a token with
    // Administration: read), which a workflow's GITHUB_TOKEN never has.
    method: "GET",
    route: "/repos/{owner}/{repo}/immutable-releases",
    permission: "administration=read",
    handler: (ctx) => ({ body: { enabled: ctx.repo().immutableReleases, enforced_by_owner: false } }),
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/commits",
    permission: "contents=read",
    handler(ctx) {
      const repo = ctx.repo();
      const from = ctx.query.get("sha") ?? repo.defaultBranch;
      const head = ctx.store.resolveSha(repo, from);
      if (!head) throw notFound();
      let list = ctx.store.history(repo, head);
      const since = ctx.query.get("since");
      const until = ctx.query.get("until");
      const path = ctx.query.get("path");
      const author = ctx.query.get("author");
      if (since) list = list.filter((c) => Date.parse(c.committer.date) >= Date.parse(since));
      if (until) list = list.filter((c) => Date.parse(c.committer.date) <= Date.parse(until));
      if (path)
        list = list.filter((c) =>
          c.files.some((f) => f.filename === path || f.filename.startsWith(`${path}/`)),
        );
      if (author) {
        const a = author.toLowerCase();
        list = list.filter((c) => c.author.login?.toLowerCase() === a || c.author.email.toLowerCase() === a);
      }
      const page = paginate(ctx, list);
      return { ...page, body: (page.body as Commit[]).map((c) => commitJson(ctx, repo, c)) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/commits/{ref}",
    permission: "contents=read",
    handler(ctx) {
      const repo = ctx.repo();
      return { body: commitJson(ctx, repo, commitOr422(ctx, repo, ctx.params.ref!), true) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/commits/{commit_sha}/pulls",
    permission: "contents=read",
    handler(ctx) {
      const repo = ctx.repo();
      const c = commitOr422(ctx, repo, ctx.params.commit_sha!);
      const pulls = ctx.store.pullsForCommit(repo, c.sha);
      const page = paginate(ctx, pulls);
      return { ...page, body: (page.body as typeof pulls).map((p) => pullJson(ctx, repo, p, false)) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/compare/{basehead}",
    permission: "contents=read",
    handler(ctx) {
      const repo = ctx.repo();
      const spec = ctx.params.basehead!;
      const sep = spec.includes("...") ? "..." : "..";
      const [baseRef, headRef] = spec.split(sep) as [string, string | undefined];
      if (!headRef) throw notFound();
      const base = ctx.store.resolveCommit(repo, baseRef);
      const head = ctx.store.resolveCommit(repo, headRef);
      if (!base || !head) throw notFound();
      const { ahead, behind, mergeBase } = comparison(ctx, repo, base, head);
      const status =
        ahead.length === 0 && behind.length === 0
          ? "identical"
          : behind.length === 0
            ? "ahead"
            : ahead.length === 0
              ? "behind"
              : "diverged";
      // Without paging parameters GitHub lists the 250 most recent commits of the comparison;
      // with them, pages of at most 100 from the oldest, the changed files on the first page only.
      // Either way at most 300 files, for the whole comparison.
      let commits: Commit[];
      let headers: Record<string, string> = {};
      let firstPage = true;
      if (ctx.query.has("page") || ctx.query.has("per_page")) {
        const perPage = Math.min(Math.max(ctx.int("per_page", 30), 1), 100);
        const page = Math.max(ctx.int("page", 1), 1);
        commits = ahead.slice((page - 1) * perPage, page * perPage);
        headers = linkHeader(ctx, page, Math.max(Math.ceil(ahead.length / perPage), 1));
        firstPage = page === 1;
      } else commits = ahead.slice(-250);
      const files = firstPage ? mergeFiles(ahead).slice(0, 300) : [];
      const html = `${ctx.urls.url}/${repo.owner}/${repo.name}/compare/${spec}`;
      return {
        headers,
        body: {
          url: `${repoApi(ctx, repo)}/compare/${spec}`,
          html_url: html,
          permalink_url: html,
          diff_url: `${html}.diff`,
          patch_url: `${html}.patch`,
          base_commit: commitJson(ctx, repo, base),
          merge_base_commit: commitJson(ctx, repo, mergeBase),
          status,
          ahead_by: ahead.length,
          behind_by: behind.length,
          total_commits: ahead.length,
          commits: commits.map((c) => commitJson(ctx, repo, c)),
          files: files.map((f) => fileJson(f, ctx, repo, head.sha)),
        },
      };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/tags",
    permission: "contents=read",
    handler(ctx) {
      const repo = ctx.repo();
      const api = repoApi(ctx, repo);
      const tags = [...repo.refs.entries()]
        .filter(([r]) => r.startsWith("refs/tags/"))
        .map(([r, sha]) => ({ name: r.slice("refs/tags/".length), sha }))
        .sort((a, b) => b.name.localeCompare(a.name, "en", { numeric: true }));
      const page = paginate(ctx, tags);
      return {
        ...page,
        body: (page.body as typeof tags).map((t) => ({
          name: t.name,
          commit: { sha: t.sha, url: `${api}/commits/${t.sha}` },
          zipball_url: `${api}/zipball/refs/tags/${t.name}`,
          tarball_url: `${api}/tarball/refs/tags/${t.name}`,
          node_id: Buffer.from(`Ref:${repo.id}:refs/tags/${t.name}`).toString("base64url"),
        })),
      };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/branches",
    permission: "contents=read",
    handler(ctx) {
      const repo = ctx.repo();
      const api = repoApi(ctx, repo);
      const branches = [...repo.refs.entries()]
        .filter(([r]) => r.startsWith("refs/heads/"))
        .map(([r, sha]) => ({ name: r.slice("refs/heads/".length), sha }))
        .sort((a, b) => a.name.localeCompare(b.name));
      const page = paginate(ctx, branches);
      return {
        ...page,
        body: (page.body as typeof branches).map((b) => ({
          name: b.name,
          commit: { sha: b.sha, url: `${api}/commits/${b.sha}` },
          protected: false,
        })),
      };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/branches/{branch}",
    permission: "contents=read",
    handler(ctx) {
      const repo = ctx.repo();
      const sha = repo.refs.get(`refs/heads/${ctx.params.branch}`);
      if (!sha) throw notFound();
      const c = repo.commits.get(sha)!;
      return {
        body: {
          name: ctx.params.branch,
          commit: commitJson(ctx, repo, c),
          protected: false,
          protection: {
            enabled: false,
            required_status_checks: { enforcement_level: "off", contexts: [], checks: [] },
          },
          protection_url: `${repoApi(ctx, repo)}/branches/${ctx.params.branch}/protection`,
          _links: {
            self: `${repoApi(ctx, repo)}/branches/${ctx.params.branch}`,
            html: `${ctx.urls.url}/${repo.owner}/${repo.name}/tree/${ctx.params.branch}`,
          },
        },
      };
    },
  },
];
