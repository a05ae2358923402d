/**
 * Releases as GitHub shows them: the notes rendered, and the assets with their size, their
 * digest (`sha256:…`, what GitHub reports and release-bundle verifies) and a download link.
 */
import type { Store } from "../store";
import type { Release, Repo } from "../types";
import { formatBytes, type Html, hasMermaid, html, markdownBody, page, time, userLink } from "./layout";
import type { RenderMarkdown } from "./markdown";

/** The tag a release's page and downloads live under (a draft has none yet). */
export function releaseTag(r: Release): string {
  return r.draft ? `untagged-${r.id}` : r.tagName;
}

export function releaseList(store: Store, repo: Repo, md: RenderMarkdown): string {
  const releases = [...repo.releases].sort((a, b) =>
    (b.publishedAt ?? b.createdAt).localeCompare(a.publishedAt ?? a.createdAt),
  );
  const latest = store.latestRelease(repo);
  const body = html`<h1 class="gh-title">Releases</h1>
${releases.length === 0 ? html`<p class="gh-empty">There aren’t any releases here.</p>` : releases.map((r) => releaseBox(repo, r, md, r === latest))}`;
  return page({
    title: `Releases · ${repo.owner}/${repo.name}`,
    repo: { repo, tab: "releases" },
    body,
    mermaid: releases.some((r) => hasMermaid(r.body)),
  });
}

export function releasePage(store: Store, repo: Repo, release: Release, md: RenderMarkdown): string {
  const body = releaseBox(repo, release, md, store.latestRelease(repo) === release);
  return page({
    title: `Release ${release.name || release.tagName} · ${repo.owner}/${repo.name}`,
    repo: { repo, tab: "releases" },
    body,
    mermaid: hasMermaid(release.body),
  });
}

function releaseBox(repo: Repo, r: Release, md: RenderMarkdown, latest: boolean): Html {
  const base = `/${repo.owner}/${repo.name}`;
  const tag = releaseTag(r);
  const badges = [
    r.draft ? html`<span class="gh-label" style="background:#fff8c5">Draft</span>` : "",
    r.prerelease ? html`<span class="gh-label" style="background:#fff8c5">Pre-release</span>` : "",
    latest && !r.draft && !r.prerelease
      ? html`<span class="gh-label" style="background:#dafbe1;color:#1a7f37">Latest</span>`
      : "",
    r.immutable ? html`<span class="gh-label">Immutable</span>` : "",
  ];
  const assets = r.assets.filter((a) => a.state === "uploaded");
  return html`<section class="gh-box" data-release="${r.tagName}">
<div class="gh-box-header"><strong><a href="${base}/releases/tag/${encodeURIComponent(tag)}" style="font-size:20px">${r.name || r.tagName}</a></strong> ${badges}
<div class="gh-sub">${userLink(r.author)} ${r.draft ? "drafted this" : "released this"} ${time(r.publishedAt ?? r.createdAt)} · tag <code>${r.tagName}</code> · target <code>${r.targetCommitish}</code></div></div>
<div class="gh-box-body">${r.body.trim() ? markdownBody(md(r.body)) : html`<em class="gh-sub">No release notes.</em>`}</div>
<div class="gh-box-header" style="border-top:1px solid var(--border);border-radius:0"><strong>Assets</strong> <span class="gh-counter">${assets.length}</span></div>
<table class="gh-table assets">
<thead><tr><th>File</th><th>Size</th><th>Digest</th><th>Downloads</th><th>Uploaded</th></tr></thead>
<tbody>${assets.map(
    (a) =>
      html`<tr><td>${
        a.content
          ? html`<a href="${base}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(a.name)}">${a.name}</a>`
          : html`<span title="kept without its content in the sandbox">${a.name}</span>`
      }</td><td>${formatBytes(a.size)}</td><td class="gh-mono">${a.digest}</td><td>${a.downloadCount}</td><td>${time(a.createdAt)}</td></tr>`,
  )}</tbody>
</table>
</section>`;
}
