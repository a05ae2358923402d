import type { Token } from "./types";

/**
 * GitHub's primary rate limits, per token and resource: REST requests (`core`), GraphQL points
 * (`graphql`) and searches (`search`), each counted in a window that opens with the first request
 * and lasts an hour (a minute for search). The sandbox's clock (the scenario's `now`) is the time.
 */

export type RateResource = "core" | "graphql" | "search";
export type RateLimits = Partial<Record<RateResource, number>>;

/** A workflow's GITHUB_TOKEN: 1,000 REST requests and 1,000 GraphQL points an hour per repository. */
export const WORKFLOW_TOKEN_LIMITS: Record<RateResource, number> = { core: 1000, graphql: 1000, search: 30 };
/** A user's token or an App installation's: 5,000 an hour. */
export const TOKEN_LIMITS: Record<RateResource, number> = { core: 5000, graphql: 5000, search: 30 };
const WINDOW_SECONDS: Record<RateResource, number> = { core: 3600, graphql: 3600, search: 60 };

export interface RateState {
  resource: RateResource;
  limit: number;
  used: number;
  remaining: number;
  /** When the window resets, in epoch seconds. */
  reset: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, { used: number; reset: number }>();

  constructor(private readonly nowMs: () => number) {}

  private window(token: Token | undefined, resource: RateResource) {
    const key = `${token?.value ?? ""}\u0000${resource}`;
    const now = Math.floor(this.nowMs() / 1000);
    let w = this.windows.get(key);
    if (!w || now >= w.reset) {
      w = { used: 0, reset: now + WINDOW_SECONDS[resource] };
      this.windows.set(key, w);
    }
    return w;
  }

  private state(token: Token | undefined, resource: RateResource, w: { used: number; reset: number }) {
    const limit = token?.limits?.[resource] ?? TOKEN_LIMITS[resource];
    return { resource, limit, used: w.used, remaining: Math.max(limit - w.used, 0), reset: w.reset };
  }

  /** Where the token stands, spending nothing. */
  peek(token: Token | undefined, resource: RateResource): RateState {
    return this.state(token, resource, this.window(token, resource));
  }

  /** Spend `points`; refused (nothing spent) when fewer remain. */
  spend(token: Token | undefined, resource: RateResource, points: number): { ok: boolean; state: RateState } {
    const w = this.window(token, resource);
    const before = this.state(token, resource, w);
    if (points > before.remaining) return { ok: false, state: before };
    w.used += points;
    return { ok: true, state: this.state(token, resource, w) };
  }
}

export function rateHeaders(s: RateState): Record<string, string> {
  return {
    "x-ratelimit-limit": String(s.limit),
    "x-ratelimit-remaining": String(s.remaining),
    "x-ratelimit-used": String(s.used),
    "x-ratelimit-reset": String(s.reset),
    "x-ratelimit-resource": s.resource,
  };
}
