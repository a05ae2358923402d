/**
 * The sandbox's web side (GITHUB_SERVER_URL): release asset downloads, answered here, and the
 * pages people look at — rendered the way GitHub renders them by ./pages, which is imported on
 * the first page request so that neither its Markdown and Mermaid libraries nor its code weigh
 * on the sandbox's start-up (tests start many sandboxes and rarely open a page).
 */
import type { Store } from "./store";
import type { SandboxUrls } from "./types";

export interface Page {
  status: number;
  contentType: string;
  body: string | Buffer;
}

const missing: Page = { status: 404, contentType: "text/plain; charset=utf-8", body: "Not Found\n" };

export async function servePage(
  store: Store,
  urls: SandboxUrls,
  method: string,
  pathname: string,
  query: URLSearchParams = new URLSearchParams(),
): Promise<Page> {
  if (method !== "GET" && method !== "HEAD") return missing;
  const parts = pathname
    .split("/")
    .slice(1)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  if (parts.at(-1) === "" && parts.length > 1) parts.pop();
  const [owner, name, kind, ...rest] = parts;
  if (owner && name && kind === "releases" && rest[0] === "download" && rest.length >= 3) {
    const repo = store.findRepo(owner, name);
    const tag = rest[1]!;
    const file = rest.slice(2).join("/");
    const release = repo?.releases.find((r) => r.tagName === tag || `untagged-${r.id}` === tag);
    const asset = release?.assets.find((a) => a.name === file);
    if (!asset?.content) return missing;
    asset.downloadCount += 1;
    return { status: 200, contentType: asset.contentType, body: asset.content };
  }
  const { renderPage } = await import("./pages/index");
  return renderPage(store, urls, parts, query);
}
