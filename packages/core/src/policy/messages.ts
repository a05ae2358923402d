/**
 * Turns JSON Schema validation errors (ajv) into plain sentences that name the field and the fix:
 * `approvals.quorum.high must be a whole number from 1 to 20, not 0`,
 * `unknown key \`frezee\` (did you mean \`freeze\`?)`.
 */
import type { ErrorObject } from "ajv";
import { closest, formatPath, type PolicyPath, pointerToPath } from "./paths";

type Schema = Record<string, unknown>;

/** A schema problem before it gets a line and column. `at: "key"` points at the key, not its value. */
export interface LocatedMessage {
  path: PolicyPath;
  message: string;
  at: "key" | "value";
}

const isSchema = (value: unknown): value is Schema =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const code = (value: unknown) => `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;

/** How a value is shown in a message: strings quoted, containers by kind. */
export function renderValue(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}

function orList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

function range(kind: string, schema: Schema): string {
  const min = typeof schema.minimum === "number" ? schema.minimum : undefined;
  const max = typeof schema.maximum === "number" ? schema.maximum : undefined;
  const exMin = typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum : undefined;
  const exMax = typeof schema.exclusiveMaximum === "number" ? schema.exclusiveMaximum : undefined;
  if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
  const parts = [
    min !== undefined ? `≥ ${min}` : "",
    exMin !== undefined ? `> ${exMin}` : "",
    max !== undefined ? `≤ ${max}` : "",
    exMax !== undefined ? `< ${exMax}` : "",
  ].filter(Boolean);
  return parts.length ? `${kind} ${parts.join(" and ")}` : kind;
}

/** What a schema accepts, in words: "a whole number ≥ 1", "true or false", "a list of text". */
export function describeExpected(schema: unknown): string {
  if (!isSchema(schema)) return "something else";
  if (Array.isArray(schema.enum)) {
    return schema.enum.length === 1 ? code(schema.enum[0]) : `one of ${schema.enum.map(code).join(", ")}`;
  }
  if ("const" in schema) return code(schema.const);
  const branches = (schema.oneOf ?? schema.anyOf) as unknown;
  if (Array.isArray(branches)) return orList(branches.map(describeExpected));
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
  return orList(
    types.map((type) => {
      switch (type) {
        case "integer":
          return range("a whole number", schema);
        case "number":
          return range("a number", schema);
        case "boolean":
          return "true or false";
        case "string":
          return schema.minLength === 1 ? "non-empty text" : "text";
        case "array": {
          const items = schema.items;
          if (isSchema(items) && typeof items.type === "string") {
            const inner: Record<string, string> = {
              string: "text",
              object: "mappings",
              integer: "whole numbers",
              number: "numbers",
              boolean: "true/false values",
            };
            return `a list of ${inner[items.type] ?? "items"}`;
          }
          return "a list";
        }
        case "object":
          return "a mapping (`key: value` lines)";
        case "null":
          return "empty";
        default:
          return "a value";
      }
    }),
  );
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function branchAcceptsType(branch: unknown, value: unknown): boolean {
  if (!isSchema(branch)) return false;
  const actual = typeOf(value);
  const types = Array.isArray(branch.type) ? (branch.type as string[]) : [branch.type as string | undefined];
  if (types[0] === undefined) return true;
  return types.some((t) => t === actual || (t === "number" && actual === "integer"));
}

/**
 * Keeps the errors a user should see: for `oneOf`/`anyOf`, the errors of the one branch whose
 * type matches the value (if exactly one does), otherwise the single `oneOf` error.
 */
function selectErrors(errors: ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const error of errors) {
    if (error.keyword !== "oneOf" && error.keyword !== "anyOf") continue;
    const branches = Array.isArray(error.schema) ? error.schema : [];
    const prefix = `${error.schemaPath}/`;
    const inside = errors.filter((e) => e !== error && e.schemaPath.startsWith(prefix));
    const matching = branches.flatMap((b, i) => (branchAcceptsType(b, error.data) ? [i] : []));
    if (matching.length === 1) {
      const keep = `${prefix}${matching[0]}/`;
      for (const e of inside) if (!e.schemaPath.startsWith(keep)) dropped.add(e);
      // A type-matching branch with its own errors explains the problem better than "one of …".
      if (inside.some((e) => e.schemaPath.startsWith(keep))) dropped.add(error);
    } else {
      for (const e of inside) dropped.add(e);
    }
  }
  return errors.filter((e) => !dropped.has(e));
}

function unknownKey(path: PolicyPath, key: string, parentSchema: unknown): string {
  const known =
    isSchema(parentSchema) && isSchema(parentSchema.properties) ? Object.keys(parentSchema.properties) : [];
  const where = path.length ? ` in ${formatPath(path)}` : "";
  const guess = closest(key, known);
  if (guess) return `unknown key ${code(key)}${where} (did you mean ${code(guess)}?)`;
  if (known.length === 0) return `unknown key ${code(key)}${where}: nothing can be set here`;
  return `unknown key ${code(key)}${where}: the keys allowed here are ${known.map(code).join(", ")}`;
}

/** The description nearest to the failing keyword, walking up `schemaPath` in the root schema. */
function nearestDescription(root: unknown, schemaPath: string): string {
  const segments = schemaPath
    .replace(/^#\/?/, "")
    .split("/")
    .filter(Boolean)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const chain: unknown[] = [root];
  let node: unknown = root;
  for (const segment of segments.slice(0, -1)) {
    node = isSchema(node) || Array.isArray(node) ? (node as Record<string, unknown>)[segment] : undefined;
    chain.push(node);
  }
  // The root's own description (the whole file) says nothing about one value.
  for (const candidate of chain.slice(1).reverse()) {
    if (isSchema(candidate) && typeof candidate.description === "string") return candidate.description;
  }
  return "";
}

function describeError(error: ErrorObject, data: unknown, root: unknown): LocatedMessage {
  const path = pointerToPath(error.instancePath, data);
  const name = formatPath(path) || "the policy";
  const parent = error.parentSchema;
  const params = error.params as Record<string, unknown>;
  const value = error.data;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      return { path: [...path, key], at: "key", message: unknownKey(path, key, parent) };
    }
    case "required": {
      const missing = String(params.missingProperty);
      const property =
        isSchema(parent) && isSchema(parent.properties) ? parent.properties[missing] : undefined;
      const hint =
        isSchema(property) && typeof property.description === "string" ? ` (${property.description})` : "";
      return {
        path,
        at: "value",
        message: `${name} is missing ${code(missing)}: add \`${missing}: …\`${hint}`,
      };
    }
    case "type":
    case "enum":
    case "const":
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
    case "multipleOf":
    case "oneOf":
    case "anyOf":
      return {
        path,
        at: "value",
        message: `${name} must be ${describeExpected(parent)}, not ${renderValue(value)}`,
      };
    case "minLength":
      return {
        path,
        at: "value",
        message:
          params.limit === 1
            ? `${name} must not be empty`
            : `${name} must be at least ${params.limit} characters`,
      };
    case "maxLength":
      return { path, at: "value", message: `${name} must be at most ${params.limit} characters` };
    case "minItems":
      return {
        path,
        at: "value",
        message: `${name} needs at least ${params.limit} item${params.limit === 1 ? "" : "s"}`,
      };
    case "maxItems":
      return { path, at: "value", message: `${name} may hold at most ${params.limit} items` };
    case "uniqueItems": {
      const first = Math.min(Number(params.i), Number(params.j));
      const again = Math.max(Number(params.i), Number(params.j));
      const item = Array.isArray(value) ? value[again] : undefined;
      return {
        path: [...path, again],
        at: "value",
        message: `${name} lists ${renderValue(item)} twice (items ${first + 1} and ${again + 1}): keep one`,
      };
    }
    case "pattern": {
      const description = nearestDescription(root, error.schemaPath);
      return {
        path,
        at: "value",
        message: `${name} is ${renderValue(value)}, which is not in the expected form${
          description ? `: ${description}` : ` (${String(params.pattern)})`
        }`,
      };
    }
    case "format":
      return {
        path,
        at: "value",
        message: `${name} must be a valid ${String(params.format)}, not ${renderValue(value)}`,
      };
    default:
      return { path, at: "value", message: `${name} ${error.message ?? "is not valid"}` };
  }
}

/** Plain-words problems for ajv errors (run with `allErrors` and `verbose`), without duplicates. */
export function describeSchemaErrors(errors: ErrorObject[], data: unknown, root?: unknown): LocatedMessage[] {
  const seen = new Set<string>();
  const out: LocatedMessage[] = [];
  for (const error of selectErrors(errors)) {
    const located = describeError(error, data, root ?? { description: "" });
    const id = `${formatPath(located.path)}\u0000${located.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(located);
  }
  return out;
}
