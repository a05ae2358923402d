/**
 * change-gate: the built bundle, run as the runner runs it, against the sandbox. Assertions are on
 * what people see: outputs, the job summary, the comments left on change requests.
 */
import { afterEach, describe, expect, it } from "vitest";
import { defaultsFromState } from "../packages/sandbox/src/runner";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/server";
import { api } from "../packages/sandbox/src/testing";
import { changeRequest, POLICY, pull, RUN_ID, type World, world } from "./change-gate.fixture";
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
  if (opts.now) sb.setNow(opts.now);
  const result = await runAction("change-gate", {
    sandbox: sb,
    inputs: { environment: "production", ...inputs },
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

  it("blocks a pull request that links no change request, in plain words", async () => {
    const { result, reasons } = await gate({
      pulls: [pull(12, "Add billing", "Change-Request: #5"), pull(13, "Add tax", "Adds tax, no link.")],
    });
    expect(reasons).toEqual([
      "PR #13 'Add tax' links no change request — add `Change-Request: #N` to its description.",
    ]);
    expectBlocked(result, reasons, /PR #13/);
    expect(result.summary).toMatch(/^## 🚫 change-gate: deployment to production blocked/);
    expect(result.summary).toContain("### Why it is blocked");
    expect(result.summary).toContain("❌ none");
    expect(result.stdout).toContain(
      "::error::Deployment to production blocked: PR #13 'Add tax' links no change request",
    );
  });

  it("does not count the change/approved label applied by someone who is not an approver", async () => {
    const { result, reasons } = await gate({
      crs: [
        changeRequest(5, {
          approvedBy: [],
          labels: [
            "change-request",
            { name: "change/approved", actor: "mallory", at: "2026-03-02T10:00:00Z" },
          ],
        }),
      ],
    });
    expect(reasons).toEqual([
      "Change request #5 'Change 5': it needs 1 approval at medium risk; none counts. @mallory's approval (the `change/approved` label) does not count: they are not an approver; add them to approvals.approvers in .github/gatehouse.yml on the default branch, or ask one who is.",
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain(
      "- \\#5: @&#8203;mallory's approval (the `change/approved` label) does not count: they are not an approver\n",
    );
  });

  it("counts the change/approved label applied by an approver", async () => {
    const { result } = await gate({
      crs: [
        changeRequest(5, {
          approvedBy: [],
          labels: ["change-request", { name: "change/approved", actor: "dave", at: "2026-03-02T10:00:00Z" }],
        }),
      ],
    });
    expect(result.outputs.decision).toBe("allow");
    expect(JSON.parse(result.outputs["change-requests"]!)[0].approvers).toEqual([
      { login: "dave", at: "2026-03-02T10:00:00.000Z" },
    ]);
  });

  it("refuses self-approval by the change request's author", async () => {
    const { sb, result, reasons } = await gate({
      crs: [changeRequest(5, { author: "carol", approvedBy: ["carol"] })],
    });
    expect(reasons).toEqual([
      "Change request #5 'Change 5': it needs 1 approval at medium risk; none counts. @carol's approval does not count: they opened this change request; ask another approver.",
    ]);
    expect(result.exitCode).toBe(1);
    // The job summary lists it with the change request's other approvals and rejections that do not count.
    expect(result.summary).toContain(
      "Approvals and rejections that do not count:\n\n- \\#5: @&#8203;carol's approval does not count: they opened this change request\n",
    );
    // The comment on the change request says it once, in the reason, with the fix.
    const [comment] = crComments(sb, 5);
    expect(comment?.body).toContain(
      "**does not authorise** it (normal change, medium risk):\n\n- it needs 1 approval at medium risk; none counts. @&#8203;carol's approval does not count: they opened this change request; ask another approver\n",
    );
    expect(comment?.body).not.toContain("Not counted");
  });

  it("does not count an /approve someone else edited into an approver's comment", async () => {
    const cr = changeRequest(5, { approvedBy: [] });
    cr.comments = [
      {
        author: "carol",
        body: "/approve",
        createdAt: "2026-03-02T10:00:00Z",
        edits: [{ at: "2026-03-02T10:30:00Z", editor: "mallory" }],
      },
    ];
    const { result, reasons } = await gate({ crs: [cr] });
    expectBlocked(
      result,
      reasons,
      /none counts\. @carol's approval does not count: their `\/approve` comment was edited by @mallory, so it is not theirs alone; ask them to write `\/approve` again in a new comment\.$/,
    );
    expect(result.summary).toContain("comment was edited by @&#8203;mallory");
  });

  it("refuses approval by an author of a commit in the deployed range", async () => {
    const { result, reasons } = await gate({
      crs: [changeRequest(5, { approvedBy: ["dave"] })],
      pulls: [pull(12, "Add billing", "Change-Request: #5", { author: "dave" })],
    });
    expectBlocked(
      result,
      reasons,
      /none counts\. @dave's approval does not count: they authored commit [0-9a-f]{7} in the deployed range; ask an approver who did not shape the change\.$/,
    );
    expect(result.summary).toMatch(
      /@&#8203;dave's approval does not count: they authored commit [0-9a-f]{7} in the deployed range\n/,
    );
  });

  it("voids approvals made before the change request's last edit", async () => {
    const { result, reasons } = await gate({ crs: [changeRequest(5, { edits: ["2026-03-02T11:00:00Z"] })] });
    expectBlocked(
      result,
      reasons,
      /none counts\. @carol's approval does not count: they approved at 2026-03-02 10:00:00Z, before the change request was last edited \(2026-03-02 11:00:00Z\); ask them to approve again\.$/,
    );
    expect(result.summary).toContain("before the change request was last edited");
  });

  it("blocks on /reject by an approver", async () => {
    const cr = changeRequest(5);
    cr.comments!.push({
      author: "dave",
      body: "/reject the back-out plan is untested",
      createdAt: "2026-03-02T10:30:00Z",
    });
    const { result, reasons } = await gate({ crs: [cr] });
    expectBlocked(result, reasons, /Change request #5 'Change 5': it was rejected by @dave/);
  });

  it("blocks a high-risk change short of its quorum and allows it with two approvers", async () => {
    const high = { fields: { Risk: "High" } };
    const short = await gate({ crs: [changeRequest(5, { ...high, approvedBy: ["carol"] })] });
    expectBlocked(short.result, short.reasons, /it needs 2 approvals at high risk; it has 1/);
    expect(short.result.outputs.risk).toBe("high");
    const met = await gate({ crs: [changeRequest(5, { ...high, approvedBy: ["carol", "erin"] })] });
    expect(met.result.outputs.decision).toBe("allow");
  });

  it("allows a pre-approved standard change without approvals", async () => {
    const { result } = await gate({
      crs: [
        changeRequest(5, {
          approvedBy: [],
          fields: {
            "Change type": "Standard",
            "Standard change template": "Rotate TLS certificate",
            Risk: "Low",
          },
        }),
      ],
      pulls: [
        pull(12, "Rotate the TLS certificate", "Change-Request: #5", {
          files: [{ path: "infra/tls/cert.pem", additions: 30, deletions: 30 }],
        }),
      ],
    });
    expect(result.outputs.decision).toBe("allow");
    expect(result.summary).toContain("pre-approved (standard)");
  });

  it("needs an emergency approver for an emergency change", async () => {
    const emergency = { fields: { "Change type": "Emergency", Risk: "High" } };
    const normal = await gate({ crs: [changeRequest(5, { ...emergency, approvedBy: ["carol", "dave"] })] });
    expectBlocked(
      normal.result,
      normal.reasons,
      /emergency change and no emergency approver has approved it/,
    );
    const ecab = await gate({ crs: [changeRequest(5, { ...emergency, approvedBy: ["olivia"] })] });
    expect(ecab.result.outputs.decision).toBe("allow");
    expect(JSON.parse(ecab.result.outputs["change-requests"]!)[0]).toMatchObject({
      type: "emergency",
      risk: "high",
    });
  });

  it("blocks outside the planned window", async () => {
    const window = { fields: { "Planned start": "2026-03-02 13:00", "Planned end": "2026-03-02T14:00:00Z" } };
    const early = await gate({ crs: [changeRequest(5, window)] });
    expectBlocked(
      early.result,
      early.reasons,
      /planned window starts at 2026-03-02 13:00:00Z, in 60 minutes/,
    );
    const inside = await gate({ crs: [changeRequest(5, window)] }, {}, { now: "2026-03-02T13:30:00Z" });
    expect(inside.result.outputs.decision).toBe("allow");
    const late = await gate({ crs: [changeRequest(5, window)] }, {}, { now: "2026-03-02T14:00:01Z" });
    expectBlocked(late.result, late.reasons, /planned window ended/);
    const berlin = await gate({
      policy: `${POLICY}freeze:\n  timezone: Europe/Berlin\n`,
      crs: [changeRequest(5, { fields: { "Planned start": "2026-03-02 13:30" } })],
    });
    expectBlocked(
      berlin.result,
      berlin.reasons,
      /planned window starts at 2026-03-02 12:30:00Z, in 30 minutes/,
    );
  });

  it("refuses to reuse a change request already implemented or closed", async () => {
    const implemented = await gate({
      crs: [changeRequest(5, { labels: ["change-request", "change/implemented"] })],
    });
    expectBlocked(implemented.result, implemented.reasons, /already labelled `change\/implemented`/);
    const closed = await gate({ crs: [changeRequest(5, { state: "closed" })] });
    expectBlocked(closed.result, closed.reasons, /it is closed and cannot authorise a new deployment/);
  });

  it("takes change requests only from the configured repositories", async () => {
    const elsewhere = await gate({
      pulls: [pull(12, "Add billing", "Change-Request: acme/other#3")],
      otherRepos: [{ repo: "acme/other", issues: [changeRequest(3)] }],
    });
    expectBlocked(
      elsewhere.result,
      elsewhere.reasons,
      /links acme\/other#3, but acme\/other is not a change-request repository/,
    );
    expect(crComments(elsewhere.sb, 3, "acme/other")).toHaveLength(0);

    const central = await gate({
      policy: `${POLICY}change-requests:\n  repository: acme/changes\n`,
      crs: [],
      pulls: [pull(12, "Add billing", "Change-Request: acme/changes#3")],
      otherRepos: [{ repo: "acme/changes", issues: [changeRequest(3)] }],
    });
    expect(central.reasons).toEqual([]);
    expect(crComments(central.sb, 3, "acme/changes")).toHaveLength(1);
  });

  it("blocks a change request whose form cannot be read, naming the field", async () => {
    const { result, reasons } = await gate({
      crs: [changeRequest(5, { fields: { "Back-out plan": "_No response_" } })],
    });
    expectBlocked(result, reasons, /its form field "Back-out plan" cannot be read: "Back-out plan" is empty/);
  });

  it("blocks when GitHub keeps failing after retries", async () => {
    const sb = await startSandbox(world({}));
    sandboxes.push(sb);
    sb.faults.add({ route: "/repos/{owner}/{repo}/compare/{basehead}", status: 502, times: 10 });
    const { result, reasons } = await gate({}, {}, { sb });
    expectBlocked(
      result,
      reasons,
      /Could not compare [0-9a-f]+\.\.\.[0-9a-f]+: GitHub failed on .* with 502/,
    );
    expect(sb.requests.filter((r) => r.route === "/repos/{owner}/{repo}/compare/{basehead}")).toHaveLength(4);
    expect(crComments(sb, 5)).toHaveLength(0);
  }, 60_000);

  it("keeps one comment per change request: re-runs update it, or leave it when nothing changed", async () => {
    const sb = await startSandbox(
      world({
        crs: [changeRequest(5, { approvedBy: [] })],
        extra: { tokens: [{ value: "ghs_carol", user: "carol", permissions: { issues: "write" } }] },
      }),
    );
    sandboxes.push(sb);
    const first = await gate({}, {}, { sb });
    expect(first.result.outputs.decision).toBe("block");
    expect(crComments(sb, 5)).toHaveLength(1);
    expect(crComments(sb, 5)[0]!.body).toContain("Deployment to production blocked");

    // The approver approves; the run is re-run.
    const approved = await api(sb, "ghs_carol").post("/repos/acme/shop/issues/5/comments", {
      body: "/approve",
    });
    expect(approved.status).toBe(201);
    const second = await gate({}, {}, { sb, runAttempt: 2 });
    expect(second.result.outputs.decision).toBe("allow");
    expect(crComments(sb, 5)).toHaveLength(1);
    expect(crComments(sb, 5)[0]!.body).toContain("Deployment to production allowed");

    sb.resetRequests();
    const third = await gate({}, {}, { sb, runAttempt: 3 });
    expect(third.result.outputs.decision).toBe("allow");
    expect(crComments(sb, 5)).toHaveLength(1);
    // The repository, the compare, the pull requests; then, together, the squash-merged pull
    // request's own commits (who shaped it) and the change requests. No write: nothing changed.
    const routes = sb.requests.map((r) => r.route);
    expect(routes.slice(0, 3)).toEqual(["graphql", "/repos/{owner}/{repo}/compare/{basehead}", "graphql"]);
    expect(routes.slice(3)).toEqual(["graphql", "graphql"]);
  });

  it("reports without failing the step in report mode", async () => {
    const { sb, result, reasons } = await gate(
      { pulls: [pull(12, "Add billing", "Change-Request: #5"), pull(13, "Add tax", "")] },
      { mode: "report" },
    );
    expect(result.outputs.decision).toBe("block");
    expect(reasons).toHaveLength(1);
    expect(result.exitCode).toBe(0);
    expect(result.summary).toContain("Report mode: this step does not fail");
    expect(result.stdout).toContain("::warning::Deployment to production would be blocked");
    expect(crComments(sb, 5)[0]!.body).toContain(
      "Deployment to production blocked (report mode: not enforced)",
    );
  });

  it("blocks when approver teams cannot be read, saying which token is needed; reads them with one", async () => {
    const teams = {
      policy: POLICY.replace("users: [carol, dave, erin]", "users: []\n    teams: [acme/cab]"),
      crs: [changeRequest(5, { approvedBy: ["tom"] })],
      extra: {
        users: ["alice", "bob", "carol", "dave", "erin", "olivia", "mallory", "tom"],
        orgs: [{ login: "acme", teams: [{ slug: "cab", members: ["tom", "carol"] }] }],
        tokens: [
          {
            value: "ghs_app_token",
            permissions: {
              contents: "read",
              issues: "write",
              pull_requests: "read",
              deployments: "read",
              actions: "read",
              members: "read",
            },
          },
        ],
      },
    } satisfies World;
    const { result, reasons } = await gate(teams);
    expectBlocked(result, reasons, /the members of approver team @acme\/cab cannot be read/);
    expect(reasons[0]).toContain("Members: read");
    expect(reasons[0]).toContain("`read:org`");
    const withApp = await gate(teams, {}, { token: "ghs_app_token" });
    expect(withApp.reasons).toEqual([]);
    expect(JSON.parse(withApp.result.outputs["change-requests"]!)[0].approvers[0].login).toBe("tom");
  });

  it("names the permissions line when the token cannot read issues", async () => {
    const { result, reasons } = await gate(
      {
        extra: {
          tokens: [
            {
              value: "ghs_no_issues",
              permissions: { contents: "read", pull_requests: "read", deployments: "read", actions: "read" },
            },
          ],
        },
      },
      {},
      { token: "ghs_no_issues" },
    );
    expectBlocked(
      result,
      reasons,
      /The token cannot read the change requests .*add `issues: read` to the job's `permissions:`/,
    );
  });

  it("blocks on an environment the repository does not have, listing those it has", async () => {
    const { result, reasons } = await gate({}, { environment: "prodution" });
    expectBlocked(
      result,
      reasons,
      /^The `environment` input names `prodution`, which is not an environment of acme\/shop \(did you mean `production`\?\): it has `production`\. Fix the `environment` input and re-run\.$/,
    );
  });

  it("blocks naming `actions: read` when the token cannot list the environments", async () => {
    const { result, reasons } = await gate(
      {
        extra: {
          tokens: [
            {
              value: "ghs_no_actions",
              permissions: { contents: "read", issues: "write", pull_requests: "read", deployments: "read" },
            },
          ],
        },
      },
      {},
      { token: "ghs_no_actions" },
    );
    expectBlocked(result, reasons, /cannot list the environments of acme\/shop .*add `actions: read`/);
  });

  it("blocks on an unreadable policy, with line and column", async () => {
    const { result, reasons } = await gate({ policy: "approvals:\n  quorum: { high: 0 }\n" });
    expectBlocked(result, reasons, /The policy cannot be read: .*line 2/);
    expect(result.annotations.some((a) => a.level === "error" && a.file === ".github/gatehouse.yml")).toBe(
      true,
    );
  });

  it("starts at the last successful deployment, else the latest release, else `base`, else blocks", async () => {
    const none = await gate({ deployments: [] });
    expectBlocked(
      none.result,
      none.reasons,
      /production has no successful deployment and the repository has no release\. Set the `base` input/,
    );

    const sb = await startSandbox(world({ deployments: [] }));
    sandboxes.push(sb);
    const initial = [...sb.state.repos[0]!.commits.values()].find((c) => c.message === "chore: initial")!.sha;
    const withBase = await gate({}, { base: initial }, { sb });
    expect(withBase.result.outputs.decision).toBe("allow");
    expect(withBase.result.outputs["base-sha"]).toBe(initial);
    expect(withBase.result.summary).toContain("from the `base` input");

    const released = await gate({
      deployments: [
        {
          environment: "production",
          sha: "chore: initial",
          createdAt: "2026-02-01T11:00:00Z",
          statuses: ["failure"],
        },
      ],
      extra: {},
      otherRepos: [],
      releases: [{ tag: "v1.4.0", target: "chore: initial" }],
    });
    expect(released.result.outputs.decision).toBe("allow");
    expect(released.result.summary).toContain("from the latest release, v1.4.0");
    expect(released.result.outputs["base-sha"]).toBe(initial);
  });

  it("covers changes without links by the release change request input", async () => {
    const { result } = await gate(
      { pulls: [pull(12, "Add billing", "no link")] },
      { "change-request": "#5" },
    );
    expect(result.outputs.decision).toBe("allow");
    expect(result.summary).toContain("covered by the release change request");
  });

  it("exempts docs-only changes and gates direct pushes by their trailer", async () => {
    const { result, reasons } = await gate({
      commits: [
        { message: "fix: hot patch\n\nChange-Request: #5", author: "bob", files: ["src/hot.ts"] },
        { message: "fix: sneaky", author: "bob", files: ["src/sneaky.ts"] },
      ],
      pulls: [
        pull(12, "Add billing", "Change-Request: #5"),
        pull(14, "Docs", "", { files: [{ path: "docs/guide.md", additions: 3, deletions: 0 }] }),
      ],
    });
    expect(reasons).toEqual([
      expect.stringMatching(
        /^Commit [0-9a-f]{7} 'fix: sneaky' was pushed without a pull request and links no change request/,
      ),
    ]);
    expect(result.summary).toContain("exempt (only exempt paths)");
  });

  it("raises the risk one level for sensitive paths", async () => {
    const { result } = await gate({
      crs: [changeRequest(5, { fields: { Risk: "Low" } })],
      pulls: [
        pull(12, "Tune the database", "Change-Request: #5", {
          files: [{ path: "infra/db.tf", additions: 1, deletions: 1 }],
        }),
      ],
    });
    expect(result.outputs.decision).toBe("allow");
    expect(result.outputs.risk).toBe("medium");
    expect(result.summary).toContain("raised one level: it touches sensitive paths");
  });

  it("blocks a link to something that is not a change request issue, and a bad change-request input", async () => {
    const pr = await gate({ pulls: [pull(12, "Add billing", "Change-Request: #12")] });
    expectBlocked(
      pr.result,
      pr.reasons,
      /Change request #12 \(linked from PR #12\): it does not exist, or the token cannot read it/,
    );
    const unlabelled = await gate({ crs: [changeRequest(5, { labels: [] })] });
    expectBlocked(unlabelled.result, unlabelled.reasons, /the issue is not labelled `change-request`/);
    const input = await gate({}, { "change-request": "CR-2026-001" });
    expectBlocked(
      input.result,
      input.reasons,
      /The `change-request` input "CR-2026-001" does not name one issue/,
    );
  });

  it("exempts a docs-only direct push after reading its files, and says nothing new is deployed for an empty range", async () => {
    const { sb, result } = await gate({
      commits: [{ message: "docs: fix a typo", author: "bob", files: ["docs/guide.md"] }],
    });
    expect(result.outputs.decision).toBe("allow");
    expect(sb.requests.filter((r) => r.route === "/repos/{owner}/{repo}/commits/{ref}")).toHaveLength(1);
    expect(result.summary).toContain("(pushed directly)");

    const sb2 = await startSandbox(world({}));
    sandboxes.push(sb2);
    sb2.state.repos[0]!.deployments[0]!.sha = defaultsFromState(sb2.state).sha!;
    const empty = await gate({}, {}, { sb: sb2 });
    expect(empty.result.outputs.decision).toBe("allow");
    expect(empty.result.outputs.risk).toBe("low");
    expect(JSON.parse(empty.result.outputs["change-requests"]!)).toEqual([]);
    expect(empty.result.summary).toContain("0 commits, 0 pull requests");
  });

  it("raises the risk for a large change and asks the raised quorum", async () => {
    const { result, reasons } = await gate({
      policy: POLICY.replace(
        '  sensitive-paths: ["infra/**"]\n',
        '  sensitive-paths: ["infra/**"]\n  large-change: { files: 2 }\n',
      ),
      pulls: [
        pull(12, "Big bang", "Change-Request: #5", {
          files: ["a", "b", "c"].map((n) => ({ path: `src/${n}.ts`, additions: 1, deletions: 0 })),
        }),
      ],
    });
    expect(result.outputs.risk).toBe("high");
    expectBlocked(
      result,
      reasons,
      /it needs 2 approvals at high risk \(medium, raised with the deployment's risk\); it has 1/,
    );
  });

  it("reads a range longer than one compare page and one pull-request query", async () => {
    const commits = Array.from({ length: 260 }, (_, i) => ({
      message: `fix: step ${i + 1}\n\nChange-Request: #5`,
      author: "bob",
      files: [`src/step-${i + 1}.ts`],
    }));
    const { sb, result, reasons } = await gate({
      commits: [
        ...commits.slice(0, 259),
        { message: "fix: the last one", author: "bob", files: ["src/last.ts"] },
      ],
    });
    expect(result.summary).toContain("261 commits, 1 pull request");
    expect(reasons).toEqual([
      expect.stringMatching(/^Commit [0-9a-f]{7} 'fix: the last one' was pushed without a pull request/),
    ]);
    const routes = sb.requests.map((r) => r.route);
    expect(routes.filter((r) => r === "/repos/{owner}/{repo}/compare/{basehead}")).toHaveLength(2);
    // The repository, 3 queries of 100 commits' pull requests (1 point each), the pull request's
    // own commits, the change requests, the comment.
    expect(routes.filter((r) => r === "graphql")).toHaveLength(7);
    expect(sb.requests.every((r) => (r.cost ?? 1) <= 1)).toBe(true);
    expect(sb.violations).toEqual([]);
  });

  it("reads the policy from the default branch the event names, or from `policy-ref`", async () => {
    const loose = "version: 1\napprovals:\n  approvers:\n    users: [mallory]\n";
    const w: World = {
      crs: [changeRequest(5, { approvedBy: ["mallory"] })],
      extra: {},
    };
    const sb = await startSandbox(world(w));
    sandboxes.push(sb);
    const repo = sb.state.repos[0]!;
    repo.refs.set("refs/heads/loosen", repo.refs.get("refs/heads/main")!);
    repo.contentsByRef.loosen = { ".github/gatehouse.yml": loose };
    const strict = await runAction("change-gate", {
      sandbox: sb,
      inputs: { environment: "production" },
      event: { repository: { default_branch: "main" } },
      runId: RUN_ID,
    });
    expect(strict.outputs.decision).toBe("block");
    const chosen = await gate(w, { "policy-ref": "loosen" }, { sb });
    expect(chosen.result.outputs.decision).toBe("allow");
    const missing = await gate(w, { "policy-ref": "no-such-branch" }, { sb });
    expectBlocked(
      missing.result,
      missing.reasons,
      /The policy ref `no-such-branch` does not exist in acme\/shop \(read as `refs\/heads\/no-such-branch`\): fix the `policy-ref` input/,
    );
  });
});
