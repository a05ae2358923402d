/**
 * Runs of one commit waiting together: deliveries queued for a slot for the same repository,
 * environment and commit are decided once — after every one of them arrived — and each run gets
 * its own answer, once; a delivery arriving after that decision started gets a decision of its own.
 */
import { marker } from "@gatehouse/core";
import { afterEach, describe, expect, it } from "vitest";
import { callbackPosts, scriptedDecide, startWithSandbox, until } from "./app.fixture";
import type { Decide, DeploymentTarget } from "./decision";

type Started = Awaited<ReturnType<typeof startWithSandbox>>;
let running: Started | undefined;
afterEach(async () => {
  await running?.app.close(500);
  await running?.sb.close();
  running = undefined;
});

/** The scripted decision, each call held until released: the calls' runs, in order. */
function gatedDecide(state: { calls: number }) {
  const inner = scriptedDecide(state);
  const calls: { runs: number[]; release: () => void }[] = [];
  const decide: Decide = async (targets, access, now) => {
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    calls.push({ runs: targets.map((t: DeploymentTarget) => t.runId), release });
    await gate;
    return inner(targets, access, now);
  };
  return { decide, calls };
}

async function queued(app: Started["app"]): Promise<number> {
  const health = (await (await fetch(`${app.url}/healthz`)).json()) as { queued: number };
  return health.queued;
}

async function untilQueued(app: Started["app"], n: number): Promise<void> {
  const end = Date.now() + 10_000;
  while ((await queued(app)) !== n) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${n} queued runs`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function approve(sb: Started["sb"]) {
  const res = await fetch(`${sb.apiUrl}/repos/acme/shop/issues/1/labels`, {
    method: "POST",
    headers: { authorization: "token chen-token", "content-type": "application/json" },
    body: JSON.stringify({ labels: ["change/approved"] }),
  });
  expect(res.status).toBe(200);
}

const gateComments = (sb: Started["sb"], runId: number) =>
  sb.state.repos
    .find((r) => r.name === "shop")!
    .issues.find((i) => i.number === 1)!
    .comments.filter((c) => c.body.includes(marker("change-gate", `acme/shop:production:run-${runId}`)));

describe("runs of one commit waiting together", () => {
  it("decides the runs queued for the same repository, environment and commit once, and answers each once", async () => {
    const state = { calls: 0 };
    const gated = gatedDecide(state);
    running = await startWithSandbox(state, { decide: gated.decide, concurrency: 1 });
    const { sb, app } = running;
    await approve(sb);

    // The first run takes the only slot; the next two queue behind it.
    const a = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await until(() => gated.calls.length === 1, 10_000, "the first decision");
    const b = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    const c = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await untilQueued(app, 2);

    gated.calls[0]!.release();
    await until(() => gated.calls.length === 2, 10_000, "the second decision");
    expect(gated.calls.map((k) => k.runs)).toEqual([[a.run.id], [b.run.id, c.run.id]]);
    gated.calls[1]!.release();
    await sb.apps.idle();

    expect(state.calls).toBe(2);
    for (const { run, gates } of [a, b, c]) {
      expect(gates[0]).toMatchObject({ state: "approved", comment: "Approved: #1 is approved." });
      // One answer each, no second one.
      expect(callbackPosts(sb, run.id)).toEqual([204]);
      // Each run keeps its own comment on the change request.
      expect(gateComments(sb, run.id)).toHaveLength(1);
    }
    expect(sb.violations).toEqual([]);
  });

  it("gives a run arriving once a decision has started a decision of its own, read after it arrived", async () => {
    const state = { calls: 0 };
    const gated = gatedDecide(state);
    running = await startWithSandbox(state, { decide: gated.decide, concurrency: 1 });
    const { sb, app } = running;

    const a = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await until(() => gated.calls.length === 1, 10_000, "the first decision");
    const b = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await untilQueued(app, 1);
    gated.calls[0]!.release();
    // B's decision has started (its slot taken, its runs fixed) when C arrives: C waits for its own.
    await until(() => gated.calls.length === 2, 10_000, "the second decision");
    const c = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await untilQueued(app, 1);
    gated.calls[1]!.release();
    await until(() => gated.calls.length === 3, 10_000, "the third decision");
    gated.calls[2]!.release();
    await sb.apps.idle();

    expect(gated.calls.map((k) => k.runs)).toEqual([[a.run.id], [b.run.id], [c.run.id]]);
    for (const { run, gates } of [a, b, c]) {
      expect(gates[0]).toMatchObject({
        state: "pending",
        reports: [{ comment: "Waiting for 1 approval on #1" }],
      });
      expect(callbackPosts(sb, run.id)).toEqual([204]);
    }
    expect(sb.violations).toEqual([]);
  });

  it("gathers runs of one commit asked about together into one decision, even with slots free", async () => {
    const state = { calls: 0 };
    const gated = gatedDecide(state);
    running = await startWithSandbox(state, { decide: gated.decide });
    const { sb } = running;
    await approve(sb);

    // A burst: three runs of the commit, GitHub's deliveries sent at once.
    const asked = Array.from({ length: 3 }, () =>
      sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" }),
    );
    await until(() => gated.calls.length === 1, 10_000, "the decision");
    // Nothing else comes: the one decision holds all three.
    await new Promise((r) => setTimeout(r, 200));
    expect(gated.calls.map((k) => k.runs)).toEqual([asked.map((a) => a.run.id)]);
    gated.calls[0]!.release();
    await sb.apps.idle();
    for (const { run, gates } of asked) {
      expect(gates[0]).toMatchObject({ state: "approved" });
      expect(callbackPosts(sb, run.id)).toEqual([204]);
    }
    expect(sb.violations).toEqual([]);
  });

  it("decides one commit's batches one after another: a run arriving during its decision waits for it, slots free or not", async () => {
    const state = { calls: 0 };
    const gated = gatedDecide(state);
    running = await startWithSandbox(state, { decide: gated.decide });
    const { sb, app } = running;

    const a = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await until(() => gated.calls.length === 1, 10_000, "the first decision");
    const b = sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" });
    await untilQueued(app, 1);
    // Nine slots are free, yet B's decision waits for A's: two decisions of one commit never race
    // on its change requests' comments.
    await new Promise((r) => setTimeout(r, 300));
    expect(gated.calls).toHaveLength(1);
    gated.calls[0]!.release();
    await until(() => gated.calls.length === 2, 10_000, "the second decision");
    expect(gated.calls.map((k) => k.runs)).toEqual([[a.run.id], [b.run.id]]);
    gated.calls[1]!.release();
    await sb.apps.idle();
    for (const { run, gates } of [a, b]) {
      expect(gates[0]).toMatchObject({
        state: "pending",
        reports: [{ comment: "Waiting for 1 approval on #1" }],
      });
      expect(callbackPosts(sb, run.id)).toEqual([204]);
    }
    expect(sb.violations).toEqual([]);
  });
});
