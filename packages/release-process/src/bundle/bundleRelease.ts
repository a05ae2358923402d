/**
 * Bundles a release into the definitive media library, a GitHub Release with notes, artefacts,
 * checksums and an evidence manifest.
 *
 * Order: read and check everything (version, tag, published assets) → find or create the draft →
 * upload what is missing or different → verify every digest → publish. The artefacts come in
 * already found and hashed; the caller writes the outputs, the files and the summary.
 */

import {
  CHECKSUMS_ASSET,
  checksumsFile,
  type FreezeDecision,
  fitReleaseBody,
  planMajorTag,
  planVersion,
  previousReleaseTag,
  RELEASE_BODY_LIMIT,
  RELEASE_MANIFEST_ASSET,
  RELEASE_NOTES_ASSET,
  type ReleaseChangeRequest,
  releaseManifest,
  renderReleaseNotes,
  serializeManifest,
} from "@gatehouse/core";
import {
  type GitHubClient,
  type LoadedPolicy,
  type LocalAsset,
  type RunnerContext,
  readEnvironmentApprovals,
  readEnvironmentProtection,
  textAsset,
} from "@gatehouse/github";
import { PULLS_PER_COMMIT } from "../assess/range";
import { requireEnvironment } from "../environment";
import { pullRequestsOfHistory, readHistory } from "./history";
import {
  applyAssets,
  chooseRelease,
  createDraft,
  deleteRedundantDrafts,
  holdsManifest,
  listReleases,
  moveTag,
  planAssets,
  publishRelease,
  ReleaseTakenError,
  type RemoteRelease,
  releaseBody,
  releaseBodyRoom,
  releaseTaken,
  updateDraft,
  verifyAssets,
} from "./release";
import { nothingToRelease, type Outcome, releaseSummary } from "./summary";

/** What the caller asks for (release-bundle's inputs, checked). */
export interface ReleaseRequest {
  version: string;
  /** Undefined when the caller does not set it: the policy's `release.tag-prefix` applies. */
  tagPrefix: string | undefined;
  prerelease: string | undefined;
  draft: boolean;
  dryRun: boolean;
  changeRequests: ReleaseChangeRequest[];
  environment: string;
  freeze: FreezeDecision | undefined;
  /** After publishing, point the major tag (`v1`) at the release, as GitHub Actions are published. */
  majorTag?: boolean;
  /** change-gate's deployed range (its base-sha and head-sha), recorded for `gatehouse verify`. */
  range?: { base: string; head: string };
}

export type BundleContext = Pick<
  RunnerContext,
  "repository" | "sha" | "runId" | "runAttempt" | "runUrl" | "workflow" | "serverUrl"
>;

export interface BundleDeps {
  client: GitHubClient;
  ctx: BundleContext;
  now: Date;
  policy: LoadedPolicy;
  request: ReleaseRequest;
  /** The release's artefacts, found and hashed. */
  artefacts: LocalAsset[];
  log: { info(message: string): void; warning(message: string): void };
}

export interface BundleResult {
  /** `nothing`: no commit since the previous release calls for one. */
  outcome: Outcome | "nothing";
  version: string;
  tag: string;
  release?: RemoteRelease;
  /** The release notes (Markdown) and the manifest (JSON text), for the caller to keep as files. */
  notes?: string;
  manifest?: string;
  summary: string;
  /** Set when the release was refused or could not be verified: the step fails with it. */
  failure?: string;
  /** The major tag now pointing at the release (`v1`), when it was asked for and moved. */
  majorTag?: string;
}

export async function bundleRelease(deps: BundleDeps): Promise<BundleResult> {
  const { client, ctx, now, request, artefacts, log } = deps;
  const repo = ctx.repository;
  const { policy } = deps.policy;
  const tagPrefix = request.tagPrefix ?? policy.release.tagPrefix;
  const history = await readHistory(client, {
    ...repo,
    sha: ctx.sha,
    stopAt: (tags) =>
      previousReleaseTag(tags, tagPrefix, ctx.sha, {
        explicit: request.version,
        prerelease: request.prerelease,
      })?.sha,
  });
  const plan = planVersion({
    explicit: request.version,
    tagPrefix,
    prerelease: request.prerelease,
    tags: history.tags,
    headSha: ctx.sha,
    commitMessages: history.commits.map((c) => c.message),
    initialVersion: policy.release.initialVersion,
  });
  if (!plan.release) {
    log.info(plan.reason);
    return { outcome: "nothing", version: "", tag: "", summary: nothingToRelease(plan.reason, ctx.sha) };
  }
  // The pull requests of the commits, and the reads that do not depend on the history, together:
  // the run's approvals and the environment's protection now (recorded so that a later bypass or
  // change of the settings shows up in `gatehouse verify`), and the repository's releases. The
  // environment, when named, must be one of the repository's: the manifest records it.
  const [pulled, { approvals, problem }, protection, releases] = await Promise.all([
    pullRequestsOfHistory(client, repo, history.commits),
    readEnvironmentApprovals(client, repo, ctx.runId),
    request.environment ? readEnvironmentProtection(client, repo, request.environment) : undefined,
    listReleases(client, repo),
    request.environment ? requireEnvironment(client, repo, request.environment) : undefined,
  ]);
  for (const sha of pulled.unattributed) {
    log.warning(
      `Commit ${sha.slice(0, 7)} is in more than ${PULLS_PER_COMMIT} pull requests and none of the first ${PULLS_PER_COMMIT} GitHub lists is merged: the notes list it by its own message, without a pull request.`,
    );
  }
  const commits = pulled.commits;
  log.info(
    `Version ${plan.version} (${plan.reason}); ${commits.length} commits since ${plan.previousTag?.name ?? "the start"}.`,
  );

  if (problem && ctx.runId) log.warning(problem);
  if (protection?.problem) log.warning(protection.problem);
  const found = chooseRelease(releases, plan.tag);
  let release = found.release;

  // Everything the release will hold, computed.
  const notes = await renderReleaseNotes({
    version: plan.version,
    tag: plan.tag,
    previousTag: plan.previousTag?.name,
    date: now,
    repository: { serverUrl: ctx.serverUrl, owner: repo.owner, repo: repo.repo },
    commits,
    changeRequests: request.changeRequests,
    approvals: approvals ?? [],
    artefacts: artefacts.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 })),
  });
  const fitted = fitReleaseBody(notes, releaseBodyRoom(RELEASE_BODY_LIMIT, plan.tag));
  const generated: LocalAsset[] = [];
  if (fitted.truncated) generated.push(textAsset(RELEASE_NOTES_ASSET, notes.markdown, "text/markdown"));
  const manifest = releaseManifest({
    repository: `${repo.owner}/${repo.repo}`,
    version: plan.version,
    tag: plan.tag,
    prerelease: Boolean(request.prerelease) || plan.version.includes("-"),
    previousTag: plan.previousTag?.name,
    commit: ctx.sha,
    range: request.range
      ? { ...request.range, from: "change-gate" }
      : { base: plan.previousTag?.sha ?? null, head: ctx.sha, from: "previous-release" },
    policy: {
      path: deps.policy.source.path,
      ref: deps.policy.source.ref,
      blobSha: deps.policy.source.found ? (deps.policy.source.sha ?? null) : null,
    },
    environment: request.environment,
    environmentProtection: protection?.protection ?? null,
    workflowRun: {
      id: ctx.runId,
      attempt: ctx.runAttempt,
      url: ctx.runUrl,
      workflow: ctx.workflow || undefined,
    },
    changeRequests: request.changeRequests,
    approvals: approvals ?? [],
    freeze: request.freeze,
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

  const assetPlan = planAssets(release, wanted);
  for (const w of assetPlan.warnings) log.warning(w);
  const fields = {
    tag: plan.tag,
    sha: ctx.sha,
    name: plan.tag,
    body: releaseBody(fitted.body, plan.tag),
    prerelease: manifest.prerelease,
  };
  const majorTag = request.majorTag
    ? planMajorTag({ version: plan.version, tagPrefix, sha: ctx.sha, tags: history.tags })
    : undefined;
  const summaryBase = {
    plan,
    notes,
    fitted,
    steps: assetPlan.steps,
    dryRun: request.dryRun,
    draft: request.draft,
  };
  let majorTagLine: string | undefined;
  let movedMajorTag: string | undefined;
  const result = (outcome: Outcome, problems: string[] = [], failure?: string): BundleResult => ({
    outcome,
    version: plan.version,
    tag: plan.tag,
    ...(release ? { release } : {}),
    notes: notes.markdown,
    manifest: manifestText,
    summary: releaseSummary({ ...summaryBase, release, outcome, problems, majorTag: majorTagLine }),
    ...(failure ? { failure } : {}),
    ...(movedMajorTag ? { majorTag: movedMajorTag } : {}),
  });

  if (assetPlan.errors.length > 0) {
    return result("refused", assetPlan.errors, assetPlan.errors.join(" "));
  }

  if (request.dryRun) {
    for (const line of dryRunLines(release, fields, assetPlan.steps, request.draft)) log.info(line);
    if (majorTag) {
      majorTagLine = majorTag.move ? `Would point ${majorTag.tag} at ${plan.tag}.` : majorTag.reason;
      log.info(majorTagLine);
    }
    return result("dry-run");
  }

  // A published release keeps the generated assets it was published with (the manifest names the
  // run attempt that published it): a re-run checks only the artefacts, and changes nothing.
  const alreadyPublished = release !== undefined && !release.draft;
  // The writes: the draft (one, even when runs race), the assets (the manifest first: it claims the
  // release), the check, the publication.
  try {
    await deleteRedundantDrafts(client, repo, found.redundant, log.info);
    if (!release) release = await createDraft(client, repo, fields, log.info);
    else if (release.draft) release = await updateDraft(client, repo, release, fields);
    const { claimId } = await applyAssets(client, repo, release, assetPlan, log.info);
    const verified = await verifyAssets(
      client,
      repo,
      release.id,
      wanted.filter((w) => !(alreadyPublished && w.generated)).map((w) => w.asset),
    );
    release = verified.release;
    if (!holdsManifest(release, claimId)) throw releaseTaken(plan.tag);
    if (verified.problems.length > 0) {
      return result(
        "unverified",
        verified.problems,
        `The release was not published: ${verified.problems.join(" ")} Re-run the job to upload the assets again.`,
      );
    }
    if (release.draft && !request.draft) release = await publishRelease(client, repo, release.id, plan.tag);
  } catch (e) {
    if (e instanceof ReleaseTakenError) return result("taken", [e.message], e.message);
    throw e;
  }
  log.info(`${release.draft ? "Draft" : "Release"} ${plan.tag}: ${release.html_url}`);
  if (majorTag && !release.draft) {
    // Only once the release is out: users of `@v1` must never land on a draft.
    if (majorTag.move) {
      await moveTag(client, repo, majorTag.tag, majorTag.sha, majorTag.from !== undefined);
      movedMajorTag = majorTag.tag;
      majorTagLine = `${majorTag.tag} now points at ${plan.tag}.`;
    } else {
      majorTagLine = majorTag.reason;
      if (majorTag.reason.includes("already points")) movedMajorTag = majorTag.tag;
    }
    log.info(majorTagLine);
  } else if (majorTag) {
    majorTagLine = `${majorTag.tag} stays: the release is a draft.`;
  }
  return result(release.draft ? "draft" : "published");
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
