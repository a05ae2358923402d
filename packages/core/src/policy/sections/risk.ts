import picomatch from "picomatch";
import type { PolicySection } from "../section";

export interface LargeChange {
  /** More changed files than this makes a deployment large. */
  files?: number;
  /** More changed lines (additions + deletions) than this makes a deployment large. */
  lines?: number;
}

/** What raises a deployment's risk one level above its change requests' risk. */
export interface RiskPolicy {
  sensitivePaths: string[];
  largeChange: LargeChange;
}

/** Problems with a list of path globs (shared by risk.sensitive-paths and exempt-paths). */
export function checkGlobs(globs: string[], path: (string | number)[] = []) {
  const problems: { path: (string | number)[]; message: string }[] = [];
  globs.forEach((glob, index) => {
    if (glob.trim() === "") {
      problems.push({ path: [...path, index], message: "a path glob must not be empty" });
      return;
    }
    if (glob.startsWith("/") || glob.startsWith("./")) {
      problems.push({
        path: [...path, index],
        message: `"${glob}": globs are relative to the repository root; write it without a leading "/" or "./"`,
      });
      return;
    }
    try {
      picomatch.makeRe(glob, { strictBrackets: true });
    } catch (error) {
      problems.push({
        path: [...path, index],
        message: `"${glob}" is not a valid glob: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  });
  return problems;
}

export const globListSchema = (description: string) => ({
  type: "array",
  items: { type: "string" },
  uniqueItems: true,
  description,
});

export const riskSection: PolicySection<RiskPolicy> = {
  key: "risk",
  property: "risk",
  schema: {
    type: "object",
    additionalProperties: false,
    description: "What raises a deployment's risk one level above the highest risk of its change requests.",
    properties: {
      "sensitive-paths": globListSchema(
        'Globs (e.g. "infra/**", ".github/workflows/**"); a deployment touching any of them is one level riskier.',
      ),
      "large-change": {
        type: "object",
        additionalProperties: false,
        description: "A deployment larger than this is one level riskier.",
        properties: {
          files: {
            type: "integer",
            minimum: 1,
            description: "Changed files above which a deployment is large.",
          },
          lines: {
            type: "integer",
            minimum: 1,
            description: "Changed lines (additions + deletions) above which a deployment is large.",
          },
        },
      },
    },
  },
  defaults: () => ({ sensitivePaths: [], largeChange: {} }),
  parse(raw) {
    const value = (raw ?? {}) as { "sensitive-paths"?: string[]; "large-change"?: LargeChange };
    const large = value["large-change"] ?? {};
    return {
      sensitivePaths: value["sensitive-paths"] ?? [],
      largeChange: {
        ...(large.files !== undefined ? { files: large.files } : {}),
        ...(large.lines !== undefined ? { lines: large.lines } : {}),
      },
    };
  },
  check(value) {
    return checkGlobs(value.sensitivePaths, ["sensitive-paths"]);
  },
};
