/**
 * The job summary: the outcome first, then the artefacts with their checksums, then the notes.
 */
import {
  details,
  escapeMarkdown,
  formatSize,
  markdownTable,
  type ReleaseBody,
  type ReleaseNotes,
  type VersionPlan,
} from "@gatehouse/core";
import type { AssetStep, RemoteRelease } from "./release";

export type Outcome = "published" | "draft" | "dry-run" | "refused" | "unverified" | "taken";

export interface ReleaseSummaryInput {
  plan: Extract<VersionPlan, { release: true }>;
  notes: ReleaseNotes;
  fitted: ReleaseBody;
  steps: AssetStep[];
  release: RemoteRelease | undefined;
  outcome: Outcome;
  problems: string[];
  dryRun: boolean;
  draft: boolean;
  /** The major tag line (`v1` moved, or why it stays), when the caller asked for it. */
  majorTag?: string;
}

const STATUS: Record<AssetStep["action"], string> = {
  upload: "uploaded",
  replace: "replaced",
  resume: "uploaded again (unfinished upload removed)",
  keep: "unchanged",
};

export function releaseSummary(s: ReleaseSummaryInput): string {
  const link = s.release ? `[${escapeMarkdown(s.plan.tag)}](${s.release.html_url})` : `\`${s.plan.tag}\``;
  const headline = {
    published: `## ✅ Released ${link}`,
    draft: `## 📝 Draft release ${link} is ready`,
    "dry-run": `## 🔍 Dry run: would release ${link}`,
    refused: `## ⛔ Release ${link} refused`,
    unverified: `## ⛔ Release ${link} not published: asset digests do not match`,
    taken: `## ⛔ Release ${link} left to another run bundling it at the same time`,
  }[s.outcome];
  const lines = [headline, ""];
  lines.push(`Version **\`${s.plan.version}\`** — ${escapeMarkdown(s.plan.reason)}.`);
  lines.push(
    `${s.notes.entryCount} notes entries from ${s.notes.commitCount} commits since ${s.plan.previousTag ? `\`${s.plan.previousTag.name}\`` : "the first commit"}.`,
  );
  if (s.fitted.truncated)
    lines.push(`The notes exceed GitHub's body limit: the full notes are the \`RELEASE_NOTES.md\` asset.`);
  if (s.majorTag) lines.push(escapeMarkdown(s.majorTag));
  if (s.problems.length > 0) {
    lines.push("", ...s.problems.map((p) => `- ${escapeMarkdown(p)}`));
  }
  const dry = s.outcome === "dry-run";
  lines.push(
    "",
    "### Assets",
    "",
    markdownTable(
      ["Asset", "Size", "SHA-256", dry ? "Would be" : "Status"],
      s.steps.map((st) => [
        escapeMarkdown(st.asset.name),
        formatSize(st.asset.size),
        `\`${st.asset.sha256}\``,
        dry
          ? { upload: "uploaded", replace: "replaced", resume: "uploaded again", keep: "unchanged" }[
              st.action
            ]
          : STATUS[st.action],
      ]),
    ),
  );
  lines.push(
    "",
    details(
      "Release notes",
      s.notes.markdown.length > 60_000 ? `${s.fitted.body.slice(0, 60_000)}\n\n…` : s.notes.markdown,
    ),
  );
  return `${lines.join("\n")}\n`;
}

export function nothingToRelease(reason: string, sha: string): string {
  return `## ⏭️ Nothing to release\n\n${escapeMarkdown(reason)} (commit \`${sha.slice(0, 7)}\`).\n`;
}
