/**
 * The App enforces the same rules as the change-gate and freeze-window actions: one table of
 * cases, each run through both bundles (as a runner runs them, for workflow run RUN_ID) and then
 * through the App, which GitHub asks about the same run. Where the actions allow, the App approves;
 * where they block, the App rejects with the same reason — or holds, when only an approval (or,
 * with `freeze.hold`, the freeze's end) is missing. The App finds the change gate's comment on each
 * change request already right: the same code wrote it.
 */

import { describe, expect, it } from "vitest";
import { configFor, SECRET } from "../packages/app/src/app.fixture";
import { createLogger, type RunningApp, startApp } from "../packages/app/src/index";
import { findMarker } from "../packages/core/src/index";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/index";
import { changeRequest, POLICY, pull, RUN_ID, type World, world } from "./change-gate.fixture";
import { hasBundle, runAction } from "./harness";

/**
 * Each case's installation has its own id: `@octokit/auth-app` shares token requests under way
 * across the process by installation, repositories and permissions (GitHub's installation ids are
 * unique), and the cases run at once, each against its own sandbox.
 */
function withApp(w: World, installationId = 1) {
  const sc = world({
    ...w,
    extra: {
      tokens: [{ value: "carol-token", user: "carol", permissions: { issues: "write" } }],
      apps: [
        {
          slug: "gatehouse",
          owner: "acme",
          permissions: {
            actions: "read",
            contents: "read",
            deployments: "write",
            issues: "write",
            "pull-requests": "read",
          },
          events: ["deployment_protection_rule", "issue_comment", "issues"],
          webhookSecret: SECRET,
          installations: [{ id: installationId, account: "acme" }],
        },
      ],
      ...w.extra,
    },
  });
  sc.repos![0]!.environments = [
    { name: "production", protectionRules: ["gatehouse"] },
    { name: "staging", protectionRules: ["gatehouse"] },
  ];
  return sc;
}

/** The fixture's policy (NOW is Monday 2 March 2026, 12:00 UTC) with a freeze section. */
const withFreeze = (freeze: string) => `${POLICY}freeze:\n${freeze}`;
const LAUNCH_WEEK = `  windows:
    - name: Launch week
      reason: Marketing launch
      from: 2026-03-02T00:00
      to: 2026-03-02T12:30
`;

/** What the actions say and what the App answers, for one world. */
interface Case {
  world: World;
  /** Inputs of the freeze-window step (the App has none: it finds the emergency change itself). */
  freezeInputs?: Record<string, string>;
  /** change-gate's `decision` and freeze-window's `frozen`. */
  actions: { decision: "allow" | "block"; frozen: "true" | "false" };
  app: "approved" | "rejected" | "pending";
  /** In the App's answer (rejected: the actions' own reason) or its status report (pending). */
  says: RegExp;
}

const emergency = { fields: { "Change type": "Emergency", Risk: "High" } };
const high = { fields: { Risk: "High" } };

const CASES: Record<string, Case> = {
  "every change covered by an approved change request": {
    world: {},
    actions: { decision: "allow", frozen: "false" },
    app: "approved",
    says: /every change deployed to production is covered/,
  },
  "a pull request that links no change request": {
    world: { pulls: [pull(12, "Add billing", "No link here")] },
    actions: { decision: "block", frozen: "false" },
    app: "rejected",
    says: /PR #12 'Add billing' links no change request/,
  },
  "a direct push without a trailer": {
    world: { commits: [{ message: "fix: sneaky", author: "bob", files: ["src/sneaky.ts"] }] },
    actions: { decision: "block", frozen: "false" },
    app: "rejected",
    says: /'fix: sneaky' was pushed without a pull request and links no change request/,
  },
  "a docs-only pull request without a change request (exempt)": {
    world: {
      pulls: [
        pull(12, "Add billing", "Change-Request: #5"),
        pull(14, "Docs", "", { files: [{ path: "docs/guide.md", additions: 3, deletions: 0 }] }),
      ],
    },
    actions: { decision: "allow", frozen: "false" },
    app: "approved",
    says: /covered by an approved change request/,
  },
  "the change/approved label applied by an approver": {
    world: {
      crs: [
        changeRequest(5, {
          approvedBy: [],
          labels: ["change-request", { name: "change/approved", actor: "dave", at: "2026-03-02T10:00:00Z" }],
        }),
      ],
    },
    actions: { decision: "allow", frozen: "false" },
    app: "approved",
    says: /covered by an approved change request/,
  },
  "the change/approved label applied by someone who is not an approver": {
    world: {
      crs: [
        changeRequest(5, {
          approvedBy: [],
          labels: [
            "change-request",
            { name: "change/approved", actor: "mallory", at: "2026-03-02T10:00:00Z" },
          ],
        }),
      ],
    },
    actions: { decision: "block", frozen: "false" },
    app: "pending",
    says: /waiting for 1 approval on #5 from @carol, @dave or @erin\..*\n- #5: @mallory's approval \(the `change\/approved` label\) does not count: they are not an approver; add them to approvals\.approvers in \.github\/gatehouse\.yml on the default branch, or ask one who is\n/,
  },
  "self-approval by the change request's author": {
    world: { crs: [changeRequest(5, { author: "carol", approvedBy: ["carol"] })] },
    actions: { decision: "block", frozen: "false" },
    app: "pending",
    says: /waiting for 1 approval on #5.*\n- #5: @carol's approval does not count: they opened this change request; ask another approver\n/,
  },
  "approval by an author of a commit in the deployed range": {
    world: {
      crs: [changeRequest(5, { approvedBy: ["dave"] })],
      pulls: [pull(12, "Add billing", "Change-Request: #5", { author: "dave" })],
    },
    actions: { decision: "block", frozen: "false" },
    app: "pending",
    says: /\n- #5: @dave's approval does not count: they [^\n;]+ in the deployed range; ask an approver who did not shape the change\n/,
  },
  "an approval made before the change request's last edit": {
    world: { crs: [changeRequest(5, { edits: ["2026-03-02T11:00:00Z"] })] },
    actions: { decision: "block", frozen: "false" },
    app: "pending",
    says: /\n- #5: @carol's approval does not count: they approved at 2026-03-02 10:00:00Z, before the change request was last edited \(2026-03-02 11:00:00Z\); ask them to approve again\n/,
  },
  "/reject by an approver": {
    world: {
      crs: [
        changeRequest(5, {
          comments: [
            { author: "carol", body: "/approve", createdAt: "2026-03-02T10:00:00Z" },
            { author: "dave", body: "/reject untested back-out", createdAt: "2026-03-02T10:30:00Z" },
          ],
        }),
      ],
    },
    actions: { decision: "block", frozen: "false" },
    app: "rejected",
    says: /it was rejected by @dave/,
  },
  "a high-risk change one approval short of its quorum": {
    world: { crs: [changeRequest(5, { ...high, approvedBy: ["carol"] })] },
    actions: { decision: "block", frozen: "false" },
    app: "pending",
    says: /waiting for 1 approval on #5/,
  },
  "a high-risk change with its quorum": {
    world: { crs: [changeRequest(5, { ...high, approvedBy: ["carol", "erin"] })] },
    actions: { decision: "allow", frozen: "false" },
    app: "approved",
    says: /covered by an approved change request/,
  },
  "a pre-approved standard change": {
    world: {
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
    },
    actions: { decision: "allow", frozen: "false" },
    app: "approved",
    says: /covered by an approved change request/,
  },
  "an emergency change approved only by normal approvers": {
    world: { crs: [changeRequest(5, { ...emergency, approvedBy: ["carol", "dave"] })] },
    actions: { decision: "block", frozen: "false" },
    app: "pending",
    says: /waiting for 1 emergency approval on #5 from @olivia/,
  },
  "a change request outside its planned window": {
    world: {
      crs: [
        changeRequest(5, {
          fields: { "Planned start": "2026-03-02 13:00", "Planned end": "2026-03-02T14:00:00Z" },
        }),
      ],
    },
    actions: { decision: "block", frozen: "false" },
    app: "rejected",
    says: /planned window starts at 2026-03-02 13:00:00Z/,
  },
  "a change request already implemented": {
    world: { crs: [changeRequest(5, { labels: ["change-request", "change/implemented"] })] },
    actions: { decision: "block", frozen: "false" },
    app: "rejected",
    says: /already labelled `change\/implemented`/,
  },
  "a closed change request": {
    world: { crs: [changeRequest(5, { state: "closed" })] },
    actions: { decision: "block", frozen: "false" },
    app: "rejected",
    says: /it is closed and cannot authorise a new deployment/,
  },
  "a change request whose form cannot be read": {
    world: { crs: [changeRequest(5, { fields: { "Back-out plan": "_No response_" } })] },
    actions: { decision: "block", frozen: "false" },
    app: "rejected",
    says: /its form field "Back-out plan" cannot be read/,
  },
  "a policy that cannot be read": {
    world: { policy: "version: 1\napprovals:\n  quorum: { low: zero }\n" },
    // Both fail closed: freeze-window says frozen when it cannot read the freezes.
    actions: { decision: "block", frozen: "true" },
    app: "rejected",
    says: /quorum/,
  },
  "a freeze, without freeze.hold": {
    world: { policy: withFreeze(LAUNCH_WEEK) },
    actions: { decision: "allow", frozen: "true" },
    app: "rejected",
    says: /frozen by "Launch week"/,
  },
  "a freeze, with freeze.hold": {
    world: { policy: withFreeze(`  hold: true\n${LAUNCH_WEEK}`) },
    actions: { decision: "allow", frozen: "true" },
    app: "pending",
    // In the freeze's time zone, as a person reads it.
    says: /waiting for the freeze "Launch week" \(Marketing launch\) to end on Mon at 12:30 UTC/,
  },
  "a recurring freeze in the policy's timezone, with freeze.hold": {
    world: {
      policy: withFreeze(`  hold: true
  timezone: Europe/Berlin
  windows:
    - name: Monday release train
      start: "0 9 * * MON"
      end: "0 14 * * MON"
`),
    },
    actions: { decision: "allow", frozen: "true" },
    app: "pending",
    says: /the freeze "Monday release train" to end on Mon at 14:00 Europe\/Berlin\. /,
  },
  "a freeze on another environment only": {
    world: {
      policy: withFreeze(
        LAUNCH_WEEK.replace("      reason:", "      environments: [staging]\n      reason:"),
      ),
    },
    actions: { decision: "allow", frozen: "false" },
    app: "approved",
    says: /covered by an approved change request, and no freeze is on/,
  },
  "an approved emergency change through a freeze the policy lets it override": {
    world: {
      policy: withFreeze(`  allow-emergency: true\n${LAUNCH_WEEK}`),
      crs: [changeRequest(5, { ...emergency, approvedBy: ["olivia"] })],
    },
    freezeInputs: { "change-request": "5" },
    actions: { decision: "allow", frozen: "false" },
    app: "approved",
    says: /the freeze is overridden by emergency change #5/,
  },
  "an approved emergency change through a freeze the policy does not let it override": {
    world: {
      policy: withFreeze(LAUNCH_WEEK),
      crs: [changeRequest(5, { ...emergency, approvedBy: ["olivia"] })],
    },
    freezeInputs: { "change-request": "5" },
    actions: { decision: "allow", frozen: "true" },
    app: "rejected",
    says: /frozen by "Launch week"/,
  },
  "a missing approval and a freeze, with freeze.hold": {
    world: {
      policy: withFreeze(`  hold: true\n${LAUNCH_WEEK}`),
      crs: [changeRequest(5, { approvedBy: [] })],
    },
    actions: { decision: "block", frozen: "true" },
    app: "pending",
    says: /waiting for 1 approval on #5 .*; and for the freeze "Launch week"/,
  },
  "a missing approval and a freeze, without freeze.hold": {
    world: { policy: withFreeze(LAUNCH_WEEK), crs: [changeRequest(5, { approvedBy: [] })] },
    actions: { decision: "block", frozen: "true" },
    app: "rejected",
    says: /frozen by "Launch week"/,
  },
};

function crComments(s: Sandbox) {
  return s.state.repos[0]!.issues.flatMap((i) =>
    i.comments
      .filter((c) => c.body.includes("gatehouse:change-gate"))
      .map((c) => ({ issue: i.number, id: c.id, body: c.body })),
  );
}

async function actionsThenApp(sb: Sandbox, c: Pick<Case, "freezeInputs">) {
  const gate = await runAction("change-gate", {
    sandbox: sb,
    runId: RUN_ID,
    inputs: { environment: "production" },
  });
  const freeze = await runAction("freeze-window", {
    sandbox: sb,
    runId: RUN_ID,
    inputs: { environment: "production", ...c.freezeInputs },
  });
  const commentsAfterActions = crComments(sb);
  const app = await startApp({ config: configFor(sb), log: createLogger(() => {}), retryBaseMs: 5 });
  sb.apps.setWebhookUrl("gatehouse", app.webhookUrl);
  await app.recovered;
  const { gates, run } = sb.apps.requestDeployment({
    repository: "acme/shop",
    environment: "production",
    runId: RUN_ID,
  });
  await sb.apps.idle();
  return { app, gate, freeze, gate0: gates[0]!, gates, run, commentsAfterActions };
}

describe.skipIf(!hasBundle("change-gate") || !hasBundle("freeze-window"))(
  "the App enforces the rules of change-gate and freeze-window",
  () => {
    it.concurrent.for(Object.entries(CASES))("%s", async ([name, c], { expect }) => {
      const sb = await startSandbox(withApp(c.world, 100 + Object.keys(CASES).indexOf(name)));
      let app: RunningApp | undefined;
      try {
        const r = await actionsThenApp(sb, c);
        app = r.app;
        // The actions, as a workflow runs them.
        expect(r.gate.outputs.decision).toBe(c.actions.decision);
        expect(r.freeze.outputs.frozen).toBe(c.actions.frozen);
        const actionsAllow = c.actions.decision === "allow" && c.actions.frozen === "false";
        expect(r.gate.exitCode === 0 && r.freeze.exitCode === 0).toBe(actionsAllow);
        // The App, asked by GitHub about the same run: the same decision.
        expect(r.gate0.state).toBe(c.app);
        expect(c.app === "approved").toBe(actionsAllow);
        if (c.app === "pending") {
          const report = r.gate0.reports.at(-1)!.comment;
          expect(report).toMatch(/^⏳ Gatehouse holds this deployment to production, waiting for /);
          expect(report).toMatch(c.says);
          expect(report.length).toBeLessThanOrEqual(1024);
          expect(r.run.status).toBe("waiting");
        } else {
          expect(r.gate0.comment).toMatch(c.says);
          expect(r.gate0.comment!.length).toBeLessThanOrEqual(1024);
        }
        if (c.app === "rejected") {
          // The App's reasons are the actions' own words.
          const reasons = JSON.parse(r.gate.outputs.reasons ?? "[]") as string[];
          // (The action names the policy's ref, the branch its event names; the App reads the default branch.)
          for (const reason of reasons)
            expect(r.gate0.comment).toContain(reason.replace(/@refs\/heads\/\S+/, "").slice(0, 120));
        }
        // The App found the gate's comment on each change request already right.
        expect(crComments(sb)).toEqual(r.commentsAfterActions);
        expect(sb.violations).toEqual([]);
      } finally {
        await app?.close(500);
        await sb.close();
      }
    });

    it("decides runs of one commit queued together with one reading of GitHub: each its own answer and its own comment", async () => {
      const sb = await startSandbox(withApp({}, 90));
      const app = await startApp({
        config: configFor(sb),
        log: createLogger(() => {}),
        retryBaseMs: 5,
        concurrency: 1,
      });
      try {
        sb.apps.setWebhookUrl("gatehouse", app.webhookUrl);
        await app.recovered;
        sb.resetRequests();
        // Four runs of the same commit at once: gathered, and decided together.
        const asked = Array.from({ length: 4 }, () =>
          sb.apps.requestDeployment({ repository: "acme/shop", environment: "production" }),
        );
        await sb.apps.idle();
        for (const { gates, run } of asked) {
          expect(gates[0]!.state).toBe("approved");
          expect(gates[0]!.comment).toMatch(/every change deployed to production is covered/);
          // One answer each, and the run's own comment on the change request, naming it.
          expect(
            sb.requestCount({
              method: "POST",
              path: `/repos/acme/shop/actions/runs/${run.id}/deployment_protection_rule`,
            }),
          ).toBe(1);
          const own = crComments(sb).filter(
            (c) => findMarker(c.body, "change-gate") === `acme/shop:production:run-${run.id}`,
          );
          expect(own).toHaveLength(1);
          expect(own[0]!.body).toContain(`/actions/runs/${run.id})`);
        }
        // One decision reads the range, not four.
        expect(sb.requestCount({ route: "/repos/{owner}/{repo}/compare/{basehead}" })).toBe(1);
        expect(sb.violations).toEqual([]);
      } finally {
        await app.close(500);
        await sb.close();
      }
    });

    it("two replicas deciding a never-decided run at the same instant leave one answer and one gate comment", async () => {
      let raced = 0;
      for (let round = 0; round < 3; round++) {
        const sb = await startSandbox(withApp({}, 80 + round));
        const replicas: RunningApp[] = [];
        try {
          for (let i = 0; i < 2; i++)
            replicas.push(
              await startApp({ config: configFor(sb), log: createLogger(() => {}), retryBaseMs: 5 }),
            );
          await Promise.all(replicas.map((r) => r.recovered));
          // Each replica has its tokens already, as replicas that have been running do.
          await Promise.all(replicas.map((r) => r.sweep()));
          // No delivery reaches either (the webhook is not set): both find the run by sweeping, at once.
          // GitHub's answers take their time, as over a network: the two replicas' requests
          // interleave, so both read the change request before either has commented.
          sb.latencyMs = 60;
          const { gates, run } = sb.apps.requestDeployment({
            repository: "acme/shop",
            environment: "production",
          });
          await Promise.all(replicas.map((r) => r.sweep()));

          expect(gates[0]!.state).toBe("approved");
          const answers = sb.requests.filter(
            (r) =>
              r.method === "POST" &&
              r.path === `/repos/acme/shop/actions/runs/${run.id}/deployment_protection_rule`,
          );
          // One answer taken; a second, if both got that far, refused as answered already.
          expect(answers.filter((r) => r.status === 204)).toHaveLength(1);
          expect(answers.filter((r) => r.status !== 204).every((r) => r.status === 422)).toBe(true);
          const own = crComments(sb).filter(
            (c) => findMarker(c.body, "change-gate") === `acme/shop:production:run-${run.id}`,
          );
          expect(own, `round ${round}`).toHaveLength(1);
          expect(own[0]!.body).toMatch(/Deployment to production allowed/);
          if (sb.requests.some((r) => r.graphqlFields?.includes("deleteIssueComment"))) raced++;
          expect(sb.violations).toEqual([]);
        } finally {
          for (const r of replicas) await r.close(500);
          await sb.close();
        }
      }
      // Both replicas commented in at least one round: the race was run, and converged.
      expect(raced).toBeGreaterThan(0);
    });

    it("holds what the actions block only for a missing approval, then lets it go when the approver approves", async () => {
      const sb = await startSandbox(withApp({ crs: [changeRequest(5, { approvedBy: [] })] }));
      let app: RunningApp | undefined;
      try {
        const r = await actionsThenApp(sb, {});
        app = r.app;
        expect(r.gate0.state).toBe("pending");
        const res = await fetch(`${sb.apiUrl}/repos/acme/shop/issues/5/comments`, {
          method: "POST",
          headers: { authorization: "token carol-token", "content-type": "application/json" },
          body: JSON.stringify({ body: "/approve" }),
        });
        expect(res.status).toBe(201);
        await sb.apps.idle();
        for (let i = 0; i < 200 && r.gate0.state === "pending"; i++)
          await new Promise((x) => setTimeout(x, 25));
        expect(r.gate0.state).toBe("approved");
        // The gate's comment on #5 now says allowed, updated in place.
        const after = crComments(sb);
        expect(after).toHaveLength(1);
        expect(after[0]!.body).toMatch(/Deployment to production allowed/);
      } finally {
        await app?.close(500);
        await sb.close();
      }
    });
  },
);
