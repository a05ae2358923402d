/**
 * Demo step: the freeze check of the assess job. First the same deployment tried on Black Friday,
 * which a freeze blocks (and says until when, with overlapping windows merged); then today's
 * deployment, which passes with a one-hour runway and names the next freeze.
 *
 * Leaves in ctx.shared: `freeze` (its outputs as JSON, for the release manifest),
 * `freeze-overridden-by` (empty: no override) and `freeze-next-window`.
 */
import type { DemoStep } from "../types";

const BLACK_FRIDAY = "2026-11-27T14:00:00Z";

export const freezeWindowStep: DemoStep = {
  title: "Freeze window: a deployment on Black Friday, and today's",
  action: "freeze-window",
  async run(ctx) {
    const environment = ctx.shared.environment ?? "production";

    ctx.print.line(`Trying ${environment} at ${BLACK_FRIDAY} (Friday 15:00 in Berlin, Black Friday):`);
    // The action reads GitHub's time (the sandbox's clock): move it to Black Friday and back.
    const today = ctx.sandbox.state.now;
    ctx.sandbox.setNow(BLACK_FRIDAY);
    let blocked: Awaited<ReturnType<typeof ctx.runAction>>;
    try {
      blocked = await ctx.runAction("freeze-window", { inputs: { environment } });
    } finally {
      ctx.sandbox.setNow(today);
    }
    ctx.print.result(blocked, { outputs: ["frozen", "window", "ends-at", "next-window"], summaryLines: 3 });
    if (blocked.outputs.frozen !== "true" || blocked.exitCode === 0) {
      throw new Error("freeze-window let a Black Friday deployment through");
    }

    ctx.print.line(`Now (${ctx.now}), with a 60-minute runway:`);
    const passed = await ctx.runAction("freeze-window", { inputs: { environment, runway: "60" } });
    ctx.print.result(passed, { outputs: ["frozen", "next-window", "next-starts-at"], summaryLines: 3 });
    if (passed.exitCode !== 0 || passed.outputs.frozen !== "false") {
      throw new Error("freeze-window blocked today's deployment (see its log above)");
    }
    ctx.shared.freeze = JSON.stringify(passed.outputs);
    ctx.shared["freeze-overridden-by"] = passed.outputs["overridden-by"] ?? "";
    ctx.shared["freeze-next-window"] = passed.outputs["next-window"] ?? "";
    return `Black Friday blocked until ${blocked.outputs["ends-at"]}; today not frozen (next: ${passed.outputs["next-window"]} at ${passed.outputs["next-starts-at"]})`;
  },
};
