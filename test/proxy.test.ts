/**
 * The bundles behind a corporate proxy, as a self-hosted runner runs them: GitHub is served over
 * HTTPS under a name that resolves nowhere (`api.gatehouse.invalid`), so only the forward proxy,
 * which maps that name to the sandbox, can reach it. The runner's proxy variables are set the
 * way a runner's `.env` sets them, with credentials in the URL; the sandbox's certificate is
 * trusted through Node's own NODE_EXTRA_CA_CERTS, as a company's inspecting proxy CA would be.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type ForwardProxy, startForwardProxy } from "../packages/sandbox/src/forwardProxy";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/server";
import { selfSignedCertificate, type TestCertificate } from "../packages/sandbox/src/tls";
import { NOW, RUN_ID, world } from "./change-gate.fixture";
import { type RunResult, runAction } from "./harness";

const HOST = "api.gatehouse.invalid";
const USER = "runner";
const PASSWORD = "s3cr:t@corp";

let cert: TestCertificate;
let proxy: ForwardProxy;
let sb: Sandbox | undefined;
const dirs: string[] = [];

beforeAll(async () => {
  cert = selfSignedCertificate(HOST);
  proxy = await startForwardProxy({
    auth: { username: USER, password: PASSWORD },
    hosts: { [HOST]: "127.0.0.1" },
  });
});
afterAll(async () => {
  await proxy.close();
  cert.remove();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
afterEach(async () => {
  await sb?.close();
  sb = undefined;
  proxy.log.length = 0;
});

async function sandbox() {
  sb = await startSandbox(world(), { hostname: HOST, tls: { key: cert.key, cert: cert.cert } });
  return sb;
}

const proxyUrl = () => `http://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${proxy.port}`;

function run(
  action: string,
  s: Sandbox,
  env: Record<string, string>,
  inputs: Record<string, string>,
  workspace?: string,
) {
  return runAction(action, {
    sandbox: s,
    repository: "acme/shop",
    runId: RUN_ID,
    inputs,
    workspace,
    env: { GATEHOUSE_NOW: NOW, NODE_EXTRA_CA_CERTS: cert.certPath, ...env },
  });
}

function ok(result: RunResult) {
  expect(result.stdout + result.stderr, "the step should succeed").not.toMatch(/::error/);
  expect(result.exitCode).toBe(0);
}

const tunnels = () => proxy.log.filter((e) => e.method === "CONNECT");

describe("behind a forward proxy", () => {
  it("change-gate reads GitHub (REST and GraphQL) only through the proxy, authenticated", async () => {
    const s = await sandbox();
    const result = await run("change-gate", s, { HTTPS_PROXY: proxyUrl() }, { environment: "production" });
    ok(result);
    expect(result.outputs.decision).toBe("allow");
    expect(tunnels().length).toBeGreaterThanOrEqual(1);
    expect(
      proxy.log.every((e) => e.method === "CONNECT" && e.target === `${HOST}:${new URL(s.url).port}`),
    ).toBe(true);
    expect(proxy.log.every((e) => e.authorized)).toBe(true);
    expect(s.requestCount({ route: "graphql" })).toBeGreaterThanOrEqual(1);
    expect(result.stdout + result.stderr).not.toContain(PASSWORD);
  });

  it("release-bundle streams its uploads through the proxy named in lower case", async () => {
    const s = await sandbox();
    const workspace = mkdtempSync(join(tmpdir(), "gatehouse-proxy-ws-"));
    dirs.push(workspace);
    mkdirSync(join(workspace, "dist"));
    writeFileSync(join(workspace, "dist", "shop.tar.gz"), Buffer.alloc(200_000, 3));
    const result = await run(
      "release-bundle",
      s,
      // the upper-case variable names a proxy that is not there: the lower-case one wins
      { https_proxy: proxyUrl(), HTTPS_PROXY: "http://127.0.0.1:9" },
      { files: "dist/*", version: "1.0.0", environment: "production" },
      workspace,
    );
    ok(result);
    const release = s.state.repos[0]!.releases.find((r) => r.tagName === "v1.0.0");
    expect(release?.draft).toBe(false);
    expect(release?.assets.map((a) => a.name).sort()).toEqual([
      "SHA256SUMS",
      "release-manifest.json",
      "shop.tar.gz",
    ]);
    expect(
      s.requestCount({ method: "POST", route: "/repos/{owner}/{repo}/releases/{release_id}/assets" }),
    ).toBe(3);
    expect(tunnels().length).toBeGreaterThanOrEqual(1);
    expect(proxy.log.every((e) => e.authorized)).toBe(true);
  });

  it("goes direct for a host NO_PROXY names, and says so when that host is out of reach", async () => {
    const s = await sandbox();
    const result = await run(
      "freeze-window",
      s,
      { HTTPS_PROXY: proxyUrl(), NO_PROXY: `localhost,${HOST}` },
      { environment: "production" },
    );
    expect(result.exitCode).toBe(1);
    expect(proxy.log).toEqual([]);
    expect(s.requests).toEqual([]);
    const error = result.annotations.find((a) => a.level === "error")?.message ?? "";
    expect(error).toContain(`ENOTFOUND ${HOST}`);
    expect(error).toContain(
      `directly, not through the proxy in HTTPS_PROXY: NO_PROXY entry "${HOST}" exempts ${HOST}`,
    );
  });

  it("uses the proxy when NO_PROXY names only other hosts", async () => {
    const s = await sandbox();
    const result = await run(
      "freeze-window",
      s,
      { HTTPS_PROXY: proxyUrl(), NO_PROXY: "localhost,127.0.0.1,.github.internal" },
      { environment: "production" },
    );
    ok(result);
    expect(result.outputs.frozen).toBe("false");
    expect(tunnels().length).toBeGreaterThanOrEqual(1);
  });

  it("fails the step naming the proxy, never its password, when the proxy refuses the credentials", async () => {
    const s = await sandbox();
    const wrong = `http://${USER}:wrong-password@127.0.0.1:${proxy.port}`;
    const result = await run("freeze-window", s, { HTTPS_PROXY: wrong }, { environment: "production" });
    expect(result.exitCode).toBe(1);
    expect(s.requests).toEqual([]);
    const error = result.annotations.find((a) => a.level === "error")?.message ?? "";
    expect(error).toContain(`through the proxy http://${USER}:***@127.0.0.1:${proxy.port} (HTTPS_PROXY)`);
    expect(error).toContain("check the proxy settings");
    expect(result.stdout + result.stderr).not.toContain("wrong-password");
  });
});
