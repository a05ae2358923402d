import { createHash } from "node:crypto";
import { parse as parseYaml } from "yaml";
import { type ScenarioApp, seedApps } from "./apps/seed";
import { TOKEN_LIMITS, WORKFLOW_TOKEN_LIMITS } from "./rateLimit";
import { fakeSha, isoSeconds, makeNodeId, Store } from "./store";
import type {
  Asset,
  Commit,
  CommitFile,
  ContentEdit,
  Deployment,
  Issue,
  Permissions,
  PullRequest,
  Release,
  Repo,
  TimelineEvent,
  WorkflowRun,
} from "./types";

/**
 * The scenario: a concise description of the GitHub the sandbox starts with.
 * Everything is optional except what identifies things; see README.md for the full example.
 */
export interface Scenario {
  /** The sandbox's "now" (ISO 8601). Default 2026-01-01T00:00:00Z. Writes advance it one second each. */
  now?: string;
  /** `wall` makes writes use the real clock instead of the scenario clock. */
  clock?: "scenario" | "wall";
  /** The default token's value (default `ghs_sandbox_default_token`). */
  token?: string;
  /** The default token's user (default `github-actions[bot]`). */
  actor?: string;
  users?: (string | ScenarioUser)[];
  orgs?: (string | ScenarioOrg)[];
  /** Extra tokens, e.g. an app token with `members: read`. */
  tokens?: ScenarioToken[];
  /**
   * The default token's primary rate limits: `{ core, graphql, search }` (REST requests and GraphQL
   * points an hour, searches a minute). Default a workflow GITHUB_TOKEN's: 1,000, 1,000 and 30.
   */
  limits?: ScenarioLimits;
  repos?: ScenarioRepo[];
  /** GitHub Apps and their installations (see apps/seed.ts). */
  apps?: ScenarioApp[];
}

export type ScenarioLimits = Partial<Record<"core" | "graphql" | "search", number>>;

export interface ScenarioUser {
  login: string;
  name?: string;
  email?: string;
  /** Further verified e-mail addresses GitHub ties to the account (commits and co-authors by them are theirs). */
  emails?: string[];
  type?: "User" | "Bot";
}

export interface ScenarioOrg {
  login: string;
  name?: string;
  teams?: { slug: string; name?: string; members?: string[]; maintainers?: string[] }[];
}

export interface ScenarioToken {
  value: string;
  /** Login the token acts as (default: the scenario actor). */
  user?: string;
  /** e.g. `{ contents: read, issues: write, members: read }`; `pull-requests` and `pull_requests` both work. */
  permissions?: Record<string, "read" | "write" | "admin" | "none">;
  /** Primary rate limits (default a user's or an App installation's: 5,000 an hour, 30 searches a minute). */
  limits?: ScenarioLimits;
  /**
   * How GitHub refuses this token a permission it lacks: 403 "Resource not accessible" (GitHub App
   * installation tokens, a workflow's GITHUB_TOKEN; the default) or 404 "Not Found" (fine-grained
   * personal access tokens, which GitHub does not let learn what exists). Both carry
   * `x-accepted-github-permissions`.
   */
  deniedWith?: 403 | 404;
}

/** A commit-ish: full or short sha, branch, tag, or a commit's message (whole or first line). */
export type CommitRef = string;

export interface ScenarioCommit {
  sha?: string;
  message: string;
  /** Login, or `{ login?, name?, email? }`. Default: the first scenario user, else `octocat`. */
  author?: string | { login?: string; name?: string; email?: string };
  /** Who committed it (rebased, amended, cherry-picked): login or `{ login?, name?, email? }`. Default: the author. */
  committer?: string | { login?: string; name?: string; email?: string };
  date?: string;
  /** Branch the commit goes on (default: the default branch). Its parent is that branch's head. */
  branch?: string;
  /** Explicit parents (commit refs); overrides `branch` chaining. */
  parents?: CommitRef[];
  /** Files changed: paths, or `{ path, additions?, deletions?, status?, previousPath? }` (a rename: status renamed). Default: one file. */
  files?: (
    | string
    | {
        path: string;
        additions?: number;
        deletions?: number;
        status?: CommitFile["status"];
        previousPath?: string;
      }
  )[];
}

/**
 * An edit: when, by whom (default: the author), the text after it (default: unchanged), and
 * whether someone deleted this revision from the edit history afterwards (`deletedBy`).
 */
export type ScenarioEdit = string | { at: string; editor?: string; body?: string; deletedBy?: string };

export interface ScenarioComment {
  author: string;
  /** The text as first written (edits with a `body` change it). */
  body: string;
  createdAt?: string;
  /** Times the comment was edited (by its author unless `editor`). */
  edits?: ScenarioEdit[];
  /** Someone deleted the comment: the timeline keeps a `comment_deleted` event. */
  deleted?: { by: string; at?: string };
}

export interface ScenarioLabelRef {
  name: string;
  /** Who added the label (recorded as the `labeled` event actor). Default: the issue author. */
  actor?: string;
  at?: string;
}

export interface ScenarioIssue {
  number?: number;
  title: string;
  body?: string;
  author?: string;
  state?: "open" | "closed";
  labels?: (string | ScenarioLabelRef)[];
  assignees?: string[];
  createdAt?: string;
  closedAt?: string;
  closedBy?: string;
  comments?: ScenarioComment[];
  /** Body edits (the last one is `lastEditedAt`); `body` as first written. */
  edits?: ScenarioEdit[];
  /** Extra timeline events, e.g. `{ event: unlabeled, actor: bob, label: x, at: … }`. */
  events?: { event: TimelineEvent["event"]; actor: string; label?: string; assignee?: string; at?: string }[];
}

export interface ScenarioPull extends ScenarioIssue {
  base?: string;
  /** Head branch (default `pr-<number>`). */
  head?: string;
  /** Commit refs, or new commits (created on the head branch). Default: one commit titled like the PR. */
  commits?: (CommitRef | ScenarioCommit)[];
  /** Default true when `mergeCommit` is given; a merged PR without one gets a squash commit on the base branch. */
  merged?: boolean;
  mergeCommit?: CommitRef;
  mergedAt?: string;
  mergedBy?: string;
  draft?: boolean;
  files?: ScenarioCommit["files"];
}

export interface ScenarioAsset {
  name: string;
  /** Text content (utf-8); or give only `size` for a zero-filled asset. */
  content?: string;
  size?: number;
  contentType?: string;
  label?: string;
}

export interface ScenarioRelease {
  tag: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
  /** Commit-ish the tag points at (created when missing). Default: the default branch head. */
  target?: CommitRef;
  author?: string;
  createdAt?: string;
  publishedAt?: string;
  immutable?: boolean;
  assets?: ScenarioAsset[];
}

export interface ScenarioDeployment {
  environment: string;
  /** Commit-ish deployed (default: default branch head). */
  sha?: CommitRef;
  ref?: string;
  task?: string;
  creator?: string;
  createdAt?: string;
  description?: string;
  /**
   * The workflow run that made it, as for a job with an `environment:`: every status's log URL
   * points at the run (`https://github.com/<owner>/<repo>/actions/runs/<run>/job/<run>`).
   */
  run?: number;
  /** Status states oldest first, or `{ state, createdAt?, creator?, description?, logUrl? }`. */
  statuses?: (
    | string
    | { state: string; createdAt?: string; creator?: string; description?: string; logUrl?: string }
  )[];
}

export interface ScenarioRun {
  id?: number;
  name?: string;
  path?: string;
  attempt?: number;
  runNumber?: number;
  headSha?: CommitRef;
  branch?: string;
  actor?: string;
  event?: string;
  startedAt?: string;
  status?: WorkflowRun["status"];
  conclusion?: string | null;
  approvals?: {
    user: string;
    state?: "approved" | "rejected";
    comment?: string;
    environments?: string[];
    at?: string;
  }[];
  /** Environments waiting for review. */
  pending?: string[];
}

export interface ScenarioRepo {
  /** `owner/name`, or give `owner` and `name`. */
  repo?: string;
  owner?: string;
  name?: string;
  defaultBranch?: string;
  private?: boolean;
  description?: string;
  /** Published releases become immutable (asset changes refused). */
  immutableReleases?: boolean;
  labels?: (string | { name: string; color?: string; description?: string })[];
  commits?: ScenarioCommit[];
  branches?: Record<string, CommitRef>;
  /** Lightweight tags: name -> commit-ish. */
  tags?: Record<string, CommitRef>;
  issues?: ScenarioIssue[];
  pulls?: ScenarioPull[];
  releases?: ScenarioRelease[];
  environments?: (
    | string
    | {
        name: string;
        reviewers?: string[];
        /** Whoever triggered a run may not approve its deployment. */
        preventSelfReview?: boolean;
        waitTimer?: number;
        /** Which branches may deploy: `protected`, or branch name patterns. Default: any branch. */
        branchPolicy?: "protected" | string[];
        /** Slugs of the Apps whose custom deployment protection rule is enabled here. */
        protectionRules?: string[];
      }
  )[];
  deployments?: ScenarioDeployment[];
  runs?: ScenarioRun[];
  /** Files on the default branch (path -> text), e.g. `.github/gatehouse.yml`. */
  files?: Record<string, string>;
  /** Files at other refs: ref -> path -> text. */
  filesAt?: Record<string, Record<string, string>>;
}

export const DEFAULT_NOW = "2026-01-01T00:00:00Z";
export const DEFAULT_TOKEN = "ghs_sandbox_default_token";
export const DEFAULT_ACTOR = "github-actions[bot]";

/** Permissions of the default token: everything a workflow GITHUB_TOKEN can get, write. */
export const DEFAULT_PERMISSIONS: Permissions = {
  actions: "write",
  checks: "write",
  contents: "write",
  deployments: "write",
  issues: "write",
  metadata: "read",
  pull_requests: "write",
  statuses: "write",
  environments: "read",
  members: "none",
};

/** Parse YAML text (or take the object) into a Scenario. */
export function readScenario(input: Scenario | string | undefined): Scenario {
  if (input === undefined) return {};
  if (typeof input !== "string") return input;
  const parsed = parseYaml(input) as unknown;
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== "object" || Array.isArray(parsed))
    throw new Error("scenario: expected a mapping at the top");
  return parsed as Scenario;
}

const KNOWN_KEYS: Record<string, string[]> = {
  scenario: ["now", "clock", "token", "actor", "users", "orgs", "tokens", "limits", "repos", "apps"],
  token: ["value", "user", "permissions", "limits", "deniedWith"],
  limits: ["core", "graphql", "search"],
  repo: [
    "repo",
    "owner",
    "name",
    "defaultBranch",
    "private",
    "description",
    "immutableReleases",
    "labels",
    "commits",
    "branches",
    "tags",
    "issues",
    "pulls",
    "releases",
    "environments",
    "deployments",
    "runs",
    "files",
    "filesAt",
  ],
  commit: ["sha", "message", "author", "committer", "date", "branch", "parents", "files"],
  issue: [
    "number",
    "title",
    "body",
    "author",
    "state",
    "labels",
    "assignees",
    "createdAt",
    "closedAt",
    "closedBy",
    "comments",
    "edits",
    "events",
  ],
  pull: [
    "number",
    "title",
    "body",
    "author",
    "state",
    "labels",
    "assignees",
    "createdAt",
    "closedAt",
    "closedBy",
    "comments",
    "edits",
    "events",
    "base",
    "head",
    "commits",
    "merged",
    "mergeCommit",
    "mergedAt",
    "mergedBy",
    "draft",
    "files",
  ],
  release: [
    "tag",
    "name",
    "body",
    "draft",
    "prerelease",
    "target",
    "author",
    "createdAt",
    "publishedAt",
    "immutable",
    "assets",
  ],
  deployment: ["environment", "sha", "ref", "task", "creator", "createdAt", "description", "run", "statuses"],
  run: [
    "id",
    "name",
    "path",
    "attempt",
    "runNumber",
    "headSha",
    "branch",
    "actor",
    "event",
    "startedAt",
    "status",
    "conclusion",
    "approvals",
    "pending",
  ],
};

/** Refuse keys the format does not have, so a typo does not silently drop part of a scenario. */
function checkKeys(kind: keyof typeof KNOWN_KEYS, value: unknown, where: string): void {
  if (!value || typeof value !== "object" || Array.isArray(value)) return;
  const known = KNOWN_KEYS[kind]!;
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new Error(
        `scenario: unknown key "${key}" in ${where} (known: ${known.join(", ")}); see packages/sandbox/README.md`,
      );
    }
  }
}

function checkScenario(sc: Scenario): void {
  checkKeys("scenario", sc, "the scenario");
  checkKeys("limits", sc.limits, "limits");
  for (const [i, t] of (sc.tokens ?? []).entries()) {
    checkKeys("token", t, `tokens[${i}]`);
    checkKeys("limits", t.limits, `tokens[${i}].limits`);
  }
  (sc.repos ?? []).forEach((r, i) => {
    const where = `repos[${i}]`;
    checkKeys("repo", r, where);
    const each = <T>(list: T[] | undefined, kind: keyof typeof KNOWN_KEYS, name: string) => {
      for (const [j, x] of (list ?? []).entries()) checkKeys(kind, x, `${where}.${name}[${j}]`);
    };
    each(r.commits, "commit", "commits");
    each(r.issues, "issue", "issues");
    each(r.pulls, "pull", "pulls");
    for (const [j, p] of (r.pulls ?? []).entries()) {
      for (const [k, c] of (p.commits ?? []).entries()) {
        checkKeys("commit", c, `${where}.pulls[${j}].commits[${k}]`);
      }
    }
    each(r.releases, "release", "releases");
    each(r.deployments, "deployment", "deployments");
    each(r.runs, "run", "runs");
  });
}

/** Build the store from a scenario. */
export function seed(input: Scenario | string | undefined): { store: Store; token: string } {
  const sc = readScenario(input);
  checkScenario(sc);
  const now = isoSeconds(new Date(sc.now ?? DEFAULT_NOW));
  const store = new Store(now);
  store.wallClock = sc.clock === "wall";
  // Defaulted timestamps of seeded things start 30 days before `now`, one minute apart.
  let seedTime = Date.parse(now) - 30 * 24 * 3600 * 1000;
  const at = (given?: string): string => {
    if (given) return isoSeconds(new Date(given));
    seedTime += 60_000;
    return isoSeconds(new Date(seedTime));
  };

  for (const u of sc.users ?? []) {
    if (typeof u === "string") store.user(u);
    else
      store.user(u.login, {
        name: u.name ?? null,
        email: u.email ?? null,
        type: u.type,
        ...(u.emails ? { emails: u.emails } : {}),
      });
  }
  const firstUser = store.state.users[0]?.login ?? "octocat";

  for (const o of sc.orgs ?? []) {
    const org = typeof o === "string" ? { login: o } : o;
    store.org(org.login, org.name ?? null);
    for (const t of org.teams ?? []) {
      const id = store.nextId("team");
      const team = {
        id,
        nodeId: makeNodeId("Team", id),
        org: org.login,
        slug: t.slug,
        name: t.name ?? t.slug,
        members: [...new Set([...(t.members ?? []), ...(t.maintainers ?? [])])],
        maintainers: [...(t.maintainers ?? [])],
      };
      for (const m of team.members) store.user(m);
      store.state.teams.push(team);
      store.register(team.nodeId, { kind: "Team", team });
    }
  }

  const actor = sc.actor ?? DEFAULT_ACTOR;
  store.user(actor);
  const token = sc.token ?? DEFAULT_TOKEN;
  store.state.tokens.push({
    value: token,
    user: actor,
    permissions: { ...DEFAULT_PERMISSIONS },
    limits: { ...WORKFLOW_TOKEN_LIMITS, ...sc.limits },
  });
  for (const t of sc.tokens ?? []) {
    const perms: Permissions = { metadata: "read" };
    for (const [k, v] of Object.entries(t.permissions ?? {})) perms[k.replace(/-/g, "_")] = v;
    const user = t.user ?? actor;
    store.user(user);
    store.state.tokens.push({
      value: t.value,
      user,
      permissions: perms,
      limits: { ...TOKEN_LIMITS, ...t.limits },
      ...(t.deniedWith ? { deniedWith: t.deniedWith } : {}),
    });
  }

  const apps = seedApps(store, sc.apps ?? [], at);
  for (const r of sc.repos ?? []) seedRepo(store, r, at, firstUser, apps.ruleIds);
  apps.check();
  return { store, token };
}

function seedRepo(
  store: Store,
  sr: ScenarioRepo,
  at: (given?: string) => string,
  firstUser: string,
  ruleIds: (slugs: string[], where: string) => number[],
): void {
  const [owner, name] = sr.repo ? sr.repo.split("/") : [sr.owner, sr.name];
  if (!owner || !name) throw new Error("scenario: each repo needs `repo: owner/name` (or owner and name)");
  if (!store.findOrg(owner)) store.user(owner);
  const id = store.nextId("repo");
  const repo: Repo = {
    id,
    nodeId: makeNodeId("Repository", id),
    owner,
    name,
    private: sr.private ?? false,
    description: sr.description ?? null,
    defaultBranch: sr.defaultBranch ?? "main",
    immutableReleases: sr.immutableReleases ?? false,
    createdAt: at(),
    commits: new Map(),
    refs: new Map(),
    labels: [],
    issues: [],
    pulls: [],
    releases: [],
    deployments: [],
    environments: [],
    runs: [],
    contents: { ...(sr.files ?? {}) },
    contentsByRef: { ...(sr.filesAt ?? {}) },
  };
  store.state.repos.push(repo);
  store.register(repo.nodeId, { kind: "Repository", repo });

  for (const l of sr.labels ?? []) {
    const label = typeof l === "string" ? { name: l } : l;
    store.createLabel(repo, label.name, label.color ?? "ededed", label.description ?? null);
  }

  const ctx = { store, repo, at, firstUser, n: 0 };
  for (const c of sr.commits ?? []) addCommit(ctx, c);
  if (!repo.refs.has(`refs/heads/${repo.defaultBranch}`)) {
    addCommit(ctx, { message: "Initial commit" });
  }

  // Issues and pull requests share one number sequence; explicit numbers are reserved first.
  const taken = new Set<number>();
  for (const i of [...(sr.issues ?? []), ...(sr.pulls ?? [])])
    if (i.number !== undefined) taken.add(i.number);
  let next = 1;
  const number = (given?: number) => {
    if (given !== undefined) return given;
    while (taken.has(next)) next++;
    taken.add(next);
    return next;
  };
  for (const si of sr.issues ?? []) seedIssue(ctx, si, number(si.number), false);
  for (const sp of sr.pulls ?? []) seedPull(ctx, sp, number(sp.number));
  repo.issues.sort((a, b) => a.number - b.number);
  repo.pulls.sort((a, b) => a.number - b.number);

  for (const [b, ref] of Object.entries(sr.branches ?? {}))
    repo.refs.set(`refs/heads/${b}`, mustResolve(ctx, ref));
  for (const [t, ref] of Object.entries(sr.tags ?? {}))
    repo.refs.set(`refs/tags/${t}`, mustResolve(ctx, ref));

  for (const e of sr.environments ?? []) {
    const env = typeof e === "string" ? { name: e } : e;
    store.ensureEnvironment(repo, env.name, at(), {
      reviewers: (env.reviewers ?? []).map((r) =>
        r.startsWith("team:")
          ? { type: "Team" as const, login: r.slice(5) }
          : { type: "User" as const, login: r },
      ),
      preventSelfReview: "preventSelfReview" in env ? (env.preventSelfReview ?? false) : false,
      waitTimer: env.waitTimer ?? 0,
      branchPolicy:
        "branchPolicy" in env && env.branchPolicy
          ? env.branchPolicy === "protected"
            ? { protectedBranches: true, patterns: [] }
            : { protectedBranches: false, patterns: [...env.branchPolicy] }
          : null,
      protectionRules: ruleIds(
        "protectionRules" in env ? (env.protectionRules ?? []) : [],
        `${owner}/${name} environment ${env.name}`,
      ),
    });
  }

  for (const sr2 of sr.releases ?? []) seedRelease(ctx, sr2);
  for (const sd of sr.deployments ?? []) seedDeployment(ctx, sd);
  for (const run of sr.runs ?? []) seedRun(ctx, run);
}

interface SeedCtx {
  store: Store;
  repo: Repo;
  at: (given?: string) => string;
  firstUser: string;
  n: number;
}

export function resolveScenarioRef(store: Store, repo: Repo, ref: string): string | undefined {
  const sha = store.resolveSha(repo, ref);
  if (sha) return sha;
  let found: string | undefined;
  for (const c of repo.commits.values()) {
    if (c.message === ref || c.message.split("\n")[0] === ref) found = c.sha;
  }
  return found;
}

function mustResolve(ctx: SeedCtx, ref: string): string {
  const sha = resolveScenarioRef(ctx.store, ctx.repo, ref);
  if (!sha) throw new Error(`scenario: ${ctx.repo.owner}/${ctx.repo.name}: no commit matches "${ref}"`);
  return sha;
}

function actorOf(store: Store, a: ScenarioCommit["author"], dflt: string) {
  const spec = typeof a === "string" ? { login: a } : (a ?? { login: dflt });
  // GitHub links a commit to the user any of whose (verified) e-mail addresses it carries.
  const byEmail = spec.email ? store.userByEmail(spec.email) : undefined;
  const login = spec.login ?? byEmail?.login ?? null;
  const user = login ? store.user(login) : undefined;
  return {
    login,
    name: spec.name ?? user?.name ?? login ?? "Unknown",
    email:
      spec.email ??
      user?.email ??
      (user ? `${user.id}+${user.login}@users.noreply.github.com` : "unknown@example.com"),
  };
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/^[a-z]+(\([^)]*\))?!?:\s*/, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "change"
  );
}

function filesOf(spec: ScenarioCommit["files"], message: string): CommitFile[] {
  const list = spec ?? [`src/${slug(message)}.ts`];
  return list.map((f) => {
    const o = typeof f === "string" ? { path: f } : f;
    const additions = o.additions ?? 10;
    const deletions = o.deletions ?? 2;
    return {
      filename: o.path,
      ...(o.previousPath !== undefined ? { previousFilename: o.previousPath } : {}),
      status: o.status ?? (o.previousPath !== undefined ? "renamed" : "modified"),
      additions,
      deletions,
      changes: additions + deletions,
    };
  });
}

function addCommit(ctx: SeedCtx, c: ScenarioCommit, defaultBranch?: string): Commit {
  const { store, repo } = ctx;
  const branch = c.branch ?? defaultBranch ?? repo.defaultBranch;
  const branchRef = `refs/heads/${branch}`;
  let parents: string[];
  if (c.parents) parents = c.parents.map((p) => mustResolve(ctx, p));
  else {
    const head = repo.refs.get(branchRef) ?? repo.refs.get(`refs/heads/${repo.defaultBranch}`);
    parents = head ? [head] : [];
  }
  // A defaulted date is never before a parent's, so history stays in order.
  let date = ctx.at(c.date);
  if (!c.date) {
    const latestParent = Math.max(
      0,
      ...parents.map((p) => Date.parse(repo.commits.get(p)?.committer.date ?? "")).filter(Number.isFinite),
    );
    if (latestParent >= Date.parse(date)) date = isoSeconds(new Date(latestParent + 60_000));
  }
  const author = actorOf(store, c.author, ctx.firstUser);
  const sha = c.sha ?? fakeSha(repo.owner, repo.name, ctx.n++, c.message, parents.join(","));
  const commit: Commit = {
    sha,
    nodeId: makeNodeId("Commit", `${repo.id}:${sha}`),
    message: c.message,
    author: { ...author, date },
    committer: { ...(c.committer ? actorOf(store, c.committer, ctx.firstUser) : author), date },
    parents,
    files: filesOf(c.files, c.message),
  };
  repo.commits.set(sha, commit);
  store.register(commit.nodeId, { kind: "Commit", repo, commit });
  if (!c.parents || c.branch) repo.refs.set(branchRef, sha);
  else if (!repo.refs.has(branchRef)) repo.refs.set(branchRef, sha);
  return commit;
}

function seedIssue(ctx: SeedCtx, si: ScenarioIssue, number: number, isPull: boolean): Issue {
  const { store, repo } = ctx;
  const createdAt = ctx.at(si.createdAt);
  const author = si.author ?? ctx.firstUser;
  store.user(author);
  const id = store.nextId("issue");
  const issue: Issue = {
    id,
    nodeId: makeNodeId("Issue", id),
    number,
    title: si.title,
    body: si.body ?? "",
    user: author,
    state: si.state ?? "open",
    stateReason: si.state === "closed" ? "completed" : null,
    labels: [],
    assignees: [...(si.assignees ?? [])],
    comments: [],
    timeline: [],
    edits: [],
    lastEditedAt: null,
    createdAt,
    updatedAt: createdAt,
    closedAt: null,
    closedBy: null,
    pullRequest: isPull,
  };
  if (!isPull) store.register(issue.nodeId, { kind: "Issue", repo, issue });
  repo.issues.push(issue);
  for (const a of issue.assignees) store.user(a);
  for (const l of si.labels ?? []) {
    const ref = typeof l === "string" ? { name: l } : l;
    store.addLabels(repo, issue, [ref.name], ref.actor ?? author, ref.at ? ctx.at(ref.at) : createdAt);
    if (ref.actor) store.user(ref.actor);
  }
  for (const e of si.edits ?? []) {
    const editedAt = seedEdit(ctx, issue, author, e);
    issue.lastEditedAt = editedAt;
    issue.updatedAt = editedAt;
  }
  for (const sc of si.comments ?? []) {
    store.user(sc.author);
    const c = store.addComment(repo, issue, sc.body, sc.author, ctx.at(sc.createdAt));
    for (const e of sc.edits ?? []) c.updatedAt = seedEdit(ctx, c, sc.author, e);
    if (c.updatedAt > issue.updatedAt) issue.updatedAt = c.updatedAt;
    if (sc.deleted) {
      store.user(sc.deleted.by);
      store.deleteComment(repo, issue, c, sc.deleted.by, ctx.at(sc.deleted.at));
    }
  }
  for (const ev of si.events ?? []) {
    store.user(ev.actor);
    if (ev.event === "labeled" && ev.label) {
      store.addLabels(repo, issue, [ev.label], ev.actor, ctx.at(ev.at));
    } else if (ev.event === "unlabeled" && ev.label) {
      store.removeLabel(repo, issue, ev.label, ev.actor, ctx.at(ev.at));
    } else {
      store.addEvent(repo, issue, ev.event, ev.actor, ctx.at(ev.at), {
        ...(ev.label ? { label: ev.label } : {}),
        ...(ev.assignee ? { assignee: ev.assignee } : {}),
      });
    }
  }
  if (issue.state === "closed") {
    issue.closedAt = ctx.at(si.closedAt);
    issue.closedBy = si.closedBy ?? author;
    if (!issue.timeline.some((e) => e.event === "closed")) {
      store.addEvent(repo, issue, "closed", issue.closedBy, issue.closedAt);
    }
    if (issue.closedAt > issue.updatedAt) issue.updatedAt = issue.closedAt;
  }
  issue.timeline.sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.seq - b.seq,
  );
  return issue;
}

/** One seeded edit of a body or comment; returns when it was made. */
function seedEdit(
  ctx: SeedCtx,
  target: { body: string; edits: ContentEdit[]; createdAt: string },
  author: string,
  e: ScenarioEdit,
): string {
  const ed = typeof e === "string" ? { at: e } : e;
  const editedAt = ctx.at(ed.at);
  const editor = ed.editor ?? author;
  ctx.store.user(editor);
  ctx.store.recordEdit(target, author, ed.body ?? target.body, editor, editedAt);
  if (ed.deletedBy) {
    ctx.store.user(ed.deletedBy);
    const revision = target.edits.at(-1)!;
    revision.body = null;
    revision.deletedAt = editedAt;
    revision.deletedBy = ed.deletedBy;
  }
  return editedAt;
}

function seedPull(ctx: SeedCtx, sp: ScenarioPull, number: number): void {
  const { store, repo } = ctx;
  const base = sp.base ?? repo.defaultBranch;
  const head = sp.head ?? `pr-${number}`;
  const baseSha = repo.refs.get(`refs/heads/${base}`) ?? null;
  const author = sp.author ?? ctx.firstUser;
  const commitSpecs = sp.commits ?? [{ message: sp.title }];
  const shas: string[] = [];
  for (const c of commitSpecs) {
    if (typeof c === "string") shas.push(mustResolve(ctx, c));
    else {
      const parent = shas[shas.length - 1] ?? baseSha;
      const commit = addCommit(
        ctx,
        { author, files: sp.files, ...c, parents: c.parents ?? (parent ? [parent] : []), branch: undefined },
        head,
      );
      repo.refs.set(`refs/heads/${head}`, commit.sha);
      shas.push(commit.sha);
    }
  }
  const issue = seedIssue(ctx, sp, number, true);
  const id = store.nextId("pull");
  const commits = shas.map((s) => repo.commits.get(s)!).filter(Boolean);
  const files = sp.files ? filesOf(sp.files, sp.title) : mergeFiles(commits);
  const merged = sp.merged ?? sp.mergeCommit !== undefined;
  const pull: PullRequest = {
    id,
    nodeId: makeNodeId("PullRequest", id),
    number,
    issue,
    base,
    head,
    headSha: shas[shas.length - 1] ?? null,
    baseSha,
    commits: shas,
    files,
    merged,
    mergedAt: null,
    mergedBy: null,
    mergeCommitSha: null,
    draft: sp.draft ?? false,
  };
  if (merged) {
    let mergeSha: string;
    if (sp.mergeCommit) mergeSha = mustResolve(ctx, sp.mergeCommit);
    else {
      // The squash message carries the description as it was when the pull request was merged.
      const at = sp.mergedAt ? isoSeconds(new Date(sp.mergedAt)) : null;
      const body = at
        ? (issue.edits.filter((e) => e.editedAt <= at && e.body !== null).at(-1)?.body ?? sp.body)
        : issue.body;
      const squash = addCommit(ctx, {
        message: `${sp.title} (#${number})${body ? `\n\n${body}` : ""}`,
        author,
        date: sp.mergedAt,
        files: files.map((f) => ({
          path: f.filename,
          additions: f.additions,
          deletions: f.deletions,
          status: f.status,
          ...(f.previousFilename !== undefined ? { previousPath: f.previousFilename } : {}),
        })),
        branch: base,
      });
      mergeSha = squash.sha;
    }
    const mergeCommit = repo.commits.get(mergeSha)!;
    pull.mergeCommitSha = mergeSha;
    pull.mergedAt = sp.mergedAt ? isoSeconds(new Date(sp.mergedAt)) : mergeCommit.committer.date;
    pull.mergedBy = sp.mergedBy ?? author;
    issue.state = "closed";
    issue.closedAt = pull.mergedAt;
    issue.closedBy = pull.mergedBy;
    store.addEvent(repo, issue, "merged", pull.mergedBy, pull.mergedAt, { commitId: mergeSha });
    store.addEvent(repo, issue, "closed", pull.mergedBy, pull.mergedAt, { commitId: mergeSha });
    issue.timeline = issue.timeline.filter(
      (e, i, all) => !(e.event === "closed" && all.findIndex((x) => x.event === "closed") !== i),
    );
    if (pull.mergedAt > issue.updatedAt) issue.updatedAt = pull.mergedAt;
  }
  repo.pulls.push(pull);
  store.register(pull.nodeId, { kind: "PullRequest", repo, pull });
  store.register(issue.nodeId, { kind: "PullRequest", repo, pull });
}

export function mergeFiles(commits: Commit[]): CommitFile[] {
  const by = new Map<string, CommitFile>();
  for (const c of commits) {
    for (const f of c.files) {
      const prev = by.get(f.filename);
      if (!prev) by.set(f.filename, { ...f });
      else {
        prev.additions += f.additions;
        prev.deletions += f.deletions;
        prev.changes += f.changes;
        if (f.status === "removed") prev.status = "removed";
      }
    }
  }
  return [...by.values()];
}

function seedRelease(ctx: SeedCtx, s: ScenarioRelease): void {
  const { store, repo } = ctx;
  const draft = s.draft ?? false;
  const tagRef = `refs/tags/${s.tag}`;
  let target = repo.defaultBranch;
  if (s.target) {
    target = s.target;
    if (!draft && !repo.refs.has(tagRef)) repo.refs.set(tagRef, mustResolve(ctx, s.target));
  } else if (!draft && !repo.refs.has(tagRef)) {
    repo.refs.set(tagRef, repo.refs.get(`refs/heads/${repo.defaultBranch}`)!);
  }
  const createdAt = ctx.at(s.createdAt);
  const id = store.nextId("release");
  const author = s.author ?? ctx.firstUser;
  store.user(author);
  const release: Release = {
    id,
    nodeId: makeNodeId("Release", id),
    tagName: s.tag,
    targetCommitish: target,
    name: s.name ?? s.tag,
    body: s.body ?? "",
    draft,
    prerelease: s.prerelease ?? false,
    immutable: s.immutable ?? (!draft && repo.immutableReleases),
    author,
    createdAt,
    publishedAt: draft ? null : s.publishedAt ? isoSeconds(new Date(s.publishedAt)) : createdAt,
    updatedAt: createdAt,
    assets: [],
  };
  for (const a of s.assets ?? []) {
    const content = a.content !== undefined ? Buffer.from(a.content) : Buffer.alloc(a.size ?? 0);
    const aid = store.nextId("asset");
    const asset: Asset = {
      id: aid,
      nodeId: makeNodeId("ReleaseAsset", aid),
      releaseId: id,
      name: a.name,
      label: a.label ?? null,
      contentType: a.contentType ?? "application/octet-stream",
      size: content.length,
      digest: `sha256:${createHash("sha256").update(content).digest("hex")}`,
      state: "uploaded",
      uploader: author,
      downloadCount: 0,
      createdAt,
      updatedAt: createdAt,
      content: content.length <= 8 * 1024 * 1024 ? content : null,
    };
    release.assets.push(asset);
    store.register(asset.nodeId, { kind: "ReleaseAsset", repo, release, asset });
  }
  repo.releases.push(release);
  store.register(release.nodeId, { kind: "Release", repo, release });
}

function seedDeployment(ctx: SeedCtx, s: ScenarioDeployment): void {
  const { store, repo } = ctx;
  const sha = s.sha ? mustResolve(ctx, s.sha) : repo.refs.get(`refs/heads/${repo.defaultBranch}`)!;
  const createdAt = ctx.at(s.createdAt);
  // GitHub records a workflow job's deployment to an environment as made by the workflow's token.
  const creator = s.creator ?? "github-actions[bot]";
  store.user(creator);
  // A deployment to an environment the repository does not have creates it, as on GitHub.
  store.ensureEnvironment(repo, s.environment, createdAt);
  const id = store.nextId("deployment");
  const d: Deployment = {
    id,
    nodeId: makeNodeId("Deployment", id),
    sha,
    ref: s.ref ?? repo.defaultBranch,
    task: s.task ?? "deploy",
    environment: s.environment,
    description: s.description ?? null,
    payload: {},
    creator,
    createdAt,
    updatedAt: createdAt,
    productionEnvironment: /prod/i.test(s.environment),
    transientEnvironment: false,
    statuses: [],
  };
  for (const st of s.statuses ?? []) {
    const spec: Exclude<typeof st, string> = typeof st === "string" ? { state: st } : st;
    const sid = store.nextId("status");
    const status = {
      id: sid,
      nodeId: makeNodeId("DeploymentStatus", sid),
      state: spec.state as Deployment["statuses"][number]["state"],
      description: spec.description ?? "",
      environmentUrl: "",
      logUrl:
        spec.logUrl ??
        (s.run ? `https://github.com/${repo.owner}/${repo.name}/actions/runs/${s.run}/job/${s.run}` : ""),
      creator: spec.creator ?? creator,
      createdAt: ctx.at(spec.createdAt),
    };
    d.statuses.push(status);
    d.updatedAt = status.createdAt;
    store.register(status.nodeId, { kind: "DeploymentStatus", repo, deployment: d, status });
  }
  repo.deployments.push(d);
  store.register(d.nodeId, { kind: "Deployment", repo, deployment: d });
}

function seedRun(ctx: SeedCtx, s: ScenarioRun): void {
  const { store, repo } = ctx;
  const id = s.id ?? store.nextId("run");
  const startedAt = ctx.at(s.startedAt);
  const actor = s.actor ?? ctx.firstUser;
  store.user(actor);
  const run: WorkflowRun = {
    id,
    nodeId: makeNodeId("WorkflowRun", id),
    name: s.name ?? "Deploy",
    workflowId: 161335,
    path: s.path ?? ".github/workflows/deploy.yml",
    runNumber: s.runNumber ?? repo.runs.length + 1,
    runAttempt: s.attempt ?? 1,
    event: s.event ?? "push",
    status: s.status ?? "in_progress",
    conclusion: s.conclusion ?? null,
    headSha: s.headSha ? mustResolve(ctx, s.headSha) : repo.refs.get(`refs/heads/${repo.defaultBranch}`)!,
    headBranch: s.branch ?? repo.defaultBranch,
    actor,
    runStartedAt: startedAt,
    createdAt: startedAt,
    updatedAt: startedAt,
    approvals: (s.approvals ?? []).map((a) => {
      store.user(a.user);
      return {
        user: a.user,
        state: a.state ?? "approved",
        comment: a.comment ?? "",
        environments: a.environments ?? repo.environments.map((e) => e.name).slice(0, 1),
        submittedAt: ctx.at(a.at),
      };
    }),
    pendingEnvironments: [...(s.pending ?? [])],
    gates: [],
  };
  repo.runs.push(run);
  store.register(run.nodeId, { kind: "WorkflowRun", repo, run });
}
