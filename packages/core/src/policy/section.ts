/**
 * The contract between the policy framework and each section of `.github/gatehouse.yml`.
 *
 * A section module (`sections/<key>.ts`) exports `const <name>Section: PolicySection<T>` and its
 * type; `sections/index.ts` lists it with one line. The framework composes every section's schema
 * into one JSON Schema (`schema/gatehouse.schema.json`), validates the YAML against it, then runs
 * each section's `parse` and `check`, and gives every problem a line and column.
 */

/** One problem with a policy file. `message` is self-contained: it names the field and the fix. */
export interface PolicyProblem {
  /** Where in the policy, e.g. `freeze.windows[1].start` (empty for the whole file). */
  path: string;
  message: string;
  /** 1-based line and column in the policy file, when known. */
  line?: number;
  column?: number;
}

/** A problem found by a section's semantic check; `path` leads into the section's YAML value. */
export interface SectionProblem {
  path: (string | number)[];
  /** Plain words naming the fix; the framework puts the full path in front of it. */
  message: string;
}

export interface PolicySection<T> {
  /** Top-level YAML key, e.g. "freeze", "change-requests". */
  key: string;
  /** camelCase property on Policy, e.g. "freeze", "changeRequests". */
  property: string;
  /** JSON Schema (draft-07) of the YAML value, with descriptions. */
  schema: Record<string, unknown>;
  /** Value when the key is absent. */
  defaults(): T;
  /** `raw` already passed the schema: normalise to camelCase T. */
  parse(raw: unknown): T;
  /** Semantic checks (bad cron, unknown time zone, `to` before `from`); paths lead into the YAML value. */
  check?(value: T, raw: unknown): SectionProblem[];
}
