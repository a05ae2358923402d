import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allRoutes } from "./routes";
import { appRoutes } from "./routes/apps";
import { readScenario } from "./scenario";
import { type Sandbox, startSandbox } from "./server";
import { api, signAppJwt, webhookReceiver } from "./testing";

/**
 * Every route the sandbox implements, called once with the example scenario, its answer checked
 * against the response schema of GitHub's description for its status: what the sandbox answers
 * cannot drift from what GitHub answers. A route added without a call here fails the last test.
 */

let sb: Sandbox;
beforeAll(async () => {
  const scenario = readScenario(readFileSync(new URL("../scenarios/example.yml", import.meta.url), "utf8"));
  scenario.tokens = [
    ...(scenario.tokens ?? []),
    { value: "ghp_alice", user: "alice", permissions: {} },
    { value: "ghp_admin", user: "alice", permissions: { administration: "read" } },
  ];
  sb = await startSandbox(scenario, { checkResponses: true });
});
afterAll(() => sb.close());

const R = "/repos/acme/payments";
const called = new Set<string>();

async function call(
  method: string,
  path: string,
  body?: unknown,
  opts: { token?: string; status?: number; url?: string } = {},
) {
  const a = api(sb, opts.token);
  const url = opts.url ?? path;
  const res =
    method === "GET"
      ? await a.get(url)
      : method === "POST"
        ? await a.post(url, body)
        : method === "PATCH"
          ? await a.patch(url, body)
          : method === "PUT"
            ? await a.put(url, body)
            : await a.delete(url);
  const record = sb.requests.at(-1)!;
  expect(`${method} ${path} → ${res.status}`).toBe(
    `${method} ${path} → ${opts.status ?? (method === "POST" ? 201 : method === "DELETE" ? 204 : 200)}`,
  );
  called.add(`${method} ${record.route}`);
  return res.data;
}

describe("answers in the shapes GitHub describes", () => {
  it("repositories, commits, refs, contents", async () => {
    await call("GET", R);
    expect(await call("GET", `${R}/immutable-releases`, undefined, { token: "ghp_admin" })).toEqual({
      enabled: true,
      enforced_by_owner: false,
    });
    await call("GET", `${R}/immutable-releases`, undefined, { status: 403 });
    const commits = await call("GET", `${R}/commits`);
    const head = commits[0].sha as string;
    await call("GET", `${R}/commits/${head}`);
    await call("GET", `${R}/commits/${head}/pulls`);
    await call("GET", `${R}/compare/v1.0.0...main`);
    await call("GET", `${R}/tags`);
    await call("GET", `${R}/branches`);
    await call("GET", `${R}/branches/main`);
    await call("GET", `${R}/git/ref/tags/v1.0.0`);
    await call("GET", `${R}/git/matching-refs/tags/v`);
    await call("POST", `${R}/git/refs`, { ref: "refs/heads/topic", sha: head });
    await call("PATCH", `${R}/git/refs/heads/topic`, { sha: head, force: true });
    await call("DELETE", `${R}/git/refs/heads/topic`);
    await call("GET", `${R}/git/commits/${head}`);
    await call("GET", `${R}/contents/.github/gatehouse.yml`);
  });

  it("pull requests", async () => {
    await call("GET", `${R}/pulls?state=all`);
    await call("GET", `${R}/pulls/2`);
    await call("GET", `${R}/pulls/2/files`);
    await call("GET", `${R}/pulls/2/commits`);
  });

  it("issues, comments, timeline, labels, search", async () => {
    await call("GET", `${R}/issues?state=all`);
    const issue = await call("POST", `${R}/issues`, { title: "New", body: "x", labels: ["change-request"] });
    const n = issue.number as number;
    await call("GET", `${R}/issues/${n}`);
    await call("PATCH", `${R}/issues/${n}`, { state: "closed", state_reason: "completed" });
    await call("POST", `${R}/issues/${n}/assignees`, { assignees: ["alice"] });
    const comment = await call("POST", `${R}/issues/${n}/comments`, { body: "hello" });
    await call("GET", `${R}/issues/${n}/comments`);
    await call("GET", `${R}/issues/comments`);
    await call("GET", `${R}/issues/comments/${comment.id}`);
    await call("PATCH", `${R}/issues/comments/${comment.id}`, { body: "hello again" });
    await call("DELETE", `${R}/issues/comments/${comment.id}`);
    await call("GET", `${R}/issues/1/timeline`);
    await call("GET", `${R}/issues/1/events`);
    await call("GET", `${R}/labels`);
    await call("POST", `${R}/labels`, { name: "area/api", color: "fbca04" });
    await call("GET", `${R}/labels/area%2Fapi`);
    await call("PATCH", `${R}/labels/area%2Fapi`, { description: "The API" });
    await call("GET", `${R}/issues/${n}/labels`);
    await call("POST", `${R}/issues/${n}/labels`, { labels: ["area/api"] }, { status: 200 });
    await call("PUT", `${R}/issues/${n}/labels`, { labels: ["area/api", "change-request"] });
    await call("DELETE", `${R}/issues/${n}/labels/area%2Fapi`, undefined, { status: 200 });
    await call("DELETE", `${R}/issues/${n}/labels`);
    await call("DELETE", `${R}/labels/area%2Fapi`);
    await call("GET", "/search/issues?q=repo:acme/payments+is:issue+label:change-request");
  });

  it("releases and assets", async () => {
    await call("GET", `${R}/releases`);
    const latest = await call("GET", `${R}/releases/latest`);
    await call("GET", `${R}/releases/tags/v1.0.0`);
    await call("GET", `${R}/releases/${latest.id}`);
    await call("GET", `${R}/releases/${latest.id}/assets`);
    await call("GET", `${R}/releases/assets/${latest.assets[0].id}`);
    const draft = await call("POST", `${R}/releases`, { tag_name: "v1.1.0", draft: true });
    const upload = `${sb.uploadsUrl}${R}/releases/${draft.id}/assets?name=a.txt`;
    const asset = await call("POST", `${R}/releases/${draft.id}/assets`, "bytes", { url: upload });
    await call("PATCH", `${R}/releases/assets/${asset.id}`, { label: "A" });
    await call("DELETE", `${R}/releases/assets/${asset.id}`);
    await call("PATCH", `${R}/releases/${draft.id}`, { name: "v1.1.0" });
    await call("DELETE", `${R}/releases/${draft.id}`);
  });

  it("deployments, environments, runs", async () => {
    const list = await call("GET", `${R}/deployments`);
    await call("GET", `${R}/deployments/${list[0].id}`);
    await call("GET", `${R}/deployments/${list[0].id}/statuses`);
    const d = await call("POST", `${R}/deployments`, {
      ref: "main",
      environment: "staging",
      auto_merge: false,
      required_contexts: [],
    });
    await call("POST", `${R}/deployments/${d.id}/statuses`, {
      state: "success",
      log_url: "https://ci.example/1",
    });
    await call("GET", `${R}/environments`);
    await call("GET", `${R}/environments/production`);
    await call("GET", `${R}/environments/production/deployment-branch-policies`);
    await call("GET", `${R}/actions/runs`);
    await call("GET", `${R}/actions/runs/9001`);
    await call("GET", `${R}/actions/runs/9001/attempts/1`);
    await call("GET", `${R}/actions/runs/9001/approvals`);
    await call("GET", `${R}/actions/runs/9001/pending_deployments`);
  });

  it("organisations, teams, users, rate limits", async () => {
    const app = { token: "ghs_example_app_token" };
    await call("GET", "/orgs/acme", undefined, app);
    await call("GET", "/orgs/acme/teams", undefined, app);
    await call("GET", "/orgs/acme/teams/change-advisory-board", undefined, app);
    await call("GET", "/orgs/acme/teams/change-advisory-board/members", undefined, app);
    await call("GET", "/orgs/acme/teams/change-advisory-board/memberships/chen", undefined, app);
    await call("GET", "/orgs/acme/members/chen", undefined, { ...app, status: 204 });
    await call("GET", "/users/alice");
    await call("GET", "/user", undefined, { token: "ghp_alice" });
    await call("GET", "/rate_limit");
  });

  it("called every implemented route but the App's, and every answer matched GitHub's schema", () => {
    const missing = allRoutes
      .filter((r) => !appRoutes.includes(r))
      .map((r) => `${r.method} ${r.route}`)
      .filter((k) => !called.has(k));
    expect(missing).toEqual([]);
    expect(
      sb.violations.map(
        (v) => `${v.message}: ${(v.errors ?? []).map((e) => (e as { field: string }).field).join(", ")}`,
      ),
    ).toEqual([]);
  });
});

/** The App's routes (its JWT, installations and their tokens, webhook deliveries, the protection rule's answer). */
describe("the App's answers in the shapes GitHub describes", () => {
  const NOW = "2026-03-02T09:00:00Z";
  const T = Date.parse(NOW) / 1000;
  let app: Sandbox;
  const hooks = webhookReceiver();
  beforeAll(async () => {
    app = await startSandbox(
      `
now: ${NOW}
users: [alice]
orgs: [acme]
apps:
  - slug: gatehouse
    id: 77
    owner: acme
    permissions: { actions: read, deployments: write, contents: read, issues: write }
    events: [deployment_protection_rule, issues]
    webhookSecret: s3cret
    installations:
      - { id: 501, account: acme, repositories: [acme/shop] }
repos:
  - repo: acme/shop
    commits: [{ message: "feat: cart", author: alice }]
    environments:
      - { name: production, protectionRules: [gatehouse] }
`,
      { checkResponses: true },
    );
    app.apps.setWebhookUrl("gatehouse", (await hooks).url);
  });
  afterAll(async () => {
    await app.close();
    await (await hooks).close();
  });

  const appCalled = new Set<string>();
  async function appCall(method: "GET" | "POST", path: string, auth: string, body?: unknown, status = 200) {
    const a = api(app, auth);
    const res = method === "GET" ? await a.get(path) : await a.post(path, body);
    expect(`${method} ${path} → ${res.status}`).toBe(`${method} ${path} → ${status}`);
    appCalled.add(`${method} ${app.requests.at(-1)!.route}`);
    return res.data;
  }

  it("the App, its installations and their tokens, deliveries and the protection rule's answer", async () => {
    const jwt = `Bearer ${signAppJwt(app.apps.get("gatehouse"), { iat: T - 30, exp: T + 570 })}`;
    await appCall("GET", "/app", jwt);
    await appCall("GET", "/app/installations", jwt);
    await appCall("GET", "/app/installations/501", jwt);
    await appCall("GET", "/repos/acme/shop/installation", jwt);
    const { token } = await appCall("POST", "/app/installations/501/access_tokens", jwt, {}, 201);
    await appCall("GET", "/installation/repositories", token);
    const { run } = app.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await app.apps.idle();
    const deliveries = await appCall("GET", "/app/hook/deliveries", jwt);
    await appCall("GET", `/app/hook/deliveries/${deliveries[0].id}`, jwt);
    await appCall("POST", `/app/hook/deliveries/${deliveries[0].id}/attempts`, jwt, undefined, 202);
    await app.apps.idle();
    await appCall(
      "POST",
      `/repos/acme/shop/actions/runs/${run.id}/deployment_protection_rule`,
      token,
      { environment_name: "production", state: "approved", comment: "Approved by the change gate" },
      204,
    );
  });

  it("called every route of the App, and every answer matched GitHub's schema", () => {
    const missing = appRoutes.map((r) => `${r.method} ${r.route}`).filter((k) => !appCalled.has(k));
    expect(missing).toEqual([]);
    expect(
      app.violations.map(
        (v) =>
          `${v.method} ${v.route}: ${v.message}: ${(v.errors ?? []).map((e) => (e as { field: string }).field).join(", ")}`,
      ),
    ).toEqual([]);
  });
});
