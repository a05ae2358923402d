/**
 * The reusable workflow (.github/workflows/change-managed-deploy.yml) a team adopts with one
 * `uses:` line, run step by step against the sandbox as a runner would run it for a caller:
 * its jobs in order, each Gatehouse step's bundle (named gatehouse/gatehouse/actions/<name>@v1,
 * as a caller's run resolves them) with the inputs the workflow gives it, and the caller's deploy
 * command stood in for by what it leaves in the workspace.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/server";
import { changeRequest, pull, RUN_ID, type World, world } from "./change-gate.fixture";
import { repoRoot } from "./harness";
import { evaluate, readWorkflow, runWorkflow } from "./workflow";

const workflow = readWorkflow(join(repoRoot, ".github", "workflows", "change-managed-deploy.yml"));
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The caller: `uses: gatehouse/gatehouse/.github/workflows/change-managed-deploy.yml@v1` with these. */
const CALLER = {
  environment: "production",
  "deploy-command": "./scripts/deploy.sh production",
  files: "dist/*.tar.gz",
  "change-request": "",
  version: "",
  runway: "0",
  "runs-on": "ubuntu-latest",
};

async function callWorkflow(w: World, inputs: Record<string, unknown>) {
  const sb = await startSandbox(world(w));
  const workspace = mkdtempSync(join(tmpdir(), "gatehouse-reusable-"));
  dirs.push(workspace);
  const deploys: Record<string, string>[] = [];
  const run = await runWorkflow(workflow, {
    sandbox: sb,
    repository: "acme/shop",
    runId: RUN_ID,
    workspace,
    context: {
      inputs: { ...CALLER, "dry-run": false, ...inputs },
      secrets: { "deploy-env": "REGION=eu-west-1" },
      github: { token: sb.token },
    },
    gatehouseAction: (uses) => /^gatehouse\/gatehouse\/actions\/([\w-]+)@v1$/.exec(uses)?.[1],
    shell: {
      // The caller's deploy command: it deploys and leaves the release's assets behind.
      Deploy: (ws, env) => {
        deploys.push(env);
        mkdirSync(join(ws, "dist"), { recursive: true });
        writeFileSync(join(ws, "dist", "shop.tar.gz"), "the shop, built");
      },
    },
  });
  // The workflow's own outputs, as the caller reads them (`needs.<job>.outputs.<name>`).
  const callOutputs = workflow.on.workflow_call as { outputs: Record<string, { value: string }> };
  const outputs = Object.fromEntries(
    Object.entries(callOutputs.outputs).map(([k, o]) => [k, evaluate(o.value, { jobs: run.needs })]),
  );
  return { sb, workspace, deploys, outputs, ...run };
}

function contentOf(sb: Sandbox) {
  return structuredClone(
    sb.state.repos.map((r) => ({
      issues: r.issues,
      labels: r.labels,
      releases: r.releases,
      refs: [...r.refs],
    })),
  );
}

describe("the reusable workflow", () => {
  it("assesses, waits for the environment, runs the caller's deploy, releases and opens the review", async () => {
    const r = await callWorkflow({}, {});
    try {
      expect(r.ran.map((s) => `${s.job}/${s.step}`)).toEqual([
        "assess/freeze-window",
        "assess/change-gate",
        "deploy/freeze-window",
        "deploy/change-gate",
        "deploy/release-bundle",
        "deploy/post-implementation-review",
      ]);
      for (const s of r.ran) expect(s.result.exitCode, `${s.job}/${s.step}: ${s.result.stdout}`).toBe(0);
      // The deploy job waits on the caller's environment: its reviewers, or the Gatehouse App.
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, not a template
      expect(workflow.jobs.find((j) => j.id === "deploy")!.environment).toBe("${{ inputs.environment }}");
      // The caller's own deploy command ran once, after the gate, with its variables.
      expect(r.deploys).toEqual([
        { DEPLOY_COMMAND: "./scripts/deploy.sh production", DEPLOY_ENV: "REGION=eu-west-1" },
      ]);

      const shop = r.sb.state.repos[0]!;
      const release = shop.releases.find((x) => x.tagName === r.outputs.tag)!;
      expect(release.draft).toBe(false);
      expect(release.assets.map((a) => a.name)).toContain("shop.tar.gz");
      expect(r.outputs).toMatchObject({ decision: "allow", tag: expect.stringMatching(/^v\d+\.\d+\.\d+$/) });
      expect(JSON.parse(String(r.outputs["change-requests"]))).toEqual([
        expect.objectContaining({ number: 5 }),
      ]);
      const review = shop.issues.find((i) => i.labels.includes("post-implementation-review"))!;
      expect(r.outputs["review-url"]).toMatch(new RegExp(`/acme/shop/issues/${review.number}$`));
      expect(shop.issues.find((i) => i.number === 5)!.labels).toContain("change/implemented");
      expect(r.sb.violations).toEqual([]);
    } finally {
      await r.sb.close();
    }
  });

  it("stops before the deploy job when the change gate blocks: nothing deployed, released or reviewed", async () => {
    const r = await callWorkflow({ pulls: [pull(12, "Add billing", "No link here")] }, {});
    try {
      expect(r.results).toEqual({ assess: "failure", deploy: "skipped" });
      expect(r.deploys).toEqual([]);
      expect(r.outputs.decision).toBe("block");
      expect(r.sb.state.repos[0]!.releases).toEqual([]);
    } finally {
      await r.sb.close();
    }
  });

  it("dry-run: true tries it all — the gates report without failing, nothing is deployed, nothing written", async () => {
    const r = await callWorkflow({ crs: [changeRequest(5, { approvedBy: [] })] }, { "dry-run": true });
    try {
      const before = contentOf(r.sb);
      for (const s of r.ran) expect(s.result.exitCode, `${s.job}/${s.step}: ${s.result.stdout}`).toBe(0);
      expect(r.results).toEqual({ assess: "success", deploy: "success" });
      expect(r.skipped).toContain("deploy/Deploy");
      expect(r.deploys).toEqual([]);
      expect(existsSync(join(r.workspace, "dist"))).toBe(false);
      const gate = r.ran.find((s) => s.step === "change-gate")!.result;
      expect(gate.outputs.decision).toBe("block");
      expect(gate.summary).toContain("Report mode");
      expect(gate.summary).toContain("Dry run: nothing was written");
      expect(r.ran.find((s) => s.step === "release-bundle")!.result.summary).toMatch(
        /^## 🔍 Dry run: would release/,
      );
      expect(r.ran.find((s) => s.step === "post-implementation-review")!.result.summary).toMatch(
        /^## 🔍 Dry run: post-implementation review in acme\/shop would be opened/,
      );
      expect(r.outputs).toMatchObject({ decision: "block", "review-url": "" });
      // GitHub is as the scenario left it.
      const fresh = await startSandbox(world({ crs: [changeRequest(5, { approvedBy: [] })] }));
      try {
        expect(before).toEqual(contentOf(fresh));
      } finally {
        await fresh.close();
      }
    } finally {
      await r.sb.close();
    }
  });
});
