/**
 * Demo step: the post-implementation review after the deployment — one review issue with the
 * facts of the deployment, a comment on each change request linking it, and the change requests
 * moved to `change/implemented` (and closed).
 *
 * Reads from ctx.shared what earlier steps left: `change-requests` (change-gate), `release-tag`
 * (release-bundle), `started-at` (the simulated deploy), `freeze-overridden-by` (freeze-window),
 * `outcome` (the simulated deploy; success unless it said otherwise).
 */
import type { DemoStep } from "../types";

export const postImplementationReviewStep: DemoStep = {
  title: "Post-implementation review after the deployment",
  action: "post-implementation-review",
  async run(ctx) {
    const shared = ctx.shared;
    const inputs: Record<string, string> = {
      environment: shared.environment ?? "production",
      outcome: shared.outcome ?? "success",
      "change-requests": shared["change-requests"] ?? "",
      "release-tag": shared["release-tag"] ?? "",
      "started-at": shared["started-at"] ?? "",
      "freeze-overridden-by": shared["freeze-overridden-by"] ?? "",
      assignees: "dana",
      "close-change-requests": "on-success",
    };
    ctx.print.line(
      `Outcome ${inputs.outcome}; ${
        inputs["change-requests"] ? "change requests from the gate" : "no change requests from the gate"
      }${inputs["release-tag"] ? `, release ${inputs["release-tag"]}` : ""}.`,
    );
    const result = await ctx.runAction("post-implementation-review", { inputs });
    ctx.print.result(result, { outputs: ["issue-number", "issue-url", "required"], summaryLines: 10 });
    if (result.exitCode !== 0) throw new Error("post-implementation-review failed (see its log above)");
    const url = result.outputs["issue-url"] ?? "";
    if (url) ctx.link("review", url);
    shared["review-url"] = url;

    // What reviewers find in the issue.
    const [owner, name] = ctx.repository.split("/");
    const issue = ctx.sandbox.state.repos
      .find((r) => r.owner === owner && r.name === name)
      ?.issues.find((i) => String(i.number) === result.outputs["issue-number"]);
    if (issue) {
      ctx.print.line(`The review issue: "${issue.title}", assigned to ${issue.assignees.join(", ")}`);
      const shown: [string, string][] = [
        ["Version", "version"],
        ["Duration", "duration"],
        ["Environment approvers", "approved by"],
        ["Due date", "due"],
        ["Review required", "required"],
      ];
      for (const [heading, label] of shown) {
        const value = issue.body.split(`### ${heading}\n\n`)[1]?.split("\n")[0];
        if (value) ctx.print.kv(label, value.replace(/@&#8203;/g, "@").replace(/^- /, ""));
      }
    }

    // Run again, as a re-run of the workflow would: the same issue, nothing duplicated.
    const before = ctx.sandbox.requests.length;
    const again = await ctx.runAction("post-implementation-review", { inputs });
    if (again.exitCode !== 0) throw new Error("the re-run of post-implementation-review failed");
    const writes = ctx.sandbox.requests
      .slice(before)
      .filter((r) => r.method !== "GET" && r.route !== "graphql");
    ctx.print.line(
      `Re-run: same review (${again.outputs["issue-url"] === url ? "same issue" : "A DIFFERENT ISSUE"}), ${writes.length} write(s).`,
    );
    return `review ${url}${result.outputs.required === "true" ? " (required)" : ""}`;
  },
};
