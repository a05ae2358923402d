/** Faults injected into the next matching requests (reliability tests). */
export interface FaultSpec {
  /** HTTP method to match (any when absent). */
  method?: string;
  /** OpenAPI route template (e.g. `/repos/{owner}/{repo}/releases`) or `graphql`. Any when absent. */
  route?: string;
  /** Match GraphQL requests only (same as `route: "graphql"`). */
  graphql?: boolean;
  /** Answer this status instead of handling the request. */
  status?: number;
  /** How many matching requests the fault applies to (default 1; `Infinity` for all). */
  times?: number;
  /** Wait this long before answering (or before handling, when no status is given). */
  delayMs?: number;
  headers?: Record<string, string>;
  /**
   * The answer's `Date` header: another value, or `null` for none (a proxy that strips it). Without
   * `status` the request is handled as usual and only its answer's `Date` changes.
   */
  date?: string | null;
  /** Response body for `status` (JSON); default a GitHub-style message. */
  body?: unknown;
  /** Destroy the connection without answering. */
  drop?: boolean;
  /**
   * Hold the request without reading or answering it until the client gives up and closes the
   * connection, as a stalled GitHub or proxy does. Nothing is handled. Recorded with status 0.
   */
  stall?: boolean;
  /**
   * Handle the request first — its writes take effect — and only then act out the fault (`drop`,
   * or `status` with `body`) instead of sending the real answer: a write GitHub applied whose
   * answer never arrived. Without `drop` or `status`, the connection is dropped.
   */
  applied?: boolean;
  /** Let this many matching requests through untouched before the fault applies (default 0). */
  after?: number;
  /**
   * Asset uploads: read half the body, leave the asset behind in state `starter` (as GitHub does
   * when an upload is cut off), then drop the connection.
   */
  partialUpload?: boolean;
  /** Asset uploads: store the asset with a digest that does not match the bytes received. */
  wrongDigest?: boolean;
}

export interface Fault extends FaultSpec {
  id: number;
  remaining: number;
  /** Matching requests let through so far (see `after`). */
  passed: number;
}

export class Faults {
  private list: Fault[] = [];
  private n = 0;

  /** Add a fault; answers it so tests can check `remaining`. */
  add(spec: FaultSpec): Fault {
    const f: Fault = { ...spec, id: ++this.n, remaining: spec.times ?? 1, passed: 0 };
    this.list.push(f);
    return f;
  }

  /** Convenience: GitHub's secondary rate limit (403 with `retry-after`). */
  secondaryRateLimit(spec: Omit<FaultSpec, "status" | "body"> = {}): Fault {
    return this.add({
      ...spec,
      status: 403,
      headers: { "retry-after": "1", "x-ratelimit-remaining": "4000", ...(spec.headers ?? {}) },
      body: {
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
        documentation_url:
          "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
        status: "403",
      },
    });
  }

  /**
   * Convenience: GitHub's GraphQL "Something went wrong while executing your query" (HTTP 200 with
   * an `errors` entry and no data), which GitHub answers when a query or mutation failed inside.
   */
  somethingWentWrong(spec: Omit<FaultSpec, "status" | "body" | "graphql" | "route"> = {}): Fault {
    return this.add({
      ...spec,
      graphql: true,
      status: 200,
      body: {
        data: null,
        errors: [
          {
            message:
              "Something went wrong while executing your query. Please include `SANDBOX:0001` when reporting this issue.",
          },
        ],
      },
    });
  }

  clear(): void {
    this.list = [];
  }

  get pending(): readonly Fault[] {
    return this.list.filter((f) => f.remaining > 0);
  }

  /** Take the first fault matching this request (consuming one use). */
  take(method: string, route: string): Fault | undefined {
    for (const f of this.list) {
      if (f.remaining <= 0) continue;
      if (f.method && f.method.toUpperCase() !== method.toUpperCase()) continue;
      if (f.graphql && route !== "graphql") continue;
      if (f.route && f.route !== route) continue;
      if (f.after && f.passed < f.after) {
        f.passed += 1;
        continue;
      }
      f.remaining -= 1;
      return f;
    }
    return undefined;
  }
}
