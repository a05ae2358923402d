/**
 * Demo step: the deployment itself, simulated — what `./build-and-deploy.sh` would do between the
 * gate and the release. It records a deployment of the head commit to production in the sandbox
 * (Deployments API: created, in progress, success), as a deploy tool would, and leaves for the
 * later steps when it started (`started-at`), where it went (`environment`) and how it ended
 * (`outcome`). No Gatehouse action runs here.
 */
import type { DemoContext, DemoStep } from "../types";

/** Minutes the simulated deployment took. */
const DEPLOY_MINUTES = 12;

async function api<T>(ctx: DemoContext, method: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${ctx.sandbox.apiUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${ctx.sandbox.token}`,
      accept: "application/vnd.github+json",
      "content-type": "application/json",
    },
    body: JSON.stringify(body),
  });
  const data = (await res.json()) as T & { message?: string };
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${data.message ?? ""}`.trim());
  return data;
}

export const deployStep: DemoStep = {
  title: "Deploy to production (simulated)",
  async run(ctx) {
    const environment = ctx.shared.environment ?? "production";
    // Starts at GitHub's time (the sandbox's clock); the deployment takes DEPLOY_MINUTES of it.
    const startedAt = ctx.sandbox.state.now;
    const [owner, repo] = ctx.repository.split("/");
    const ref = ctx.shared["head-sha"] || "main";
    const deployment = await api<{ id: number; sha: string }>(
      ctx,
      "POST",
      `/repos/${owner}/${repo}/deployments`,
      {
        ref,
        environment,
        description: "Deployed by the demo's build-and-deploy step",
        auto_merge: false,
        required_contexts: [],
      },
    );
    for (const state of ["in_progress", "success"]) {
      if (state === "success")
        ctx.sandbox.setNow(new Date(Date.parse(startedAt) + DEPLOY_MINUTES * 60_000).toISOString());
      await api(ctx, "POST", `/repos/${owner}/${repo}/deployments/${deployment.id}/statuses`, {
        state,
        environment,
        description: state === "success" ? `Deployed in ${DEPLOY_MINUTES} minutes` : "Deploying",
      });
    }
    ctx.shared.environment = environment;
    ctx.shared["started-at"] = startedAt;
    ctx.shared.outcome = "success";
    ctx.print.kv("deployment", `#${deployment.id} of ${deployment.sha.slice(0, 7)} to ${environment}`);
    ctx.print.kv("started at", `${startedAt}, done ${DEPLOY_MINUTES} min later (${ctx.sandbox.state.now})`);
    ctx.print.kv("outcome", "success");
    return `deployment #${deployment.id} to ${environment}: success`;
  },
};
