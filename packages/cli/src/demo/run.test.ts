import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installProbe } from "../../../../test/fixtures/probe";
import { runDemo } from "./run";
import type { DemoStep } from "./types";

// A root with one built action, "probe" (the harness fixture), standing in for the real ones.
const root = mkdtempSync(join(tmpdir(), "gatehouse-demo-test-"));
beforeAll(async () => {
  await installProbe(join(root, "actions", "probe"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function demo(steps: DemoStep[], keep?: (index: string) => Promise<void>) {
  const lines: string[] = [];
  const code = await runDemo({
    write: (t) => lines.push(t),
    steps,
    root,
    ...(keep ? { keep: () => keep(/(http:\S+)\/$/.exec(lines[0]!)![1]!) } : {}),
  });
  return { code, text: lines.join("\n") };
}

describe("gatehouse demo", () => {
  it("prints the index page's address first and, with --keep, serves the pages until told to stop", async () => {
    const lines: string[] = [];
    let reachable = 0;
    let index = "";
    const code = await runDemo({
      write: (t) => lines.push(t),
      steps: [],
      root,
      keep: async () => {
        const repository = /repository:\s+(\S+)/.exec(lines.join("\n"))?.[1] ?? "";
        reachable = (await fetch(repository)).status;
        index = await (await fetch(/(http:\S+\/)$/.exec(lines[0]!)![1]!)).text();
      },
    });
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^ {2}Follow the pipeline in a browser: http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(reachable).toBe(200);
    expect(index).toContain("The pipeline, step by step");
    expect(lines.join("\n")).toMatch(
      /keeps serving the pages \(start at http:\S+\/\), these links .* until Ctrl-C/,
    );
  });

  it("runs end to end with no steps and says which actions are present", async () => {
    const { code, text } = await demo([]);
    expect(code).toBe(0);
    expect(text).toMatch(/seeded with acme\/storefront; it is 2026-11-24T10:00:00Z there/);
    expect(text).toMatch(/^ {2}change-gate\s+no bundle yet, no demo step yet$/m);
    expect(text).toMatch(/No demo steps are registered yet/);
    expect(text).toMatch(/Nothing ran: no demo steps yet\./);
    expect(text).toMatch(/repository:\s+http:\/\/127\.0\.0\.1:\d+\/acme\/storefront/);
  });

  it("runs each step against the seeded sandbox, prints what it did and recaps", async () => {
    const probe: DemoStep = {
      title: "Probe the repository",
      action: "probe",
      async run(ctx) {
        const result = await ctx.runAction("probe", { inputs: { "change request": "#10" } });
        ctx.print.result(result, { outputs: ["repository", "change-request", "multiline"] });
        ctx.shared.repository = result.outputs.repository ?? "";
        ctx.link("probe summary", `${ctx.sandbox.url}/${ctx.repository}`);
        return `read ${result.outputs.repository}`;
      },
    };
    const skipped: DemoStep = { title: "Not built yet", action: "release-bundle", run: async () => "never" };
    const failing: DemoStep = {
      title: "Fails",
      async run() {
        throw new Error("the gate could not reach the API");
      },
    };
    // what the index page shows while the sandbox is kept: each step, its job summary, its links
    let home = "";
    let job = "";
    const { code, text } = await demo([probe, skipped, failing], async (origin) => {
      home = await (await fetch(`${origin}/`)).text();
      const path = /href="(\/acme\/storefront\/actions\/runs\/1000\/job\/\d+)"/.exec(home)?.[1];
      job = path ? await (await fetch(`${origin}${path}`)).text() : "";
    });
    expect(home).toMatch(
      /<span class="gh-ok">✓<\/span><\/div><div>\n<h3>1\. Probe the repository<\/h3><p>read acme\/storefront<\/p>/,
    );
    expect(home).toMatch(/–<\/div><div>\n<h3>2\. Not built yet<\/h3><p>bundle not built<\/p>/);
    expect(home).toMatch(
      /<span class="gh-fail">✗<\/span><\/div><div>\n<h3>3\. Fails<\/h3><p>the gate could not reach the API<\/p>/,
    );
    expect(home).toMatch(
      />✓ probe summary<\/a><a href="http:\/\/127\.0\.0\.1:\d+\/acme\/storefront">probe summary<\/a>/,
    );
    expect(job).toContain("<h3>Probe</h3>");
    expect(code).toBe(1);
    expect(text).toMatch(/━━ 1\. Probe the repository/);
    expect(text).toMatch(/^ {2}step:\s+exit 0 in \d+ ms$/m);
    expect(text).toMatch(/^ {2}repository:\s+acme\/storefront$/m);
    expect(text).toMatch(/^ {2}change-request:\s+#10$/m);
    expect(text).toMatch(/^ {2}multiline:\s+first line …$/m);
    expect(text).toMatch(/! warning \(\.github\/gatehouse\.yml:3:7\): 50% done/);
    expect(text).toMatch(/│ ### Probe/);
    expect(text).toMatch(/Skipped: actions\/release-bundle has no bundle/);
    expect(text).toMatch(/✓ Probe the repository — read acme\/storefront/);
    expect(text).toMatch(/– Not built yet — bundle not built/);
    expect(text).toMatch(/✗ Fails — the gate could not reach the API/);
    expect(text).toMatch(/The sandbox answered 1 API request\(s\)\./);
    expect(text).toMatch(/probe summary:\s+http:\/\/127\.0\.0\.1:\d+\/acme\/storefront/);
  });
});
