import { createHash } from "node:crypto";
import { validationFailed } from "./http";
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
  State,
  Team,
  TimelineEvent,
  User,
  WorkflowRun,
} from "./types";

/** Id ranges per kind, so ids are deterministic and easy to tell apart in assertions. */
const ID_BASE = {
  user: 1000,
  team: 100,
  repo: 200000,
  label: 300000,
  issue: 400000,
  comment: 500000,
  event: 600000,
  pull: 700000,
  release: 800000,
  asset: 900000,
  deployment: 1000000,
  status: 1100000,
  environment: 1200000,
  run: 1300000,
  edit: 1400000,
  app: 1500000,
  installation: 1600000,
  delivery: 1700000,
} as const;

/** GitHub's most labels on one issue or pull request: a 101st is refused. */
export const MAX_ISSUE_LABELS = 100;
/** GitHub's most assignees on one issue or pull request: more are not added. */
export const MAX_ISSUE_ASSIGNEES = 10;

const tooManyLabels = () =>
  validationFailed([
    {
      resource: "Label",
      code: "invalid",
      field: "labels",
      message: `An issue can have at most ${MAX_ISSUE_LABELS} labels.`,
    },
  ]);

export type IdKind = keyof typeof ID_BASE;

const NODE_PREFIX: Record<string, string> = {
  User: "U",
  Organization: "O",
  Bot: "BOT",
  Team: "T",
  Repository: "R",
  Label: "LA",
  Issue: "I",
  IssueComment: "IC",
  PullRequest: "PR",
  Release: "RE",
  ReleaseAsset: "RA",
  Deployment: "DE",
  DeploymentStatus: "DES",
  Environment: "EN",
  WorkflowRun: "WFR",
  Commit: "C",
  LabeledEvent: "LE",
  UnlabeledEvent: "ULE",
  ClosedEvent: "CE",
  ReopenedEvent: "REE",
  AssignedEvent: "AE",
  UnassignedEvent: "UAE",
  RenamedTitleEvent: "RTE",
  MergedEvent: "ME",
  CommentDeletedEvent: "CDE",
  UserContentEdit: "UCE",
  Integration: "A",
};

export type NodeRef =
  | { kind: "User"; user: User }
  | { kind: "Organization"; org: Org }
  | { kind: "Team"; team: Team }
  | { kind: "Repository"; repo: Repo }
  | { kind: "Label"; repo: Repo; label: Label }
  | { kind: "Issue"; repo: Repo; issue: Issue }
  | { kind: "PullRequest"; repo: Repo; pull: PullRequest }
  | { kind: "IssueComment"; repo: Repo; issue: Issue; comment: Comment }
  | { kind: "Release"; repo: Repo; release: Release }
  | { kind: "ReleaseAsset"; repo: Repo; release: Release; asset: Asset }
  | { kind: "Deployment"; repo: Repo; deployment: Deployment }
  | { kind: "DeploymentStatus"; repo: Repo; deployment: Deployment; status: DeploymentStatus }
  | { kind: "Environment"; repo: Repo; environment: Environment }
  | { kind: "WorkflowRun"; repo: Repo; run: WorkflowRun }
  | { kind: "Commit"; repo: Repo; commit: Commit }
  | { kind: "TimelineEvent"; repo: Repo; issue: Issue; event: TimelineEvent };

export const EVENT_TYPENAME: Record<TimelineEvent["event"], string> = {
  labeled: "LabeledEvent",
  unlabeled: "UnlabeledEvent",
  closed: "ClosedEvent",
  reopened: "ReopenedEvent",
  assigned: "AssignedEvent",
  unassigned: "UnassignedEvent",
  renamed: "RenamedTitleEvent",
  merged: "MergedEvent",
  comment_deleted: "CommentDeletedEvent",
};

export function makeNodeId(typename: string, key: string | number): string {
  const prefix = NODE_PREFIX[typename] ?? "N";
  return `${prefix}_${Buffer.from(`${typename}:${key}`).toString("base64url")}`;
}

/** What changed, for the webhooks the change sends (apps/events.ts). */
export type StoreChange =
  | { kind: "comment"; repo: Repo; issue: Issue; comment: Comment }
  | { kind: "event"; repo: Repo; issue: Issue; event: TimelineEvent };

/** The state plus the bookkeeping around it: ids, clock, node registry, lookups. */
export class Store {
  readonly state: State;
  private counters = new Map<IdKind, number>();
  private seq = 0;
  readonly nodes = new Map<string, NodeRef>();
  /** Commit sha -> pull requests, rebuilt when the pull requests change. */
  private pullIndex = new WeakMap<Repo, { key: number; bySha: Map<string, PullRequest[]> }>();
  // A commit's history never changes once it exists: the last few are kept, for paged reads.
  private histories = new WeakMap<Repo, Map<string, Commit[]>>();
  private historyCounts = new WeakMap<Repo, Map<string, number>>();
  /** When true, `tick()` reads the wall clock instead of advancing the scenario clock. */
  wallClock = false;
  /** Told of every comment and timeline event added after seeding (webhooks). */
  readonly listeners: ((change: StoreChange) => void)[] = [];

  constructor(now: string) {
    this.state = {
      now,
      users: [],
      orgs: [],
      teams: [],
      tokens: [],
      repos: [],
      apps: [],
      installations: [],
      deliveries: [],
    };
  }

  /** The sandbox's current time, as its `Date` header says: the scenario clock, or the wall clock. */
  currentTime(): string {
    return this.wallClock ? isoSeconds(new Date()) : this.state.now;
  }

  private changed(change: StoreChange): void {
    for (const l of this.listeners) l(change);
  }

  nextId(kind: IdKind): number {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return ID_BASE[kind] + n;
  }

  nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  /**
   * Move the scenario clock (what every answer's `Date` header says, and where writes go on from):
   * how tests and the demo choose the instant an action runs at.
   */
  setNow(iso: string): string {
    const t = Date.parse(iso);
    if (Number.isNaN(t)) throw new Error(`setNow: "${iso}" is not an ISO 8601 instant`);
    this.state.now = isoSeconds(new Date(t));
    return this.state.now;
  }

  /** Advance the clock by one second (one write) and answer the new time. */
  tick(): string {
    if (this.wallClock) {
      this.state.now = isoSeconds(new Date());
      return this.state.now;
    }
    const t = Date.parse(this.state.now) + 1000;
    this.state.now = isoSeconds(new Date(t));
    return this.state.now;
  }

  register(nodeId: string, ref: NodeRef): void {
    this.nodes.set(nodeId, ref);
  }

  // ---- users, orgs, teams -------------------------------------------------

  findUser(login: string): User | undefined {
    const l = login.toLowerCase();
    return this.state.users.find((u) => u.login.toLowerCase() === l);
  }

  /**
   * The account GitHub ties an e-mail address to: its public address, any further address it
   * verified (`emails`), or its noreply address (`123+login@users.noreply.github.com`, or the older
   * `login@users.noreply.github.com`).
   */
  userByEmail(email: string): User | undefined {
    const e = email.trim().toLowerCase();
    const noreply = /^(?:(\d+)\+)?([a-z0-9-]+(?:\[bot\])?)@users\.noreply\.github\.com$/.exec(e);
    return this.state.users.find(
      (u) =>
        u.email?.toLowerCase() === e ||
        (u.emails ?? []).some((x) => x.toLowerCase() === e) ||
        (noreply !== null &&
          u.login.toLowerCase() === noreply[2] &&
          (noreply[1] === undefined || Number(noreply[1]) === u.id)),
    );
  }

  /** The user with this login, created on first mention. */
  user(login: string, extra: Partial<Pick<User, "name" | "email" | "emails" | "type">> = {}): User {
    const existing = this.findUser(login);
    if (existing) {
      if (extra.name !== undefined) existing.name = extra.name;
      if (extra.email !== undefined) existing.email = extra.email;
      if (extra.emails !== undefined) existing.emails = extra.emails;
      if (extra.type !== undefined) existing.type = extra.type;
      return existing;
    }
    const type = extra.type ?? (login.endsWith("[bot]") ? "Bot" : "User");
    const id = this.nextId("user");
    const u: User = {
      id,
      nodeId: makeNodeId(type, id),
      login,
      name: extra.name ?? null,
      email: extra.email ?? null,
      ...(extra.emails ? { emails: extra.emails } : {}),
      type,
    };
    this.state.users.push(u);
    this.register(u.nodeId, { kind: "User", user: u });
    return u;
  }

  findOrg(login: string): Org | undefined {
    const l = login.toLowerCase();
    return this.state.orgs.find((o) => o.login.toLowerCase() === l);
  }

  org(login: string, name: string | null = null): Org {
    const existing = this.findOrg(login);
    if (existing) return existing;
    const id = this.nextId("user");
    const o: Org = { id, nodeId: makeNodeId("Organization", id), login, name };
    this.state.orgs.push(o);
    this.register(o.nodeId, { kind: "Organization", org: o });
    return o;
  }

  findTeam(org: string, slug: string): Team | undefined {
    const o = org.toLowerCase();
    const s = slug.toLowerCase();
    return this.state.teams.find((t) => t.org.toLowerCase() === o && t.slug.toLowerCase() === s);
  }

  // ---- repositories -------------------------------------------------------

  findRepo(owner: string, name: string): Repo | undefined {
    const o = owner.toLowerCase();
    const n = name.toLowerCase();
    return this.state.repos.find((r) => r.owner.toLowerCase() === o && r.name.toLowerCase() === n);
  }

  /** Resolve a commit-ish (full or short sha, branch, tag, `refs/...`, `HEAD`) to a commit. */
  resolveCommit(repo: Repo, ref: string): Commit | undefined {
    const sha = this.resolveSha(repo, ref);
    return sha ? repo.commits.get(sha) : undefined;
  }

  resolveSha(repo: Repo, ref: string): string | undefined {
    if (!ref) return undefined;
    if (ref === "HEAD") return repo.refs.get(`refs/heads/${repo.defaultBranch}`);
    if (repo.commits.has(ref)) return ref;
    const full = this.qualifyRef(repo, ref);
    if (full) return repo.refs.get(full);
    if (/^[0-9a-f]{4,39}$/i.test(ref)) {
      const lower = ref.toLowerCase();
      for (const sha of repo.commits.keys()) if (sha.startsWith(lower)) return sha;
    }
    return undefined;
  }

  /**
   * The full name git gives a ref (gitrevisions' order): `refs/…` as written, else `refs/<name>`,
   * then `refs/tags/<name>`, then `refs/heads/<name>` — so a tag named like a branch wins over the
   * branch wherever a short name is used. Undefined when no ref has that name.
   */
  qualifyRef(repo: Repo, ref: string): string | undefined {
    if (ref.startsWith("refs/")) return repo.refs.has(ref) ? ref : undefined;
    return [`refs/${ref}`, `refs/tags/${ref}`, `refs/heads/${ref}`].find((c) => repo.refs.has(c));
  }

  /**
   * The files visible at `ref` (the default branch's when absent): those seeded for the ref it
   * resolves to (`filesAt` keys may be full ref names, `refs/tags/main`, or short ones), else the
   * default branch's for any other commit-ish; undefined when the ref is unknown.
   */
  filesAt(repo: Repo, ref: string | null): Record<string, string> | undefined {
    if (!ref) return repo.contents;
    const full = this.qualifyRef(repo, ref);
    const own = (full ? repo.contentsByRef[full] : undefined) ?? repo.contentsByRef[ref];
    if (own) return own;
    if (full?.startsWith("refs/heads/") && repo.contentsByRef[full.slice("refs/heads/".length)]) {
      return repo.contentsByRef[full.slice("refs/heads/".length)];
    }
    return this.resolveSha(repo, ref) ? repo.contents : undefined;
  }

  /**
   * Commits reachable from `sha`, newest first, never a parent before its children
   * (`git log --date-order`). `exclude` removes everything reachable from those shas (`git log head ^base`).
   */
  history(repo: Repo, sha: string, exclude: string[] = []): Commit[] {
    if (exclude.length > 0 || !repo.commits.has(sha)) return this.computeHistory(repo, sha, exclude);
    let cache = this.histories.get(repo);
    if (!cache) {
      cache = new Map();
      this.histories.set(repo, cache);
    }
    const hit = cache.get(sha);
    if (hit) {
      cache.delete(sha);
      cache.set(sha, hit);
      return hit;
    }
    const list = this.computeHistory(repo, sha, []);
    cache.set(sha, list);
    if (cache.size > 4) cache.delete(cache.keys().next().value!);
    return list;
  }

  /** How many commits `sha`'s history holds (itself included), without ordering them. */
  historyCount(repo: Repo, sha: string): number {
    let counts = this.historyCounts.get(repo);
    if (!counts) {
      counts = new Map();
      this.historyCounts.set(repo, counts);
    }
    // Down the chain of single-parent commits to one whose count is known, a root or a merge;
    // a single-parent commit's history is its parent's and itself.
    const chain: string[] = [];
    let at: string | undefined = sha;
    let base = 0;
    while (at !== undefined) {
      const known = counts.get(at);
      if (known !== undefined) {
        base = known;
        break;
      }
      const c = repo.commits.get(at);
      if (!c) break;
      if (c.parents.length === 1) {
        chain.push(at);
        at = c.parents[0];
        continue;
      }
      base = this.ancestors(repo, at).size;
      counts.set(at, base);
      break;
    }
    for (let i = chain.length - 1; i >= 0; i--) counts.set(chain[i]!, ++base);
    return counts.get(sha) ?? base;
  }

  private computeHistory(repo: Repo, sha: string, exclude: string[]): Commit[] {
    const excluded = new Set<string>();
    for (const e of exclude) for (const c of this.ancestors(repo, e)) excluded.add(c);
    const reachable = new Map<string, Commit>();
    const stack = [sha];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (reachable.has(s) || excluded.has(s)) continue;
      const c = repo.commits.get(s);
      if (!c) continue;
      reachable.set(s, c);
      for (const p of c.parents) stack.push(p);
    }
    // Children counts within the reachable set; a commit is ready once all its children are out.
    const pendingChildren = new Map<string, number>();
    for (const c of reachable.values()) {
      for (const p of c.parents)
        if (reachable.has(p)) pendingChildren.set(p, (pendingChildren.get(p) ?? 0) + 1);
    }
    const order = new Map<string, number>();
    let i = 0;
    for (const s of repo.commits.keys()) order.set(s, i++);
    const time = new Map<string, number>();
    for (const c of reachable.values()) time.set(c.sha, Date.parse(c.committer.date));
    const newer = (a: Commit, b: Commit) =>
      time.get(a.sha)! - time.get(b.sha)! || (order.get(a.sha) ?? 0) - (order.get(b.sha) ?? 0);
    const heap = new MaxHeap<Commit>(newer);
    for (const c of reachable.values()) if (!pendingChildren.get(c.sha)) heap.push(c);
    const out: Commit[] = [];
    while (heap.size > 0) {
      const c = heap.pop()!;
      out.push(c);
      for (const p of c.parents) {
        const n = pendingChildren.get(p);
        if (n === undefined) continue;
        if (n === 1) {
          pendingChildren.delete(p);
          heap.push(reachable.get(p)!);
        } else pendingChildren.set(p, n - 1);
      }
    }
    return out;
  }

  ancestors(repo: Repo, sha: string): Set<string> {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      const c = repo.commits.get(s);
      if (c) for (const p of c.parents) stack.push(p);
    }
    return seen;
  }

  /** Pull requests that introduced this commit: merged with it as merge commit, or containing it. */
  /** Call after changing a pull request's commits or merge commit (adding one is noticed). */
  pullsChanged(repo: Repo): void {
    this.pullIndex.delete(repo);
  }

  pullsForCommit(repo: Repo, sha: string): PullRequest[] {
    let index = this.pullIndex.get(repo);
    const key = repo.pulls.length;
    if (!index || index.key !== key) {
      const bySha = new Map<string, PullRequest[]>();
      for (const p of repo.pulls) {
        for (const s of new Set([p.mergeCommitSha, p.headSha, ...p.commits])) {
          if (!s) continue;
          const list = bySha.get(s) ?? [];
          list.push(p);
          bySha.set(s, list);
        }
      }
      index = { key, bySha };
      this.pullIndex.set(repo, index);
    }
    return index.bySha.get(sha) ?? [];
  }

  findIssue(repo: Repo, number: number): Issue | undefined {
    return repo.issues.find((i) => i.number === number);
  }

  findPull(repo: Repo, number: number): PullRequest | undefined {
    return repo.pulls.find((p) => p.number === number);
  }

  nextIssueNumber(repo: Repo): number {
    return repo.issues.reduce((m, i) => Math.max(m, i.number), 0) + 1;
  }

  /** A repo label by name (case-insensitive). */
  findLabel(repo: Repo, name: string): Label | undefined {
    const n = name.toLowerCase();
    return repo.labels.find((l) => l.name.toLowerCase() === n);
  }

  createLabel(repo: Repo, name: string, color = "ededed", description: string | null = null): Label {
    const id = this.nextId("label");
    const label: Label = { id, nodeId: makeNodeId("Label", id), name, color, description, default: false };
    repo.labels.push(label);
    this.register(label.nodeId, { kind: "Label", repo, label });
    return label;
  }

  /** An environment by name: GitHub compares environment names case-insensitively. */
  findEnvironment(repo: Repo, name: string): Environment | undefined {
    const n = name.toLowerCase();
    return repo.environments.find((e) => e.name.toLowerCase() === n);
  }

  /**
   * The environment, created (no protection) when the repository does not have it yet: GitHub
   * creates an environment when a job or a deployment first names it.
   */
  ensureEnvironment(repo: Repo, name: string, at: string, extra: Partial<Environment> = {}): Environment {
    const found = this.findEnvironment(repo, name);
    if (found) return found;
    const id = this.nextId("environment");
    const environment: Environment = {
      id,
      nodeId: makeNodeId("Environment", id),
      name,
      reviewers: [],
      preventSelfReview: false,
      waitTimer: 0,
      branchPolicy: null,
      protectionRules: [],
      createdAt: at,
      updatedAt: at,
      ...extra,
    };
    repo.environments.push(environment);
    this.register(environment.nodeId, { kind: "Environment", repo, environment });
    return environment;
  }

  /** The label, created with default colour when the repo does not have it yet (as GitHub does). */
  ensureLabel(repo: Repo, name: string): Label {
    return this.findLabel(repo, name) ?? this.createLabel(repo, name);
  }

  addEvent(
    repo: Repo,
    issue: Issue,
    event: TimelineEvent["event"],
    actor: string,
    at: string,
    extra: Partial<TimelineEvent> = {},
  ): TimelineEvent {
    const id = this.nextId("event");
    const e: TimelineEvent = {
      id,
      nodeId: makeNodeId(EVENT_TYPENAME[event], id),
      seq: this.nextSeq(),
      event,
      actor,
      createdAt: at,
      ...extra,
    };
    issue.timeline.push(e);
    this.register(e.nodeId, { kind: "TimelineEvent", repo, issue, event: e });
    this.changed({ kind: "event", repo, issue, event: e });
    return e;
  }

  addComment(repo: Repo, issue: Issue, body: string, user: string, at: string): Comment {
    const id = this.nextId("comment");
    const c: Comment = {
      id,
      nodeId: makeNodeId("IssueComment", id),
      seq: this.nextSeq(),
      body,
      user,
      createdAt: at,
      updatedAt: at,
      edits: [],
    };
    issue.comments.push(c);
    this.register(c.nodeId, { kind: "IssueComment", repo, issue, comment: c });
    this.changed({ kind: "comment", repo, issue, comment: c });
    return c;
  }

  /**
   * Records an edit of an issue body or a comment as GitHub keeps it: the first edit also keeps the
   * original text as a revision by its author; every revision keeps its whole text.
   */
  recordEdit(
    target: { body: string; edits: ContentEdit[]; createdAt: string },
    author: string,
    body: string,
    editor: string,
    at: string,
  ): void {
    if (target.edits.length === 0) {
      target.edits.push({
        id: this.nextId("edit"),
        editor: author,
        editedAt: target.createdAt,
        body: target.body,
      });
    }
    target.body = body;
    target.edits.push({ id: this.nextId("edit"), editor, editedAt: at, body });
  }

  /** Deletes a comment as `actor`; the timeline keeps a `comment_deleted` event naming its author. */
  deleteComment(repo: Repo, issue: Issue, comment: Comment, actor: string, at: string): void {
    issue.comments = issue.comments.filter((c) => c !== comment);
    this.nodes.delete(comment.nodeId);
    this.addEvent(repo, issue, "comment_deleted", actor, at, { deletedCommentAuthor: comment.user });
    issue.updatedAt = at;
  }

  findComment(repo: Repo, id: number): { issue: Issue; comment: Comment } | undefined {
    for (const issue of repo.issues) {
      const comment = issue.comments.find((c) => c.id === id);
      if (comment) return { issue, comment };
    }
    return undefined;
  }

  /** Set an issue's labels, recording labeled/unlabeled events by `actor`. */
  setLabels(repo: Repo, issue: Issue, names: string[], actor: string, at: string): void {
    if (new Set(names.map((n) => n.toLowerCase())).size > MAX_ISSUE_LABELS) throw tooManyLabels();
    const wanted = names.map((n) => this.ensureLabel(repo, n).name);
    for (const old of [...issue.labels]) {
      if (!wanted.some((w) => w.toLowerCase() === old.toLowerCase()))
        this.removeLabel(repo, issue, old, actor, at);
    }
    this.addLabels(repo, issue, wanted, actor, at);
  }

  /** Adds labels; GitHub refuses to take an issue past MAX_ISSUE_LABELS (422, nothing added). */
  addLabels(repo: Repo, issue: Issue, names: string[], actor: string, at: string): void {
    const have = new Set(issue.labels.map((l) => l.toLowerCase()));
    const adding = new Set(names.map((n) => n.toLowerCase()).filter((n) => !have.has(n)));
    if (have.size + adding.size > MAX_ISSUE_LABELS) throw tooManyLabels();
    for (const n of names) {
      const label = this.ensureLabel(repo, n);
      if (issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase())) continue;
      issue.labels.push(label.name);
      this.addEvent(repo, issue, "labeled", actor, at, { label: label.name });
    }
  }

  removeLabel(repo: Repo, issue: Issue, name: string, actor: string, at: string): boolean {
    const idx = issue.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
    if (idx < 0) return false;
    const [removed] = issue.labels.splice(idx, 1);
    this.addEvent(repo, issue, "unlabeled", actor, at, { label: removed });
    return true;
  }

  findRelease(repo: Repo, id: number): Release | undefined {
    return repo.releases.find((r) => r.id === id);
  }

  findAsset(repo: Repo, id: number): { release: Release; asset: Asset } | undefined {
    for (const release of repo.releases) {
      const asset = release.assets.find((a) => a.id === id);
      if (asset) return { release, asset };
    }
    return undefined;
  }

  /** GitHub's "latest release": the most recently published full release. */
  latestRelease(repo: Repo): Release | undefined {
    let best: Release | undefined;
    for (const r of repo.releases) {
      if (r.draft || r.prerelease || !r.publishedAt) continue;
      if (
        !best ||
        r.publishedAt > best.publishedAt! ||
        (r.publishedAt === best.publishedAt && r.id > best.id)
      ) {
        best = r;
      }
    }
    return best;
  }
}

export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** A deterministic 40-hex sha for a commit the scenario gives without one. */
export function fakeSha(...parts: (string | number)[]): string {
  return createHash("sha1").update(parts.join("\u0000")).digest("hex");
}

/** A binary max-heap by `compare` (positive when a is greater). */
class MaxHeap<T> {
  private items: T[] = [];
  constructor(private compare: (a: T, b: T) => number) {}
  get size(): number {
    return this.items.length;
  }
  push(x: T): void {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(a[i]!, a[parent]!) <= 0) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.compare(a[l]!, a[m]!) > 0) m = l;
        if (r < a.length && this.compare(a[r]!, a[m]!) > 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}
