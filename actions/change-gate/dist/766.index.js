export const id = 766;
export const ids = [766];
export const modules = {

/***/ 8766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  policyText: () => (/* binding */ setup_policyText),
  setupAction: () => (/* binding */ setupAction)
});

// EXTERNAL MODULE: ../../node_modules/.pnpm/@octokit+core@7.0.8/node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(9463);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@octokit+plugin-paginate-rest@16.0.0_@octokit+core@7.0.8/node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(6432);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@octokit+plugin-retry@8.1.1_@octokit+core@7.0.8/node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(545);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@octokit+plugin-throttling@11.0.5_@octokit+core@7.0.8/node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6404);
// EXTERNAL MODULE: ../../node_modules/.pnpm/bottleneck@2.19.5/node_modules/bottleneck/light.js
var light = __webpack_require__(660);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
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
 * Octokit. Registered first, so the hook sits closest to the request and every plugin — the retry
 * plugin looking for "Something went wrong", the throttling plugin for GraphQL's RATE_LIMITED —
 * sees the parsed answer.
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
function buildOctokitClass(onError) {
    // Registered next to the request, so its hook sees every failed attempt.
    const reportFailures = (octokit) => {
        octokit.hook.error("request", (error, options) => {
            // A failure that will fail again the same way (a name that does not exist, a proxy that
            // refuses our credentials) carries no HTTP status, so the retry plugin leaves it alone.
            if (!error.response && (0,errors/* networkCause */.u6)(error)?.retryable === false) {
                error.status = 0;
            }
            onError(error, options);
            throw error;
        });
        return {};
    };
    return dist_src/* Octokit */.E.plugin(plainJson, reportFailures, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
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
// 429 is left to the throttling plugin, which honours `Retry-After`; the retry plugin would
// otherwise retry it first on its own back-off.
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
    });
    // The plugin retries when the handler returns true.
    const limitHandler = (kind, maxWait) => (retryAfter, options, _octokit, retryCount) => {
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
    const clock = new GitHubClock([apiUrl, graphqlUrl]);
    const baseFetch = opts.fetch ?? transport.fetch;
    // Every answer passes here on its way to Octokit (REST, GraphQL, uploads, retries, errors).
    const observingFetch = async (input, init) => {
        const res = await baseFetch(input, init);
        const url = res.url || (input instanceof Request ? input.url : String(input));
        clock.observe(url, init?.method ?? "GET", res.headers.get("date"));
        return res;
    };
    const serial = (minTime) => new (light_default()).Group({ maxConcurrent: 1, minTime });
    const own = opts.maxConcurrent
        ? { global: new (light_default()).Group({ maxConcurrent: opts.maxConcurrent, timeout: 2 * 60_000 }) }
        : {};
    const octokit = new GatehouseOctokit({
        auth: opts.token,
        baseUrl: apiUrl,
        userAgent: "gatehouse",
        // node:http under Octokit instead of the global fetch: see transport.ts (cold start).
        request: { fetch: observingFetch },
        log: { debug: () => { }, info: () => { }, warn: log, error: log },
        retry: { retries, retryAfterBaseValue: retryBaseMs, doNotRetry: DO_NOT_RETRY },
        throttle: {
            id: "gatehouse",
            ...own,
            write: serial(opts.pacing?.writeMs ?? 0),
            notifications: serial(opts.pacing?.notificationMs ?? 0),
            search: serial(2000),
            fallbackSecondaryRateRetryAfter: 60,
            onSecondaryRateLimit: limitHandler("secondary", Number.POSITIVE_INFINITY),
            onRateLimit: limitHandler("primary", maxRateLimitWait),
        },
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
