/**
 * A small reader of the repository's own workflows for tests: the jobs in the order `needs`
 * allows, their steps, and the `${{ … }}` expressions those steps pass as inputs, evaluated the
 * way the runner evaluates them (property paths, `||`, `toJSON(…)`, string literals). Enough to
 * run a workflow's Gatehouse steps against the sandbox with the workflow's own inputs.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";

export interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with: Record<string, string>;
}

export interface WorkflowJob {
  id: string;
  needs: string[];
  environment?: string;
  outputs: Record<string, string>;
  permissions: Record<string, string>;
  steps: WorkflowStep[];
}

export interface Workflow {
  name: string;
  on: Record<string, unknown>;
  jobs: WorkflowJob[];
}

export function readWorkflow(path: string): Workflow {
  const doc = parse(readFileSync(path, "utf8")) as {
    name: string;
    on: Record<string, unknown>;
    jobs: Record<string, Record<string, unknown>>;
  };
  const jobs = Object.entries(doc.jobs).map(([id, job]): WorkflowJob => {
    const needs = job.needs === undefined ? [] : ([] as string[]).concat(job.needs as string | string[]);
    const environment =
      typeof job.environment === "string"
        ? job.environment
        : (job.environment as { name?: string } | undefined)?.name;
    return {
      id,
      needs,
      environment,
      outputs: (job.outputs ?? {}) as Record<string, string>,
      permissions: (job.permissions ?? {}) as Record<string, string>,
      steps: ((job.steps ?? []) as Record<string, unknown>[]).map((s) => ({
        id: s.id as string | undefined,
        name: s.name as string | undefined,
        uses: s.uses as string | undefined,
        run: s.run as string | undefined,
        if: s.if === undefined ? undefined : String(s.if),
        with: Object.fromEntries(
          Object.entries((s.with ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
        ),
      })),
    };
  });
  // jobs in an order that runs each after its needs
  const ordered: WorkflowJob[] = [];
  const pending = [...jobs];
  while (pending.length > 0) {
    const next = pending.findIndex((j) => j.needs.every((n) => ordered.some((o) => o.id === n)));
    if (next < 0) throw new Error(`jobs with unmet needs: ${pending.map((j) => j.id).join(", ")}`);
    ordered.push(...pending.splice(next, 1));
  }
  return { name: doc.name, on: doc.on, jobs: ordered };
}

/** Replaces every `${{ expression }}` in text with its value in `context` (missing values: ""). */
export function evaluate(text: string, context: Record<string, unknown>): string {
  return text.replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_, expression: string) =>
    asString(evalExpr(expression, context)),
  );
}

function asString(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

function evalExpr(expression: string, context: Record<string, unknown>): unknown {
  const alternatives = splitTopLevel(expression, "||");
  if (alternatives.length > 1) {
    for (const alternative of alternatives) {
      const value = evalExpr(alternative, context);
      if (value !== undefined && value !== null && value !== "" && value !== false && value !== 0)
        return value;
    }
    return evalExpr(alternatives.at(-1)!, context);
  }
  const e = expression.trim();
  const call = /^(\w+)\(([\s\S]*)\)$/.exec(e);
  if (call) {
    const [, fn, arg = ""] = call;
    if (fn === "toJSON") return JSON.stringify(evalExpr(arg, context) ?? null, null, 2);
    if (fn === "always") return true;
    throw new Error(`unsupported function ${fn}() in \${{ ${expression} }}`);
  }
  const literal = /^'((?:[^']|'')*)'$/.exec(e);
  if (literal) return literal[1]!.replace(/''/g, "'");
  if (/^(true|false)$/.test(e)) return e === "true";
  if (/^-?\d+(\.\d+)?$/.test(e)) return Number(e);
  let value: unknown = context;
  for (const key of e.split(".")) {
    if (!/^[\w-]+$/.test(key)) throw new Error(`unsupported expression \${{ ${expression} }}`);
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === "(") depth++;
    else if (!quoted && c === ")") depth--;
    else if (!quoted && depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
