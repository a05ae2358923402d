/**
 * Versioning: which semantic version a release gets.
 *
 * The version is either given explicitly or computed from the conventional commits made since
 * the latest release tag:
 * - a breaking change bumps major, a feature bumps minor, anything else releasable bumps patch;
 * - before 1.0.0 (initial development, semver §4) the scale shifts down one step, the way
 *   conventional-changelog's `preMajor` and Cargo read 0.x versions: a breaking change bumps
 *   minor, a feature or a fix bumps patch. Going to 1.0.0 is a decision, made with `version`;
 * - the first release of a repository with no release tag is 0.1.0 (semver FAQ: "start your
 *   initial development release at 0.1.0"), whatever the commits say;
 * - a prerelease channel (`rc`) appends `-rc.N`, N one more than the highest `-rc.N` tag of the
 *   same version;
 * - commits that are neither breaking nor of a releasable type (docs, chore, ci, …) do not make a
 *   release on their own.
 */
import createPreset from "conventional-changelog-conventionalcommits";
import { CommitParser, type ParserOptions } from "conventional-commits-parser";
import semver from "semver";
import { conventionalMessages, HIDDEN_TYPES } from "./conventionalMessages";

export type ReleaseType = "major" | "minor" | "patch";

/** A git tag as the release process sees it: its name and the commit it points at. */
export interface ReleaseTag {
  name: string;
  sha: string;
}

/** A tag that is a release of this repository: its name carries the tag prefix and a semver. */
export interface VersionTag extends ReleaseTag {
  version: semver.SemVer;
}

export class VersionError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = "VersionError";
  }
}

export const DEFAULT_TAG_PREFIX = "v";
export const INITIAL_VERSION = "0.1.0";

/** Commit types that make a release on their own (the conventionalcommits preset's "bump" types). */
const RELEASABLE_TYPES = new Set(["feat", "feature", "fix", "perf", "revert"]);
const CHANNEL = /^[0-9A-Za-z-]+$/;

/** Validates the `prerelease` channel name (empty means a stable release). */
export function validateChannel(channel: string | undefined): string | undefined {
  const value = channel?.trim();
  if (!value) return undefined;
  if (!CHANNEL.test(value) || /^\d+$/.test(value)) {
    throw new VersionError(
      `prerelease "${value}" is not a valid channel name: use letters, digits and hyphens, e.g. "rc" or "beta".`,
      "prerelease",
    );
  }
  return value;
}

/** Validates the tag prefix: any text git accepts at the start of a tag name. */
export function validateTagPrefix(prefix: string): string {
  if (/[\s~^:?*[\\]|\.\.|@\{/.test(prefix) || prefix.startsWith("/") || prefix.startsWith("-")) {
    throw new VersionError(
      `tag-prefix "${prefix}" cannot start a git tag name: use letters, digits, "-", "_", "." or "/", e.g. "v".`,
      "tag-prefix",
    );
  }
  return prefix;
}

/**
 * Parses an explicit `version` input: a full semantic version, a leading `v` tolerated
 * (`v1.4.0`, `1.4.0-rc.1`). Build metadata is refused: GitHub tags and semver precedence ignore it.
 */
export function parseExplicitVersion(input: string): semver.SemVer {
  const text = input.trim();
  const bare = text.replace(/^[vV](?=\d)/, "");
  const parsed = semver.valid(bare) ? new semver.SemVer(bare) : null;
  if (!parsed) {
    throw new VersionError(
      `version "${text}" is not a semantic version: write MAJOR.MINOR.PATCH, e.g. "1.4.0" or "1.4.0-rc.1".`,
      "version",
    );
  }
  if (parsed.build.length > 0) {
    throw new VersionError(
      `version "${text}" carries build metadata (+${parsed.build.join(".")}): drop it, tags compare without it.`,
      "version",
    );
  }
  return parsed;
}

/** The release tags among `tags`: prefix + semantic version, highest version first. */
export function releaseTags(tags: readonly ReleaseTag[], tagPrefix: string): VersionTag[] {
  const out: VersionTag[] = [];
  for (const tag of tags) {
    if (!tag.name.startsWith(tagPrefix)) continue;
    const rest = tag.name.slice(tagPrefix.length);
    if (!semver.valid(rest) || rest.includes("+")) continue;
    out.push({ ...tag, version: new semver.SemVer(rest) });
  }
  return out.sort((a, b) => semver.rcompare(a.version, b.version));
}

/** The highest stable release tag: the base the next version is computed from. */
export function latestStableTag(tags: readonly ReleaseTag[], tagPrefix: string): VersionTag | undefined {
  return releaseTags(tags, tagPrefix).find((t) => t.version.prerelease.length === 0);
}

/** What a commit contributes to the version. */
export interface CommitBump {
  breaking: boolean;
  feature: boolean;
  releasable: boolean;
}

let parser: CommitParser | undefined;

/**
 * Reads one commit message the way the conventionalcommits preset does, with every conventional
 * message a squashed pull request carries (release-please's convention). A revert of a hidden
 * type (a `chore(deps)` bump) is as unreleasable as what it reverts.
 */
export function classifyCommit(message: string): CommitBump {
  const bump: CommitBump = { breaking: false, feature: false, releasable: false };
  if (!message.trim()) return bump;
  // The preset is imported as a function, never loaded by name (that breaks once bundled).
  parser ??= new CommitParser((createPreset() as { parser: ParserOptions }).parser);
  for (const part of conventionalMessages(message)) {
    if (!part.trim()) continue;
    const commit = parser.parse(part);
    const reverted = commit.revert
      ? /^(\w+)/.exec(String(commit.revert.header ?? ""))?.[1]?.toLowerCase()
      : "";
    const type = (commit.revert ? "revert" : String(commit.type ?? "")).toLowerCase();
    const breaking = commit.notes.some((n) => /^BREAKING[ -]CHANGE$/i.test(n.title));
    bump.breaking ||= breaking;
    bump.feature ||= type === "feat" || type === "feature";
    bump.releasable ||= breaking || (RELEASABLE_TYPES.has(type) && !(reverted && HIDDEN_TYPES.has(reverted)));
  }
  return bump;
}

/** The bump the commits ask for from `current` (null: nothing releasable). */
export function bumpFor(messages: Iterable<string>, current: semver.SemVer): ReleaseType | null {
  let breaking = false;
  let feature = false;
  let releasable = false;
  for (const message of messages) {
    const c = classifyCommit(message);
    breaking ||= c.breaking;
    feature ||= c.feature;
    releasable ||= c.releasable;
  }
  if (!releasable) return null;
  if (current.major === 0) return breaking ? "minor" : "patch";
  return breaking ? "major" : feature ? "minor" : "patch";
}

export interface VersionRequest {
  /** The `version` input, empty to compute it. */
  explicit?: string;
  tagPrefix: string;
  /** Prerelease channel (`rc`), empty for a stable release. */
  prerelease?: string;
  /** Every tag of the repository (name and commit). */
  tags: readonly ReleaseTag[];
  /** The commit being released. */
  headSha: string;
  /** Messages of the commits since the base tag (newest first), when the version is computed. */
  commitMessages?: readonly string[];
  /** Version of the first release (default 0.1.0). */
  initialVersion?: string;
}

export type VersionPlan =
  | {
      release: true;
      version: string;
      tag: string;
      /** The release tag the notes start from (the previous stable release), if any. */
      previousTag?: VersionTag;
      /** Why this version: "explicit", "first release", "minor bump: a feature", "re-run of v1.2.0"… */
      reason: string;
      /** True when the tag already exists at the released commit (a re-run). */
      tagExists: boolean;
    }
  | { release: false; reason: string; previousTag?: VersionTag };

/**
 * The base of a computed version: the tag already at HEAD for this channel (a re-run), else the
 * highest stable release tag. The caller fetches the commits since `previousTag` and calls
 * `planVersion`.
 */
export function findBase(
  tags: readonly ReleaseTag[],
  tagPrefix: string,
  headSha: string,
  prerelease?: string,
): { previousTag?: VersionTag; atHead?: VersionTag } {
  const all = releaseTags(tags, tagPrefix);
  const channel = validateChannel(prerelease);
  const atHead = all.find((t) => t.sha === headSha && channelOf(t.version) === channel);
  const previousTag = all.find(
    (t) =>
      t.version.prerelease.length === 0 && t !== atHead && (!atHead || semver.lt(t.version, atHead.version)),
  );
  return { previousTag, atHead };
}

function channelOf(v: semver.SemVer): string | undefined {
  const first = v.prerelease[0];
  return v.prerelease.length === 0 ? undefined : String(first);
}

/** Decides the version and tag of this release. Pure: everything comes in through `req`. */
export function planVersion(req: VersionRequest): VersionPlan {
  const tagPrefix = validateTagPrefix(req.tagPrefix);
  const channel = validateChannel(req.prerelease);
  const { previousTag, atHead } = findBase(req.tags, tagPrefix, req.headSha, channel);

  if (req.explicit?.trim()) {
    const v = parseExplicitVersion(req.explicit);
    if (channel && channelOf(v) !== channel) {
      throw new VersionError(
        `version "${req.explicit.trim()}" and prerelease "${channel}" disagree: give "${v.major}.${v.minor}.${v.patch}-${channel}.1" as version, or leave prerelease empty.`,
        "prerelease",
      );
    }
    const tag = `${tagPrefix}${v.version}`;
    return {
      release: true,
      version: v.version,
      tag,
      previousTag: baseBelow(req.tags, tagPrefix, v),
      ...existing(req, tag, "explicit version"),
    };
  }

  if (atHead) {
    return {
      release: true,
      version: atHead.version.version,
      tag: atHead.name,
      previousTag,
      reason: `re-run of ${atHead.name}, already tagged at this commit`,
      tagExists: true,
    };
  }

  let core: string;
  let reason: string;
  if (!previousTag) {
    const initial = req.initialVersion ?? INITIAL_VERSION;
    if (!semver.valid(initial)) {
      throw new VersionError(`initial-version "${initial}" is not a semantic version.`, "initial-version");
    }
    core = initial;
    reason = "first release (no release tag yet)";
  } else {
    const bump = bumpFor(req.commitMessages ?? [], previousTag.version);
    if (!bump) {
      return {
        release: false,
        previousTag,
        reason:
          (req.commitMessages?.length ?? 0) === 0
            ? `no commits since ${previousTag.name}: nothing to release`
            : `no releasable commits since ${previousTag.name} (no feat, fix, perf, revert or breaking change): nothing to release; give "version" to release anyway`,
      };
    }
    core = semver.inc(previousTag.version, bump)!;
    reason = `${bump} bump from ${previousTag.name}`;
  }

  let version = core;
  if (channel) {
    version = `${core}-${channel}.${nextPrereleaseNumber(req.tags, tagPrefix, core, channel)}`;
  }
  const tag = `${tagPrefix}${version}`;
  return { release: true, version, tag, previousTag, ...existing(req, tag, reason) };
}

/**
 * The release tag the notes (and the commit walk) start from: the highest stable release below an
 * explicit version, else the base `findBase` picks.
 */
export function previousReleaseTag(
  tags: readonly ReleaseTag[],
  tagPrefix: string,
  headSha: string,
  opts: { explicit?: string; prerelease?: string } = {},
): VersionTag | undefined {
  if (opts.explicit?.trim()) return baseBelow(tags, tagPrefix, parseExplicitVersion(opts.explicit));
  return findBase(tags, tagPrefix, headSha, opts.prerelease).previousTag;
}

/** The highest stable release below `v`: where the notes of an explicit version start. */
function baseBelow(tags: readonly ReleaseTag[], prefix: string, v: semver.SemVer): VersionTag | undefined {
  return releaseTags(tags, prefix).find((t) => t.version.prerelease.length === 0 && semver.lt(t.version, v));
}

/** Checks the tag: absent (new release) or at the released commit (re-run); elsewhere is an error. */
function existing(req: VersionRequest, tag: string, reason: string): { reason: string; tagExists: boolean } {
  const found = req.tags.find((t) => t.name === tag);
  if (!found) return { reason, tagExists: false };
  if (found.sha !== req.headSha) {
    throw new VersionError(
      `tag ${tag} already exists at commit ${found.sha.slice(0, 7)}, not at ${req.headSha.slice(0, 7)} being released: choose another version, or release that commit.`,
      "version",
    );
  }
  return { reason: `${reason} (tag ${tag} already at this commit: re-run)`, tagExists: true };
}

/** 1 + the highest N of the `<prefix><core>-<channel>.N` tags (1 when there is none). */
export function nextPrereleaseNumber(
  tags: readonly ReleaseTag[],
  tagPrefix: string,
  core: string,
  channel: string,
): number {
  let max = 0;
  for (const t of releaseTags(tags, tagPrefix)) {
    const v = t.version;
    if (`${v.major}.${v.minor}.${v.patch}` !== core || v.prerelease[0] !== channel) continue;
    const n = v.prerelease[1];
    if (typeof n === "number" && n > max) max = n;
  }
  return max + 1;
}
