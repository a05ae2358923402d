/**
 * The index page: the walkthrough first (the demo's pipeline, each step with its job summaries
 * and what it left behind), then every repository with the way into its pages.
 */
import type { Store } from "../store";
import { jobPath, jobSummaries, walkthroughOf } from "./journal";
import { html, page } from "./layout";

export function homePage(store: Store): string {
  const tour = walkthroughOf(store);
  const summaries = jobSummaries(store);
  const steps = tour
    ? html`<section class="gh-box" id="walkthrough"><div class="gh-box-header"><strong>The pipeline, step by step</strong></div>
<div class="gh-box-body" style="padding-bottom:0"><p style="margin-top:0">${tour.intro}</p></div>
<ol class="gh-timeline">${tour.steps.map((s, i) => {
        const jobs = summaries.filter((j) => j.step === s.title);
        // several runs of one job in a step (a check, then the re-run) are told apart by number
        const runs = (job: string) => jobs.filter((j) => j.job === job);
        const mark =
          s.status === "done"
            ? html`<span class="gh-ok">✓</span>`
            : s.status === "failed"
              ? html`<span class="gh-fail">✗</span>`
              : "–";
        return html`<li class="gh-step" data-step="${i + 1}"><div class="gh-step-mark">${mark}</div><div>
<h3>${i + 1}. ${s.title}</h3>${s.note ? html`<p>${s.note}</p>` : ""}
<div class="gh-links">${jobs.map((j) => {
          const same = runs(j.job);
          const n = same.length > 1 ? ` ${same.indexOf(j) + 1}/${same.length}` : "";
          return html`<a href="${jobPath(j.repository, j.runId, j.id)}">${j.conclusion === "success" ? "✓" : "✗"} ${j.job} summary${n}${j.attempt > 1 ? ` (attempt ${j.attempt})` : ""}</a>`;
        })}${s.links.map((l) => html`<a href="${l.url}">${l.label}</a>`)}</div></div></li>`;
      })}</ol></section>`
    : summaries.length > 0
      ? html`<section class="gh-box"><div class="gh-box-header"><strong>Job summaries</strong></div><ul class="gh-list" style="border:0">${summaries.map(
          (j) =>
            html`<li><a href="${jobPath(j.repository, j.runId, j.id)}">${j.job} summary</a> <span class="gh-sub">${j.repository} · run ${j.runId}</span></li>`,
        )}</ul></section>`
      : "";
  const repos = store.state.repos;
  const body = html`<h1 class="gh-title">${tour ? tour.title : "GitHub sandbox"}</h1>
${steps}
<h2 class="gh-h2">Repositories</h2>
${
  repos.length === 0
    ? html`<p class="gh-empty">No repositories.</p>`
    : html`<ul class="gh-list">${repos.map((r) => {
        const base = `/${r.owner}/${r.name}`;
        const issues = r.issues.filter((i) => !i.pullRequest).length;
        return html`<li><a class="gh-primary" href="${base}">${r.owner}/${r.name}</a><div class="gh-sub">${r.description ?? ""}</div>
<div class="gh-links"><a href="${base}/issues">${issues} issues</a><a href="${base}/pulls">${r.pulls.length} pull requests</a><a href="${base}/releases">${r.releases.length} releases</a><a href="${base}/actions">Actions</a><a href="${base}/deployments">${r.deployments.length} deployments</a></div></li>`;
      })}</ul>`
}`;
  return page({ title: tour ? tour.title : "GitHub sandbox", body });
}
