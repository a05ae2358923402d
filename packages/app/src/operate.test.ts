/**
 * Running the App: health and readiness, graceful shutdown, structured logs, tokens narrowed to
 * what each step needs, and several replicas behind one load balancer — each against the sandbox
 * playing GitHub.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "./app";
import { configFor, memoryLog, SECRET, scriptedDecide, startWithSandbox, until } from "./app.fixture";
import type { Decide } from "./decision";
import { NEEDED_PERMISSIONS, TOKEN_PURPOSES } from "./github";

type Started = Awaited<ReturnType<typeof startWithSandbox>>;
let running: Started | undefined;
const extraApps: RunningApp[] = [];
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(extraApps.splice(0).map((a) => a.close(500)));
  await running?.app.close(500);
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
  await running?.sb.close();
  running = undefined;
});

async function chen(sb: Started["sb"], method: string, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${sb.apiUrl}${path}`, {
    method,
    headers: { authorization: "token chen-token", "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBeLessThan(300);
}

/** A decision that waits until `release()` is called, then decides as `scriptedDecide`. */
function heldDecide(state: { calls: number }): { decide: Decide; started: Promise<void>; release(): void } {
  let release = () => {};
  let started = () => {};
  const gate = new Promise<void>((r) => {
    release = r;
  });
  const startedP = new Promise<void>((r) => {
    started = r;
  });
  const inner = scriptedDecide(state);
  return {
    started: startedP,
    release,
    decide: async (targets, access, now) => {
      started();
      await gate;
      return inner(targets, access, now);
    },
  };
}

describe("health and readiness", () => {
  it("says it serves, at GitHub's time, and is ready once its credentials are checked", async () => {
    running = await startWithSandbox({ calls: 0 });
    const { app, sb } = running;
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200);
    const body = (await health.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: "ok", clockSynced: true, holds: 0 });
    // GitHub's time (the sandbox's clock, months from this machine's), not the server's.
    expect(Math.abs(Date.parse(String(body.githubTime)) - Date.parse(sb.state.now))).toBeLessThan(60_000);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    expect(await (await fetch(`${app.url}/readyz`)).json()).toEqual({ ready: true });
    const wrongPath = await fetch(`${app.url}/hooks`, { method: "POST", body: "{}" });
    expect(wrongPath.status).toBe(404);
    expect((await fetch(`${app.url}/webhooks`)).status).toBe(405);
  });
});

/** An approved change request, and a deployment whose decision is under way until `held.release()`. */
async function approvedDeploymentUnderWay() {
  const state = { calls: 0 };
  const held = heldDecide(state);
  running = await startWithSandbox(state, { decide: held.decide });
  const { sb, app } = running;
  await chen(sb, "POST", "/repos/acme/shop/issues/1/labels", { labels: ["change/approved"] });
  const { gates } = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
  await held.started;
  return { state, held, sb, app, gates };
}

describe("graceful shutdown", () => {
  it("takes no new delivery once asked to stop, and answers the one under way before it exits", async () => {
    const { held, sb, app, gates } = await approvedDeploymentUnderWay();

    let closed = false;
    const closing = app.close(10_000).then(() => {
      closed = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    // The listener is closed: a load balancer's next delivery goes to another replica.
    await expect(fetch(`${app.url}/readyz`)).rejects.toThrow();
    expect(closed).toBe(false);

    held.release();
    await closing;
    await sb.apps.idle();
    expect(gates[0]!.state).toBe("approved");
    expect(sb.state.deliveries.find((d) => d.event === "deployment_protection_rule")).toMatchObject({
      statusCode: 200,
    });
    expect(running!.lines.at(-1)).toMatchObject({ level: "info", msg: "Gatehouse App stopped" });
  });

  it("stops after its grace period when a delivery takes longer, leaving the rule pending for the next start", async () => {
    const { state, held, sb, app, gates } = await approvedDeploymentUnderWay();
    const t0 = performance.now();
    await app.close(200);
    expect(performance.now() - t0).toBeLessThan(5_000);
    await sb.apps.idle();
    expect(gates[0]!.state).toBe("pending");
    expect(sb.state.deliveries.find((d) => d.event === "deployment_protection_rule")!.statusCode).not.toBe(
      200,
    );

    // The next start (any replica) finds the run still waiting and answers it once.
    const next = await startApp({
      config: configFor(sb),
      decide: scriptedDecide(state),
      log: memoryLog().log,
    });
    extraApps.push(next);
    sb.apps.setWebhookUrl("gatehouse", next.webhookUrl);
    await next.recovered;
    await sb.apps.idle();
    expect(gates[0]!.state).toBe("approved");
    held.release(); // the abandoned decision ends; its answer is refused as answered already
  });
});

describe("structured logs", () => {
  it("writes one JSON object per line, with the delivery, the deployment and the decision, and never a secret", async () => {
    const raw: string[] = [];
    running = await startWithSandbox({ calls: 0 });
    const { sb } = running;
    await chen(sb, "POST", "/repos/acme/shop/issues/1/labels", { labels: ["change/approved"] });
    const { run } = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await sb.apps.idle();
    raw.push(...running.lines.map((l) => JSON.stringify(l)));

    for (const line of running.lines) {
      expect(line).toEqual(
        expect.objectContaining({
          time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
          level: expect.stringMatching(/^(info|warn|error)$/),
          msg: expect.any(String),
        }),
      );
    }
    const delivery = sb.state.deliveries.find((d) => d.event === "deployment_protection_rule")!;
    expect(running.lines).toContainEqual(
      expect.objectContaining({
        msg: "deployment approved",
        repository: "acme/shop",
        run: run.id,
        environment: "Production",
        decision: "approved",
        ms: expect.any(Number),
      }),
    );
    expect(running.lines).toContainEqual(
      expect.objectContaining({
        msg: "delivery handled",
        delivery: delivery.guid,
        event: "deployment_protection_rule",
      }),
    );
    const text = raw.join("\n");
    const tokens = sb.state.tokens.filter((t) => t.installationId !== undefined).map((t) => t.value);
    expect(tokens.length).toBeGreaterThan(0);
    for (const secret of [SECRET, ...tokens, "PRIVATE KEY"]) expect(text).not.toContain(secret);
  });
});

describe("installation tokens", () => {
  it("are narrowed to the repository and to the permissions each step needs, and GitHub holds them to it", async () => {
    running = await startWithSandbox({ calls: 0 });
    const { sb } = running;
    const { gates } = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await sb.apps.idle();
    await chen(sb, "POST", "/repos/acme/shop/issues/1/labels", { labels: ["change/approved"] });
    await until(() => gates[0]!.state === "approved", 10_000, "the answer");

    const minted = sb.state.tokens.filter((t) => t.installationId === 77);
    // GitHub adds metadata: read to every token.
    const shape = (t: (typeof minted)[number]) => {
      const { metadata, ...permissions } = t.permissions;
      expect(metadata).toBe("read");
      return JSON.stringify([t.repositories ?? "all", permissions]);
    };
    const shapes = new Set(minted.map(shape));
    expect(shapes).toEqual(
      new Set([
        JSON.stringify([["acme/shop"], NEEDED_PERMISSIONS]),
        JSON.stringify([["acme/shop"], TOKEN_PURPOSES.answer]),
        JSON.stringify([["acme/shop"], TOKEN_PURPOSES.readChangeRequest]),
        // The sweep lists the installation's repositories and their waiting runs, nothing more.
        JSON.stringify(["all", TOKEN_PURPOSES.listWaitingRuns]),
      ]),
    );

    const as = (token: string, method: string, path: string, body?: unknown) =>
      fetch(`${sb.apiUrl}${path}`, {
        method,
        headers: { authorization: `token ${token}`, "content-type": "application/json" },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }).then((r) => r.status);
    const byShape = (repos: unknown, permissions: object) =>
      minted.find((t) => shape(t) === JSON.stringify([repos, permissions]))!.value;
    const decision = byShape(["acme/shop"], NEEDED_PERMISSIONS);
    const reader = byShape(["acme/shop"], TOKEN_PURPOSES.readChangeRequest);
    const lister = byShape("all", TOKEN_PURPOSES.listWaitingRuns);
    // Another repository of the same installation is out of a decision's reach.
    expect(await as(decision, "GET", "/repos/acme/shop/issues/1")).toBe(200);
    expect(await as(decision, "GET", "/repos/acme/payroll/issues/1")).toBe(404);
    // Reading the change request's comments cannot write them.
    expect(await as(reader, "GET", "/repos/acme/shop/issues/1/comments")).toBe(200);
    expect(await as(reader, "POST", "/repos/acme/shop/issues/1/comments", { body: "x" })).toBe(403);
    // The sweep's token sees every repository's runs but no issue.
    expect(await as(lister, "GET", "/repos/acme/payroll/actions/runs")).toBe(200);
    expect(await as(lister, "GET", "/repos/acme/payroll/issues/1")).toBe(403);
  });
});

/** A load balancer: each request goes to the next replica in turn. */
async function roundRobin(upstreams: () => string[]): Promise<{ url: string; sent: number[] }> {
  const sent: number[] = [];
  let next = 0;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const list = upstreams();
    const i = next++ % list.length;
    sent.push(i);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (typeof v === "string" && k !== "host" && k !== "content-length") headers[k] = v;
    try {
      const r = await fetch(`${list[i]}${req.url}`, {
        method: req.method ?? "POST",
        headers,
        body: Buffer.concat(chunks),
      });
      res.writeHead(r.status, { "content-type": "application/json" });
      res.end(Buffer.from(await r.arrayBuffer()));
    } catch {
      res.writeHead(502);
      res.end();
    }
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sent };
}

describe("several replicas", () => {
  it("two Apps behind one load balancer answer each deployment once, whichever replica hears what", async () => {
    const state = { calls: 0 };
    running = await startWithSandbox(state);
    const { sb } = running;
    const second = memoryLog();
    const b = await startApp({
      config: configFor(sb),
      decide: scriptedDecide(state),
      log: second.log,
      retryBaseMs: 5,
      answer: { backoffMs: 5, timeoutMs: 2000 },
    });
    extraApps.push(b);
    await b.recovered;
    const replicas = [running.app, b];
    const lb = await roundRobin(() => replicas.map((r) => r.url));
    sb.apps.setWebhookUrl("gatehouse", `${lb.url}/webhooks`);

    const requested = Array.from({ length: 6 }, () =>
      sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" }),
    );
    await sb.apps.idle();
    expect(new Set(lb.sent)).toEqual(new Set([0, 1])); // both replicas took requests
    for (const r of requested) expect(r.gates[0]!.state).toBe("pending");

    // The approval reaches one replica while both sweep the waiting runs at the same moment.
    await chen(sb, "POST", "/repos/acme/shop/issues/1/labels", { labels: ["change/approved"] });
    await Promise.all([running.app.sweep(), b.sweep(), sb.apps.idle()]);
    await until(() => requested.every((r) => r.gates[0]!.state !== "pending"), 10_000, "the answers");

    for (const r of requested) {
      expect(r.gates[0]!.state).toBe("approved");
      expect(r.run.status).toBe("in_progress");
    }
    // Each deployment was approved by exactly one replica; the others found it answered already.
    const approvedLines = () =>
      [...running!.lines, ...second.lines].filter((l) => l.msg === "deployment approved");
    await until(() => approvedLines().length >= requested.length, 10_000, "the replicas' logs");
    const approvedBy = approvedLines().map((l) => l.run);
    expect(approvedBy.sort()).toEqual(requested.map((r) => r.run.id).sort());
    // The change request keeps one comment per deployment, not one per replica.
    const marked = sb.state.repos[0]!.issues[0]!.comments.filter((c) =>
      c.body.includes("gatehouse:change-gate"),
    );
    expect(marked).toHaveLength(6);
    expect(sb.violations).toEqual([]);
  });
});
