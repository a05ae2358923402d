import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSandbox } from "@gatehouse/sandbox";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli";

const dir = mkdtempSync(join(tmpdir(), "gatehouse-app-cmd-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("gatehouse app", () => {
  it("serves deliveries with the key from a file, logs JSON lines, answers probes, and stops gracefully", async () => {
    const sb = await startSandbox({
      apps: [
        {
          slug: "gatehouse",
          id: 31,
          owner: "acme",
          events: ["deployment_protection_rule"],
          installations: [{ account: "acme" }],
        },
      ],
      repos: [{ repo: "acme/shop" }],
    });
    writeFileSync(join(dir, "app.pem"), sb.apps.get("gatehouse").privateKey);
    const out: string[] = [];
    const stop = new AbortController();
    let serving: (line: Record<string, string>) => void = () => {};
    const ready = new Promise<Record<string, string>>((done) => {
      serving = done;
    });
    const running = runCli(["app"], {
      out: (t) => {
        out.push(t);
        const line = JSON.parse(t) as Record<string, string>;
        if (line.msg === "Gatehouse App serving") serving(line);
      },
      err: (t) => out.push(t),
      cwd: dir,
      env: {
        APP_ID: "31",
        PRIVATE_KEY_PATH: join(dir, "app.pem"),
        WEBHOOK_SECRET: "s",
        GITHUB_API_URL: sb.apiUrl,
        PORT: "0",
        HOST: "127.0.0.1",
      },
      signal: stop.signal,
    });
    const line = await ready;
    expect(line).toMatchObject({ level: "info", app: "gatehouse", github: sb.apiUrl });
    expect((await fetch(`${line.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${line.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${line.url}/webhooks`, { method: "POST", body: "{}" })).status).toBe(401);

    stop.abort();
    expect(await running).toBe(0);
    expect(JSON.parse(out.at(-1)!)).toMatchObject({ msg: "Gatehouse App stopped" });
    await sb.close();
  });

  it("exits 2 naming each missing setting", async () => {
    const err: string[] = [];
    const code = await runCli(["app"], {
      out: () => {},
      err: (t) => err.push(t),
      cwd: dir,
      env: { APP_ID: "12" },
    });
    expect(code).toBe(2);
    expect(err.join("\n")).toMatch(
      /^The Gatehouse App cannot start:\n- PRIVATE_KEY .*\n- WEBHOOK_SECRET is not set/,
    );
  });
});
