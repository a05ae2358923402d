import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { packageDir } from "./packageDir";

/**
 * GitHub's published REST description (`@octokit/openapi`, api.github.com), loaded once per
 * process on first use. Routes are matched against its path templates; parameters and JSON
 * bodies are validated against each operation's schemas (compiled lazily, cached).
 */

type Json = Record<string, unknown>;

export interface Operation {
  method: string;
  /** The OpenAPI path template, e.g. `/repos/{owner}/{repo}/releases`. */
  route: string;
  operationId: string;
  documentationUrl: string;
  raw: Json;
  validator?: OperationValidator;
}

export interface RouteMatch {
  route: string;
  params: Record<string, string>;
  /** Operation for the request's method; undefined when the path exists but not the method. */
  operation: Operation | undefined;
}

export interface ValidationProblem {
  resource: string;
  field: string;
  code: "missing_field" | "invalid";
  message: string;
}

interface TrieNode {
  literal: Map<string, TrieNode>;
  param?: { name: string; node: TrieNode };
  /** Segments mixing text and parameters, e.g. `{base}...{head}`. */
  patterns?: { regex: RegExp; names: string[]; node: TrieNode }[];
  /** Route template ending here. */
  route?: string;
}

/** Parameters that may hold slashes (branch names, file paths, `base...head`). */
const GREEDY_PARAMS = new Set(["path", "ref", "basehead", "name", "environment_name"]);
const METHODS = ["get", "put", "post", "patch", "delete", "head", "options"];

class Description {
  readonly doc: Json;
  private readonly root: TrieNode = { literal: new Map() };
  private readonly operations = new Map<string, Operation>();
  private ajvBody: Ajv;
  private ajvParams: Ajv;
  private ajvResponses: Ajv | undefined;

  constructor(doc: Json) {
    this.doc = doc;
    const paths = doc.paths as Record<string, Json>;
    for (const [route, item] of Object.entries(paths)) {
      this.insert(route);
      for (const m of METHODS) {
        const op = item[m] as Json | undefined;
        if (!op) continue;
        const ext = op.externalDocs as { url?: string } | undefined;
        this.operations.set(`${m.toUpperCase()} ${route}`, {
          method: m.toUpperCase(),
          route,
          operationId: String(op.operationId ?? ""),
          documentationUrl: ext?.url ?? "https://docs.github.com/rest",
          raw: op,
        });
      }
    }
    const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
    this.ajvBody = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true });
    addFormats(this.ajvBody);
    this.ajvParams = new Ajv({ strict: false, allErrors: true, logger: false, coerceTypes: "array" });
    addFormats(this.ajvParams);
  }

  private insert(route: string): void {
    let node = this.root;
    for (const seg of route.split("/").slice(1)) {
      const m = /^\{([^{}]+)\}$/.exec(seg);
      if (!m && seg.includes("{")) {
        const names: string[] = [];
        const source = seg
          .split(/(\{[^{}]+\})/)
          .map((part) => {
            const p = /^\{(.+)\}$/.exec(part);
            if (p) {
              names.push(p[1]!);
              return "(.+?)";
            }
            return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          })
          .join("");
        node.patterns ??= [];
        let entry = node.patterns.find((x) => x.regex.source === `^${source}$`);
        if (!entry) {
          entry = { regex: new RegExp(`^${source}$`), names, node: { literal: new Map() } };
          node.patterns.push(entry);
        }
        node = entry.node;
      } else if (m) {
        node.param ??= { name: m[1]!, node: { literal: new Map() } };
        node = node.param.node;
      } else {
        let next = node.literal.get(seg);
        if (!next) {
          next = { literal: new Map() };
          node.literal.set(seg, next);
        }
        node = next;
      }
    }
    node.route = route;
  }

  /** Match a request path (without the API prefix, raw/encoded) to a route template. */
  match(method: string, path: string): RouteMatch | undefined {
    const segs = path.split("/").slice(1);
    if (segs.length > 1 && segs[segs.length - 1] === "") segs.pop();
    const found = this.walk(this.root, segs, 0, {});
    if (!found) return undefined;
    // Templates sharing a position name its parameter differently (`commits/{commit_sha}/pulls`,
    // `commits/{ref}`): the trie keeps the first name, so give the matched template its own names.
    const params = { ...found.params };
    found.route
      .split("/")
      .slice(1)
      .forEach((part, k) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (name && !(name in params) && segs[k] !== undefined) params[name] = decode(segs[k]!);
      });
    const operation = this.operations.get(`${method.toUpperCase()} ${found.route}`);
    return { route: found.route, params, operation };
  }

  private walk(
    node: TrieNode,
    segs: string[],
    i: number,
    params: Record<string, string>,
  ): { route: string; params: Record<string, string> } | undefined {
    if (i === segs.length) return node.route ? { route: node.route, params } : undefined;
    const seg = segs[i]!;
    const lit = node.literal.get(seg);
    if (lit) {
      const r = this.walk(lit, segs, i + 1, params);
      if (r) return r;
    }
    if (node.param && seg !== "") {
      const { name, node: next } = node.param;
      const r = this.walk(next, segs, i + 1, { ...params, [name]: decode(seg) });
      if (r) return r;
      // A trailing greedy parameter takes the rest of the path (`contents/a/b.yml`, `git/ref/heads/x`).
      if (next.route && GREEDY_PARAMS.has(name)) {
        return { route: next.route, params: { ...params, [name]: segs.slice(i).map(decode).join("/") } };
      }
    }
    for (const p of node.patterns ?? []) {
      const m = p.regex.exec(decode(seg));
      if (!m) continue;
      const named = Object.fromEntries(p.names.map((n, k) => [n, m[k + 1]!]));
      const r = this.walk(p.node, segs, i + 1, { ...params, ...named });
      if (r) return r;
    }
    return undefined;
  }

  operation(method: string, route: string): Operation | undefined {
    return this.operations.get(`${method.toUpperCase()} ${route}`);
  }

  resolve<T = Json>(obj: unknown): T {
    let o = obj as Json;
    while (o && typeof o === "object" && typeof o.$ref === "string") {
      const parts = (o.$ref as string).replace(/^#\//, "").split("/");
      let cur: unknown = this.doc;
      for (const p of parts) cur = (cur as Json)[p];
      o = cur as Json;
    }
    return o as T;
  }

  validator(op: Operation): OperationValidator {
    op.validator ??= new OperationValidator(this, op);
    return op.validator;
  }

  /** Convert an OpenAPI 3.0 schema to a JSON Schema ajv compiles, gathering referenced components. */
  toJsonSchema(schema: unknown): Json {
    const defs: Record<string, unknown> = {};
    const root = this.convertSchema(schema, defs);
    return Object.keys(defs).length > 0 ? { ...root, definitions: defs } : root;
  }

  /** Convert one schema, adding the components it references to `defs` (shared by several schemas). */
  convertSchema(schema: unknown, defs: Record<string, unknown>): Json {
    const pending: string[] = [];
    const components = (this.doc.components as Json).schemas as Record<string, unknown>;
    const convert = (s: unknown): unknown => {
      if (Array.isArray(s)) return s.map(convert);
      if (!s || typeof s !== "object") return s;
      const src = s as Json;
      if (typeof src.$ref === "string") {
        const m = /^#\/components\/schemas\/(.+)$/.exec(src.$ref);
        if (m) {
          const name = m[1]!;
          if (!(name in defs)) {
            defs[name] = true;
            pending.push(name);
          }
          return { $ref: `#/definitions/${name}` };
        }
        return convert(this.resolve(src));
      }
      const out: Json = {};
      for (const [k, v] of Object.entries(src)) {
        if (k === "example" || k === "examples" || k === "nullable" || k.startsWith("x-")) continue;
        if (k === "properties" && v && typeof v === "object") {
          const props: Json = {};
          for (const [pk, pv] of Object.entries(v as Json)) props[pk] = convert(pv);
          out[k] = props;
        } else {
          out[k] = convert(v);
        }
      }
      if (src.nullable === true) {
        if (typeof out.type === "string") out.type = [out.type, "null"];
        else if (Array.isArray(out.type)) out.type = [...out.type, "null"];
        else return { anyOf: [out, { type: "null" }] };
        if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
      }
      return out;
    };
    const root = convert(schema) as Json;
    while (pending.length > 0) {
      const name = pending.pop()!;
      defs[name] = convert(components[name]);
    }
    return root;
  }

  compileBody(schema: Json): ValidateFunction {
    return this.ajvBody.compile(schema);
  }

  compileParams(schema: Json): ValidateFunction {
    return this.ajvParams.compile(schema);
  }

  /** Answers are large and many: components compile once each (not inlined), schemas unchecked. */
  compileResponse(schema: Json): ValidateFunction {
    if (!this.ajvResponses) {
      this.ajvResponses = new Ajv({
        strict: false,
        allErrors: true,
        logger: false,
        validateFormats: true,
        validateSchema: false,
        inlineRefs: false,
      });
      (addFormatsModule as unknown as (ajv: Ajv) => Ajv)(this.ajvResponses);
      // GitHub leaves URL fields it has no value for empty (its description says `default: ""`).
      const uri = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;
      this.ajvResponses.addFormat("uri", (v: string) => v === "" || uri.test(v));
    }
    return this.ajvResponses.compile(schema);
  }
}

/**
 * Answers GitHub's description gets wrong, checked against what it says elsewhere instead. Each
 * entry names the operation and status, and why.
 */
const RESPONSE_SCHEMA_CORRECTIONS: Record<string, unknown> = {
  // The list inlines `account` as allOf [Simple User, Enterprise], which no object satisfies (a
  // user has no slug, an enterprise no login); GitHub answers a user (an organisation is one, of
  // type Organization), and the description's own `installation`, which GET
  // /app/installations/{installation_id} answers, says anyOf.
  "GET /app/installations 200": { type: "array", items: { $ref: "#/components/schemas/installation" } },
};

export class OperationValidator {
  private readonly desc: Description;
  private readonly op: Operation;
  private readonly responses = new Map<number, ValidateFunction | null>();
  private readonly params: ValidateFunction | undefined;
  private readonly body: ValidateFunction | undefined;
  private readonly bodyRequired: boolean;
  private readonly resource: string;
  readonly bodyIsJson: boolean;

  constructor(desc: Description, op: Operation) {
    this.desc = desc;
    this.op = op;
    const raw = op.raw;
    const resource = String(op.operationId.split("/")[1] ?? "resource").replace(
      /^(create|update|get|list|delete)-/,
      "",
    );
    this.resource = resource
      .split("-")
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join("");
    const props: Json = {};
    const required: string[] = [];
    const defs: Record<string, unknown> = {};
    for (const p of (raw.parameters as unknown[] | undefined) ?? []) {
      const param = desc.resolve<{ name: string; in: string; required?: boolean; schema?: unknown }>(p);
      if (param.in !== "path" && param.in !== "query") continue;
      props[`${param.in}:${param.name}`] = param.schema ? desc.convertSchema(param.schema, defs) : {};
      if (param.required) required.push(`${param.in}:${param.name}`);
    }
    this.params = desc.compileParams({ type: "object", properties: props, required, definitions: defs });
    const rb = raw.requestBody
      ? desc.resolve<{ required?: boolean; content?: Json }>(raw.requestBody)
      : undefined;
    const json = rb?.content?.["application/json"] as { schema?: unknown } | undefined;
    this.bodyIsJson = Boolean(json);
    this.bodyRequired = Boolean(rb?.required) && Boolean(json);
    this.body = json?.schema ? desc.compileBody(desc.toJsonSchema(json.schema)) : undefined;
  }

  validateParams(path: Record<string, string>, query: URLSearchParams): ValidationProblem[] {
    if (!this.params) return [];
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(path)) data[`path:${k}`] = v;
    for (const k of new Set(query.keys())) {
      const all = query.getAll(k);
      data[`query:${k}`] = all.length > 1 ? all : all[0];
    }
    if (this.params(data)) return [];
    return this.problems(this.params.errors ?? [], (f) => f.replace(/^(path|query):/, ""));
  }

  validateBody(body: unknown): ValidationProblem[] {
    if (body === undefined) {
      return this.bodyRequired
        ? [{ resource: this.resource, field: "", code: "missing_field", message: "Request body is required" }]
        : [];
    }
    if (!this.body || this.body(body)) return [];
    return this.problems(this.body.errors ?? [], (f) => f);
  }

  /**
   * Problems of an answer's JSON body against the operation's response schema for `status`
   * (none when GitHub describes no JSON body for it).
   */
  validateResponse(status: number, body: unknown): ValidationProblem[] {
    let check = this.responses.get(status);
    if (check === undefined) {
      const responses = (this.op.raw.responses ?? {}) as Json;
      const described = responses[String(status)] ?? responses.default;
      const content = described
        ? this.desc.resolve<{ content?: Json }>(described).content?.["application/json"]
        : undefined;
      const schema =
        RESPONSE_SCHEMA_CORRECTIONS[`${this.op.method.toUpperCase()} ${this.op.route} ${status}`] ??
        (content as { schema?: unknown } | undefined)?.schema;
      check = schema ? this.desc.compileResponse(this.desc.toJsonSchema(schema)) : null;
      this.responses.set(status, check);
    }
    if (!check || check(body)) return [];
    return this.problems(check.errors ?? [], (f) => f);
  }

  private problems(errors: ErrorObject[], field: (f: string) => string): ValidationProblem[] {
    // anyOf/oneOf branches produce one error each; keep the plainest ones.
    const relevant = errors.filter((e) => e.keyword !== "anyOf" && e.keyword !== "oneOf");
    const list = relevant.length > 0 ? relevant : errors;
    const seen = new Set<string>();
    const out: ValidationProblem[] = [];
    for (const e of list) {
      const base = e.instancePath.replace(/^\//, "").replace(/\//g, ".");
      if (e.keyword === "required") {
        const missing = (e.params as { missingProperty: string }).missingProperty;
        const f = field(base ? `${base}.${missing}` : missing);
        const key = `missing ${f}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          resource: this.resource,
          field: f,
          code: "missing_field",
          message: `"${f}" wasn't supplied.`,
        });
      } else {
        const f = field(base.split(".")[0] === base ? base : base);
        const key = `invalid ${f} ${e.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          resource: this.resource,
          field: f,
          code: "invalid",
          message: `${f || "body"} ${e.message ?? "is invalid"}`,
        });
      }
    }
    return out;
  }
}

function decode(seg: string): string {
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}

const cached = new Map<string, Description>();

/**
 * Which published description the sandbox checks requests against: `api.github.com` (default), or
 * a GitHub Enterprise Server release such as `ghes-3.17`, as @octokit/openapi ships them.
 */
export type DescriptionName = "api.github.com" | `ghes-${number}.${number}`;

/** The description, parsed on first use and kept for the life of the process. */
export function description(name: DescriptionName = "api.github.com"): Description {
  let found = cached.get(name);
  if (!found) {
    const file = join(packageDir("@octokit/openapi"), "generated", `${name}.json`);
    if (!existsSync(file)) {
      throw new Error(
        `@octokit/openapi ships no description "${name}" (have: ${describedReleases().join(", ")})`,
      );
    }
    found = new Description(JSON.parse(readFileSync(file, "utf8")) as Json);
    cached.set(name, found);
  }
  return found;
}

/** The GitHub Enterprise Server releases whose description @octokit/openapi ships, oldest first. */
export function ghesReleases(): DescriptionName[] {
  return describedReleases()
    .filter((n): n is DescriptionName => /^ghes-\d+\.\d+$/.test(n))
    .sort((a, b) => {
      const [am = 0, an = 0] = a.slice(5).split(".").map(Number);
      const [bm = 0, bn = 0] = b.slice(5).split(".").map(Number);
      return am - bm || an - bn;
    });
}

function describedReleases(): string[] {
  return readdirSync(join(packageDir("@octokit/openapi"), "generated"))
    .filter((f) => f.endsWith(".json") && !f.endsWith(".deref.json"))
    .map((f) => f.slice(0, -".json".length));
}

export type { Description };
