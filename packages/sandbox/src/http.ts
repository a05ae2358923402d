import type { IncomingMessage } from "node:http";
import type { FaultSpec } from "./faults";
import type { RateResource, RateState } from "./rateLimit";
import type { Store } from "./store";
import type { Repo, SandboxUrls, State, Token, User } from "./types";

/** What a route handler answers. `stream` answers a body piped from a readable. */
export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  raw?: Buffer | string;
  /** The handler destroyed the connection itself (fault injection): nothing to send. */
  dropped?: boolean;
}

/** An incoming request that carries a fault for its handler to act out (partial upload, wrong digest). */
export type FaultedRequest = IncomingMessage & { fault?: FaultSpec };

/** Permission a route needs, as GitHub names it in `x-accepted-github-permissions`. */
export type RoutePermission = `${string}=${"read" | "write"}` | null;

export interface RouteContext {
  store: Store;
  state: State;
  urls: SandboxUrls;
  method: string;
  route: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body (undefined when none), or unread for `stream` routes. */
  body: any;
  req: IncomingMessage;
  token: Token;
  user: User;
  /** The repository named by `{owner}/{repo}`; throws 404 when unknown. */
  repo(): Repo;
  /** Advance the clock for a write and answer the time. */
  tick(): string;
  /** Integer query parameter with default. */
  int(name: string, dflt: number): number;
  /** Where the request's token stands against a primary rate limit (spends nothing). */
  rateLimit(resource: RateResource): RateState;
}

export interface RouteDef {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** OpenAPI path template, exactly as in GitHub's description. */
  route: string;
  permission: RoutePermission;
  /**
   * Who may call it: `app`, only an App's JSON web token; `installation`, only an installation
   * access token; default, any token but a JSON web token.
   */
  auth?: "app" | "installation";
  /** The handler reads the request body itself (asset uploads). */
  stream?: boolean;
  handler(ctx: RouteContext): Reply | Promise<Reply>;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message ?? status));
  }
}

export const DOCS = "https://docs.github.com/rest";

export function notFound(): HttpError {
  return new HttpError(404, { message: "Not Found", documentation_url: DOCS, status: "404" });
}

export function validationFailed(
  errors: { resource: string; field: string; code: string; message?: string }[],
  message = "Validation Failed",
): HttpError {
  return new HttpError(422, { message, errors, documentation_url: DOCS, status: "422" });
}

/** A page of `items` per `per_page`/`page`, with GitHub's `Link` header. */
export function paginate<T>(ctx: RouteContext, items: T[], maxPerPage = 100): Reply {
  const perPage = Math.min(Math.max(ctx.int("per_page", 30), 1), maxPerPage);
  const page = Math.max(ctx.int("page", 1), 1);
  const start = (page - 1) * perPage;
  const body = items.slice(start, start + perPage);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  return { body, headers: linkHeader(ctx, page, last) };
}

export function linkHeader(ctx: RouteContext, page: number, last: number): Record<string, string> {
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(ctx.query);
    q.set("page", String(p));
    const path = ctx.req.url!.split("?")[0];
    const base = ctx.urls.url;
    return `<${base}${path}?${q.toString()}>; rel="${rel}"`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(link(page - 1, "prev"));
  if (page < last) parts.push(link(page + 1, "next"), link(last, "last"));
  if (page > 1) parts.push(link(1, "first"));
  return parts.length > 0 ? { link: parts.join(", ") } : {};
}
