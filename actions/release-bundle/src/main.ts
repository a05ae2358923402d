/**
 * release-bundle: reads the inputs, finds and hashes the artefacts, bundles the release
 * (@gatehouse/release-process), keeps the notes and the manifest as files, sets the outputs and
 * writes the job summary. A refused or unverified release fails the step.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RELEASE_MANIFEST_ASSET, RELEASE_NOTES_ASSET } from "@gatehouse/core";
import { processRunner } from "@gatehouse/github";
import { loadActionPolicy, setupAction } from "@gatehouse/github/action";
import { bundleRelease } from "@gatehouse/release-process";
import { findArtefacts, hashArtefacts } from "./artefacts";
import { readInputs } from "./inputs";

export async function run(): Promise<void> {
  const runner = processRunner;
  // Everything that can be checked without GitHub first: the inputs, then the files.
  const inputs = readInputs(runner);
  const setup = setupAction();
  const { ctx, client } = setup;
  const workspace = ctx.workspace || process.cwd();
  const found = await findArtefacts(inputs.files, workspace, inputs.failOnUnmatchedFiles);
  for (const p of found.unmatched) runner.warning(`Input files: "${p}" matches no file.`);
  const artefacts = await hashArtefacts(found.files);

  const policy = await loadActionPolicy(setup, runner);
  for (const note of policy.notes) runner.info(note);
  const result = await bundleRelease({
    client,
    ctx,
    // GitHub's time (the policy's answer gave it), never the runner's clock.
    now: client.now(),
    policy,
    request: inputs,
    artefacts,
    log: { info: runner.info, warning: runner.warning },
  });

  // The notes and the manifest as files for later steps (outputs `notes` and `manifest`).
  let notesPath = "";
  let manifestPath = "";
  if (result.notes !== undefined && result.manifest !== undefined) {
    const outDir = join(ctx.runnerTemp || workspace, "release-bundle");
    mkdirSync(outDir, { recursive: true });
    notesPath = join(outDir, RELEASE_NOTES_ASSET);
    manifestPath = join(outDir, RELEASE_MANIFEST_ASSET);
    writeFileSync(notesPath, result.notes);
    writeFileSync(manifestPath, result.manifest);
  }
  runner.setOutput("version", result.version);
  runner.setOutput("tag", result.tag);
  runner.setOutput("release-id", result.release ? String(result.release.id) : "");
  runner.setOutput("release-url", result.release?.html_url ?? "");
  runner.setOutput("manifest", manifestPath);
  runner.setOutput("notes", notesPath);
  runner.setOutput("major-tag", result.majorTag ?? "");
  runner.summary.append(result.summary);
  if (result.failure) throw new Error(result.failure);
}
