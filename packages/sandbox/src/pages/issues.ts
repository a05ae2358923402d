/**
 * Issues and pull requests: the lists, and one issue or pull request as GitHub shows it — title,
 * state, the body and every comment rendered, the timeline of labels, assignments, renames,
 * closing and merging interleaved with the comments, labels and assignees at the side.
 */
import type { Store } from "../store";
import type { Comment, Issue, PullRequest, Repo, TimelineEvent } from "../types";
import { type Html, hasMermaid, html, label, markdownBody, page, stateBadge, time, userLink } from "./layout";
import type { RenderMarkdown } from "./markdown";

export function issueList(store: Store, repo: Repo, kind: "issues" | "pulls"): string {
  const items = repo.issues
    .filter((i) => i.pullRequest === (kind === "pulls"))
    .sort((a, b) => b.number - a.number);
  const open = items.filter((i) => i.state === "open").length;
  const body = html`<h1 class="gh-title">${kind === "pulls" ? "Pull requests" : "Issues"}</h1>
<p class="gh-meta">${open} open · ${items.length - open} closed</p>
${
  items.length === 0
    ? html`<p class="gh-empty">None yet.</p>`
    : html`<ul class="gh-list">${items.map((i) => {
        const pr = i.pullRequest ? store.findPull(repo, i.number) : undefined;
        return html`<li>${stateBadge(issueState(i, pr))} <a class="gh-primary" href="/${repo.owner}/${repo.name}/${
          i.pullRequest ? "pull" : "issues"
        }/${i.number}">${i.title}</a> ${labels(store, repo, i.labels)}
<div class="gh-sub">#${i.number} opened ${time(i.createdAt)} by ${i.user}${
          i.comments.length ? html` · ${i.comments.length} comment${i.comments.length === 1 ? "" : "s"}` : ""
        }</div></li>`;
      })}</ul>`
}`;
  return page({
    title: `${kind === "pulls" ? "Pull requests" : "Issues"} · ${repo.owner}/${repo.name}`,
    repo: { repo, tab: kind },
    body,
  });
}

export function issuePage(store: Store, repo: Repo, issue: Issue, md: RenderMarkdown): string {
  const pr = issue.pullRequest ? store.findPull(repo, issue.number) : undefined;
  const base = `/${repo.owner}/${repo.name}`;
  const headline = pr
    ? pr.merged
      ? html`${userLink(pr.mergedBy ?? issue.user)} merged ${pr.commits.length} commit${pr.commits.length === 1 ? "" : "s"} into <code>${pr.base}</code> from <code>${pr.head}</code> ${time(pr.mergedAt)}`
      : html`${userLink(issue.user)} wants to merge ${pr.commits.length} commit${pr.commits.length === 1 ? "" : "s"} into <code>${pr.base}</code> from <code>${pr.head}</code>`
    : html`${userLink(issue.user)} opened this issue ${time(issue.createdAt)} · ${issue.comments.length} comment${issue.comments.length === 1 ? "" : "s"}`;

  const entries: { at: string; seq: number; view: Html }[] = [
    ...issue.comments.map((c) => ({ at: c.createdAt, seq: c.seq, view: commentBox(c, md) })),
    ...issue.timeline.map((e) => ({ at: e.createdAt, seq: e.seq, view: eventLine(store, repo, e) })),
  ].sort((a, b) => a.at.localeCompare(b.at) || a.seq - b.seq);

  const commits = pr
    ? html`<div class="gh-box"><div class="gh-box-header"><strong>Commits</strong></div><ul class="gh-list" style="border:0">${pr.commits.map(
        (sha) => {
          const c = repo.commits.get(sha);
          return html`<li><a href="${base}/commit/${sha}"><code>${sha.slice(0, 7)}</code></a> ${c?.message.split("\n")[0] ?? ""} <span class="gh-sub">${c ? (c.author.login ?? c.author.name) : ""}</span></li>`;
        },
      )}</ul></div>`
    : "";

  const body = html`<h1 class="gh-title">${issue.title} <span class="gh-number">#${issue.number}</span></h1>
<div class="gh-meta">${stateBadge(issueState(issue, pr))} <span>${headline}</span></div>
<div class="gh-layout">
<div>
${commentBox({ user: issue.user, createdAt: issue.createdAt, body: issue.body, edited: issue.edits.length > 0 }, md)}
${commits}
<ol class="gh-timeline">${entries.map((e) => html`<li>${e.view}</li>`)}</ol>
</div>
<aside class="gh-sidebar">
<section><h3>Assignees</h3>${issue.assignees.length ? issue.assignees.map((a) => html`<div>${userLink(a)}</div>`) : html`<span class="gh-sub">No one</span>`}</section>
<section><h3>Labels</h3>${issue.labels.length ? labels(store, repo, issue.labels) : html`<span class="gh-sub">None yet</span>`}</section>
${pr ? html`<section><h3>Branches</h3><code>${pr.head}</code> → <code>${pr.base}</code></section>` : ""}
</aside>
</div>`;
  return page({
    title: `${issue.title} · ${pr ? "Pull Request" : "Issue"} #${issue.number} · ${repo.owner}/${repo.name}`,
    repo: { repo, tab: pr ? "pulls" : "issues" },
    body,
    mermaid: [issue.body, ...issue.comments.map((c) => c.body)].some(hasMermaid),
  });
}

function issueState(
  issue: Issue,
  pr: PullRequest | undefined,
): "open" | "closed" | "merged" | "draft" | "not_planned" {
  if (pr?.merged) return "merged";
  if (issue.state === "open") return pr?.draft ? "draft" : "open";
  return issue.stateReason === "not_planned" ? "not_planned" : "closed";
}

function labels(store: Store, repo: Repo, names: string[]): Html {
  return html`${names.map((n) => label(n, store.findLabel(repo, n)?.color))}`;
}

function commentBox(
  c: Pick<Comment, "user" | "createdAt" | "body"> & { edited?: boolean; edits?: unknown[] },
  md: RenderMarkdown,
): Html {
  const edited = c.edited ?? (Array.isArray(c.edits) && c.edits.length > 0);
  return html`<div class="gh-box"><div class="gh-box-header"><strong>${userLink(c.user)}</strong> commented ${time(c.createdAt)}${edited ? " · edited" : ""}</div>
<div class="gh-box-body">${c.body.trim() ? markdownBody(md(c.body)) : html`<em class="gh-sub">No description provided.</em>`}</div></div>`;
}

function eventLine(store: Store, repo: Repo, e: TimelineEvent): Html {
  const who = userLink(e.actor);
  const at = time(e.createdAt);
  switch (e.event) {
    case "labeled":
      return html`<div class="gh-event">${who} added the ${label(e.label ?? "", store.findLabel(repo, e.label ?? "")?.color)} label ${at}</div>`;
    case "unlabeled":
      return html`<div class="gh-event">${who} removed the ${label(e.label ?? "", store.findLabel(repo, e.label ?? "")?.color)} label ${at}</div>`;
    case "assigned":
      return html`<div class="gh-event">${who} assigned ${userLink(e.assignee ?? "")} ${at}</div>`;
    case "unassigned":
      return html`<div class="gh-event">${who} unassigned ${userLink(e.assignee ?? "")} ${at}</div>`;
    case "renamed":
      return html`<div class="gh-event">${who} changed the title <del>${e.rename?.from ?? ""}</del> ${e.rename?.to ?? ""} ${at}</div>`;
    case "closed":
      return html`<div class="gh-event">${who} closed this ${at}</div>`;
    case "reopened":
      return html`<div class="gh-event">${who} reopened this ${at}</div>`;
    case "merged":
      return html`<div class="gh-event">${who} merged ${e.commitId ? html`commit <a href="/${repo.owner}/${repo.name}/commit/${e.commitId}"><code>${e.commitId.slice(0, 7)}</code></a>` : "this"} ${at}</div>`;
    default:
      return html`<div class="gh-event">${who} ${e.event} ${at}</div>`;
  }
}
