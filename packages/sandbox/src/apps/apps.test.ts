import { createHmac } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { description } from "../openapi";
import { type Sandbox, startSandbox } from "../server";
import { api, signAppJwt, webhookReceiver } from "../testing";
import { JWT_EXP_FAR, JWT_EXP_PAST, JWT_IAT, JWT_UNDECODABLE } from "./jwt";

const NOW = "2026-03-02T09:00:00Z";
const T = Date.parse(NOW) / 1000;

const SCENARIO = `
now: ${NOW}
users: [alice, bob]
orgs: [acme]
tokens:
  - { value: alice-token, user: alice, permissions: { issues: write } }
apps:
  - slug: gatehouse
    id: 77
    owner: acme
    permissions: { actions: read, deployments: write, contents: read, issues: write, pull-requests: read }
    events: [deployment_protection_rule, issue_comment, issues]
    webhookSecret: s3cret
    installations:
      - { id: 501, account: acme, repositories: [acme/shop, acme/changes] }
  - slug: other
    id: 78
    owner: acme
    permissions: { deployments: write }
    events: [deployment_protection_rule]
    installations: [{ id: 601, account: acme }]
repos:
  - repo: acme/shop
    commits: [{ message: "feat: cart", author: alice }]
    issues: [{ number: 1, title: Cart, author: alice, labels: [change-request] }]
    environments:
      - { name: production, protectionRules: [gatehouse] }
      - { name: staging, protectionRules: [gatehouse, other] }
      - testing
  - repo: acme/changes
  - repo: acme/secret
`;

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox(SCENARIO);
});
afterAll(async () => {
  await sb.close();
});

const gatehouse = () => sb.apps.get("gatehouse");
const jwt = (claims: Partial<{ iat: number; exp: number; iss: string | number }> = {}) =>
  signAppJwt(gatehouse(), { iat: T - 30, exp: T + 570, ...claims });

async function call(method: string, path: string, auth: string, body?: unknown) {
  const res = await fetch(`${sb.apiUrl}${path}`, {
    method,
    headers: {
      authorization: auth,
      accept: "application/vnd.github+json",
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, data: text ? JSON.parse(text) : undefined };
}

async function installationToken(body: Record<string, unknown> = {}, installation = 501) {
  const res = await call("POST", `/app/installations/${installation}/access_tokens`, `Bearer ${jwt()}`, body);
  expect(res.status).toBe(201);
  return res.data as { token: string; expires_at: string; permissions: Record<string, string> };
}

describe("App authentication", () => {
  it("authenticates the App by a JWT signed with its key, and answers with its own clock in Date", async () => {
    const res = await call("GET", "/app", `Bearer ${jwt()}`);
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ id: 77, slug: "gatehouse", owner: { login: "acme" } });
    expect(res.headers.get("date")).toBe(new Date(NOW).toUTCString());
  });

  it.each([
    ["issued in the future", { iat: T + 120, exp: T + 500 }, JWT_IAT],
    ["expired", { iat: T - 700, exp: T - 100 }, JWT_EXP_PAST],
    ["expiring more than 10 minutes ahead", { iat: T - 30, exp: T + 900 }, JWT_EXP_FAR],
    ["from an unknown App", { iss: 9999 }, JWT_UNDECODABLE],
  ])("refuses a JWT %s with GitHub's sentence", async (_what, claims, message) => {
    const res = await call("GET", "/app", `Bearer ${jwt(claims)}`);
    expect(res.status).toBe(401);
    expect(res.data.message).toBe(message);
  });

  it("refuses a JWT signed with another key", async () => {
    const forged = signAppJwt(
      { id: 77, privateKey: sb.apps.get("other").privateKey },
      { iat: T - 30, exp: T + 500 },
    );
    expect((await call("GET", "/app", `Bearer ${forged}`)).status).toBe(401);
  });

  it("keeps App routes for JWTs and repository routes for tokens", async () => {
    expect((await call("GET", "/app/installations", `token ${sb.token}`)).status).toBe(401);
    expect((await call("GET", "/repos/acme/shop/issues/1", `Bearer ${jwt()}`)).status).toBe(403);
    const list = await call("GET", "/app/installations", `Bearer ${jwt()}`);
    expect(list.data.map((i: { id: number }) => i.id)).toEqual([501]);
    const found = await call("GET", "/repos/acme/shop/installation", `Bearer ${jwt()}`);
    expect(found.data).toMatchObject({ id: 501, app_id: 77, repository_selection: "selected" });
    expect((await call("GET", "/repos/acme/secret/installation", `Bearer ${jwt()}`)).status).toBe(404);
  });
});

describe("installation access tokens", () => {
  it("are narrowed to the repositories asked for, in REST and GraphQL", async () => {
    const { token } = await installationToken({ repositories: ["shop"] });
    const shop = api(sb, token);
    expect((await shop.get("/repos/acme/shop/issues/1")).status).toBe(200);
    expect((await shop.get("/repos/acme/changes")).status).toBe(404);
    const q = await shop.graphql(
      `{ a: repository(owner: "acme", name: "shop") { name } b: repository(owner: "acme", name: "changes") { name } }`,
    );
    expect(q.body.data.a).toEqual({ name: "shop" });
    expect(q.body.errors?.[0]?.type).toBe("NOT_FOUND");
  });

  it("never reach a repository outside the installation", async () => {
    const { token } = await installationToken();
    expect((await api(sb, token).get("/repos/acme/secret")).status).toBe(404);
    const refused = await call("POST", "/app/installations/501/access_tokens", `Bearer ${jwt()}`, {
      repositories: ["secret"],
    });
    expect(refused.status).toBe(422);
  });

  it("are narrowed to the permissions asked for, and cannot exceed the installation's", async () => {
    const { token, permissions } = await installationToken({ permissions: { issues: "read" } });
    expect(permissions).toEqual({ metadata: "read", issues: "read" });
    const res = await api(sb, token).post("/repos/acme/shop/issues/1/comments", { body: "hi" });
    expect(res.status).toBe(403);
    const refused = await call("POST", "/app/installations/501/access_tokens", `Bearer ${jwt()}`, {
      permissions: { administration: "write" },
    });
    expect(refused.status).toBe(422);
  });

  it("expire an hour later, by GitHub's clock", async () => {
    const { token, expires_at } = await installationToken();
    expect(Date.parse(expires_at) - Date.parse(sb.state.now)).toBe(3600_000);
    const before = sb.state.now;
    sb.setNow(new Date(Date.parse(expires_at) + 1000).toISOString());
    try {
      expect((await api(sb, token).get("/repos/acme/shop")).status).toBe(401);
    } finally {
      sb.setNow(before);
    }
  });
});

describe("webhook deliveries", () => {
  let hooks: Awaited<ReturnType<typeof webhookReceiver>>;
  let failing = false;
  beforeAll(async () => {
    hooks = await webhookReceiver(() => (failing ? 503 : 200));
    sb.apps.setWebhookUrl("gatehouse", hooks.url);
  });
  afterEach(() => {
    failing = false;
  });
  afterAll(async () => {
    sb.apps.setWebhookUrl("gatehouse", null);
    await hooks.close();
  });

  /**
   * A webhook payload's schema, with users and repositories taken as any object (their REST shapes
   * are checked where the REST answers are) and duplicate enum items (GitHub's description has
   * some) removed so that ajv compiles it.
   */
  const schema = (name: string) => {
    const loose = new Set([
      "simple-user",
      "nullable-simple-user",
      "repository-webhooks",
      "organization-simple-webhooks",
    ]);
    const tidy = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(tidy);
      if (!v || typeof v !== "object") return v;
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v))
        out[k] = k === "enum" && Array.isArray(x) ? [...new Set(x)] : tidy(x);
      return out;
    };
    const json = tidy(description().toJsonSchema({ $ref: `#/components/schemas/${name}` })) as {
      definitions: Record<string, unknown>;
    };
    for (const d of loose) if (d in json.definitions) json.definitions[d] = { type: ["object", "null"] };
    return description().compileBody(json as Record<string, unknown>);
  };

  it("holds a job on the App's rule and sends deployment_protection_rule, signed, in GitHub's shape", async () => {
    hooks.received.length = 0;
    const { run, gates } = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await sb.apps.idle();
    expect(run.status).toBe("waiting");
    expect(gates.map((g) => g.state)).toEqual(["pending"]);
    expect(hooks.received).toHaveLength(1);
    const { headers, body } = hooks.received[0]!;
    expect(headers["x-github-event"]).toBe("deployment_protection_rule");
    expect(headers["x-hub-signature-256"]).toBe(
      `sha256=${createHmac("sha256", "s3cret").update(body).digest("hex")}`,
    );
    const payload = JSON.parse(body);
    expect(payload).toMatchObject({
      action: "requested",
      environment: "production",
      sha: run.headSha,
      ref: "refs/heads/main",
      installation: { id: 501 },
      deployment_callback_url: `${sb.apiUrl}/repos/acme/shop/actions/runs/${run.id}/deployment_protection_rule`,
    });
    const validate = schema("webhook-deployment-protection-rule-requested");
    expect(validate(payload), JSON.stringify(validate.errors)).toBe(true);
    const waiting = await api(sb).get("/repos/acme/shop/actions/runs?status=waiting");
    expect(waiting.data.workflow_runs.map((r: { id: number }) => r.id)).toEqual([run.id]);
    // Narrowed to a commit, as GitHub's head_sha parameter does.
    const atHead = await api(sb).get(`/repos/acme/shop/actions/runs?status=waiting&head_sha=${run.headSha}`);
    expect(atHead.data.workflow_runs.map((r: { id: number }) => r.id)).toEqual([run.id]);
    const elsewhere = await api(sb).get(
      `/repos/acme/shop/actions/runs?status=waiting&head_sha=${"0".repeat(40)}`,
    );
    expect(elsewhere.data).toMatchObject({ total_count: 0, workflow_runs: [] });
    const pending = await api(sb).get(`/repos/acme/shop/actions/runs/${run.id}/pending_deployments`);
    expect(pending.data.map((p: { environment: { name: string } }) => p.environment.name)).toEqual([
      "production",
    ]);
  });

  it("sends issue_comment and issues events for what people do on issues", async () => {
    hooks.received.length = 0;
    await api(sb, "alice-token").post("/repos/acme/shop/issues/1/comments", { body: "/approve" });
    await api(sb, "alice-token").post("/repos/acme/shop/issues/1/labels", { labels: ["change/approved"] });
    await sb.apps.idle();
    const events = hooks.received.map((r) => `${r.headers["x-github-event"]}.${JSON.parse(r.body).action}`);
    expect(events).toEqual(["issue_comment.created", "issues.labeled"]);
    const comment = JSON.parse(hooks.received[0]!.body);
    expect(comment).toMatchObject({
      comment: { body: "/approve" },
      issue: { number: 1 },
      installation: { id: 501 },
    });
    const validate = schema("webhook-issue-comment-created");
    expect(validate(comment), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const labeled = JSON.parse(hooks.received[1]!.body);
    expect(labeled).toMatchObject({ label: { name: "change/approved" }, sender: { login: "alice" } });
    const validateLabel = schema("webhook-issues-labeled");
    expect(validateLabel(labeled), JSON.stringify(validateLabel.errors?.slice(0, 3))).toBe(true);
  });

  it("lists deliveries newest first with their outcome, and redelivers a failed one with the same guid", async () => {
    failing = true;
    sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await sb.apps.idle();
    failing = false;
    const failed = await call("GET", "/app/hook/deliveries?status=failure", `Bearer ${jwt()}`);
    expect(failed.status).toBe(200);
    const [first] = failed.data as { id: number; guid: string; status_code: number; event: string }[];
    expect(first).toMatchObject({ status_code: 503, event: "deployment_protection_rule", redelivery: false });
    expect((await call("POST", `/app/hook/deliveries/${first!.id}/attempts`, `Bearer ${jwt()}`)).status).toBe(
      202,
    );
    await sb.apps.idle();
    const all = await call("GET", "/app/hook/deliveries?per_page=100", `Bearer ${jwt()}`);
    const again = all.data.find(
      (d: { guid: string; redelivery: boolean }) => d.guid === first!.guid && d.redelivery,
    );
    expect(again).toMatchObject({ status_code: 200, status: "OK" });
    const one = await call("GET", `/app/hook/deliveries/${again.id}`, `Bearer ${jwt()}`);
    expect(one.data.request.payload.action).toBe("requested");
  });

  it("pages the deliveries list with a cursor", async () => {
    const page1 = await call("GET", "/app/hook/deliveries?per_page=2", `Bearer ${jwt()}`);
    expect(page1.data).toHaveLength(2);
    const next = /<([^>]+)>; rel="next"/.exec(page1.headers.get("link") ?? "")?.[1];
    expect(next).toContain("cursor=");
    const page2 = await call("GET", next!.slice(sb.apiUrl.length), `Bearer ${jwt()}`);
    expect(page2.data[0].id).toBeLessThan(page1.data[1].id);
  });
});

describe("the protection rule's answer", () => {
  const rule = (runId: number) => `/repos/acme/shop/actions/runs/${runId}/deployment_protection_rule`;

  it("takes status reports, then one answer; refuses a second, another environment, and other tokens", async () => {
    const { run, gates, deployment } = sb.apps.requestDeployment({
      repository: "acme/shop",
      environment: "production",
    });
    const { token } = await installationToken({
      repositories: ["shop"],
      permissions: { deployments: "write" },
    });
    // Installation 601 belongs to another App: gatehouse's JWT cannot mint a token for it.
    expect((await call("POST", "/app/installations/601/access_tokens", `Bearer ${jwt()}`, {})).status).toBe(
      404,
    );
    const auth = `token ${token}`;

    expect(
      (
        await call("POST", rule(run.id), auth, {
          environment_name: "production",
          comment: "Waiting for 1 approval on #1",
        })
      ).status,
    ).toBe(204);
    expect(gates[0]!.reports.map((r) => r.comment)).toEqual(["Waiting for 1 approval on #1"]);
    expect(run.status).toBe("waiting");

    expect(
      (
        await call("POST", rule(run.id), auth, {
          environment_name: "staging",
          state: "approved",
          comment: "x",
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call("POST", rule(run.id), `token ${sb.token}`, {
          environment_name: "production",
          state: "approved",
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call("POST", rule(run.id), `Bearer ${jwt()}`, {
          environment_name: "production",
          state: "approved",
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call("POST", rule(run.id), auth, {
          environment_name: "production",
          state: "approved",
          comment: "x".repeat(1025),
        })
      ).status,
    ).toBe(422);

    expect(
      (
        await call("POST", rule(run.id), auth, {
          environment_name: "production",
          state: "approved",
          comment: "All changes approved.",
        })
      ).status,
    ).toBe(204);
    expect(gates[0]).toMatchObject({ state: "approved", comment: "All changes approved." });
    expect(run.status).toBe("in_progress");
    expect(run.pendingEnvironments).toEqual([]);
    expect(deployment.statuses.map((s) => s.state)).toEqual(["in_progress"]);

    const second = await call("POST", rule(run.id), auth, {
      environment_name: "production",
      state: "rejected",
      comment: "no",
    });
    expect(second.status).toBe(422);
    expect(gates[0]!.state).toBe("approved");
  });

  it("refuses a token of another App, and waits for every App whose rule is on the environment", async () => {
    const { run } = sb.apps.requestDeployment({ repository: "acme/shop", environment: "staging" });
    expect(run.gates.map((g) => g.appId).sort()).toEqual([77, 78]);
    const otherJwt = signAppJwt(sb.apps.get("other"), { iat: T - 30, exp: T + 500 });
    const minted = await call("POST", "/app/installations/601/access_tokens", `Bearer ${otherJwt}`, {});
    const { token } = await installationToken();
    const mine = (state: string) =>
      call("POST", rule(run.id), `token ${token}`, { environment_name: "staging", state, comment: "ok" });
    expect((await mine("approved")).status).toBe(204);
    expect(run.status).toBe("waiting");
    expect(
      (
        await call("POST", rule(run.id), `token ${minted.data.token}`, {
          environment_name: "staging",
          state: "rejected",
          comment: "no",
        })
      ).status,
    ).toBe(204);
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
  });

  it("keeps at most 10 status reports", async () => {
    const { run } = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    const { token } = await installationToken();
    const report = () =>
      call("POST", rule(run.id), `token ${token}`, {
        environment_name: "production",
        comment: "still waiting",
      });
    for (let i = 0; i < 10; i++) expect((await report()).status).toBe(204);
    expect((await report()).status).toBe(422);
  });

  it("holds nothing where no App's rule is enabled", () => {
    const { run, gates } = sb.apps.requestDeployment({ repository: "acme/shop", environment: "testing" });
    expect(gates).toEqual([]);
    expect(run.status).toBe("in_progress");
  });
});

describe("Apps in a scenario", () => {
  it("refuses an environment naming no App's slug, and a selected repository the scenario lacks", async () => {
    await expect(
      startSandbox({ repos: [{ repo: "a/b", environments: [{ name: "prod", protectionRules: ["nope"] }] }] }),
    ).rejects.toThrow(/protection rule "nope", which is no App's slug/);
    await expect(
      startSandbox({ apps: [{ slug: "x", installations: [{ account: "a", repositories: ["a/zz"] }] }] }),
    ).rejects.toThrow(/selects a\/zz/);
  });
});
