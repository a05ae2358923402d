/**
 * What is wrong with a policy file, said with file, line and column: the error, its text and the
 * workflow annotations. Kept apart from the reader (YAML, JSON Schema) so an action can report
 * policy problems without loading the reader.
 */
import type { PolicyProblem } from "./section";

export const DEFAULT_POLICY_PATH = ".github/gatehouse.yml";

/** A policy file that cannot be used; `problems` say where and how to fix it. */
export class PolicyError extends Error {
  override name = "PolicyError";
  constructor(
    readonly problems: PolicyProblem[],
    readonly source: string = DEFAULT_POLICY_PATH,
  ) {
    super(
      `${source} has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${formatProblems(problems, source)}`,
    );
  }
}

export function formatProblems(problems: PolicyProblem[], source: string = DEFAULT_POLICY_PATH): string {
  return problems
    .map((p) => `${source}${p.line ? `:${p.line}:${p.column ?? 1}` : ""}: ${p.message}`)
    .join("\n");
}

/** Workflow annotation data for each problem (`annotate("error", message, props)`). */
export interface PolicyAnnotation {
  level: "error";
  message: string;
  props: { title: string; file: string; line?: number; col?: number };
}

export function problemsToAnnotations(
  problems: PolicyProblem[],
  file: string = DEFAULT_POLICY_PATH,
): PolicyAnnotation[] {
  return problems.map((p) => ({
    level: "error",
    message: p.message,
    props: {
      title: "Gatehouse policy",
      file,
      ...(p.line ? { line: p.line, col: p.column ?? 1 } : {}),
    },
  }));
}
