/**
 * What verify reads about the release itself: the release of the tag, its assets (listed whole),
 * the bytes of the manifest and of `SHA256SUMS` (small, hashed as they come), the commit the tag
 * points to, and whether the repository has immutable releases.
 */
import { createHash } from "node:crypto";
import {
  CHECKSUMS_ASSET,
  type PublishedRelease,
  RELEASE_MANIFEST_ASSET,
  type ReleaseAssetRecord,
} from "@gatehouse/core/verification";
import {
  assetTooLarge,
  downloadAsset,
  GitHubApiError,
  type GitHubClient,
  listAssets,
  type RemoteAsset,
} from "@gatehouse/github";
import { type ReleaseJson, releaseOfTag } from "./releaseRequest";

/** The most bytes read of the manifest or of SHA256SUMS: release-bundle writes far less. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export interface ReadRelease {
  release: (PublishedRelease & { id: number; tag: string }) | null;
  assets: (ReleaseAssetRecord & { id: number; createdAt: string | null })[];
  /** The manifest's text and the SHA-256 of its bytes; null when the release has none. */
  manifest: { text: string; sha256: string; uploadedAt: string | null } | null;
  checksums: { text: string; sha256: string } | null;
  /**
   * Why the manifest or `SHA256SUMS` was not read: bigger than `MAX_EVIDENCE_BYTES`, so not a file
   * Gatehouse wrote. Such a file is not downloaded at all.
   */
  refused?: { manifest?: string; checksums?: string };
  tagCommit: string | null;
  immutableReleases: { enabled: boolean } | { problem: string };
}

const tagQuery = `query GatehouseVerifyTag($owner: String!, $name: String!, $tag: String!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $tag) { target { __typename oid ... on Tag { target { __typename oid } } } }
  }
}`;

interface TagAnswer {
  repository: {
    ref: { target: { __typename: string; oid: string; target?: { __typename: string; oid: string } } } | null;
  } | null;
}

/** The commit a tag names, through an annotated tag's object when it is one. */
export async function readTagCommit(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  tag: string,
): Promise<string | null> {
  const answer = await client.graphql<TagAnswer>(tagQuery, {
    owner: repo.owner,
    name: repo.repo,
    tag: `refs/tags/${tag}`,
  });
  const target = answer.repository?.ref?.target;
  if (!target) return null;
  if (target.__typename === "Tag") return target.target?.oid ?? null;
  return target.oid;
}

async function readImmutableSetting(
  client: GitHubClient,
  repo: { owner: string; repo: string },
): Promise<{ enabled: boolean } | { problem: string }> {
  try {
    const { data } = await client.request<{ enabled: boolean }>(
      "GET /repos/{owner}/{repo}/immutable-releases",
      {
        owner: repo.owner,
        repo: repo.repo,
      },
    );
    return { enabled: data.enabled === true };
  } catch (e) {
    if (e instanceof GitHubApiError && (e.status === 403 || e.status === 404)) {
      return {
        problem:
          "whether the repository has immutable releases cannot be read with this token: it needs `administration: read`",
      };
    }
    throw e;
  }
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

export async function readRelease(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  tag: string,
  /** Called when the release request was sent ahead (prefetchReleaseOfTag), to count it. */
  usedSentAhead?: () => void,
): Promise<ReadRelease> {
  const tagCommit = readTagCommit(client, repo, tag);
  tagCommit.catch(() => {}); // awaited below; a release that cannot be read is the error reported
  let json: ReleaseJson | null = null;
  try {
    ({ data: json } = await releaseOfTag(client, repo, tag, usedSentAhead));
  } catch (e) {
    if (!(e instanceof GitHubApiError && e.status === 404 && !("permission" in e && e.permission))) throw e;
  }
  if (!json) {
    return {
      release: null,
      assets: [],
      manifest: null,
      checksums: null,
      tagCommit: await tagCommit,
      immutableReleases: { problem: "there is no release" },
    };
  }
  const release = json;
  const [assets, immutableReleases] = await Promise.all([
    listAssets(client, { ...repo, releaseId: release.id }),
    release.immutable === true ? Promise.resolve({ enabled: true }) : readImmutableSetting(client, repo),
  ]);
  const find = (name: string) => assets.find((a) => a.name === name && a.state === "uploaded");
  const refused: { manifest?: string; checksums?: string } = {};
  const read = async (asset: RemoteAsset | undefined, which: "manifest" | "checksums") => {
    if (!asset) return null;
    const tooLarge = assetTooLarge(asset, MAX_EVIDENCE_BYTES);
    if (tooLarge) {
      refused[which] = tooLarge;
      return null;
    }
    const bytes = await downloadAsset(client, repo, asset, MAX_EVIDENCE_BYTES);
    return { text: bytes.toString("utf8"), sha256: sha256(bytes) };
  };
  const manifestAsset = find(RELEASE_MANIFEST_ASSET);
  const [manifest, checksums] = await Promise.all([
    read(manifestAsset, "manifest"),
    read(find(CHECKSUMS_ASSET), "checksums"),
  ]);
  return {
    release: {
      id: release.id,
      tag: release.tag_name,
      draft: release.draft,
      prerelease: release.prerelease,
      ...(release.immutable !== undefined ? { immutable: release.immutable } : {}),
      publishedAt: release.published_at,
      url: release.html_url,
    },
    assets: assets.map((a) => ({
      id: a.id,
      name: a.name,
      size: a.size,
      digest: a.digest ?? null,
      state: a.state,
      createdAt: (a as RemoteAsset & { created_at?: string }).created_at ?? null,
    })),
    manifest: manifest
      ? {
          ...manifest,
          uploadedAt: (manifestAsset as RemoteAsset & { created_at?: string }).created_at ?? null,
        }
      : null,
    checksums,
    ...(refused.manifest || refused.checksums ? { refused } : {}),
    tagCommit: await tagCommit,
    immutableReleases,
  };
}
