/**
 * Every action can be tried without writing, with the same input everywhere: `dry-run: true`
 * decides and reports as usual — outputs, job summary — and leaves GitHub as it was. The gates
 * also have `mode: report`: they decide and report, and never fail the step. (release-bundle's
 * dry run is tested with the rest of release-bundle.)
 */
import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/server";
import { changeRequest, RUN_ID, type World, world } from "./change-gate.fixture";
import { type RunResult, runAction } from "./harness";

let sandboxes: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
});

async function sandbox(w: World = {}): Promise<Sandbox> {
  const sb = await startSandbox(world(w));
  sandboxes.push(sb);
  return sb;
}

/** GitHub's content as a user sees it: issues, comments, labels, releases, refs of every repository. */
function contentOf(sb: Sandbox) {
  return structuredClone(
    sb.state.repos.map((r) => ({
      repo: `${r.owner}/${r.name}`,
      issues: r.issues,
      labels: r.labels,
      releases: r.releases,
      refs: [...r.refs],
    })),
  );
}

/** Requests that could have written: anything but a read, and every GraphQL mutation. */
function writeRequests(sb: Sandbox) {
  const reads = new Set([
    "repository",
    "node",
    "nodes",
    "organization",
    "user",
    "rateLimit",
    "search",
    "viewer",
  ]);
  return sb.requests.filter((r) =>
    r.route === "graphql"
      ? (r.graphqlFields ?? []).some((f) => !reads.has(f))
      : r.method !== "GET" && r.method !== "HEAD",
  );
}

const gateComments = (sb: Sandbox) =>
  sb.state.repos[0]!.issues.flatMap((i) =>
    i.comments.filter((c) => c.body.includes("gatehouse:change-gate")),
  );

function run(sb: Sandbox, action: string, inputs: Record<string, string>): Promise<RunResult> {
  return runAction(action, { sandbox: sb, runId: RUN_ID, inputs });
}

describe("change-gate", () => {
  it("dry-run decides and reports, and writes no comment; without it the comment is written", async () => {
    const sb = await sandbox();
    const before = contentOf(sb);
    const dry = await run(sb, "change-gate", { environment: "production", "dry-run": "true" });
    expect(dry.exitCode).toBe(0);
    expect(dry.outputs.decision).toBe("allow");
    expect(JSON.parse(dry.outputs["change-requests"]!)).toEqual([expect.objectContaining({ number: 5 })]);
    expect(dry.summary).toContain("🔍 **Dry run: nothing was written** — it would have commented on \\#5.");
    expect(writeRequests(sb)).toEqual([]);
    expect(contentOf(sb)).toEqual(before);

    const real = await run(sb, "change-gate", { environment: "production" });
    expect(real.outputs.decision).toBe("allow");
    expect(gateComments(sb)).toHaveLength(1);
    expect(real.summary).not.toContain("Dry run");

    const again = await run(sb, "change-gate", { environment: "production", "dry-run": "true" });
    expect(again.summary).toContain("every change request's comment is already right");
  });

  it("dry-run with report mode never fails the step, even on a block", async () => {
    const sb = await sandbox({ crs: [changeRequest(5, { approvedBy: [] })] });
    const before = contentOf(sb);
    const r = await run(sb, "change-gate", { environment: "production", mode: "report", "dry-run": "true" });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.decision).toBe("block");
    expect(r.summary).toContain("_Report mode: this step does not fail, whatever the decision._");
    expect(r.summary).toContain("it would have commented on \\#5");
    expect(contentOf(sb)).toEqual(before);
    // Without report mode, the dry run still fails the step on a block: dry-run only stops writes.
    const enforced = await run(sb, "change-gate", { environment: "production", "dry-run": "true" });
    expect(enforced.exitCode).toBe(1);
    expect(gateComments(sb)).toHaveLength(0);
  });

  it("refuses a dry-run that is not true or false, naming the input", async () => {
    const sb = await sandbox();
    const r = await run(sb, "change-gate", { environment: "production", "dry-run": "yes" });
    expect(r.outputs.decision).toBe("block");
    expect(JSON.parse(r.outputs.reasons!)).toEqual(["Input `dry-run` must be `true` or `false`, not `yes`."]);
    expect(writeRequests(sb)).toEqual([]);
  });
});

const FROZEN = `version: 1
approvals:
  approvers:
    users: [carol]
freeze:
  windows:
    - name: Launch week
      from: 2026-03-02T00:00
      to: 2026-03-02T23:00
`;

describe("freeze-window", () => {
  it("report mode checks and reports a freeze without failing the step; enforce fails it", async () => {
    const sb = await sandbox({ policy: FROZEN });
    const before = contentOf(sb);
    const report = await run(sb, "freeze-window", {
      environment: "production",
      mode: "report",
      "dry-run": "true",
    });
    expect(report.exitCode).toBe(0);
    expect(report.outputs).toMatchObject({ frozen: "true", window: "Launch week" });
    expect(report.annotations).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: expect.stringMatching(/^Deployment would be blocked: .*Launch week/),
      }),
    );
    expect(report.summary).toContain("_Report mode: this step does not fail, whatever the freeze._");
    const enforce = await run(sb, "freeze-window", { environment: "production" });
    expect(enforce.exitCode).toBe(1);
    expect(enforce.outputs.frozen).toBe("true");
    // It never writes, with or without dry-run.
    expect(writeRequests(sb)).toEqual([]);
    expect(contentOf(sb)).toEqual(before);
  });

  it("refuses a mode it does not know, naming the input, and fails closed", async () => {
    const sb = await sandbox({ policy: FROZEN });
    const r = await run(sb, "freeze-window", { environment: "production", mode: "warn" });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.frozen).toBe("true");
    expect(r.stdout).toContain('The `mode` input is "warn": use `enforce`');
  });
});

describe("post-implementation-review", () => {
  const changeRequests = JSON.stringify([
    {
      repository: "acme/shop",
      number: 5,
      title: "Change 5",
      type: "normal",
      risk: "medium",
      approvers: ["carol"],
    },
  ]);
  const inputs = { environment: "production", outcome: "success", "change-requests": changeRequests };

  it("dry-run says what the review would be and writes nothing; the real run then opens it", async () => {
    const sb = await sandbox();
    const before = contentOf(sb);
    const dry = await run(sb, "post-implementation-review", { ...inputs, "dry-run": "true" });
    expect(dry.exitCode).toBe(0);
    expect(dry.outputs).toEqual(
      expect.objectContaining({ "issue-number": "", "issue-url": "", required: "false" }),
    );
    expect(dry.summary).toMatch(/^## 🔍 Dry run: post-implementation review in acme\/shop would be opened/);
    expect(dry.summary).toContain("Dry run: nothing was written to GitHub");
    expect(dry.summary).toMatch(
      /\| #5 \| Change 5 \| would be posted \| `change\/implemented` \(would be set\) \|/,
    );
    expect(writeRequests(sb)).toEqual([]);
    expect(contentOf(sb)).toEqual(before);

    const real = await run(sb, "post-implementation-review", inputs);
    expect(real.exitCode).toBe(0);
    const number = Number(real.outputs["issue-number"]);
    expect(number).toBeGreaterThan(0);
    const after = contentOf(sb);

    // A dry run of the same deployment finds the review and says what a real run would do to it.
    sb.resetRequests();
    const again = await run(sb, "post-implementation-review", { ...inputs, "dry-run": "true" });
    expect(again.outputs["issue-number"]).toBe(String(number));
    expect(again.summary).toContain(`#${number}](`);
    const predicted = /(would be updated|already up to date)/.exec(again.summary.split("\n")[0]!)?.[1];
    expect(writeRequests(sb)).toEqual([]);
    expect(contentOf(sb)).toEqual(after);
    const realAgain = await run(sb, "post-implementation-review", inputs);
    expect(/(updated|already up to date)/.exec(realAgain.summary.split("\n")[0]!)?.[1]).toBe(
      predicted === "would be updated" ? "updated" : predicted,
    );
  });
});
