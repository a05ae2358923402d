/**
 * Gatehouse releases itself with Gatehouse: .github/workflows/release.yml run step by step against
 * the sandbox, as a runner would run it — its jobs in order, each `./actions/…` step's bundle with
 * the inputs the workflow gives it (expressions evaluated from the dispatch inputs, the secrets,
 * earlier steps' and jobs' outputs), and the shell steps stood in for by what they leave behind.
 * The repository is Gatehouse itself, with its own policy file.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { changeRequestFormBody } from "../packages/core/src/change/changeRequest.fixture";
import type { Scenario } from "../packages/sandbox/src/scenario";
import { startSandbox } from "../packages/sandbox/src/server";
import { repoRoot } from "./harness";
import { readWorkflow, runWorkflow } from "./workflow";

const NOW = "2026-11-24T10:00:00Z";
const RUN_ID = 9100;
const APP_TOKEN = "ghs_release_app_token";
const workflow = readWorkflow(join(repoRoot, ".github", "workflows", "release.yml"));
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function gatehouseRepo(): Scenario {
  return {
    now: NOW,
    users: ["alice", "bob", "rita"],
    orgs: [{ login: "gatehouse", teams: [{ slug: "release-managers", members: ["rita"] }] }],
    tokens: [
      {
        value: APP_TOKEN,
        user: "gatehouse-release[bot]",
        permissions: {
          contents: "read",
          issues: "write",
          "pull-requests": "read",
          deployments: "read",
          actions: "read",
          members: "read",
        },
      },
    ],
    repos: [
      {
        repo: "gatehouse/gatehouse",
        labels: ["change-request", "change/approved", "change/implemented", "post-implementation-review"],
        environments: ["release"],
        files: { ".github/gatehouse.yml": readFileSync(join(repoRoot, ".github", "gatehouse.yml"), "utf8") },
        commits: [
          { message: "feat: the change gate", author: "alice", date: "2026-10-01T10:00:00Z" },
          { message: "chore(release): 1.0.0", author: "alice", date: "2026-10-02T10:00:00Z" },
          {
            message: "feat(github): every request honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY",
            author: "bob",
            date: "2026-11-20T10:00:00Z",
          },
          {
            message: "fix(cli): gatehouse freeze starts fast",
            author: "alice",
            date: "2026-11-21T10:00:00Z",
          },
        ],
        tags: { "v1.0.0": "chore(release): 1.0.0", v1: "chore(release): 1.0.0" },
        releases: [{ tag: "v1.0.0", target: "chore(release): 1.0.0", publishedAt: "2026-10-02T10:10:00Z" }],
        issues: [
          {
            number: 40,
            title: "Release Gatehouse 1.1",
            author: "bob",
            createdAt: "2026-11-23T09:00:00Z",
            labels: ["change-request"],
            body: changeRequestFormBody({ Summary: "Release 1.1: proxies, a fast CLI.", Risk: "Low" }),
            comments: [{ author: "rita", body: "/approve", createdAt: "2026-11-23T10:00:00Z" }],
          },
        ],
        runs: [
          {
            id: RUN_ID,
            approvals: [
              {
                user: "rita",
                state: "approved",
                comment: "Go",
                environments: ["release"],
                at: "2026-11-24T09:50:00Z",
              },
            ],
          },
        ],
      },
    ],
  };
}

/** The shell steps, by name, and what each leaves in the workspace for the steps after it. */
const SHELL_STEPS: Record<string, (workspace: string) => void> = {
  "Install pnpm": () => {},
  "Install dependencies": () => {},
  // CI runs check:dist on every change (.ci/run); here the committed bundles are what is released
  "The committed bundles are built from the sources": () => {},
  "Package the artefacts": (workspace) => {
    const out = join(workspace, "release");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "gatehouse-actions.tar.gz"), "the actions' bundles");
    writeFileSync(join(out, "gatehouse-cli.tar.gz"), "the CLI's bundle");
    cpSync(join(repoRoot, "schema"), out, { recursive: true });
  },
};

describe("the release workflow", () => {
  it("releases Gatehouse with Gatehouse's own actions: gate, freeze, bundle, major tag, review, verify", async () => {
    const sb = await startSandbox(gatehouseRepo());
    const workspace = mkdtempSync(join(tmpdir(), "gatehouse-release-"));
    dirs.push(workspace);
    try {
      const { ran, shell } = await runWorkflow(workflow, {
        sandbox: sb,
        repository: "gatehouse/gatehouse",
        runId: RUN_ID,
        workspace,
        context: {
          inputs: { "change-request": "#40", version: "" },
          secrets: { GATEHOUSE_TOKEN: APP_TOKEN },
          github: { token: sb.token },
        },
        gatehouseAction: (uses) => /^\.\/actions\/([\w-]+)$/.exec(uses)?.[1],
        shell: SHELL_STEPS,
        env: { GATEHOUSE_NOW: NOW },
      });

      for (const r of ran) {
        expect(r.result.stdout + r.result.stderr, `${r.job}/${r.step}`).not.toMatch(/::error/);
        expect(r.result.exitCode, `${r.job}/${r.step}`).toBe(0);
      }
      expect(ran.map((r) => `${r.job}/${r.step}`)).toEqual([
        "assess/freeze-window",
        "assess/change-gate",
        "release/freeze-window",
        "release/release-bundle",
        "release/post-implementation-review",
        "verify/verify-release",
      ]);
      expect(shell).toEqual(Object.keys(SHELL_STEPS));
      const [gate, bundle, review] = ["change-gate", "release-bundle", "post-implementation-review"].map(
        (name) => ran.find((r) => r.step === name)!.result,
      );
      expect(gate!.outputs.decision).toBe("allow");
      expect(JSON.parse(gate!.outputs["change-requests"]!)).toEqual([
        expect.objectContaining({ repository: "gatehouse/gatehouse", number: 40 }),
      ]);

      const repo = sb.state.repos.find((r) => r.owner === "gatehouse" && r.name === "gatehouse")!;
      expect(bundle!.outputs).toMatchObject({ version: "1.1.0", tag: "v1.1.0", "major-tag": "v1" });
      const release = repo.releases.find((r) => r.tagName === "v1.1.0")!;
      expect(release.draft).toBe(false);
      expect(release.assets.map((a) => a.name).sort()).toEqual(
        [
          "SHA256SUMS",
          "gatehouse-actions.tar.gz",
          "gatehouse-cli.tar.gz",
          "release-manifest.json",
          ...readdirNames(join(repoRoot, "schema")),
        ].sort(),
      );
      expect(release.body).toContain("every request honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY");
      expect(repo.refs.get("refs/tags/v1")).toBe(repo.refs.get("refs/tags/v1.1.0"));

      const reviewIssue = repo.issues.find((i) => String(i.number) === review!.outputs["issue-number"]);
      expect(reviewIssue?.title).toMatch(/release v1\.1\.0/);

      // The last job verifies the release from GitHub alone, every check passing.
      const verified = ran.find((r) => r.step === "verify-release")!.result;
      expect(verified.outputs.verdict, verified.summary).toBe("verified");
      expect(JSON.parse(verified.outputs.result!).checks).toHaveLength(8);
      expect(sb.violations).toEqual([]);
    } finally {
      await sb.close();
    }
  });
});

function readdirNames(dir: string): string[] {
  return readdirSync(dir);
}
