import semver from "semver";
import type { PolicySection } from "../section";

/** How release-bundle names releases (`release:` in `.github/gatehouse.yml`). */
export interface ReleasePolicy {
  /** Text before the version in a release tag (default "v": v1.4.0). */
  tagPrefix: string;
  /** Version of the first release of a repository with no release tag (default 0.1.0). */
  initialVersion: string;
}

export const releaseSection: PolicySection<ReleasePolicy> = {
  key: "release",
  property: "release",
  schema: {
    type: "object",
    description: "How release-bundle versions and tags releases.",
    additionalProperties: false,
    properties: {
      "tag-prefix": {
        type: "string",
        maxLength: 50,
        description:
          'Text before the version in release tags (default "v": v1.4.0). The `tag-prefix` input of release-bundle wins over it.',
      },
      "initial-version": {
        type: "string",
        description:
          "Version of the first release when the repository has no release tag yet (default 0.1.0; 1.0.0 for a project that starts stable).",
      },
    },
  },
  defaults: () => ({ tagPrefix: "v", initialVersion: "0.1.0" }),
  parse(raw) {
    const r = (raw ?? {}) as { "tag-prefix"?: string; "initial-version"?: string };
    return { tagPrefix: r["tag-prefix"] ?? "v", initialVersion: r["initial-version"] ?? "0.1.0" };
  },
  check(value) {
    const problems: { path: (string | number)[]; message: string }[] = [];
    if (!semver.valid(value.initialVersion) || value.initialVersion.includes("+")) {
      problems.push({
        path: ["initial-version"],
        message: `"${value.initialVersion}" is not a semantic version: write MAJOR.MINOR.PATCH, e.g. 0.1.0 or 1.0.0.`,
      });
    }
    if (/[\s~^:?*[\\]|\.\.|@\{/.test(value.tagPrefix) || /^[-/]/.test(value.tagPrefix)) {
      problems.push({
        path: ["tag-prefix"],
        message: `"${value.tagPrefix}" cannot start a git tag name: use letters, digits, "-", "_", "." or "/", e.g. "v".`,
      });
    }
    return problems;
  },
};
