/**
 * release-bundle: puts a release into the definitive media library, a GitHub Release with notes,
 * artefacts, checksums and an evidence manifest.
 *
 * Order: read and check everything (inputs, files, version, tag, published assets) → find or
 * create the draft → upload what is missing or different → verify every digest → publish.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  CHECKSUMS_ASSET,
  checksumsFile,
  fitReleaseBody,
  planVersion,
  previousReleaseTag,
  RELEASE_MANIFEST_ASSET,
  RELEASE_NOTES_ASSET,
  releaseManifest,
  renderReleaseNotes,
  serializeManifest,
} from "@gatehouse/core";
import {
  type LocalAsset,
  loadActionPolicy,
  processRunner,
  readEnvironmentApprovals,
  setupAction,
  textAsset,
} from "@gatehouse/github";
import { findArtefacts, hashArtefacts } from "./artefacts";
import { readHistory } from "./history";
import { readInputs } from "./inputs";
import {
  applyAssets,
  createDraft,
  findRelease,
  planAssets,
  publishRelease,
  type RemoteRelease,
  updateDraft,
  verifyAssets,
} from "./release";
import { nothingToRelease, releaseSummary } from "./summary";

export async function run(): Promise<void> {
  const runner = processRunner;
  // 1. Everything that can be checked without GitHub: inputs, then the files.
  const inputs = readInputs(runner);
  const setup = setupAction();
  const { ctx, client, now } = setup;
  const repo = ctx.repository;
  const workspace = ctx.workspace || process.cwd();
  const found = await findArtefacts(inputs.files, workspace, inputs.failOnUnmatchedFiles);
  for (const p of found.unmatched) runner.warning(`Input files: "${p}" matches no file.`);
  const artefacts = await hashArtefacts(found.files);

  // 2. Reads: policy, tags and commits with their pull requests, approvals, the release.
  const loaded = await loadActionPolicy(setup, runner);
  for (const note of loaded.notes) runner.info(note);
  const tagPrefix = inputs.tagPrefix ?? loaded.policy.release.tagPrefix;
  const history = await readHistory(client, {
    ...repo,
    sha: ctx.sha,
    stopAt: (tags) =>
      previousReleaseTag(tags, tagPrefix, ctx.sha, {
        explicit: inputs.version,
        prerelease: inputs.prerelease,
      })?.sha,
  });
  if (history.truncated)
    runner.warning(`Only the latest ${history.commits.length} commits are in the notes.`);
  const plan = planVersion({
    explicit: inputs.version,
    tagPrefix,
    prerelease: inputs.prerelease,
    tags: history.tags,
    headSha: ctx.sha,
    commitMessages: history.commits.map((c) => c.message),
    initialVersion: loaded.policy.release.initialVersion,
  });
  if (!plan.release) {
    runner.info(plan.reason);
    runner.summary.append(nothingToRelease(plan.reason, ctx.sha));
    for (const name of ["version", "tag", "release-id", "release-url", "manifest", "notes"])
      runner.setOutput(name, "");
    return;
  }
  const commits = history.commits;
  runner.info(
    `Version ${plan.version} (${plan.reason}); ${commits.length} commits since ${plan.previousTag?.name ?? "the start"}.`,
  );

  const { approvals, problem } = await readEnvironmentApprovals(client, repo, ctx.runId);
  if (problem && ctx.runId) runner.warning(problem);
  let release = await findRelease(client, repo, plan.tag);

  // 3. Everything the release will hold, computed.
  const notes = await renderReleaseNotes({
    version: plan.version,
    tag: plan.tag,
    previousTag: plan.previousTag?.name,
    date: now,
    repository: { serverUrl: ctx.serverUrl, owner: repo.owner, repo: repo.repo },
    commits,
    changeRequests: inputs.changeRequests,
    approvals: approvals ?? [],
    artefacts: artefacts.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 })),
  });
  const fitted = fitReleaseBody(notes);
  const generated: LocalAsset[] = [];
  if (fitted.truncated) generated.push(textAsset(RELEASE_NOTES_ASSET, notes.markdown, "text/markdown"));
  const manifest = releaseManifest({
    repository: `${repo.owner}/${repo.repo}`,
    version: plan.version,
    tag: plan.tag,
    prerelease: Boolean(inputs.prerelease) || plan.version.includes("-"),
    previousTag: plan.previousTag?.name,
    commit: ctx.sha,
    environment: inputs.environment,
    workflowRun: {
      id: ctx.runId,
      attempt: ctx.runAttempt,
      url: ctx.runUrl,
      workflow: ctx.workflow || undefined,
    },
    changeRequests: inputs.changeRequests,
    approvals: approvals ?? [],
    freeze: inputs.freeze,
    artefacts: [...artefacts, ...generated].map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 })),
    notes: {
      entries: notes.entryCount,
      commits: notes.commitCount,
      asset: fitted.truncated ? RELEASE_NOTES_ASSET : undefined,
    },
  });
  const manifestText = serializeManifest(manifest);
  const manifestAsset = textAsset(RELEASE_MANIFEST_ASSET, manifestText, "application/json");
  const sums = textAsset(
    CHECKSUMS_ASSET,
    checksumsFile([...artefacts, ...generated, manifestAsset]),
    "text/plain",
  );
  const wanted = [
    ...artefacts.map((asset) => ({ asset, generated: false })),
    ...[...generated, sums, manifestAsset].map((asset) => ({ asset, generated: true })),
  ];

  // The notes and the manifest as files for later steps (outputs `notes` and `manifest`).
  const outDir = join(ctx.runnerTemp || workspace, "release-bundle");
  mkdirSync(outDir, { recursive: true });
  const notesPath = join(outDir, RELEASE_NOTES_ASSET);
  const manifestPath = join(outDir, RELEASE_MANIFEST_ASSET);
  writeFileSync(notesPath, notes.markdown);
  writeFileSync(manifestPath, manifestText);

  const assetPlan = planAssets(release, wanted);
  for (const w of assetPlan.warnings) runner.warning(w);
  const fields = {
    tag: plan.tag,
    sha: ctx.sha,
    name: plan.tag,
    body: fitted.body,
    prerelease: manifest.prerelease,
  };
  const outputs = (r: RemoteRelease | undefined) => {
    runner.setOutput("version", plan.version);
    runner.setOutput("tag", plan.tag);
    runner.setOutput("release-id", r ? String(r.id) : "");
    runner.setOutput("release-url", r?.html_url ?? "");
    runner.setOutput("manifest", manifestPath);
    runner.setOutput("notes", notesPath);
  };
  const summaryBase = {
    plan,
    notes,
    fitted,
    steps: assetPlan.steps,
    dryRun: inputs.dryRun,
    draft: inputs.draft,
  };

  if (assetPlan.errors.length > 0) {
    outputs(release);
    runner.summary.append(
      releaseSummary({ ...summaryBase, release, outcome: "refused", problems: assetPlan.errors }),
    );
    throw new Error(assetPlan.errors.join(" "));
  }

  if (inputs.dryRun) {
    for (const line of dryRunLines(release, fields, assetPlan.steps, inputs.draft)) runner.info(line);
    outputs(release);
    runner.summary.append(releaseSummary({ ...summaryBase, release, outcome: "dry-run", problems: [] }));
    return;
  }

  // 4. Writes: the draft, the assets, the check, the publication.
  if (!release) release = await createDraft(client, repo, fields);
  else if (release.draft) release = await updateDraft(client, repo, release, fields);
  await applyAssets(client, repo, release, assetPlan, runner.info);
  const verified = await verifyAssets(
    client,
    repo,
    release.id,
    wanted.map((w) => w.asset),
  );
  release = verified.release;
  if (verified.problems.length > 0) {
    outputs(release);
    runner.summary.append(
      releaseSummary({ ...summaryBase, release, outcome: "unverified", problems: verified.problems }),
    );
    throw new Error(
      `The release was not published: ${verified.problems.join(" ")} Re-run the job to upload the assets again.`,
    );
  }
  if (release.draft && !inputs.draft) release = await publishRelease(client, repo, release.id);
  outputs(release);
  runner.summary.append(
    releaseSummary({ ...summaryBase, release, outcome: release.draft ? "draft" : "published", problems: [] }),
  );
  runner.info(`${release.draft ? "Draft" : "Release"} ${plan.tag}: ${release.html_url}`);
}

function dryRunLines(
  release: RemoteRelease | undefined,
  fields: { tag: string; sha: string },
  steps: ReturnType<typeof planAssets>["steps"],
  draft: boolean,
): string[] {
  const lines = [
    "Dry run: nothing is written.",
    release
      ? `Would reuse the ${release.draft ? "draft" : "published release"} ${release.tag_name} (id ${release.id}).`
      : `Would create the draft release ${fields.tag} at ${fields.sha.slice(0, 7)}.`,
  ];
  for (const s of steps) {
    const verb = { upload: "upload", replace: "replace", resume: "re-upload", keep: "keep" }[s.action];
    lines.push(`Would ${verb} ${s.asset.name} (${s.asset.size} bytes, sha256:${s.asset.sha256}).`);
  }
  lines.push(
    draft || (release && !release.draft)
      ? "Would leave it as it is (draft: true or already published)."
      : "Would publish it.",
  );
  return lines;
}
