/**
 * change-gate with the policy's services: `change-requests.bind-services` (an approved change
 * request cannot be borrowed for another service's code) and `change-requests.block-on-conflict`
 * (a change request in conflict in the forward schedule of change does not deploy). The built
 * bundle against the sandbox.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/server";
import { changeRequest, POLICY, pull, RUN_ID, type World, world } from "./change-gate.fixture";
import { runAction } from "./harness";

const SERVICES = `services:
  - name: checkout
    paths: ["services/checkout/**"]
    depends-on: [payments]
  - name: payments
    paths: ["services/payments/**"]
`;

let sandboxes: Sandbox[] = [];
afterEach(async () => {
  const violations = sandboxes.flatMap((s) => s.violations);
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
  expect(violations).toEqual([]);
});

async function gate(w: World) {
  const sb = await startSandbox(world(w));
  sandboxes.push(sb);
  const result = await runAction("change-gate", {
    sandbox: sb,
    inputs: { environment: "production" },
    runId: RUN_ID,
  });
  return { sb, result, reasons: JSON.parse(result.outputs.reasons ?? "null") as string[] };
}

const policy = (settings: string) => `${POLICY}change-requests:\n${settings}${SERVICES}`;
const checkoutCr = (number: number, fields: Record<string, string> = {}, approvedBy = ["carol"]) =>
  changeRequest(number, { fields: { "Services affected": "checkout", ...fields }, approvedBy });
const pullTouching = (path: string) =>
  pull(12, "Change the code", "Change-Request: #5", { files: [{ path, additions: 3, deletions: 1 }] });

describe("change-gate: change-requests.bind-services", () => {
  it("allows a change request's own service's code", async () => {
    const { result, reasons } = await gate({
      policy: policy("  bind-services: true\n"),
      crs: [checkoutCr(5)],
      pulls: [pullTouching("services/checkout/cart.ts")],
    });
    expect(reasons).toEqual([]);
    expect(result.outputs.decision).toBe("allow");
  });

  it("refuses an approved change request borrowed for unrelated code, and says so on it", async () => {
    const { sb, result, reasons } = await gate({
      policy: policy("  bind-services: true\n"),
      crs: [checkoutCr(5)],
      pulls: [pullTouching("services/payments/charge.ts")],
    });
    expect(result.outputs.decision).toBe("block");
    expect(result.exitCode).toBe(1);
    expect(reasons).toEqual([
      expect.stringContaining(
        "PR #12 'Change the code' changes files outside the services #5 names (checkout): `services/payments/charge.ts`",
      ),
    ]);
    const comment = sb.state.repos[0]!.issues.find((i) => i.number === 5)!.comments.find((c) =>
      c.body.includes("<!-- gatehouse:change-gate:"),
    );
    expect(comment?.body).toContain("Deployment to production blocked");
  });

  it("allows the same pull request when the setting is off", async () => {
    const { result } = await gate({
      policy: policy("  block-on-conflict: false\n"),
      crs: [checkoutCr(5)],
      pulls: [pullTouching("services/payments/charge.ts")],
    });
    expect(result.outputs.decision).toBe("allow");
  });
});

describe("change-gate: change-requests.block-on-conflict", () => {
  const window = { "Planned start": "2026-03-02 11:00", "Planned end": "2026-03-02 13:00" };
  const payments = changeRequest(6, {
    fields: {
      "Services affected": "payments",
      "Planned start": "2026-03-02 12:30",
      "Planned end": "2026-03-02 14:00",
    },
    approvedBy: [],
  });

  it("blocks a deployment whose change request conflicts with another planned change", async () => {
    const { result, reasons } = await gate({
      policy: policy("  block-on-conflict: true\n"),
      crs: [checkoutCr(5, window), payments],
      pulls: [pullTouching("services/checkout/cart.ts")],
    });
    expect(result.outputs.decision).toBe("block");
    expect(reasons).toEqual([
      expect.stringMatching(
        /^Change request #5 has an unresolved conflict in the forward schedule of change \(`change-requests.block-on-conflict`\): #5 changes "checkout", which depends on "payments", changed by #6 from .* Move its planned window/,
      ),
    ]);
  });

  it("allows it once the other change moves, and without the setting", async () => {
    const moved = changeRequest(6, {
      fields: {
        "Services affected": "payments",
        "Planned start": "2026-03-02 13:00",
        "Planned end": "2026-03-02 14:00",
      },
      approvedBy: [],
    });
    const after = await gate({
      policy: policy("  block-on-conflict: true\n"),
      crs: [checkoutCr(5, window), moved],
      pulls: [pullTouching("services/checkout/cart.ts")],
    });
    expect(after.reasons).toEqual([]);
    const off = await gate({
      policy: policy("  bind-services: false\n"),
      crs: [checkoutCr(5, window), payments],
      pulls: [pullTouching("services/checkout/cart.ts")],
    });
    expect(off.result.outputs.decision).toBe("allow");
  });
});
