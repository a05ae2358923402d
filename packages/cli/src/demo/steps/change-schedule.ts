/**
 * Demo step: planning. change-schedule opens the forward schedule of change (the payments
 * database migration #20 planned on 1 December); then Bruno writes a second change request for the
 * payments service in the same evening, and change-schedule, run on that `issues` event, catches
 * the conflict on both change requests and in the schedule issue.
 */
import { renderIssueFormBody } from "@gatehouse/core";
import type { DemoStep } from "../types";

export const changeScheduleStep: DemoStep = {
  title: "Change schedule: a conflict caught when the change request is written",
  action: "change-schedule",
  async run(ctx) {
    ctx.print.line("The forward schedule of change, as the daily scheduled run keeps it:");
    const first = await ctx.runAction("change-schedule", { eventName: "schedule", inputs: { days: "28" } });
    ctx.print.result(first, { outputs: ["conflicts", "issue-number"], summaryLines: 4 });
    if (first.exitCode !== 0) throw new Error("change-schedule failed (see its log above)");

    ctx.print.line("");
    ctx.print.line("Bruno writes a change request for the payments service, the same evening as #20:");
    const [owner, repo] = ctx.repository.split("/");
    const res = await fetch(`${ctx.sandbox.apiUrl}/repos/${owner}/${repo}/issues`, {
      method: "POST",
      headers: {
        authorization: "token ghs_demo_bruno",
        "content-type": "application/json",
        accept: "application/vnd.github+json",
      },
      body: JSON.stringify({
        title: "Rotate the payment gateway's API keys",
        labels: ["change-request"],
        // As GitHub renders the change-request form's answers.
        body: renderIssueFormBody({
          Summary: "Rotate the gateway's API keys before they expire.",
          "Change type": "Normal",
          "Standard change template": "",
          Risk: "Medium",
          "Services affected": "payments",
          "Planned start": "2026-12-01 20:00",
          "Planned end": "2026-12-01 22:00",
          "Implementation plan": "Issue new keys, deploy them, revoke the old ones.",
          "Back-out plan": "The old keys stay valid for a day.",
          "Test evidence": "Rotated on staging.",
        }),
      }),
    });
    if (res.status !== 201) throw new Error(`could not open Bruno's change request (HTTP ${res.status})`);
    const opened = (await res.json()) as { number: number; html_url: string };

    const checked = await ctx.runAction("change-schedule", {
      eventName: "issues",
      event: { action: "opened", issue: { number: opened.number } },
    });
    ctx.print.result(checked, {
      outputs: ["change-request-conflicts", "conflicts", "issue-url"],
      summaryLines: 8,
    });
    if (checked.exitCode !== 0) throw new Error("change-schedule failed (see its log above)");
    if (checked.outputs["change-request-conflicts"] !== "1") {
      throw new Error(
        `change-schedule should find #${opened.number}'s conflict with #20, found ${checked.outputs["change-request-conflicts"]}`,
      );
    }
    ctx.link(`change request #${opened.number} (in conflict)`, opened.html_url);
    ctx.link("forward schedule of change", checked.outputs["issue-url"] ?? "");
    return `#${opened.number} conflicts with #20 on payments, said on both with the change/conflict label; schedule in issue #${checked.outputs["issue-number"]}`;
  },
};
