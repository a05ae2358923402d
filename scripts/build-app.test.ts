import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startSandbox } from "../packages/sandbox/src/index";
import { bundleApp } from "./build-app";
import { repoRoot } from "./lib/actions";

const dir = mkdtempSync(join(tmpdir(), "gatehouse-app-image-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the App's container bundle", () => {
  it("is one file that runs without node_modules, answers GitHub, and stops on SIGTERM", async () => {
    const { file, bytes } = await bundleApp(repoRoot, dir);
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
    const sb = await startSandbox({
      users: ["alice"],
      apps: [
        {
          slug: "gatehouse",
          owner: "acme",
          permissions: {
            actions: "read",
            contents: "read",
            deployments: "write",
            issues: "write",
            "pull-requests": "read",
          },
          events: ["deployment_protection_rule"],
          installations: [{ account: "acme" }],
        },
      ],
      repos: [
        {
          repo: "acme/shop",
          environments: [{ name: "production", protectionRules: ["gatehouse"] }],
          commits: [{ message: "chore: initial", author: "alice", files: ["README.md"] }],
          deployments: [{ environment: "production", sha: "chore: initial", statuses: ["success"] }],
          pulls: [{ number: 1, title: "feat: cart", author: "alice", body: "No link.", merged: true }],
        },
      ],
    });
    writeFileSync(join(dir, "app.pem"), sb.apps.get("gatehouse").privateKey);
    const child = spawn(process.execPath, [file], {
      cwd: dir,
      env: {
        APP_ID: String(sb.apps.get("gatehouse").id),
        PRIVATE_KEY_PATH: join(dir, "app.pem"),
        WEBHOOK_SECRET: "sandbox-webhook-secret",
        GITHUB_API_URL: sb.apiUrl,
        PORT: "0",
        HOST: "127.0.0.1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const lines: Record<string, unknown>[] = [];
    let text = "";
    const serving = new Promise<string>((resolve) => {
      child.stdout.on("data", (c: Buffer) => {
        text += c.toString("utf8");
        for (const l of text.split("\n").slice(lines.length, -1)) {
          const line = JSON.parse(l) as Record<string, unknown>;
          lines.push(line);
          if (line.msg === "Gatehouse App serving") resolve(String(line.url));
        }
      });
    });
    const url = await serving;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    sb.apps.setWebhookUrl("gatehouse", `${url}/webhooks`);
    const { gates } = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await sb.apps.idle();
    expect(gates[0]!.state).toBe("rejected");
    expect(gates[0]!.comment).toMatch(/PR #1 'feat: cart' links no change request/);

    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(lines.at(-1)).toMatchObject({ msg: "Gatehouse App stopped" });
    await sb.close();
  });
});
