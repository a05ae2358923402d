import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli";

const dir = mkdtempSync(join(tmpdir(), "gatehouse-sandbox-cmd-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("gatehouse sandbox", () => {
  it("serves the scenario, prints its URLs and token, and stops when told", async () => {
    writeFileSync(join(dir, "scenario.yml"), "token: ghs_cli_test\nrepos:\n  - repo: acme/shop\n");
    const out: string[] = [];
    const stop = new AbortController();
    let announced: () => void = () => {};
    const ready = new Promise<void>((done) => {
      announced = done;
    });
    const running = runCli(["sandbox", "--scenario", "scenario.yml"], {
      out: (t) => {
        out.push(t);
        if (t.includes("Serving until Ctrl-C")) announced();
      },
      err: (t) => out.push(t),
      cwd: dir,
      env: {},
      signal: stop.signal,
    });
    await ready;
    const text = out.join("\n");
    const apiUrl = /GITHUB_API_URL=(\S+)/.exec(text)?.[1];
    expect(apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
    expect(text).toMatch(/GITHUB_SERVER_URL=http:\/\/127\.0\.0\.1:\d+$/m);
    expect(text).toMatch(/GITHUB_GRAPHQL_URL=http:\/\/127\.0\.0\.1:\d+\/api\/graphql$/m);
    expect(text).toMatch(/token: {4}ghs_cli_test$/m);
    const pages = /pages: {4}(\S+)/.exec(text)?.[1];
    expect(pages).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await fetch(pages!);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<a class="gh-primary" href="/acme/shop">acme/shop</a>');

    const response = await fetch(`${apiUrl}/repos/acme/shop`, {
      headers: { authorization: "token ghs_cli_test" },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { full_name: string }).full_name).toBe("acme/shop");

    stop.abort();
    expect(await running).toBe(0);
    expect(out.at(-1)).toBe("Sandbox stopped after 2 request(s).");
  });

  it("exits 2 when the scenario cannot be read", async () => {
    const err: string[] = [];
    const code = await runCli(["sandbox", "--scenario", "nope.yml"], {
      out: () => {},
      err: (t) => err.push(t),
      cwd: dir,
      env: {},
    });
    expect(code).toBe(2);
    expect(err.join("\n")).toMatch(/^gatehouse sandbox: cannot read scenario nope\.yml: ENOENT/);
  });
});
