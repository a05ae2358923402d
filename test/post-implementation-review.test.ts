/**
 * post-implementation-review: the built bundle, run as the runner runs it, against the sandbox.
 * Assertions are on what people see: outputs, the job summary, and the issues, comments and
 * labels left in the sandbox.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startSandbox } from "../packages/sandbox/src/server";
import { api } from "../packages/sandbox/src/testing";
import type { Issue, Repo } from "../packages/sandbox/src/types";
import { type RunResult, runAction } from "./harness";

const NOW = "2026-11-23T14:30:00Z";
const RUN_ID = 4242;

const scenario = (shopFiles = "") => `
now: "${NOW}"
users: [alice, bob, carol, dave, erin]
repos:
  - repo: acme/shop
    labels: [change-request, change/approved, change/emergency]
    environments: [production]
${shopFiles}
    issues:
      - number: 12
        title: "Switch payments to the new provider"
        author: bob
        labels: [change-request, change/approved]
        body: "### Summary\\n\\nNew provider"
      - number: 13
        title: "Emergency: fix the checkout <script>alert(1)</script>"
        author: dave
        labels: [change-request, change/emergency, change/approved]
    runs:
      - id: ${RUN_ID}
        approvals:
          - user: carol
            state: approved
            comment: "Go ahead"
            environments: [production]
  - repo: acme/changes
    issues:
      - number: 3
        title: "Database upgrade"
        author: erin
        labels: [change-request, change/approved]
  - repo: acme/reviews
`;

const cr12 = {
  repository: "acme/shop",
  number: 12,
  title: "Switch payments to the new provider",
  type: "normal",
  risk: "medium",
  approvers: ["alice"],
  url: "http://placeholder/acme/shop/issues/12",
};
const cr13 = {
  repository: "acme/shop",
  number: 13,
  title: "Emergency: fix the checkout <script>alert(1)</script>",
  type: "emergency",
  risk: "high",
  approvers: ["carol"],
  url: "http://placeholder/acme/shop/issues/13",
};
const cr3 = {
  repository: "acme/changes",
  number: 3,
  title: "Database upgrade",
  type: "normal",
  risk: "low",
  approvers: ["alice"],
  url: "http://placeholder/acme/changes/issues/3",
};

let sandboxes: { close(): Promise<void>; violations: unknown[] }[] = [];
afterEach(async () => {
  const violations = sandboxes.flatMap((s) => s.violations);
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
  // Every request the action made is one GitHub would accept.
  expect(violations).toEqual([]);
});

async function sandbox(shopFiles = "") {
  const sb = await startSandbox(scenario(shopFiles));
  sandboxes.push(sb);
  return sb;
}

type Sb = Awaited<ReturnType<typeof sandbox>>;

function run(
  sb: Sb,
  inputs: Record<string, string>,
  opts: { runAttempt?: number; now?: string; runId?: number } = {},
) {
  if (opts.now) sb.setNow(opts.now);
  return runAction("post-implementation-review", {
    sandbox: sb,
    repository: "acme/shop",
    runId: opts.runId ?? RUN_ID,
    runAttempt: opts.runAttempt ?? 1,
    inputs: {
      environment: "production",
      "release-tag": "v1.4.0",
      "started-at": "2026-11-23T14:00:00Z",
      ...inputs,
    },
  });
}

const repo = (sb: Sb, full: string): Repo => {
  const r = sb.state.repos.find((x) => `${x.owner}/${x.name}` === full);
  if (!r) throw new Error(`no repo ${full}`);
  return r;
};
const issue = (sb: Sb, full: string, n: number): Issue => {
  const i = repo(sb, full).issues.find((x) => x.number === n);
  if (!i) throw new Error(`no issue ${full}#${n}`);
  return i;
};
const reviews = (sb: Sb, full: string) =>
  repo(sb, full).issues.filter((i) => i.labels.includes("post-implementation-review"));
/** Issues carrying this action's review marker: what a lookup finds. */
const marked = (sb: Sb, full: string) =>
  repo(sb, full).issues.filter((i) => i.body?.includes("<!-- gatehouse:pir:"));
const ourComments = (i: Issue) => i.comments.filter((c) => c.body.includes("<!-- gatehouse:pir-link:"));

function ok(result: RunResult) {
  expect(result.stderr + result.stdout, "the step should succeed").not.toMatch(/::error/);
  expect(result.exitCode).toBe(0);
}

describe("post-implementation-review", () => {
  it("opens the review of a successful deployment and closes the loop on its change request", async () => {
    const sb = await sandbox();
    const result = await run(sb, {
      outcome: "success",
      "change-requests": JSON.stringify([cr12]),
      assignees: "alice",
      "due-in-days": "3",
    });
    ok(result);
    expect(result.outputs.required).toBe("false");
    const [review, ...others] = reviews(sb, "acme/shop");
    expect(others).toHaveLength(0);
    expect(review).toBeDefined();
    if (!review) return;
    expect(result.outputs["issue-number"]).toBe(String(review.number));
    expect(result.outputs["issue-url"]).toBe(`${sb.url}/acme/shop/issues/${review.number}`);
    expect(review.title).toBe("PIR: production v1.4.0 — success");
    expect(review.body).toContain("<!-- gatehouse:pir:acme/shop/production/4242 -->");
    expect(review.body).toContain("### Outcome\n\nSuccess");
    expect(review.body).toContain(`[v1.4.0](${sb.url}/acme/shop/releases/tag/v1.4.0)`);
    expect(review.body).toContain("30 min 00 s (2026-11-23T14:00:00Z → 2026-11-23T14:30:00Z)");
    expect(review.body).toContain(`/acme/shop/actions/runs/${RUN_ID}`);
    expect(review.body).toContain("| normal | medium | @&#8203;alice |");
    expect(review.body).toContain("@&#8203;carol approved `production`: “Go ahead”");
    expect(review.body).toContain("### Due date\n\n2026-11-26");
    expect(review.body).toContain("### Review required\n\nNo");
    expect(review.body).not.toContain("Back-out decision");
    expect(review.assignees.sort()).toEqual(["alice", "bob"]);
    expect(review.labels).not.toContain("priority/high");

    const cr = issue(sb, "acme/shop", 12);
    expect(ourComments(cr)).toHaveLength(1);
    expect(ourComments(cr)[0]?.body).toContain(
      `[#${review.number}](${sb.url}/acme/shop/issues/${review.number})`,
    );
    expect(cr.labels).toContain("change/implemented");
    expect(cr.labels).toContain("change/approved");
    expect(cr.state).toBe("open");
    const implemented = repo(sb, "acme/shop").labels.find((l) => l.name === "change/implemented");
    expect(implemented?.color).toBe("0e8a16");

    expect(result.summary).toContain(`Post-implementation review [acme/shop#${review.number}]`);
    expect(result.summary).toContain("Not required; due 2026-11-26.");
    expect(result.summary).toContain("`change/implemented`");
    expect(sb.violations).toEqual([]);
  });

  it("updates the same review on a re-run, never duplicates, and writes nothing already right", async () => {
    const sb = await sandbox();
    const inputs = { outcome: "failure", "change-requests": JSON.stringify([cr12]) };
    ok(await run(sb, inputs));
    const [first] = reviews(sb, "acme/shop");
    expect(first?.labels).toContain("priority/high");
    expect(issue(sb, "acme/shop", 12).labels).toContain("change/failed");

    // The reviewers start writing in the review.
    if (!first) return;
    first.body = first.body
      .replace("- [ ] The change met its objectives", "- [x] The change met its objectives")
      .replace("### Lessons learned\n\n_No response_", "### Lessons learned\n\nRehearse the migration.");

    // The same attempt again, at the same GitHub time (so the same duration): nothing to write.
    sb.resetRequests();
    const same = await run(sb, inputs, { now: NOW });
    ok(same);
    expect(sb.requests.filter((r) => r.method !== "GET" && r.route !== "graphql")).toEqual([]);

    // Attempt 2 succeeds: the same issue is updated, the CR flips to implemented.
    const second = await run(
      sb,
      { ...inputs, outcome: "success" },
      { runAttempt: 2, now: "2026-11-23T15:00:00Z" },
    );
    ok(second);
    expect(second.outputs["issue-number"]).toBe(String(first.number));
    expect(reviews(sb, "acme/shop")).toHaveLength(1);
    const review = issue(sb, "acme/shop", first.number);
    expect(review.title).toBe("PIR: production v1.4.0 — success");
    expect(review.body).toContain("### Outcome\n\nSuccess");
    expect(review.body).toContain("attempt 2");
    expect(review.body).toContain("- [x] The change met its objectives");
    expect(review.body).toContain("Rehearse the migration.");
    expect(review.labels).not.toContain("priority/high");
    expect(second.outputs.required).toBe("false");
    const cr = issue(sb, "acme/shop", 12);
    expect(ourComments(cr)).toHaveLength(1);
    expect(ourComments(cr)[0]?.body).toContain("succeeded");
    expect(cr.labels).toContain("change/implemented");
    expect(cr.labels).not.toContain("change/failed");
    expect(second.summary).toContain("updated");
  });

  it.each([
    ["failure", "the deployment failed"],
    ["cancelled", "the deployment was cancelled"],
  ])(
    "marks a %s review required and high-priority and asks for the back-out decision",
    async (outcome, reason) => {
      const sb = await sandbox();
      const result = await run(sb, { outcome, "change-requests": JSON.stringify([cr12]) });
      ok(result);
      expect(result.outputs.required).toBe("true");
      const [review] = reviews(sb, "acme/shop");
      expect(review?.labels).toContain("priority/high");
      expect(review?.body).toContain(`### Review required\n\nYes — ${reason}.`);
      expect(review?.body).toContain("- [ ] The back-out decision is recorded");
      expect(review?.body).toContain("### Incident link");
      expect(issue(sb, "acme/shop", 12).labels).toContain("change/failed");
      expect(issue(sb, "acme/shop", 12).labels).not.toContain("change/implemented");
      expect(result.summary).toContain("**Required** (high priority)");
    },
  );

  it("finds its review and its comment past 100 newer ones, and writes no second one", async () => {
    const sb = await sandbox();
    const inputs = { outcome: "success", "change-requests": JSON.stringify([cr12]) };
    ok(await run(sb, inputs));
    expect(reviews(sb, "acme/shop")).toHaveLength(1);
    // 105 newer reviews of other deployments, and 105 newer comments on the change request.
    for (let i = 0; i < 105; i++) {
      await api(sb).post("/repos/acme/shop/issues", {
        title: `Post-implementation review: other ${i}`,
        body: "Another deployment.",
        labels: ["post-implementation-review"],
      });
      await api(sb).post("/repos/acme/shop/issues/12/comments", { body: `comment ${i}` });
    }
    ok(await run(sb, inputs, { runAttempt: 2 }));
    expect(reviews(sb, "acme/shop")).toHaveLength(106);
    expect(ourComments(issue(sb, "acme/shop", 12))).toHaveLength(1);
  });

  it("marks an emergency change's review required even when the deployment succeeded", async () => {
    const sb = await sandbox();
    const result = await run(sb, { outcome: "success", "change-requests": JSON.stringify([cr12, cr13]) });
    ok(result);
    expect(result.outputs.required).toBe("true");
    const [review] = reviews(sb, "acme/shop");
    expect(review?.labels).toContain("priority/high");
    expect(review?.body).toContain("### Emergency or freeze override\n\n- Emergency change: #13");
    expect(review?.body).toContain("Yes — it deployed an emergency change (#13)");
    expect(review?.body).toContain("| emergency | high | @&#8203;carol |");
    expect(review?.body).not.toContain("<script>");
    expect(review?.assignees.sort()).toEqual(["bob", "dave"]);
    expect(issue(sb, "acme/shop", 13).labels).toContain("change/implemented");
  });

  it("puts the review in a central repository with cross-repository links", async () => {
    const sb = await sandbox();
    const result = await run(sb, {
      outcome: "success",
      repository: "acme/reviews",
      "change-requests": JSON.stringify([cr12, cr3]),
    });
    ok(result);
    expect(reviews(sb, "acme/shop")).toHaveLength(0);
    const [review] = reviews(sb, "acme/reviews");
    expect(review).toBeDefined();
    if (!review) return;
    expect(result.outputs["issue-url"]).toBe(`${sb.url}/acme/reviews/issues/${review.number}`);
    expect(review.body).toContain("[acme/shop#12](");
    expect(review.body).toContain("[acme/changes#3](");
    expect(ourComments(issue(sb, "acme/shop", 12))[0]?.body).toContain(`[acme/reviews#${review.number}](`);
    expect(ourComments(issue(sb, "acme/changes", 3))[0]?.body).toContain(`[acme/reviews#${review.number}](`);
    expect(issue(sb, "acme/changes", 3).labels).toContain("change/implemented");
    expect(repo(sb, "acme/reviews").labels.map((l) => l.name)).toContain("post-implementation-review");
  });

  it("takes the central repository, due date, labels and assignees from the policy", async () => {
    const sb = await sandbox(`    files:
      .github/gatehouse.yml: |
        version: 1
        review:
          repository: acme/reviews
          due-in-days: 10
          labels: [team/payments]
          assignees: [erin]`);
    const result = await run(sb, {
      outcome: "success",
      "change-requests": JSON.stringify([cr12]),
      labels: "audit",
    });
    ok(result);
    const [review] = reviews(sb, "acme/reviews");
    expect(review?.labels.sort()).toEqual(["audit", "post-implementation-review", "team/payments"]);
    expect(review?.assignees.sort()).toEqual(["bob", "erin"]);
    expect(review?.body).toContain("### Due date\n\n2026-12-03");
    // the input wins over the policy
    const elsewhere = await run(sb, { outcome: "success", repository: "acme/shop" }, { runId: 5 });
    ok(elsewhere);
    expect(elsewhere.outputs["issue-url"]).toContain("/acme/shop/issues/");
  });

  it("still opens the review when no change requests were supplied, and says so", async () => {
    const sb = await sandbox();
    const result = await run(sb, { outcome: "success" });
    ok(result);
    const [review] = reviews(sb, "acme/shop");
    expect(review?.body).toContain("### Change requests\n\nNo change requests were supplied");
    expect(result.summary).toContain("No change requests were supplied");
    expect(ourComments(issue(sb, "acme/shop", 12))).toHaveLength(0);
  });

  it("says when a change request no longer exists instead of failing", async () => {
    const sb = await sandbox();
    const gone = { ...cr12, number: 99, title: "Deleted one" };
    const goneRepo = { ...cr3, repository: "acme/archived", number: 7 };
    const result = await run(sb, {
      outcome: "success",
      "change-requests": JSON.stringify([gone, goneRepo, cr12]),
    });
    ok(result);
    const [review] = reviews(sb, "acme/shop");
    expect(review?.body).toContain("⚠️ no longer exists");
    expect(review?.body).toContain("#99, acme/archived#7 no longer exist");
    expect(result.summary).toContain("no longer exists");
    expect(issue(sb, "acme/shop", 12).labels).toContain("change/implemented");
  });

  it("closes the change requests on success when asked, and only then", async () => {
    const sb = await sandbox();
    ok(
      await run(sb, {
        outcome: "failure",
        "close-change-requests": "on-success",
        "change-requests": JSON.stringify([cr12]),
      }),
    );
    expect(issue(sb, "acme/shop", 12).state).toBe("open");
    const result = await run(
      sb,
      {
        outcome: "success",
        "close-change-requests": "on-success",
        "change-requests": JSON.stringify([cr12]),
      },
      { runAttempt: 2 },
    );
    ok(result);
    const cr = issue(sb, "acme/shop", 12);
    expect(cr.state).toBe("closed");
    expect(cr.stateReason).toBe("completed");
    expect(ourComments(cr)).toHaveLength(1);
    expect(ourComments(cr)[0]?.body).toContain("and closed");
    expect(result.summary).toContain("closed");
  });

  it("fails naming `actions: read` when the token cannot list the environments, and writes nothing", async () => {
    const sb = await startSandbox(
      `${scenario()}
tokens:
  - value: ghs_issues_only
    permissions: { issues: write, contents: read }
`,
    );
    sandboxes.push(sb);
    const result = await runAction("post-implementation-review", {
      sandbox: sb,
      token: "ghs_issues_only",
      repository: "acme/shop",
      runId: RUN_ID,
      inputs: { environment: "production", outcome: "success", "change-requests": JSON.stringify([cr12]) },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      "::error::The token cannot list the environments of acme/shop to check that `production` is one of them: add `actions: read` to the job's `permissions:` and re-run.",
    );
    expect(reviews(sb, "acme/shop")).toHaveLength(0);
    expect(issue(sb, "acme/shop", 12).labels).not.toContain("change/implemented");
  });

  it("fails on an environment the repository does not have, listing those it has", async () => {
    const sb = await sandbox();
    const result = await run(sb, { environment: "prodution", outcome: "success" });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      "::error::The `environment` input names `prodution`, which is not an environment of acme/shop (did you mean `production`?): it has `production`. Fix the `environment` input and re-run.",
    );
    expect(reviews(sb, "acme/shop")).toHaveLength(0);
  });

  it("assigns the named reviewers first and at most 10 people, saying who was left out", async () => {
    const sb = await sandbox();
    const named = Array.from({ length: 10 }, (_, i) => `reviewer${i + 1}`);
    const result = await run(sb, {
      outcome: "success",
      "change-requests": JSON.stringify([cr12]),
      assignees: named.join(", "),
    });
    ok(result);
    const [review] = reviews(sb, "acme/shop");
    expect(review?.assignees).toEqual(named);
    expect(result.summary).toContain("GitHub allows 10 assignees per issue: @bob was not assigned.");
  });

  it("names the review repository when it does not exist", async () => {
    const sb = await sandbox();
    const result = await run(sb, { outcome: "success", repository: "acme/nowhere" });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      "The review repository acme/nowhere does not exist or this token cannot read it",
    );
  });

  it("refuses an unknown outcome with a message naming the input", async () => {
    const sb = await sandbox();
    const result = await run(sb, { outcome: "skipped" });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("outcome");
    expect(result.stdout).toContain("success, failure or cancelled");
    expect(reviews(sb, "acme/shop")).toHaveLength(0);
  });

  it("opens one review when GitHub applies the create but loses its answer, and a label the same", async () => {
    const sb = await sandbox();
    sb.faults.add({ method: "POST", route: "/repos/{owner}/{repo}/issues", applied: true });
    sb.faults.add({ method: "POST", route: "/repos/{owner}/{repo}/labels", applied: true, status: 502 });
    const result = await run(sb, { outcome: "success", "change-requests": JSON.stringify([cr12]) });
    ok(result);
    expect(result.stdout).toContain("GitHub had written it");
    expect(marked(sb, "acme/shop")).toHaveLength(1);
    expect(repo(sb, "acme/shop").labels.filter((l) => l.name === "post-implementation-review")).toHaveLength(
      1,
    );
    expect(ourComments(issue(sb, "acme/shop", 12))).toHaveLength(1);
  });

  // Repeated: which run's create lands first varies from one round to the next.
  it.each([1, 2, 3])("two runs of one deployment at once end with one open review (round %i)", async () => {
    const sb = await sandbox();
    // Both read before either writes: each opens a review.
    sb.faults.add({ method: "POST", route: "/repos/{owner}/{repo}/issues", delayMs: 300, times: 2 });
    const inputs = { outcome: "success", "change-requests": JSON.stringify([cr12]) };
    const [a, b] = await Promise.all([run(sb, inputs), run(sb, inputs, { runAttempt: 2 })]);
    ok(a);
    ok(b);
    const open = marked(sb, "acme/shop");
    expect(open).toHaveLength(1);
    expect(a.outputs["issue-number"]).toBe(String(open[0]!.number));
    expect(b.outputs["issue-number"]).toBe(String(open[0]!.number));
    // The newer one is closed, out of the reviews, and says which it duplicates.
    const closed = repo(sb, "acme/shop").issues.filter((i) =>
      i.body?.startsWith(`Duplicate of #${open[0]!.number}`),
    );
    // (Whether both got to open one depends on timing: then exactly one was closed, and said so.)
    expect(closed.length).toBeLessThanOrEqual(1);
    for (const c of closed) expect(c.state).toBe("closed");
    if (closed.length === 1)
      expect(a.stdout + b.stdout).toContain("Another run opened this deployment's review at the same time");
    expect(reviews(sb, "acme/shop")).toHaveLength(1);
    // One link comment on the change request, linking the kept review.
    expect(ourComments(issue(sb, "acme/shop", 12))).toHaveLength(1);
    expect(ourComments(issue(sb, "acme/shop", 12))[0]!.body).toContain(`#${open[0]!.number}`);
    // A clean re-run changes nothing and opens nothing.
    ok(await run(sb, inputs, { runAttempt: 3 }));
    expect(marked(sb, "acme/shop")).toHaveLength(1);
    expect(ourComments(issue(sb, "acme/shop", 12))).toHaveLength(1);
  });

  it("stays within 2 + 2 requests per change request once its labels exist", async () => {
    const sb = await sandbox(`    files:
      .github/gatehouse.yml: "version: 1\\n"`);
    const crs = JSON.stringify([cr12, cr13, cr3]);
    // The first deployment also creates the labels it uses (one request each, once).
    ok(await run(sb, { outcome: "success", "change-requests": crs }, { runId: 1 }));
    expect(
      sb.requests.filter((r) => r.route === "/repos/{owner}/{repo}/labels" && r.method === "POST"),
    ).toHaveLength(4);
    sb.resetRequests();
    const at = sb.state.now;
    ok(await run(sb, { outcome: "success", "change-requests": crs, "close-change-requests": "on-success" }));
    expect(sb.requests.length).toBeLessThanOrEqual(2 + 2 * 3);
    // The read; no review yet, so a look among the issues Gatehouse opened (a review whose label
    // someone removed is still found); the look for a review another run opened at the same time;
    // then the comments, labels and closings of all three in one mutation.
    expect(sb.requests.filter((r) => r.route === "graphql")).toHaveLength(4);
    expect(sb.requests.filter((r) => r.route === "/repos/{owner}/{repo}/issues/{issue_number}")).toHaveLength(
      0,
    );
    expect(sb.state.repos[0]!.issues.filter((i) => [12, 13].includes(i.number)).map((i) => i.state)).toEqual([
      "closed",
      "closed",
    ]);
    // A re-run of it at the same GitHub time: the policy, the read, the approvals and the
    // environments, nothing written.
    sb.resetRequests();
    ok(
      await run(
        sb,
        { outcome: "success", "change-requests": crs, "close-change-requests": "on-success" },
        { now: at },
      ),
    );
    // The read, the approvals and the environments are sent together: any may arrive first.
    expect(sb.requests.map((r) => `${r.method} ${r.route}`).sort()).toEqual([
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals",
      "GET /repos/{owner}/{repo}/contents/{path}",
      "GET /repos/{owner}/{repo}/environments",
      "POST graphql",
    ]);
  });
});
