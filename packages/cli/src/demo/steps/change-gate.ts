/**
 * Demo step: the change gate in the assess job. The first assessment blocks (Chen's approval of
 * #10 came before the change request's last edit, so it is void); Chen approves again on the issue
 * and the re-run allows, updating the same comment on each change request.
 *
 * Leaves in ctx.shared: `environment`, `change-requests` (for release-bundle and the review),
 * `risk`, `base-sha`, `head-sha`.
 */
import type { DemoStep } from "../types";

/** The GitHub App token of the demo scenario: it can read team membership (team approvers). */
const APP_TOKEN = "ghs_demo_app_token";

export const changeGateStep: DemoStep = {
  title: "Change gate: is every change covered by an approved change request?",
  action: "change-gate",
  async run(ctx) {
    const inputs = { environment: "production" };
    const outputs = ["decision", "risk", "base-sha", "head-sha", "reasons"];

    ctx.print.line(
      "Assessing the deployment of main to production (team approvers: the app token reads members).",
    );
    const blocked = await ctx.runAction("change-gate", { inputs, token: APP_TOKEN });
    ctx.print.result(blocked, { outputs, summaryLines: 6 });
    if (blocked.outputs.decision !== "block") {
      throw new Error(
        `the first assessment should block (Chen's approval predates the edit of #10), got ${blocked.outputs.decision}`,
      );
    }

    ctx.print.line("");
    ctx.print.line("Chen reads the edited change request #10 and approves it again: /approve");
    const [owner, repo] = ctx.repository.split("/");
    const res = await fetch(`${ctx.sandbox.apiUrl}/repos/${owner}/${repo}/issues/10/comments`, {
      method: "POST",
      headers: {
        authorization: "token ghs_demo_chen",
        "content-type": "application/json",
        accept: "application/vnd.github+json",
      },
      body: JSON.stringify({ body: "/approve\n\nThe new rollout plan is fine." }),
    });
    if (res.status !== 201) throw new Error(`could not post Chen's approval (HTTP ${res.status})`);

    ctx.print.line("Re-running the assess job:");
    const allowed = await ctx.runAction("change-gate", { inputs, token: APP_TOKEN, runAttempt: 2 });
    ctx.print.result(allowed, { outputs: ["decision", "risk", "change-requests"], summaryLines: 12 });
    if (allowed.outputs.decision !== "allow") {
      throw new Error(`the re-run should allow, got ${allowed.outputs.decision}: ${allowed.outputs.reasons}`);
    }

    for (const name of ["change-requests", "risk", "base-sha", "head-sha"])
      ctx.shared[name] = allowed.outputs[name] ?? "";
    ctx.shared.environment = "production";
    const crs = JSON.parse(allowed.outputs["change-requests"] ?? "[]") as { number: number; url: string }[];
    for (const cr of crs) ctx.link(`change request #${cr.number}`, cr.url);
    const reasons = JSON.parse(blocked.outputs.reasons ?? "[]") as string[];
    return `blocked (${reasons.length} reason${reasons.length === 1 ? "" : "s"}), then allowed after Chen's re-approval; risk ${allowed.outputs.risk}, ${crs.length} change requests`;
  },
};
