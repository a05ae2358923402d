/**
 * The pages' own stylesheet and script, kept as text here so that they go wherever the sandbox's
 * code goes (the CLI bundles it into one file): the frame after GitHub's (the Markdown itself is
 * styled by github-markdown-css), and the script that draws Mermaid code blocks as GitHub does,
 * with the Mermaid build served from node_modules (no CDN); it sets <body data-mermaid="drawn">
 * when done, or "failed".
 */

export const PAGES_CSS = `/* The sandbox pages' frame, after GitHub's (the Markdown itself is styled by github-markdown-css). */
:root {
  --fg: #1f2328;
  --muted: #59636e;
  --border: #d1d9e0;
  --canvas-subtle: #f6f8fa;
  --accent: #0969da;
  --open: #1a7f37;
  --closed: #8250df;
  --danger: #d1242f;
}
* {
  box-sizing: border-box;
}
body {
  margin: 0;
  color: var(--fg);
  font:
    14px / 1.5 -apple-system,
    BlinkMacSystemFont,
    "Segoe UI",
    "Noto Sans",
    Helvetica,
    Arial,
    sans-serif;
  background: #fff;
}
a {
  color: var(--accent);
  text-decoration: none;
}
a:hover {
  text-decoration: underline;
}
.gh-header {
  display: flex;
  gap: 16px;
  align-items: center;
  padding: 14px 24px;
  background: #f6f8fa;
  border-bottom: 1px solid var(--border);
  font-size: 16px;
}
.gh-logo {
  color: var(--fg);
  font-weight: 600;
}
.gh-logo::before {
  content: "⬢ ";
  color: #24292f;
}
.gh-crumbs a {
  color: var(--fg);
}
.gh-tabs {
  display: flex;
  gap: 8px;
  padding: 0 24px;
  background: #f6f8fa;
  border-bottom: 1px solid var(--border);
  overflow-x: auto;
}
.gh-tabs a {
  padding: 10px 8px;
  color: var(--fg);
  border-bottom: 2px solid transparent;
  white-space: nowrap;
}
.gh-tabs a.selected {
  border-bottom-color: #fd8c73;
  font-weight: 600;
}
.gh-counter {
  display: inline-block;
  min-width: 20px;
  padding: 0 6px;
  border-radius: 2em;
  background: rgba(129, 139, 152, 0.2);
  font-size: 12px;
  text-align: center;
}
.gh-main {
  max-width: 1012px;
  margin: 24px auto;
  padding: 0 16px 48px;
}
.gh-title {
  font-size: 32px;
  font-weight: 400;
  margin: 0 0 8px;
  word-wrap: break-word;
}
.gh-title .gh-number {
  color: var(--muted);
  font-weight: 300;
}
.gh-meta {
  color: var(--muted);
  margin-bottom: 16px;
  display: flex;
  gap: 8px;
  align-items: center;
  flex-wrap: wrap;
}
.gh-state {
  display: inline-block;
  padding: 5px 12px;
  border-radius: 2em;
  color: #fff;
  font-weight: 500;
}
.gh-state-open {
  background: var(--open);
}
.gh-state-closed,
.gh-state-merged {
  background: var(--closed);
}
.gh-state-not_planned,
.gh-state-draft {
  background: #59636e;
}
.gh-label {
  display: inline-block;
  padding: 0 7px;
  border-radius: 2em;
  font-size: 12px;
  font-weight: 500;
  line-height: 18px;
  border: 1px solid rgba(31, 35, 40, 0.15);
  margin: 0 2px 2px 0;
}
.gh-layout {
  display: grid;
  grid-template-columns: minmax(0, 1fr) 240px;
  gap: 24px;
}
@media (max-width: 760px) {
  .gh-layout {
    grid-template-columns: 1fr;
  }
}
.gh-sidebar h3 {
  font-size: 12px;
  color: var(--muted);
  margin: 0 0 6px;
}
.gh-sidebar section {
  border-bottom: 1px solid var(--border);
  padding-bottom: 12px;
  margin-bottom: 12px;
}
.gh-box {
  border: 1px solid var(--border);
  border-radius: 6px;
  margin-bottom: 16px;
  background: #fff;
}
.gh-box-header {
  padding: 8px 16px;
  background: var(--canvas-subtle);
  border-bottom: 1px solid var(--border);
  border-radius: 6px 6px 0 0;
  color: var(--muted);
}
.gh-box-header strong {
  color: var(--fg);
}
.gh-box-body {
  padding: 16px;
}
.gh-box-body.markdown-body {
  font-size: 14px;
}
.gh-timeline {
  list-style: none;
  margin: 0;
  padding: 0;
}
.gh-event {
  color: var(--muted);
  padding: 6px 0 6px 16px;
  border-left: 2px solid var(--border);
  margin-left: 16px;
}
.gh-event .gh-label {
  vertical-align: middle;
}
.gh-list {
  list-style: none;
  margin: 0;
  padding: 0;
  border: 1px solid var(--border);
  border-radius: 6px;
}
.gh-list > li {
  padding: 10px 16px;
  border-top: 1px solid var(--border);
}
.gh-list > li:first-child {
  border-top: 0;
}
.gh-list .gh-sub {
  color: var(--muted);
  font-size: 12px;
}
.gh-list a.gh-primary {
  color: var(--fg);
  font-weight: 600;
  font-size: 16px;
}
table.gh-table {
  border-collapse: collapse;
  width: 100%;
}
table.gh-table th,
table.gh-table td {
  text-align: left;
  padding: 6px 12px;
  border-top: 1px solid var(--border);
  vertical-align: top;
}
table.gh-table th {
  background: var(--canvas-subtle);
  font-weight: 600;
  border-top: 0;
}
code,
.gh-mono {
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, monospace;
  font-size: 12px;
}
.gh-mono {
  word-break: break-all;
}
.gh-ok {
  color: var(--open);
}
.gh-fail {
  color: var(--danger);
}
.gh-step {
  display: grid;
  grid-template-columns: 28px 1fr;
  gap: 8px;
  padding: 12px 16px;
  border-top: 1px solid var(--border);
}
.gh-step:first-child {
  border-top: 0;
}
.gh-step-mark {
  font-size: 18px;
  line-height: 24px;
  text-align: center;
}
.gh-step h3 {
  margin: 0;
  font-size: 16px;
}
.gh-step p {
  margin: 2px 0 6px;
  color: var(--muted);
}
.gh-links {
  display: flex;
  flex-wrap: wrap;
  gap: 6px 14px;
}
.mermaid {
  overflow-x: auto;
  margin: 0 0 16px;
}
.gh-empty {
  color: var(--muted);
  padding: 24px;
  text-align: center;
}
h2.gh-h2 {
  font-size: 20px;
  font-weight: 600;
  margin: 24px 0 12px;
}
`;

export const PAGES_JS = `// The sandbox pages' only script: draws the Mermaid code blocks, as GitHub does, with the Mermaid
// build served from node_modules (no CDN). Sets <body data-mermaid="drawn"> when done.
(async () => {
  const blocks = document.querySelectorAll("pre > code.language-mermaid");
  if (blocks.length === 0) return;
  const mermaid = window.mermaid;
  if (!mermaid) throw new Error("the Mermaid script did not load");
  for (const code of blocks) {
    const diagram = document.createElement("div");
    diagram.className = "mermaid";
    diagram.textContent = code.textContent;
    code.parentElement.replaceWith(diagram);
  }
  mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "default" });
  await mermaid.run({ querySelector: ".mermaid" });
  document.body.dataset.mermaid = "drawn";
})().catch((error) => {
  document.body.dataset.mermaid = "failed";
  console.error(error);
});
`;
