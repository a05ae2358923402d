/**
 * Risk and impact assessment of a deployment: the highest risk among its change requests,
 * raised one level when the deployed range touches sensitive paths or is a large change.
 */
import picomatch from "picomatch";
import type { RiskPolicy } from "../policy/sections/risk";

export const riskLevels = ["low", "medium", "high"] as const;
export type RiskLevel = (typeof riskLevels)[number];

export function isRiskLevel(value: string): value is RiskLevel {
  return (riskLevels as readonly string[]).includes(value);
}

/** The higher of the given risks; `fallback` when there are none. */
export function highestRisk(levels: Iterable<RiskLevel>, fallback: RiskLevel = "low"): RiskLevel {
  let best = -1;
  for (const level of levels) best = Math.max(best, riskLevels.indexOf(level));
  return best < 0 ? fallback : riskLevels[best]!;
}

/** One level up; high stays high. */
export function raiseRisk(level: RiskLevel): RiskLevel {
  return riskLevels[Math.min(riskLevels.indexOf(level) + 1, riskLevels.length - 1)]!;
}

/** A file changed in the deployed range (as the compare API reports it). */
export interface ChangedFile {
  path: string;
  /** The old path of a renamed file: moving a file out of a sensitive folder touches it too. */
  previousPath?: string;
  additions: number;
  deletions: number;
}

/** A predicate for repository paths matching any of the globs (dotfiles included). */
export function pathMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const match = picomatch(globs as string[], { dot: true });
  return (path) => match(path);
}

/**
 * True when every path matches the exempt globs. An empty or unknown list of paths is never
 * exempt: what cannot be seen must be covered by a change request.
 */
export function onlyExemptPaths(
  paths: readonly string[] | undefined,
  exemptGlobs: readonly string[],
): boolean {
  if (!paths || paths.length === 0 || exemptGlobs.length === 0) return false;
  const exempt = pathMatcher(exemptGlobs);
  return paths.every(exempt);
}

/** Why a deployment's risk is raised above its change requests' risk. */
export interface RangeRisk {
  raised: boolean;
  /** Changed paths matching risk.sensitive-paths (renames count with both names). */
  sensitivePaths: string[];
  files: number;
  lines: number;
  large: boolean;
  /** Plain sentences, one per cause. */
  reasons: string[];
}

/**
 * Looks at the files of the deployed range. `truncated` says the file list is incomplete
 * (the compare API stops at 300 files): then the size is at least what was seen.
 */
export function assessRangeRisk(
  files: readonly ChangedFile[],
  policy: RiskPolicy,
  opts: { totalFiles?: number } = {},
): RangeRisk {
  const sensitive = pathMatcher(policy.sensitivePaths);
  const sensitivePaths: string[] = [];
  let lines = 0;
  for (const file of files) {
    lines += file.additions + file.deletions;
    for (const path of [file.path, file.previousPath]) {
      if (path !== undefined && sensitive(path) && !sensitivePaths.includes(path)) sensitivePaths.push(path);
    }
  }
  const count = Math.max(opts.totalFiles ?? 0, files.length);
  const reasons: string[] = [];
  if (sensitivePaths.length > 0) {
    const shown = sensitivePaths.slice(0, 3).map((p) => `\`${p}\``);
    const more = sensitivePaths.length > 3 ? ` and ${sensitivePaths.length - 3} more` : "";
    reasons.push(`it touches sensitive paths (${shown.join(", ")}${more})`);
  }
  const { files: maxFiles, lines: maxLines } = policy.largeChange;
  const tooManyFiles = maxFiles !== undefined && count > maxFiles;
  const tooManyLines = maxLines !== undefined && lines > maxLines;
  if (tooManyFiles || tooManyLines) {
    const parts = [
      tooManyFiles ? `${count} files changed (large-change: more than ${maxFiles})` : "",
      tooManyLines ? `${lines} lines changed (large-change: more than ${maxLines})` : "",
    ].filter(Boolean);
    reasons.push(`it is a large change: ${parts.join(", ")}`);
  }
  return {
    raised: reasons.length > 0,
    sensitivePaths,
    files: count,
    lines,
    large: tooManyFiles || tooManyLines,
    reasons,
  };
}
