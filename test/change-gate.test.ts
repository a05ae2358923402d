/**
 * change-gate: the built bundle, run as the runner runs it, against the sandbox. Assertions are on
 * what people see: outputs, the job summary, the comments left on change requests.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/server";
import { changeRequest, NOW, POLICY, pull, RUN_ID, type World, world } from "./change-gate.fixture";
import { type RunResult, runAction } from "./harness";

let sandboxes: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
});

async function gate(
  w: World,
  inputs: Record<string, string> = {},
  opts: { token?: string; now?: string; runAttempt?: number; sb?: Sandbox } = {},
) {
  const sb = opts.sb ?? (await startSandbox(world(w)));
  if (!opts.sb) sandboxes.push(sb);
  const result = await runAction("change-gate", {
    sandbox: sb,
    inputs: { environment: "production", ...inputs },
    env: { GATEHOUSE_NOW: opts.now ?? NOW },
    runId: RUN_ID,
    runAttempt: opts.runAttempt ?? 1,
    ...(opts.token ? { token: opts.token } : {}),
  });
  return { sb, result, reasons: JSON.parse(result.outputs.reasons ?? "null") as string[] };
}

const crComments = (sb: Sandbox, number: number, repo = "acme/shop") =>
  sb.state.repos
    .find((r) => `${r.owner}/${r.name}` === repo)!
    .issues.find((i) => i.number === number)!
    .comments.filter((c) => c.body.includes("<!-- gatehouse:change-gate:"));

function expectBlocked(result: RunResult, reasons: string[], match: RegExp) {
  expect(result.outputs.decision).toBe("block");
  expect(result.exitCode).toBe(1);
  expect(
    reasons.some((r) => match.test(r)),
    `reasons: ${JSON.stringify(reasons, null, 2)}`,
  ).toBe(true);
}

describe("change-gate", () => {
  it("allows a deployment whose pull requests link approved change requests", async () => {
    const { sb, result, reasons } = await gate({});
    expect(result.stderr).toBe("");
    expect(reasons).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.decision).toBe("allow");
    expect(result.outputs.risk).toBe("medium");
    expect(JSON.parse(result.outputs["change-requests"]!)).toEqual([
      {
        repository: "acme/shop",
        number: 5,
        title: "Change 5",
        type: "normal",
        risk: "medium",
        approvers: [{ login: "carol", at: "2026-03-02T10:00:00.000Z" }],
        url: `${sb.url}/acme/shop/issues/5`,
        authorised: true,
      },
    ]);
    expect(JSON.parse(result.outputs["pull-requests"]!)).toEqual([
      expect.objectContaining({
        number: 12,
        title: "Add billing",
        "change-requests": ["acme/shop#5"],
        covered: true,
      }),
    ]);
    expect(result.summary).toMatch(/^## ✅ change-gate: deployment to production allowed/);
    expect(result.summary).toContain("compare");
    expect(crComments(sb, 5)).toHaveLength(1);
    expect(crComments(sb, 5)[0]!.body).toContain("Deployment to production allowed");
    expect(sb.violations).toEqual([]);
  });
});
