/**
 * Workflow runs: the list, one run with its environment reviews and every job's summary (as the
 * run page on GitHub shows them), and one job's summary on its own page.
 */
import type { Store } from "../store";
import type { Repo, WorkflowRun } from "../types";
import { type JobSummary, jobPath, jobSummaries } from "./journal";
import { type Html, hasMermaid, html, markdownBody, page, time, userLink } from "./layout";
import type { RenderMarkdown } from "./markdown";

export function runList(store: Store, repo: Repo): string {
  const full = `${repo.owner}/${repo.name}`;
  const summaries = jobSummaries(store).filter((s) => s.repository === full);
  const ids = [...new Set([...repo.runs.map((r) => r.id), ...summaries.map((s) => s.runId)])].sort(
    (a, b) => b - a,
  );
  const body = html`<h1 class="gh-title">Actions</h1>
${
  ids.length === 0
    ? html`<p class="gh-empty">No workflow runs yet.</p>`
    : html`<ul class="gh-list">${ids.map((id) => {
        const run = repo.runs.find((r) => r.id === id);
        const jobs = summaries.filter((s) => s.runId === id);
        return html`<li>${runMark(run, jobs)} <a class="gh-primary" href="/${full}/actions/runs/${id}">${run?.name ?? "Workflow run"} #${run?.runNumber ?? id}</a>
<div class="gh-sub">${run ? html`${run.event} by ${run.actor} · ${time(run.runStartedAt)} · ` : ""}${jobs.length} job summar${jobs.length === 1 ? "y" : "ies"}</div></li>`;
      })}</ul>`
}`;
  return page({ title: `Actions · ${full}`, repo: { repo, tab: "actions" }, body });
}

/** The run's page, or undefined when the sandbox knows no such run. */
export function runPage(store: Store, repo: Repo, runId: number, md: RenderMarkdown): string | undefined {
  const full = `${repo.owner}/${repo.name}`;
  const run = repo.runs.find((r) => r.id === runId);
  const jobs = jobSummaries(store).filter((s) => s.repository === full && s.runId === runId);
  if (!run && jobs.length === 0) return undefined;
  const reviews = run?.approvals ?? [];
  const body = html`<h1 class="gh-title">${run?.name ?? "Workflow run"} <span class="gh-number">#${run?.runNumber ?? runId}</span></h1>
<div class="gh-meta">${runMark(run, jobs)} ${
    run
      ? html`<span>${run.status}${run.conclusion ? ` · ${run.conclusion}` : ""} · ${run.event} by ${userLink(run.actor)} · ${time(run.runStartedAt)} · <a href="/${full}/commit/${run.headSha}"><code>${run.headSha.slice(0, 7)}</code></a> on <code>${run.headBranch}</code></span>`
      : ""
  }</div>
${
  reviews.length > 0
    ? html`<div class="gh-box"><div class="gh-box-header"><strong>Deployment reviews</strong></div><table class="gh-table"><thead><tr><th>Reviewer</th><th>Decision</th><th>Environments</th><th>Comment</th><th>When</th></tr></thead><tbody>${reviews.map(
        (a) =>
          html`<tr><td>${userLink(a.user)}</td><td class="${a.state === "approved" ? "gh-ok" : "gh-fail"}">${a.state}</td><td>${a.environments.join(", ")}</td><td>${a.comment}</td><td>${time(a.submittedAt)}</td></tr>`,
      )}</tbody></table></div>`
    : ""
}
${run && run.pendingEnvironments.length > 0 ? html`<p class="gh-meta">Waiting for review: ${run.pendingEnvironments.join(", ")}</p>` : ""}
<h2 class="gh-h2">Job summaries</h2>
${jobs.length === 0 ? html`<p class="gh-empty">No job has written a summary.</p>` : jobs.map((j) => summaryBox(j, md, true))}`;
  return page({
    title: `${run?.name ?? "Workflow run"} #${run?.runNumber ?? runId} · ${full}`,
    repo: { repo, tab: "actions" },
    body,
    mermaid: jobs.some((j) => hasMermaid(j.markdown)),
  });
}

/** One job's summary on its own page, or undefined when there is no such job. */
export function jobPage(
  store: Store,
  repo: Repo,
  runId: number,
  jobId: number,
  md: RenderMarkdown,
): string | undefined {
  const full = `${repo.owner}/${repo.name}`;
  const job = jobSummaries(store).find((s) => s.repository === full && s.runId === runId && s.id === jobId);
  if (!job) return undefined;
  const run = repo.runs.find((r) => r.id === runId);
  const body = html`<p class="gh-meta"><a href="/${full}/actions/runs/${runId}">← ${run?.name ?? "Workflow run"} #${run?.runNumber ?? runId}</a></p>
${summaryBox(job, md, false)}`;
  return page({
    title: `${job.job} summary${job.step ? ` · ${job.step}` : ""} · ${full}`,
    repo: { repo, tab: "actions" },
    body,
    mermaid: hasMermaid(job.markdown),
  });
}

function summaryBox(j: JobSummary, md: RenderMarkdown, linked: boolean): Html {
  const title = html`${j.conclusion === "success" ? html`<span class="gh-ok">✓</span>` : html`<span class="gh-fail">✗</span>`} <strong>${j.job} summary</strong>${j.attempt > 1 ? ` · attempt ${j.attempt}` : ""}${j.step ? html` · <span class="gh-sub">${j.step}</span>` : ""}`;
  return html`<section class="gh-box" id="summary-${j.id}" data-job="${j.id}"><div class="gh-box-header">${
    linked ? html`<a href="${jobPath(j.repository, j.runId, j.id)}">${title}</a>` : title
  } <span class="gh-sub">· ${time(j.at)}</span></div>
<div class="gh-box-body">${j.markdown.trim() ? markdownBody(md(j.markdown)) : html`<em class="gh-sub">The job wrote no summary.</em>`}</div></section>`;
}

function runMark(run: WorkflowRun | undefined, jobs: readonly JobSummary[]): Html {
  const failed =
    run?.conclusion === "failure" || (run?.conclusion == null && jobs.at(-1)?.conclusion === "failure");
  return failed ? html`<span class="gh-fail">✗</span>` : html`<span class="gh-ok">✓</span>`;
}
