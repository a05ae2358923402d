/**
 * The HTTP transport under the client: the part of `fetch` that Octokit uses, over `node:http`
 * and `node:https`.
 *
 * Why not the global `fetch`: its first use loads Node's bundled undici, which costs 35–90 ms on
 * this kind of machine before the first request leaves — most of an action's 120 ms cold-start
 * budget. `node:http` is ready in under 10 ms. Octokit only needs `status`, `url`, iterable
 * `headers` with `get`, `text()` and `arrayBuffer()`, which is what this module returns.
 */
import http from "node:http";
import https from "node:https";
import { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { describeRoute, type ProxySettings, proxyFor } from "./proxy";

export interface TransportInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | Readable | AsyncIterable<Uint8Array> | ReadableStream<Uint8Array> | null;
  signal?: AbortSignal | null;
  /** `follow` (default) follows up to 10 redirects; `manual` returns them; `error` throws. */
  redirect?: "follow" | "manual" | "error";
}

export class TransportHeaders implements Iterable<[string, string]> {
  readonly #map: Map<string, string>;
  constructor(raw: http.IncomingHttpHeaders) {
    this.#map = new Map();
    for (const [name, value] of Object.entries(raw)) {
      if (value === undefined) continue;
      this.#map.set(name.toLowerCase(), Array.isArray(value) ? value.join(", ") : value);
    }
  }
  get(name: string): string | null {
    return this.#map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.#map.has(name.toLowerCase());
  }
  forEach(fn: (value: string, name: string) => void): void {
    for (const [name, value] of this.#map) fn(value, name);
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.#map.entries();
  }
}

export interface TransportResponse {
  status: number;
  statusText: string;
  ok: boolean;
  url: string;
  redirected: boolean;
  headers: TransportHeaders;
  /** The body as a Node stream, already decompressed. Read it once, or use text()/arrayBuffer(). */
  body: Readable;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
  json(): Promise<unknown>;
}

/** How long a request may wait before it counts as stalled. */
export interface Timeouts {
  /** Longest wait for a connection — to GitHub, or to the proxy — to open. Default 10 s. */
  connectMs?: number;
  /**
   * Longest silence on an open connection (nothing sent, nothing received) before the attempt is
   * abandoned. Default 30 s: GitHub itself ends an API request after 10 s.
   */
  idleMs?: number;
}

export const DEFAULT_TIMEOUTS: Required<Timeouts> = { connectMs: 10_000, idleMs: 30_000 };

/**
 * A request that got nowhere: no connection in time, silence for too long, or a connection that
 * failed. `route` says how it went (directly, or through which proxy), for the step's message.
 */
export class NetworkError extends Error {
  override name = "NetworkError";
  /** `connect` and `idle` are stalls (a timeout fired); `failed` is an error from the network. */
  readonly kind: "connect" | "idle" | "failed";
  /** Host and port the request was for, e.g. `api.github.com:443`. */
  readonly target: string;
  /** How the request was routed, from `describeRoute` ("" when no proxy is configured). */
  readonly route: string;
  readonly code?: string;
  constructor(opts: {
    kind: NetworkError["kind"];
    target: string;
    route: string;
    detail: string;
    code?: string;
    cause?: unknown;
  }) {
    super(`${opts.detail}${opts.route ? `, ${opts.route}` : ""}`, { cause: opts.cause });
    this.kind = opts.kind;
    this.target = opts.target;
    this.route = opts.route;
    this.code = opts.code;
  }
  /** True when a proxy is configured for the target (whether or not NO_PROXY exempted it). */
  get proxyConfigured(): boolean {
    return this.route !== "";
  }
  /**
   * False when trying again cannot help: the host name does not exist (ENOTFOUND; a passing DNS
   * failure is EAI_AGAIN), or the proxy refused our credentials (407).
   */
  get retryable(): boolean {
    return !(this.code === "ENOTFOUND" || this.code === "PROXY_AUTHENTICATION" || / 407 /.test(this.message));
  }
}

export interface TransportOptions {
  /** Proxy settings (see proxy.ts); the client reads them from the environment. Default: none. */
  proxy?: ProxySettings;
  timeouts?: Timeouts;
}

export interface OpenOptions {
  method: string;
  headers: Record<string, string>;
  /** Overrides the transport's idle timeout for this request (a large upload's final answer). */
  idleMs?: number;
}

export interface Transport {
  /** `fetch`-shaped, for Octokit's `request.fetch`. */
  fetch: (input: string | URL, init?: TransportInit) => Promise<TransportResponse>;
  /**
   * A raw request through the same proxy, agents and timeouts, for bodies written chunk by chunk
   * (release asset uploads). Errors are `NetworkError`s; the caller writes the body and ends it.
   */
  open(url: URL, options: OpenOptions, onResponse: (res: http.IncomingMessage) => void): http.ClientRequest;
  timeouts: Required<Timeouts>;
  proxy: ProxySettings;
}

// Sockets are reused across the requests of one run; idle ones do not keep the process alive.
// One agent per protocol and proxy (Node's agents speak the proxy protocol themselves: CONNECT
// tunnels for https targets, absolute request URIs for http ones, Proxy-Authorization).
const agents = new Map<string, http.Agent>();

function agentFor(protocol: string, proxy: string | undefined): http.Agent | undefined {
  if (protocol !== "http:" && protocol !== "https:") return undefined;
  const key = `${protocol} ${proxy ?? ""}`;
  let agent = agents.get(key);
  if (!agent) {
    const Agent = protocol === "https:" ? https.Agent : http.Agent;
    // An empty proxyEnv keeps a direct agent direct even when NODE_USE_ENV_PROXY is set.
    const proxyEnv = !proxy ? {} : protocol === "https:" ? { HTTPS_PROXY: proxy } : { HTTP_PROXY: proxy };
    agent = new Agent({ keepAlive: true, proxyEnv });
    agents.set(key, agent);
  }
  return agent;
}

let sentWaiters: (() => void)[] = [];

/**
 * Resolves once the next `count` requests have been handed to the operating system. The action
 * start uses it to let its first requests leave before the rest of the action's code is compiled.
 */
export function nextRequestSent(count = 1): Promise<void> {
  return new Promise((resolve) => {
    let left = count;
    const sent = () => {
      left--;
      if (left <= 0) resolve();
      else sentWaiters.push(sent);
    };
    sentWaiters.push(sent);
  });
}

function requestSent(): void {
  const waiters = sentWaiters;
  sentWaiters = [];
  for (const resolve of waiters) resolve();
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;

type Answer = Omit<TransportResponse, "redirected"> & { redirected: boolean };

/**
 * Requests sent ahead of the client that will make them: an action's start (start.ts) sends its
 * first request while the client's code is still loading. When the client then makes the same
 * request (method, URL, body and token), it takes that answer instead of sending again, so its
 * retries, rate-limit handling, GitHub's time (the `Date` header) and the request count treat it
 * as its own. An answer is taken once; one never asked for is dropped with the process.
 */
const ahead: { key: string; answer: Promise<Answer> }[] = [];

/** Sends `init` to `url` now, for the client's identical request to take (see `ahead`). */
export function sendAhead(
  transport: Pick<Transport, "fetch">,
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
): void {
  // The body is read at once, so the connection is free again whether or not the answer is taken.
  const answer = transport.fetch(url, init).then(buffered);
  answer.catch(() => {}); // the client's request takes the failure, and reports it
  ahead.push({ key: aheadKey(init.method, url, init.headers, init.body ?? null), answer });
}

/** The answer sent ahead for this request, taken once; undefined when there is none. */
function takeAhead(method: string, url: URL, headers: Record<string, string>, body: TransportInit["body"]) {
  if (ahead.length === 0 || (body !== null && body !== undefined && typeof body !== "string"))
    return undefined;
  const key = aheadKey(method, url.href, headers, body ?? null);
  const i = ahead.findIndex((a) => a.key === key);
  return i < 0 ? undefined : ahead.splice(i, 1)[0]!.answer;
}

/**
 * What makes two requests the same: method, URL (path decoded, query sorted: Octokit encodes a
 * `/` in a parameter as %2F), the token, and the body (JSON compared by value, keys sorted).
 */
function aheadKey(method: string, url: string, headers: Record<string, string>, body: string | null): string {
  const u = new URL(url);
  const query = [...u.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const auth = Object.entries(headers).find(([k]) => k.toLowerCase() === "authorization")?.[1] ?? "";
  let content = body ?? "";
  try {
    content = body ? JSON.stringify(sortKeys(JSON.parse(body))) : "";
  } catch {
    // not JSON: compared as it is
  }
  return JSON.stringify([
    method.toUpperCase(),
    u.origin,
    decodeURIComponent(u.pathname),
    query,
    auth,
    content,
  ]);
}

const sortKeys = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(sortKeys)
    : v && typeof v === "object"
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
        )
      : v;

/** The response with its body read into memory, readable as the original. */
async function buffered(res: Answer): Promise<Answer> {
  const bytes = Buffer.from(await res.arrayBuffer());
  let used = false;
  const take = () => {
    if (used) throw new TypeError("Body is unusable: it has already been read");
    used = true;
    return bytes;
  };
  return {
    ...res,
    body: Readable.from([bytes]),
    text: async () => take().toString("utf8"),
    arrayBuffer: async () => {
      const buf = take();
      return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    },
    json: async () => JSON.parse(take().toString("utf8")),
  };
}

/** A transport with a proxy (see proxy.ts) and timeouts. */
export function createTransport(opts: TransportOptions = {}): Transport {
  const proxy = opts.proxy ?? { noProxy: [] };
  const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };

  function open(
    url: URL,
    options: OpenOptions,
    onResponse: (res: http.IncomingMessage) => void,
  ): http.ClientRequest {
    const through = proxyFor(url, proxy);
    const agent = agentFor(url.protocol, through);
    if (!agent) throw fetchFailed(new Error(`unsupported protocol ${url.protocol}`));
    const lib = url.protocol === "https:" ? https : http;
    const req = lib.request(url, { method: options.method, headers: options.headers, agent }, (res) => {
      // An http target's request goes to the proxy itself, which may answer for itself.
      if (through && res.statusCode === 407) {
        res.resume();
        req.destroy(
          new NetworkError({
            kind: "failed",
            target: `${url.hostname}:${url.port || 80}`,
            route: describeRoute(url, proxy),
            detail: "the proxy answered 407 Proxy Authentication Required",
            code: "PROXY_AUTHENTICATION",
          }),
        );
        return;
      }
      onResponse(res);
    });
    watch(req, url, { ...timeouts, idleMs: options.idleMs ?? timeouts.idleMs }, proxy);
    return req;
  }

  /** `fetch`-shaped: failures to connect reject with `TypeError("fetch failed")` and the cause. */
  async function transportFetch(input: string | URL, init: TransportInit = {}): Promise<TransportResponse> {
    let url = new URL(String(input));
    let method = (init.method ?? "GET").toUpperCase();
    let headers = { ...(init.headers ?? {}) };
    let body = init.body ?? null;
    const sentAhead = takeAhead(method, url, headers, body);
    if (sentAhead) return sentAhead;
    for (let hop = 0; ; hop++) {
      const response = await send(open, url, method, headers, body, init.signal ?? null);
      const location = response.headers.get("location");
      if (!REDIRECTS.has(response.status) || !location || init.redirect === "manual") {
        return { ...response, redirected: hop > 0 };
      }
      response.body.resume();
      if (init.redirect === "error") throw fetchFailed(new Error(`redirected to ${location}`));
      if (hop >= MAX_REDIRECTS) throw fetchFailed(new Error(`more than ${MAX_REDIRECTS} redirects`));
      const next = new URL(location, url);
      if (
        response.status === 303 ||
        ((response.status === 301 || response.status === 302) && method === "POST")
      ) {
        method = "GET";
        body = null;
        headers = withoutKeys(headers, ["content-type", "content-length"]);
      } else if (body !== null && typeof body !== "string" && !(body instanceof Uint8Array)) {
        // A streamed body cannot be sent twice; hand the redirect back like fetch's "manual" would.
        return { ...response, redirected: hop > 0 };
      }
      if (next.origin !== url.origin) headers = withoutKeys(headers, ["authorization", "cookie"]);
      url = next;
    }
  }

  return { fetch: transportFetch, open, timeouts, proxy };
}

/** The transport with no proxy and the default timeouts. */
export const nodeFetch = createTransport().fetch;

const STALLED = Symbol("stalled");
type WatchedRequest = http.ClientRequest & { [STALLED]?: NetworkError };

const seconds = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`);

/**
 * Arms the connect and idle timeouts on a request. A timeout destroys the request with a
 * `NetworkError` naming the stall and the route; a network error is turned into one too.
 */
function watch(req: WatchedRequest, url: URL, timeouts: Required<Timeouts>, proxy: ProxySettings): void {
  const target = `${url.hostname}:${url.port || (url.protocol === "https:" ? 443 : 80)}`;
  const route = describeRoute(url, proxy);
  const through = proxyFor(url, proxy);
  const connectingTo = through ? `the proxy ${new URL(through).host}` : target;
  const stall = (kind: "connect" | "idle", detail: string) => {
    const error = new NetworkError({ kind, target, route, detail });
    req[STALLED] = error;
    req.destroy(error);
  };
  const connectTimer = setTimeout(
    () => stall("connect", `no connection to ${connectingTo} within ${seconds(timeouts.connectMs)}`),
    timeouts.connectMs,
  );
  req.once("socket", (socket) => {
    if (!socket.connecting) clearTimeout(connectTimer);
    else socket.once("connect", () => clearTimeout(connectTimer));
  });
  req.setTimeout(timeouts.idleMs, () =>
    stall("idle", `no answer from ${target} for ${seconds(timeouts.idleMs)} (the connection stalled)`),
  );
  req.once("close", () => clearTimeout(connectTimer));
  // Errors other than our own stalls: name what failed, and the route when a proxy is configured.
  req.prependListener("error", (e: Error & { code?: string }) => {
    if (e instanceof NetworkError || e.name === "AbortError" || req[STALLED]) return;
    req[STALLED] = new NetworkError({
      kind: "failed",
      target,
      route,
      detail: e.message || e.code || "connection failed",
      code: e.code,
      cause: e,
    });
  });
}

/**
 * The error a request opened by a transport ended with: the `NetworkError` recorded for it (a
 * stall, or a network failure with its route), else `e` (an abort).
 */
export function requestFailure(req: http.ClientRequest, e: Error): Error {
  if (e.name === "AbortError") return e;
  return (req as WatchedRequest)[STALLED] ?? e;
}

function withoutKeys(headers: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !keys.includes(k.toLowerCase())));
}

function fetchFailed(cause: unknown): TypeError {
  return Object.assign(new TypeError("fetch failed"), { cause });
}

function abortError(signal: AbortSignal): Error {
  const reason = signal.reason;
  if (reason instanceof Error && reason.name === "AbortError") return reason;
  return Object.assign(new Error("This operation was aborted"), { name: "AbortError", cause: reason });
}

/** Statuses whose answers carry no body (fetch's "null body status"). */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

function send(
  open: Transport["open"],
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: TransportInit["body"],
  signal: AbortSignal | null,
): Promise<Omit<TransportResponse, "redirected">> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return Promise.reject(fetchFailed(new Error(`unsupported protocol ${url.protocol}`)));
  }
  const outgoing: Record<string, string> = { "accept-encoding": "gzip, deflate, br", ...headers };
  if (typeof body === "string" || body instanceof Uint8Array) {
    outgoing["content-length"] = String(typeof body === "string" ? Buffer.byteLength(body) : body.byteLength);
  }
  return new Promise((resolve, reject) => {
    const req: WatchedRequest = open(url, { method, headers: outgoing }, (res) => {
      const status = res.statusCode ?? 0;
      // An answer without a body is read to its end at once: a response nobody reads keeps its
      // connection from going back to the agent, so each 204 (the protection rule's callback, a
      // label removed…) would cost a new connection and hold a socket until the process ends.
      const bodiless = NULL_BODY_STATUSES.has(status) || method === "HEAD";
      if (bodiless) res.resume();
      const stream = bodiless ? Readable.from([]) : decode(res);
      let consumed = false;
      const take = () => {
        if (consumed) return Promise.reject(new TypeError("Body is unusable: it has already been read"));
        consumed = true;
        return bodiless ? Promise.resolve(Buffer.alloc(0)) : collect(stream, signal, req);
      };
      resolve({
        status,
        statusText: res.statusMessage ?? "",
        ok: status >= 200 && status < 300,
        url: url.href,
        headers: new TransportHeaders(res.headers),
        body: stream,
        text: async () => (await take()).toString("utf8"),
        arrayBuffer: async () => {
          const buf = await take();
          return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
        },
        json: async () => JSON.parse((await take()).toString("utf8")),
      });
    });
    const onAbort = () => req.destroy(abortError(signal as AbortSignal));
    signal?.addEventListener("abort", onAbort, { once: true });
    req.on("close", () => signal?.removeEventListener("abort", onAbort));
    req.on("error", (e) => {
      const error = requestFailure(req, e);
      reject(error.name === "AbortError" ? error : fetchFailed(error));
    });
    req.on("finish", requestSent);
    if (body === null || body === undefined) {
      req.end();
    } else if (typeof body === "string" || body instanceof Uint8Array) {
      req.end(body);
    } else {
      const source =
        body instanceof Readable
          ? body
          : Symbol.asyncIterator in body
            ? Readable.from(body as AsyncIterable<Uint8Array>)
            : Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>);
      source.on("error", (e) => req.destroy(e));
      source.pipe(req);
    }
  });
}

function decode(res: http.IncomingMessage): Readable {
  const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase();
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? createGunzip()
      : encoding === "br"
        ? createBrotliDecompress()
        : encoding === "deflate"
          ? createInflate()
          : null;
  if (!decoder) return res;
  res.on("error", (e) => decoder.destroy(e));
  return res.pipe(decoder);
}

function collect(stream: Readable, signal: AbortSignal | null, req: WatchedRequest): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const onAbort = () => stream.destroy(abortError(signal as AbortSignal));
    signal?.addEventListener("abort", onAbort, { once: true });
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      signal?.removeEventListener("abort", onAbort);
      resolve(Buffer.concat(chunks));
    });
    stream.on("error", (e) => {
      signal?.removeEventListener("abort", onAbort);
      const error = requestFailure(req, e);
      reject(error.name === "AbortError" ? error : fetchFailed(error));
    });
  });
}
