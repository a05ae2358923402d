/**
 * `gatehouse demo --keep` as a person sees it: the demo's pages opened in a real headless browser
 * (Debian's Chromium, driven by playwright-core). Every page reachable from the index loads with
 * no console error and every link answers 200; the freeze calendar's Gantt chart is drawn; the
 * release, the change requests and the review show what they hold.
 *
 * Needs /usr/bin/chromium: `bash .ci/run` installs it (apt-get) where it is missing; on a machine
 * without it the test is skipped, saying so.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { runDemo } from "./run";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
/** The most pages the crawl opens: far more than the demo has, so a runaway link loop fails. */
const MAX_PAGES = 300;

async function launch(): Promise<{ browser: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "gatehouse-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    // the machine's network is closed: no background traffic, no component updates
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface Visit {
  url: string;
  status: number;
  errors: string[];
}

/** Opens a page, waits for its diagrams, and returns what went wrong on it. */
async function visit(page: Page, url: string): Promise<Visit> {
  const errors: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  };
  const onError = (e: Error) => errors.push(`page error: ${e.message}`);
  page.on("console", onConsole);
  page.on("pageerror", onError);
  try {
    const response = await page.goto(url, { waitUntil: "load" });
    if (await page.locator("pre > code.language-mermaid, .mermaid").count()) {
      await page.waitForSelector("body[data-mermaid]", { timeout: 20_000 });
      const state = await page.getAttribute("body", "data-mermaid");
      if (state !== "drawn") errors.push(`the Mermaid diagrams were not drawn (${state})`);
    }
    return { url, status: response?.status() ?? 0, errors };
  } finally {
    page.off("console", onConsole);
    page.off("pageerror", onError);
  }
}

describe("gatehouse demo --keep, in a browser", () => {
  it.skipIf(!hasChromium)(
    `serves pages that load cleanly, draw their tables and Gantt chart, and link only to pages that exist${
      hasChromium
        ? ""
        : ` — SKIPPED: no ${CHROMIUM} on this machine (bash .ci/run installs Debian's chromium)`
    }`,
    async () => {
      const lines: string[] = [];
      let failure: unknown;
      const code = await runDemo({
        write: (t) => lines.push(t),
        keep: async () => {
          try {
            await checkPages(lines);
          } catch (error) {
            failure = error;
          }
        },
      });
      if (failure) throw failure;
      expect(code, lines.join("\n")).toBe(0);
    },
    300_000,
  );
});

async function checkPages(lines: string[]): Promise<void> {
  // the first thing the demo prints is the index page's address
  const first = lines.find((l) => l.trim() !== "") ?? "";
  const index = /(http:\/\/127\.0\.0\.1:\d+\/)$/.exec(first.trim())?.[1];
  expect(index, first).toBeDefined();
  const origin = new URL(index!).origin;

  const { browser, close } = await launch();
  try {
    const page = await browser.newPage();
    // crawl everything reachable from the index, breadth first
    const queue = [index!];
    const seen = new Set(queue);
    const visits: Visit[] = [];
    const others: { url: string; status: number }[] = [];
    while (queue.length > 0 && visits.length < MAX_PAGES) {
      const url = queue.shift()!;
      const v = await visit(page, url);
      visits.push(v);
      if (v.status !== 200) continue;
      const hrefs = await page.$$eval("a[href]", (as) =>
        as.map((a) => (a as unknown as { href: string }).href),
      );
      for (const href of hrefs) {
        const u = new URL(href);
        u.hash = "";
        if (u.origin !== origin || seen.has(u.href)) continue;
        seen.add(u.href);
        if (/\/releases\/download\//.test(u.pathname)) {
          others.push({ url: u.href, status: (await fetch(u.href)).status });
        } else {
          queue.push(u.href);
        }
      }
    }
    expect(queue, "the crawl stopped at its limit").toEqual([]);
    expect(visits.length).toBeGreaterThan(20);
    expect([...visits, ...others].filter((v) => v.status !== 200)).toEqual([]);
    expect(visits.filter((v) => v.errors.length > 0)).toEqual([]);
    expect(others.length, "release assets are linked for download").toBeGreaterThanOrEqual(4);

    const at = (pattern: RegExp) => {
      const found = visits.filter((v) => pattern.test(new URL(v.url).pathname));
      expect(found.length, String(pattern)).toBeGreaterThan(0);
      return found.map((v) => v.url);
    };

    // the index leads with the pipeline: every step, with its job summaries
    await page.goto(index!);
    const steps = page.locator("#walkthrough .gh-step");
    expect(await steps.count()).toBeGreaterThanOrEqual(5);
    const jobs = at(/\/actions\/runs\/\d+\/job\/\d+$/);
    expect(await page.locator('#walkthrough a[href*="/job/"]').count()).toBe(jobs.length);

    // the freeze calendar: a Gantt chart drawn as an SVG with bars
    let gantts = 0;
    for (const url of jobs) {
      await visit(page, url);
      if (
        !(await page
          .locator(".markdown-body h2, .markdown-body h3")
          .filter({ hasText: "Freeze calendar" })
          .count())
      )
        continue;
      const bars = await page.locator(".mermaid svg rect.task").count();
      expect(bars, url).toBeGreaterThanOrEqual(3);
      gantts++;
    }
    expect(gantts).toBeGreaterThanOrEqual(1);

    // the release: notes with their tables, assets with size and digest
    const [release] = at(/\/releases\/tag\/v\d+\.\d+\.\d+$/);
    await visit(page, release!);
    expect(await page.locator(".markdown-body table").count()).toBeGreaterThanOrEqual(3);
    const rows = page.locator("table.assets tbody tr");
    expect(await rows.count()).toBe(4);
    for (const digest of await page.locator("table.assets td.gh-mono").allTextContents())
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);

    // a change request: its body, the comments (approvals, the gate's) and the timeline
    await visit(page, `${origin}/acme/storefront/issues/10`);
    expect(await page.locator(".gh-box .markdown-body").count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator(".gh-event").filter({ hasText: "change/implemented" }).count()).toBe(1);
    expect(await page.locator(".gh-event").filter({ hasText: "closed this" }).count()).toBe(1);

    // the review issue: its checklist as task list checkboxes
    const review = lines
      .find((l) => /^\s+review:\s+http/.test(l))
      ?.trim()
      .split(/\s+/)
      .pop();
    expect(review).toBeDefined();
    await visit(page, review!);
    expect(await page.locator(".markdown-body input[type=checkbox]").count()).toBeGreaterThan(0);
  } finally {
    await close();
  }
}
