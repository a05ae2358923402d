/**
 * A repository's other pages: its home (latest commits, files, latest release), a commit, a
 * comparison, a file, its deployments by environment; and the pages of users, organisations and
 * teams the others link to.
 */
import type { Store } from "../store";
import type { Commit, Repo } from "../types";
import { type Html, html, page, time, userLink } from "./layout";

export function repoHome(store: Store, repo: Repo): string {
  const base = `/${repo.owner}/${repo.name}`;
  const head = store.resolveSha(repo, repo.defaultBranch);
  const commits = head ? store.history(repo, head).slice(0, 15) : [];
  const latest = store.latestRelease(repo);
  const files = Object.keys(repo.contents).sort();
  const body = html`<h1 class="gh-title">${repo.owner}/${repo.name}</h1>
<p class="gh-meta">${repo.description ?? ""}</p>
<div class="gh-layout"><div>
<div class="gh-box"><div class="gh-box-header"><strong>Latest commits</strong> on <code>${repo.defaultBranch}</code></div>
${commitList(repo, commits)}</div>
${
  files.length > 0
    ? html`<div class="gh-box"><div class="gh-box-header"><strong>Files</strong></div><ul class="gh-list" style="border:0">${files.map(
        (f) =>
          html`<li><a href="${base}/blob/${encodeURIComponent(repo.defaultBranch)}/${f.split("/").map(encodeURIComponent).join("/")}">${f}</a></li>`,
      )}</ul></div>`
    : ""
}
</div><aside class="gh-sidebar">
<section><h3>About</h3>${repo.description ?? html`<span class="gh-sub">No description</span>`}</section>
<section><h3>Releases</h3>${latest ? html`<a href="${base}/releases/tag/${encodeURIComponent(latest.tagName)}">${latest.name || latest.tagName}</a> <span class="gh-label" style="background:#dafbe1;color:#1a7f37">Latest</span>` : html`<span class="gh-sub">None</span>`}</section>
<section><h3>Environments</h3>${repo.environments.length ? repo.environments.map((e) => html`<div><a href="${base}/deployments/activity_log?environments_filter=${encodeURIComponent(e.name)}">${e.name}</a></div>`) : html`<span class="gh-sub">None</span>`}</section>
</aside></div>`;
  return page({ title: `${repo.owner}/${repo.name}`, repo: { repo, tab: "code" }, body });
}

function commitList(repo: Repo, commits: Commit[]): Html {
  const base = `/${repo.owner}/${repo.name}`;
  if (commits.length === 0) return html`<p class="gh-empty">No commits.</p>`;
  return html`<ul class="gh-list" style="border:0">${commits.map(
    (c) => html`<li><a href="${base}/commit/${c.sha}">${c.message.split("\n")[0]}</a>
<div class="gh-sub">${c.author.login ? userLink(c.author.login) : c.author.name} committed ${time(c.committer.date)} · <code>${c.sha.slice(0, 7)}</code></div></li>`,
  )}</ul>`;
}

export function commitPage(store: Store, repo: Repo, ref: string): string | undefined {
  const c = store.resolveCommit(repo, ref);
  if (!c) return undefined;
  const base = `/${repo.owner}/${repo.name}`;
  const [subject, ...rest] = c.message.split("\n");
  const pulls = store.pullsForCommit(repo, c.sha);
  const body = html`<h1 class="gh-title">${subject}</h1>
${rest.join("\n").trim() ? html`<pre class="gh-box gh-box-body" style="white-space:pre-wrap">${rest.join("\n").trim()}</pre>` : ""}
<div class="gh-meta">${c.author.login ? userLink(c.author.login) : c.author.name} authored ${time(c.author.date)} · commit <code>${c.sha}</code>
${c.parents.map((p) => html` · parent <a href="${base}/commit/${p}"><code>${p.slice(0, 7)}</code></a>`)}
${pulls.map((p) => html` · <a href="${base}/pull/${p.number}">#${p.number}</a>`)}</div>
<div class="gh-box"><div class="gh-box-header"><strong>${c.files.length} changed file${c.files.length === 1 ? "" : "s"}</strong></div>
<table class="gh-table"><tbody>${c.files.map(
    (f) =>
      html`<tr><td class="gh-mono">${f.filename}</td><td>${f.status}</td><td class="gh-ok">+${f.additions}</td><td class="gh-fail">−${f.deletions}</td></tr>`,
  )}</tbody></table></div>`;
  return page({
    title: `${subject} · ${repo.owner}/${repo.name}@${c.sha.slice(0, 7)}`,
    repo: { repo, tab: "code" },
    body,
  });
}

export function comparePage(store: Store, repo: Repo, spec: string): string | undefined {
  const [from, to] = spec.includes("...") ? spec.split("...") : spec.split("..");
  const head = store.resolveSha(repo, to ?? "");
  const baseSha = store.resolveSha(repo, from ?? "");
  if (!head || !baseSha) return undefined;
  const commits = store.history(repo, head, [baseSha]);
  const body = html`<h1 class="gh-title">Comparing <code>${from}</code>…<code>${to}</code></h1>
<p class="gh-meta">${commits.length} commit${commits.length === 1 ? "" : "s"}</p>
<div class="gh-box">${commitList(repo, commits)}</div>`;
  return page({
    title: `Comparing ${from}...${to} · ${repo.owner}/${repo.name}`,
    repo: { repo, tab: "code" },
    body,
  });
}

export function blobPage(repo: Repo, ref: string, path: string): string | undefined {
  const text =
    repo.contentsByRef[ref]?.[path] ?? (ref === repo.defaultBranch ? repo.contents[path] : undefined);
  if (text === undefined) return undefined;
  const body = html`<h1 class="gh-title" style="font-size:20px"><code>${path}</code> <span class="gh-number">at ${ref}</span></h1>
<div class="gh-box"><pre class="gh-box-body gh-mono" style="margin:0;overflow:auto">${text}</pre></div>`;
  return page({ title: `${path} at ${ref} · ${repo.owner}/${repo.name}`, repo: { repo, tab: "code" }, body });
}

export function deploymentsPage(repo: Repo, environment: string | null): string {
  const base = `/${repo.owner}/${repo.name}`;
  const deployments = repo.deployments
    .filter((d) => !environment || d.environment === environment)
    .sort((a, b) => b.id - a.id);
  const body = html`<h1 class="gh-title">Deployments${environment ? html` <span class="gh-number">to ${environment}</span>` : ""}</h1>
<p class="gh-meta">${repo.environments.map(
    (e) =>
      html`<a href="${base}/deployments/activity_log?environments_filter=${encodeURIComponent(e.name)}">${e.name}</a>${
        e.reviewers.length
          ? html` <span class="gh-sub">(required reviewers: ${e.reviewers.map((r) => r.login).join(", ")})</span>`
          : ""
      } · `,
  )}<a href="${base}/deployments">all</a></p>
${
  deployments.length === 0
    ? html`<p class="gh-empty">No deployments.</p>`
    : html`<table class="gh-table gh-box"><thead><tr><th>#</th><th>Environment</th><th>Commit</th><th>By</th><th>Created</th><th>Latest status</th></tr></thead><tbody>${deployments.map(
        (d) => {
          const s = d.statuses.at(-1);
          return html`<tr><td>${d.id}</td><td>${d.environment}</td><td><a href="${base}/commit/${d.sha}"><code>${d.sha.slice(0, 7)}</code></a>${d.ref !== d.sha ? html` <span class="gh-sub">${d.ref}</span>` : ""}</td><td>${userLink(d.creator)}</td><td>${time(d.createdAt)}</td><td class="${s?.state === "success" ? "gh-ok" : s?.state === "failure" || s?.state === "error" ? "gh-fail" : ""}">${s ? `${s.state}${s.description ? ` — ${s.description}` : ""}` : "—"}</td></tr>`;
        },
      )}</tbody></table>`
}`;
  return page({
    title: `Deployments · ${repo.owner}/${repo.name}`,
    repo: { repo, tab: "deployments" },
    body,
  });
}

export function accountPage(store: Store, login: string): string | undefined {
  const user = store.findUser(login);
  const org = store.findOrg(login);
  if (!user && !org) return undefined;
  const repos = store.state.repos.filter((r) => r.owner.toLowerCase() === login.toLowerCase());
  const teams = org ? store.state.teams.filter((t) => t.org === org.login) : [];
  const body = html`<h1 class="gh-title">${org?.name ?? user?.name ?? login} <span class="gh-number">${login}</span></h1>
${user?.type === "Bot" ? html`<p class="gh-meta">A bot account</p>` : ""}
${repos.length ? html`<h2 class="gh-h2">Repositories</h2><ul class="gh-list">${repos.map((r) => html`<li><a class="gh-primary" href="/${r.owner}/${r.name}">${r.name}</a><div class="gh-sub">${r.description ?? ""}</div></li>`)}</ul>` : ""}
${teams.length ? html`<h2 class="gh-h2">Teams</h2><ul class="gh-list">${teams.map((t) => html`<li><a href="/orgs/${t.org}/teams/${t.slug}">${t.name}</a> <span class="gh-sub">${t.members.length} members</span></li>`)}</ul>` : ""}`;
  return page({ title: login, body });
}

export function teamPage(store: Store, org: string, slug: string): string | undefined {
  const team = store.findTeam(org, slug);
  if (!team) return undefined;
  const body = html`<h1 class="gh-title">${team.name} <span class="gh-number">@${team.org}/${team.slug}</span></h1>
<ul class="gh-list">${[...new Set([...team.maintainers, ...team.members])].map(
    (m) =>
      html`<li>${userLink(m)}${team.maintainers.includes(m) ? html` <span class="gh-sub">maintainer</span>` : ""}</li>`,
  )}</ul>`;
  return page({ title: `${team.name} · ${team.org}`, body });
}
