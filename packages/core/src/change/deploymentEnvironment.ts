/**
 * The environment a deployment names must be one the repository has: a typo must never skip a
 * freeze scoped to the real name, or start the deployed range at another environment's deployment.
 * GitHub compares environment names without regard to case.
 */

/** The repository's own spelling of `input`, or undefined when it has no such environment. */
export function matchEnvironment(input: string, existing: readonly string[]): string | undefined {
  const wanted = input.trim().toLowerCase();
  return existing.find((name) => name.toLowerCase() === wanted);
}

/** How many environment names a message lists before it says "and N more". */
const LISTED = 20;

/**
 * What to tell the user when the `environment` input names none of the repository's environments:
 * the ones that exist, and how to fix it. `total` is GitHub's count (more than `existing` when only
 * a first page was read).
 */
export function unknownEnvironment(
  input: string,
  existing: readonly string[],
  repository: string,
  total: number = existing.length,
): string {
  const name = input.trim();
  if (total === 0) {
    return `The \`environment\` input names \`${name}\`, but ${repository} has no environments: fix the input, or create \`${name}\` under Settings → Environments (a job with \`environment: ${name}\` creates it too) and re-run.`;
  }
  const shown = [...existing].sort((a, b) => a.localeCompare(b)).slice(0, LISTED);
  const more = total - shown.length;
  const list = `${shown.map((n) => `\`${n}\``).join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
  const suggestion = closest(name, existing);
  return `The \`environment\` input names \`${name}\`, which is not an environment of ${repository}${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}: it has ${list}. Fix the \`environment\` input and re-run.`;
}

/** The existing name within two edits of `name`, when there is exactly one. */
function closest(name: string, existing: readonly string[]): string | undefined {
  const near = existing.filter((e) => distance(name.toLowerCase(), e.toLowerCase()) <= 2);
  return near.length === 1 ? near[0] : undefined;
}

/** Levenshtein distance (names are short). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[b.length] as number;
}
