/**
 * The sandbox's web pages, routed by path the way github.com lays them out. Loaded on the first
 * page request (html.ts imports it then): the Markdown and page code stay out of the sandbox's
 * start-up.
 */
import type { Store } from "../store";
import type { Repo, SandboxUrls } from "../types";
import { jobPage, runList, runPage } from "./actions";
import { asset } from "./assets";
import { homePage } from "./home";
import { issueList, issuePage } from "./issues";
import { html, page } from "./layout";
import { markdownRenderer, type RenderMarkdown } from "./markdown";
import { releaseList, releasePage } from "./releases";
import {
  accountPage,
  blobPage,
  commitPage,
  comparePage,
  deploymentsPage,
  repoHome,
  teamPage,
} from "./repository";

export interface Page {
  status: number;
  contentType: string;
  body: string | Buffer;
}

const HTML = "text/html; charset=utf-8";

/** The page at `pathname` (already split and decoded), or the 404 page. */
export function renderPage(store: Store, urls: SandboxUrls, parts: string[], query: URLSearchParams): Page {
  const found = route(store, urls, parts, query);
  if (found === undefined) return notFound(parts);
  return typeof found === "string" ? { status: 200, contentType: HTML, body: found } : found;
}

function route(
  store: Store,
  _urls: SandboxUrls,
  parts: string[],
  query: URLSearchParams,
): string | Page | undefined {
  const [first = "", second, kind, ...rest] = parts;
  if (first === "") return homePage(store);
  if (first === "_sandbox" && second === "assets" && kind && rest.length === 0) {
    const a = asset(kind);
    return a && { status: 200, contentType: a.contentType, body: a.body };
  }
  if (first === "orgs" && second && kind === "teams" && rest.length === 1)
    return teamPage(store, second, rest[0]!);
  if (!second) return accountPage(store, first);
  const repo = store.findRepo(first, second);
  if (!repo) return undefined;
  const md = renderer(store, repo);
  if (!kind) return repoHome(store, repo);
  const [a, b, c, ...more] = rest;
  switch (kind) {
    case "issues":
    case "pull":
    case "pulls": {
      if (a === undefined) return kind === "pull" ? undefined : issueList(store, repo, kind);
      const issue = /^\d+$/.test(a) && rest.length === 1 ? store.findIssue(repo, Number(a)) : undefined;
      return issue && issuePage(store, repo, issue, md());
    }
    case "releases": {
      if (a === undefined) return releaseList(store, repo, md());
      if (a !== "tag" || !b) return undefined;
      const tag = rest.slice(1).join("/");
      const release = repo.releases.find((r) => r.tagName === tag || `untagged-${r.id}` === tag);
      return release && releasePage(store, repo, release, md());
    }
    case "actions": {
      if (a === undefined) return runList(store, repo);
      if (a !== "runs" || !b || !/^\d+$/.test(b)) return undefined;
      if (c === undefined) return runPage(store, repo, Number(b), md());
      if (c === "job" && more.length === 1 && /^\d+$/.test(more[0]!))
        return jobPage(store, repo, Number(b), Number(more[0]), md());
      return undefined;
    }
    case "commit":
      return a && rest.length === 1 ? commitPage(store, repo, a) : undefined;
    case "compare":
      return a ? comparePage(store, repo, rest.join("/")) : undefined;
    case "blob":
      return a && b ? blobPage(repo, a, rest.slice(1).join("/")) : undefined;
    case "deployments":
      if (a === undefined || (a === "activity_log" && rest.length === 1))
        return deploymentsPage(repo, query.get("environments_filter"));
      return undefined;
    default:
      return undefined;
  }
}

/** One Markdown renderer per page, made when the page has Markdown to show. */
function renderer(store: Store, repo: Repo): () => RenderMarkdown {
  let md: RenderMarkdown | undefined;
  return () => {
    md ??= markdownRenderer({ store, serverUrl: "", repository: `${repo.owner}/${repo.name}` });
    return md;
  };
}

function notFound(parts: string[]): Page {
  const body = html`<h1 class="gh-title">404 · This is not the web page you are looking for</h1>
<p class="gh-meta">The sandbox has nothing at <code>/${parts.join("/")}</code>. <a href="/">Back to the index</a>.</p>`;
  return { status: 404, contentType: HTML, body: page({ title: "Page not found · GitHub sandbox", body }) };
}
