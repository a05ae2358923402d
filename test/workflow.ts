/**
 * A small reader of the repository's own workflows for tests: the jobs in the order `needs`
 * allows, their steps, and the `${{ … }}` expressions those steps pass as inputs, evaluated the
 * way the runner evaluates them (property paths, `||`, `toJSON(…)`, string literals). Enough to
 * run a workflow's Gatehouse steps against the sandbox with the workflow's own inputs.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Sandbox } from "../packages/sandbox/src/server";
import { type RunResult, runAction } from "./harness";

export interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with: Record<string, string>;
  env: Record<string, string>;
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
        env: Object.fromEntries(
          Object.entries((s.env ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
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
      if (truthy(value)) return value;
    }
    return evalExpr(alternatives.at(-1)!, context);
  }
  const all = splitTopLevel(expression, "&&");
  if (all.length > 1) {
    let value: unknown;
    for (const part of all) {
      value = evalExpr(part, context);
      if (!truthy(value)) return value;
    }
    return value;
  }
  const e = expression.trim();
  if (e.startsWith("!")) return !truthy(evalExpr(e.slice(1), context));
  const call = /^(\w+)\(([\s\S]*)\)$/.exec(e);
  if (call) {
    const [, fn, arg = ""] = call;
    if (fn === "toJSON") return JSON.stringify(evalExpr(arg, context) ?? null, null, 2);
    if (fn === "always") return true;
    if (fn === "success") return (context.job as { status?: string } | undefined)?.status === "success";
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

/** Is a step's `if:` true in `context`? (`always()`, `!x`, `a && b`, `a || b`, property paths.) */
export function condition(text: string | undefined, context: Record<string, unknown>): boolean {
  if (text === undefined) return true;
  const inner = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(text)?.[1] ?? text;
  return truthy(evalExpr(inner, context));
}

function truthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== "" && value !== false && value !== 0;
}

export interface RanStep {
  job: string;
  step: string;
  result: RunResult;
}

export interface RunWorkflowOptions {
  sandbox: Sandbox;
  repository: string;
  runId: number;
  workspace: string;
  /** `inputs`, `secrets`, `github`: what the expressions read besides `needs`, `steps` and `job`. */
  context: Record<string, unknown>;
  /** The Gatehouse action a step's `uses:` names, or undefined for another action (skipped: the workspace is ready). */
  gatehouseAction(uses: string): string | undefined;
  /** The shell steps, by name: what each leaves behind in the workspace. */
  shell: Record<string, (workspace: string, env: Record<string, string>) => void>;
  env?: Record<string, string>;
}

/**
 * Runs a workflow's jobs in order against the sandbox, as a runner would: each Gatehouse step's
 * bundle with the inputs the workflow gives it (expressions evaluated from the context, earlier
 * steps' and jobs' outputs), shell steps stood in for by `shell`, steps whose `if:` is false
 * skipped, and a failed step turning `job.status` to failure.
 */
export async function runWorkflow(
  workflow: Workflow,
  opts: RunWorkflowOptions,
): Promise<{
  ran: RanStep[];
  shell: string[];
  skipped: string[];
  needs: Record<string, unknown>;
  /** Each job's result: a job whose needs did not all succeed is skipped, as GitHub skips it. */
  results: Record<string, "success" | "failure" | "skipped">;
}> {
  const needs: Record<string, { outputs: Record<string, string> }> = {};
  const context: Record<string, unknown> = { ...opts.context, needs };
  const ran: RanStep[] = [];
  const shell: string[] = [];
  const skipped: string[] = [];
  const results: Record<string, "success" | "failure" | "skipped"> = {};
  for (const job of workflow.jobs) {
    if (job.needs.some((n) => results[n] !== "success")) {
      results[job.id] = "skipped";
      needs[job.id] = { outputs: {} };
      continue;
    }
    const steps: Record<string, { outputs: Record<string, string> }> = {};
    const jobContext = { ...context, steps, job: { status: "success" } };
    for (const step of job.steps) {
      const label = `${job.id}/${step.id ?? step.name ?? step.uses}`;
      // A step without `if:` runs as `if: success()`; GitHub adds success() to any `if:` that names
      // none of success(), failure(), always() or cancelled().
      const guard = step.if ?? "success()";
      const explicit = /\b(success|failure|always|cancelled)\(\)/.test(guard);
      const runs = condition(guard, jobContext) && (explicit || jobContext.job.status === "success");
      if (!runs) {
        skipped.push(label);
        continue;
      }
      if (step.run !== undefined) {
        const stand = opts.shell[step.name ?? ""];
        if (!stand) throw new Error(`the test does not know the shell step "${step.name}": add it`);
        const env = Object.fromEntries(
          Object.entries(step.env).map(([k, v]) => [k, evaluate(v, jobContext)]),
        );
        stand(opts.workspace, env);
        shell.push(step.name!);
        continue;
      }
      const action = step.uses ? opts.gatehouseAction(step.uses) : undefined;
      if (!action) continue; // checkout, setup-node: the workspace is ready
      const inputs = Object.fromEntries(
        Object.entries(step.with).map(([k, v]) => [k, evaluate(v, jobContext)]),
      );
      const result = await runAction(action, {
        sandbox: opts.sandbox,
        repository: opts.repository,
        runId: opts.runId,
        workspace: opts.workspace,
        workflow: workflow.name,
        job: job.id,
        inputs,
        ...(opts.env ? { env: opts.env } : {}),
      });
      ran.push({ job: job.id, step: action, result });
      if (step.id) steps[step.id] = { outputs: result.outputs };
      if (result.exitCode !== 0) jobContext.job.status = "failure";
    }
    results[job.id] = jobContext.job.status === "success" ? "success" : "failure";
    needs[job.id] = {
      outputs: Object.fromEntries(Object.entries(job.outputs).map(([k, v]) => [k, evaluate(v, jobContext)])),
    };
  }
  return { ran, shell, skipped, needs, results };
}
