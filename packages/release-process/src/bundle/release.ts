/**
 * The GitHub Release of the tag: found or created as a draft (never twice), its assets brought to
 * what the release should hold, every digest checked against our SHA-256, then published.
 */
import { marker, RELEASE_MANIFEST_ASSET } from "@gatehouse/core";
import {
  deleteAsset,
  digestMatches,
  GitHubApiError,
  type GitHubClient,
  isComplete,
  type LocalAsset,
  type RemoteAsset,
  uploadAsset,
  writeOnce,
} from "@gatehouse/github";
import { inBatches } from "../assess/range";

export interface RemoteRelease {
  id: number;
  tag_name: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  html_url: string;
  upload_url: string;
  target_commitish: string;
  /** Published releases of repositories with immutable releases: no asset can change. */
  immutable?: boolean;
  assets: RemoteAsset[];
}

export interface Repo {
  owner: string;
  repo: string;
}

/**
 * The hidden marker every draft release-bundle creates carries, so that a run can tell the drafts
 * Gatehouse made (and may delete when a race left several) from one a person made.
 */
export const draftMarker = (tag: string) => marker("release-bundle", tag);

/** The body release-bundle gives a release: the notes, then the hidden marker. */
export const releaseBody = (notes: string, tag: string) => `${notes.trimEnd()}\n\n${draftMarker(tag)}\n`;

/** The room the marker leaves for the notes under GitHub's limit on a release's body. */
export const releaseBodyRoom = (limit: number, tag: string) => limit - draftMarker(tag).length - 3;

export interface FoundRelease {
  /** The release of the tag: the published one, else the oldest draft. */
  release: RemoteRelease | undefined;
  /**
   * Newer drafts of the tag that release-bundle made (they carry its marker): what two runs at once
   * leave behind, since GitHub accepts several drafts of one tag. The oldest draft wins.
   */
  redundant: RemoteRelease[];
}

/** Picks the release of a tag among GitHub's releases: deterministically, so racing runs agree. */
export function chooseRelease(releases: readonly RemoteRelease[], tag: string): FoundRelease {
  const ofTag = releases.filter((r) => r.tag_name === tag);
  const drafts = ofTag.filter((r) => r.draft).sort((a, b) => a.id - b.id);
  const release = ofTag.find((r) => !r.draft) ?? drafts[0];
  const redundant = drafts.filter((d) => d !== release && (d.body ?? "").includes(draftMarker(tag)));
  return { release, redundant };
}

/** The most releases read to find the release of the tag (100 pages). */
export const MAX_RELEASES = 10_000;

/**
 * Every release of the repository, drafts included (the tag lookup route does not see drafts),
 * newest first: all pages, or a refusal naming the limit. The release of the tag may be far down
 * the list when a job of an older release is re-run.
 */
export async function listReleases(client: GitHubClient, repo: Repo): Promise<RemoteRelease[]> {
  const all: RemoteRelease[] = [];
  for await (const page of client.pages<RemoteRelease>("GET /repos/{owner}/{repo}/releases", {
    ...repo,
    per_page: 100,
  })) {
    all.push(...page);
    if (all.length > MAX_RELEASES) {
      throw new Error(
        `${repo.owner}/${repo.repo} has more than ${MAX_RELEASES.toLocaleString("en-US")} releases (limit MAX_RELEASES): release-bundle cannot tell whether the tag already has one. Delete drafts and releases no one needs.`,
      );
    }
  }
  return all;
}

/**
 * The release of a tag, drafts included, in one request when it is among the newest 100: the
 * look-back after creating a draft, where the drafts to find (this run's and those of runs at the
 * same time) are the newest releases, first in GitHub's list. When that page is full and does not
 * hold it (a release of the tag published long ago, the 422 of a create), every page is read
 * (`listReleases`, which fails naming `MAX_RELEASES`).
 */
export async function findRelease(client: GitHubClient, repo: Repo, tag: string): Promise<FoundRelease> {
  const { data } = await client.request<RemoteRelease[]>("GET /repos/{owner}/{repo}/releases", {
    ...repo,
    per_page: 100,
  });
  const found = chooseRelease(data, tag);
  if (found.release || data.length < 100) return found;
  return chooseRelease(await listReleases(client, repo), tag);
}

/** Deletes drafts a race left behind (a draft already gone is fine: the other run deleted it). */
export async function deleteRedundantDrafts(
  client: GitHubClient,
  repo: Repo,
  redundant: readonly RemoteRelease[],
  log: (message: string) => void,
): Promise<void> {
  for (const draft of redundant) {
    log(`Deleting the draft ${draft.tag_name} (id ${draft.id}) that a run at the same time also created.`);
    try {
      await client.request("DELETE /repos/{owner}/{repo}/releases/{release_id}", {
        ...repo,
        release_id: draft.id,
      });
    } catch (e) {
      if (!(e instanceof GitHubApiError && e.status === 404)) throw e;
    }
  }
}

export interface ReleaseFields {
  tag: string;
  sha: string;
  name: string;
  /** The whole body, marker included (`releaseBody`). */
  body: string;
  prerelease: boolean;
}

/**
 * Creates the draft for the tag, once: when the answer is lost, the draft is looked for before a
 * second is created. Then the tag's releases are read again: when another run created a draft at
 * the same time, the oldest draft wins, and the newer ones release-bundle made are deleted — two
 * runs at once end with one release. A published release of the tag (422) is read back too.
 */
export async function createDraft(
  client: GitHubClient,
  repo: Repo,
  fields: ReleaseFields,
  log: (message: string) => void = () => {},
): Promise<RemoteRelease> {
  const what = `the draft release ${fields.tag}`;
  try {
    await writeOnce(client, {
      what,
      log,
      write: async () =>
        (
          await client.request<RemoteRelease>("POST /repos/{owner}/{repo}/releases", {
            ...repo,
            tag_name: fields.tag,
            target_commitish: fields.sha,
            name: fields.name,
            body: fields.body,
            draft: true,
            prerelease: fields.prerelease,
          })
        ).data,
      find: async () => (await findRelease(client, repo, fields.tag)).release,
    });
  } catch (e) {
    if (!(e instanceof GitHubApiError && e.status === 422)) throw e;
  }
  const found = await findRelease(client, repo, fields.tag);
  if (!found.release) {
    throw new Error(
      `GitHub accepted ${what} but does not list it: re-run the job (it finds the draft, or creates it).`,
    );
  }
  await deleteRedundantDrafts(client, repo, found.redundant, log);
  return found.release;
}

/** Brings a draft's name, body and prerelease flag up to date; no request when they already are. */
export async function updateDraft(
  client: GitHubClient,
  repo: Repo,
  release: RemoteRelease,
  fields: ReleaseFields,
): Promise<RemoteRelease> {
  if (
    (release.body ?? "") === fields.body &&
    (release.name ?? "") === fields.name &&
    release.prerelease === fields.prerelease
  ) {
    return release;
  }
  const { data } = await client.request<RemoteRelease>("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
    ...repo,
    release_id: release.id,
    name: fields.name,
    body: fields.body,
    prerelease: fields.prerelease,
  });
  return data;
}

export type AssetAction = "upload" | "replace" | "resume" | "keep";

export interface AssetStep {
  asset: LocalAsset;
  action: AssetAction;
  remote?: RemoteAsset;
  /** Generated by release-bundle (checksums, manifest, notes), not one of the `files`. */
  generated: boolean;
  note?: string;
}

export interface AssetPlan {
  steps: AssetStep[];
  /** Reasons not to write anything (a published asset that would change). */
  errors: string[];
  warnings: string[];
}

/**
 * What to do with each asset. On a draft a changed asset is replaced; on a published release an
 * asset is never replaced: a changed artefact is an error, a changed generated file is kept (it
 * describes the run that published the release).
 */
export function planAssets(
  release: RemoteRelease | undefined,
  wanted: { asset: LocalAsset; generated: boolean }[],
): AssetPlan {
  const steps: AssetStep[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const published = release !== undefined && !release.draft;
  for (const { asset, generated } of wanted) {
    const remote = release?.assets.find((a) => a.name === asset.name);
    if (!remote && published && release.immutable) {
      if (generated) {
        warnings.push(
          `${asset.name} is not on the immutable release ${release.tag_name} and cannot be added.`,
        );
      } else {
        errors.push(
          `${asset.name} is not on the published immutable release ${release.tag_name}, and assets cannot be added to it: release a new version instead.`,
        );
      }
    } else if (!remote) {
      steps.push({ asset, action: "upload", generated });
    } else if (!isComplete(remote)) {
      steps.push({ asset, action: "resume", remote, generated, note: `left in state ${remote.state}` });
    } else if (digestMatches(remote, asset.sha256)) {
      steps.push({ asset, action: "keep", remote, generated });
    } else if (!published) {
      steps.push({
        asset,
        action: "replace",
        remote,
        generated,
        note: remote.digest ? `was ${remote.digest}` : "GitHub reported no digest",
      });
    } else if (generated) {
      steps.push({ asset, action: "keep", remote, generated, note: "kept as published" });
      warnings.push(
        `${asset.name} of the published release differs from this run's; it is kept as published (a published release is never rewritten).`,
      );
    } else if (!remote.digest && remote.size === asset.size) {
      steps.push({ asset, action: "keep", remote, generated, note: "GitHub reports no digest" });
      warnings.push(
        `${asset.name}: GitHub reports no digest for this older asset, so it cannot be verified.`,
      );
    } else {
      errors.push(
        `${asset.name} of the published release ${release.tag_name} is ${remote.digest ?? `${remote.size} bytes`}, but the file built now is sha256:${asset.sha256}: a published asset is never replaced. Release a new version instead.`,
      );
      steps.push({ asset, action: "keep", remote, generated, note: "differs (refused)" });
    }
  }
  return { steps, errors, warnings };
}

/**
 * Another run is writing the same release at the same time, and its manifest got there first:
 * this run leaves the release to it rather than mixing two runs' assets.
 */
export class ReleaseTakenError extends Error {
  override name = "ReleaseTakenError";
}

/** The release as GitHub has it now (assets included). One request. */
export async function readRelease(
  client: GitHubClient,
  repo: Repo,
  releaseId: number,
): Promise<RemoteRelease> {
  const { data } = await client.request<RemoteRelease>("GET /repos/{owner}/{repo}/releases/{release_id}", {
    ...repo,
    release_id: releaseId,
  });
  return data;
}

/**
 * True when the manifest on the release is the one this run uploaded or kept (by its id): the run
 * owns the release's assets. Without a manifest to claim with (none planned), always true.
 */
export function holdsManifest(
  release: RemoteRelease,
  claimId: number | undefined,
  manifestName = RELEASE_MANIFEST_ASSET,
): boolean {
  if (claimId === undefined) return !release.assets.some((a) => a.name === manifestName);
  return release.assets.some((a) => a.id === claimId && a.name === manifestName);
}

/** What a run that left the release to another says. */
export const releaseTaken = (tag: string) =>
  new ReleaseTakenError(
    `Another run is bundling ${tag} at the same time and its manifest is on the release: this run left the release to it (nothing of this run's was published). If that run fails, re-run this job.`,
  );

/**
 * Uploads that overlap: fewer round trips (5 artefacts, the notes and the checksums are two
 * rounds after the manifest), and no storm of parallel writes (GitHub's guidance; its secondary
 * limits allow 80 content-creating requests a minute).
 */
export const UPLOADS_AT_ONCE = 4;

/**
 * Carries out the plan (files stream from disk), the manifest first: the manifest is the claim;
 * then the other assets, up to UPLOADS_AT_ONCE at a time. Asset names are unique on a release, so when two runs write one release at
 * once, the run whose manifest is on it owns the assets: it replaces what the other run left, and
 * the other run stops (`ReleaseTakenError`) instead of writing a mixed set.
 */
export async function applyAssets(
  client: GitHubClient,
  repo: Repo,
  release: RemoteRelease,
  plan: AssetPlan,
  log: (message: string) => void,
  upload: { attempts?: number; backoffMs?: (n: number) => number } = {},
  manifestName = RELEASE_MANIFEST_ASSET,
): Promise<{ assets: RemoteAsset[]; claimId: number | undefined }> {
  const claim = plan.steps.find((s) => s.asset.name === manifestName);
  const steps = claim ? [claim, ...plan.steps.filter((s) => s !== claim)] : plan.steps;
  const send = (asset: LocalAsset) =>
    uploadAsset(client, asset, {
      ...repo,
      releaseId: release.id,
      uploadUrl: release.upload_url,
      log,
      ...upload,
    });
  const remove = async (asset: RemoteAsset) => {
    try {
      await deleteAsset(client, repo, asset.id);
    } catch (e) {
      if (!(e instanceof GitHubApiError && e.status === 404)) throw e; // already gone
    }
  };
  const done: RemoteAsset[] = [];
  let claimId: number | undefined;
  if (claim) {
    const placed = await place(claim);
    done.push(placed);
    claimId = placed.id;
  }
  const rest = steps.filter((s) => s !== claim);
  done.push(...(await inBatches(rest, UPLOADS_AT_ONCE, place)));
  return { assets: done, claimId };

  async function place(step: AssetStep): Promise<RemoteAsset> {
    if (step.action === "keep") return step.remote!;
    if (step.remote) {
      log(
        `${step.action === "resume" ? "Removing the unfinished" : "Replacing"} ${step.asset.name} (${step.note}).`,
      );
      await remove(step.remote);
    }
    log(`Uploading ${step.asset.name} (${step.asset.size} bytes).`);
    try {
      return await send(step.asset);
    } catch (e) {
      // Another run uploaded an asset of that name meanwhile: the same bytes are fine; otherwise
      // the run whose manifest is on the release wins.
      if (!(e instanceof GitHubApiError && e.status === 422)) throw e;
      const now = await readRelease(client, repo, release.id);
      const theirs = now.assets.find((a) => a.name === step.asset.name);
      if (theirs && isComplete(theirs) && digestMatches(theirs, step.asset.sha256)) return theirs;
      if (step === claim || !holdsManifest(now, claimId, claim?.asset.name))
        throw releaseTaken(release.tag_name);
      if (!now.draft) throw e; // published meanwhile: a published asset is never replaced
      log(`Replacing ${step.asset.name}, which a run at the same time uploaded with other content.`);
      if (theirs) await remove(theirs);
      return await send(step.asset);
    }
  }
}

export interface Verification {
  release: RemoteRelease;
  problems: string[];
}

/** Reads the release back and checks every asset's digest against our own SHA-256. One request. */
export async function verifyAssets(
  client: GitHubClient,
  repo: Repo,
  releaseId: number,
  wanted: LocalAsset[],
): Promise<Verification> {
  const data = await readRelease(client, repo, releaseId);
  const problems: string[] = [];
  for (const asset of wanted) {
    const copies = data.assets.filter((a) => a.name === asset.name);
    const remote = copies[0];
    if (!remote) problems.push(`${asset.name} is missing from the release.`);
    else if (copies.length > 1) problems.push(`${asset.name} is on the release ${copies.length} times.`);
    else if (!isComplete(remote)) problems.push(`${asset.name} is in state ${remote.state}, not uploaded.`);
    else if (!remote.digest && !data.draft) continue;
    else if (!digestMatches(remote, asset.sha256)) {
      problems.push(
        `${asset.name}: GitHub's digest is ${remote.digest ?? "missing"}, ours is sha256:${asset.sha256}.`,
      );
    }
  }
  return { release: data, problems };
}

/** Publishes the draft (all assets are on it already, so immutable releases work). */
export async function publishRelease(
  client: GitHubClient,
  repo: Repo,
  releaseId: number,
  tag: string,
): Promise<RemoteRelease> {
  try {
    const { data } = await client.request<RemoteRelease>(
      "PATCH /repos/{owner}/{repo}/releases/{release_id}",
      { ...repo, release_id: releaseId, draft: false },
    );
    return data;
  } catch (e) {
    // Another release of the tag was published meanwhile (GitHub refuses a second one).
    if (
      e instanceof GitHubApiError &&
      e.status === 422 &&
      /already_exists|tag_name/.test(JSON.stringify(e.data))
    ) {
      throw releaseTaken(tag);
    }
    throw e;
  }
}

/**
 * Points the lightweight tag `tag` at `sha`: moves it when it exists (forced: a major tag moves
 * to a newer release, which is not a fast-forward when a fix landed elsewhere), creates it when
 * it does not — and when a concurrent run created it first, moves it.
 */
export async function moveTag(
  client: GitHubClient,
  repo: Repo,
  tag: string,
  sha: string,
  exists: boolean,
): Promise<void> {
  const move = () =>
    client.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
      ...repo,
      ref: `tags/${tag}`,
      sha,
      force: true,
    });
  if (exists) {
    await move();
    return;
  }
  type Ref = { object: { sha: string } };
  let made: Ref;
  try {
    // Created once: when the answer is lost, the tag is looked for before it is created again.
    made = await writeOnce(client, {
      what: `the tag ${tag}`,
      write: async () =>
        (
          await client.request<Ref>("POST /repos/{owner}/{repo}/git/refs", {
            ...repo,
            ref: `refs/tags/${tag}`,
            sha,
          })
        ).data,
      find: async () => {
        try {
          return (
            await client.request<Ref>("GET /repos/{owner}/{repo}/git/ref/{ref}", {
              ...repo,
              ref: `tags/${tag}`,
            })
          ).data;
        } catch (e) {
          if (e instanceof GitHubApiError && e.status === 404) return undefined;
          throw e;
        }
      },
    });
  } catch (e) {
    if ((e as { status?: number }).status !== 422) throw e;
    await move();
    return;
  }
  if (made.object?.sha !== sha) await move(); // a concurrent run created it elsewhere
}
