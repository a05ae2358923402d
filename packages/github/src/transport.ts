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

// Sockets are reused across the requests of one run; idle ones do not keep the process alive.
const agents = {
  "http:": new http.Agent({ keepAlive: true }),
  "https:": new https.Agent({ keepAlive: true }),
};

let sentWaiters: (() => void)[] = [];

/**
 * Resolves once the next request has been handed to the operating system. The action start uses it
 * to let its first request leave before the rest of the action's code is compiled.
 */
export function nextRequestSent(): Promise<void> {
  return new Promise((resolve) => sentWaiters.push(resolve));
}

function requestSent(): void {
  const waiters = sentWaiters;
  sentWaiters = [];
  for (const resolve of waiters) resolve();
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;

/** `fetch`-shaped: failures to connect reject with `TypeError("fetch failed")` and the cause. */
export async function nodeFetch(input: string | URL, init: TransportInit = {}): Promise<TransportResponse> {
  let url = new URL(String(input));
  let method = (init.method ?? "GET").toUpperCase();
  let headers = { ...(init.headers ?? {}) };
  let body = init.body ?? null;
  for (let hop = 0; ; hop++) {
    const response = await send(url, method, headers, body, init.signal ?? null);
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

function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: TransportInit["body"],
  signal: AbortSignal | null,
): Promise<Omit<TransportResponse, "redirected">> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const lib = url.protocol === "https:" ? https : http;
  const agent = agents[url.protocol as keyof typeof agents];
  if (!agent) return Promise.reject(fetchFailed(new Error(`unsupported protocol ${url.protocol}`)));
  const outgoing: Record<string, string> = { "accept-encoding": "gzip, deflate, br", ...headers };
  if (typeof body === "string" || body instanceof Uint8Array) {
    outgoing["content-length"] = String(typeof body === "string" ? Buffer.byteLength(body) : body.byteLength);
  }
  return new Promise((resolve, reject) => {
    const req = lib.request(url, { method, headers: outgoing, agent }, (res) => {
      const status = res.statusCode ?? 0;
      const stream = decode(res);
      let consumed = false;
      const take = () => {
        if (consumed) return Promise.reject(new TypeError("Body is unusable: it has already been read"));
        consumed = true;
        return collect(stream, signal);
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
    req.on("error", (e) => reject(e.name === "AbortError" ? e : fetchFailed(e)));
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

function collect(stream: Readable, signal: AbortSignal | null): Promise<Buffer> {
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
      reject(e.name === "AbortError" ? e : fetchFailed(e));
    });
  });
}
