/**
 * The client on a real network path: through a forward proxy (CONNECT tunnel to an HTTPS sandbox
 * whose name resolves nowhere else, basic authentication), and against requests that stall.
 * Timeouts are made small through the client's options; the defaults are generous.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type ForwardProxy, startForwardProxy } from "../../sandbox/src/forwardProxy";
import { type Sandbox, startSandbox } from "../../sandbox/src/server";
import { selfSignedCertificate, type TestCertificate } from "../../sandbox/src/tls";
import { createClient } from "./client";
import { describeError, GitHubApiError } from "./errors";
import { readProxySettings } from "./proxy";
import { fileAsset, uploadAsset } from "./releaseAssets";

const HOST = "api.gatehouse.invalid";
const SCENARIO = `
now: 2026-03-02T09:00:00Z
users: [alice]
repos:
  - repo: acme/app
    commits: [{ message: "feat: first", author: alice }]
    releases: [{ tag: v1.0.0, draft: true }]
`;

let cert: TestCertificate;
let sb: Sandbox;
/** The same scenario on plain HTTP at 127.0.0.1, for requests that go direct. */
let direct: Sandbox;
let proxy: ForwardProxy;
let dir: string;

beforeAll(async () => {
  cert = selfSignedCertificate(HOST);
  // Every request opens its own tunnel through the proxy (no connection kept between requests), so
  // the proxy's log shows each request's route.
  sb = await startSandbox(SCENARIO, {
    hostname: HOST,
    tls: { key: cert.key, cert: cert.cert },
    keepAliveMs: 1000,
  });
  direct = await startSandbox(SCENARIO);
  proxy = await startForwardProxy({
    auth: { username: "runner", password: "s3cr:t" },
    hosts: { [HOST]: "127.0.0.1" },
  });
  dir = mkdtempSync(join(tmpdir(), "gatehouse-net-"));
});

afterAll(async () => {
  await Promise.all([sb.close(), direct.close(), proxy.close()]);
  cert.remove();
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  sb.faults.clear();
  direct.faults.clear();
  proxy.log.length = 0;
});

const proxyUrl = () => `http://runner:${encodeURIComponent("s3cr:t")}@127.0.0.1:${proxy.port}`;

/** A client that trusts the sandbox's certificate, with the proxy environment given. */
function clientWith(
  env: Record<string, string>,
  extra: Partial<Parameters<typeof createClient>[0]> = {},
  target: Sandbox = sb,
) {
  const logs: string[] = [];
  const client = createClient({
    token: target.token,
    apiUrl: target.apiUrl,
    graphqlUrl: target.graphqlUrl,
    retryBaseMs: 5,
    proxy: readProxySettings(env),
    log: (m) => logs.push(m),
    ...extra,
  });
  return { client, logs };
}

// The test process trusts the sandbox's self-signed certificate (a runner would be given it
// through NODE_EXTRA_CA_CERTS, which is read only at start-up).
beforeAll(async () => {
  const tls = await import("node:tls");
  tls.setDefaultCACertificates([...tls.getCACertificates("default"), cert.cert]);
});

describe("through a forward proxy", () => {
  it("reaches an HTTPS GitHub whose name only the proxy can resolve, with basic authentication", async () => {
    const { client } = clientWith({ HTTPS_PROXY: proxyUrl() });
    const repo = await client.request("GET /repos/{owner}/{repo}", { owner: "acme", repo: "app" });
    expect(repo.data.full_name).toBe("acme/app");
    const data = await client.graphql<{ repository: { name: string } }>(
      'query { repository(owner: "acme", name: "app") { name } }',
    );
    expect(data.repository.name).toBe("app");
    expect(proxy.log.length).toBeGreaterThanOrEqual(1);
    expect(
      proxy.log.every((e) => e.method === "CONNECT" && e.target === `${HOST}:${new URL(sb.url).port}`),
    ).toBe(true);
    expect(proxy.log.every((e) => e.authorized)).toBe(true);
  });

  it("uploads a release asset through the same proxy, streamed", async () => {
    const { client } = clientWith({ https_proxy: proxyUrl() });
    const release = (
      await client.request("GET /repos/{owner}/{repo}/releases", { owner: "acme", repo: "app" })
    ).data[0];
    const path = join(dir, "app.tar.gz");
    writeFileSync(path, Buffer.alloc(300_000, 7));
    const asset = await fileAsset(path, "app.tar.gz");
    const uploaded = await uploadAsset(client, asset, {
      owner: "acme",
      repo: "app",
      releaseId: release.id,
      uploadUrl: release.upload_url,
    });
    expect(uploaded.size).toBe(300_000);
    expect(uploaded.digest).toBe(`sha256:${asset.sha256}`);
    expect(new URL(release.upload_url).hostname).toBe(HOST);
    expect(proxy.log.some((e) => e.method === "CONNECT")).toBe(true);
  });

  it("takes the lower-case variable over the upper-case one, as the runner does", async () => {
    const { client } = clientWith({ HTTPS_PROXY: "http://127.0.0.1:9", https_proxy: proxyUrl() });
    await client.request("GET /repos/{owner}/{repo}", { owner: "acme", repo: "app" });
    expect(proxy.log.length).toBeGreaterThanOrEqual(1);
  });

  it("fails with the proxy's answer, without the password, when the credentials are wrong", async () => {
    const wrong = `http://runner:nope@127.0.0.1:${proxy.port}`;
    const { client } = clientWith({ HTTPS_PROXY: wrong });
    const error = await client
      .request("GET /repos/{owner}/{repo}", { owner: "acme", repo: "app" })
      .catch((e) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    const message = describeError(error);
    expect(message).toContain(`through the proxy http://runner:***@127.0.0.1:${proxy.port} (HTTPS_PROXY)`);
    expect(message).toContain("check the proxy settings");
    expect(message).not.toContain("nope");
    // refused credentials are refused again: not retried
    expect(proxy.log).toEqual([
      { method: "CONNECT", target: expect.stringContaining(HOST), authorized: false },
    ]);
  });

  it("sends plain-HTTP requests (a GHES without TLS) to HTTP_PROXY with absolute URIs", async () => {
    const plain = await startSandbox(SCENARIO, { hostname: HOST });
    try {
      const { client } = clientWith({ HTTP_PROXY: proxyUrl(), HTTPS_PROXY: "http://127.0.0.1:9" }, {}, plain);
      const repo = await client.request("GET /repos/{owner}/{repo}", { owner: "acme", repo: "app" });
      expect(repo.data.full_name).toBe("acme/app");
      expect(proxy.log).toEqual([
        {
          method: "GET",
          target: `http://${HOST}:${new URL(plain.url).port}/api/v3/repos/acme/app`,
          authorized: true,
        },
      ]);
      proxy.log.length = 0;
      const { client: refused } = clientWith(
        { http_proxy: `http://runner:nope@127.0.0.1:${proxy.port}` },
        {},
        plain,
      );
      const error = await refused
        .request("GET /repos/{owner}/{repo}", { owner: "acme", repo: "app" })
        .catch((e) => e);
      expect(describeError(error)).toMatch(
        /^Could not reach GitHub for GET \/repos\/acme\/app \(the proxy answered 407 Proxy Authentication Required, through the proxy http:\/\/runner:\*\*\*@127\.0\.0\.1:\d+ \(http_proxy\)\): check the proxy settings/,
      );
      expect(proxy.log).toHaveLength(1);
    } finally {
      await plain.close();
    }
  });

  it("goes direct when NO_PROXY names the host, and says so when that fails", async () => {
    const { client } = clientWith({ HTTPS_PROXY: proxyUrl(), NO_PROXY: "localhost,.gatehouse.invalid" });
    const error = await client
      .request("GET /repos/{owner}/{repo}", { owner: "acme", repo: "app" })
      .catch((e) => e);
    expect(proxy.log).toEqual([]);
    expect(describeError(error)).toMatch(
      /ENOTFOUND api\.gatehouse\.invalid.*directly, not through the proxy in HTTPS_PROXY: NO_PROXY entry "\.gatehouse\.invalid" exempts api\.gatehouse\.invalid/,
    );
  });

  it("still uses the proxy when NO_PROXY names other hosts", async () => {
    const { client } = clientWith({ HTTPS_PROXY: proxyUrl(), no_proxy: "github.internal, *.corp.example" });
    await client.request("GET /repos/{owner}/{repo}", { owner: "acme", repo: "app" });
    expect(proxy.log.length).toBeGreaterThanOrEqual(1);
  });
});

describe("a stalled request", () => {
  it("is retried, then fails within a bounded time naming what stalled and the proxy", async () => {
    sb.faults.add({ route: "/repos/{owner}/{repo}", stall: true, times: Number.POSITIVE_INFINITY });
    const { client, logs } = clientWith(
      { HTTPS_PROXY: proxyUrl() },
      { retries: 2, timeouts: { connectMs: 500, idleMs: 150 } },
    );
    const started = performance.now();
    const error = await client
      .request("GET /repos/{owner}/{repo}", { owner: "acme", repo: "app" })
      .catch((e) => e);
    const took = performance.now() - started;
    // three attempts of 150 ms each plus 5 + 20 ms of back-off; generous slack for a busy machine
    expect(took).toBeGreaterThanOrEqual(3 * 150);
    expect(took).toBeLessThan(5_000);
    expect(sb.requestCount({ route: "/repos/{owner}/{repo}", status: 0 })).toBe(3);
    expect(logs.filter((l) => l.includes("the connection stalled"))).toHaveLength(2);
    expect(describeError(error)).toBe(
      `GitHub did not answer GET /repos/acme/app (no answer from ${HOST}:${new URL(sb.url).port} for 150 ms (the connection stalled), through the proxy http://runner:***@127.0.0.1:${proxy.port} (HTTPS_PROXY), 3 attempts): check the proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) and that the proxy reaches ${HOST}:${new URL(sb.url).port}, then re-run the job.`,
    );
  });

  it("recovers when only the first attempt stalls", async () => {
    direct.faults.add({ route: "/repos/{owner}/{repo}", stall: true });
    const { client } = clientWith({}, { timeouts: { idleMs: 150 } }, direct);
    const repo = await client.request("GET /repos/{owner}/{repo}", { owner: "acme", repo: "app" });
    expect(repo.data.full_name).toBe("acme/app");
  });

  it("without a proxy, the message points at GITHUB_API_URL and the network", async () => {
    direct.faults.add({ graphql: true, stall: true, times: Number.POSITIVE_INFINITY });
    const { client } = clientWith({}, { retries: 1, timeouts: { idleMs: 100 } }, direct);
    const error = await client.graphql("query { viewer { login } }").catch((e) => e);
    expect(describeError(error)).toMatch(
      /^GitHub did not answer POST \/api\/graphql \(no answer from 127\.0\.0\.1:\d+ for 100 ms \(the connection stalled\), 2 attempts\): check GITHUB_API_URL and the network, then re-run the job\.$/,
    );
  });

  it("an upload that stalls is retried with a fresh stream, then gives up naming the proxy", async () => {
    const { client } = clientWith({ HTTPS_PROXY: proxyUrl() });
    const release = (
      await client.request("GET /repos/{owner}/{repo}/releases", { owner: "acme", repo: "app" })
    ).data[0];
    sb.faults.add({
      method: "POST",
      route: "/repos/{owner}/{repo}/releases/{release_id}/assets",
      stall: true,
      times: Number.POSITIVE_INFINITY,
    });
    const path = join(dir, "stalled.zip");
    writeFileSync(path, Buffer.alloc(1000, 1));
    const logs: string[] = [];
    const started = performance.now();
    const error = await uploadAsset(client, await fileAsset(path, "stalled.zip"), {
      owner: "acme",
      repo: "app",
      releaseId: release.id,
      uploadUrl: release.upload_url,
      attempts: 2,
      backoffMs: () => 5,
      idleMs: 150,
      log: (m) => logs.push(m),
    }).catch((e) => e);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(logs[0]).toMatch(
      /^The upload of stalled\.zip failed \(no answer from .* for 150 ms \(the connection stalled\), through the proxy/,
    );
    expect(describeError(error)).toMatch(
      /^Could not upload stalled\.zip after 2 attempts \(.*stalled.*\)\. Check the proxy settings \(HTTPS_PROXY, HTTP_PROXY, NO_PROXY\) and that the proxy reaches api\.gatehouse\.invalid:\d+\./,
    );
  });
});
