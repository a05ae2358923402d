import type { Store } from "./store";
import type { SandboxUrls } from "./types";

/** Minimal web pages so links printed by actions and the demo resolve. */
export interface Page {
  status: number;
  contentType: string;
  body: string | Buffer;
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function html(title: string, body: string): Page {
  return {
    status: 200,
    contentType: "text/html; charset=utf-8",
    body: `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><h1>${esc(title)}</h1>${body}</body></html>\n`,
  };
}

const missing: Page = { status: 404, contentType: "text/plain; charset=utf-8", body: "Not Found\n" };

export function servePage(store: Store, _urls: SandboxUrls, method: string, pathname: string): Page {
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
  if (parts.length === 0 || parts[0] === "") {
    return html(
      "GitHub sandbox",
      `<ul>${store.state.repos.map((r) => `<li>${esc(`${r.owner}/${r.name}`)}</li>`).join("")}</ul>`,
    );
  }
  const [owner, name, kind, ...rest] = parts;
  if (!owner || !name) return store.findUser(owner ?? "") ? html(owner!, "") : missing;
  const repo = store.findRepo(owner, name);
  if (!repo) return missing;
  const full = `${repo.owner}/${repo.name}`;
  if (!kind) return html(full, `<p>${esc(repo.description ?? "")}</p>`);

  if ((kind === "issues" || kind === "pull") && rest[0]) {
    const n = Number(rest[0]);
    const issue = store.findIssue(repo, n);
    if (!issue) return missing;
    const comments = issue.comments
      .map((c) => `<article><b>${esc(c.user)}</b> ${esc(c.createdAt)}<pre>${esc(c.body)}</pre></article>`)
      .join("");
    return html(
      `${issue.title} · #${n} · ${full}`,
      `<p>${esc(issue.state)}</p><pre>${esc(issue.body)}</pre>${comments}`,
    );
  }
  if (kind === "releases" && rest[0] === "tag" && rest[1]) {
    const tag = rest.slice(1).join("/");
    const release = repo.releases.find((r) => r.tagName === tag || `untagged-${r.id}` === tag);
    if (!release) return missing;
    const assets = release.assets
      .map((a) => `<li>${esc(a.name)} (${a.size} bytes, ${esc(a.digest)})</li>`)
      .join("");
    return html(
      `${release.name ?? release.tagName} · ${full}`,
      `<pre>${esc(release.body)}</pre><ul>${assets}</ul>`,
    );
  }
  if (kind === "releases" && rest[0] === "download" && rest.length >= 3) {
    const tag = rest[1]!;
    const file = rest.slice(2).join("/");
    const release = repo.releases.find((r) => r.tagName === tag || `untagged-${r.id}` === tag);
    const asset = release?.assets.find((a) => a.name === file);
    if (!asset?.content) return missing;
    asset.downloadCount += 1;
    return { status: 200, contentType: asset.contentType, body: asset.content };
  }
  if (kind === "compare" && rest.length > 0) return html(`Comparing ${rest.join("/")} · ${full}`, "");
  if (kind === "actions" && rest[0] === "runs" && rest[1]) {
    const run = repo.runs.find((r) => String(r.id) === rest[1]);
    return html(
      `${run?.name ?? "Workflow run"} #${rest[1]} · ${full}`,
      run ? `<p>${esc(run.status)}</p>` : "",
    );
  }
  if (kind === "commit" && rest[0]) {
    const c = store.resolveCommit(repo, rest[0]);
    return c
      ? html(`${c.message.split("\n")[0]} · ${full}@${c.sha.slice(0, 7)}`, `<pre>${esc(c.message)}</pre>`)
      : missing;
  }
  return html(`${full}`, `<p>${esc(kind)} ${esc(rest.join("/"))}</p>`);
}
