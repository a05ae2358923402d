/**
 * The job summary, written for whoever approves the deployment: the decision first (frozen or not,
 * which window, until when, any emergency override), then the freeze calendar of the coming four
 * weeks as a Mermaid Gantt chart and a table.
 */
import {
  code,
  escapeMarkdown,
  type FreezeAssessment,
  type FreezeOccurrence,
  link,
  markdownTable,
  readableInstant,
  renderFreezeCalendarGantt,
  renderFreezeCalendarTable,
} from "@gatehouse/core";
import { reasonMarkdown } from "../assess/text";
import type { OverrideResult } from "./override";

export const CALENDAR_DAYS = 28;

export interface FreezeSummaryInput {
  environment: string;
  runwayMinutes: number;
  now: Date;
  assessment: FreezeAssessment;
  override: OverrideResult | null;
  /** A change request was given but not needed (not frozen). */
  overrideNotNeeded: string | null;
  calendar: FreezeOccurrence[];
  /** Zone the calendar chart is drawn in (the policy's `freeze.timezone`). */
  zone: string;
  /** Where the policy came from, e.g. ".github/gatehouse.yml on the default branch". */
  policySource: string;
  notes: string[];
  windowCount: number;
}

function headline(input: FreezeSummaryInput): string {
  const env = input.environment ? ` to ${code(input.environment)}` : "";
  const a = input.assessment;
  if (a.frozen && input.override?.overridden) {
    return `## 🚨 Freeze overridden: deployment${env} allowed by emergency change ${link(input.override.ref, input.override.url)}`;
  }
  if (a.frozen) return `## ❄️ Frozen: deployment${env} blocked by ${escapeMarkdown(`"${a.window}"`)}`;
  return `## ✅ Not frozen: deployment${env} may go`;
}

export function renderFreezeSummary(input: FreezeSummaryInput): string {
  const a = input.assessment;
  const parts: string[] = [headline(input), "", escapeMarkdown(a.reason)];

  const rows: [string, string][] = [];
  if (a.frozen) {
    rows.push(["Window", escapeMarkdown(a.windows.join(", "))]);
    if (a.windowReason) rows.push(["Why", escapeMarkdown(a.windowReason)]);
    rows.push([
      "Deployments can go from",
      a.endsAt ? `${readableInstant(a.endsAt)} · ${code(a.endsAt)}` : "no end scheduled",
    ]);
  }
  rows.push([
    a.frozen ? "Next freeze after that" : "Next freeze",
    a.nextWindow
      ? `${escapeMarkdown(a.nextWindow)}, from ${readableInstant(a.nextStartsAt)} · ${code(a.nextStartsAt)}`
      : "none scheduled",
  ]);
  rows.push(["Decided at", `${code(input.now.toISOString().replace(/\.000Z$/, "Z"))}`]);
  if (input.runwayMinutes > 0) rows.push(["Runway", `${input.runwayMinutes} minutes`]);
  parts.push("", markdownTable(["", ""], rows));

  if (input.override) {
    const o = input.override;
    const cr = link(o.title ? `${o.ref} ${o.title}` : o.ref, o.url);
    if (o.overridden) {
      const by = o.approvers.length
        ? ` approved by ${o.approvers.map((l) => `@${escapeMarkdown(l)}`).join(", ")}`
        : "";
      parts.push(
        "",
        `**Emergency override:** ${cr}${by}. Emergency changes get a required post-implementation review.`,
      );
    } else {
      parts.push(
        "",
        `**Emergency override refused** for ${cr}:`,
        "",
        ...o.reasons.map((r) => `- ${reasonMarkdown(r)}`),
      );
    }
    if (o.discounted.length > 0) {
      parts.push(
        "",
        "Approvals and rejections that do not count:",
        "",
        ...o.discounted.map((d) => `- ${reasonMarkdown(d)}`),
      );
    }
  } else if (input.overrideNotNeeded) {
    parts.push(
      "",
      `Change request ${escapeMarkdown(input.overrideNotNeeded)} was given, but no override is needed.`,
    );
  }

  parts.push("", `### Freeze calendar, next ${CALENDAR_DAYS / 7} weeks`, "");
  if (input.windowCount === 0) {
    parts.push("The policy has no freeze windows (`freeze.windows`).");
  } else {
    parts.push(
      "```mermaid",
      renderFreezeCalendarGantt(input.calendar, { from: input.now, days: CALENDAR_DAYS, zone: input.zone }),
      "```",
      "",
      renderFreezeCalendarTable(input.calendar),
    );
  }
  const notes = input.notes.map((n) => `<br>${escapeMarkdown(n)}`).join("");
  parts.push("", `<sub>Policy: ${escapeMarkdown(input.policySource)}.${notes}</sub>`, "");
  return parts.join("\n");
}

/** The summary when the check could not decide: it fails closed. */
export function renderFreezeFailureSummary(environment: string, reason: string): string {
  const env = environment ? ` to ${code(environment)}` : "";
  return [
    `## ⛔ Frozen (fails closed): deployment${env} blocked`,
    "",
    `The freeze could not be checked, so the deployment is treated as frozen: ${escapeMarkdown(reason)}`,
    "",
  ].join("\n");
}
