/**
 * The artefacts of the release: the files the `files` globs match in the workspace, checked
 * (each matched something, none is 2 GiB or more, no two share a name) and hashed from disk.
 */
import { stat } from "node:fs/promises";
import { basename, relative } from "node:path";
import { CHECKSUMS_ASSET, formatSize, RELEASE_MANIFEST_ASSET, RELEASE_NOTES_ASSET } from "@gatehouse/core";
import { fileAsset, type LocalAsset, MAX_ASSET_BYTES } from "@gatehouse/github";
import { glob } from "tinyglobby";
import { InputProblem } from "./inputs";

const GENERATED = new Set([CHECKSUMS_ASSET, RELEASE_MANIFEST_ASSET, RELEASE_NOTES_ASSET]);

/**
 * The name GitHub gives an uploaded file: characters other than letters, digits, `.`, `-`, `_`
 * and `+` become `.`, and leading or trailing dots go.
 */
export function assetName(file: string): string {
  return basename(file)
    .replace(/[^\w.+-]/g, ".")
    .replace(/^\.+|\.+$/g, "");
}

export interface ArtefactFiles {
  files: { path: string; name: string; size: number }[];
  /** Patterns that matched nothing (only when fail-on-unmatched-files is false). */
  unmatched: string[];
}

/** Expands the globs and checks every file, before anything is hashed or written. */
export async function findArtefacts(
  patterns: string[],
  cwd: string,
  failOnUnmatched: boolean,
): Promise<ArtefactFiles> {
  const ignore = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const positive = patterns.filter((p) => !p.startsWith("!"));
  const seen = new Map<string, string>();
  const files: ArtefactFiles["files"] = [];
  const unmatched: string[] = [];
  for (const pattern of positive) {
    const matched = (await glob(pattern, { cwd, ignore, onlyFiles: true, absolute: true, dot: true })).sort();
    if (matched.length === 0) {
      if (failOnUnmatched) {
        throw new InputProblem(
          `Input files: "${pattern}" matches no file in ${cwd}. Build the artefacts before this step, fix the pattern, or set fail-on-unmatched-files: false.`,
        );
      }
      unmatched.push(pattern);
      continue;
    }
    for (const path of matched) {
      const name = assetName(path);
      const shown = relative(cwd, path) || path;
      const other = seen.get(name);
      if (other === path) continue;
      if (other !== undefined) {
        throw new InputProblem(
          `Input files: ${relative(cwd, other)} and ${shown} would both be the release asset ${name}: assets need unique file names.`,
        );
      }
      if (GENERATED.has(name)) {
        throw new InputProblem(
          `Input files: ${shown} is named like the ${name} release-bundle writes itself: rename the file or leave it out.`,
        );
      }
      const { size } = await stat(path);
      if (size > MAX_ASSET_BYTES) {
        throw new InputProblem(
          `Input files: ${shown} is ${formatSize(size)}, over GitHub's 2 GiB limit for a release asset: split or compress it.`,
        );
      }
      seen.set(name, path);
      files.push({ path, name, size });
    }
  }
  if (files.length === 0 && positive.length > 0 && failOnUnmatched) {
    throw new InputProblem("Input files: the patterns match no file.");
  }
  return { files, unmatched };
}

/** SHA-256 of every file, streamed from disk one after the other. */
export async function hashArtefacts(files: ArtefactFiles["files"]): Promise<LocalAsset[]> {
  const out: LocalAsset[] = [];
  for (const f of files) out.push(await fileAsset(f.path, f.name));
  return out;
}
