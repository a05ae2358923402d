/**
 * Retries and rate limits, one Octokit plugin sitting around every request (REST, GraphQL,
 * pagination, the App's token requests):
 *
 * - A failed attempt answered with a status of 400 or more that is not in `doNotRetry` — a 5xx, a
 *   connection that dropped or stalled (Octokit reports those as 500), GraphQL's "Something went
 *   wrong" — is sent again after n² × `retryBaseMs`, at most `retries` times; a request's own
 *   `request.retries` wins (writes that create something pass 0: see `createsSomething`).
 * - A rate limit is waited out when `onRateLimit` agrees: a secondary one (a 403 or 429 saying so)
 *   for its `Retry-After` (60 s when it gives none), a primary one (`x-ratelimit-remaining: 0`, or
 *   GraphQL's `RATE_LIMITED`) until `x-ratelimit-reset`, counted from the `Date` of that answer so
 *   that this machine's clock plays no part.
 * - At most `slots.max` requests are under way at once; a request waiting to be sent again gives
 *   its place up meanwhile.
 *
 * It replaces @octokit/plugin-retry and @octokit/plugin-throttling, which do the same through the
 * Bottleneck scheduler: three schedulers, promise chains and timers for every request, a tenth of
 * the App's time under a burst of deliveries.
 */
import type { Octokit } from "@octokit/core";

/** A counting semaphore: at most `max` holders at once, the others served in arrival order. */
export class Slots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(readonly max: number) {}
  async take(): Promise<void> {
    if (this.active < this.max) {
      this.active++;
      return;
    }
    await new Promise<void>((r) => this.waiting.push(r));
  }
  give(): void {
    const next = this.waiting.shift();
    if (next)
      next(); // the place passes straight on
    else this.active--;
  }
  /** Runs `fn` holding a place. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    await this.take();
    try {
      return await fn();
    } finally {
      this.give();
    }
  }
}

export interface ResilienceOptions {
  retries: number;
  retryBaseMs: number;
  /** Statuses never sent again as they are (a 429 is a rate limit, handled as such). */
  doNotRetry: readonly number[];
  slots: Slots;
  /**
   * Whether to wait `retryAfterSeconds` and send again; `retryCount`: rate-limit waits already
   * made for this request.
   */
  onRateLimit(
    kind: "primary" | "secondary",
    retryAfterSeconds: number,
    options: RequestOptionsLike,
    retryCount: number,
  ): boolean;
}

export interface RequestOptionsLike {
  method?: string;
  url?: string;
  request?: { retries?: number; retryCount?: number; [option: string]: unknown };
}

interface Answer {
  status?: number;
  headers?: Record<string, string | undefined>;
  data?: unknown;
}

interface FailedRequest extends Error {
  status?: number;
  request?: unknown;
  response?: Answer;
}

const SOMETHING_WENT_WRONG = /Something went wrong while executing your query/;
const SECONDARY = /\bsecondary rate\b/i;

const isGraphql = (options: RequestOptionsLike) => {
  try {
    return new URL(options.url ?? "", "http://github.test").pathname.endsWith("/graphql");
  } catch {
    return false;
  }
};

function graphqlErrors(data: unknown): { message?: string; type?: string }[] {
  const errors = (data as { errors?: unknown } | null | undefined)?.errors;
  return Array.isArray(errors) ? errors : [];
}

/** A failure from an answer, shaped as Octokit's `RequestError` (`toGitHubError` reads it). */
function answerError(message: string, status: number, options: RequestOptionsLike, response: Answer) {
  return Object.assign(new Error(message), { name: "HttpError", status, request: options, response });
}

/** The wait a rate limit asks for, in seconds; undefined when the failure is not one. */
function rateLimitWait(
  error: FailedRequest,
  graphql: boolean,
): { kind: "primary" | "secondary"; seconds: number } | undefined {
  const res = error.response;
  if (!res) return undefined;
  const status = error.status ?? res.status ?? 0;
  if (!(graphql && status !== 401) && status !== 403 && status !== 429) return undefined;
  const headers = res.headers ?? {};
  if (SECONDARY.test(error.message)) {
    return { kind: "secondary", seconds: Number(headers["retry-after"]) || 60 };
  }
  if (
    headers["x-ratelimit-remaining"] === "0" ||
    graphqlErrors(res.data).some((e) => e.type === "RATE_LIMITED")
  ) {
    const reset = Number(headers["x-ratelimit-reset"]) * 1000;
    const at = Date.parse(headers.date ?? "");
    const now = Number.isFinite(at) ? at : Date.now();
    return { kind: "primary", seconds: Math.max(Math.ceil((reset - now) / 1000) + 1, 0) };
  }
  return undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function resilience(opts: ResilienceOptions) {
  return (octokit: Octokit) => {
    octokit.hook.wrap("request", async (request, rawOptions) => {
      const options = rawOptions as RequestOptionsLike;
      const graphql = isGraphql(options);
      // Sent again after a failure (the retry count the logs and errors read), and after a rate limit.
      let retried = 0;
      let limited = 0;
      for (;;) {
        if (retried > 0) options.request = { ...options.request, retryCount: retried };
        let failure: FailedRequest;
        await opts.slots.take();
        try {
          const res = await request(rawOptions);
          if (!graphql) return res;
          const errors = graphqlErrors(res.data);
          if (errors.some((e) => e.type === "RATE_LIMITED"))
            throw answerError("GraphQL Rate Limit Exceeded", 200, options, res as Answer);
          if (!SOMETHING_WENT_WRONG.test(errors[0]?.message ?? "")) return res;
          throw answerError(errors[0]!.message!, 500, options, res as Answer);
        } catch (e) {
          failure = e as FailedRequest;
        } finally {
          opts.slots.give();
        }
        const limit = rateLimitWait(failure, graphql);
        if (limit) {
          if (!opts.onRateLimit(limit.kind, limit.seconds, options, limited)) {
            // GraphQL's RATE_LIMITED came in a 200: the answer goes back, read as GraphQL errors.
            if (failure.status === 200 && failure.response)
              return failure.response as Awaited<ReturnType<typeof request>>;
            throw failure;
          }
          limited++;
          await sleep(limit.seconds * 1000);
          continue;
        }
        // Only a request's failure (Octokit's RequestError) is sent again: not an abort, nor an
        // error of our own.
        const allowed = options.request?.retries ?? opts.retries;
        const status = failure.status ?? 0;
        if (!failure.request || status < 400 || opts.doNotRetry.includes(status) || retried >= allowed)
          throw failure;
        retried++;
        await sleep(retried ** 2 * opts.retryBaseMs);
      }
    });
    return {};
  };
}
