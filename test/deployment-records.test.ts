/**
 * The deployed range comes only from records Gatehouse can trust. Anyone with Write can create a
 * deployment and mark it successful through the API; were that believed, a deployment of the very
 * commit about to go out would make the range empty and let anything through. Only deployments a
 * trusted identity created and marked successful say what an environment runs, and a base the head
 * does not contain blocks unless the deployment is declared a rollback. Built bundle, sandbox.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Scenario } from "../packages/sandbox/src/scenario";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/server";
import { api } from "../packages/sandbox/src/testing";
import { changeRequest, POLICY, pull, RUN_ID, type World, world } from "./change-gate.fixture";
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

/** PR 12 is covered by the approved CR 5; PR 13 links nothing. Production last ran "chore: initial". */
function unapprovedWorld(extra: Partial<World> = {}): Scenario {
  const scenario = world({
    crs: [changeRequest(5)],
    pulls: [
      pull(12, "Add billing", "Change-Request: #5"),
      pull(13, "Sneak a change in", "No change request."),
    ],
    ...extra,
  });
  scenario.users = [...(scenario.users ?? []), "mallory"];
  scenario.tokens = [
    { value: "ghp_mallory", user: "mallory", permissions: { deployments: "write", contents: "read" } },
  ];
  return scenario;
}

const gate = (sb: Sandbox, inputs: Record<string, string> = {}) =>
  runAction("change-gate", { sandbox: sb, inputs: { environment: "production", ...inputs }, runId: RUN_ID });

/** What a colleague with Write does: a deployment of `ref` to production, marked successful. */
async function forgeDeployment(sb: Sandbox, token: string, ref: string, statusToken = token) {
  const created = await api(sb, token).post("/repos/acme/shop/deployments", {
    ref,
    environment: "production",
    required_contexts: [],
    auto_merge: false,
  });
  expect(created.status).toBe(201);
  const status = await api(sb, statusToken).post(`/repos/acme/shop/deployments/${created.data.id}/statuses`, {
    state: "success",
  });
  expect(status.status).toBe(201);
  return created.data as { id: number; sha: string };
}

const shaOf = (sb: Sandbox, subject: string) =>
  [...sb.state.repos[0]!.commits.values()].find((c) => c.message.split("\n")[0] === subject)!.sha;

describe("the deployed range's base", () => {
  it("a successful deployment someone with Write made through the API does not move the base", async () => {
    const sb = await sandbox(unapprovedWorld());
    const forged = await forgeDeployment(sb, "ghp_mallory", "main");
    const result = await gate(sb);
    expect(result.outputs.decision).toBe("block");
    expect(result.outputs["base-sha"]).toBe(shaOf(sb, "chore: initial"));
    expect(result.outputs.reasons).toContain("#13");
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: `The successful deployment of ${forged.sha.slice(0, 7)} to production on 2026-03-02 does not count as what production runs: @mallory created it, and the policy trusts only @github-actions[bot] (\`deployments.trusted-creators\`).`,
      }),
    );
    expect(result.summary).toContain("mallory created it");
  });

  it("nor does a success status someone else set on the workflow's own deployment", async () => {
    const sb = await sandbox(unapprovedWorld());
    const forged = await forgeDeployment(sb, sb.token, "main", "ghp_mallory");
    const result = await gate(sb);
    expect(result.outputs.decision).toBe("block");
    expect(result.outputs["base-sha"]).toBe(shaOf(sb, "chore: initial"));
    expect(result.summary).toContain(`deployment of ${forged.sha.slice(0, 7)}`);
    expect(result.summary).toContain("mallory marked it successful");
  });

  it("the workflow token's deployment counts; a policy that names its deployer trusts only that one", async () => {
    const sb = await sandbox(unapprovedWorld());
    await forgeDeployment(sb, sb.token, "main");
    const trusted = await gate(sb);
    expect(trusted.outputs.decision).toBe("allow"); // nothing new since main was deployed
    expect(trusted.outputs["base-sha"]).toBe(trusted.outputs["head-sha"]);

    sb.state.repos[0]!.contents[".github/gatehouse.yml"] =
      `${POLICY}deployments:\n  trusted-creators: ["deploy-bot[bot]"]\n`;
    const strict = await gate(sb, { base: shaOf(sb, "chore: initial") });
    expect(strict.outputs.decision).toBe("block");
    expect(strict.summary).toContain("the policy trusts only @&#8203;deploy-bot\\[bot\\]");
    expect(strict.outputs["base-sha"]).toBe(shaOf(sb, "chore: initial")); // the `base` input, nothing else
  });
});

describe("a base the head does not contain", () => {
  it("blocks, unless the deployment is declared a rollback", async () => {
    const sb = await sandbox(
      unapprovedWorld({
        pulls: [pull(12, "Add billing", "Change-Request: #5")],
        deployments: [
          {
            environment: "production",
            sha: "Add billing (#12)",
            createdAt: "2026-03-02T11:00:00Z",
            statuses: ["success"],
          },
        ],
      }),
    );
    const initial = shaOf(sb, "chore: initial");
    const back = await gate(sb, { head: initial });
    expect(back.outputs.decision).toBe("block");
    expect(JSON.parse(back.outputs.reasons!)).toEqual([
      `The last successful deployment to production (2026-03-02) is commit ${shaOf(sb, "Add billing (#12)").slice(0, 7)}, which ${initial.slice(0, 7)} does not contain (GitHub compares them as "behind"): deploying it would take changes off production without a change request saying so. If this is a rollback, set the \`rollback\` input to \`true\`; otherwise deploy a commit that contains ${shaOf(sb, "Add billing (#12)").slice(0, 7)}.`,
    ]);
    const rollback = await gate(sb, { head: initial, rollback: "true" });
    expect(rollback.outputs.decision).toBe("allow");
    expect(rollback.summary).toContain("Rollback: production goes from");
    const typo = await gate(sb, { head: initial, rollback: "yes" });
    expect(typo.outputs.decision).toBe("block");
    expect(typo.outputs.reasons).toContain('The `rollback` input is \\"yes\\"');
  });
});

describe("the last trusted deployment, however many deployments came after it", () => {
  it("is found past the newest 50: records pushed in front of it do not move the base to a newer release", async () => {
    // Production last ran "chore: initial" (the workflow's own deployment). Then 60 successful
    // deployments anyone with Write can record, and a release tagged at the head: reading only
    // the newest 50 deployments, the range would start at that release — and be empty.
    const forged = Array.from({ length: 60 }, (_, i) => ({
      environment: "production",
      sha: "main",
      creator: "mallory",
      createdAt: `2026-03-01T${String(10 + Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:00Z`,
      statuses: [{ state: "success", creator: "mallory" }],
    }));
    const sb = await sandbox(
      unapprovedWorld({
        deployments: [
          {
            environment: "production",
            sha: "chore: initial",
            createdAt: "2026-02-01T11:00:00Z",
            statuses: ["success"],
          },
          ...forged,
        ],
        releases: [{ tag: "v1.0.0", target: "main", publishedAt: "2026-03-01T12:00:00Z" }],
      }),
    );
    const result = await gate(sb);
    expect(result.outputs["base-sha"]).toBe(shaOf(sb, "chore: initial"));
    expect(result.outputs.decision).toBe("block");
    expect(result.outputs.reasons).toContain("#13");
    expect(result.summary).toContain("55 more successful deployments by accounts the policy does not trust");
  });
});
