import type { PolicySection } from "../section";
import { checkGlobs, globListSchema } from "./risk";

/** Globs of paths that need no change request (e.g. "docs/**"). */
export type ExemptPathsPolicy = string[];

export const exemptPathsSection: PolicySection<ExemptPathsPolicy> = {
  key: "exempt-paths",
  property: "exemptPaths",
  schema: globListSchema(
    'Globs of paths that need no change request (e.g. "docs/**", "**/*.md"): a pull request or commit touching only these is exempt.',
  ),
  defaults: () => [],
  parse: (raw) => ((raw ?? []) as string[]).slice(),
  check: (value) => checkGlobs(value),
};
