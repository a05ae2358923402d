/**
 * The frame of every sandbox page, GitHub-like: a header, the repository's tabs, the content.
 * HTML is written with the `html` tag, which escapes every value put into it unless it is
 * already `Html` (rendered Markdown, another fragment): user text can never become markup.
 */
import type { Repo } from "../types";

/** A fragment of trusted HTML. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

function render(value: Value): string {
  if (value === null || value === undefined || value === false || value === true) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\``: every interpolated value is escaped unless it is Html. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Trusted HTML as is (rendered and sanitised Markdown). */
export function raw(text: string): Html {
  return new Html(text);
}

export interface PageOptions {
  title: string;
  /** The repository whose tabs the page shows, and the tab that is selected. */
  repo?: { repo: Repo; tab: RepoTab };
  body: Html;
  /** Whether the page has Mermaid diagrams to draw (loads the Mermaid script). */
  mermaid?: boolean;
}

export type RepoTab = "code" | "issues" | "pulls" | "actions" | "releases" | "deployments";

const TABS: { tab: RepoTab; label: string; path: string }[] = [
  { tab: "code", label: "Code", path: "" },
  { tab: "issues", label: "Issues", path: "/issues" },
  { tab: "pulls", label: "Pull requests", path: "/pulls" },
  { tab: "actions", label: "Actions", path: "/actions" },
  { tab: "releases", label: "Releases", path: "/releases" },
  { tab: "deployments", label: "Deployments", path: "/deployments" },
];

/** The whole HTML document of a page. */
export function page(opts: PageOptions): string {
  const r = opts.repo?.repo;
  const counts: Partial<Record<RepoTab, number>> = r
    ? {
        issues: r.issues.filter((i) => !i.pullRequest && i.state === "open").length,
        pulls: r.pulls.filter((p) => p.issue.state === "open").length,
        releases: r.releases.length,
      }
    : {};
  const nav = r
    ? html`<nav class="gh-tabs">${TABS.map(
        (t) =>
          html`<a href="/${r.owner}/${r.name}${t.path}" class="${t.tab === opts.repo!.tab ? "selected" : ""}">${t.label}${
            counts[t.tab] ? html` <span class="gh-counter">${counts[t.tab]}</span>` : ""
          }</a>`,
      )}</nav>`
    : "";
  const crumbs = r
    ? html`<a href="/${r.owner}">${r.owner}</a> / <a href="/${r.owner}/${r.name}"><strong>${r.name}</strong></a>`
    : "";
  const doc = html`<!doctype html>
<html lang="en" data-color-mode="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/_sandbox/assets/github-markdown.css">
<link rel="stylesheet" href="/_sandbox/assets/pages.css">
${opts.mermaid ? html`<script src="/_sandbox/assets/mermaid.min.js" defer></script>` : ""}
<script src="/_sandbox/assets/pages.js" defer></script>
</head>
<body>
<header class="gh-header"><a href="/" class="gh-logo">GitHub sandbox</a><span class="gh-crumbs">${crumbs}</span></header>
${nav}
<main class="gh-main">
${opts.body}
</main>
</body>
</html>
`;
  return doc.value;
}

/** A label as GitHub shows it: its colour, readable text on top. */
export function label(name: string, color = "ededed"): Html {
  const hex = /^[0-9a-f]{6}$/i.test(color) ? color : "ededed";
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const light = (r! * 299 + g! * 587 + b! * 114) / 1000 > 150;
  return html`<span class="gh-label" style="background:#${hex};color:${light ? "#1f2328" : "#ffffff"}">${name}</span>`;
}

/** Open / Closed / Merged / Draft, as the badge at the top of an issue or pull request. */
export function stateBadge(state: "open" | "closed" | "merged" | "draft" | "not_planned"): Html {
  const text = { open: "Open", closed: "Closed", merged: "Merged", draft: "Draft", not_planned: "Closed" }[
    state
  ];
  return html`<span class="gh-state gh-state-${state}">${text}</span>`;
}

/** A time as GitHub prints it on hover: the ISO instant, shown as date and time in UTC. */
export function time(iso: string | null | undefined): Html {
  if (!iso) return html`—`;
  return html`<time datetime="${iso}" title="${iso}">${iso.replace("T", " ").replace(/:\d\dZ$|Z$/, " UTC")}</time>`;
}

/** A user's name, linked to the profile. */
export function userLink(login: string): Html {
  return html`<a class="gh-user" href="/${login}">${login}</a>`;
}

/** Rendered Markdown in GitHub's Markdown styles. */
export function markdownBody(rendered: string): Html {
  return html`<div class="markdown-body">${raw(rendered)}</div>`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} Bytes`;
  const units = ["KB", "MB", "GB"];
  let v = bytes / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[i]}`;
}

/** Whether Markdown holds a Mermaid code block. */
export function hasMermaid(markdown: string): boolean {
  return /^ {0,3}(```|~~~)\s*mermaid\b/m.test(markdown);
}
