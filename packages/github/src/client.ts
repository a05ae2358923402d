/**
 * One typed client over Octokit: retries (5xx, dropped connections), throttling (primary and
 * secondary rate limits, `Retry-After`), pagination across `Link` pages and GraphQL, pointed at
 * github.com or a GitHub Enterprise Server (`GITHUB_API_URL`, `GITHUB_GRAPHQL_URL`).
 *
 * Every failure leaves as a `GitHubApiError`, a `PermissionError` (403/404 with
 * `x-accepted-github-permissions`) or a `GraphQLError` (GraphQL `errors` in a 200 answer).
 */
import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { DEFAULT_API_URL, defaultGraphqlUrl, GHES_V3_SUFFIX, isMutation, trimSlash } from "./endpoints";
import { GraphQLError, networkCause, toGitHubError } from "./errors";
import { GitHubClock } from "./githubTime";
import { type ProxySettings, readProxySettings } from "./proxy";
import { type RequestOptionsLike, resilience, Slots } from "./resilience";
import { createTransport, type Timeouts, type Transport } from "./transport";

export { defaultGraphqlUrl, isMutation } from "./endpoints";

export interface ClientOptions {
  token: string;
  /** REST root, e.g. `https://api.github.com` or `https://ghe.example.com/api/v3` (GITHUB_API_URL). */
  apiUrl?: string;
  /** GraphQL endpoint, e.g. `https://ghe.example.com/api/graphql` (GITHUB_GRAPHQL_URL). Wins over apiUrl. */
  graphqlUrl?: string;
  /** How many times a failed request is retried (5xx, dropped connection, rate limits). Default 3. */
  retries?: number;
  /** Where waits and retries are reported (default: stdout, i.e. the step log). */
  log?: (msg: string) => void;
  /** Unit of the 5xx back-off (1, 4, 9 × this). Default 1000 ms; tests make it small. */
  retryBaseMs?: number;
  /** Longest wait accepted for a primary rate limit reset before giving up. Default 60 s. */
  maxRateLimitWaitSeconds?: number;
  /**
   * Proxy settings. Default: read from the environment (`HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`, upper
   * or lower case), as the Actions runner and `@actions/http-client` read them.
   */
  proxy?: ProxySettings;
  /**
   * When a request counts as stalled: no connection within `connectMs` (default 10 s), or silence on
   * the connection for `idleMs` (default 30 s). A stalled request is retried like a dropped
   * connection (`retries`), so one request gives up after at most
   * (retries + 1) × (connectMs + idleMs) plus the back-off.
   */
  timeouts?: Timeouts;
  /**
   * Requests under way at once for this client alone. By default every client of the process
   * shares ten (`SHARED_SLOTS`); the App gives each installation token its own, so one
   * repository's answers do not queue behind another's.
   */
  maxConcurrent?: number;
  /** Custom fetch (tests). */
  fetch?: typeof fetch;
}

export interface GitHubResponse<T> {
  status: number;
  data: T;
  headers: Record<string, string | undefined>;
}

export type GitHubOctokit = InstanceType<ReturnType<typeof buildOctokitClass>>;

export interface GitHubClient {
  // biome-ignore lint/suspicious/noExplicitAny: callers choose the response type
  request<T = any>(route: string, params?: Record<string, unknown>): Promise<GitHubResponse<T>>;
  /** Every item across `Link` pages (`per_page` defaults to 100). */
  // biome-ignore lint/suspicious/noExplicitAny: callers choose the item type
  paginate<T = any>(route: string, params?: Record<string, unknown>): Promise<T[]>;
  /** Page by page, so a caller can stop early (`break`) without fetching the rest. */
  // biome-ignore lint/suspicious/noExplicitAny: callers choose the item type
  pages<T = any>(route: string, params?: Record<string, unknown>): AsyncIterable<T[]>;
  /** The `data` of a GraphQL answer; `errors` become a `GraphQLError` (which keeps any partial data). */
  // biome-ignore lint/suspicious/noExplicitAny: callers choose the response type
  graphql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /**
   * GitHub's time: the `Date` header of its first answer to this client (see githubTime.ts). The
   * only clock an action decides by. Throws a plain sentence when there is no answer yet or its
   * `Date` cannot be believed.
   */
  now(): Date;
  /**
   * The wait before the n-th retry (1-based) of something that failed: n² × `retryBaseMs`, the
   * client's own back-off. Writes that are not retried automatically (see `createClient`) use it
   * between looking for what they wrote and writing again.
   */
  backoffMs(retry: number): number;
  /** Escape hatch; errors from it are not converted. */
  octokit: GitHubOctokit;
  /** The HTTP transport under Octokit (proxy, timeouts), for streamed uploads. */
  transport: Transport;
  apiUrl: string;
  graphqlUrl: string;
}

/** Names @octokit/graphql takes as request options rather than variables. */
const RESERVED_VARIABLES = [
  "query",
  "method",
  "url",
  "baseUrl",
  "headers",
  "request",
  "mediaType",
  "operationName",
];

/**
 * Request defaults for `octokit.graphql` so that it posts to exactly `graphqlUrl`. @octokit/graphql
 * posts to `<baseUrl>/graphql`, except that a `baseUrl` ending in `/api/v3` becomes `/api/graphql`.
 * When neither form yields the URL, an absolute `url` is used with a `baseUrl` that cannot trigger
 * the GHES rewrite.
 */
export function graphqlRequestDefaults(graphqlUrl: string): { baseUrl: string; url?: string } {
  const target = trimSlash(graphqlUrl);
  if (target.endsWith("/api/graphql")) {
    return { baseUrl: `${target.slice(0, -"/api/graphql".length)}/api/v3` };
  }
  if (target.endsWith("/graphql")) {
    const baseUrl = target.slice(0, -"/graphql".length);
    if (!GHES_V3_SUFFIX.test(baseUrl)) return { baseUrl };
  }
  return { baseUrl: new URL(target).origin, url: target };
}

/**
 * Octokit reads a JSON answer with a reviver that turns numbers past 2^53 into BigInt, at several
 * times the cost of JSON.parse (a tenth of the App's time under a burst). GitHub's ids and counts
 * fit a double, so successful answers are read with JSON.parse (`readAnswer`); errors are left to
 * Octokit. Registered first, so the hook sits closest to the request and `resilience`, looking for
 * GraphQL's "Something went wrong" and RATE_LIMITED, sees the parsed answer.
 */
const plainJson = (octokit: Octokit) => {
  // Whether the answer is read here, by request: decided on its first attempt, kept for its retries.
  const readHere = new WeakMap<object, boolean>();
  octokit.hook.wrap("request", async (request, options) => {
    let read = readHere.get(options);
    if (read === undefined) {
      // A caller asking for the body as a stream (a download) gets it as it asked.
      read =
        (options.request as { parseSuccessResponseBody?: boolean } | undefined)?.parseSuccessResponseBody !==
        false;
      readHere.set(options, read);
    }
    if (!read) return request(options);
    // The hooks inside this one are bound to this very options object: it is changed in place.
    options.request = { ...options.request, parseSuccessResponseBody: false };
    const res = await request(options);
    return { ...res, data: await readAnswer(res.data, res.headers["content-type"]) };
  });
  return {};
};

function buildOctokitClass(
  onError: (error: FailedAttempt, options: OctokitOptionsLike) => void,
  retrying: Parameters<typeof resilience>[0],
) {
  // Registered next to the request, so its hook sees every failed attempt.
  const reportFailures = (octokit: Octokit) => {
    octokit.hook.error("request", (error, options) => {
      // A failure that will fail again the same way (a name that does not exist, a proxy that
      // refuses our credentials) carries no HTTP status, so `resilience` does not send it again.
      if (!(error as FailedAttempt).response && networkCause(error)?.retryable === false) {
        (error as FailedAttempt).status = 0;
      }
      onError(error as FailedAttempt, options as OctokitOptionsLike);
      throw error;
    });
    return {};
  };
  return Octokit.plugin(plainJson, reportFailures, paginateRest, resilience(retrying));
}

interface FailedAttempt {
  status?: number;
  message?: string;
  response?: unknown;
}

interface OctokitOptionsLike {
  method?: string;
  url?: string;
  request?: { retryCount?: number; [option: string]: unknown };
}

/** `GET /repos/acme/shop`: the route with its parameters filled in, without the query. */
const describeRequest = (options: OctokitOptionsLike) => {
  let path = options.url ?? "";
  try {
    path = new URL(path).pathname;
  } catch {
    // a path or a route template
  }
  return `${options.method ?? "GET"} ${requestPath(path, options as Record<string, unknown>).split("?")[0]}`;
};

// A 429 is a rate limit, waited out for its `Retry-After` rather than sent again on the back-off.
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

/**
 * Requests that create something are never retried automatically: GitHub may have applied one
 * whose answer was lost (a dropped connection, a stall, a 5xx, "Something went wrong"), and sending
 * it again would create a second comment, issue or release. Their callers look for what they wrote
 * before writing again (`writeOnce`). Rate-limit refusals are still waited out and retried: GitHub
 * applied nothing then.
 */
export function createsSomething(route: string): boolean {
  return /^POST\s/i.test(route.trim());
}

const ONCE = { retries: 0 };

/** Requests under way at once, shared by every client of the process that has no limit of its own. */
const SHARED_SLOTS = new Slots(10);

/**
 * A successful answer's body, read as Octokit reads it — JSON parsed (left as text when it does not
 * parse), text for `text/*` or UTF-8, bytes otherwise — but with plain `JSON.parse`. A body already
 * read (none, for a 204 or a HEAD) is returned as it is.
 */
export async function readAnswer(body: unknown, contentType: string | undefined): Promise<unknown> {
  if (!body || typeof body !== "object" || !(Symbol.asyncIterator in body)) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  const bytes = Buffer.concat(chunks);
  if (!contentType) return bytes.toString("utf8");
  const [type = "", ...params] = contentType
    .toLowerCase()
    .split(";")
    .map((p) => p.trim());
  if (type === "application/json" || type === "application/scim+json") {
    const text = bytes.toString("utf8");
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  const utf8 = params.some((p) => /^charset\s*=\s*"?utf-8"?$/.test(p));
  if (type.startsWith("text/") || (utf8 && type !== "application/octet-stream"))
    return bytes.toString("utf8");
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

/** `POST /repos/acme/shop/issues`: the route with the request's own values in place of its `{parameters}`. */
export function requestPath(route: string, params: Record<string, unknown> = {}): string {
  return route.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return typeof value === "string" || typeof value === "number" ? String(value) : match;
  });
}

export function createClient(opts: ClientOptions): GitHubClient {
  const apiUrl = trimSlash(opts.apiUrl || DEFAULT_API_URL);
  const graphqlUrl = trimSlash(opts.graphqlUrl || defaultGraphqlUrl(apiUrl));
  const retries = opts.retries ?? 3;
  const retryBaseMs = opts.retryBaseMs ?? 1000;
  const maxRateLimitWait = opts.maxRateLimitWaitSeconds ?? 60;
  const log = opts.log ?? ((msg: string) => process.stdout.write(`${msg}\n`));
  const transport = createTransport({
    proxy: opts.proxy ?? readProxySettings(process.env),
    timeouts: opts.timeouts,
  });

  // A rate limit is waited out when this says so.
  const onRateLimit = (
    kind: "primary" | "secondary",
    retryAfter: number,
    options: RequestOptionsLike,
    retryCount: number,
  ): boolean => {
    const maxWait = kind === "primary" ? maxRateLimitWait : Number.POSITIVE_INFINITY;
    const route = describeRequest(options);
    if (retryCount >= retries) {
      log(`GitHub's ${kind} rate limit is still hit for ${route} after ${retries} retries; giving up.`);
      return false;
    }
    if (retryAfter > maxWait) {
      log(
        `GitHub's ${kind} rate limit for ${route} resets in ${retryAfter} s, longer than ${maxWait} s; giving up.`,
      );
      return false;
    }
    log(
      `GitHub's ${kind} rate limit was hit for ${route}; waiting ${formatWait(retryAfter * 1000)} as asked (retry ${retryCount + 1} of ${retries}).`,
    );
    return true;
  };

  const GatehouseOctokit = buildOctokitClass(
    (error, options) => {
      const status = error.status ?? 0;
      const attempt = options.request?.retryCount ?? 0;
      const allowed = typeof options.request?.retries === "number" ? options.request.retries : retries;
      if (status < 500) return;
      const what = error.response
        ? `GitHub answered ${status} to ${describeRequest(options)}`
        : `${describeRequest(options)} got no answer (${error.message ?? "connection failed"})`;
      if (attempt < allowed) {
        const wait = formatWait((attempt + 1) ** 2 * retryBaseMs);
        log(`${what}; retrying in ${wait} (retry ${attempt + 1} of ${retries}).`);
      } else if (allowed === 0) {
        log(`${what}; not sent again as it is: GitHub may have applied it.`);
      }
    },
    {
      retries,
      retryBaseMs,
      doNotRetry: DO_NOT_RETRY,
      slots: opts.maxConcurrent ? new Slots(opts.maxConcurrent) : SHARED_SLOTS,
      onRateLimit,
    },
  );

  const clock = new GitHubClock([apiUrl, graphqlUrl]);
  const baseFetch = opts.fetch ?? (transport.fetch as unknown as typeof fetch);
  // Every answer passes here on its way to Octokit (REST, GraphQL, uploads, retries, errors).
  const observingFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const res = await baseFetch(input, init);
    const url = res.url || (input instanceof Request ? input.url : String(input));
    clock.observe(url, init?.method ?? "GET", res.headers.get("date"));
    return res;
  };

  const octokit = new GatehouseOctokit({
    auth: opts.token,
    baseUrl: apiUrl,
    userAgent: "gatehouse",
    // node:http under Octokit instead of the global fetch: see transport.ts (cold start).
    request: { fetch: observingFetch },
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
  });

  const gql = octokit.graphql.defaults(graphqlRequestDefaults(graphqlUrl));

  const withPerPage = (params: Record<string, unknown> = {}) =>
    "per_page" in params ? params : { ...params, per_page: 100 };

  return {
    octokit,
    transport,
    apiUrl,
    graphqlUrl,
    now: () => clock.now(),

    backoffMs: (retry) => retry ** 2 * retryBaseMs,

    async request(route, params) {
      try {
        const res = await octokit.request(
          route,
          createsSomething(route)
            ? { ...params, request: { ...(params?.request as object), ...ONCE } }
            : params,
        );
        return {
          status: res.status,
          data: res.data,
          headers: res.headers as Record<string, string | undefined>,
        };
      } catch (e) {
        throw toGitHubError(e, requestPath(route, params));
      }
    },

    async paginate(route, params) {
      try {
        return await octokit.paginate(route, withPerPage(params));
      } catch (e) {
        throw toGitHubError(e, requestPath(route, params));
      }
    },

    pages(route, params) {
      return {
        async *[Symbol.asyncIterator]() {
          const iterator = octokit.paginate.iterator(route, withPerPage(params))[Symbol.asyncIterator]();
          while (true) {
            let step: IteratorResult<{ data: unknown }>;
            try {
              step = await iterator.next();
            } catch (e) {
              throw toGitHubError(e, requestPath(route, params));
            }
            if (step.done) return;
            // biome-ignore lint/suspicious/noExplicitAny: callers choose the item type
            yield step.value.data as any[];
          }
        },
      };
    },

    async graphql(query, variables = {}) {
      const reserved = RESERVED_VARIABLES.filter((name) => name in variables);
      if (reserved.length > 0) {
        throw new Error(
          `GraphQL variable names ${reserved.join(", ")} are reserved by Octokit; rename them.`,
        );
      }
      const route = graphqlRoute(graphqlUrl, query);
      // GitHub's "Something went wrong" arrives from the retry plugin as a 500: a query is asked
      // again like any 5xx, a mutation is not (it may have been applied; see writeOnce).
      try {
        return await gql(query, isMutation(query) ? { ...variables, request: ONCE } : variables);
      } catch (e) {
        if (e instanceof Error && e.name === "GraphqlResponseError") {
          const err = e as Error & {
            errors?: { message: string; type?: string; path?: (string | number)[] }[];
            data?: unknown;
            headers?: Record<string, string | undefined>;
          };
          throw new GraphQLError({
            errors: err.errors ?? [{ message: e.message }],
            data: err.data,
            headers: err.headers,
          });
        }
        throw toGitHubError(e, route);
      }
    },
  };
}

/**
 * How a GraphQL request is named in messages: the real path it was posted to and the operation,
 * e.g. `POST /api/graphql (GatehouseRepositoryState)`.
 */
export function graphqlRoute(graphqlUrl: string, query: string): string {
  let path = graphqlUrl;
  try {
    path = new URL(graphqlUrl).pathname;
  } catch {
    // already a path
  }
  const operation = /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
  return `POST ${path}${operation ? ` (${operation})` : ""}`;
}

function formatWait(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms)} ms`;
}
