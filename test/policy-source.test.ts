/**
 * The policy is the default branch's, read by its full name (`refs/heads/main`): a tag named like the
 * branch, or any other ref, cannot stand in with a looser policy. Anyone with Write can push a tag.
 * The built bundles, against the sandbox (which resolves short names as git does: tags first).
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Scenario } from "../packages/sandbox/src/scenario";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/server";
import { changeRequest, RUN_ID, type World, world } from "./change-gate.fixture";
import { runAction } from "./harness";

let sandboxes: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
});
async function sandbox(scenario: Scenario): Promise<Sandbox> {
  const sb = await startSandbox(scenario);
  sandboxes.push(sb);
  return sb;
}

/** Names mallory, who approved the change request, as an approver. */
const LOOSE = "version: 1\napprovals:\n  approvers:\n    users: [mallory]\n";

/** The gate's world with a ref named `name` whose policy is the loose one. */
function gateWorld(ref: { tag?: string; branch?: string }): Scenario {
  const w: World = { crs: [changeRequest(5, { approvedBy: ["mallory"] })] };
  const scenario = world(w);
  const repo = scenario.repos![0]!;
  if (ref.tag) {
    repo.tags = { [ref.tag]: "chore: initial" };
    repo.filesAt = { [`refs/tags/${ref.tag}`]: { ".github/gatehouse.yml": LOOSE } };
  }
  if (ref.branch) {
    repo.branches = { [ref.branch]: "chore: initial" };
    repo.filesAt = { ...repo.filesAt, [`refs/heads/${ref.branch}`]: { ".github/gatehouse.yml": LOOSE } };
  }
  return scenario;
}

describe("the policy is the default branch's", () => {
  it("change-gate: a tag named like the default branch with a looser policy does not count", async () => {
    const sb = await sandbox(gateWorld({ tag: "main" }));
    const result = await runAction("change-gate", {
      sandbox: sb,
      inputs: { environment: "production" },
      runId: RUN_ID,
    });
    expect(result.outputs.decision).toBe("block");
    expect(result.outputs.reasons).toContain("it needs 1 approval at medium risk; none counts");
    expect(JSON.parse(result.outputs["change-requests"]!)[0].authorised).toBe(false);
    expect(result.summary).toContain(".github/gatehouse.yml@refs/heads/main");
  });

  it("change-gate: an event that names another branch as the default one blocks", async () => {
    const sb = await sandbox(gateWorld({ branch: "loosen" }));
    const result = await runAction("change-gate", {
      sandbox: sb,
      inputs: { environment: "production" },
      runId: RUN_ID,
      event: { repository: { full_name: "acme/shop", default_branch: "loosen" } },
    });
    expect(result.outputs.decision).toBe("block");
    expect(result.outputs.reasons).toContain(
      "This run names `loosen` as the default branch, but GitHub says it is `main`: the policy is read from the default branch only",
    );
  });

  it("change-gate: a `policy-ref` that is a plain name is the branch, never a tag named alike", async () => {
    const sb = await sandbox({
      ...gateWorld({ tag: "policy" }),
    });
    const repo = sb.state.repos[0]!;
    repo.refs.set("refs/heads/policy", repo.refs.get("refs/heads/main")!);
    const branch = await runAction("change-gate", {
      sandbox: sb,
      inputs: { environment: "production", "policy-ref": "policy" },
      runId: RUN_ID,
    });
    expect(branch.outputs.decision).toBe("block"); // the branch holds the default branch's strict policy
    expect(branch.summary).toContain(".github/gatehouse.yml@refs/heads/policy");
    const tag = await runAction("change-gate", {
      sandbox: sb,
      inputs: { environment: "production", "policy-ref": "refs/tags/policy" },
      runId: RUN_ID,
    });
    expect(tag.outputs.decision).toBe("allow"); // asked for by its full name: the workflow's choice
    const missing = await runAction("change-gate", {
      sandbox: sb,
      inputs: { environment: "production", "policy-ref": "nothing" },
      runId: RUN_ID,
    });
    expect(missing.outputs.reasons).toContain(
      "The policy ref `nothing` does not exist in acme/shop (read as `refs/heads/nothing`): fix the `policy-ref` input — a branch name, `refs/tags/<tag>` for a tag, or a full commit SHA.",
    );
  });

  it("freeze-window: a tag named like the default branch without the freeze does not lift it", async () => {
    const strict = `version: 1
freeze:
  timezone: Europe/Berlin
  windows:
    - { name: Weekend, start: "0 18 * * FRI", end: "0 6 * * MON" }
`;
    const sb = await sandbox({
      now: "2026-12-05T10:00:00Z", // a Saturday
      repos: [
        {
          repo: "acme/shop",
          environments: ["production"],
          commits: [{ message: "chore: initial" }],
          tags: { main: "chore: initial" },
          files: { ".github/gatehouse.yml": strict },
          filesAt: { "refs/tags/main": { ".github/gatehouse.yml": "version: 1\n" } },
        },
      ],
    });
    const result = await runAction("freeze-window", { sandbox: sb, inputs: { environment: "production" } });
    expect(result.outputs.frozen).toBe("true");
    expect(result.outputs.window).toBe("Weekend");
    expect(sb.requests[0]?.path).toBe(
      "/repos/acme/shop/contents/.github%2Fgatehouse.yml?ref=refs%2Fheads%2Fmain",
    );
  });

  it("freeze-window: a missing `policy-ref` fails closed instead of falling back to no freezes", async () => {
    const sb = await sandbox({
      now: "2026-12-05T10:00:00Z",
      repos: [{ repo: "acme/shop", commits: [{ message: "chore: initial" }] }],
    });
    const result = await runAction("freeze-window", {
      sandbox: sb,
      inputs: { environment: "production", "policy-ref": "release" },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.frozen).toBe("true");
    expect(result.stdout).toContain(
      "The policy ref `release` does not exist in acme/shop (read as `refs/heads/release`)",
    );
  });
});
