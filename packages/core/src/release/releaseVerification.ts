/**
 * Verifying a release from the evidence it carries (`gatehouse verify`): each check compares what
 * GitHub holds now with what the release's manifest says, and says in a sentence what is wrong.
 * Pure: what GitHub answered is read beforehand and passed in.
 */
import validateManifest from "./manifestValidator.generated";
import { CHECKSUMS_ASSET, RELEASE_MANIFEST_ASSET, type ReleaseManifest } from "./releaseManifest";

export {
  CHECKSUMS_ASSET,
  type EnvironmentProtection,
  RELEASE_MANIFEST_ASSET,
  type ReleaseManifest,
} from "./releaseManifest";
export type { EnvironmentApproval } from "./releaseNotes";

/** The checks, in the order they are reported. */
export const verificationChecks = [
  "published",
  "commit",
  "manifest",
  "assets",
  "checksums",
  "approvals",
  "environment-approvals",
  "freeze",
] as const;
export type VerificationCheckName = (typeof verificationChecks)[number];

/**
 * One check's outcome: `pass`, `fail` (the evidence and GitHub disagree), or `unknown` (it could
 * not be told, e.g. a permission is missing; the detail says what to add).
 */
export interface VerificationCheck {
  name: VerificationCheckName;
  status: "pass" | "fail" | "unknown";
  detail: string;
}

export const passed = (name: VerificationCheckName, detail: string): VerificationCheck => ({
  name,
  status: "pass",
  detail,
});
export const failed = (name: VerificationCheckName, detail: string): VerificationCheck => ({
  name,
  status: "fail",
  detail,
});
export const unknown = (name: VerificationCheckName, detail: string): VerificationCheck => ({
  name,
  status: "unknown",
  detail,
});

/** Exit code of a verification: 0 every check passed, 1 one failed, 2 one could not be told. */
export function verificationExitCode(checks: readonly VerificationCheck[]): 0 | 1 | 2 {
  if (checks.some((c) => c.status === "fail")) return 1;
  if (checks.some((c) => c.status === "unknown")) return 2;
  return 0;
}

const list = (items: readonly string[], max = 5) =>
  items.length > max ? `${items.slice(0, max).join(", ")} and ${items.length - max} more` : items.join(", ");

/** A release as GitHub reports it (`GET /repos/{owner}/{repo}/releases/tags/{tag}`). */
export interface PublishedRelease {
  draft: boolean;
  prerelease: boolean;
  /** Undefined where GitHub does not report it (older GitHub Enterprise Server). */
  immutable?: boolean;
  publishedAt: string | null;
  url: string;
}

/**
 * `published`: the release exists, is published, and is immutable when the repository has
 * immutable releases (`immutableReleases`: null when the setting cannot be read).
 */
export function checkPublished(
  tag: string,
  release: PublishedRelease | null,
  immutableReleases: { enabled: boolean } | { problem: string },
): VerificationCheck {
  if (!release) return failed("published", `There is no published release of tag ${tag}.`);
  if (release.draft) return failed("published", `The release of ${tag} is a draft: it was never published.`);
  const at = release.publishedAt ? ` at ${release.publishedAt}` : "";
  if (release.immutable === true) return passed("published", `Published${at}; immutable.`);
  if ("enabled" in immutableReleases && immutableReleases.enabled) {
    return failed(
      "published",
      `Published${at} but not immutable, although the repository has immutable releases: its assets and tag could have been changed after publication.`,
    );
  }
  const why =
    "enabled" in immutableReleases
      ? "the repository does not have immutable releases, so the checks below compare its assets with the manifest"
      : immutableReleases.problem;
  return passed("published", `Published${at}; not immutable (${why}).`);
}

/** `commit`: the tag points to the commit the manifest names. */
export function checkCommit(
  manifest: Pick<ReleaseManifest, "commit" | "tag">,
  tag: string,
  tagCommit: string | null,
): VerificationCheck {
  if (manifest.tag !== tag) {
    return failed("commit", `The manifest is for tag ${manifest.tag}, not ${tag}.`);
  }
  if (!tagCommit) return failed("commit", `The tag ${tag} does not exist in the repository.`);
  if (tagCommit.toLowerCase() !== manifest.commit.toLowerCase()) {
    return failed(
      "commit",
      `The tag ${tag} points to ${tagCommit.slice(0, 12)}, but the manifest says the release is ${manifest.commit.slice(0, 12)}: the tag was moved after the release.`,
    );
  }
  return passed("commit", `The tag ${tag} points to ${manifest.commit.slice(0, 12)}, as the manifest says.`);
}

export type ManifestReading =
  | { manifest: ReleaseManifest; check: VerificationCheck }
  | { manifest: null; check: VerificationCheck };

/** `manifest`: release-manifest.json is there and valid against the shipped schema. */
export function readManifest(
  text: string | null,
  expected: { repository: string; tag: string },
): ManifestReading {
  if (text === null) {
    return {
      manifest: null,
      check: failed(
        "manifest",
        `The release has no ${RELEASE_MANIFEST_ASSET}: nothing records what it holds or who authorised it.`,
      ),
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      manifest: null,
      check: failed("manifest", `${RELEASE_MANIFEST_ASSET} is not JSON: ${(e as Error).message}.`),
    };
  }
  const validate = validateManifest as unknown as ((d: unknown) => boolean) & {
    errors?: { instancePath: string; message?: string }[] | null;
  };
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map(
      (e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`,
    );
    return {
      manifest: null,
      check: failed(
        "manifest",
        `${RELEASE_MANIFEST_ASSET} does not match the release manifest schema: ${list(problems, 3)}.`,
      ),
    };
  }
  const manifest = data as ReleaseManifest;
  if (manifest.repository.toLowerCase() !== expected.repository.toLowerCase()) {
    return {
      manifest: null,
      check: failed(
        "manifest",
        `${RELEASE_MANIFEST_ASSET} is the manifest of ${manifest.repository}, not of ${expected.repository}.`,
      ),
    };
  }
  if (manifest.manifestVersion < 2) {
    return {
      manifest,
      check: passed(
        "manifest",
        `Valid, version ${manifest.manifestVersion}: it lacks the range, policy and environment protection version 2 records, so approvals cannot be re-checked.`,
      ),
    };
  }
  return {
    manifest,
    check: passed(
      "manifest",
      `Valid (version ${manifest.manifestVersion}): ${manifest.artefacts.length} artefact${manifest.artefacts.length === 1 ? "" : "s"}, ${manifest.changeRequests.length} change request${manifest.changeRequests.length === 1 ? "" : "s"}.`,
    ),
  };
}

/** A release asset as GitHub lists it. */
export interface ReleaseAssetRecord {
  name: string;
  size: number;
  /** `sha256:<hex>`, GitHub's own digest of the stored bytes; null where GitHub has none. */
  digest: string | null;
  state: string;
}

/** A local copy of an asset (`--assets DIR`): its size and SHA-256, or null when it is missing. */
export type LocalCopy = { size: number; sha256: string } | null;

/**
 * `assets`: the release's assets are exactly the manifest's artefacts plus the manifest and
 * `SHA256SUMS` (none missing, none extra), each complete, with the manifest's size, and GitHub's
 * digest equal to the manifest's SHA-256. With local copies, each must match too.
 */
export function checkAssets(
  manifest: Pick<ReleaseManifest, "artefacts">,
  assets: readonly ReleaseAssetRecord[],
  local?: ReadonlyMap<string, LocalCopy>,
  /** SHA-256s of assets verify downloaded (the manifest, SHA256SUMS): GitHub's digest must agree. */
  downloaded?: ReadonlyMap<string, string>,
): VerificationCheck {
  const problems: string[] = [];
  const byName = new Map(assets.map((a) => [a.name, a]));
  const expected = new Set([
    ...manifest.artefacts.map((a) => a.name),
    RELEASE_MANIFEST_ASSET,
    CHECKSUMS_ASSET,
  ]);
  const missing = manifest.artefacts.filter((a) => !byName.has(a.name)).map((a) => a.name);
  if (!byName.has(CHECKSUMS_ASSET)) missing.push(CHECKSUMS_ASSET);
  if (missing.length > 0) problems.push(`missing from the release: ${list(missing)}`);
  const extra = assets.filter((a) => !expected.has(a.name)).map((a) => a.name);
  if (extra.length > 0) problems.push(`on the release but not in the manifest: ${list(extra)}`);
  for (const a of assets) {
    if (a.state !== "uploaded") problems.push(`${a.name} is not completely uploaded (state ${a.state})`);
  }
  const noDigest: string[] = [];
  for (const artefact of manifest.artefacts) {
    const remote = byName.get(artefact.name);
    if (!remote) continue;
    if (remote.size !== artefact.size) {
      problems.push(
        `${artefact.name} is ${remote.size} bytes on the release, ${artefact.size} in the manifest: it was replaced`,
      );
    } else if (!remote.digest) {
      noDigest.push(artefact.name);
    } else if (remote.digest.toLowerCase() !== `sha256:${artefact.sha256.toLowerCase()}`) {
      problems.push(
        `${artefact.name}'s SHA-256 on GitHub is ${remote.digest.replace(/^sha256:/i, "").slice(0, 16)}…, the manifest's ${artefact.sha256.slice(0, 16)}…: it was replaced`,
      );
    }
    const copy = local?.get(artefact.name);
    if (local && copy === null) problems.push(`${artefact.name} is not in the local directory`);
    else if (copy && (copy.size !== artefact.size || copy.sha256 !== artefact.sha256.toLowerCase())) {
      problems.push(
        `the local ${artefact.name} (${copy.size} bytes, sha256 ${copy.sha256.slice(0, 16)}…) is not the manifest's (${artefact.size} bytes, ${artefact.sha256.slice(0, 16)}…)`,
      );
    }
  }
  for (const [name, sha] of downloaded ?? []) {
    const remote = byName.get(name);
    if (remote?.digest && remote.digest.toLowerCase() !== `sha256:${sha.toLowerCase()}`) {
      problems.push(
        `the bytes of ${name} do not hash to GitHub's digest of it (${remote.digest.slice(0, 23)}…)`,
      );
    }
  }
  if (noDigest.length > 0) {
    problems.push(
      `GitHub reports no digest for ${list(noDigest)}, so their content cannot be compared without downloading them: verify with --assets DIR`,
    );
  }
  const localNote = local ? ` and ${local.size} local files hashed` : "";
  if (problems.length > 0) {
    const onlyDigests = problems.length === 1 && noDigest.length > 0 && !local;
    return (onlyDigests ? unknown : failed)("assets", `${problems.join("; ")}.`);
  }
  return passed(
    "assets",
    `${manifest.artefacts.length} artefact${manifest.artefacts.length === 1 ? "" : "s"}, each with the manifest's size and SHA-256 (GitHub's digest${localNote}), and nothing else but ${RELEASE_MANIFEST_ASSET} and ${CHECKSUMS_ASSET}.`,
  );
}

/** The lines of `SHA256SUMS` ("<hex>  <name>", or "<hex> *<name>" in binary mode). */
export function parseChecksums(text: string): { sums: Map<string, string>; bad: string[] } {
  const sums = new Map<string, string>();
  const bad: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!m || sums.has(m[2]!)) bad.push(line.slice(0, 80));
    else sums.set(m[2]!, m[1]!.toLowerCase());
  }
  return { sums, bad };
}

/**
 * `checksums`: `SHA256SUMS` lists every artefact of the manifest with the manifest's SHA-256, and
 * the manifest itself with the SHA-256 of its bytes, and nothing else.
 */
export function checkChecksums(
  manifest: Pick<ReleaseManifest, "artefacts">,
  checksums: string | null,
  manifestSha256: string,
): VerificationCheck {
  if (checksums === null) return failed("checksums", `The release has no ${CHECKSUMS_ASSET}.`);
  const { sums, bad } = parseChecksums(checksums);
  const problems: string[] = [];
  if (bad.length > 0)
    problems.push(`lines that are not "<sha256>  <name>" (or repeat a name): ${list(bad, 3)}`);
  const expected = new Map(manifest.artefacts.map((a) => [a.name, a.sha256.toLowerCase()]));
  expected.set(RELEASE_MANIFEST_ASSET, manifestSha256.toLowerCase());
  for (const [name, sha] of expected) {
    const listed = sums.get(name);
    if (listed === undefined) problems.push(`${name} is not listed`);
    else if (listed !== sha)
      problems.push(
        `the line for ${name} says ${listed.slice(0, 16)}…, ${name === RELEASE_MANIFEST_ASSET ? "the manifest's bytes hash to" : "the manifest says"} ${sha.slice(0, 16)}…`,
      );
  }
  const extra = [...sums.keys()].filter((n) => !expected.has(n));
  if (extra.length > 0) problems.push(`it lists files the manifest does not: ${list(extra)}`);
  if (problems.length > 0) return failed("checksums", `${CHECKSUMS_ASSET}: ${problems.join("; ")}.`);
  return passed(
    "checksums",
    `${CHECKSUMS_ASSET} lists the ${expected.size} files of the manifest with its SHA-256s, and the manifest with the SHA-256 of its bytes.`,
  );
}
