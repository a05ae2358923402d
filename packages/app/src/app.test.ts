import { createHmac } from "node:crypto";
import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { callbackPosts, SECRET, startWithSandbox, until } from "./app.fixture";
import { MAX_PAYLOAD_BYTES } from "./server";

type Started = Awaited<ReturnType<typeof startWithSandbox>>;
let running: Started | undefined;
afterEach(async () => {
  await running?.app.close(500);
  await running?.sb.close();
  running = undefined;
});

const CALLBACK = "/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule";

async function chen(sb: Started["sb"], method: string, path: string, body: unknown) {
  const res = await fetch(`${sb.apiUrl}${path}`, {
    method,
    headers: { authorization: "token chen-token", "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBeLessThan(300);
}

describe("the Gatehouse App answers GitHub's protection rule", () => {
  it("holds a deployment while an approval is missing, reports why, and lets it go when the approver labels the change request", async () => {
    const state = { calls: 0 };
    running = await startWithSandbox(state);
    const { sb } = running;
    const { run, gates } = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await sb.apps.idle();
    expect(gates[0]).toMatchObject({
      state: "pending",
      reports: [{ comment: "Waiting for 1 approval on #1" }],
    });
    expect(run.status).toBe("waiting");
    expect(sb.state.deliveries.find((d) => d.event === "deployment_protection_rule")).toMatchObject({
      statusCode: 200,
    });

    await chen(sb, "POST", "/repos/acme/shop/issues/1/labels", { labels: ["change/approved"] });
    await until(() => gates[0]!.state !== "pending", 10_000, "the answer");
    expect(gates[0]).toMatchObject({ state: "approved", comment: "Approved: #1 is approved." });
    expect(run.status).toBe("in_progress");
    expect(sb.violations).toEqual([]);
  });

  it("rejects at once on /reject (read as the gate reads it)", async () => {
    running = await startWithSandbox({ calls: 0 });
    const { sb } = running;
    const { gates } = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await sb.apps.idle();
    await chen(sb, "POST", "/repos/acme/shop/issues/1/labels", { labels: ["change/rejected"] });
    await chen(sb, "POST", "/repos/acme/shop/issues/1/comments", { body: "/reject not before the audit" });
    await until(() => gates[0]!.state !== "pending", 10_000, "the answer");
    expect(gates[0]!.state).toBe("rejected");
  });

  it("refuses a forged or missing signature with 401, reading and writing nothing", async () => {
    const state = { calls: 0 };
    running = await startWithSandbox(state);
    const { sb, app } = running;
    sb.apps.setWebhookUrl("gatehouse", null); // the real delivery is not sent: only the forged ones
    const { run } = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await sb.apps.idle();
    const before = sb.requests.length;
    const body = JSON.stringify({
      action: "requested",
      environment: "Production",
      installation: { id: 77 },
      repository: { name: "shop", owner: { login: "acme" } },
      deployment_callback_url: `${sb.apiUrl}/repos/acme/shop/actions/runs/${run.id}/deployment_protection_rule`,
    });
    const post = (signature?: string) =>
      fetch(app.webhookUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-github-event": "deployment_protection_rule",
          "x-github-delivery": "forged-1",
          ...(signature ? { "x-hub-signature-256": signature } : {}),
        },
        body,
      });
    expect((await post()).status).toBe(401);
    expect(
      (await post(`sha256=${createHmac("sha256", "not-the-secret").update(body).digest("hex")}`)).status,
    ).toBe(401);
    expect(
      (await post(`sha256=${createHmac("sha256", SECRET).update(`${body} `).digest("hex")}`)).status,
    ).toBe(401);
    expect(sb.requests.length).toBe(before);
    expect(state.calls).toBe(0);
    expect(run.gates[0]!.state).toBe("pending");
  });

  it("refuses a payload over GitHub's 25 MB with 413, reading and writing nothing, and keeps serving", async () => {
    const state = { calls: 0 };
    running = await startWithSandbox(state);
    const { sb, app } = running;
    const before = sb.requests.length;
    // Signed with the right secret: the size alone refuses it, before anything is parsed.
    const body = JSON.stringify({ action: "requested", padding: "x".repeat(MAX_PAYLOAD_BYTES) });
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        app.webhookUrl,
        {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            "x-github-event": "deployment_protection_rule",
            "x-github-delivery": "too-big-1",
            "x-hub-signature-256": `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`,
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      // The App answers before the whole body is sent, then closes: the rest may fail to go out.
      req.on("error", (e) => setTimeout(() => reject(e), 1000));
      req.end(body);
    });
    expect(status).toBe(413);
    expect(sb.requests.length).toBe(before);
    expect(state.calls).toBe(0);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it("answers a delivery handled twice once: the replay is not answered again, before or after a restart", async () => {
    running = await startWithSandbox({ calls: 0 });
    const { sb } = running;
    await chen(sb, "POST", "/repos/acme/shop/issues/1/labels", { labels: ["change/approved"] });
    const { run, gates } = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await sb.apps.idle();
    expect(gates[0]!.state).toBe("approved");
    const delivery = sb.state.deliveries.find((d) => d.event === "deployment_protection_rule")!;
    const replay = () =>
      fetch(running!.app.webhookUrl, {
        method: "POST",
        headers: delivery.requestHeaders,
        body: delivery.body,
      });

    const again = await replay();
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ status: "handled already" });
    await running.restart();
    const afterRestart = await replay();
    expect(afterRestart.status).toBe(200);
    expect(((await afterRestart.json()) as { outcomes: unknown }).outcomes).toEqual([
      { environment: "Production", result: "not-waiting", comment: "" },
    ]);
    expect(callbackPosts(sb, run.id)).toEqual([204]);
    expect(gates[0]!.state).toBe("approved");
  });

  it("retries an answer GitHub fails with 5xx, and answers once GitHub takes it", async () => {
    running = await startWithSandbox({ calls: 0 });
    const { sb } = running;
    await chen(sb, "POST", "/repos/acme/shop/issues/1/labels", { labels: ["change/approved"] });
    sb.faults.add({ method: "POST", route: CALLBACK, status: 502, times: 2 });
    const { run, gates } = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await sb.apps.idle();
    expect(callbackPosts(sb, run.id)).toEqual([502, 502, 204]);
    expect(gates[0]!.state).toBe("approved");
  });

  it("gives up an answer GitHub does not answer in time, and answers again", async () => {
    running = await startWithSandbox({ calls: 0 }, { answer: { backoffMs: 5, timeoutMs: 300 } });
    const { sb } = running;
    await chen(sb, "POST", "/repos/acme/shop/issues/1/labels", { labels: ["change/approved"] });
    sb.faults.add({ method: "POST", route: CALLBACK, delayMs: 1500, times: 1 });
    const { run, gates } = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await sb.apps.idle();
    expect(gates[0]!.state).toBe("approved");
    expect(callbackPosts(sb, run.id)).toEqual([204]);
    expect(
      running.lines.some((l) => String(l.msg).includes("got no answer (This operation was aborted)")),
    ).toBe(true);
  });

  it("leaves the rule pending when the answer keeps failing — never approved by default — and settles it once GitHub recovers", async () => {
    running = await startWithSandbox({ calls: 0 });
    const { sb, app } = running;
    await chen(sb, "POST", "/repos/acme/shop/issues/1/labels", { labels: ["change/approved"] });
    sb.faults.add({ method: "POST", route: CALLBACK, status: 503, times: Number.POSITIVE_INFINITY });
    const { run, gates } = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await sb.apps.idle();
    expect(callbackPosts(sb, run.id)).toEqual([503, 503, 503, 503]);
    expect(gates[0]!.state).toBe("pending");
    expect(run.status).toBe("waiting");
    expect(sb.state.deliveries.find((d) => d.event === "deployment_protection_rule")).toMatchObject({
      statusCode: 500,
    });

    sb.faults.clear();
    await app.sweep();
    expect(gates[0]!.state).toBe("approved");
  });

  it("recovers what it missed while down: the failed delivery is redelivered and the run answered once", async () => {
    running = await startWithSandbox({ calls: 0 });
    const { sb } = running;
    await chen(sb, "POST", "/repos/acme/shop/issues/1/labels", { labels: ["change/approved"] });
    const port = Number(new URL(running.app.url).port);
    await running.app.close(500);
    const { run, gates } = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await sb.apps.idle();
    expect(sb.state.deliveries.find((d) => d.event === "deployment_protection_rule")).toMatchObject({
      statusCode: 0,
      status: "failed to connect to host",
    });
    expect(gates[0]!.state).toBe("pending");

    void port;
    await running.restart();
    await running.app.recovered;
    await sb.apps.idle();
    expect(gates[0]!.state).toBe("approved");
    expect(sb.state.deliveries.some((d) => d.redelivery && d.event === "deployment_protection_rule")).toBe(
      true,
    );
    expect(callbackPosts(sb, run.id).filter((s) => s === 204)).toHaveLength(1);
  });

  it("holds a deployment through a freeze and resumes the hold after a restart, answering when the freeze ends", async () => {
    const state: { calls: number; freezeUntil?: Date } = { calls: 0 };
    running = await startWithSandbox(state);
    const { sb } = running;
    await chen(sb, "POST", "/repos/acme/shop/issues/1/labels", { labels: ["change/approved"] });
    state.freezeUntil = new Date(Date.parse(sb.state.now) + 60_000);
    const { gates } = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await sb.apps.idle();
    expect(gates[0]!.state).toBe("pending");
    expect(gates[0]!.reports.at(-1)?.comment).toMatch(/^Held by freeze until/);
    expect(running.app.holds.list()).toHaveLength(1);

    await running.restart();
    await running.app.recovered;
    expect(gates[0]!.state).toBe("pending");
    expect(running.app.holds.list()).toEqual([
      { key: expect.stringMatching(/^acme\/shop#\d+:production$/), at: state.freezeUntil.toISOString() },
    ]);

    // GitHub's clock passes the freeze's end; the timer set anew after the restart answers.
    state.freezeUntil = new Date(Date.parse(sb.state.now) + 1500);
    await running.app.sweep();
    sb.setNow(new Date(state.freezeUntil.getTime() + 1000).toISOString());
    await until(() => gates[0]!.state !== "pending", 10_000, "the end of the freeze");
    expect(gates[0]!.state).toBe("approved");
  });
});
