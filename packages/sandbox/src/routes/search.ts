import { paginate, type RouteDef } from "../http";
import { issueJson } from "../present";
import type { Issue, Repo } from "../types";

/**
 * Issue search (`GET /search/issues`): the qualifiers Gatehouse-style lookups use — `repo:`,
 * `is:`/`type:` issue|pr, `is:`/`state:` open|closed, `label:`, `author:`, `in:` title|body|comments —
 * and free words or "quoted phrases" that must all appear. Results are newest first.
 * Unlike GitHub the index is always up to date.
 */

export interface Query {
  repos: string[];
  kind?: "issue" | "pr";
  state?: "open" | "closed";
  labels: string[];
  author?: string;
  inFields: Set<string>;
  terms: string[];
}

export function parseQuery(q: string): Query {
  const out: Query = { repos: [], labels: [], inFields: new Set(), terms: [] };
  const tokens = q.match(/-?[a-z]+:"[^"]*"|-?[a-z]+:\S+|"[^"]*"|\S+/gi) ?? [];
  for (const t of tokens) {
    const m = /^([a-z]+):(.*)$/i.exec(t);
    const value = (v: string) => v.replace(/^"|"$/g, "");
    if (m) {
      const key = m[1]!.toLowerCase();
      const v = value(m[2]!);
      if (key === "repo") out.repos.push(v.toLowerCase());
      else if ((key === "is" || key === "type") && (v === "issue" || v === "pr")) out.kind = v;
      else if ((key === "is" || key === "state") && (v === "open" || v === "closed")) out.state = v;
      else if (key === "label") out.labels.push(v.toLowerCase());
      else if (key === "author") out.author = v.toLowerCase();
      else if (key === "in") for (const f of v.split(",")) out.inFields.add(f);
      continue;
    }
    out.terms.push(value(t).toLowerCase());
  }
  if (out.inFields.size === 0) {
    out.inFields.add("title");
    out.inFields.add("body");
  }
  return out;
}

export function matches(q: Query, repo: Repo, i: Issue): boolean {
  if (q.repos.length > 0 && !q.repos.includes(`${repo.owner}/${repo.name}`.toLowerCase())) return false;
  if (q.kind === "issue" && i.pullRequest) return false;
  if (q.kind === "pr" && !i.pullRequest) return false;
  if (q.state && i.state !== q.state) return false;
  if (q.author && i.user.toLowerCase() !== q.author) return false;
  for (const l of q.labels) if (!i.labels.some((x) => x.toLowerCase() === l)) return false;
  const haystack = [
    q.inFields.has("title") ? i.title : "",
    q.inFields.has("body") ? i.body : "",
    q.inFields.has("comments") ? i.comments.map((c) => c.body).join("\n") : "",
  ]
    .join("\n")
    .toLowerCase();
  return q.terms.every((t) => haystack.includes(t));
}

/** Issues and pull requests matching a search query, newest first unless told. */
export function searchIssues(
  repos: Repo[],
  query: string,
  key: "createdAt" | "updatedAt" = "createdAt",
  dir: 1 | -1 = -1,
): { repo: Repo; issue: Issue }[] {
  const q = parseQuery(query);
  const found: { repo: Repo; issue: Issue }[] = [];
  for (const repo of repos) {
    for (const issue of repo.issues) if (matches(q, repo, issue)) found.push({ repo, issue });
  }
  return found.sort((a, b) =>
    a.issue[key] < b.issue[key] ? -dir : a.issue[key] > b.issue[key] ? dir : (a.issue.id - b.issue.id) * dir,
  );
}

export const searchRoutes: RouteDef[] = [
  {
    method: "GET",
    route: "/search/issues",
    permission: null,
    handler(ctx) {
      const found = searchIssues(
        ctx.state.repos,
        ctx.query.get("q") ?? "",
        ctx.query.get("sort") === "updated" ? "updatedAt" : "createdAt",
        ctx.query.get("order") === "asc" ? 1 : -1,
      );
      const page = paginate(ctx, found);
      return {
        headers: page.headers,
        body: {
          total_count: found.length,
          incomplete_results: false,
          search_type: "lexical",
          items: (page.body as typeof found).map((f) => ({ ...issueJson(ctx, f.repo, f.issue), score: 1 })),
        },
      };
    },
  },
];
