export const id = 282;
export const ids = [282];
export const modules = {

/***/ 6282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  policyText: () => (/* binding */ setup_policyText),
  setupAction: () => (/* binding */ setupAction)
});

// EXTERNAL MODULE: ../../node_modules/.pnpm/@octokit+core@7.0.8/node_modules/@octokit/core/dist-src/index.js + 13 modules
var dist_src = __webpack_require__(1694);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@octokit+plugin-paginate-rest@16.0.0_@octokit+core@7.0.8/node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(6432);
// EXTERNAL MODULE: ../../packages/github/src/endpoints.ts
var endpoints = __webpack_require__(3324);
// EXTERNAL MODULE: ../../packages/github/src/errors.ts
var errors = __webpack_require__(663);
;// CONCATENATED MODULE: ../../packages/github/src/githubTime.ts
/**
 * GitHub's clock: the instant an action decides at is the `Date` header of GitHub's first answer
 * to it, never the runner's clock or its environment. A step earlier in the job can write any
 * variable into `$GITHUB_ENV`, and a self-hosted runner's clock can be wrong; neither reaches
 * GitHub's answers.
 *
 * Which answer: the first one from the API itself (the REST or GraphQL host the client was made
 * for), whatever its status — an error answer is still GitHub speaking. Answers from elsewhere
 * (a redirect to another host, e.g. a storage service) do not count. One instant for the whole
 * run, read as early as possible, like the clock reading it replaces.
 *
 * When that answer has no `Date`, or one that is not an HTTP date or lies before Gatehouse
 * existed, the time is unknown and the action fails closed saying so.
 */
/** Earliest believable GitHub time; an answer dated before it comes from a broken clock or proxy. */
const EARLIEST_GITHUB_TIME = "2025-01-01T00:00:00Z";
// RFC 9110 IMF-fixdate, the only form a server may send: `Mon, 23 Nov 2026 14:00:00 GMT`.
const IMF_FIXDATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
/** The instant an HTTP `Date` header names, or a sentence saying why it names none. */
function parseGitHubDate(value) {
    if (value === null || value === undefined || value.trim() === "")
        return "it carried no `Date` header";
    const text = value.trim();
    const at = IMF_FIXDATE.test(text) ? new Date(text) : new Date(Number.NaN);
    if (Number.isNaN(at.getTime()))
        return `its \`Date\` header "${text}" is not an HTTP date`;
    if (at.getTime() < Date.parse(EARLIEST_GITHUB_TIME)) {
        return `its \`Date\` header "${text}" is before ${EARLIEST_GITHUB_TIME.slice(0, 10)}, which no working clock says`;
    }
    return at;
}
class GitHubClock {
    #origins;
    #first;
    /** `urls`: the API roots whose answers count (REST and GraphQL). */
    constructor(urls) {
        this.#origins = new Set(urls.map((u) => new URL(u).origin));
    }
    /** Called with every answer; keeps the first one from GitHub's API. */
    observe(url, method, date) {
        if (this.#first)
            return;
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            return;
        }
        if (!this.#origins.has(parsed.origin))
            return;
        this.#first = { request: `${method.toUpperCase()} ${parsed.pathname}`, date: parseGitHubDate(date) };
    }
    /**
     * GitHub's time at its first answer. Throws a plain sentence when nothing has answered yet or
     * the answer's `Date` cannot be believed: the caller fails closed.
     */
    now() {
        const first = this.#first;
        if (!first) {
            throw new Error("GitHub has not answered yet, so Gatehouse cannot tell the time (it takes it from GitHub's answers, never from the runner).");
        }
        if (typeof first.date === "string") {
            throw new Error(`GitHub's first answer (${first.request}) cannot tell the time: ${first.date}. Gatehouse takes the time only from GitHub's answers, never from the runner; check that no proxy between the runner and GitHub removes or rewrites the \`Date\` header.`);
        }
        return new Date(first.date.getTime());
    }
}

// EXTERNAL MODULE: ../../packages/github/src/proxy.ts
var proxy = __webpack_require__(9802);
;// CONCATENATED MODULE: ../../packages/github/src/resilience.ts
/** A counting semaphore: at most `max` holders at once, the others served in arrival order. */
class Slots {
    max;
    active = 0;
    waiting = [];
    constructor(max) {
        this.max = max;
    }
    async take() {
        if (this.active < this.max) {
            this.active++;
            return;
        }
        await new Promise((r) => this.waiting.push(r));
    }
    give() {
        const next = this.waiting.shift();
        if (next)
            next(); // the place passes straight on
        else
            this.active--;
    }
    /** Runs `fn` holding a place. */
    async run(fn) {
        await this.take();
        try {
            return await fn();
        }
        finally {
            this.give();
        }
    }
}
const SOMETHING_WENT_WRONG = /Something went wrong while executing your query/;
const SECONDARY = /\bsecondary rate\b/i;
const isGraphql = (options) => {
    try {
        return new URL(options.url ?? "", "http://github.test").pathname.endsWith("/graphql");
    }
    catch {
        return false;
    }
};
function graphqlErrors(data) {
    const errors = data?.errors;
    return Array.isArray(errors) ? errors : [];
}
/** A failure from an answer, shaped as Octokit's `RequestError` (`toGitHubError` reads it). */
function answerError(message, status, options, response) {
    return Object.assign(new Error(message), { name: "HttpError", status, request: options, response });
}
/** The wait a rate limit asks for, in seconds; undefined when the failure is not one. */
function rateLimitWait(error, graphql) {
    const res = error.response;
    if (!res)
        return undefined;
    const status = error.status ?? res.status ?? 0;
    if (!(graphql && status !== 401) && status !== 403 && status !== 429)
        return undefined;
    const headers = res.headers ?? {};
    if (SECONDARY.test(error.message)) {
        return { kind: "secondary", seconds: Number(headers["retry-after"]) || 60 };
    }
    if (headers["x-ratelimit-remaining"] === "0" ||
        graphqlErrors(res.data).some((e) => e.type === "RATE_LIMITED")) {
        const reset = Number(headers["x-ratelimit-reset"]) * 1000;
        const at = Date.parse(headers.date ?? "");
        const now = Number.isFinite(at) ? at : Date.now();
        return { kind: "primary", seconds: Math.max(Math.ceil((reset - now) / 1000) + 1, 0) };
    }
    return undefined;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function resilience(opts) {
    return (octokit) => {
        octokit.hook.wrap("request", async (request, rawOptions) => {
            const options = rawOptions;
            const graphql = isGraphql(options);
            // Sent again after a failure (the retry count the logs and errors read), and after a rate limit.
            let retried = 0;
            let limited = 0;
            for (;;) {
                if (retried > 0)
                    options.request = { ...options.request, retryCount: retried };
                let failure;
                await opts.slots.take();
                try {
                    const res = await request(rawOptions);
                    if (!graphql)
                        return res;
                    const errors = graphqlErrors(res.data);
                    if (errors.some((e) => e.type === "RATE_LIMITED"))
                        throw answerError("GraphQL Rate Limit Exceeded", 200, options, res);
                    if (!SOMETHING_WENT_WRONG.test(errors[0]?.message ?? ""))
                        return res;
                    throw answerError(errors[0].message, 500, options, res);
                }
                catch (e) {
                    failure = e;
                }
                finally {
                    opts.slots.give();
                }
                const limit = rateLimitWait(failure, graphql);
                if (limit) {
                    if (!opts.onRateLimit(limit.kind, limit.seconds, options, limited)) {
                        // GraphQL's RATE_LIMITED came in a 200: the answer goes back, read as GraphQL errors.
                        if (failure.status === 200 && failure.response)
                            return failure.response;
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

// EXTERNAL MODULE: ../../packages/github/src/transport.ts + 4 modules
var src_transport = __webpack_require__(5602);
;// CONCATENATED MODULE: ../../packages/github/src/client.ts
/**
 * One typed client over Octokit: retries (5xx, dropped connections), throttling (primary and
 * secondary rate limits, `Retry-After`), pagination across `Link` pages and GraphQL, pointed at
 * github.com or a GitHub Enterprise Server (`GITHUB_API_URL`, `GITHUB_GRAPHQL_URL`).
 *
 * Every failure leaves as a `GitHubApiError`, a `PermissionError` (403/404 with
 * `x-accepted-github-permissions`) or a `GraphQLError` (GraphQL `errors` in a 200 answer).
 */









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
function graphqlRequestDefaults(graphqlUrl) {
    const target = (0,endpoints/* trimSlash */.Y0)(graphqlUrl);
    if (target.endsWith("/api/graphql")) {
        return { baseUrl: `${target.slice(0, -"/api/graphql".length)}/api/v3` };
    }
    if (target.endsWith("/graphql")) {
        const baseUrl = target.slice(0, -"/graphql".length);
        if (!endpoints/* GHES_V3_SUFFIX */.sJ.test(baseUrl))
            return { baseUrl };
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
const plainJson = (octokit) => {
    // Whether the answer is read here, by request: decided on its first attempt, kept for its retries.
    const readHere = new WeakMap();
    octokit.hook.wrap("request", async (request, options) => {
        let read = readHere.get(options);
        if (read === undefined) {
            // A caller asking for the body as a stream (a download) gets it as it asked.
            read =
                options.request?.parseSuccessResponseBody !==
                    false;
            readHere.set(options, read);
        }
        if (!read)
            return request(options);
        // The hooks inside this one are bound to this very options object: it is changed in place.
        options.request = { ...options.request, parseSuccessResponseBody: false };
        const res = await request(options);
        return { ...res, data: await readAnswer(res.data, res.headers["content-type"]) };
    });
    return {};
};
function buildOctokitClass(onError, retrying) {
    // Registered next to the request, so its hook sees every failed attempt.
    const reportFailures = (octokit) => {
        octokit.hook.error("request", (error, options) => {
            // A failure that will fail again the same way (a name that does not exist, a proxy that
            // refuses our credentials) carries no HTTP status, so `resilience` does not send it again.
            if (!error.response && (0,errors/* networkCause */.u6)(error)?.retryable === false) {
                error.status = 0;
            }
            onError(error, options);
            throw error;
        });
        return {};
    };
    return dist_src/* Octokit */.E.plugin(plainJson, reportFailures, dist_bundle/* paginateRest */.ud, resilience(retrying));
}
/** `GET /repos/acme/shop`: the route with its parameters filled in, without the query. */
const describeRequest = (options) => {
    let path = options.url ?? "";
    try {
        path = new URL(path).pathname;
    }
    catch {
        // a path or a route template
    }
    return `${options.method ?? "GET"} ${requestPath(path, options).split("?")[0]}`;
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
function createsSomething(route) {
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
async function readAnswer(body, contentType) {
    if (!body || typeof body !== "object" || !(Symbol.asyncIterator in body))
        return body;
    const chunks = [];
    for await (const chunk of body)
        chunks.push(Buffer.from(chunk));
    const bytes = Buffer.concat(chunks);
    if (!contentType)
        return bytes.toString("utf8");
    const [type = "", ...params] = contentType
        .toLowerCase()
        .split(";")
        .map((p) => p.trim());
    if (type === "application/json" || type === "application/scim+json") {
        const text = bytes.toString("utf8");
        try {
            return JSON.parse(text);
        }
        catch {
            return text;
        }
    }
    const utf8 = params.some((p) => /^charset\s*=\s*"?utf-8"?$/.test(p));
    if (type.startsWith("text/") || (utf8 && type !== "application/octet-stream"))
        return bytes.toString("utf8");
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}
/** `POST /repos/acme/shop/issues`: the route with the request's own values in place of its `{parameters}`. */
function requestPath(route, params = {}) {
    return route.replace(/\{(\w+)\}/g, (match, name) => {
        const value = params[name];
        return typeof value === "string" || typeof value === "number" ? String(value) : match;
    });
}
function createClient(opts) {
    const apiUrl = (0,endpoints/* trimSlash */.Y0)(opts.apiUrl || endpoints/* DEFAULT_API_URL */.rK);
    const graphqlUrl = (0,endpoints/* trimSlash */.Y0)(opts.graphqlUrl || (0,endpoints/* defaultGraphqlUrl */.sd)(apiUrl));
    const retries = opts.retries ?? 3;
    const retryBaseMs = opts.retryBaseMs ?? 1000;
    const maxRateLimitWait = opts.maxRateLimitWaitSeconds ?? 60;
    const log = opts.log ?? ((msg) => process.stdout.write(`${msg}\n`));
    const transport = (0,src_transport/* createTransport */.oO)({
        proxy: opts.proxy ?? (0,proxy/* readProxySettings */.uv)(process.env),
        timeouts: opts.timeouts,
    });
    // A rate limit is waited out when this says so.
    const onRateLimit = (kind, retryAfter, options, retryCount) => {
        const maxWait = kind === "primary" ? maxRateLimitWait : Number.POSITIVE_INFINITY;
        const route = describeRequest(options);
        if (retryCount >= retries) {
            log(`GitHub's ${kind} rate limit is still hit for ${route} after ${retries} retries; giving up.`);
            return false;
        }
        if (retryAfter > maxWait) {
            log(`GitHub's ${kind} rate limit for ${route} resets in ${retryAfter} s, longer than ${maxWait} s; giving up.`);
            return false;
        }
        log(`GitHub's ${kind} rate limit was hit for ${route}; waiting ${formatWait(retryAfter * 1000)} as asked (retry ${retryCount + 1} of ${retries}).`);
        return true;
    };
    const GatehouseOctokit = buildOctokitClass((error, options) => {
        const status = error.status ?? 0;
        const attempt = options.request?.retryCount ?? 0;
        const allowed = typeof options.request?.retries === "number" ? options.request.retries : retries;
        if (status < 500)
            return;
        const what = error.response
            ? `GitHub answered ${status} to ${describeRequest(options)}`
            : `${describeRequest(options)} got no answer (${error.message ?? "connection failed"})`;
        if (attempt < allowed) {
            const wait = formatWait((attempt + 1) ** 2 * retryBaseMs);
            log(`${what}; retrying in ${wait} (retry ${attempt + 1} of ${retries}).`);
        }
        else if (allowed === 0) {
            log(`${what}; not sent again as it is: GitHub may have applied it.`);
        }
    }, {
        retries,
        retryBaseMs,
        doNotRetry: DO_NOT_RETRY,
        slots: opts.maxConcurrent ? new Slots(opts.maxConcurrent) : SHARED_SLOTS,
        onRateLimit,
    });
    const clock = new GitHubClock([apiUrl, graphqlUrl]);
    const baseFetch = opts.fetch ?? transport.fetch;
    // Every answer passes here on its way to Octokit (REST, GraphQL, uploads, retries, errors).
    const observingFetch = async (input, init) => {
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
        log: { debug: () => { }, info: () => { }, warn: log, error: log },
    });
    const gql = octokit.graphql.defaults(graphqlRequestDefaults(graphqlUrl));
    const withPerPage = (params = {}) => "per_page" in params ? params : { ...params, per_page: 100 };
    return {
        octokit,
        transport,
        apiUrl,
        graphqlUrl,
        now: () => clock.now(),
        backoffMs: (retry) => retry ** 2 * retryBaseMs,
        async request(route, params) {
            try {
                const res = await octokit.request(route, createsSomething(route)
                    ? { ...params, request: { ...params?.request, ...ONCE } }
                    : params);
                return {
                    status: res.status,
                    data: res.data,
                    headers: res.headers,
                };
            }
            catch (e) {
                throw (0,errors/* toGitHubError */.Lg)(e, requestPath(route, params));
            }
        },
        async paginate(route, params) {
            try {
                return await octokit.paginate(route, withPerPage(params));
            }
            catch (e) {
                throw (0,errors/* toGitHubError */.Lg)(e, requestPath(route, params));
            }
        },
        pages(route, params) {
            return {
                async *[Symbol.asyncIterator]() {
                    const iterator = octokit.paginate.iterator(route, withPerPage(params))[Symbol.asyncIterator]();
                    while (true) {
                        let step;
                        try {
                            step = await iterator.next();
                        }
                        catch (e) {
                            throw (0,errors/* toGitHubError */.Lg)(e, requestPath(route, params));
                        }
                        if (step.done)
                            return;
                        // biome-ignore lint/suspicious/noExplicitAny: callers choose the item type
                        yield step.value.data;
                    }
                },
            };
        },
        async graphql(query, variables = {}) {
            const reserved = RESERVED_VARIABLES.filter((name) => name in variables);
            if (reserved.length > 0) {
                throw new Error(`GraphQL variable names ${reserved.join(", ")} are reserved by Octokit; rename them.`);
            }
            const route = graphqlRoute(graphqlUrl, query);
            // GitHub's "Something went wrong" arrives from the retry plugin as a 500: a query is asked
            // again like any 5xx, a mutation is not (it may have been applied; see writeOnce).
            try {
                return await gql(query, (0,endpoints/* isMutation */.E8)(query) ? { ...variables, request: ONCE } : variables);
            }
            catch (e) {
                if (e instanceof Error && e.name === "GraphqlResponseError") {
                    const err = e;
                    throw new errors/* GraphQLError */.eO({
                        errors: err.errors ?? [{ message: e.message }],
                        data: err.data,
                        headers: err.headers,
                    });
                }
                throw (0,errors/* toGitHubError */.Lg)(e, route);
            }
        },
    };
}
/**
 * How a GraphQL request is named in messages: the real path it was posted to and the operation,
 * e.g. `POST /api/graphql (GatehouseRepositoryState)`.
 */
function graphqlRoute(graphqlUrl, query) {
    let path = graphqlUrl;
    try {
        path = new URL(graphqlUrl).pathname;
    }
    catch {
        // already a path
    }
    const operation = /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
    return `POST ${path}${operation ? ` (${operation})` : ""}`;
}
function formatWait(ms) {
    return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms)} ms`;
}

// EXTERNAL MODULE: ../../packages/github/src/policyText.ts
var policyText = __webpack_require__(801);
// EXTERNAL MODULE: ../../packages/github/src/runner.ts + 3 modules
var src_runner = __webpack_require__(540);
// EXTERNAL MODULE: ../../packages/github/src/start.ts
var start = __webpack_require__(4670);
;// CONCATENATED MODULE: ../../packages/github/src/setup.ts
/**
 * The action's setup once its code has loaded: the runner context and the API client for the
 * `token` input, and the policy text (the request the start sent ahead, when it is the same).
 */




// The process's own setup, made once: the start's first request and the action's `run` share it.
let processSetup;
/**
 * Runner context and an API client for the `token` input. No clock: the time is GitHub's
 * (`client.now()`), so nothing in the job's environment can move it.
 */
function setupAction(env = process.env) {
    if (env === process.env && processSetup)
        return processSetup;
    const runner = env === process.env ? src_runner/* processRunner */.qc : (0,src_runner/* createRunner */.ji)({ env });
    const ctx = (0,src_runner/* readRunnerContext */.gi)(env);
    const token = (0,start/* tokenInput */.e1)(runner, env);
    src_runner/* processRunner */.qc.setSecret(token);
    const client = createClient({
        token,
        apiUrl: ctx.apiUrl,
        graphqlUrl: ctx.graphqlUrl,
        log: src_runner/* processRunner */.qc.info,
    });
    const setup = { ctx, client };
    if (env === process.env)
        processSetup = setup;
    return setup;
}
/** The policy text for `ref`: the request the start already sent when it is for the same ref, else a new one. */
function setup_policyText(setup, ref) {
    const sent = setup === processSetup ? (0,start/* takePrefetchedPolicy */.E)(ref) : undefined;
    return sent ?? (0,policyText/* fetchPolicyText */.gM)(setup.client, (0,start/* policyTarget */.kc)(setup.ctx, ref));
}


/***/ })

};
