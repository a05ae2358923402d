/**
 * Demo step: the Gatehouse App, GitHub's custom deployment protection rule. The App runs beside
 * the sandbox (its key, secret and webhook URL as an install would set them); the deploy job of
 * acme/inventory reaches production, GitHub holds it and asks the App; the App says it waits for
 * an approval of change request #1; Dana approves on the issue, and the App lets the job through.
 * The App's own log lines (JSON, one per event) are printed as they come.
 */
import type { DemoContext, DemoStep } from "../types";

const REPOSITORY = "acme/inventory";
const SECRET = "demo-webhook-secret";

/** Polls until `done` is true, for at most `ms`. */
async function until(done: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

/** One App log line, short: what happened, to which run and environment, how long it took. */
function describe(line: Record<string, unknown>): string | undefined {
  const msg = String(line.msg ?? "");
  if (msg === "delivery handled" && line.event !== "deployment_protection_rule") return undefined;
  const parts = [
    line.event ? `${line.event}` : "",
    line.repository ? `${line.repository}` : "",
    line.run ? `run ${line.run}` : "",
    line.environment ? `${line.environment}` : "",
    line.ms !== undefined ? `${line.ms} ms` : "",
  ].filter(Boolean);
  return `${msg}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

export const appStep: DemoStep = {
  title: "The Gatehouse App: GitHub holds a deployment until its change request is approved",
  async run(ctx: DemoContext) {
    const { createLogger, startApp } = await import("@gatehouse/app");
    const sb = ctx.sandbox;
    const gatehouse = sb.apps.get("gatehouse");
    const app = await startApp({
      config: {
        appId: gatehouse.id,
        privateKey: gatehouse.privateKey,
        webhookSecret: SECRET,
        apiUrl: sb.apiUrl,
        graphqlUrl: sb.graphqlUrl,
        serverUrl: sb.url,
        port: 0,
        host: "127.0.0.1",
        recheckMinutes: 0,
      },
      log: createLogger((text) => {
        const shown = describe(JSON.parse(text) as Record<string, unknown>);
        if (shown) ctx.print.line(`  app │ ${shown}`);
      }),
    });
    try {
      sb.apps.setWebhookUrl("gatehouse", app.webhookUrl);
      await app.recovered;
      ctx.print.line(
        `The deploy job of ${REPOSITORY} reaches production, where the Gatehouse App's rule is ticked.`,
      );
      const { run, gates } = sb.apps.requestDeployment({ repository: REPOSITORY, environment: "production" });
      const gate = gates[0];
      if (!gate) throw new Error("GitHub held nothing: the App's rule is not on production");
      await sb.apps.idle();
      if (!(await until(() => gate.reports.length > 0 || gate.state !== "pending", 15_000)))
        throw new Error("the App did not answer within 15 s");
      if (gate.state !== "pending") throw new Error(`the App answered ${gate.state}; it should hold the job`);
      ctx.print.kv("GitHub", `run ${run.id} is ${run.status}; the App's status report:`);
      for (const l of (gate.reports.at(-1)?.comment ?? "").split("\n").filter(Boolean))
        ctx.print.line(`  ${l}`);

      ctx.print.line("");
      ctx.print.line("Dana, on the change advisory board, reads #1 and approves it: /approve");
      const res = await fetch(`${sb.apiUrl}/repos/${REPOSITORY}/issues/1/comments`, {
        method: "POST",
        headers: { authorization: "token ghs_demo_dana", "content-type": "application/json" },
        body: JSON.stringify({ body: "/approve" }),
      });
      if (res.status !== 201) throw new Error(`could not post Dana's approval (HTTP ${res.status})`);
      await sb.apps.idle();
      if (!(await until(() => gate.state !== "pending", 15_000)))
        throw new Error("the App did not answer after the approval");
      // Read again: the answer came while this step waited.
      const answered: string = gate.state;
      ctx.print.kv("GitHub", `run ${run.id} is ${run.status}: the rule was ${answered}`);
      for (const l of (gate.comment ?? "").split("\n").filter(Boolean)) ctx.print.line(`  ${l}`);
      if (answered !== "approved")
        throw new Error(`the App ${answered} the deployment after Dana's approval`);
      ctx.link("the held and released run", `${sb.url}/${REPOSITORY}/actions/runs/${run.id}`);
      ctx.link("change request acme/inventory#1", `${sb.url}/${REPOSITORY}/issues/1`);
      return `GitHub held run ${run.id} until Dana approved #1; the App then approved it`;
    } finally {
      sb.apps.setWebhookUrl("gatehouse", null);
      await app.close(1000);
    }
  },
};
