/**
 * Errors the adapter raises, and `describeError`, which turns any error into one plain sentence that
 * says what to do (never a stack trace).
 */

import { NetworkError } from "./transport";

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

/** One permission the API asked for, e.g. `{ api: "pull_requests", key: "pull-requests", access: "read" }`. */
export interface RequiredPermission {
  /** The name GitHub's API uses (`x-accepted-github-permissions`), e.g. `pull_requests`. */
  api: string;
  /** The key to put under a workflow's `permissions:`, e.g. `pull-requests`. */
  key: string;
  access: string;
  /** False for permissions a workflow's GITHUB_TOKEN can never have (e.g. organisation `members`). */
  workflowToken: boolean;
}

/**
 * Parses `x-accepted-github-permissions`: sets separated by `;` are alternatives (any one is enough),
 * permissions inside a set are separated by `,` (all are needed). `metadata` is always granted, so
 * it is left out.
 */
export function parseAcceptedPermissions(header: string): RequiredPermission[][] {
  return header
    .split(";")
    .map((set) =>
      set
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean)
        .map((item) => {
          const [api = "", access = "read"] = item.split("=").map((s) => s.trim());
          const key = api.replace(/_/g, "-");
          return { api, key, access: access || "read", workflowToken: WORKFLOW_PERMISSION_KEYS.has(key) };
        })
        .filter((p) => p.api !== "" && p.api !== "metadata"),
    )
    .filter((set) => set.length > 0);
}

/** `issues: write` / `contents: read, pull-requests: read` — what goes inside `permissions: { … }`. */
export function formatPermissions(set: RequiredPermission[]): string {
  return set.map((p) => `${p.key}: ${p.access}`).join(", ");
}

/** A request GitHub answered with an error (after retries), or that never got an answer. */
export class GitHubApiError extends Error {
  override name = "GitHubApiError";
  /** HTTP status; 0 when no answer came (connection refused or dropped). */
  readonly status: number;
  /** `METHOD /path/template`, or `graphql`. */
  readonly route: string;
  /** GitHub's own message (`message` of the error body), when there was one. */
  readonly apiMessage: string;
  readonly headers: Record<string, string | undefined>;
  readonly data: unknown;
  /** When no answer came: what the network did (stalled, refused, …) and the route taken. */
  readonly network?: NetworkError;
  /** How many times the request was sent, when it was retried. */
  readonly attempts?: number;
  constructor(opts: {
    status: number;
    route: string;
    apiMessage?: string;
    headers?: Record<string, string | undefined>;
    data?: unknown;
    message?: string;
    cause?: unknown;
    network?: NetworkError;
    attempts?: number;
  }) {
    const apiMessage = opts.apiMessage ?? "";
    super(
      opts.message ??
        `${opts.route} failed${opts.status ? ` with ${opts.status}` : ""}${apiMessage ? `: ${apiMessage}` : ""}`,
      { cause: opts.cause },
    );
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
export class PermissionError extends GitHubApiError {
  override name = "PermissionError";
  /** The permission as GitHub names it, e.g. `issues=write` (the header value). */
  readonly permission: string;
  /** What to add under the job's `permissions:`, e.g. `issues: write`. */
  readonly permissionsLine: string;
  /** Every acceptable set (any one is enough), as `permissions:` lines. */
  readonly alternatives: string[];
  /** True when the first acceptable set cannot be granted to a workflow's GITHUB_TOKEN. */
  readonly needsAppToken: boolean;
  constructor(opts: {
    status: number;
    route: string;
    permission: string;
    apiMessage?: string;
    headers?: Record<string, string | undefined>;
    data?: unknown;
    cause?: unknown;
  }) {
    const sets = parseAcceptedPermissions(opts.permission);
    const first = sets[0] ?? [];
    const line = formatPermissions(first) || opts.permission;
    super({
      ...opts,
      message: `${opts.route} needs the token permission ${line} (GitHub answered ${opts.status}${
        opts.apiMessage ? `: ${opts.apiMessage}` : ""
      })`,
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
export function isRefusal(e: unknown): boolean {
  if (e instanceof PermissionError) return true;
  if (e instanceof GraphQLError)
    return e.errors.some((x) => x.type === "FORBIDDEN" || x.type === "INSUFFICIENT_SCOPES");
  return e instanceof GitHubApiError && e.status === 403 && !/rate limit/i.test(e.apiMessage);
}

/** A GraphQL answer with `errors` (HTTP 200). `data` holds whatever GitHub did answer. */
export class GraphQLError extends GitHubApiError {
  override name = "GraphQLError";
  readonly errors: { message: string; type?: string; path?: (string | number)[] }[];
  constructor(opts: {
    errors: { message: string; type?: string; path?: (string | number)[] }[];
    data?: unknown;
    headers?: Record<string, string | undefined>;
  }) {
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

interface RequestErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string; request?: { retryCount?: number } };
  response?: { status?: number; headers?: Record<string, string | undefined>; data?: unknown };
}

function isRequestErrorLike(e: unknown): e is RequestErrorLike {
  return (
    e instanceof Error &&
    typeof (e as { status?: unknown }).status === "number" &&
    typeof (e as { request?: unknown }).request === "object"
  );
}

function routeOf(e: RequestErrorLike): string {
  const method = e.request?.method ?? "GET";
  let path = e.request?.url ?? "";
  try {
    path = new URL(path).pathname;
  } catch {
    // already a path
  }
  return `${method} ${path}`;
}

/**
 * Converts an Octokit `RequestError` (or anything thrown by a request) into a `PermissionError` or a
 * `GitHubApiError`. Errors that are already ours, and non-request errors, pass through unchanged.
 */
export function toGitHubError(e: unknown, route?: string): unknown {
  if (e instanceof GitHubApiError) return e;
  if (!isRequestErrorLike(e)) return e;
  const headers = e.response?.headers ?? {};
  const data = e.response?.data;
  const apiMessage =
    data && typeof data === "object" && typeof (data as { message?: unknown }).message === "string"
      ? (data as { message: string }).message
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
export function networkCause(e: unknown): NetworkError | undefined {
  for (let x: unknown = e, depth = 0; x && depth < 5; x = (x as { cause?: unknown }).cause, depth++) {
    if (x instanceof NetworkError) return x;
  }
  return undefined;
}

/** Why a request got no answer, and what to check: the proxy settings when one is configured. */
function describeNoAnswer(e: GitHubApiError): string {
  const net = e.network ?? networkCause(e);
  const tries = e.attempts && e.attempts > 1 ? `, ${e.attempts} attempts` : "";
  const check = net?.proxyConfigured
    ? `check the proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) and that the proxy reaches ${net.target}`
    : "check GITHUB_API_URL and the network";
  if (net && net.kind !== "failed") {
    return sentence(
      `GitHub did not answer ${e.route} (${net.message}${tries}): ${check}, then re-run the job`,
    );
  }
  const why = e.apiMessage ? ` (${firstLine(e.apiMessage)}${tries})` : tries ? ` (${tries.slice(2)})` : "";
  return sentence(`Could not reach GitHub for ${e.route}${why}: ${check}, then re-run the job`);
}

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? "").trim();
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** One plain sentence saying what went wrong and what to do. Never a stack trace. */
export function describeError(e: unknown): string {
  if (e instanceof PermissionError) {
    if (e.needsAppToken) {
      return sentence(
        `The token cannot call ${e.route}: it needs the ${e.permissionsLine} permission, which a workflow's GITHUB_TOKEN cannot have, so pass a GitHub App token with that permission in the \`token\` input`,
      );
    }
    const others = e.alternatives.length > 1 ? ` (or any of: ${e.alternatives.slice(1).join("; ")})` : "";
    if (e.status === 404) {
      // GitHub answers 404 both for what does not exist and for what the token may not see.
      return sentence(
        `GitHub found nothing at ${e.route}: if it exists, the token cannot see it, so add \`permissions: { ${e.permissionsLine} }\` to the job${others}`,
      );
    }
    return sentence(
      `The token cannot call ${e.route}: add \`permissions: { ${e.permissionsLine} }\` to the job${others}`,
    );
  }
  if (e instanceof GraphQLError) {
    const forbidden = e.errors.some((x) => x.type === "FORBIDDEN" || x.type === "INSUFFICIENT_SCOPES");
    if (forbidden) {
      return sentence(
        `GitHub refused a GraphQL query (${e.apiMessage}): give the token read access to what it names (check the job's \`permissions:\`)`,
      );
    }
    return sentence(`GitHub refused a GraphQL query: ${e.apiMessage}`);
  }
  if (e instanceof GitHubApiError) {
    const why = e.apiMessage ? ` (${firstLine(e.apiMessage)})` : "";
    if (e.status === 0) return describeNoAnswer(e);
    if (e.status === 401) {
      return sentence(`GitHub rejected the token for ${e.route}${why}: check the \`token\` input`);
    }
    if ((e.status === 403 || e.status === 429) && /rate limit/i.test(e.apiMessage)) {
      return sentence(
        `GitHub's rate limit stopped ${e.route}${why}: re-run the job later, or use a token with its own limit`,
      );
    }
    if (e.status === 403) {
      return sentence(
        `GitHub refused ${e.route}${why}: give the token access to this repository (check the job's \`permissions:\` and the \`token\` input)`,
      );
    }
    if (e.status === 404) {
      return sentence(
        `GitHub found nothing at ${e.route}${why}: check the repository and names, and that the token can see them`,
      );
    }
    if (e.status === 422 || e.status === 400) {
      return sentence(`GitHub refused ${e.route} as invalid${why}`);
    }
    if (e.status >= 500) {
      return sentence(
        `GitHub failed on ${e.route} with ${e.status}${why} even after retries: re-run the job later`,
      );
    }
    return sentence(`GitHub answered ${e.status} to ${e.route}${why}`);
  }
  if (isRequestErrorLike(e)) return describeError(toGitHubError(e));
  if (isPolicyErrorLike(e)) {
    const [first] = e.problems;
    const where = e.source ?? "the policy";
    const count = e.problems.length;
    if (!first) return sentence(firstLine(e.message));
    const at = first.line ? ` line ${first.line}, column ${first.column ?? 1}:` : "";
    return sentence(
      `${where} has ${count} problem${count === 1 ? "" : "s"}, first at${at} ${first.message.replace(/\.$/, "")} (fix ${count === 1 ? "it" : "them"} and re-run)`,
    );
  }
  if (e instanceof Error) return sentence(firstLine(e.message) || e.name);
  if (typeof e === "string") return sentence(firstLine(e));
  return "Something unexpected went wrong; re-run the job with debug logging (ACTIONS_STEP_DEBUG) to see more.";
}

interface PolicyErrorLike {
  message: string;
  source?: string;
  problems: { path: string; message: string; line?: number; column?: number }[];
}

function isPolicyErrorLike(e: unknown): e is PolicyErrorLike {
  return (
    e instanceof Error && e.name === "PolicyError" && Array.isArray((e as { problems?: unknown }).problems)
  );
}
