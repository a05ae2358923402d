/**
 * How a verification is written out, once for every shell: the JSON `gatehouse verify --json`
 * prints and the verify-release action sets as its `result` output, and the job summary.
 */
import { escapeMarkdown, markdownTable } from "@gatehouse/core";
import type { VerifyResult } from "./verifyRelease";

/** `{"repository","tag","ok","checks":[{"name","ok","detail"}]}`, every check in order. */
export interface VerificationJson {
  repository: string;
  tag: string;
  ok: boolean;
  checks: { name: string; ok: boolean; detail: string }[];
}

export function verificationJson(result: VerifyResult): VerificationJson {
  return {
    repository: result.repository,
    tag: result.tag,
    ok: result.ok,
    checks: result.checks.map((c) => ({ name: c.name, ok: c.status === "pass", detail: c.detail })),
  };
}

/** One line saying the outcome, naming the checks that failed or could not be made. */
export function verificationHeadline(result: VerifyResult): string {
  const named = (status: "fail" | "unknown") =>
    result.checks.filter((c) => c.status === status).map((c) => c.name);
  const failed = named("fail");
  const unknown = named("unknown");
  if (result.ok) return `Verified: every check passed (${result.requests} API requests).`;
  if (failed.length > 0)
    return `Not verified: ${failed.length} check${failed.length === 1 ? "" : "s"} failed (${failed.join(", ")}).`;
  return `Cannot tell: ${unknown.length} check${unknown.length === 1 ? "" : "s"} could not be made (${unknown.join(", ")}).`;
}

const MARK = { pass: "✅", fail: "❌", unknown: "❔" } as const;

/** The job summary: the outcome, then every check with what it found. */
export function renderVerifySummary(result: VerifyResult): string {
  return [
    `## ${MARK[result.ok ? "pass" : result.checks.some((c) => c.status === "fail") ? "fail" : "unknown"]} Release ${escapeMarkdown(result.tag)} of ${escapeMarkdown(result.repository)}`,
    "",
    escapeMarkdown(verificationHeadline(result)),
    "",
    markdownTable(
      ["", "check", "what was found"],
      result.checks.map((c) => [MARK[c.status], `\`${c.name}\``, escapeMarkdown(c.detail)]),
    ),
    "",
  ].join("\n");
}
