/**
 * change-gate: read the inputs, run the gate, set the outputs, write the job summary; in enforce
 * mode a block fails the step. Setup failures (no token) block too: the gate fails closed.
 */
import { annotate, describeError, info, setFailed, setOutput, summary, warning } from "@gatehouse/github";
import { setupAction } from "@gatehouse/github/action";
import { blockedResult, type GateResult, renderGateSummary, runGate } from "@gatehouse/release-process";
import { readInputs } from "./inputs";

export function outputsOf(result: GateResult): Record<string, string> {
  return {
    decision: result.decision,
    risk: result.risk,
    "change-requests": JSON.stringify(
      result.changeRequests
        .filter((v) => v.found)
        .map((v) => ({
          repository: v.repository,
          number: v.number,
          title: v.title,
          type: v.type ?? null,
          risk: v.effectiveRisk ?? v.risk ?? null,
          approvers: v.approvals.map((a) => ({ login: a.login, at: a.at })),
          url: v.url,
          authorised: v.authorised,
        })),
    ),
    "pull-requests": JSON.stringify(
      result.pullRequests.map((p) => ({
        number: p.number,
        title: p.title,
        url: p.url,
        author: p.author,
        "change-requests": p.changeRequests,
        exempt: p.exempt,
        covered: p.covered,
      })),
    ),
    "base-sha": result.range?.baseSha ?? "",
    "head-sha": result.range?.headSha ?? "",
    reasons: JSON.stringify(result.reasons),
    "decision-record": result.record ? JSON.stringify(result.record) : "",
  };
}

export async function run(): Promise<void> {
  const { inputs, problems } = readInputs();
  const base = {
    mode: inputs.mode,
    environment: inputs.environment,
    repository: process.env.GITHUB_REPOSITORY ?? "",
  };
  let result: GateResult;
  if (problems.length > 0) {
    result = blockedResult(base, problems);
  } else {
    try {
      const setup = setupAction();
      result = await runGate({ ...setup, inputs, log: info });
    } catch (e) {
      result = blockedResult(base, [describeError(e)]);
    }
  }

  for (const [name, value] of Object.entries(outputsOf(result))) setOutput(name, value);
  for (const p of result.policyProblems) {
    annotate("error", p.message, {
      title: "Gatehouse policy",
      file: ".github/gatehouse.yml",
      ...(p.line ? { line: p.line, col: p.column ?? 1 } : {}),
    });
  }
  for (const note of result.notes) warning(note);
  summary.append(renderGateSummary(result));
  info(`change-gate: ${result.decision} (risk ${result.risk}) after ${result.requests} API requests.`);

  if (result.decision === "block") {
    const first = result.reasons[0] ?? "blocked";
    const more =
      result.reasons.length > 1 ? ` (and ${result.reasons.length - 1} more reasons in the job summary)` : "";
    const target = result.environment ? `Deployment to ${result.environment}` : "Deployment";
    if (result.mode === "report") {
      warning(`${target} would be blocked: ${first}${more}`);
    } else {
      setFailed(`${target} blocked: ${first}${more}`);
    }
  }
}
