/**
 * The App's credentials: a JSON web token signed with its private key (at GitHub's time) for the
 * App's own routes, and installation tokens — minted by `@octokit/auth-app`, narrowed to the
 * repositories and the permissions a decision needs, cached until shortly before they expire.
 * Every client is the adapter's (`createClient`: retries, throttling, pagination), and every
 * answer tells the clock GitHub's time.
 */
import { createClient, GitHubApiError, type GitHubClient } from "@gatehouse/github";
import { createAppAuth } from "@octokit/auth-app";
import githubAppJwt from "universal-github-app-jwt";
import type { AppClock } from "./clock";
import type { Logger } from "./log";

export type Permissions = Record<string, "read" | "write">;

/** What a decision may do with an installation token: read the change, write the comments, answer. */
export const NEEDED_PERMISSIONS: Permissions = {
  actions: "read",
  contents: "read",
  deployments: "write",
  issues: "write",
  pull_requests: "read",
  members: "read",
};

export interface AppGitHubOptions {
  appId: number;
  privateKey: string;
  apiUrl: string;
  graphqlUrl: string;
  clock: AppClock;
  log: Logger;
  /** Unit of the 5xx back-off (default 1000 ms: waits of 1, 4 and 9 units). */
  retryBaseMs?: number;
}

/** What the App does besides deciding, each with a token that can do only that. */
export const TOKEN_PURPOSES = {
  /** A decision: the change gate and the freeze check read and comment (`releaseProcessDecide`). */
  decide: NEEDED_PERMISSIONS,
  /** Is the run still waiting, on which environments, at which commit; the rule's answer. */
  answer: { actions: "read", deployments: "write" },
  /** The change gate's comments on a change request, to find the runs it covers. */
  readChangeRequest: { issues: "read" },
  /** The repositories of the installation and their waiting runs (the sweep). */
  listWaitingRuns: { actions: "read" },
} as const satisfies Record<string, Permissions>;

/** Installation tokens for one decision: a client reaching exactly the repositories named. */
export interface InstallationAccess {
  readonly installationId: number;
  /**
   * Repositories are `owner/name`; all must belong to the installation's account. `permissions`
   * (default: a decision's, `NEEDED_PERMISSIONS`) narrows the token further; none beyond what
   * the installation grants is asked for.
   */
  client(repositories: string[], permissions?: Permissions): Promise<GitHubClient>;
}

const CLIENT_CACHE_LIMIT = 200;
const INSTALLATION_CACHE_MS = 10 * 60_000;
/**
 * Requests under way at once for one token (what every client of a process shares otherwise). A decision uses
 * a token or two at a time, and at most `DECISIONS_AT_ONCE` decisions run at once, so one
 * installation stays near GitHub's limit of 100 concurrent requests.
 */
export const CONCURRENT_REQUESTS = 10;

export class AppGitHub {
  readonly apiUrl: string;
  private readonly base: GitHubClient;
  private readonly auth: ReturnType<typeof createAppAuth>;
  private readonly clients = new Map<string, GitHubClient>();
  private readonly granted = new Map<number, { at: number; permissions: Record<string, string> }>();
  private jwtClient: { client: GitHubClient; until: number } | undefined;

  constructor(private readonly opts: AppGitHubOptions) {
    this.apiUrl = opts.apiUrl;
    // Unauthenticated: auth-app sets each request's authorization itself.
    this.base = this.observed(this.build(""));
    const clock = opts.clock;
    this.auth = createAppAuth({
      appId: opts.appId,
      async createJwt(appId) {
        const { token, expiration } = await githubAppJwt({
          id: appId,
          privateKey: opts.privateKey,
          now: clock.nowSeconds(),
        });
        return { jwt: token, expiresAt: new Date(expiration * 1000).toISOString() };
      },
      request: this.base.octokit.request,
      log: { warn: (msg: string) => opts.log.warn(msg) },
    });
  }

  /** A client for `token`, with its own limit of requests under way (`CONCURRENT_REQUESTS`). */
  private build(token: string): GitHubClient {
    return createClient({
      token,
      maxConcurrent: CONCURRENT_REQUESTS,
      apiUrl: this.opts.apiUrl,
      graphqlUrl: this.opts.graphqlUrl,
      log: (msg) => this.opts.log.warn(msg),
      ...(this.opts.retryBaseMs === undefined ? {} : { retryBaseMs: this.opts.retryBaseMs }),
    });
  }

  /** Every answer, error or not, sets the clock to GitHub's time. */
  private observed(client: GitHubClient): GitHubClient {
    client.octokit.hook.after("request", (res) => {
      this.opts.clock.observe(res.headers.date);
    });
    client.octokit.hook.error("request", (error) => {
      const headers = (error as { response?: { headers?: Record<string, string> } }).response?.headers;
      this.opts.clock.observe(headers?.date);
      throw error;
    });
    return client;
  }

  /**
   * A client authenticated as the App itself (a JSON web token), for `/app/…` routes. A token
   * refused for its times (the server's clock is off) is signed again at the time GitHub's answer
   * gave, once.
   */
  async appClient(): Promise<GitHubClient> {
    if (this.jwtClient && this.jwtClient.until > Date.now()) return this.jwtClient.client;
    const { token } = await this.auth({ type: "app" });
    const client = this.observed(this.build(token));
    this.jwtClient = { client, until: Date.now() + 5 * 60_000 };
    return client;
  }

  /** Runs `fn` with the App's client; a 401 for the token's times re-signs at GitHub's time and retries once. */
  async asApp<T>(fn: (client: GitHubClient) => Promise<T>): Promise<T> {
    try {
      return await fn(await this.appClient());
    } catch (e) {
      if (!(e instanceof GitHubApiError) || e.status !== 401 || !/claim \('(iat|exp)'\)/.test(e.apiMessage))
        throw e;
      this.opts.log.warn(
        "this server's clock differs from GitHub's: the App's token is signed again at GitHub's time",
        {
          github: e.apiMessage,
        },
      );
      this.jwtClient = undefined;
      return fn(await this.appClient());
    }
  }

  /** The permissions an installation grants (cached ten minutes). */
  private async grantedPermissions(installationId: number): Promise<Record<string, string>> {
    const cached = this.granted.get(installationId);
    if (cached && Date.now() - cached.at < INSTALLATION_CACHE_MS) return cached.permissions;
    const { data } = await this.asApp((c) =>
      c.request("GET /app/installations/{installation_id}", { installation_id: installationId }),
    );
    const permissions = (data as { permissions?: Record<string, string> }).permissions ?? {};
    this.granted.set(installationId, { at: Date.now(), permissions });
    return permissions;
  }

  /** The installation of the App on `owner/repo` (404 when the App is not installed there). */
  async installationOf(owner: string, repo: string): Promise<number> {
    const { data } = await this.asApp((c) =>
      c.request("GET /repos/{owner}/{repo}/installation", { owner, repo }),
    );
    return (data as { id: number }).id;
  }

  /** Installation tokens for `installationId`, narrowed per call to the repositories given. */
  installation(installationId: number): InstallationAccess {
    return {
      installationId,
      client: (repositories, permissions = NEEDED_PERMISSIONS) =>
        this.installationClient(installationId, repositories, permissions),
    };
  }

  private async installationClient(
    installationId: number,
    repositories: string[],
    needed: Permissions,
    refresh = false,
  ): Promise<GitHubClient> {
    const granted = await this.grantedPermissions(installationId);
    // Ask only for what the installation grants: `members` is optional (team approvers need it).
    const permissions: Permissions = {};
    for (const [name, level] of Object.entries(needed)) {
      const have = granted[name];
      if (have === "write" || have === "admin" || (have === "read" && level === "read"))
        permissions[name] = level;
      else if (have === "read" && level === "write") permissions[name] = "read";
    }
    const names = [...new Set(repositories.map((r) => r.split("/")[1] ?? r))].sort();
    const { token } = (await this.auth({
      type: "installation",
      installationId,
      // No repositories named: every repository of the installation (listing them, the sweep).
      ...(names.length > 0 ? { repositoryNames: names } : {}),
      permissions,
      ...(refresh ? { refresh: true } : {}),
    })) as { token: string };
    let client = this.clients.get(token);
    if (!client) {
      if (this.clients.size >= CLIENT_CACHE_LIMIT) this.clients.clear();
      client = this.withRefresh(this.observed(this.build(token)), installationId, repositories, needed);
      this.clients.set(token, client);
    }
    return client;
  }

  /**
   * A client whose requests, refused with 401 (the token expired by GitHub's clock before the cache
   * thought so), are sent once more with a fresh token.
   */
  private withRefresh(
    client: GitHubClient,
    installationId: number,
    repositories: string[],
    needed: Permissions,
  ): GitHubClient {
    // Every request made with this token meets its expiry: one fresh token serves them all.
    let refreshed: Promise<GitHubClient> | undefined;
    const fresh = () => {
      refreshed ??= this.installationClient(installationId, repositories, needed, true);
      refreshed.catch(() => {
        refreshed = undefined; // a failed refresh is tried again by the next refused request
      });
      return refreshed;
    };
    const retry = async <T>(fn: (c: GitHubClient) => Promise<T>): Promise<T> => {
      // Once refused, this token is done with: later requests go with the fresh one.
      if (refreshed) return fn(await refreshed);
      try {
        return await fn(client);
      } catch (e) {
        if (!(e instanceof GitHubApiError) || e.status !== 401) throw e;
        return fn(await fresh());
      }
    };
    return {
      ...client,
      request: (route, params) => retry((c) => c.request(route, params)),
      graphql: (query, variables) => retry((c) => c.graphql(query, variables)),
      paginate: (route, params) => retry((c) => c.paginate(route, params)),
    };
  }
}
