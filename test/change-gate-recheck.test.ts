/**
 * The decision is current when the deployment starts (SECURITY.md): the deploy job runs change-gate
 * again with the assess job's `decision-record` as `recheck`, after the environment's reviewers
 * approved, and it blocks if anything the decision rested on changed while they waited — a
 * `/reject`, an edit of the change request, a new commit, another deployment. The built bundle,
 * run as the runner runs it, against the sandbox.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/server";
import { api } from "../packages/sandbox/src/testing";
import { RUN_ID, type World, world } from "./change-gate.fixture";
import { runAction } from "./harness";

let sandboxes: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
});

const TOKENS = ["alice", "dave", "mallory"].map((user) => ({
  value: `t_${user}`,
  user,
  permissions: { issues: "write" as const, contents: "write" as const, deployments: "write" as const },
}));

async function start(w: World = {}): Promise<Sandbox> {
  const sb = await startSandbox(world({ ...w, extra: { tokens: TOKENS, ...w.extra } }));
  sandboxes.push(sb);
  return sb;
}

/** One job of the run: `assess` decides, `deploy` re-checks the record it was given. */
async function job(sb: Sandbox, inputs: Record<string, string> = {}) {
  const result = await runAction("change-gate", {
    sandbox: sb,
    inputs: { environment: "production", ...inputs },
    runId: RUN_ID,
  });
  return { result, reasons: JSON.parse(result.outputs.reasons ?? "null") as string[] };
}

async function assess(sb: Sandbox, inputs: Record<string, string> = {}) {
  const { result } = await job(sb, inputs);
  expect(result.outputs.decision).toBe("allow");
  const record = result.outputs["decision-record"] ?? "";
  expect(JSON.parse(record)).toMatchObject({ version: 1, decision: "allow", environment: "production" });
  return record;
}

describe("change-gate: the decision is current when the deployment starts", () => {
  it("allows the deploy job when nothing changed while the approval waited, and says it re-checked", async () => {
    const sb = await start();
    const record = await assess(sb);
    const { result } = await job(sb, { recheck: record });
    expect(result.outputs.decision).toBe("allow");
    expect(result.summary).toContain(
      "Re-checked against the assess job's decision: nothing it rested on changed",
    );
    // The same comment on the change request, not a second one.
    const cr = sb.state.repos[0]!.issues.find((i) => i.number === 5)!;
    expect(cr.comments.filter((c) => c.body.includes("gatehouse:change-gate"))).toHaveLength(1);
  });

  it("blocks when an approver rejected the change request meanwhile", async () => {
    const sb = await start();
    const record = await assess(sb);
    expect(
      (await api(sb, "t_dave").post("/repos/acme/shop/issues/5/comments", { body: "/reject" })).status,
    ).toBe(201);
    const { result, reasons } = await job(sb, { recheck: record });
    expect(result.outputs.decision).toBe("block");
    expect(result.exitCode).not.toBe(0);
    expect(reasons.at(-1)).toMatch(
      /^What the assess job decided no longer holds — @dave rejected change request acme\/shop#5 at [0-9-]+ [0-9:]+Z; change request acme\/shop#5 no longer authorises the deployment\. The environment's approval rested on that decision: re-run the workflow/,
    );
  });

  it("blocks when the change request was edited meanwhile", async () => {
    const sb = await start();
    const record = await assess(sb);
    const cr = sb.state.repos[0]!.issues.find((i) => i.number === 5)!;
    const edited = await api(sb, "t_alice").patch("/repos/acme/shop/issues/5", {
      body: `${cr.body}\n\nAlso drops the audit table.`,
    });
    expect(edited.status).toBe(200);
    const { result, reasons } = await job(sb, { recheck: record });
    expect(result.outputs.decision).toBe("block");
    expect(reasons.join("\n")).toMatch(/change request acme\/shop#5 was edited at /);
  });

  it("blocks when the branch it deploys moved on meanwhile", async () => {
    const sb = await start({
      commits: [
        { message: "fix: sneaked in\n\nChange-Request: #5", branch: "next", parents: ["chore: initial"] },
      ],
    });
    const record = await assess(sb, { head: "main" });
    const repo = sb.state.repos[0]!;
    const before = repo.refs.get("refs/heads/main")!;
    const next = repo.refs.get("refs/heads/next")!;
    // Someone with Write moves main while the deployment waits; the deploy job deploys main's tip.
    const moved = await api(sb, "t_mallory").patch("/repos/acme/shop/git/refs/heads/main", {
      sha: next,
      force: true,
    });
    expect(moved.status).toBe(200);
    const { result, reasons } = await job(sb, { recheck: record, head: "main" });
    expect(result.outputs.decision).toBe("block");
    expect(reasons.join("\n")).toContain(
      `the deployed commit is now ${next.slice(0, 7)}, not ${before.slice(0, 7)}`,
    );
  });

  it("refuses a record it cannot read, and one of a blocked decision", async () => {
    const sb = await start();
    const bad = await job(sb, { recheck: "allow" });
    expect(bad.result.outputs.decision).toBe("block");
    expect(bad.reasons).toEqual([
      expect.stringMatching(/^The `recheck` input is not change-gate's decision record \(not JSON\)/),
    ]);
    const record = JSON.parse(await assess(sb));
    const blocked = await job(sb, { recheck: JSON.stringify({ ...record, decision: "block" }) });
    expect(blocked.result.outputs.decision).toBe("block");
    expect(blocked.reasons.at(-1)).toContain("the assess job blocked this deployment");
  });
});
