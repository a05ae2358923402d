import semver from "semver";
import { describe, expect, it } from "vitest";
import {
  bumpFor,
  classifyCommit,
  nextPrereleaseNumber,
  parseExplicitVersion,
  planVersion,
  previousReleaseTag,
  releaseTags,
  VersionError,
  type VersionRequest,
} from "./versioning";

const HEAD = "h".repeat(40);
const sha = (c: string) => c.repeat(40);

function plan(over: Partial<VersionRequest>) {
  return planVersion({ tagPrefix: "v", tags: [], headSha: HEAD, ...over });
}

describe("classifyCommit", () => {
  it.each([
    ["feat: add export", { breaking: false, feature: true, releasable: true }],
    ["feat(api)!: drop v1", { breaking: true, feature: true, releasable: true }],
    ["fix: crash on empty input", { breaking: false, feature: false, releasable: true }],
    ["perf: faster diff", { breaking: false, feature: false, releasable: true }],
    [
      'revert: "feat: x"\n\nThis reverts commit abc1234.',
      { breaking: false, feature: false, releasable: true },
    ],
    ["docs: readme", { breaking: false, feature: false, releasable: false }],
    [
      "chore: deps\n\nBREAKING CHANGE: node 24 required",
      { breaking: true, feature: false, releasable: true },
    ],
    ["refactor!: rename module", { breaking: true, feature: false, releasable: true }],
    ["Update README.md", { breaking: false, feature: false, releasable: false }],
    ["", { breaking: false, feature: false, releasable: false }],
    // a squashed pull request carries several messages (release-please's footer convention)
    ["chore: release train\n\nfeat(api): add export", { breaking: false, feature: true, releasable: true }],
    [
      "docs: readme\n\nfix: help text\n  BREAKING-CHANGE: --help exits 2",
      { breaking: true, feature: false, releasable: true },
    ],
    // a revert of a hidden type releases nothing, in either spelling
    [
      "revert: chore(deps): bump lodash\n\nThis reverts commit abc1234.",
      { breaking: false, feature: false, releasable: false },
    ],
    [
      'Revert "build(deps): bump esbuild"\n\nThis reverts commit abc1234.',
      { breaking: false, feature: false, releasable: false },
    ],
    [
      'Revert "fix: crash"\n\nThis reverts commit abc1234.',
      { breaking: false, feature: false, releasable: true },
    ],
  ])("%j", (message, expected) => {
    expect(classifyCommit(message)).toEqual(expected);
  });
});

describe("bumpFor", () => {
  const v1 = new semver.SemVer("1.3.2");
  const v0 = new semver.SemVer("0.4.1");
  it.each([
    [["fix: a", "feat: b"], v1, "minor"],
    [["fix: a", "feat!: b"], v1, "major"],
    [["fix: a", "docs: b"], v1, "patch"],
    [["docs: a", "chore: b"], v1, null],
    [[], v1, null],
    // 0.x: breaking → minor, feature → patch (conventional-changelog's preMajor)
    [["feat!: b"], v0, "minor"],
    [["feat: b"], v0, "patch"],
    [["fix: b"], v0, "patch"],
  ] as const)("%j from %s → %s", (messages, from, expected) => {
    expect(bumpFor(messages, from)).toBe(expected);
  });
});

describe("planVersion", () => {
  const tags = [
    { name: "v1.3.0", sha: sha("a") },
    { name: "v1.2.9", sha: sha("b") },
    { name: "v1.4.0-rc.1", sha: sha("c") },
    { name: "v1.4.0-rc.2", sha: sha("d") },
    { name: "other-2.0.0", sha: sha("e") },
    { name: "vnot-a-version", sha: sha("f") },
  ];

  it("bumps minor for a feature since the latest stable release tag", () => {
    const p = plan({ tags, commitMessages: ["feat: x", "fix: y"] });
    expect(p).toMatchObject({ release: true, version: "1.4.0", tag: "v1.4.0", tagExists: false });
    expect(p.previousTag?.name).toBe("v1.3.0");
  });

  it("bumps major for a breaking change, patch for a fix", () => {
    expect(plan({ tags, commitMessages: ["fix!: x"] })).toMatchObject({ version: "2.0.0" });
    expect(plan({ tags, commitMessages: ["fix: x"] })).toMatchObject({ version: "1.3.1" });
  });

  it("in 0.x a breaking change bumps minor and a feature bumps patch", () => {
    const t = [{ name: "v0.3.4", sha: sha("a") }];
    expect(plan({ tags: t, commitMessages: ["feat!: x"] })).toMatchObject({ version: "0.4.0" });
    expect(plan({ tags: t, commitMessages: ["feat: x"] })).toMatchObject({ version: "0.3.5" });
  });

  it("the first release with no tag is 0.1.0", () => {
    expect(plan({ commitMessages: ["feat!: everything"] })).toMatchObject({
      release: true,
      version: "0.1.0",
      tag: "v0.1.0",
      previousTag: undefined,
    });
    expect(plan({ commitMessages: ["chore: init"], initialVersion: "1.0.0" })).toMatchObject({
      version: "1.0.0",
    });
  });

  it("says so when nothing is releasable, and releases anyway with an explicit version", () => {
    const p = plan({ tags, commitMessages: ["docs: a", "chore: b"] });
    expect(p.release).toBe(false);
    expect(p.reason).toMatch(/no releasable commits since v1\.3\.0/);
    expect(plan({ tags, commitMessages: [] }).reason).toMatch(/no commits since v1\.3\.0/);
    expect(plan({ tags, explicit: "1.3.1", commitMessages: ["docs: a"] })).toMatchObject({
      release: true,
      version: "1.3.1",
    });
  });

  it("numbers prerelease channels after the existing -rc.N tags", () => {
    expect(plan({ tags, prerelease: "rc", commitMessages: ["feat: x"] })).toMatchObject({
      version: "1.4.0-rc.3",
      tag: "v1.4.0-rc.3",
    });
    expect(plan({ tags, prerelease: "beta", commitMessages: ["feat: x"] })).toMatchObject({
      version: "1.4.0-beta.1",
    });
    expect(
      plan({ tags: [{ name: "v1.3.0", sha: sha("a") }], prerelease: "rc", commitMessages: ["feat: x"] }),
    ).toMatchObject({
      version: "1.4.0-rc.1",
    });
  });

  it("a stable release after release candidates graduates to the plain version", () => {
    expect(plan({ tags, commitMessages: ["feat: x"] })).toMatchObject({ version: "1.4.0" });
  });

  it("re-running at a commit already tagged for this channel reuses that tag", () => {
    const t = [...tags, { name: "v1.4.0", sha: HEAD }];
    const p = plan({ tags: t, commitMessages: [] });
    expect(p).toMatchObject({ release: true, version: "1.4.0", tag: "v1.4.0", tagExists: true });
    expect(p.previousTag?.name).toBe("v1.3.0");
    // an rc tag at HEAD does not stop the stable release of the same commit
    const rc = [...tags, { name: "v1.4.0-rc.3", sha: HEAD }];
    expect(plan({ tags: rc, commitMessages: ["feat: x"] })).toMatchObject({
      version: "1.4.0",
      tagExists: false,
    });
    expect(plan({ tags: rc, prerelease: "rc", commitMessages: ["feat: x"] })).toMatchObject({
      version: "1.4.0-rc.3",
      tagExists: true,
    });
  });

  it("honours the tag prefix, including none", () => {
    const t = [
      { name: "release/2.1.0", sha: sha("a") },
      { name: "v9.9.9", sha: sha("b") },
    ];
    expect(plan({ tags: t, tagPrefix: "release/", commitMessages: ["fix: a"] })).toMatchObject({
      version: "2.1.1",
      tag: "release/2.1.1",
    });
    expect(
      plan({ tags: [{ name: "3.0.0", sha: sha("a") }], tagPrefix: "", commitMessages: ["feat: a"] }),
    ).toMatchObject({
      tag: "3.1.0",
    });
  });

  it("takes an explicit version, with or without a v", () => {
    expect(plan({ explicit: "v2.0.0" })).toMatchObject({
      version: "2.0.0",
      tag: "v2.0.0",
      reason: "explicit version",
    });
    expect(plan({ explicit: "2.0.0-rc.1", prerelease: "rc" })).toMatchObject({ version: "2.0.0-rc.1" });
    expect(plan({ tags, explicit: "1.3.5" }).previousTag?.name).toBe("v1.3.0");
  });

  it.each([
    ["1.4", /not a semantic version/],
    ["latest", /not a semantic version/],
    ["1.4.0+build.5", /build metadata/],
    ["01.2.3", /not a semantic version/],
  ])("refuses version %j", (explicit, message) => {
    expect(() => plan({ explicit })).toThrow(message);
    try {
      plan({ explicit });
    } catch (e) {
      expect(e).toBeInstanceOf(VersionError);
      expect((e as VersionError).field).toBe("version");
    }
  });

  it("refuses a tag that exists at another commit", () => {
    expect(() => plan({ tags, explicit: "1.3.0" })).toThrow(/tag v1\.3\.0 already exists at commit aaaaaaa/);
  });

  it("refuses a version that disagrees with the channel, and bad channels or prefixes", () => {
    expect(() => plan({ explicit: "2.0.0", prerelease: "rc" })).toThrow(/disagree/);
    expect(() => plan({ prerelease: "r c" })).toThrow(/prerelease "r c" is not a valid channel/);
    expect(() => plan({ tagPrefix: "v ", explicit: "1.0.0" })).toThrow(/tag-prefix/);
  });
});

describe("helpers", () => {
  it("parseExplicitVersion tolerates V and v", () => {
    expect(parseExplicitVersion(" V1.2.3 ").version).toBe("1.2.3");
  });
  it("releaseTags sorts by precedence and ignores foreign tags", () => {
    const names = releaseTags(
      [
        { name: "v1.10.0", sha: "1" },
        { name: "v1.9.0", sha: "2" },
        { name: "v1.10.0-rc.1", sha: "3" },
        { name: "x1.0.0", sha: "4" },
      ],
      "v",
    ).map((t) => t.name);
    expect(names).toEqual(["v1.10.0", "v1.10.0-rc.1", "v1.9.0"]);
  });
  it("nextPrereleaseNumber counts numerically, not lexically", () => {
    const t = ["v1.0.0-rc.9", "v1.0.0-rc.10", "v1.0.0-beta.30"].map((name) => ({ name, sha: "x" }));
    expect(nextPrereleaseNumber(t, "v", "1.0.0", "rc")).toBe(11);
  });
  it("previousReleaseTag: where the notes start, for computed and explicit versions", () => {
    const t = [
      { name: "v1.3.0", sha: sha("a") },
      { name: "v2.0.0", sha: sha("b") },
      { name: "v2.1.0-rc.1", sha: sha("c") },
    ];
    expect(previousReleaseTag(t, "v", HEAD)?.name).toBe("v2.0.0");
    expect(previousReleaseTag(t, "v", HEAD, { explicit: "1.4.0" })?.name).toBe("v1.3.0");
    expect(previousReleaseTag(t, "v", sha("b"))?.name).toBe("v1.3.0");
    expect(previousReleaseTag([], "v", HEAD)).toBeUndefined();
  });
});
