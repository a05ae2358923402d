import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { type AppsSide, appsOf } from "./apps";
import { expired, tokenReaches } from "./apps/access";
import { looksLikeJwt, verifyAppJwt } from "./apps/jwt";
import { type FaultSpec, Faults } from "./faults";
import { executeGraphql } from "./graphql";
import { servePage } from "./html";
import {
  DOCS,
  type FaultedRequest,
  HttpError,
  notFound,
  type Reply,
  type RouteContext,
  type RouteDef,
} from "./http";
import { type DescriptionName, description } from "./openapi";
import { forbidden, hasPermission } from "./permissions";
import { rateHeaders as headersOf, RateLimiter, type RateResource, type RateState } from "./rateLimit";
import { allRoutes } from "./routes";
import { type Scenario, seed } from "./scenario";
import type { Store } from "./store";
import type { SandboxUrls, State, Token, User } from "./types";

export interface RequestRecord {
  method: string;
  /** Path as requested, without the API prefix, with query string. */
  path: string;
  /** OpenAPI route template, `graphql`, or `html`; empty when no route matched. */
  route: string;
  status: number;
  /** Login of the token's user (empty when unauthenticated). */
  token: string;
  /** Sandbox time when the request arrived. */
  at: string;
  /** GraphQL only: the root fields queried (aliases resolved), e.g. `["repository", "repository"]`. */
  graphqlFields?: string[];
  /** GraphQL only: the rate-limit points the query cost and the most nodes it could return. */
  cost?: number;
  nodeCount?: number;
  /** When the request arrived and when its answer was sent (ms, `performance.now()`). */
  startMs: number;
  endMs: number;
}

export interface Violation {
  kind: "unknown-route" | "invalid-request" | "not-implemented" | "graphql" | "bad-json" | "response-schema";
  method: string;
  path: string;
  route: string;
  status: number;
  message: string;
  errors?: unknown[];
}

export interface RequestFilter {
  method?: string;
  /** OpenAPI route template or `graphql`. */
  route?: string;
  /** Exact path (without query) or a RegExp over the path. */
  path?: string | RegExp;
  status?: number;
}

export interface SandboxOptions {
  /** Port to listen on (default: a free one). */
  port?: number;
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
  /**
   * The host name the sandbox's URLs use (API, GraphQL, uploads, html links), when clients reach
   * it under another name than the address it listens on, e.g. through a proxy that maps
   * `api.gatehouse.invalid` to it. Default: `host`.
   */
  hostname?: string;
  /** Serve HTTPS with this key and certificate (PEM) instead of plain HTTP. */
  tls?: { key: string | Buffer; cert: string | Buffer };
  /** Added to every request before it is answered, like a network's round trip (default 0). */
  latencyMs?: number;
  /**
   * How long an idle connection stays open for the client's next request (default 5,000 ms, as
   * Node's servers). Node clients stop reusing a connection a second before the announced time, so
   * 1,000 ms makes every request open a connection of its own (a proxy then sees each one).
   */
  keepAliveMs?: number;
  /**
   * Check every JSON answer against the response schema in GitHub's description and record a
   * `response-schema` violation when it does not match (the sandbox's own tests turn this on).
   */
  checkResponses?: boolean;
  /**
   * The REST description requests are checked against (default `api.github.com`). A GitHub
   * Enterprise Server release (`ghes-3.17`) makes every route or parameter that release lacks a
   * violation, answered 404 or 422 as that server would.
   */
  description?: DescriptionName;
}

export interface Sandbox extends SandboxUrls {
  /** The scenario's default token (full permissions except `members`, like a workflow GITHUB_TOKEN). */
  token: string;
  state: State;
  store: Store;
  requests: RequestRecord[];
  requestCount(filter?: RequestFilter): number;
  resetRequests(): void;
  violations: Violation[];
  faults: Faults;
  /**
   * Moves the sandbox's clock: every answer's `Date` header (which the actions take as the time)
   * and the time of later writes. ISO 8601; answers the time now set.
   */
  setNow(iso: string): string;
  /** GitHub Apps: webhook deliveries, workflow jobs waiting on custom protection rules (apps/). */
  apps: AppsSide;
  /** Added to every request before it is answered (ms); may be changed between runs. */
  latencyMs: number;
  /** Where a token stands against a primary rate limit (default: the default token's GraphQL points). */
  rateLimit(resource?: RateResource, token?: string): RateState;
  close(): Promise<void>;
}

const API = "/api/v3";
const GRAPHQL = "/api/graphql";
const UPLOADS = "/api/uploads";
const UPLOAD_ROUTE = "/repos/{owner}/{repo}/releases/{release_id}/assets";

let routeTable: Map<string, RouteDef> | undefined;
function routes(): Map<string, RouteDef> {
  if (!routeTable) {
    routeTable = new Map();
    for (const r of allRoutes) routeTable.set(`${r.method} ${r.route}`, r);
  }
  return routeTable;
}

/** Start the sandbox. `scenario` is a Scenario object or YAML text. */
export async function startSandbox(
  scenario?: Scenario | string,
  opts: SandboxOptions = {},
): Promise<Sandbox> {
  const { store, token: defaultToken } = seed(scenario);
  // Loaded once per process; later sandboxes reuse it.
  const desc = description(opts.description);
  const describedApi = opts.description?.startsWith("ghes-")
    ? `GitHub Enterprise Server ${opts.description.slice(5)}`
    : "GitHub";
  const table = routes();
  const faults = new Faults();
  const requests: RequestRecord[] = [];
  const violations: Violation[] = [];
  const limiter = new RateLimiter(() => Date.parse(store.state.now));
  let latencyMs = opts.latencyMs ?? 0;
  const requestIds = { n: 0 };
  const urls: SandboxUrls = { url: "", apiUrl: "", graphqlUrl: "", uploadsUrl: "" };

  // Answers whose `Date` a fault replaces (or removes: null).
  const dateFaults = new WeakMap<ServerResponse, string | null>();
  /** GitHub's clock on every answer: the scenario clock, unless a fault says otherwise. */
  const dateHeader = (res: ServerResponse): Record<string, string> => {
    const faulted = dateFaults.get(res);
    if (faulted === null) {
      res.sendDate = false;
      return {};
    }
    return { date: faulted ?? new Date(store.currentTime()).toUTCString() };
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { ...dateHeader(res), "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify({ message: `Sandbox error: ${e instanceof Error ? e.message : String(e)}` }));
      } else res.destroy();
    });
  };
  const server = opts.tls ? createTlsServer({ ...opts.tls }, onRequest) : createServer(onRequest);
  // Node clients stop reusing a connection a second before the server's announced timeout: at 1 s
  // they would open a new one for every request. GitHub keeps connections open far longer.
  server.keepAliveTimeout = opts.keepAliveMs ?? 5000;

  function authenticate(req: IncomingMessage): Token | HttpError | undefined {
    const h = req.headers.authorization;
    if (!h) return undefined;
    const m = /^(token|bearer)\s+(\S+)$/i.exec(h.trim());
    if (m?.[1]?.toLowerCase() === "bearer" && looksLikeJwt(m[2]!)) {
      const app = verifyAppJwt(store, m[2]!);
      if (app instanceof HttpError) return app;
      return { value: m[2]!, user: `${app.slug}[bot]`, permissions: {}, appJwt: app.id };
    }
    const t = m ? store.state.tokens.find((x) => x.value === m[2]) : undefined;
    if (!t || expired(store, t))
      return new HttpError(401, { message: "Bad credentials", documentation_url: DOCS, status: "401" });
    return t;
  }

  /** Counts one request against the token's limit for `resource` and answers the headers. */
  function rateHeaders(token: Token | undefined, resource: RateResource): Record<string, string> {
    return headersOf(limiter.spend(token, resource, 1).state);
  }

  const finish = (record: RequestRecord) => {
    record.endMs = performance.now();
    requests.push(record);
  };

  function send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string>,
    raw?: Buffer | string,
  ) {
    requestIds.n += 1;
    const h: Record<string, string> = {
      // GitHub's clock, which the actions take as the time and @octokit/auth-app corrects its own by.
      ...dateHeader(res),
      "x-github-request-id": `SANDBOX:${requestIds.n.toString(16).toUpperCase().padStart(6, "0")}`,
      "x-github-media-type": "github.v3; format=json",
      "x-github-api-version-selected": "2022-11-28",
      ...headers,
    };
    if (raw !== undefined) {
      h["content-type"] ??= "application/octet-stream";
      h["content-length"] = String(Buffer.byteLength(raw));
      res.writeHead(status, h);
      res.end(raw);
      return;
    }
    if (status === 204 || body === undefined) {
      res.writeHead(status, h);
      res.end();
      return;
    }
    const text = JSON.stringify(body);
    h["content-type"] ??= "application/json; charset=utf-8";
    h["content-length"] = String(Buffer.byteLength(text));
    res.writeHead(status, h);
    res.end(text);
  }

  async function readBody(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }

  function drain(req: IncomingMessage) {
    if (!req.complete) req.resume();
  }

  async function applyFault(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    route: string,
    record: RequestRecord,
  ): Promise<boolean> {
    const f = faults.take(method, route);
    if (!f) return false;
    if (f.delayMs) await new Promise((r) => setTimeout(r, f.delayMs));
    if (f.date !== undefined) dateFaults.set(res, f.date);
    if (f.partialUpload || f.wrongDigest || f.applied) {
      // acted out by the upload handler, or once the request has been handled (`applied`)
      (req as FaultedRequest).fault = f;
      return false;
    }
    if (f.stall) {
      record.status = 0;
      finish(record);
      if (!req.socket.destroyed) await new Promise((r) => req.socket.once("close", r));
      return true;
    }
    return actOut(f, req, res, route, record);
  }

  /** Answers with the fault instead of the real answer: drops the connection, or sends its status. */
  function actOut(
    f: FaultSpec,
    req: IncomingMessage,
    res: ServerResponse,
    route: string,
    record: RequestRecord,
  ) {
    if (f.drop || f.status === undefined) {
      if (!f.drop && !f.applied) return false;
      record.status = 0;
      finish(record);
      req.socket.destroy();
      return true;
    }
    record.status = f.status;
    finish(record);
    drain(req);
    const body = f.body ?? {
      message: f.status >= 500 ? "Server Error" : "Injected fault",
      documentation_url: DOCS,
      status: String(f.status),
    };
    send(res, f.status, body, {
      ...rateHeaders(undefined, route === "graphql" ? "graphql" : "core"),
      ...(f.headers ?? {}),
    });
    return true;
  }

  /** A fault to act out after the request was handled (its writes applied): true when it was. */
  const appliedFault = (req: IncomingMessage, res: ServerResponse, route: string, record: RequestRecord) => {
    const f = (req as FaultedRequest).fault;
    return f?.applied === true && actOut(f, req, res, route, record);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const url = new URL(req.url ?? "/", "http://sandbox.invalid");
    const pathname = url.pathname;
    const record: RequestRecord = {
      method,
      path: "",
      route: "",
      status: 0,
      token: "",
      at: store.state.now,
      startMs: performance.now(),
      endMs: 0,
    };
    if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs));

    let prefix: string | undefined;
    if (pathname === GRAPHQL || pathname === `${GRAPHQL}/`) prefix = GRAPHQL;
    else if (pathname.startsWith(`${API}/`) || pathname === API) prefix = API;
    else if (pathname.startsWith(`${UPLOADS}/`)) prefix = UPLOADS;

    if (!prefix) {
      record.path = pathname + url.search;
      record.route = "html";
      const page = await servePage(store, urls, method, pathname, url.searchParams);
      record.status = page.status;
      finish(record);
      drain(req);
      send(res, page.status, undefined, { "content-type": page.contentType }, page.body);
      return;
    }

    const restPath = pathname.slice(prefix.length) || "/";
    record.path = prefix === GRAPHQL ? "/graphql" : restPath + url.search;

    const tokenOrError = authenticate(req);
    const token = tokenOrError instanceof HttpError ? undefined : tokenOrError;
    record.token = token?.user ?? "";

    const fail = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) => {
      record.status = status;
      finish(record);
      drain(req);
      const rate = charged ? headersOf(charged) : rateHeaders(token, prefix === GRAPHQL ? "graphql" : "core");
      send(res, status, body, { ...rate, ...headers });
    };
    let charged: RateState | undefined;
    const violate = (v: Omit<Violation, "method" | "path" | "route">) =>
      violations.push({ ...v, method, path: record.path, route: record.route });

    // ---- GraphQL ----------------------------------------------------------
    if (prefix === GRAPHQL) {
      record.route = "graphql";
      if (await applyFault(req, res, method, "graphql", record)) return;
      if (method !== "POST")
        return fail(404, { message: "Not Found", documentation_url: DOCS, status: "404" });
      if (tokenOrError instanceof HttpError) return fail(401, tokenOrError.body);
      if (!token) {
        return fail(401, {
          message: "This endpoint requires you to be authenticated.",
          documentation_url:
            "https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql",
        });
      }
      const raw = await readBody(req);
      let payload: { query?: string; variables?: Record<string, unknown>; operationName?: string };
      try {
        payload = JSON.parse(raw.toString("utf8") || "{}");
      } catch {
        violate({ kind: "bad-json", status: 400, message: "Problems parsing JSON" });
        return fail(400, { message: "Problems parsing JSON", documentation_url: DOCS, status: "400" });
      }
      const user = store.user(token.user);
      let rate = limiter.peek(token, "graphql");
      const result = await executeGraphql({ store, urls, token, user }, payload, (cost) => {
        const spent = limiter.spend(token, "graphql", cost);
        rate = spent.state;
        return spent.ok ? spent.state : undefined;
      });
      record.graphqlFields = result.rootFields;
      record.cost = result.cost;
      record.nodeCount = result.nodeCount;
      if (result.violation)
        violate({
          kind: "graphql",
          status: 200,
          message: result.violation,
          errors: result.body.errors as unknown[],
        });
      if (result.unresolved) {
        violate({
          kind: "not-implemented",
          status: 200,
          message: `GraphQL fields the sandbox does not resolve (answered null): ${result.unresolved.join(", ")}`,
        });
      }
      if (appliedFault(req, res, "graphql", record)) return;
      record.status = result.status;
      finish(record);
      send(res, result.status, result.body, headersOf(rate));
      return;
    }

    // ---- REST -------------------------------------------------------------
    const match = desc.match(method, restPath);
    const isUploadRoute = match?.route === UPLOAD_ROUTE && method === "POST";
    if (!match?.operation || isUploadRoute !== (prefix === UPLOADS)) {
      if (match) record.route = match.route;
      violate({
        kind: "unknown-route",
        status: 404,
        message: match
          ? `${method} ${restPath}: ${isUploadRoute ? "uploads are served from the uploads URL" : `GitHub has no ${method} on ${match.route}`}`
          : `${method} ${restPath}: no such route in ${describedApi}'s REST API description`,
      });
      return fail(404, { message: "Not Found", documentation_url: DOCS, status: "404" });
    }
    record.route = match.route;
    const op = match.operation;

    if (await applyFault(req, res, method, match.route, record)) return;

    if (tokenOrError instanceof HttpError) return fail(401, tokenOrError.body);
    if (!token) {
      return fail(401, { message: "Requires authentication", documentation_url: DOCS, status: "401" });
    }

    // Asking where the limits stand costs nothing, as on GitHub.
    const resource = match.route.startsWith("/search/") ? "search" : "core";
    const spent =
      match.route === "/rate_limit"
        ? { ok: true, state: limiter.peek(token, resource) }
        : limiter.spend(token, resource, 1);
    charged = spent.state;
    if (!spent.ok) {
      return fail(403, {
        message: `API rate limit exceeded for ${token.user}.`,
        documentation_url:
          "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-primary-rate-limits",
        status: "403",
      });
    }

    const validator = desc.validator(op);
    const paramProblems = validator.validateParams(match.params, url.searchParams);
    if (paramProblems.length > 0) {
      violate({ kind: "invalid-request", status: 422, message: "invalid parameters", errors: paramProblems });
      return fail(422, {
        message: "Validation Failed",
        errors: paramProblems,
        documentation_url: op.documentationUrl,
        status: "422",
      });
    }

    const def = table.get(`${method} ${match.route}`);
    if (!def) {
      violate({
        kind: "not-implemented",
        status: 501,
        message: `${method} ${match.route} (${op.operationId}) exists on GitHub but the sandbox does not implement it`,
      });
      return fail(501, {
        message: `Not implemented by the sandbox: ${method} ${match.route}`,
        documentation_url: op.documentationUrl,
      });
    }

    if (def.auth === "app" && token.appJwt === undefined) {
      return fail(401, {
        message: "A JSON web token could not be decoded",
        documentation_url: op.documentationUrl,
        status: "401",
      });
    }
    if (def.auth !== "app" && token.appJwt !== undefined) {
      // A JWT authenticates the App itself, which reaches no repository: it needs an installation token.
      return fail(403, {
        message: "Resource not accessible by integration",
        documentation_url: op.documentationUrl,
        status: "403",
      });
    }
    if (def.auth === "installation" && token.installationId === undefined) {
      return fail(403, {
        message:
          "Resource not accessible by integration: this endpoint needs a GitHub App installation access token",
        documentation_url: op.documentationUrl,
        status: "403",
      });
    }
    const owner = match.params.owner;
    const repoName = match.params.repo;
    if (owner && repoName && def.auth !== "app") {
      const target = store.findRepo(owner, repoName);
      if (target && !tokenReaches(store, token, target)) {
        return fail(404, { message: "Not Found", documentation_url: DOCS, status: "404" });
      }
    }

    if (def.permission && !hasPermission(token, def.permission)) {
      const e = forbidden(def.permission, token);
      return fail(e.status, e.body, e.headers);
    }

    let body: unknown;
    if (!def.stream) {
      const raw = await readBody(req);
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw.toString("utf8"));
        } catch {
          violate({ kind: "bad-json", status: 400, message: "Problems parsing JSON" });
          return fail(400, { message: "Problems parsing JSON", documentation_url: DOCS, status: "400" });
        }
      }
      if (validator.bodyIsJson) {
        const problems = validator.validateBody(body);
        if (problems.length > 0) {
          violate({
            kind: "invalid-request",
            status: 422,
            message: "invalid request body",
            errors: problems,
          });
          return fail(422, {
            message: "Validation Failed",
            errors: problems,
            documentation_url: op.documentationUrl,
            status: "422",
          });
        }
      }
    }

    const user: User = store.user(token.user);
    const ctx: RouteContext = {
      store,
      state: store.state,
      urls,
      method,
      route: match.route,
      params: match.params,
      query: url.searchParams,
      body,
      req,
      token,
      user,
      repo() {
        const r = store.findRepo(match.params.owner ?? "", match.params.repo ?? "");
        if (!r) throw notFound();
        return r;
      },
      tick: () => store.tick(),
      int(name, dflt) {
        const v = url.searchParams.get(name);
        const n = v === null ? Number.NaN : Number.parseInt(v, 10);
        return Number.isFinite(n) ? n : dflt;
      },
      rateLimit: (resource) => limiter.peek(token, resource),
    };
    let reply: Reply;
    try {
      reply = await def.handler(ctx);
    } catch (e) {
      if (e instanceof HttpError) return fail(e.status, e.body, e.headers);
      throw e;
    }
    if (reply.dropped) {
      record.status = 0;
      finish(record);
      return;
    }
    if (appliedFault(req, res, match.route, record)) return;
    const status = reply.status ?? 200;
    if (opts.checkResponses && reply.raw === undefined && reply.body !== undefined) {
      const problems = validator.validateResponse(status, reply.body);
      if (problems.length > 0) {
        violate({
          kind: "response-schema",
          status,
          message: `${method} ${match.route} answered ${status} in a shape GitHub's description does not have`,
          errors: problems,
        });
      }
    }
    record.status = status;
    finish(record);
    drain(req);
    send(res, status, reply.body, { ...headersOf(spent.state), ...(reply.headers ?? {}) }, reply.raw);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => resolve());
  });
  const addr = server.address() as AddressInfo;
  urls.url = `${opts.tls ? "https" : "http"}://${opts.hostname ?? opts.host ?? "127.0.0.1"}:${addr.port}`;
  urls.apiUrl = `${urls.url}${API}`;
  urls.graphqlUrl = `${urls.url}${GRAPHQL}`;
  urls.uploadsUrl = `${urls.url}${UPLOADS}`;
  const apps = appsOf(store, urls);

  const matches = (r: RequestRecord, f: RequestFilter) => {
    if (f.method && f.method.toUpperCase() !== r.method) return false;
    if (f.route && f.route !== r.route) return false;
    if (f.status !== undefined && f.status !== r.status) return false;
    if (f.path) {
      const p = r.path.split("?")[0]!;
      if (typeof f.path === "string" ? f.path !== p : !f.path.test(p)) return false;
    }
    return true;
  };

  return {
    ...urls,
    token: defaultToken,
    get state() {
      return store.state;
    },
    store,
    requests,
    requestCount: (filter = {}) => requests.filter((r) => matches(r, filter)).length,
    resetRequests: () => {
      requests.length = 0;
    },
    violations,
    faults,
    setNow: (iso) => store.setNow(iso),
    apps,
    get latencyMs() {
      return latencyMs;
    },
    set latencyMs(ms: number) {
      latencyMs = ms;
    },
    rateLimit: (resource = "graphql", value = defaultToken) =>
      limiter.peek(
        store.state.tokens.find((t) => t.value === value),
        resource,
      ),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A random token value, for tests that add tokens at run time. */
export function randomToken(): string {
  return `ghs_${randomBytes(18).toString("base64url")}`;
}
