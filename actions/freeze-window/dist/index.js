import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7935:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _gatehouse_github_start__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4670);

// The policy request leaves first; the rest of the action loads while it is under way.
await (0,_gatehouse_github_start__WEBPACK_IMPORTED_MODULE_0__/* .runMain */ .VN)(() => Promise.all(/* import() */[__nccwpck_require__.e(899), __nccwpck_require__.e(956), __nccwpck_require__.e(282), __nccwpck_require__.e(28)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3028)).then((m) => m.run()), { prefetch: _gatehouse_github_start__WEBPACK_IMPORTED_MODULE_0__/* .prefetchPolicy */ .It });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1641:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gx: () => (/* binding */ problemsToAnnotations),
/* harmony export */   lo: () => (/* binding */ DEFAULT_POLICY_PATH),
/* harmony export */   pn: () => (/* binding */ PolicyError)
/* harmony export */ });
/* unused harmony export formatProblems */
const DEFAULT_POLICY_PATH = ".github/gatehouse.yml";
/** A policy file that cannot be used; `problems` say where and how to fix it. */
class PolicyError extends Error {
    problems;
    source;
    name = "PolicyError";
    constructor(problems, source = DEFAULT_POLICY_PATH) {
        super(`${source} has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${formatProblems(problems, source)}`);
        this.problems = problems;
        this.source = source;
    }
}
function formatProblems(problems, source = DEFAULT_POLICY_PATH) {
    return problems
        .map((p) => `${source}${p.line ? `:${p.line}:${p.column ?? 1}` : ""}: ${p.message}`)
        .join("\n");
}
function problemsToAnnotations(problems, file = DEFAULT_POLICY_PATH) {
    return problems.map((p) => ({
        level: "error",
        message: p.message,
        props: {
            title: "Gatehouse policy",
            file,
            ...(p.line ? { line: p.line, col: p.column ?? 1 } : {}),
        },
    }));
}


/***/ }),

/***/ 3324:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ isMutation),
/* harmony export */   Y0: () => (/* binding */ trimSlash),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL),
/* harmony export */   sJ: () => (/* binding */ GHES_V3_SUFFIX),
/* harmony export */   sd: () => (/* binding */ defaultGraphqlUrl)
/* harmony export */ });
/**
 * Where the API is and what a request is, known before the client loads: the action's start
 * (start.ts) sends its first request with them while Octokit's code is still being compiled.
 */
const DEFAULT_API_URL = "https://api.github.com";
const GHES_V3_SUFFIX = /\/api\/v3\/?$/;
const trimSlash = (url) => url.replace(/\/+$/, "");
/**
 * The GraphQL endpoint for an API root, as @octokit/graphql computes it: `…/api/v3` → `…/api/graphql`
 * (GHES), anything else → `<apiUrl>/graphql`.
 */
function defaultGraphqlUrl(apiUrl) {
    const base = trimSlash(apiUrl);
    return GHES_V3_SUFFIX.test(base) ? base.replace(GHES_V3_SUFFIX, "/api/graphql") : `${base}/graphql`;
}
/** A GraphQL document that is a mutation (sent once: see `createsSomething` in client.ts). */
function isMutation(query) {
    return /^\s*(?:#[^\n]*\n\s*)*mutation\b/.test(query);
}


/***/ }),

/***/ 663:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   eO: () => (/* binding */ GraphQLError),
/* harmony export */   i_: () => (/* binding */ PermissionError),
/* harmony export */   u6: () => (/* binding */ networkCause),
/* harmony export */   vu: () => (/* binding */ isRefusal)
/* harmony export */ });
/* unused harmony exports parseAcceptedPermissions, formatPermissions */
/* harmony import */ var _transport__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5602);
/**
 * Errors the adapter raises, and `describeError`, which turns any error into one plain sentence that
 * says what to do (never a stack trace).
 */

/** Permission keys a workflow can put under `permissions:` for its GITHUB_TOKEN. */
const WORKFLOW_PERMISSION_KEYS = new Set([
    "actions",
    "attestations",
    "checks",
    "contents",
    "deployments",
    "discussions",
    "id-token",
    "issues",
    "models",
    "packages",
    "pages",
    "pull-requests",
    "repository-projects",
    "security-events",
    "statuses",
]);
/**
 * Parses `x-accepted-github-permissions`: sets separated by `;` are alternatives (any one is enough),
 * permissions inside a set are separated by `,` (all are needed). `metadata` is always granted, so
 * it is left out.
 */
function parseAcceptedPermissions(header) {
    return header
        .split(";")
        .map((set) => set
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean)
        .map((item) => {
        const [api = "", access = "read"] = item.split("=").map((s) => s.trim());
        const key = api.replace(/_/g, "-");
        return { api, key, access: access || "read", workflowToken: WORKFLOW_PERMISSION_KEYS.has(key) };
    })
        .filter((p) => p.api !== "" && p.api !== "metadata"))
        .filter((set) => set.length > 0);
}
/** `issues: write` / `contents: read, pull-requests: read` — what goes inside `permissions: { … }`. */
function formatPermissions(set) {
    return set.map((p) => `${p.key}: ${p.access}`).join(", ");
}
/** A request GitHub answered with an error (after retries), or that never got an answer. */
class GitHubApiError extends Error {
    name = "GitHubApiError";
    /** HTTP status; 0 when no answer came (connection refused or dropped). */
    status;
    /** `METHOD /path/template`, or `graphql`. */
    route;
    /** GitHub's own message (`message` of the error body), when there was one. */
    apiMessage;
    headers;
    data;
    /** When no answer came: what the network did (stalled, refused, …) and the route taken. */
    network;
    /** How many times the request was sent, when it was retried. */
    attempts;
    constructor(opts) {
        const apiMessage = opts.apiMessage ?? "";
        super(opts.message ??
            `${opts.route} failed${opts.status ? ` with ${opts.status}` : ""}${apiMessage ? `: ${apiMessage}` : ""}`, { cause: opts.cause });
        this.status = opts.status;
        this.route = opts.route;
        this.apiMessage = apiMessage;
        this.headers = opts.headers ?? {};
        this.data = opts.data;
        this.network = opts.network;
        this.attempts = opts.attempts;
    }
}
/** A 403/404 that GitHub says is caused by a missing token permission. */
class PermissionError extends GitHubApiError {
    name = "PermissionError";
    /** The permission as GitHub names it, e.g. `issues=write` (the header value). */
    permission;
    /** What to add under the job's `permissions:`, e.g. `issues: write`. */
    permissionsLine;
    /** Every acceptable set (any one is enough), as `permissions:` lines. */
    alternatives;
    /** True when the first acceptable set cannot be granted to a workflow's GITHUB_TOKEN. */
    needsAppToken;
    constructor(opts) {
        const sets = parseAcceptedPermissions(opts.permission);
        const first = sets[0] ?? [];
        const line = formatPermissions(first) || opts.permission;
        super({
            ...opts,
            message: `${opts.route} needs the token permission ${line} (GitHub answered ${opts.status}${opts.apiMessage ? `: ${opts.apiMessage}` : ""})`,
        });
        this.permission = opts.permission;
        this.permissionsLine = line;
        this.alternatives = sets.map(formatPermissions);
        this.needsAppToken = first.length > 0 && first.some((p) => !p.workflowToken);
    }
}
/**
 * True when GitHub refused for lack of permission or access: a `PermissionError`, a GraphQL
 * `FORBIDDEN`/`INSUFFICIENT_SCOPES`, or a REST 403 that is not a rate limit.
 */
function isRefusal(e) {
    if (e instanceof PermissionError)
        return true;
    if (e instanceof GraphQLError)
        return e.errors.some((x) => x.type === "FORBIDDEN" || x.type === "INSUFFICIENT_SCOPES");
    return e instanceof GitHubApiError && e.status === 403 && !/rate limit/i.test(e.apiMessage);
}
/** A GraphQL answer with `errors` (HTTP 200). `data` holds whatever GitHub did answer. */
class GraphQLError extends GitHubApiError {
    name = "GraphQLError";
    errors;
    constructor(opts) {
        const messages = opts.errors.map((e) => e.message).join("; ");
        super({
            status: 200,
            route: "graphql",
            apiMessage: messages,
            data: opts.data,
            headers: opts.headers,
            message: `GitHub GraphQL query failed: ${messages}`,
        });
        this.errors = opts.errors;
    }
}
function isRequestErrorLike(e) {
    return (e instanceof Error &&
        typeof e.status === "number" &&
        typeof e.request === "object");
}
function routeOf(e) {
    const method = e.request?.method ?? "GET";
    let path = e.request?.url ?? "";
    try {
        path = new URL(path).pathname;
    }
    catch {
        // already a path
    }
    return `${method} ${path}`;
}
/**
 * Converts an Octokit `RequestError` (or anything thrown by a request) into a `PermissionError` or a
 * `GitHubApiError`. Errors that are already ours, and non-request errors, pass through unchanged.
 */
function toGitHubError(e, route) {
    if (e instanceof GitHubApiError)
        return e;
    if (!isRequestErrorLike(e))
        return e;
    const headers = e.response?.headers ?? {};
    const data = e.response?.data;
    const apiMessage = data && typeof data === "object" && typeof data.message === "string"
        ? data.message
        : e.response
            ? e.message
            : "";
    // No response at all: connection refused, reset or timed out.
    const status = e.response ? e.status : 0;
    const name = route ?? routeOf(e);
    const accepted = headers["x-accepted-github-permissions"];
    if ((status === 403 || status === 404) && accepted && parseAcceptedPermissions(accepted).length > 0) {
        return new PermissionError({
            status,
            route: name,
            permission: accepted,
            apiMessage,
            headers,
            data,
            cause: e,
        });
    }
    const retries = e.request?.request?.retryCount;
    return new GitHubApiError({
        status,
        route: name,
        apiMessage: status === 0 ? e.message : apiMessage,
        headers,
        data,
        cause: e,
        network: status === 0 ? networkCause(e) : undefined,
        attempts: typeof retries === "number" ? retries + 1 : undefined,
    });
}
/** The transport's NetworkError behind a request error (Octokit wraps it in a TypeError). */
function networkCause(e) {
    for (let x = e, depth = 0; x && depth < 5; x = x.cause, depth++) {
        if (x instanceof _transport__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr)
            return x;
    }
    return undefined;
}
/** Why a request got no answer, and what to check: the proxy settings when one is configured. */
function describeNoAnswer(e) {
    const net = e.network ?? networkCause(e);
    const tries = e.attempts && e.attempts > 1 ? `, ${e.attempts} attempts` : "";
    const check = net?.proxyConfigured
        ? `check the proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) and that the proxy reaches ${net.target}`
        : "check GITHUB_API_URL and the network";
    if (net && net.kind !== "failed") {
        return sentence(`GitHub did not answer ${e.route} (${net.message}${tries}): ${check}, then re-run the job`);
    }
    const why = e.apiMessage ? ` (${firstLine(e.apiMessage)}${tries})` : tries ? ` (${tries.slice(2)})` : "";
    return sentence(`Could not reach GitHub for ${e.route}${why}: ${check}, then re-run the job`);
}
function firstLine(text) {
    return (text.split("\n")[0] ?? "").trim();
}
function sentence(text) {
    const t = text.trim();
    return /[.!?]$/.test(t) ? t : `${t}.`;
}
/** One plain sentence saying what went wrong and what to do. Never a stack trace. */
function describeError(e) {
    if (e instanceof PermissionError) {
        if (e.needsAppToken) {
            return sentence(`The token cannot call ${e.route}: it needs the ${e.permissionsLine} permission, which a workflow's GITHUB_TOKEN cannot have, so pass a GitHub App token with that permission in the \`token\` input`);
        }
        const others = e.alternatives.length > 1 ? ` (or any of: ${e.alternatives.slice(1).join("; ")})` : "";
        if (e.status === 404) {
            // GitHub answers 404 both for what does not exist and for what the token may not see.
            return sentence(`GitHub found nothing at ${e.route}: if it exists, the token cannot see it, so add \`permissions: { ${e.permissionsLine} }\` to the job${others}`);
        }
        return sentence(`The token cannot call ${e.route}: add \`permissions: { ${e.permissionsLine} }\` to the job${others}`);
    }
    if (e instanceof GraphQLError) {
        const forbidden = e.errors.some((x) => x.type === "FORBIDDEN" || x.type === "INSUFFICIENT_SCOPES");
        if (forbidden) {
            return sentence(`GitHub refused a GraphQL query (${e.apiMessage}): give the token read access to what it names (check the job's \`permissions:\`)`);
        }
        return sentence(`GitHub refused a GraphQL query: ${e.apiMessage}`);
    }
    if (e instanceof GitHubApiError) {
        const why = e.apiMessage ? ` (${firstLine(e.apiMessage)})` : "";
        if (e.status === 0)
            return describeNoAnswer(e);
        if (e.status === 401) {
            return sentence(`GitHub rejected the token for ${e.route}${why}: check the \`token\` input`);
        }
        if ((e.status === 403 || e.status === 429) && /rate limit/i.test(e.apiMessage)) {
            return sentence(`GitHub's rate limit stopped ${e.route}${why}: re-run the job later, or use a token with its own limit`);
        }
        if (e.status === 403) {
            return sentence(`GitHub refused ${e.route}${why}: give the token access to this repository (check the job's \`permissions:\` and the \`token\` input)`);
        }
        if (e.status === 404) {
            return sentence(`GitHub found nothing at ${e.route}${why}: check the repository and names, and that the token can see them`);
        }
        if (e.status === 422 || e.status === 400) {
            return sentence(`GitHub refused ${e.route} as invalid${why}`);
        }
        if (e.status >= 500) {
            return sentence(`GitHub failed on ${e.route} with ${e.status}${why} even after retries: re-run the job later`);
        }
        return sentence(`GitHub answered ${e.status} to ${e.route}${why}`);
    }
    if (isRequestErrorLike(e))
        return describeError(toGitHubError(e));
    if (isPolicyErrorLike(e)) {
        const [first] = e.problems;
        const where = e.source ?? "the policy";
        const count = e.problems.length;
        if (!first)
            return sentence(firstLine(e.message));
        const at = first.line ? ` line ${first.line}, column ${first.column ?? 1}:` : "";
        return sentence(`${where} has ${count} problem${count === 1 ? "" : "s"}, first at${at} ${first.message.replace(/\.$/, "")} (fix ${count === 1 ? "it" : "them"} and re-run)`);
    }
    if (e instanceof Error)
        return sentence(firstLine(e.message) || e.name);
    if (typeof e === "string")
        return sentence(firstLine(e));
    return "Something unexpected went wrong; re-run the job with debug logging (ACTIONS_STEP_DEBUG) to see more.";
}
function isPolicyErrorLike(e) {
    return (e instanceof Error && e.name === "PolicyError" && Array.isArray(e.problems));
}


/***/ }),

/***/ 801:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gM: () => (/* binding */ fetchPolicyText)
/* harmony export */ });
/* unused harmony exports policyRefName, missingPolicyRef, gitBlobSha */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _gatehouse_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1641);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(663);
/**
 * Fetching `.github/gatehouse.yml` through the contents API, from the default branch unless a ref is
 * given: a branch cannot loosen its own policy. Refs are read by their full name (`refs/heads/main`),
 * so a tag or any other ref named like the branch cannot stand in for it. One request, and nothing heavy loaded for it, so an
 * action can send it first, while the rest of its code is still loading.
 */



/**
 * The full name of the ref to read the policy at, so that nothing named alike can stand in for it:
 * a `policy-ref` that is a plain name is the branch `refs/heads/<name>`; a full ref name
 * (`refs/tags/v2.0.0`) or a full commit SHA is taken as written; without one, the default branch
 * as `refs/heads/<name>`. Undefined when neither is known: GitHub's own default branch is read.
 */
function policyRefName(policyRef, defaultBranch) {
    const ref = policyRef?.trim();
    if (ref)
        return ref.startsWith("refs/") || /^[0-9a-f]{40}$/i.test(ref) ? ref : `refs/heads/${ref}`;
    const branch = defaultBranch?.trim();
    return branch ? `refs/heads/${branch}` : undefined;
}
/** What to tell the user when the ref to read the policy at does not exist. */
function missingPolicyRef(policyRef, refName, repository) {
    return policyRef?.trim()
        ? `The policy ref \`${policyRef.trim()}\` does not exist in ${repository}${refName === policyRef.trim() ? "" : ` (read as \`${refName}\`)`}: fix the \`policy-ref\` input — a branch name, \`refs/tags/<tag>\` for a tag, or a full commit SHA.`
        : `The default branch this run names, \`${refName}\`, does not exist in ${repository}: the policy is read from the default branch only; re-run the workflow.`;
}
/**
 * Reads the policy file's text. A file GitHub shows to be missing gives `text: null` (with a note):
 * a plain 404 is confirmed by a second answer (`confirmAbsence`); a 404 or 403 that names a missing
 * permission gives a `PermissionError`, and a doubt an `Error` naming the permission and the file.
 */
async function fetchPolicyText(client, target) {
    const path = target.path ?? _gatehouse_core__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_POLICY_PATH */ .lo;
    const given = target.ref?.trim() || undefined;
    const ref = policyRefName(given, target.defaultBranch);
    const repository = `${target.owner}/${target.repo}`;
    const where = `${given ? `ref \`${ref}\`` : "the default branch"} of ${repository}`;
    const source = {
        path,
        ref: given ? ref : "default branch",
        defaultBranch: !given,
        found: false,
    };
    let response;
    try {
        response = await client.request("GET /repos/{owner}/{repo}/contents/{path}", {
            owner: target.owner,
            repo: target.repo,
            path,
            ...(ref ? { ref } : {}),
            headers: { accept: "application/vnd.github.raw+json" },
        });
    }
    catch (e) {
        // A 404 that names a permission is GitHub refusing, not an absence: fail (the caller blocks).
        if (e instanceof _errors__WEBPACK_IMPORTED_MODULE_2__/* .GitHubApiError */ .OS && !(e instanceof _errors__WEBPACK_IMPORTED_MODULE_2__/* .PermissionError */ .i_) && e.status === 404) {
            if (ref && /no commit found/i.test(e.apiMessage))
                throw new Error(missingPolicyRef(given, ref, repository));
            // GitHub answers 404 both for a file that is not there and for one the token may not see:
            // only a second answer that shows the ref's tree can tell them apart.
            const confirmed = await confirmAbsence(client, target, ref, path, where);
            if (confirmed.text === null) {
                return {
                    text: null,
                    source,
                    notes: [`No ${path} on ${where}: using the default policy.`],
                };
            }
            return {
                text: confirmed.text,
                source: { ...source, found: true, sha: confirmed.sha },
                notes: [],
            };
        }
        throw e;
    }
    const { text, sha, bytes } = fileText(response.data, path);
    const found = { ...source, found: true, sha: sha ?? gitBlobSha(bytes) };
    return { text, source: found, notes: [] };
}
const confirmQuery = `query GatehousePolicyAbsent($owner: String!, $name: String!, $ref: String!, $file: String!) {
  repository(owner: $owner, name: $name) {
    ref: object(expression: $ref) { oid }
    file: object(expression: $file) { __typename ... on Blob { oid text isTruncated } }
  }
}`;
/**
 * After a plain 404 for the policy file: asks GitHub for the ref's commit and the file in one
 * GraphQL query. The commit answering proves the token reads the repository's contents, so a file
 * still missing is missing; a file that is there after all is used. Anything else throws, naming
 * the permission and the file: the policy is never taken as absent on a doubt.
 */
async function confirmAbsence(client, target, ref, path, where) {
    const expression = ref ?? "HEAD";
    const cannotTell = (why) => new Error(`GitHub answered 404 for ${path} on ${where}, and ${why}, so Gatehouse cannot tell a missing policy from one the token may not read: give the token \`contents: read\` on ${target.owner}/${target.repo} (\`permissions: { contents: read }\`), check that ${path} is there, and re-run.`);
    let answer;
    try {
        answer = await client.graphql(confirmQuery, {
            owner: target.owner,
            name: target.repo,
            ref: expression,
            file: `${expression}:${path}`,
        });
    }
    catch (e) {
        throw cannotTell(`checking it failed (${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(e).replace(/\.$/, "")})`);
    }
    const repository = answer.repository;
    if (!repository?.ref)
        throw cannotTell("the token cannot read the commit it names");
    const file = repository.file;
    if (!file)
        return { text: null };
    if (file.__typename !== "Blob" || typeof file.text !== "string") {
        if (file.__typename === "Tree")
            throw new Error(`${path} is a directory in the repository; the policy must be a file.`);
        throw cannotTell(`GitHub then showed it as ${file.__typename} without its text`);
    }
    if (file.isTruncated)
        throw new Error(`${path} is too large for GitHub to return; keep it under 512 kB.`);
    return { text: file.text, ...(file.oid ? { sha: file.oid } : {}) };
}
/** The git blob sha of some bytes (`git hash-object`): how GitHub names a file's content. */
function gitBlobSha(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}
/** The file's text and bytes from a raw answer (string or bytes) or a JSON contents object (base64). */
function fileText(data, path) {
    const decoded = (bytes) => ({ text: bytes.toString("utf8"), bytes });
    if (typeof data === "string")
        return { text: data, bytes: Buffer.from(data, "utf8") };
    if (data instanceof ArrayBuffer)
        return decoded(Buffer.from(data));
    if (ArrayBuffer.isView(data))
        return decoded(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    if (Array.isArray(data))
        throw new Error(`${path} is a directory in the repository; the policy must be a file.`);
    if (data && typeof data === "object") {
        const file = data;
        if (file.type && file.type !== "file")
            throw new Error(`${path} is a ${file.type}, not a file.`);
        if (typeof file.content === "string") {
            const bytes = file.encoding === "base64"
                ? Buffer.from(file.content.replace(/\s/g, ""), "base64")
                : Buffer.from(file.content, "utf8");
            return { ...decoded(bytes), ...(file.sha ? { sha: file.sha } : {}) };
        }
    }
    throw new Error(`GitHub answered the request for ${path} with something that is not a file.`);
}


/***/ }),

/***/ 9802:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fx: () => (/* binding */ describeRoute),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   uv: () => (/* binding */ readProxySettings)
/* harmony export */ });
/* unused harmony exports normaliseProxyUrl, bypassingEntry, redactProxyUrl */
/**
 * Which proxy a request to GitHub goes through, read from the environment exactly as the Actions
 * runner and `@actions/http-client` read it:
 *
 * - `https_proxy` / `HTTPS_PROXY` for https targets, `http_proxy` / `HTTP_PROXY` for http ones;
 *   the lower-case name wins when both are set. A value without a scheme (`proxy.corp:3128`)
 *   means `http://`. User and password in the URL are sent as basic proxy authentication.
 * - `no_proxy` / `NO_PROXY`: a comma-separated list of `*`, host names (which also cover their
 *   subdomains, with or without a leading dot, or `*.` in front), `host:port` (the scheme's
 *   default port counts when the URL has none) and IP addresses. Loopback addresses never go
 *   through a proxy.
 *
 * Node's own agents do the proxy protocol (CONNECT tunnels for https targets, absolute URIs for
 * http, `Proxy-Authorization`); this module only decides which proxy, if any, a URL uses, because
 * Node's own `NO_PROXY` matching differs from the runner's (a bare domain does not cover its
 * subdomains there, default ports are not matched, and a scheme-less proxy is silently ignored).
 */
function pick(env, lower, upper) {
    const l = env[lower]?.trim();
    if (l)
        return { value: l, from: lower };
    const u = env[upper]?.trim();
    if (u)
        return { value: u, from: upper };
    return undefined;
}
/** A proxy URL as the runner takes it: a value with no scheme is an http proxy. */
function normaliseProxyUrl(value, from = "the proxy variable") {
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new Error(`${from} is "${redactProxyUrl(value)}", which is not a URL: write e.g. http://proxy.example.com:3128.`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw new Error(`${from} is "${redactProxyUrl(value)}": only http:// and https:// proxies are supported (not ${url.protocol}//).`);
    }
    return url.href;
}
/** The proxy settings in an environment (usually `process.env`). */
function readProxySettings(env) {
    const settings = { noProxy: [] };
    const https = pick(env, "https_proxy", "HTTPS_PROXY");
    if (https) {
        settings.https = normaliseProxyUrl(https.value, https.from);
        settings.httpsFrom = https.from;
    }
    const http = pick(env, "http_proxy", "HTTP_PROXY");
    if (http) {
        settings.http = normaliseProxyUrl(http.value, http.from);
        settings.httpFrom = http.from;
    }
    const noProxy = pick(env, "no_proxy", "NO_PROXY");
    if (noProxy) {
        settings.noProxy = noProxy.value
            .split(",")
            .map((entry) => entry.trim().toLowerCase())
            .filter(Boolean);
        settings.noProxyFrom = noProxy.from;
    }
    return settings;
}
function isLoopback(hostname) {
    const host = hostname.toLowerCase();
    return host === "localhost" || host.startsWith("127.") || host === "[::1]" || host === "[0:0:0:0:0:0:0:1]";
}
const DEFAULT_PORTS = { "http:": "80", "https:": "443" };
/** The `NO_PROXY` entry that exempts this URL from the proxy, or undefined. */
function bypassingEntry(target, noProxy) {
    const host = target.hostname.toLowerCase();
    const port = target.port || DEFAULT_PORTS[target.protocol] || "";
    const candidates = port ? [host, `${host}:${port}`] : [host];
    for (const entry of noProxy) {
        if (entry === "*")
            return entry;
        const bare = entry.replace(/^\*?\./, "");
        if (!bare)
            continue;
        if (candidates.some((c) => c === bare || c.endsWith(`.${bare}`)))
            return entry;
    }
    return undefined;
}
/** The proxy URL (with credentials) this request goes through, or undefined to connect directly. */
function proxyFor(target, settings) {
    const proxy = target.protocol === "https:" ? settings.https : target.protocol === "http:" ? settings.http : undefined;
    if (!proxy)
        return undefined;
    if (isLoopback(target.hostname))
        return undefined;
    if (bypassingEntry(target, settings.noProxy) !== undefined)
        return undefined;
    return proxy;
}
/** A proxy URL without its password, for messages and logs (also when it does not parse). */
function redactProxyUrl(value) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? "";
    const rest = value.slice(scheme.length).replace(/^([^:@/]*):[^/]*@/, "$1:***@");
    return `${scheme}${rest}`.replace(/\/$/, "");
}
/**
 * How a request to `target` was routed, for error messages: "through the proxy http://proxy:3128
 * (HTTPS_PROXY)", "directly: NO_PROXY entry .corp exempts ghe.corp", or "" when no proxy is set.
 */
function describeRoute(target, settings) {
    const https = target.protocol === "https:";
    const proxy = https ? settings.https : settings.http;
    const from = https ? settings.httpsFrom : settings.httpFrom;
    if (!proxy)
        return "";
    if (isLoopback(target.hostname))
        return `directly (${target.hostname} is a loopback address; ${from} is not used for it)`;
    const entry = bypassingEntry(target, settings.noProxy);
    if (entry !== undefined) {
        return `directly, not through the proxy in ${from}: ${settings.noProxyFrom} entry "${entry}" exempts ${target.hostname}`;
    }
    const noProxy = settings.noProxyFrom ? `; ${settings.noProxyFrom}=${settings.noProxy.join(",")}` : "";
    return `through the proxy ${redactProxyUrl(proxy)} (${from}${noProxy})`;
}


/***/ }),

/***/ 540:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ji: () => (/* binding */ createRunner),
  dV: () => (/* binding */ defaultBranchOf),
  Vt: () => (/* binding */ getBooleanInput),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  qc: () => (/* binding */ processRunner),
  gi: () => (/* binding */ readRunnerContext),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  z: () => (/* binding */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: InputError, annotate, debug, endGroup, error, escapeCommandData, escapeCommandProperty, formatCommand, formatFileCommand, getMultilineInput, inputVariableName, notice, setSecret, startGroup

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ../../packages/github/src/runner.ts
/**
 * The GitHub Actions runner protocol, without `@actions/core` (which costs ~80 ms of cold start).
 *
 * - inputs arrive as `INPUT_<NAME>` environment variables (name upper-cased, spaces turned into `_`);
 * - outputs are appended to the file named by `GITHUB_OUTPUT` as `name<<DELIMITER` heredocs;
 * - the job summary is Markdown appended to the file named by `GITHUB_STEP_SUMMARY`;
 * - annotations, masks and log levels are workflow commands written to stdout (`::error …::message`).
 *
 * Every function is available bound to the real process (`getInput`, `setOutput`, …) and through
 * `createRunner({ env, write })` for tests, which pass their own environment and capture stdout.
 */




/** Thrown for a bad or missing input; the message names the input and says what to do. */
class InputError extends Error {
    input;
    name = "InputError";
    constructor(input, message) {
        super(message);
        this.input = input;
    }
}
/** The environment variable the runner uses for an input: `INPUT_` + upper case, spaces as `_`. */
function inputVariableName(name) {
    return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
/** Escapes the message part of a workflow command (`%`, `\r`, `\n`). */
function escapeCommandData(value) {
    return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** Escapes a property value of a workflow command (`%`, `\r`, `\n`, `:`, `,`). */
function escapeCommandProperty(value) {
    return escapeCommandData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
/** Formats a workflow command line (without the trailing newline). */
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== "")
        .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
        .join(",");
    return `::${command}${props ? ` ${props}` : ""}::${escapeCommandData(message)}`;
}
function toOutputValue(value) {
    if (value === undefined || value === null)
        return "";
    if (typeof value === "string")
        return value;
    if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
        return String(value);
    return JSON.stringify(value);
}
/** A heredoc record for GITHUB_OUTPUT / GITHUB_ENV with a delimiter that appears in neither name nor value. */
function formatFileCommand(name, value, newDelimiter = defaultDelimiter) {
    let delimiter = newDelimiter();
    while (name.includes(delimiter) || value.includes(delimiter))
        delimiter = newDelimiter();
    return `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`;
}
function defaultDelimiter() {
    return `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
}
function createRunner(io = {}) {
    const env = () => io.env ?? process.env;
    const write = (text) => {
        if (io.write)
            io.write(text);
        else
            process.stdout.write(text);
    };
    const command = (name, props, message) => write(formatCommand(name, props, message) + external_node_os_namespaceObject.EOL);
    const getInput = (name, opts = {}) => {
        const raw = env()[inputVariableName(name)] ?? "";
        const value = opts.trim === false ? raw : raw.trim();
        if (opts.required && value.trim() === "") {
            throw new InputError(name, `Input \`${name}\` is required but was not given: add \`${name}: …\` under \`with:\` in the step that uses this action.`);
        }
        return value;
    };
    const annotate = (level, message, props = {}) => command(level, {
        title: props.title,
        file: props.file,
        line: props.line,
        endLine: props.endLine,
        col: props.col,
        endColumn: props.endColumn,
    }, message);
    return {
        getInput,
        getMultilineInput(name, opts = {}) {
            const lines = getInput(name, opts)
                .split(/\r?\n/)
                .map((line) => (opts.trim === false ? line : line.trim()));
            return lines.filter((line) => line.trim() !== "");
        },
        getBooleanInput(name, opts = {}) {
            const value = getInput(name, { required: opts.required });
            if (value === "")
                return opts.default ?? false;
            if (value === "true" || value === "True" || value === "TRUE")
                return true;
            if (value === "false" || value === "False" || value === "FALSE")
                return false;
            throw new InputError(name, `Input \`${name}\` must be \`true\` or \`false\`, not \`${value}\`.`);
        },
        setOutput(name, value) {
            const text = toOutputValue(value);
            const file = env().GITHUB_OUTPUT;
            if (file) {
                (0,external_node_fs_namespaceObject.appendFileSync)(file, formatFileCommand(name, text), "utf8");
                return;
            }
            write(external_node_os_namespaceObject.EOL);
            command("set-output", { name }, text);
        },
        summary: {
            append(markdown) {
                const file = env().GITHUB_STEP_SUMMARY;
                if (!file)
                    return;
                if (!(0,external_node_fs_namespaceObject.existsSync)(file))
                    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(file), { recursive: true });
                (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown.endsWith("\n") ? markdown : `${markdown}\n`, "utf8");
            },
        },
        annotate,
        info: (message) => write(message + external_node_os_namespaceObject.EOL),
        notice: (message, props) => annotate("notice", message, props),
        warning: (message, props) => annotate("warning", message, props),
        error: (message, props) => annotate("error", message, props),
        debug: (message) => command("debug", {}, message),
        startGroup: (title) => command("group", {}, title),
        endGroup: () => command("endgroup", {}, ""),
        setFailed(message) {
            if (io.fail)
                io.fail();
            else
                process.exitCode = 1;
            annotate("error", message);
        },
        setSecret(value) {
            if (value)
                command("add-mask", {}, value);
        },
    };
}
/** The runner bound to this process (its environment and stdout). */
const processRunner = createRunner();
const getInput = processRunner.getInput;
const getMultilineInput = processRunner.getMultilineInput;
const getBooleanInput = processRunner.getBooleanInput;
const setOutput = processRunner.setOutput;
const summary = processRunner.summary;
const annotate = processRunner.annotate;
const info = processRunner.info;
const notice = processRunner.notice;
const warning = processRunner.warning;
const error = processRunner.error;
const debug = processRunner.debug;
const startGroup = processRunner.startGroup;
const endGroup = processRunner.endGroup;
const setFailed = processRunner.setFailed;
const setSecret = processRunner.setSecret;
const trimSlash = (url) => url.replace(/\/+$/, "");
/** The default branch as the triggering event names it (push, pull_request, workflow_dispatch, …). */
function defaultBranchOf(event) {
    const repository = event.repository;
    return typeof repository?.default_branch === "string" && repository.default_branch
        ? repository.default_branch
        : undefined;
}
/** Reads what the runner tells a step about its run. `env` defaults to the process environment. */
function readRunnerContext(env = process.env) {
    const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/", 2);
    const serverUrl = trimSlash(env.GITHUB_SERVER_URL || "https://github.com");
    const apiUrl = trimSlash(env.GITHUB_API_URL || "https://api.github.com");
    const graphqlUrl = trimSlash(env.GITHUB_GRAPHQL_URL || "https://api.github.com/graphql");
    const runId = Number.parseInt(env.GITHUB_RUN_ID ?? "", 10) || 0;
    const runAttempt = Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? "", 10) || 1;
    const ref = env.GITHUB_REF ?? "";
    return {
        repository: { owner, repo },
        sha: env.GITHUB_SHA ?? "",
        ref,
        refName: env.GITHUB_REF_NAME || ref.replace(/^refs\/(heads|tags)\//, ""),
        runId,
        runAttempt,
        workflow: env.GITHUB_WORKFLOW ?? "",
        job: env.GITHUB_JOB ?? "",
        actor: env.GITHUB_ACTOR ?? "",
        eventName: env.GITHUB_EVENT_NAME ?? "",
        event: readEvent(env.GITHUB_EVENT_PATH),
        serverUrl,
        apiUrl,
        graphqlUrl,
        runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` +
            (runAttempt > 1 ? `/attempts/${runAttempt}` : ""),
        workspace: env.GITHUB_WORKSPACE ?? "",
        runnerTemp: env.RUNNER_TEMP ?? "",
    };
}
function readEvent(path) {
    if (!path || !(0,external_node_fs_namespaceObject.existsSync)(path))
        return {};
    const text = (0,external_node_fs_namespaceObject.readFileSync)(path, "utf8");
    if (text.trim() === "")
        return {};
    try {
        const value = JSON.parse(text);
        return value && typeof value === "object" && !Array.isArray(value)
            ? value
            : {};
    }
    catch {
        throw new Error(`The event payload at ${path} (GITHUB_EVENT_PATH) is not valid JSON.`);
    }
}


/***/ }),

/***/ 4670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ takePrefetchedPolicy),
/* harmony export */   It: () => (/* binding */ prefetchPolicy),
/* harmony export */   VN: () => (/* binding */ runMain),
/* harmony export */   e1: () => (/* binding */ tokenInput),
/* harmony export */   iu: () => (/* binding */ policyRef),
/* harmony export */   kc: () => (/* binding */ policyTarget)
/* harmony export */ });
/* harmony import */ var _gatehouse_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1641);
/* harmony import */ var _endpoints__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3324);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(663);
/* harmony import */ var _policyText__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(801);
/* harmony import */ var _proxy__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(9802);
/* harmony import */ var _runner__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(540);
/* harmony import */ var _transport__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5602);
/**
 * The start every Gatehouse action shares, kept light so it runs before the action's own code has
 * loaded: the token and API URLs from the runner, the action's first request sent at once (the
 * policy, or the action's first query; its answer also gives the time: GitHub's `Date`), and a top
 * level that turns any failure into one plain sentence on a failed step (never a stack trace).
 *
 * An action's `index.ts` is `await runMain(() => import("./main").then((m) => m.run()), …)`: the
 * bundle splits there. Octokit is not in this chunk either: the first request leaves over the
 * transport (node:http, with the proxy settings) while Octokit's code is compiled, and the client,
 * once loaded, takes its answer as its own (`sendAhead`), with its retries and rate-limit handling.
 */







// The policy request sent by `runMain`, keyed by the ref it reads.
let prefetched;
/** The `token` input (else GITHUB_TOKEN); throws a plain sentence when there is none or no repository. */
function tokenInput(runner, env = process.env) {
    const token = runner.getInput("token") || env.GITHUB_TOKEN || "";
    if (!token) {
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown to the user
        throw new Error("No token: set the `token` input (it defaults to `${{ github.token }}` in a workflow).");
    }
    const repository = (0,_runner__WEBPACK_IMPORTED_MODULE_0__/* .readRunnerContext */ .gi)(env).repository;
    if (!repository.owner || !repository.repo) {
        throw new Error("GITHUB_REPOSITORY is not set: run this action inside a GitHub Actions job.");
    }
    return token;
}
/** The `policy-ref` input: the ref to read the policy at, or undefined for the default branch. */
function policyRef(runner = _runner__WEBPACK_IMPORTED_MODULE_0__/* .processRunner */ .qc) {
    return runner.getInput("policy-ref") || undefined;
}
/** Where the policy is read: `ref` (the `policy-ref` input), else the default branch the event names. */
function policyTarget(ctx, ref) {
    return { ...ctx.repository, ref, defaultBranch: (0,_runner__WEBPACK_IMPORTED_MODULE_0__/* .defaultBranchOf */ .dV)(ctx.event) };
}
/** The policy request `runMain` sent, when it read `ref`; taken once. */
function takePrefetchedPolicy(ref) {
    if (!prefetched || prefetched.ref !== ref)
        return undefined;
    const { text } = prefetched;
    prefetched = undefined;
    return text;
}
/**
 * The top level of every action's `index.ts`: runs `main`; on failure writes one plain sentence as
 * the step's error (plus one annotation per policy problem, at its line and column) and fails the
 * step. The stack only goes to the debug log.
 */
async function runMain(main, options = {}) {
    const runner = options.runner ?? _runner__WEBPACK_IMPORTED_MODULE_0__/* .processRunner */ .qc;
    try {
        if (options.prefetch)
            await sendFirstRequest(options.prefetch, options.prefetchRequests);
        await main();
    }
    catch (e) {
        const policyError = e;
        if (policyError?.name === "PolicyError" && Array.isArray(policyError.problems)) {
            for (const a of (0,_gatehouse_core__WEBPACK_IMPORTED_MODULE_1__/* .problemsToAnnotations */ .Gx)(policyError.problems, policyError.source))
                runner.annotate(a.level, a.message, a.props);
        }
        if (e instanceof Error && e.stack)
            runner.debug(e.stack);
        runner.setFailed((0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(e));
    }
}
/** The policy request, sent ahead (see `RunMainOptions.prefetch`); `loadActionPolicy` picks it up. */
function prefetchPolicy(setup) {
    const ref = policyRef();
    const text = (0,_policyText__WEBPACK_IMPORTED_MODULE_3__/* .fetchPolicyText */ .gM)(setup.client, policyTarget(setup.ctx, ref));
    prefetched = { ref, text };
    return text;
}
/**
 * The first requests' client: each request leaves at once over the transport, then is made by the
 * real client (loaded meanwhile: `setupAction`), which takes the answer sent ahead as its own.
 * Mutations and REST requests other than GET are not sent ahead.
 */
function firstClient(ctx, token) {
    const apiUrl = (0,_endpoints__WEBPACK_IMPORTED_MODULE_4__/* .trimSlash */ .Y0)(ctx.apiUrl || _endpoints__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_API_URL */ .rK);
    const graphqlUrl = (0,_endpoints__WEBPACK_IMPORTED_MODULE_4__/* .trimSlash */ .Y0)(ctx.graphqlUrl || (0,_endpoints__WEBPACK_IMPORTED_MODULE_4__/* .defaultGraphqlUrl */ .sd)(apiUrl));
    const transport = (0,_transport__WEBPACK_IMPORTED_MODULE_5__/* .createTransport */ .oO)({ proxy: (0,_proxy__WEBPACK_IMPORTED_MODULE_6__/* .readProxySettings */ .uv)(process.env) });
    const auth = { authorization: `${token.split(".").length === 3 ? "bearer" : "token"} ${token}` };
    const headers = { ...auth, "user-agent": "gatehouse", accept: "application/vnd.github.v3+json" };
    let real;
    const client = () => {
        real ??= Promise.all(/* import() */[__nccwpck_require__.e(899), __nccwpck_require__.e(282)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6282)).then((m) => m.setupAction().client);
        return real;
    };
    return {
        graphql(query, variables = {}) {
            if (!(0,_endpoints__WEBPACK_IMPORTED_MODULE_4__/* .isMutation */ .E8)(query)) {
                const body = Object.keys(variables).length > 0 ? { query, variables } : { query };
                (0,_transport__WEBPACK_IMPORTED_MODULE_5__/* .sendAhead */ .oL)(transport, graphqlUrl, {
                    method: "POST",
                    headers: { ...headers, "content-type": "application/json; charset=utf-8" },
                    body: JSON.stringify(body),
                });
            }
            return client().then((c) => c.graphql(query, variables));
        },
        request(route, params = {}) {
            const [method = "", template = ""] = route.trim().split(/\s+/, 2);
            if (method.toUpperCase() === "GET") {
                const { headers: own, ...rest } = params;
                const query = new URLSearchParams();
                const path = template.replace(/\{(\w+)\}/g, (_, name) => {
                    const value = rest[name];
                    delete rest[name];
                    return encodeURIComponent(String(value));
                });
                for (const [k, v] of Object.entries(rest))
                    if (v !== undefined)
                        query.set(k, String(v));
                const search = query.size > 0 ? `?${query}` : "";
                (0,_transport__WEBPACK_IMPORTED_MODULE_5__/* .sendAhead */ .oL)(transport, `${apiUrl}${path}${search}`, { method: "GET", headers: { ...headers, ...own } });
            }
            return client().then((c) => c.request(route, params));
        },
    };
}
/** Sends the first requests and waits until they have left (or failed), not for the answers. */
async function sendFirstRequest(prefetch, requests = 1) {
    let setup;
    try {
        const ctx = (0,_runner__WEBPACK_IMPORTED_MODULE_0__/* .readRunnerContext */ .gi)(process.env);
        setup = { ctx, client: firstClient(ctx, tokenInput(_runner__WEBPACK_IMPORTED_MODULE_0__/* .processRunner */ .qc)) };
    }
    catch {
        return; // `main` meets the same problem and reports it
    }
    const sent = (0,_transport__WEBPACK_IMPORTED_MODULE_5__/* .nextRequestSent */ .vs)(requests);
    const settled = prefetch(setup).then(() => { }, () => { });
    await Promise.race([sent, settled]);
}


/***/ }),

/***/ 5602:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Dr: () => (/* binding */ NetworkError),
  oO: () => (/* binding */ createTransport),
  vs: () => (/* binding */ nextRequestSent),
  oL: () => (/* binding */ sendAhead)
});

// UNUSED EXPORTS: DEFAULT_TIMEOUTS, TransportHeaders, nodeFetch, requestFailure

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
// EXTERNAL MODULE: ../../packages/github/src/proxy.ts
var src_proxy = __nccwpck_require__(9802);
;// CONCATENATED MODULE: ../../packages/github/src/transport.ts
/**
 * The HTTP transport under the client: the part of `fetch` that Octokit uses, over `node:http`
 * and `node:https`.
 *
 * Why not the global `fetch`: its first use loads Node's bundled undici, which costs 35–90 ms on
 * this kind of machine before the first request leaves — most of an action's 120 ms cold-start
 * budget. `node:http` is ready in under 10 ms. Octokit only needs `status`, `url`, iterable
 * `headers` with `get`, `text()` and `arrayBuffer()`, which is what this module returns.
 */





class TransportHeaders {
    #map;
    constructor(raw) {
        this.#map = new Map();
        for (const [name, value] of Object.entries(raw)) {
            if (value === undefined)
                continue;
            this.#map.set(name.toLowerCase(), Array.isArray(value) ? value.join(", ") : value);
        }
    }
    get(name) {
        return this.#map.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.#map.has(name.toLowerCase());
    }
    forEach(fn) {
        for (const [name, value] of this.#map)
            fn(value, name);
    }
    [Symbol.iterator]() {
        return this.#map.entries();
    }
}
const DEFAULT_TIMEOUTS = { connectMs: 10_000, idleMs: 30_000 };
/**
 * A request that got nowhere: no connection in time, silence for too long, or a connection that
 * failed. `route` says how it went (directly, or through which proxy), for the step's message.
 */
class NetworkError extends Error {
    name = "NetworkError";
    /** `connect` and `idle` are stalls (a timeout fired); `failed` is an error from the network. */
    kind;
    /** Host and port the request was for, e.g. `api.github.com:443`. */
    target;
    /** How the request was routed, from `describeRoute` ("" when no proxy is configured). */
    route;
    code;
    constructor(opts) {
        super(`${opts.detail}${opts.route ? `, ${opts.route}` : ""}`, { cause: opts.cause });
        this.kind = opts.kind;
        this.target = opts.target;
        this.route = opts.route;
        this.code = opts.code;
    }
    /** True when a proxy is configured for the target (whether or not NO_PROXY exempted it). */
    get proxyConfigured() {
        return this.route !== "";
    }
    /**
     * False when trying again cannot help: the host name does not exist (ENOTFOUND; a passing DNS
     * failure is EAI_AGAIN), or the proxy refused our credentials (407).
     */
    get retryable() {
        return !(this.code === "ENOTFOUND" || this.code === "PROXY_AUTHENTICATION" || / 407 /.test(this.message));
    }
}
// Sockets are reused across the requests of one run; idle ones do not keep the process alive.
// One agent per protocol and proxy (Node's agents speak the proxy protocol themselves: CONNECT
// tunnels for https targets, absolute request URIs for http ones, Proxy-Authorization).
const agents = new Map();
function agentFor(protocol, proxy) {
    if (protocol !== "http:" && protocol !== "https:")
        return undefined;
    const key = `${protocol} ${proxy ?? ""}`;
    let agent = agents.get(key);
    if (!agent) {
        const Agent = protocol === "https:" ? (external_node_https_default()).Agent : (external_node_http_default()).Agent;
        // An empty proxyEnv keeps a direct agent direct even when NODE_USE_ENV_PROXY is set.
        const proxyEnv = !proxy ? {} : protocol === "https:" ? { HTTPS_PROXY: proxy } : { HTTP_PROXY: proxy };
        agent = new Agent({ keepAlive: true, proxyEnv });
        agents.set(key, agent);
    }
    return agent;
}
let sentWaiters = [];
/**
 * Resolves once the next `count` requests have been handed to the operating system. The action
 * start uses it to let its first requests leave before the rest of the action's code is compiled.
 */
function nextRequestSent(count = 1) {
    return new Promise((resolve) => {
        let left = count;
        const sent = () => {
            left--;
            if (left <= 0)
                resolve();
            else
                sentWaiters.push(sent);
        };
        sentWaiters.push(sent);
    });
}
function requestSent() {
    const waiters = sentWaiters;
    sentWaiters = [];
    for (const resolve of waiters)
        resolve();
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;
/**
 * Requests sent ahead of the client that will make them: an action's start (start.ts) sends its
 * first request while the client's code is still loading. When the client then makes the same
 * request (method, URL, body and token), it takes that answer instead of sending again, so its
 * retries, rate-limit handling, GitHub's time (the `Date` header) and the request count treat it
 * as its own. An answer is taken once; one never asked for is dropped with the process.
 */
const ahead = [];
/** Sends `init` to `url` now, for the client's identical request to take (see `ahead`). */
function sendAhead(transport, url, init) {
    // The body is read at once, so the connection is free again whether or not the answer is taken.
    const answer = transport.fetch(url, init).then(buffered);
    answer.catch(() => { }); // the client's request takes the failure, and reports it
    ahead.push({ key: aheadKey(init.method, url, init.headers, init.body ?? null), answer });
}
/** The answer sent ahead for this request, taken once; undefined when there is none. */
function takeAhead(method, url, headers, body) {
    if (ahead.length === 0 || (body !== null && body !== undefined && typeof body !== "string"))
        return undefined;
    const key = aheadKey(method, url.href, headers, body ?? null);
    const i = ahead.findIndex((a) => a.key === key);
    return i < 0 ? undefined : ahead.splice(i, 1)[0].answer;
}
/**
 * What makes two requests the same: method, URL (path decoded, query sorted: Octokit encodes a
 * `/` in a parameter as %2F), the token, and the body (JSON compared by value, keys sorted).
 */
function aheadKey(method, url, headers, body) {
    const u = new URL(url);
    const query = [...u.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const auth = Object.entries(headers).find(([k]) => k.toLowerCase() === "authorization")?.[1] ?? "";
    let content = body ?? "";
    try {
        content = body ? JSON.stringify(sortKeys(JSON.parse(body))) : "";
    }
    catch {
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
const sortKeys = (v) => Array.isArray(v)
    ? v.map(sortKeys)
    : v && typeof v === "object"
        ? Object.fromEntries(Object.keys(v)
            .sort()
            .map((k) => [k, sortKeys(v[k])]))
        : v;
/** The response with its body read into memory, readable as the original. */
async function buffered(res) {
    const bytes = Buffer.from(await res.arrayBuffer());
    let used = false;
    const take = () => {
        if (used)
            throw new TypeError("Body is unusable: it has already been read");
        used = true;
        return bytes;
    };
    return {
        ...res,
        body: external_node_stream_namespaceObject.Readable.from([bytes]),
        text: async () => take().toString("utf8"),
        arrayBuffer: async () => {
            const buf = take();
            return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
        },
        json: async () => JSON.parse(take().toString("utf8")),
    };
}
/** A transport with a proxy (see proxy.ts) and timeouts. */
function createTransport(opts = {}) {
    const proxy = opts.proxy ?? { noProxy: [] };
    const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
    function open(url, options, onResponse) {
        const through = (0,src_proxy/* proxyFor */.iJ)(url, proxy);
        const agent = agentFor(url.protocol, through);
        if (!agent)
            throw fetchFailed(new Error(`unsupported protocol ${url.protocol}`));
        const lib = url.protocol === "https:" ? (external_node_https_default()) : (external_node_http_default());
        const req = lib.request(url, { method: options.method, headers: options.headers, agent }, (res) => {
            // An http target's request goes to the proxy itself, which may answer for itself.
            if (through && res.statusCode === 407) {
                res.resume();
                req.destroy(new NetworkError({
                    kind: "failed",
                    target: `${url.hostname}:${url.port || 80}`,
                    route: (0,src_proxy/* describeRoute */.fx)(url, proxy),
                    detail: "the proxy answered 407 Proxy Authentication Required",
                    code: "PROXY_AUTHENTICATION",
                }));
                return;
            }
            onResponse(res);
        });
        watch(req, url, { ...timeouts, idleMs: options.idleMs ?? timeouts.idleMs }, proxy);
        return req;
    }
    /** `fetch`-shaped: failures to connect reject with `TypeError("fetch failed")` and the cause. */
    async function transportFetch(input, init = {}) {
        let url = new URL(String(input));
        let method = (init.method ?? "GET").toUpperCase();
        let headers = { ...(init.headers ?? {}) };
        let body = init.body ?? null;
        const sentAhead = takeAhead(method, url, headers, body);
        if (sentAhead)
            return sentAhead;
        for (let hop = 0;; hop++) {
            const response = await send(open, url, method, headers, body, init.signal ?? null);
            const location = response.headers.get("location");
            if (!REDIRECTS.has(response.status) || !location || init.redirect === "manual") {
                return { ...response, redirected: hop > 0 };
            }
            response.body.resume();
            if (init.redirect === "error")
                throw fetchFailed(new Error(`redirected to ${location}`));
            if (hop >= MAX_REDIRECTS)
                throw fetchFailed(new Error(`more than ${MAX_REDIRECTS} redirects`));
            const next = new URL(location, url);
            if (response.status === 303 ||
                ((response.status === 301 || response.status === 302) && method === "POST")) {
                method = "GET";
                body = null;
                headers = withoutKeys(headers, ["content-type", "content-length"]);
            }
            else if (body !== null && typeof body !== "string" && !(body instanceof Uint8Array)) {
                // A streamed body cannot be sent twice; hand the redirect back like fetch's "manual" would.
                return { ...response, redirected: hop > 0 };
            }
            if (next.origin !== url.origin)
                headers = withoutKeys(headers, ["authorization", "cookie"]);
            url = next;
        }
    }
    return { fetch: transportFetch, open, timeouts, proxy };
}
/** The transport with no proxy and the default timeouts. */
const nodeFetch = createTransport().fetch;
const STALLED = Symbol("stalled");
const seconds = (ms) => (ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`);
/**
 * Arms the connect and idle timeouts on a request. A timeout destroys the request with a
 * `NetworkError` naming the stall and the route; a network error is turned into one too.
 */
function watch(req, url, timeouts, proxy) {
    const target = `${url.hostname}:${url.port || (url.protocol === "https:" ? 443 : 80)}`;
    const route = (0,src_proxy/* describeRoute */.fx)(url, proxy);
    const through = (0,src_proxy/* proxyFor */.iJ)(url, proxy);
    const connectingTo = through ? `the proxy ${new URL(through).host}` : target;
    const stall = (kind, detail) => {
        const error = new NetworkError({ kind, target, route, detail });
        req[STALLED] = error;
        req.destroy(error);
    };
    const connectTimer = setTimeout(() => stall("connect", `no connection to ${connectingTo} within ${seconds(timeouts.connectMs)}`), timeouts.connectMs);
    req.once("socket", (socket) => {
        if (!socket.connecting)
            clearTimeout(connectTimer);
        else
            socket.once("connect", () => clearTimeout(connectTimer));
    });
    req.setTimeout(timeouts.idleMs, () => stall("idle", `no answer from ${target} for ${seconds(timeouts.idleMs)} (the connection stalled)`));
    req.once("close", () => clearTimeout(connectTimer));
    // Errors other than our own stalls: name what failed, and the route when a proxy is configured.
    req.prependListener("error", (e) => {
        if (e instanceof NetworkError || e.name === "AbortError" || req[STALLED])
            return;
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
function requestFailure(req, e) {
    if (e.name === "AbortError")
        return e;
    return req[STALLED] ?? e;
}
function withoutKeys(headers, keys) {
    return Object.fromEntries(Object.entries(headers).filter(([k]) => !keys.includes(k.toLowerCase())));
}
function fetchFailed(cause) {
    return Object.assign(new TypeError("fetch failed"), { cause });
}
function abortError(signal) {
    const reason = signal.reason;
    if (reason instanceof Error && reason.name === "AbortError")
        return reason;
    return Object.assign(new Error("This operation was aborted"), { name: "AbortError", cause: reason });
}
/** Statuses whose answers carry no body (fetch's "null body status"). */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
function send(open, url, method, headers, body, signal) {
    if (signal?.aborted)
        return Promise.reject(abortError(signal));
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        return Promise.reject(fetchFailed(new Error(`unsupported protocol ${url.protocol}`)));
    }
    const outgoing = { "accept-encoding": "gzip, deflate, br", ...headers };
    if (typeof body === "string" || body instanceof Uint8Array) {
        outgoing["content-length"] = String(typeof body === "string" ? Buffer.byteLength(body) : body.byteLength);
    }
    return new Promise((resolve, reject) => {
        const req = open(url, { method, headers: outgoing }, (res) => {
            const status = res.statusCode ?? 0;
            // An answer without a body is read to its end at once: a response nobody reads keeps its
            // connection from going back to the agent, so each 204 (the protection rule's callback, a
            // label removed…) would cost a new connection and hold a socket until the process ends.
            const bodiless = NULL_BODY_STATUSES.has(status) || method === "HEAD";
            if (bodiless)
                res.resume();
            const stream = bodiless ? external_node_stream_namespaceObject.Readable.from([]) : decode(res);
            let consumed = false;
            const take = () => {
                if (consumed)
                    return Promise.reject(new TypeError("Body is unusable: it has already been read"));
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
                    return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
                },
                json: async () => JSON.parse((await take()).toString("utf8")),
            });
        });
        const onAbort = () => req.destroy(abortError(signal));
        signal?.addEventListener("abort", onAbort, { once: true });
        req.on("close", () => signal?.removeEventListener("abort", onAbort));
        req.on("error", (e) => {
            const error = requestFailure(req, e);
            reject(error.name === "AbortError" ? error : fetchFailed(error));
        });
        req.on("finish", requestSent);
        if (body === null || body === undefined) {
            req.end();
        }
        else if (typeof body === "string" || body instanceof Uint8Array) {
            req.end(body);
        }
        else {
            const source = body instanceof external_node_stream_namespaceObject.Readable
                ? body
                : Symbol.asyncIterator in body
                    ? external_node_stream_namespaceObject.Readable.from(body)
                    : external_node_stream_namespaceObject.Readable.fromWeb(body);
            source.on("error", (e) => req.destroy(e));
            source.pipe(req);
        }
    });
}
function decode(res) {
    const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase();
    const decoder = encoding === "gzip" || encoding === "x-gzip"
        ? (0,external_node_zlib_namespaceObject.createGunzip)()
        : encoding === "br"
            ? (0,external_node_zlib_namespaceObject.createBrotliDecompress)()
            : encoding === "deflate"
                ? (0,external_node_zlib_namespaceObject.createInflate)()
                : null;
    if (!decoder)
        return res;
    res.on("error", (e) => decoder.destroy(e));
    return res.pipe(decoder);
}
function collect(stream, signal, req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        const onAbort = () => stream.destroy(abortError(signal));
        signal?.addEventListener("abort", onAbort, { once: true });
        stream.on("data", (c) => chunks.push(c));
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


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7935);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
