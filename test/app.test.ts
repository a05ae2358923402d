/**
 * The App runs the same gate and freeze check as the actions. For each world, the change-gate
 * and freeze-window bundles run for workflow run RUN_ID as a runner runs them; then GitHub asks
 * the App about the same run: where the actions allow, the App approves; where they block, the App
 * rejects — or holds, when only an approval (or, with `freeze.hold`, the freeze's end) is missing.
 * The App finds the change gate's comment on each change request already right: the same code
 * wrote it.
 */
import { afterEach, describe, expect, it } from "vitest";
import { configFor, SECRET } from "../packages/app/src/app.fixture";
import { createLogger, type RunningApp, startApp } from "../packages/app/src/index";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/index";
import { changeRequest, POLICY, pull, RUN_ID, type World, world } from "./change-gate.fixture";
import { hasBundle, runAction } from "./harness";

function withApp(w: World) {
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
          installations: [{ account: "acme" }],
        },
      ],
      ...w.extra,
    },
  });
  sc.repos![0]!.environments = [{ name: "production", protectionRules: ["gatehouse"] }];
  return sc;
}

const FREEZE_NOW = `version: 1
${POLICY.replace(/^version: 1\n/, "")}freeze:
  hold: HOLD
  windows:
    - name: Launch week
      reason: Marketing launch
      from: 2026-03-02T00:00
      to: 2026-03-02T12:30
`;

let sb: Sandbox | undefined;
let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close(500);
  await sb?.close();
  sb = undefined;
  app = undefined;
});

async function actionsThenApp(w: World) {
  sb = await startSandbox(withApp(w));
  const gate = await runAction("change-gate", {
    sandbox: sb,
    runId: RUN_ID,
    inputs: { environment: "production" },
  });
  const freeze = await runAction("freeze-window", {
    sandbox: sb,
    runId: RUN_ID,
    inputs: { environment: "production" },
  });
  const commentsAfterActions = crComments(sb);

  const lines: Record<string, unknown>[] = [];
  app = await startApp({
    config: configFor(sb),
    log: createLogger((l) => lines.push(JSON.parse(l) as Record<string, unknown>)),
    retryBaseMs: 5,
  });
  sb.apps.setWebhookUrl("gatehouse", app.webhookUrl);
  await app.recovered;
  const { gates, run } = sb.apps.requestDeployment({
    repository: "acme/shop",
    environment: "production",
    runId: RUN_ID,
  });
  await sb.apps.idle();
  return { gate, freeze, gates, run, commentsAfterActions, lines };
}

function crComments(s: Sandbox) {
  return s.state.repos[0]!.issues.flatMap((i) =>
    i.comments
      .filter((c) => c.body.includes("gatehouse:change-gate"))
      .map((c) => ({ issue: i.number, id: c.id, body: c.body })),
  );
}

describe.skipIf(!hasBundle("change-gate") || !hasBundle("freeze-window"))(
  "the App shares the actions' gate",
  () => {
    it("approves what the actions allow, finding the gate's comments already right", async () => {
      const r = await actionsThenApp({});
      expect(r.gate.outputs.decision).toBe("allow");
      expect(r.freeze.outputs.frozen).toBe("false");
      expect(r.gates[0]).toMatchObject({ state: "approved" });
      expect(r.gates[0]!.comment).toMatch(/^✅ Gatehouse: every change deployed to production is covered/);
      expect(r.gates[0]!.comment).toContain("#5](");
      expect(crComments(sb!)).toEqual(r.commentsAfterActions);
      expect(r.commentsAfterActions).toHaveLength(1);
      expect(sb!.violations).toEqual([]);
    });

    it("rejects what the actions block for good: a pull request without a change request", async () => {
      const r = await actionsThenApp({ pulls: [pull(12, "Add billing", "No link here")] });
      expect(r.gate.outputs.decision).toBe("block");
      expect(r.gates[0]!.state).toBe("rejected");
      expect(r.gates[0]!.comment).toContain("PR #12 'Add billing' links no change request");
      expect(r.gates[0]!.comment!.length).toBeLessThanOrEqual(1024);
    });

    it("rejects a change request an approver rejected", async () => {
      const r = await actionsThenApp({
        crs: [
          changeRequest(5, {
            comments: [{ author: "carol", body: "/reject", createdAt: "2026-03-02T10:00:00Z" }],
          }),
        ],
      });
      expect(r.gate.outputs.decision).toBe("block");
      expect(r.gates[0]!.state).toBe("rejected");
      expect(crComments(sb!)).toEqual(r.commentsAfterActions);
    });

    it("holds what the actions block only for a missing approval, then lets it go when the approver approves", async () => {
      const r = await actionsThenApp({ crs: [changeRequest(5, { approvedBy: [] })] });
      expect(r.gate.outputs.decision).toBe("block");
      expect(JSON.parse(r.gate.outputs.reasons!)).toEqual([expect.stringMatching(/needs 1 approval/)]);
      expect(r.gates[0]!.state).toBe("pending");
      expect(r.gates[0]!.reports.at(-1)!.comment).toMatch(
        /^⏳ Gatehouse holds this deployment to production, waiting for 1 approval on #5 from @carol, @dave or @erin/,
      );
      expect(crComments(sb!)).toEqual(r.commentsAfterActions);

      const res = await fetch(`${sb!.apiUrl}/repos/acme/shop/issues/5/comments`, {
        method: "POST",
        headers: { authorization: "token carol-token", "content-type": "application/json" },
        body: JSON.stringify({ body: "/approve" }),
      });
      expect(res.status).toBe(201);
      await sb!.apps.idle();
      for (let i = 0; i < 200 && r.gates[0]!.state === "pending"; i++)
        await new Promise((x) => setTimeout(x, 25));
      expect(r.gates[0]!.state).toBe("approved");
      // The gate's comment on #5 now says allowed, updated in place.
      const after = crComments(sb!);
      expect(after).toHaveLength(1);
      expect(after[0]!.body).toMatch(/Deployment to production allowed/);
    });

    it.each([
      ["rejects", "false", "rejected"],
      ["holds", "true", "pending"],
    ])(
      "%s a deployment the freeze blocks, as the policy's freeze.hold says (%s)",
      async (_what, hold, state) => {
        const r = await actionsThenApp({ policy: FREEZE_NOW.replace("HOLD", hold) });
        expect(r.gate.outputs.decision).toBe("allow");
        expect(r.freeze.outputs.frozen).toBe("true");
        expect(r.gates[0]!.state).toBe(state);
        if (state === "pending") {
          expect(r.gates[0]!.reports.at(-1)!.comment).toMatch(
            /the freeze "Launch week" \(Marketing launch\) to end at 2026-03-02T12:30:00\+00:00/,
          );
          expect(app!.holds.list()).toEqual([
            { key: `acme/shop#${RUN_ID}:production`, at: "2026-03-02T12:30:00.000Z" },
          ]);
        } else {
          expect(r.gates[0]!.comment).toMatch(/frozen by "Launch week"/);
        }
      },
    );
  },
);
