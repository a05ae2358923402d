/**
 * verify-release: read the inputs, verify the release as `gatehouse verify` does, set the outputs,
 * write the job summary, and fail the step unless every check passed.
 */
import { resolve } from "node:path";
import { getInput, info, setFailed, setOutput, summary } from "@gatehouse/github";
import { setupAction } from "@gatehouse/github/action";
import {
  renderVerifySummary,
  verificationHeadline,
  verificationJson,
  verifyRelease,
} from "@gatehouse/release-process/verify";

export async function run(): Promise<void> {
  const { ctx, client } = setupAction();
  const tag = getInput("tag", { required: true }).trim();
  const assets = getInput("assets").trim();
  const result = await verifyRelease({
    client,
    request: {
      repository: ctx.repository,
      tag,
      ...(assets ? { assetsDir: resolve(ctx.workspace, assets) } : {}),
    },
  });
  for (const c of result.checks) info(`${c.status.padEnd(7)} ${c.name}: ${c.detail}`);
  setOutput("verdict", result.ok ? "verified" : result.exitCode === 1 ? "failed" : "unknown");
  setOutput("result", JSON.stringify(verificationJson(result)));
  summary.append(renderVerifySummary(result));
  if (!result.ok) {
    const named = result.checks.filter((c) => c.status !== "pass");
    setFailed(`${verificationHeadline(result)} ${named.map((c) => `${c.name}: ${c.detail}`).join(" ")}`);
  }
}
