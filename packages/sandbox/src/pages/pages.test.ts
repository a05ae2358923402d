import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordJobSummary, setWalkthrough } from "../index";
import { type Sandbox, startSandbox } from "../server";

const scenario = `
now: "2026-11-24T10:00:00Z"
users: [alice, bob, carol]
repos:
  - repo: acme/shop
    description: The <shop> & more
    labels:
      - { name: change-request, color: 1d76db }
    commits:
      - { message: "feat: catalogue", author: alice }
    issues:
      - number: 1
        title: "Ship <script>alert(1)</script> v2"
        author: alice
        labels: [change-request]
        body: |
          ### Summary

          | Field | Value |
          | --- | --- |
          | Risk | **high** |

          - [x] tested on staging
          - [ ] announced

          <script>alert("body")</script><img src=x onerror="alert(2)"> <details><summary>More</summary>hidden text</details>

          See #2, #99 and @bob, @ghost. <!-- gatehouse:cr:1 -->

          \`\`\`mermaid
          gantt
            title Plan
            dateFormat YYYY-MM-DD
            section Rollout
            Canary :2026-11-24, 1d
          \`\`\`
        comments:
          - { author: bob, body: "Looks good: \`npm i @acme/ui\` works." }
          - { author: carol, body: "/approve" }
    pulls:
      - number: 2
        title: "feat: checkout"
        author: bob
        merged: true
        mergedBy: alice
        body: "Change-Request: #1"
    releases:
      - tag: v1.0.0
        name: v1.0.0
        author: alice
        body: |
          ## 1.0.0

          * **cart:** save carts \\<later> ([#2](https://example.invalid/x))
        assets:
          - { name: shop.tar.gz, content: "the build" }
    runs:
      - id: 77
        name: deploy
        actor: alice
        approvals:
          - { user: carol, state: approved, comment: "Go <now>", environments: [production] }
`;

let sb: Sandbox;
const get = async (path: string) => {
  const res = await fetch(`${sb.url}${path}`);
  return { status: res.status, type: res.headers.get("content-type") ?? "", text: await res.text() };
};

beforeAll(async () => {
  sb = await startSandbox(scenario);
});
afterAll(() => sb.close());

describe("the sandbox's pages", () => {
  it("render an issue as GitHub does: Markdown, sanitised HTML, user text escaped", async () => {
    const page = await get("/acme/shop/issues/1");
    expect(page.status).toBe(200);
    expect(page.type).toBe("text/html; charset=utf-8");
    const html = page.text;
    // the title is text, never markup
    expect(html).toContain("Ship &lt;script&gt;alert(1)&lt;/script&gt; v2");
    expect(html).not.toMatch(/<script>alert/);
    // GitHub-flavoured Markdown: headings, tables, task lists
    expect(html).toContain("<h3>Summary</h3>");
    expect(html).toMatch(/<table>[\s\S]*<td>Risk<\/td>[\s\S]*<strong>high<\/strong>/);
    expect(html).toMatch(/<input type="checkbox" checked disabled> tested on staging/);
    expect(html).toMatch(/<input type="checkbox" disabled> announced/);
    // raw HTML sanitised with GitHub's allow-list: no script, no event handler, details kept
    expect(html).not.toContain('alert("body")');
    expect(html).not.toContain("onerror");
    expect(html).toContain("<details><summary>More</summary>hidden text</details>");
    expect(html).not.toContain("gatehouse:cr:1");
    // references link only to what exists, as on GitHub
    expect(html).toContain('<a href="/acme/shop/pull/2">#2</a>');
    expect(html).not.toMatch(/<a[^>]*>#99<\/a>/);
    expect(html).toContain('<a href="/bob">@bob</a>');
    expect(html).not.toMatch(/<a[^>]*>@ghost<\/a>/);
    // comments with their authors, the timeline, labels at the side; Mermaid handed to the browser
    expect(html).toContain("<code>npm i @acme/ui</code>");
    expect(html).toMatch(
      /<a class="gh-user" href="\/alice">alice<\/a> added the <span class="gh-label"[^>]*>change-request<\/span> label/,
    );
    expect(html).toContain('<code class="language-mermaid">gantt');
    expect(html).toContain('<script src="/_sandbox/assets/mermaid.min.js" defer></script>');
  });

  it("render a merged pull request with its state and commits", async () => {
    const page = await get("/acme/shop/pull/2");
    expect(page.status).toBe(200);
    expect(page.text).toContain('<span class="gh-state gh-state-merged">Merged</span>');
    expect(page.text).toMatch(/merged 1 commit into <code>main<\/code> from <code>pr-2<\/code>/);
    expect(page.text).toContain('<a href="/acme/shop/issues/1">#1</a>');
    expect(page.text).not.toContain("mermaid.min.js");
  });

  it("render a release with its notes and assets: size, digest, download", async () => {
    const page = await get("/acme/shop/releases/tag/v1.0.0");
    expect(page.status).toBe(200);
    const asset = sb.state.repos[0]!.releases[0]!.assets[0]!;
    expect(page.text).toContain("<h2>1.0.0</h2>");
    expect(page.text).toContain("save carts &#x3C;later>");
    expect(page.text).toContain(`<td class="gh-mono">${asset.digest}</td>`);
    expect(page.text).toContain('<a href="/acme/shop/releases/download/v1.0.0/shop.tar.gz">shop.tar.gz</a>');
    const download = await fetch(`${sb.url}/acme/shop/releases/download/v1.0.0/shop.tar.gz`);
    expect(await download.text()).toBe("the build");
  });

  it("keep each job's summary with its run, and show one on its own page", async () => {
    const path = recordJobSummary(sb.store, {
      repository: "acme/shop",
      runId: 77,
      job: "change-gate",
      attempt: 2,
      step: "Change gate",
      conclusion: "failure",
      markdown: "## ⛔ Blocked\n\n| Change request | Decision |\n| --- | --- |\n| #1 | <b>no</b> |",
    });
    expect(path).toBe("/acme/shop/actions/runs/77/job/1");
    const job = await get(path);
    expect(job.status).toBe(200);
    expect(job.text).toContain("<h2>⛔ Blocked</h2>");
    expect(job.text).toMatch(/<td><a href="\/acme\/shop\/issues\/1">#1<\/a><\/td>/);
    expect(job.text).toContain("· attempt 2");
    const run = await get("/acme/shop/actions/runs/77");
    expect(run.text).toContain('<a href="/acme/shop/actions/runs/77/job/1">');
    expect(run.text).toContain("Go &lt;now&gt;");
  });

  it("lead the index with the walkthrough, its job summaries and links", async () => {
    setWalkthrough(sb.store, {
      title: "A tour",
      intro: "Click <through>.",
      steps: [
        {
          title: "Change gate",
          status: "done",
          note: "blocked, then allowed",
          links: [{ label: "CR #1", url: "/acme/shop/issues/1" }],
        },
      ],
    });
    const home = await get("/");
    expect(home.text).toContain('<h1 class="gh-title">A tour</h1>');
    expect(home.text).toContain("Click &lt;through&gt;.");
    expect(home.text).toContain(
      '<a href="/acme/shop/actions/runs/77/job/1">✗ change-gate summary (attempt 2)</a>',
    );
    expect(home.text).toContain('<a href="/acme/shop/issues/1">CR #1</a>');
  });

  it("serve their styles and scripts from node_modules, and a 404 page for anything else", async () => {
    const css = await get("/_sandbox/assets/github-markdown.css");
    expect(css.type).toBe("text/css; charset=utf-8");
    expect(css.text).toContain(".markdown-body");
    const mermaid = await fetch(`${sb.url}/_sandbox/assets/mermaid.min.js`);
    expect(mermaid.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect((await mermaid.text()).length).toBeGreaterThan(1_000_000);
    for (const path of [
      "/acme/shop/issues/404",
      "/_sandbox/assets/..%2Fpackage.json",
      "/nobody",
      "/acme/shop/nope",
    ]) {
      const page = await get(path);
      expect(page.status, path).toBe(404);
    }
    for (const path of [
      "/acme/shop",
      "/acme/shop/issues",
      "/acme/shop/pulls",
      "/acme/shop/releases",
      "/acme/shop/actions",
      "/acme/shop/deployments",
      "/alice",
      "/acme",
    ]) {
      expect((await get(path)).status, path).toBe(200);
    }
  });

  it("are loaded only when a page is asked for: the sandbox starts and answers the API without them", () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const probe = join(here, "lazy.probe.ts");
    const r = spawnSync(process.execPath, ["--import", "tsx", probe], { encoding: "utf8", cwd: here });
    expect(r.stderr).toBe("");
    const seen = JSON.parse(r.stdout) as { beforePage: string[]; afterPage: string[] };
    expect(seen.beforePage).toEqual([]);
    expect(seen.afterPage).toEqual(expect.arrayContaining(["unified", "remark-gfm", "rehype-sanitize"]));
  });
});
