/** The job summary, written for the approver who reads it before approving the environment. */
import {
  type ChangeRequestVerdict,
  discountedLine,
  escapeMarkdown as escapeText,
  formatChangeRequestRef,
  link,
  markdownTable as table,
} from "@gatehouse/core";
import type { GateResult } from "./gate";
import { mention, reasonMarkdown } from "./text";

const short = (sha: string) => (sha ? `\`${sha.slice(0, 7)}\`` : "unknown");

function crCell(v: ChangeRequestVerdict | undefined, ref: string, repository: string): string {
  if (!v) return escapeText(ref);
  const icon = v.authorised ? "✅" : "❌";
  const name = formatChangeRequestRef(v, repository);
  return `${icon} ${link(`${name}${v.title ? ` ${v.title}` : ""}`, v.url || undefined)}`;
}

function approversCell(v: ChangeRequestVerdict | undefined): string {
  if (!v) return "";
  if (v.preApproved) return "pre-approved (standard)";
  const names = v.approvers.map(mention).join(", ") || "none";
  return v.requiredApprovals > 0 ? `${names} (${v.approvers.length} of ${v.requiredApprovals})` : names;
}

export function renderGateSummary(result: GateResult): string {
  const out: string[] = [];
  const env = escapeText(result.environment || "(no environment)");
  out.push(
    result.decision === "allow"
      ? `## ✅ change-gate: deployment to ${env} allowed`
      : `## 🚫 change-gate: deployment to ${env} blocked`,
  );
  const riskWhy = result.rangeRisk?.raised
    ? ` — raised one level: ${reasonMarkdown(result.rangeRisk.reasons.join("; "))}`
    : "";
  out.push("", `**Risk: ${result.risk}**${riskWhy}`);
  if (result.mode === "report") {
    out.push("", "_Report mode: this step does not fail, whatever the decision._");
  }
  if (result.dryRun) {
    const would = result.wouldComment ?? [];
    const what =
      would.length === 0
        ? "every change request's comment is already right"
        : `it would have ${would
            .map(
              (w) =>
                `${w.write === "create" ? "commented on" : "updated its comment on"} ${escapeText(w.changeRequest)}`,
            )
            .join(", ")}`;
    out.push("", `🔍 **Dry run: nothing was written** — ${what}.`);
  }

  if (result.recheck && result.recheck.changes.length === 0) {
    out.push(
      "",
      "Re-checked against the assess job's decision: nothing it rested on changed while the deployment waited for approval.",
    );
  }

  for (const note of result.notes) out.push("", `> ${reasonMarkdown(note)}`);

  if (result.reasons.length > 0) {
    out.push("", "### Why it is blocked", "");
    for (const reason of result.reasons) out.push(`- ${reasonMarkdown(reason)}`);
  }

  if (result.range) {
    const r = result.range;
    const compare = r.url ? ` · ${link("compare", r.url)}` : "";
    out.push(
      "",
      "### What is being deployed",
      "",
      `${short(r.baseSha)} → ${short(r.headSha)} (from ${reasonMarkdown(r.baseDescription)})${compare}`,
      "",
      `${r.commits} commit${r.commits === 1 ? "" : "s"}, ${result.pullRequests.length} pull request${result.pullRequests.length === 1 ? "" : "s"}, ${r.files} file${r.files === 1 ? "" : "s"} changed${r.status === "behind" ? " — the head is behind the base: nothing new is deployed (a roll-back)" : ""}.`,
    );
  }

  const verdicts = new Map(
    result.changeRequests.map((v) => [`${v.repository.toLowerCase()}#${v.number}`, v]),
  );
  const repo = result.repository;
  const rowsFor = (refs: string[]) => (refs.length ? refs : [""]);
  if (result.pullRequests.length > 0 || result.commits.length > 0) {
    const rows: string[][] = [];
    const add = (what: string, refs: string[], exempt: boolean, byRelease: boolean) => {
      for (const ref of rowsFor(refs)) {
        const v = verdicts.get(ref.toLowerCase());
        const cr = ref
          ? crCell(v, ref, repo)
          : exempt
            ? "exempt (only exempt paths)"
            : byRelease
              ? "covered by the release change request"
              : "❌ none";
        rows.push([what, cr, v?.type ?? "", v?.effectiveRisk ?? "", approversCell(v)]);
      }
    };
    for (const pr of result.pullRequests) {
      add(
        `${link(`#${pr.number} ${pr.title}`, pr.url)}${pr.author ? ` by ${mention(pr.author)}` : ""}`,
        pr.changeRequests,
        pr.exempt,
        pr.coveredByRelease,
      );
    }
    for (const c of result.commits) {
      add(
        `${link(c.sha.slice(0, 7), c.url)} ${escapeText(c.subject)} (pushed directly)`,
        c.changeRequests,
        c.exempt,
        c.coveredByRelease,
      );
    }
    out.push(
      "",
      "### Changes and their change requests",
      "",
      table(["Change", "Change request", "Type", "Risk", "Approvers"], rows),
    );
  }

  if (result.unidentifiedAuthors && result.unidentifiedAuthors.length > 0) {
    out.push(
      "",
      "### Commits GitHub ties to nobody",
      "",
      "Segregation of duties cannot see who these people are, so it cannot tell whether they approved:",
      "",
      ...result.unidentifiedAuthors.map((u) => `- ${escapeText(u.commit)}: ${escapeText(u.who.join(", "))}`),
    );
  }

  if (result.changeRequests.length > 0) {
    out.push("", "### Change requests", "");
    const rows = result.changeRequests.map((v) => [
      crCell(v, formatChangeRequestRef(v, repo), repo),
      v.authorised ? "authorises" : "does not authorise",
      v.type ?? "",
      v.effectiveRisk && v.risk && v.effectiveRisk !== v.risk
        ? `${v.effectiveRisk} (stated ${v.risk})`
        : (v.risk ?? ""),
      approversCell(v),
      escapeText(v.linkedFrom.join(", ")),
    ]);
    out.push(table(["Change request", "Status", "Type", "Risk", "Approvals", "Linked from"], rows));
    const discounted = result.changeRequests.flatMap((v) =>
      v.discounted.map(
        (d) => `- ${escapeText(formatChangeRequestRef(v, repo))}: ${reasonMarkdown(discountedLine(d))}`,
      ),
    );
    if (discounted.length > 0) out.push("", "Approvals and rejections that do not count:", "", ...discounted);
  }

  if (result.comments.length > 0) {
    out.push(
      "",
      `Comments on the change requests: ${result.comments.map((u, i) => link(`${i + 1}`, u)).join(", ")}.`,
    );
  }
  const policy = result.policySource ? `Policy ${reasonMarkdown(`\`${result.policySource}\``)} · ` : "";
  out.push(
    "",
    `<sub>${policy}${result.requests} GitHub API request${result.requests === 1 ? "" : "s"}.</sub>`,
    "",
  );
  return out.join("\n");
}
