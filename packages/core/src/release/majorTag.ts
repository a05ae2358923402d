/**
 * The major tag of a release (`v1` for v1.4.2), moved the way GitHub Actions are published: users
 * who write `uses: owner/action@v1` get the newest v1 release. Only a stable release that is the
 * newest of its major moves it: a prerelease, or a fix released for an older minor line while a
 * newer one exists, leaves it where it is.
 */
import semver from "semver";
import { type ReleaseTag, releaseTags } from "./versioning";

export type MajorTagPlan =
  | { move: true; tag: string; sha: string; from: string | undefined }
  | { move: false; tag: string; reason: string };

export function planMajorTag(req: {
  /** The version released, without the prefix (`1.4.2`). */
  version: string;
  tagPrefix: string;
  /** The commit the release tag points at. */
  sha: string;
  /** Every tag of the repository, with the commit each points at. */
  tags: readonly ReleaseTag[];
}): MajorTagPlan {
  const version = new semver.SemVer(req.version);
  const tag = `${req.tagPrefix}${version.major}`;
  if (version.prerelease.length > 0) {
    return { move: false, tag, reason: `${req.tagPrefix}${req.version} is a prerelease: ${tag} stays.` };
  }
  const newer = releaseTags(req.tags, req.tagPrefix).find(
    (t) =>
      t.version.major === version.major && t.version.prerelease.length === 0 && semver.gt(t.version, version),
  );
  if (newer) {
    return {
      move: false,
      tag,
      reason: `${newer.name} is newer than ${req.tagPrefix}${req.version}: ${tag} stays.`,
    };
  }
  const current = req.tags.find((t) => t.name === tag);
  if (current?.sha === req.sha)
    return { move: false, tag, reason: `${tag} already points at ${req.tagPrefix}${req.version}.` };
  return { move: true, tag, sha: req.sha, from: current?.sha };
}
