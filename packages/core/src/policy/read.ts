/**
 * Reading `.github/gatehouse.yml`: YAML (keeping nodes, so every problem has a line and column),
 * then the composed JSON Schema, then each section's `parse` and semantic `check`.
 */
import Ajv, { type ValidateFunction } from "ajv";
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  visit,
} from "yaml";
import { describeSchemaErrors, type LocatedMessage } from "./messages";
import { formatPath, type PolicyPath } from "./paths";
import { DEFAULT_POLICY_PATH, PolicyError } from "./problems";
import { type AnyPolicySection, type Policy, policySchema, policySections } from "./schema";
import type { PolicyProblem } from "./section";

export {
  DEFAULT_POLICY_PATH,
  formatProblems,
  type PolicyAnnotation,
  PolicyError,
  problemsToAnnotations,
} from "./problems";

import generatedValidator, { schemaText as generatedSchemaText } from "./validator.generated";

export interface ReadPolicyOptions {
  /** The sections to read (default: every registered section). */
  sections?: readonly AnyPolicySection[];
}

export interface PolicyReading {
  /** The policy, when there are no problems. */
  policy: Policy | undefined;
  problems: PolicyProblem[];
}

/** Options of the ajv instance; the generated validator is compiled with the same. */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: false, logger: false } as const;

const validators = new WeakMap<readonly AnyPolicySection[], ValidateFunction>();

/**
 * The schema validator for these sections: the one generated at build time when it was generated
 * from exactly this schema (the usual case, and fast), otherwise compiled now with ajv.
 */
function validatorFor(sections: readonly AnyPolicySection[]): ValidateFunction {
  let validate = validators.get(sections);
  if (!validate) {
    const schema = policySchema(sections);
    if (generatedSchemaText === JSON.stringify(schema)) {
      validate = generatedValidator as unknown as ValidateFunction;
    } else {
      validate = new Ajv(AJV_OPTIONS).compile(schema);
    }
    validators.set(sections, validate);
  }
  return validate;
}

/** The value of every section's defaults. */
export function defaultPolicy(sections: readonly AnyPolicySection[] = policySections): Policy {
  return Object.fromEntries(sections.map((s) => [s.property, s.defaults()])) as Policy;
}

/** Reads a policy file: the policy when it is valid, and every problem with its line and column. */
export function readPolicy(text: string, options: ReadPolicyOptions = {}): PolicyReading {
  const sections = options.sections ?? policySections;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };

  const syntax = yamlProblems(doc, text, at);
  if (syntax.length > 0) return { policy: undefined, problems: syntax };

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return {
      policy: undefined,
      problems: [
        {
          path: "",
          message: `the YAML cannot be read: ${e instanceof Error ? e.message : String(e)}`,
          line: 1,
          column: 1,
        },
      ],
    };
  }
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return {
      policy: undefined,
      problems: [
        {
          path: "",
          message: `the policy must be a mapping of sections (e.g. \`version: 1\`, \`freeze:\`), not ${
            Array.isArray(raw) ? "a list" : "a single value"
          }`,
          ...at(doc.contents?.range?.[0] ?? 0),
        },
      ],
    };
  }
  // A section written with no value (`freeze:`) means its defaults.
  const data = Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).filter(([, v]) => v !== null),
  );

  const locate = (message: LocatedMessage): PolicyProblem => ({
    path: formatPath(message.path),
    message: message.message,
    ...at(offsetOf(doc, message.path, message.at)),
  });

  const validate = validatorFor(sections);
  const problems: PolicyProblem[] = [];
  const invalidKeys = new Set<string>();
  if (!validate(data)) {
    for (const message of describeSchemaErrors(validate.errors ?? [], data, policySchema(sections))) {
      problems.push(locate(message));
      if (typeof message.path[0] === "string") invalidKeys.add(message.path[0]);
    }
  }

  const policy: Record<string, unknown> = {};
  for (const section of sections) {
    if (!(section.key in data)) {
      policy[section.property] = section.defaults();
      continue;
    }
    if (invalidKeys.has(section.key)) continue;
    const value = data[section.key];
    try {
      const parsed = section.parse(value);
      policy[section.property] = parsed;
      for (const p of section.check?.(parsed, value) ?? []) {
        const path: PolicyPath = [section.key, ...p.path];
        problems.push(locate({ path, at: "value", message: withPath(path, p.message) }));
      }
    } catch (e) {
      problems.push(
        locate({
          path: [section.key],
          at: "value",
          message: `${section.key} cannot be read: ${e instanceof Error ? e.message : String(e)}`,
        }),
      );
    }
  }

  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { policy: problems.length === 0 ? (policy as Policy) : undefined, problems };
}

/** Reads and validates a policy file; throws a `PolicyError` listing every problem. */
export function parsePolicy(
  text: string,
  source: string = DEFAULT_POLICY_PATH,
  options: ReadPolicyOptions = {},
): Policy {
  const { policy, problems } = readPolicy(text, options);
  if (!policy) throw new PolicyError(problems, source);
  return policy;
}

/** Every problem of a policy file (empty when it is valid). */
export function validatePolicy(text: string, options: ReadPolicyOptions = {}): PolicyProblem[] {
  return readPolicy(text, options).problems;
}

/** `.github/gatehouse.yml:3:13: freeze.timezone: …` — one line per problem, as compilers print them. */
/** `freeze.windows[1].start: "0 25 * * *" is not …` — the path in front, once. */
function withPath(path: PolicyPath, message: string): string {
  const full = formatPath(path);
  if (message.startsWith(full)) return message;
  const last = path.at(-1);
  const trimmed =
    typeof last === "string" && message.startsWith(`${last}: `) ? message.slice(last.length + 2) : message;
  return `${full}: ${trimmed}`;
}

/** The offset of the node at `path` (its key with `at: "key"`), or of its deepest existing ancestor. */
function offsetOf(doc: Document, path: PolicyPath, at: "key" | "value"): number | undefined {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  let offset = rangeStart(node) ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const found = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!found) break;
      pair = found;
      node = found.value;
      offset = rangeStart(node) ?? rangeStart(found.key) ?? offset;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (item === undefined) break;
      pair = undefined;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else {
      break;
    }
  }
  if (at === "key" && pair && path.length > 0) {
    const last = path.at(-1);
    if (isScalar(pair.key) && String(pair.key.value) === String(last)) return rangeStart(pair.key) ?? offset;
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/** YAML syntax problems, one per line, in words a policy author understands. */
function yamlProblems(
  doc: Document,
  text: string,
  at: (offset: number | undefined) => { line?: number; column?: number },
): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const lines = new Set<number>();
  const push = (offset: number, message: string) => {
    const position = at(offset);
    if (position.line !== undefined && lines.has(position.line)) return;
    if (position.line !== undefined) lines.add(position.line);
    problems.push({ path: "", message, ...position });
  };
  for (const error of doc.errors) {
    const offset = error.pos[0];
    const lineText = text.slice(text.lastIndexOf("\n", offset - 1) + 1).split("\n")[0] ?? "";
    switch (error.code) {
      case "DUPLICATE_KEY": {
        const key =
          text
            .slice(offset)
            .match(/^["']?([^"':\n]+)/)?.[1]
            ?.trim() ?? "this key";
        push(
          offset,
          `\`${key}\` is written twice in the same mapping: keep one (YAML would silently use the last)`,
        );
        break;
      }
      case "BAD_ALIAS":
      case "UNEXPECTED_TOKEN":
        if (/:\s*\*/.test(lineText) || /^\s*-\s*\*/.test(lineText)) {
          push(
            offset,
            'a value starting with `*` is read as a YAML alias: put it in quotes, e.g. start: "0 18 * * FRI"',
          );
          break;
        }
        push(offset, `YAML syntax error: ${error.message}`);
        break;
      case "TAB_AS_INDENT":
        push(offset, "a tab is used for indentation: YAML needs spaces");
        break;
      case "MULTIPLE_DOCS":
        push(offset, "the file holds more than one YAML document (a second `---`): keep one");
        break;
      default:
        push(offset, `YAML syntax error: ${error.message}`);
    }
  }
  if (problems.length === 0) {
    // Aliases to anchors that do not exist parse without error but cannot be read.
    visit(doc, {
      Alias(_, alias) {
        if (isAlias(alias) && !alias.resolve(doc)) {
          push(
            alias.range?.[0] ?? 0,
            `\`*${alias.source}\` refers to no anchor: put the value in quotes if it is text`,
          );
        }
      },
    });
  }
  return problems;
}
