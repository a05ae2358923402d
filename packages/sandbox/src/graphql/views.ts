import { createHash } from "node:crypto";
import { hasPermission } from "../permissions";
import type { RateState } from "../rateLimit";
import { EVENT_TYPENAME, type NodeRef, type Store } from "../store";
import type {
  Asset,
  Comment,
  Commit,
  ContentEdit,
  Deployment,
  DeploymentStatus,
  Environment,
  Issue,
  Label,
  Org,
  PullRequest,
  Release,
  Repo,
  SandboxUrls,
  Team,
  TimelineEvent,
  Token,
  User,
} from "../types";
import { type ConnectionArgs, connection, GitHubGraphqlError, orderDir } from "./connection";

/**
 * GraphQL "views": plain objects whose properties and methods are named like the schema's
 * fields (graphql-js's default resolver reads properties and calls methods with the field's
 * arguments). Interfaces and unions resolve through `__typename`.
 * To add a field: add a property or method with the schema's name to the view class.
 */

export interface GraphqlContext {
  store: Store;
  urls: SandboxUrls;
  token: Token;
  user: User;
  /** The token's GraphQL points after this query, and what the query cost (the `rateLimit` object). */
  rate?: RateState & { cost: number; nodeCount: number };
}

type Args = ConnectionArgs & Record<string, any>;

function need(g: GraphqlContext, permission: string): void {
  if (!hasPermission(g.token, permission)) {
    throw new GitHubGraphqlError("FORBIDDEN", "Resource not accessible by integration");
  }
}

const byTime = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ---- actors ---------------------------------------------------------------

export function actor(g: GraphqlContext, login: string | null | undefined): UserView | OrgView | null {
  if (!login) return null;
  const org = g.store.findOrg(login);
  if (org) return new OrgView(g, org);
  return new UserView(g, g.store.user(login));
}

export class UserView {
  readonly __typename: string;
  constructor(
    private g: GraphqlContext,
    private u: User,
    /** As `viewer`: GitHub names a bot token's own login in full, `[bot]` included. */
    private asViewer = false,
  ) {
    this.__typename = u.type === "Bot" ? "Bot" : "User";
  }
  get id() {
    return this.u.nodeId;
  }
  get databaseId() {
    return this.u.id;
  }
  get login() {
    // GitHub shows a bot's GraphQL login without the `[bot]` suffix.
    return this.u.type === "Bot" && !this.asViewer ? this.u.login.replace(/\[bot\]$/, "") : this.u.login;
  }
  get name() {
    return this.u.name;
  }
  get email() {
    return this.u.email ?? "";
  }
  get url() {
    return `${this.g.urls.url}/${this.u.login}`;
  }
  get resourcePath() {
    return `/${this.u.login}`;
  }
  avatarUrl() {
    return `${this.g.urls.url}/avatars/${this.u.login}`;
  }
}

export class OrgView {
  readonly __typename = "Organization";
  constructor(
    private g: GraphqlContext,
    private o: Org,
  ) {}
  get id() {
    return this.o.nodeId;
  }
  get databaseId() {
    return this.o.id;
  }
  get login() {
    return this.o.login;
  }
  get name() {
    return this.o.name;
  }
  get url() {
    return `${this.g.urls.url}/${this.o.login}`;
  }
  get resourcePath() {
    return `/${this.o.login}`;
  }
  avatarUrl() {
    return `${this.g.urls.url}/avatars/${this.o.login}`;
  }
  team({ slug }: { slug: string }) {
    need(this.g, "members=read");
    const t = this.g.store.findTeam(this.o.login, slug);
    return t ? new TeamView(this.g, t) : null;
  }
  teams(args: Args) {
    need(this.g, "members=read");
    let teams = this.g.store.state.teams.filter((t) => t.org === this.o.login);
    if (args.userLogins)
      teams = teams.filter((t) => t.members.some((m) => (args.userLogins as string[]).includes(m)));
    return connection("teams", teams, args, (t) => new TeamView(this.g, t));
  }
  repository({ name }: { name: string }) {
    const r = this.g.store.findRepo(this.o.login, name);
    return r ? new RepoView(this.g, r) : null;
  }
}

export class TeamView {
  readonly __typename = "Team";
  constructor(
    private g: GraphqlContext,
    private t: Team,
  ) {}
  get id() {
    return this.t.nodeId;
  }
  get databaseId() {
    return this.t.id;
  }
  get slug() {
    return this.t.slug;
  }
  get name() {
    return this.t.name;
  }
  get combinedSlug() {
    return `${this.t.org}/${this.t.slug}`;
  }
  get url() {
    return `${this.g.urls.url}/orgs/${this.t.org}/teams/${this.t.slug}`;
  }
  members(args: Args) {
    let list = this.t.members;
    if (args.role === "MAINTAINER") list = list.filter((m) => this.t.maintainers.includes(m));
    if (args.role === "MEMBER") list = list.filter((m) => !this.t.maintainers.includes(m));
    if (args.query) list = list.filter((m) => m.toLowerCase().includes(String(args.query).toLowerCase()));
    const conn = connection("members", list, args, (m) => m);
    return {
      ...conn,
      nodes: conn.nodes.map((m) => new UserView(this.g, this.g.store.user(m))),
      edges: conn.edges.map((e) => ({
        cursor: e.cursor,
        node: new UserView(this.g, this.g.store.user(e.node)),
        role: this.t.maintainers.includes(e.node) ? "MAINTAINER" : "MEMBER",
      })),
    };
  }
}

// ---- repository -----------------------------------------------------------

export class RepoView {
  readonly __typename = "Repository";
  constructor(
    private g: GraphqlContext,
    readonly repo: Repo,
  ) {}
  get id() {
    return this.repo.nodeId;
  }
  get databaseId() {
    return this.repo.id;
  }
  get name() {
    return this.repo.name;
  }
  get nameWithOwner() {
    return `${this.repo.owner}/${this.repo.name}`;
  }
  get url() {
    return `${this.g.urls.url}/${this.repo.owner}/${this.repo.name}`;
  }
  get resourcePath() {
    return `/${this.repo.owner}/${this.repo.name}`;
  }
  get description() {
    return this.repo.description;
  }
  get isPrivate() {
    return this.repo.private;
  }
  get visibility() {
    return this.repo.private ? "PRIVATE" : "PUBLIC";
  }
  get createdAt() {
    return this.repo.createdAt;
  }
  get owner() {
    return actor(this.g, this.repo.owner);
  }
  get defaultBranchRef() {
    return this.refView(`refs/heads/${this.repo.defaultBranch}`);
  }
  refView(qualified: string): RefView | null {
    return this.repo.refs.has(qualified) ? new RefView(this.g, this.repo, qualified) : null;
  }
  issue({ number }: { number: number }) {
    need(this.g, "issues=read");
    const i = this.g.store.findIssue(this.repo, number);
    if (!i || i.pullRequest) {
      throw new GitHubGraphqlError(
        "NOT_FOUND",
        `Could not resolve to an Issue with the number of ${number}.`,
      );
    }
    return new IssueView(this.g, this.repo, i);
  }
  issueOrPullRequest({ number }: { number: number }) {
    const i = this.g.store.findIssue(this.repo, number);
    if (!i)
      throw new GitHubGraphqlError(
        "NOT_FOUND",
        `Could not resolve to an issue or pull request with the number of ${number}.`,
      );
    if (i.pullRequest) {
      need(this.g, "pull_requests=read");
      return new PullView(this.g, this.repo, this.g.store.findPull(this.repo, number)!);
    }
    need(this.g, "issues=read");
    return new IssueView(this.g, this.repo, i);
  }
  issues(args: Args) {
    need(this.g, "issues=read");
    let list = this.repo.issues.filter((i) => !i.pullRequest);
    const f = (args.filterBy ?? {}) as Record<string, any>;
    const states = (args.states ?? f.states) as string[] | undefined;
    if (states) list = list.filter((i) => states.includes(i.state.toUpperCase()));
    const labels = (args.labels ?? f.labels) as string[] | undefined;
    if (labels) {
      const want = labels.map((l) => l.toLowerCase());
      list = list.filter((i) => i.labels.some((l) => want.includes(l.toLowerCase())));
    }
    if (f.createdBy) list = list.filter((i) => i.user.toLowerCase() === String(f.createdBy).toLowerCase());
    if (f.assignee) list = list.filter((i) => i.assignees.includes(String(f.assignee)));
    if (f.since) list = list.filter((i) => i.updatedAt >= String(f.since));
    return connection(
      "issues",
      sortIssues(list, args.orderBy),
      args,
      (i) => new IssueView(this.g, this.repo, i),
    );
  }
  pullRequest({ number }: { number: number }) {
    need(this.g, "pull_requests=read");
    const p = this.g.store.findPull(this.repo, number);
    if (!p)
      throw new GitHubGraphqlError(
        "NOT_FOUND",
        `Could not resolve to a PullRequest with the number of ${number}.`,
      );
    return new PullView(this.g, this.repo, p);
  }
  pullRequests(args: Args) {
    need(this.g, "pull_requests=read");
    let list = this.repo.pulls;
    if (args.states) list = list.filter((p) => (args.states as string[]).includes(pullState(p)));
    if (args.labels) {
      const want = (args.labels as string[]).map((l) => l.toLowerCase());
      list = list.filter((p) => p.issue.labels.some((l) => want.includes(l.toLowerCase())));
    }
    if (args.headRefName) list = list.filter((p) => p.head === args.headRefName);
    if (args.baseRefName) list = list.filter((p) => p.base === args.baseRefName);
    const sorted = sortIssues(
      list.map((p) => p.issue),
      args.orderBy,
    ).map((i) => this.g.store.findPull(this.repo, i.number)!);
    return connection("pullRequests", sorted, args, (p) => new PullView(this.g, this.repo, p));
  }
  object({ oid, expression }: { oid?: string; expression?: string }) {
    need(this.g, "contents=read");
    if (oid) {
      const c = this.repo.commits.get(oid);
      return c ? new CommitView(this.g, this.repo, c) : null;
    }
    if (!expression) return null;
    const colon = expression.indexOf(":");
    if (colon >= 0) {
      const ref = expression.slice(0, colon) || "HEAD";
      const path = expression.slice(colon + 1);
      const text = this.g.store.filesAt(this.repo, ref)?.[path];
      return text === undefined ? null : new BlobView(text);
    }
    const c = this.g.store.resolveCommit(this.repo, expression);
    return c ? new CommitView(this.g, this.repo, c) : null;
  }
  ref({ qualifiedName }: { qualifiedName: string }) {
    need(this.g, "contents=read");
    const q = qualifiedName.startsWith("refs/")
      ? qualifiedName
      : this.repo.refs.has(`refs/heads/${qualifiedName}`)
        ? `refs/heads/${qualifiedName}`
        : `refs/tags/${qualifiedName}`;
    return this.refView(q);
  }
  refs(args: Args) {
    need(this.g, "contents=read");
    const prefix = String(args.refPrefix);
    let names = [...this.repo.refs.keys()].filter((r) => r.startsWith(prefix));
    if (args.query) names = names.filter((r) => r.slice(prefix.length).includes(String(args.query)));
    const order = args.orderBy as { field: string; direction: string } | undefined;
    const dir = order ? orderDir(order, "ASC") : args.direction === "DESC" ? -1 : 1;
    if (order?.field === "TAG_COMMIT_DATE") {
      const date = (r: string) => this.repo.commits.get(this.repo.refs.get(r)!)?.committer.date ?? "";
      names.sort((a, b) => byTime(date(a), date(b)) * dir || a.localeCompare(b) * dir);
    } else names.sort((a, b) => a.localeCompare(b) * dir);
    return connection("refs", names, args, (r) => new RefView(this.g, this.repo, r));
  }
  releases(args: Args) {
    need(this.g, "contents=read");
    const order = args.orderBy as { field: string; direction: string } | undefined;
    const dir = orderDir(order, "DESC");
    const list = [...this.repo.releases].sort((a, b) =>
      order?.field === "NAME"
        ? (a.name ?? a.tagName).localeCompare(b.name ?? b.tagName) * dir
        : byTime(a.createdAt, b.createdAt) * dir || (a.id - b.id) * dir,
    );
    return connection("releases", list, args, (r) => new ReleaseView(this.g, this.repo, r));
  }
  get latestRelease() {
    need(this.g, "contents=read");
    const r = this.g.store.latestRelease(this.repo);
    return r ? new ReleaseView(this.g, this.repo, r) : null;
  }
  release({ tagName }: { tagName: string }) {
    need(this.g, "contents=read");
    const r = this.repo.releases.find((x) => x.tagName === tagName);
    return r ? new ReleaseView(this.g, this.repo, r) : null;
  }
  deployments(args: Args) {
    need(this.g, "deployments=read");
    let list = this.repo.deployments;
    if (args.environments) list = list.filter((d) => (args.environments as string[]).includes(d.environment));
    const dir = orderDir(args.orderBy, "ASC");
    list = [...list].sort((a, b) => byTime(a.createdAt, b.createdAt) * dir || (a.id - b.id) * dir);
    return connection("deployments", list, args, (d) => new DeploymentView(this.g, this.repo, d));
  }
  labels(args: Args) {
    need(this.g, "issues=read");
    let list = this.repo.labels;
    if (args.query)
      list = list.filter((l) => l.name.toLowerCase().includes(String(args.query).toLowerCase()));
    return connection("labels", list, args, (l) => new LabelView(this.g, this.repo, l));
  }
  label({ name }: { name: string }) {
    const l = this.g.store.findLabel(this.repo, name);
    return l ? new LabelView(this.g, this.repo, l) : null;
  }
  // Listing environments needs `actions: read`, as GitHub documents for its REST twin; names
  // compare case-insensitively.
  environments(args: Args) {
    need(this.g, "actions=read");
    let list = this.repo.environments;
    const names = ((args.names as string[] | undefined) ?? []).map((n) => n.toLowerCase());
    if (names.length > 0) list = list.filter((e) => names.includes(e.name.toLowerCase()));
    // GitHub's default order is by name, ascending.
    const dir = orderDir(args.orderBy, "ASC");
    list = [...list].sort((a, b) => a.name.localeCompare(b.name) * dir || (a.id - b.id) * dir);
    return connection("environments", list, args, (e) => new EnvironmentView(this.g, this.repo, e));
  }
  environment({ name }: { name: string }) {
    need(this.g, "actions=read");
    const e = this.g.store.findEnvironment(this.repo, name);
    return e ? new EnvironmentView(this.g, this.repo, e) : null;
  }
}

function sortIssues(list: Issue[], orderBy: { field?: string; direction?: string } | undefined): Issue[] {
  const dir = orderDir(orderBy, "ASC");
  const key = (i: Issue) =>
    orderBy?.field === "UPDATED_AT"
      ? i.updatedAt
      : orderBy?.field === "COMMENTS"
        ? String(i.comments.length).padStart(9, "0")
        : i.createdAt;
  return [...list].sort((a, b) => byTime(key(a), key(b)) * dir || (a.number - b.number) * dir);
}

/** A file's git blob sha (`git hash-object`), as GitHub names its content. */
const blobOid = (text: string) =>
  createHash("sha1")
    .update(`blob ${Buffer.byteLength(text)}\0`)
    .update(text)
    .digest("hex");

export class BlobView {
  readonly __typename = "Blob";
  constructor(private text_: string) {}
  get oid() {
    return blobOid(this.text_);
  }
  get text() {
    return this.text_;
  }
  get byteSize() {
    return Buffer.byteLength(this.text_);
  }
  get isBinary() {
    return false;
  }
  get isTruncated() {
    return false;
  }
}

export class EnvironmentView {
  readonly __typename = "Environment";
  constructor(
    _g: GraphqlContext,
    _repo: Repo,
    private e: Environment,
  ) {}
  get id() {
    return this.e.nodeId;
  }
  get databaseId() {
    return this.e.id;
  }
  get name() {
    return this.e.name;
  }
  get isPinned() {
    return false;
  }
}

export class LabelView {
  readonly __typename = "Label";
  constructor(
    private g: GraphqlContext,
    private repo: Repo,
    private l: Label,
  ) {}
  get id() {
    return this.l.nodeId;
  }
  get name() {
    return this.l.name;
  }
  get color() {
    return this.l.color;
  }
  get description() {
    return this.l.description;
  }
  get isDefault() {
    return this.l.default;
  }
  get url() {
    return `${this.g.urls.url}/${this.repo.owner}/${this.repo.name}/labels/${encodeURIComponent(this.l.name)}`;
  }
}

export class RefView {
  readonly __typename = "Ref";
  constructor(
    private g: GraphqlContext,
    private repo: Repo,
    private qualified: string,
  ) {}
  get id() {
    return Buffer.from(`Ref:${this.repo.id}:${this.qualified}`).toString("base64url");
  }
  get name() {
    return this.qualified.replace(/^refs\/(heads|tags)\//, "");
  }
  get prefix() {
    const m = /^(refs\/(?:heads|tags)\/)/.exec(this.qualified);
    return m ? m[1] : "refs/";
  }
  get target() {
    const sha = this.repo.refs.get(this.qualified);
    const c = sha ? this.repo.commits.get(sha) : undefined;
    return c ? new CommitView(this.g, this.repo, c) : null;
  }
  get repository() {
    return new RepoView(this.g, this.repo);
  }
  associatedPullRequests(args: Args) {
    const name = this.name;
    let list = this.repo.pulls.filter((p) => p.head === name);
    if (args.states) list = list.filter((p) => (args.states as string[]).includes(pullState(p)));
    return connection("associatedPullRequests", list, args, (p) => new PullView(this.g, this.repo, p));
  }
}

// ---- commits --------------------------------------------------------------

export class GitActorView {
  constructor(
    private g: GraphqlContext,
    private a: Commit["author"],
  ) {}
  get name() {
    return this.a.name;
  }
  get email() {
    return this.a.email;
  }
  get date() {
    return this.a.date;
  }
  get user() {
    return this.a.login ? new UserView(this.g, this.g.store.user(this.a.login)) : null;
  }
  avatarUrl() {
    return `${this.g.urls.url}/avatars/${this.a.login ?? "ghost"}`;
  }
}

export class CommitView {
  readonly __typename = "Commit";
  constructor(
    private g: GraphqlContext,
    private repo: Repo,
    private c: Commit,
  ) {}
  get id() {
    return this.c.nodeId;
  }
  get oid() {
    return this.c.sha;
  }
  get abbreviatedOid() {
    return this.c.sha.slice(0, 7);
  }
  get message() {
    return this.c.message;
  }
  get messageHeadline() {
    return this.c.message.split("\n")[0] ?? "";
  }
  get messageBody() {
    const i = this.c.message.indexOf("\n");
    return i < 0 ? "" : this.c.message.slice(i + 1).replace(/^\n+/, "");
  }
  get committedDate() {
    return this.c.committer.date;
  }
  get authoredDate() {
    return this.c.author.date;
  }
  get pushedDate() {
    return this.c.committer.date;
  }
  get url() {
    return `${this.g.urls.url}/${this.repo.owner}/${this.repo.name}/commit/${this.c.sha}`;
  }
  get resourcePath() {
    return `/${this.repo.owner}/${this.repo.name}/commit/${this.c.sha}`;
  }
  get commitUrl() {
    return this.url;
  }
  get author() {
    return new GitActorView(this.g, this.c.author);
  }
  get committer() {
    return new GitActorView(this.g, this.c.committer);
  }
  get additions() {
    return this.c.files.reduce((s, f) => s + f.additions, 0);
  }
  get deletions() {
    return this.c.files.reduce((s, f) => s + f.deletions, 0);
  }
  get changedFilesIfAvailable() {
    return this.c.files.length;
  }
  get changedFiles() {
    return this.c.files.length;
  }
  get repository() {
    return new RepoView(this.g, this.repo);
  }
  authors(args: Args) {
    // Co-authors from `Co-authored-by:` trailers follow the author.
    const list = [this.c.author];
    for (const m of this.c.message.matchAll(/^Co-authored-by:\s*(.+?)\s*<([^>]+)>\s*$/gim)) {
      const email = m[2]!;
      // GitHub ties a co-author to the account any of whose e-mail addresses the trailer names.
      const login = this.g.store.userByEmail(email)?.login ?? null;
      list.push({ login, name: m[1]!, email, date: this.c.author.date });
    }
    return connection("authors", list, args, (a) => new GitActorView(this.g, a));
  }
  parents(args: Args) {
    const list = this.c.parents.map((p) => this.repo.commits.get(p)).filter((c): c is Commit => Boolean(c));
    return connection("parents", list, args, (c) => new CommitView(this.g, this.repo, c));
  }
  // The file at this commit. The sandbox keeps files per ref: a commit with a copy of its own
  // (`contentsByRef[sha]`) sees that one, any other its repository's files as they are now.
  file({ path }: { path: string }) {
    const text = this.g.store.filesAt(this.repo, this.c.sha)?.[path];
    if (text === undefined) return null;
    const blob = new BlobView(text);
    return {
      __typename: "TreeEntry",
      name: path.split("/").pop(),
      path,
      type: "blob",
      mode: 33188,
      oid: blob.oid,
      object: blob,
    };
  }
  history(args: Args) {
    const filtered = args.since || args.until || args.path || args.author;
    if (!filtered && !args.after && !args.before && !args.last && Number(args.first) <= 1) {
      // The newest commit of a history is always the commit itself: a count needs no ordering.
      const page = connection(
        "history",
        Number(args.first) === 1 ? [this.c] : [],
        args,
        (c) => new CommitView(this.g, this.repo, c),
      );
      const total = this.g.store.historyCount(this.repo, this.c.sha);
      return {
        ...page,
        totalCount: total,
        pageInfo: { ...page.pageInfo, hasNextPage: total > page.nodes.length },
      };
    }
    let list = this.g.store.history(this.repo, this.c.sha);
    if (args.since) list = list.filter((c) => Date.parse(c.committer.date) >= Date.parse(String(args.since)));
    if (args.until) list = list.filter((c) => Date.parse(c.committer.date) <= Date.parse(String(args.until)));
    if (args.path) {
      const p = String(args.path);
      list = list.filter((c) => c.files.some((f) => f.filename === p || f.filename.startsWith(`${p}/`)));
    }
    const author = args.author as { emails?: string[]; id?: string } | undefined;
    if (author?.emails) list = list.filter((c) => author.emails!.includes(c.author.email));
    if (author?.id) {
      const ref = this.g.store.nodes.get(author.id);
      const login = ref?.kind === "User" ? ref.user.login : undefined;
      list = list.filter((c) => c.author.login === login);
    }
    return connection("history", list, args, (c) => new CommitView(this.g, this.repo, c));
  }
  associatedPullRequests(args: Args) {
    need(this.g, "pull_requests=read");
    const list = this.g.store.pullsForCommit(this.repo, this.c.sha);
    return connection("associatedPullRequests", list, args, (p) => new PullView(this.g, this.repo, p));
  }
}

// ---- issues and pull requests --------------------------------------------

function editsConnection(g: GraphqlContext, edits: ContentEdit[], args: Args) {
  const newestFirst = [...edits].sort((a, b) => byTime(b.editedAt, a.editedAt) || b.id - a.id);
  return connection("userContentEdits", newestFirst, args, (e) => ({
    __typename: "UserContentEdit",
    id: Buffer.from(`UserContentEdit:${e.id}`).toString("base64url"),
    editedAt: e.editedAt,
    createdAt: e.editedAt,
    updatedAt: e.editedAt,
    deletedAt: e.deletedAt ?? null,
    deletedBy: actor(g, e.deletedBy),
    // GitHub answers the revision's whole text here (null once the revision is deleted).
    diff: e.deletedAt ? null : e.body,
    editor: actor(g, e.editor),
  }));
}

const ITEM_TYPE: Record<string, string> = {
  ISSUE_COMMENT: "IssueComment",
  LABELED_EVENT: "LabeledEvent",
  UNLABELED_EVENT: "UnlabeledEvent",
  CLOSED_EVENT: "ClosedEvent",
  REOPENED_EVENT: "ReopenedEvent",
  ASSIGNED_EVENT: "AssignedEvent",
  UNASSIGNED_EVENT: "UnassignedEvent",
  RENAMED_TITLE_EVENT: "RenamedTitleEvent",
  MERGED_EVENT: "MergedEvent",
  COMMENT_DELETED_EVENT: "CommentDeletedEvent",
};

class IssueLike {
  constructor(
    protected g: GraphqlContext,
    protected repo: Repo,
    protected i: Issue,
  ) {}
  get databaseId() {
    return this.i.id;
  }
  get number() {
    return this.i.number;
  }
  get title() {
    return this.i.title;
  }
  get body() {
    return this.i.body;
  }
  get bodyText() {
    return this.i.body;
  }
  get closed() {
    return this.i.state === "closed";
  }
  get closedAt() {
    return this.i.closedAt;
  }
  get createdAt() {
    return this.i.createdAt;
  }
  get updatedAt() {
    return this.i.updatedAt;
  }
  get lastEditedAt() {
    return this.i.lastEditedAt;
  }
  get author() {
    return actor(this.g, this.i.user);
  }
  get repository() {
    return new RepoView(this.g, this.repo);
  }
  get viewerDidAuthor() {
    return this.i.user === this.g.user.login;
  }
  get locked() {
    return false;
  }
  labels(args: Args) {
    const list = this.i.labels.map((n) => this.g.store.ensureLabel(this.repo, n));
    return connection("labels", list, args, (l) => new LabelView(this.g, this.repo, l));
  }
  assignees(args: Args) {
    return connection("assignees", this.i.assignees, args, (a) => new UserView(this.g, this.g.store.user(a)));
  }
  comments(args: Args) {
    return connection(
      "comments",
      this.i.comments,
      args,
      (c) => new CommentView(this.g, this.repo, this.i, c),
    );
  }
  userContentEdits(args: Args) {
    return editsConnection(this.g, this.i.edits, args);
  }
  timelineItems(args: Args) {
    const types = args.itemTypes
      ? new Set((args.itemTypes as string[]).map((t) => ITEM_TYPE[t] ?? t))
      : undefined;
    type Item = { at: string; seq: number; typename: string; view: () => unknown };
    let items: Item[] = [
      ...this.i.comments.map((c) => ({
        at: c.createdAt,
        seq: c.seq,
        typename: "IssueComment",
        view: () => new CommentView(this.g, this.repo, this.i, c),
      })),
      ...this.i.timeline
        .filter((e) => e.event !== "merged" || this.i.pullRequest)
        .map((e) => ({
          at: e.createdAt,
          seq: e.seq,
          typename: EVENT_TYPENAME[e.event],
          view: () => eventView(this.g, this.repo, this.i, e),
        })),
    ];
    items.sort((a, b) => byTime(a.at, b.at) || a.seq - b.seq);
    const total = items.length;
    if (args.since) items = items.filter((x) => x.at >= String(args.since));
    if (types) items = items.filter((x) => types.has(x.typename));
    if (args.skip) items = items.slice(Number(args.skip));
    return connection("timelineItems", items, args, (x) => x.view(), {
      filteredCount: items.length,
      pageCount: items.length,
      updatedAt: this.i.updatedAt,
      totalCount: total,
    });
  }
}

export class IssueView extends IssueLike {
  readonly __typename = "Issue";
  get id() {
    return this.i.nodeId;
  }
  get url() {
    return `${this.g.urls.url}/${this.repo.owner}/${this.repo.name}/issues/${this.i.number}`;
  }
  get resourcePath() {
    return `/${this.repo.owner}/${this.repo.name}/issues/${this.i.number}`;
  }
  get state() {
    return this.i.state === "open" ? "OPEN" : "CLOSED";
  }
  get stateReason() {
    return this.i.stateReason ? this.i.stateReason.toUpperCase() : null;
  }
}

function pullState(p: PullRequest): string {
  return p.merged ? "MERGED" : p.issue.state === "open" ? "OPEN" : "CLOSED";
}

export class PullView extends IssueLike {
  readonly __typename = "PullRequest";
  constructor(
    g: GraphqlContext,
    repo: Repo,
    private p: PullRequest,
  ) {
    super(g, repo, p.issue);
  }
  get id() {
    return this.p.nodeId;
  }
  override get databaseId() {
    return this.p.id;
  }
  get url() {
    return `${this.g.urls.url}/${this.repo.owner}/${this.repo.name}/pull/${this.p.number}`;
  }
  get resourcePath() {
    return `/${this.repo.owner}/${this.repo.name}/pull/${this.p.number}`;
  }
  get permalink() {
    return this.url;
  }
  get state() {
    return pullState(this.p);
  }
  get merged() {
    return this.p.merged;
  }
  get mergedAt() {
    return this.p.mergedAt;
  }
  get mergedBy() {
    return actor(this.g, this.p.mergedBy);
  }
  get isDraft() {
    return this.p.draft;
  }
  get mergeCommit() {
    const c = this.p.mergeCommitSha ? this.repo.commits.get(this.p.mergeCommitSha) : undefined;
    return c ? new CommitView(this.g, this.repo, c) : null;
  }
  get baseRefName() {
    return this.p.base;
  }
  get headRefName() {
    return this.p.head;
  }
  get baseRefOid() {
    return this.p.baseSha ?? this.g.store.resolveSha(this.repo, this.p.base) ?? "";
  }
  get headRefOid() {
    return this.p.headSha ?? "";
  }
  get baseRepository() {
    return new RepoView(this.g, this.repo);
  }
  get headRepository() {
    return new RepoView(this.g, this.repo);
  }
  get additions() {
    return this.p.files.reduce((s, f) => s + f.additions, 0);
  }
  get deletions() {
    return this.p.files.reduce((s, f) => s + f.deletions, 0);
  }
  get changedFiles() {
    return this.p.files.length;
  }
  commits(args: Args) {
    const list = this.p.commits.map((s) => this.repo.commits.get(s)).filter((c): c is Commit => Boolean(c));
    return connection("commits", list, args, (c) => ({
      __typename: "PullRequestCommit",
      id: Buffer.from(`PullRequestCommit:${this.p.id}:${c.sha}`).toString("base64url"),
      url: `${this.url}/commits/${c.sha}`,
      resourcePath: `${this.resourcePath}/commits/${c.sha}`,
      commit: new CommitView(this.g, this.repo, c),
      pullRequest: this,
    }));
  }
  files(args: Args) {
    return connection("files", this.p.files, args, (f) => ({
      __typename: "PullRequestChangedFile",
      path: f.filename,
      additions: f.additions,
      deletions: f.deletions,
      changeType: { added: "ADDED", modified: "MODIFIED", removed: "DELETED", renamed: "RENAMED" }[f.status],
      viewerViewedState: "UNVIEWED",
    }));
  }
}

export class CommentView {
  readonly __typename = "IssueComment";
  constructor(
    private g: GraphqlContext,
    private repo: Repo,
    private issue: Issue,
    private c: Comment,
  ) {}
  get id() {
    return this.c.nodeId;
  }
  get databaseId() {
    return this.c.id;
  }
  get body() {
    return this.c.body;
  }
  get bodyText() {
    return this.c.body;
  }
  get author() {
    return actor(this.g, this.c.user);
  }
  get createdAt() {
    return this.c.createdAt;
  }
  get updatedAt() {
    return this.c.updatedAt;
  }
  get publishedAt() {
    return this.c.createdAt;
  }
  get lastEditedAt() {
    return this.c.edits[this.c.edits.length - 1]?.editedAt ?? null;
  }
  get url() {
    const kind = this.issue.pullRequest ? "pull" : "issues";
    return `${this.g.urls.url}/${this.repo.owner}/${this.repo.name}/${kind}/${this.issue.number}#issuecomment-${this.c.id}`;
  }
  get viewerDidAuthor() {
    return this.c.user === this.g.user.login;
  }
  get isMinimized() {
    return false;
  }
  userContentEdits(args: Args) {
    return editsConnection(this.g, this.c.edits, args);
  }
}

function eventView(g: GraphqlContext, repo: Repo, issue: Issue, e: TimelineEvent): Record<string, unknown> {
  const base: Record<string, unknown> = {
    __typename: EVENT_TYPENAME[e.event],
    id: e.nodeId,
    databaseId: e.id,
    actor: actor(g, e.actor),
    createdAt: e.createdAt,
  };
  switch (e.event) {
    case "labeled":
    case "unlabeled":
      base.label = new LabelView(g, repo, g.store.ensureLabel(repo, e.label ?? ""));
      base.labelable = issue.pullRequest
        ? new PullView(g, repo, g.store.findPull(repo, issue.number)!)
        : new IssueView(g, repo, issue);
      break;
    case "assigned":
    case "unassigned":
      base.assignee = actor(g, e.assignee);
      break;
    case "renamed":
      base.previousTitle = e.rename?.from ?? "";
      base.currentTitle = e.rename?.to ?? "";
      break;
    case "closed":
      base.stateReason = issue.stateReason === "not_planned" ? "NOT_PLANNED" : "COMPLETED";
      base.closer = null;
      break;
    case "reopened":
      base.stateReason = "REOPENED";
      break;
    case "comment_deleted":
      base.deletedCommentAuthor = actor(g, e.deletedCommentAuthor);
      break;
    case "merged": {
      const c = e.commitId ? repo.commits.get(e.commitId) : undefined;
      base.commit = c ? new CommitView(g, repo, c) : null;
      base.mergeRefName = g.store.findPull(repo, issue.number)?.base ?? repo.defaultBranch;
      break;
    }
  }
  return base;
}

// ---- releases and deployments --------------------------------------------

export class ReleaseView {
  readonly __typename = "Release";
  constructor(
    private g: GraphqlContext,
    private repo: Repo,
    private r: Release,
  ) {}
  get id() {
    return this.r.nodeId;
  }
  get databaseId() {
    return this.r.id;
  }
  get name() {
    return this.r.name;
  }
  get tagName() {
    return this.r.tagName;
  }
  get description() {
    return this.r.body;
  }
  get isDraft() {
    return this.r.draft;
  }
  get isPrerelease() {
    return this.r.prerelease;
  }
  get isLatest() {
    return this.g.store.latestRelease(this.repo) === this.r;
  }
  get repository() {
    return new RepoView(this.g, this.repo);
  }
  get resourcePath() {
    return `/${this.repo.owner}/${this.repo.name}/releases/tag/${encodeURIComponent(this.r.tagName)}`;
  }
  get createdAt() {
    return this.r.createdAt;
  }
  get publishedAt() {
    return this.r.publishedAt;
  }
  get updatedAt() {
    return this.r.updatedAt;
  }
  get url() {
    return `${this.g.urls.url}/${this.repo.owner}/${this.repo.name}/releases/tag/${encodeURIComponent(this.r.tagName)}`;
  }
  get author() {
    const u = this.g.store.findUser(this.r.author);
    return u ? new UserView(this.g, u) : null;
  }
  get tag() {
    return this.repo.refs.has(`refs/tags/${this.r.tagName}`)
      ? new RefView(this.g, this.repo, `refs/tags/${this.r.tagName}`)
      : null;
  }
  get tagCommit() {
    const sha = this.repo.refs.get(`refs/tags/${this.r.tagName}`);
    const c = sha ? this.repo.commits.get(sha) : undefined;
    return c ? new CommitView(this.g, this.repo, c) : null;
  }
  releaseAssets(args: Args) {
    const list = args.name ? this.r.assets.filter((a) => a.name === args.name) : this.r.assets;
    return connection("releaseAssets", list, args, (a) => this.asset(a));
  }
  private asset(a: Asset) {
    return {
      __typename: "ReleaseAsset",
      id: a.nodeId,
      name: a.name,
      size: a.size,
      contentType: a.contentType,
      downloadCount: a.downloadCount,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      digest: a.digest,
      url: `${this.g.urls.url}/${this.repo.owner}/${this.repo.name}/releases/download/${encodeURIComponent(this.r.tagName)}/${encodeURIComponent(a.name)}`,
      downloadUrl: `${this.g.urls.url}/${this.repo.owner}/${this.repo.name}/releases/download/${encodeURIComponent(this.r.tagName)}/${encodeURIComponent(a.name)}`,
      release: this,
      uploadedBy: new UserView(this.g, this.g.store.user(a.uploader)),
    };
  }
}

const DEPLOYMENT_STATE: Record<DeploymentStatus["state"], string> = {
  success: "ACTIVE",
  inactive: "INACTIVE",
  error: "ERROR",
  failure: "FAILURE",
  pending: "PENDING",
  queued: "QUEUED",
  in_progress: "IN_PROGRESS",
};

export class DeploymentView {
  readonly __typename = "Deployment";
  constructor(
    private g: GraphqlContext,
    private repo: Repo,
    private d: Deployment,
  ) {}
  get id() {
    return this.d.nodeId;
  }
  get databaseId() {
    return this.d.id;
  }
  get commitOid() {
    return this.d.sha;
  }
  get commit() {
    const c = this.repo.commits.get(this.d.sha);
    return c ? new CommitView(this.g, this.repo, c) : null;
  }
  get environment() {
    return this.d.environment;
  }
  get originalEnvironment() {
    return this.d.environment;
  }
  get latestEnvironment() {
    return this.d.environment;
  }
  get createdAt() {
    return this.d.createdAt;
  }
  get updatedAt() {
    return this.d.updatedAt;
  }
  get task() {
    return this.d.task;
  }
  get description() {
    return this.d.description;
  }
  get payload() {
    return JSON.stringify(this.d.payload ?? {});
  }
  get creator() {
    return actor(this.g, this.d.creator);
  }
  get ref() {
    const q = this.repo.refs.has(`refs/heads/${this.d.ref}`)
      ? `refs/heads/${this.d.ref}`
      : `refs/tags/${this.d.ref}`;
    return this.repo.refs.has(q) ? new RefView(this.g, this.repo, q) : null;
  }
  get state() {
    const last = this.d.statuses[this.d.statuses.length - 1];
    return last ? DEPLOYMENT_STATE[last.state] : "PENDING";
  }
  get latestStatus() {
    const last = this.d.statuses[this.d.statuses.length - 1];
    return last ? this.status(last) : null;
  }
  statuses(args: Args) {
    const newest = [...this.d.statuses].reverse();
    return connection("statuses", newest, args, (s) => this.status(s));
  }
  private status(s: DeploymentStatus) {
    return {
      __typename: "DeploymentStatus",
      id: s.nodeId,
      state: s.state.toUpperCase(),
      createdAt: s.createdAt,
      updatedAt: s.createdAt,
      description: s.description,
      environment: this.d.environment,
      environmentUrl: s.environmentUrl || null,
      logUrl: s.logUrl || null,
      creator: actor(this.g, s.creator),
      deployment: this,
    };
  }
}

/** A view for a node id (node/nodes queries). */
export function nodeView(g: GraphqlContext, ref: NodeRef): unknown {
  switch (ref.kind) {
    case "User":
      return new UserView(g, ref.user);
    case "Organization":
      return new OrgView(g, ref.org);
    case "Team":
      return new TeamView(g, ref.team);
    case "Repository":
      return new RepoView(g, ref.repo);
    case "Label":
      return new LabelView(g, ref.repo, ref.label);
    case "Issue":
      return new IssueView(g, ref.repo, ref.issue);
    case "PullRequest":
      return new PullView(g, ref.repo, ref.pull);
    case "IssueComment":
      return new CommentView(g, ref.repo, ref.issue, ref.comment);
    case "Release":
      return new ReleaseView(g, ref.repo, ref.release);
    case "Deployment":
      return new DeploymentView(g, ref.repo, ref.deployment);
    case "Environment":
      return new EnvironmentView(g, ref.repo, ref.environment);
    case "Commit":
      return new CommitView(g, ref.repo, ref.commit);
    case "TimelineEvent":
      return eventView(g, ref.repo, ref.issue, ref.event);
    default:
      return null;
  }
}
