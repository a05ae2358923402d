/**
 * The sandbox's live state. Plain objects, readable by tests through `sb.state`.
 * Times are ISO 8601 strings (UTC, whole seconds), ids are deterministic.
 */

export type PermissionLevel = "read" | "write" | "admin";
/** GitHub permission names as in `x-accepted-github-permissions` (underscored): contents, issues, pull_requests, … */
export type Permissions = Record<string, PermissionLevel | "none">;

export interface User {
  id: number;
  nodeId: string;
  login: string;
  name: string | null;
  email: string | null;
  /** Further e-mail addresses GitHub ties to this account (verified, not public). */
  emails?: string[];
  type: "User" | "Bot" | "Organization";
}

export interface Team {
  id: number;
  nodeId: string;
  org: string;
  slug: string;
  name: string;
  members: string[];
  maintainers: string[];
}

export interface Org {
  id: number;
  nodeId: string;
  login: string;
  name: string | null;
}

export interface Token {
  value: string;
  user: string;
  permissions: Permissions;
  /** An installation access token: the installation it acts for (see apps/). */
  installationId?: number;
  /** Repositories the token is narrowed to ("owner/name", lower case); absent: all the installation's. */
  repositories?: string[];
  /** When the token stops working (sandbox time). */
  expiresAt?: string;
  /** A JSON web token signed by this App (never stored: built per request). */
  appJwt?: number;
  /** Primary rate limits per hour (search: per minute); unset ones are GitHub's for a user or App token. */
  limits?: Partial<Record<"core" | "graphql" | "search", number>>;
  /** How a missing permission is refused: 403 (installation tokens, default) or 404 (fine-grained PATs). */
  deniedWith?: 403 | 404;
}

export interface CommitFile {
  filename: string;
  /** A renamed file's path before the rename (REST `previous_filename`). */
  previousFilename?: string;
  status: "added" | "modified" | "removed" | "renamed";
  additions: number;
  deletions: number;
  changes: number;
  patch?: string;
}

export interface GitActor {
  /** GitHub user the email belongs to, when there is one. */
  login: string | null;
  name: string;
  email: string;
  date: string;
}

export interface Commit {
  sha: string;
  nodeId: string;
  message: string;
  author: GitActor;
  committer: GitActor;
  parents: string[];
  files: CommitFile[];
}

export interface Label {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface Comment {
  id: number;
  nodeId: string;
  seq: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
  /** The comment's edits, oldest first (GraphQL userContentEdits). */
  edits: ContentEdit[];
}

/**
 * One revision in an edit history (GraphQL UserContentEdit). GitHub keeps the first text as a
 * revision by the author once the content is edited, and `diff` answers the revision's whole text;
 * someone with Write can delete a revision, which leaves `deletedAt`/`deletedBy` and no text.
 */
export interface ContentEdit {
  id: number;
  editor: string;
  editedAt: string;
  /** The text as of this revision; null once the revision was deleted. */
  body: string | null;
  deletedAt?: string | null;
  deletedBy?: string | null;
}

export type TimelineEventType =
  | "labeled"
  | "unlabeled"
  | "closed"
  | "reopened"
  | "assigned"
  | "unassigned"
  | "renamed"
  | "merged"
  | "comment_deleted";

export interface TimelineEvent {
  id: number;
  nodeId: string;
  seq: number;
  event: TimelineEventType;
  actor: string;
  createdAt: string;
  label?: string;
  assignee?: string;
  rename?: { from: string; to: string };
  commitId?: string | null;
  /** `comment_deleted`: who wrote the comment that was deleted (the actor deleted it). */
  deletedCommentAuthor?: string | null;
}

export interface Issue {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string;
  user: string;
  state: "open" | "closed";
  stateReason: "completed" | "not_planned" | "reopened" | null;
  labels: string[];
  assignees: string[];
  comments: Comment[];
  timeline: TimelineEvent[];
  /** Body edits (GraphQL userContentEdits, lastEditedAt). */
  edits: ContentEdit[];
  lastEditedAt: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  /** Set when this issue number belongs to a pull request. */
  pullRequest: boolean;
}

export interface PullRequest {
  id: number;
  nodeId: string;
  number: number;
  /** The issue that carries this PR's number, labels, comments and timeline. */
  issue: Issue;
  base: string;
  head: string;
  /** Head commit sha. */
  headSha: string | null;
  baseSha: string | null;
  commits: string[];
  /** Files changed; computed from the commits when the scenario gives none. */
  files: CommitFile[];
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  draft: boolean;
}

export interface Asset {
  id: number;
  nodeId: string;
  releaseId: number;
  name: string;
  label: string | null;
  contentType: string;
  size: number;
  digest: string;
  /** `starter`: an upload that was cut off; GitHub keeps the asset until it is deleted. */
  state: "uploaded" | "starter";
  uploader: string;
  downloadCount: number;
  createdAt: string;
  updatedAt: string;
  /** Kept only for assets up to 8 MiB. */
  content: Buffer | null;
}

export interface Release {
  id: number;
  nodeId: string;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  author: string;
  createdAt: string;
  publishedAt: string | null;
  updatedAt: string;
  assets: Asset[];
}

export interface DeploymentStatus {
  id: number;
  nodeId: string;
  state: "error" | "failure" | "inactive" | "in_progress" | "queued" | "pending" | "success";
  description: string;
  environmentUrl: string;
  logUrl: string;
  creator: string;
  createdAt: string;
}

export interface Deployment {
  id: number;
  nodeId: string;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  payload: unknown;
  creator: string;
  createdAt: string;
  updatedAt: string;
  productionEnvironment: boolean;
  transientEnvironment: boolean;
  statuses: DeploymentStatus[];
}

export interface Environment {
  id: number;
  nodeId: string;
  name: string;
  reviewers: { type: "User" | "Team"; login: string }[];
  /** The required-reviewers rule's `prevent_self_review`: whoever triggered a run may not approve it. */
  preventSelfReview: boolean;
  waitTimer: number;
  /**
   * Which branches may deploy here (`deployment_branch_policy`): protected branches only, or those
   * matching `patterns`; null when any branch may.
   */
  branchPolicy: { protectedBranches: boolean; patterns: string[] } | null;
  /** Apps (ids) whose custom deployment protection rule is enabled on this environment. */
  protectionRules: number[];
  createdAt: string;
  updatedAt: string;
}

export interface RunApproval {
  user: string;
  state: "approved" | "rejected";
  comment: string;
  environments: string[];
  submittedAt: string;
}

export interface WorkflowRun {
  id: number;
  nodeId: string;
  name: string;
  workflowId: number;
  path: string;
  runNumber: number;
  runAttempt: number;
  event: string;
  status: "queued" | "in_progress" | "completed" | "waiting";
  conclusion: string | null;
  headSha: string;
  headBranch: string;
  actor: string;
  runStartedAt: string;
  createdAt: string;
  updatedAt: string;
  approvals: RunApproval[];
  /** Environments waiting for approval (pending_deployments). */
  pendingEnvironments: string[];
  /** Custom deployment protection rules asked for this run, one per App and environment. */
  gates: ProtectionGate[];
}

/** A custom deployment protection rule waiting for (or given) its App's answer on a run. */
export interface ProtectionGate {
  appId: number;
  environment: string;
  state: "pending" | "approved" | "rejected";
  /** The answer's comment. */
  comment: string | null;
  /** Status reports posted without a state (GitHub keeps up to 10). */
  reports: { comment: string; at: string }[];
  requestedAt: string;
  answeredAt: string | null;
  /** The deployment created for the job that waits. */
  deploymentId: number | null;
}

export interface Repo {
  id: number;
  nodeId: string;
  owner: string;
  name: string;
  private: boolean;
  description: string | null;
  defaultBranch: string;
  immutableReleases: boolean;
  createdAt: string;
  /** All commits by sha. */
  commits: Map<string, Commit>;
  /** Fully qualified refs: `refs/heads/main`, `refs/tags/v1.0.0` -> sha. */
  refs: Map<string, string>;
  labels: Label[];
  issues: Issue[];
  pulls: PullRequest[];
  releases: Release[];
  deployments: Deployment[];
  environments: Environment[];
  runs: WorkflowRun[];
  /** Files at the default branch (path -> text). */
  contents: Record<string, string>;
  /** Files at other refs (branch, tag or sha -> path -> text); looked up before `contents`. */
  contentsByRef: Record<string, Record<string, string>>;
}

export interface State {
  /** Current sandbox time (ISO). Advances one second per write. */
  now: string;
  users: User[];
  orgs: Org[];
  teams: Team[];
  tokens: Token[];
  repos: Repo[];
  /** GitHub Apps, their installations and their webhook deliveries (see apps/). */
  apps: GitHubApp[];
  installations: Installation[];
  deliveries: Delivery[];
}

export interface GitHubApp {
  id: number;
  nodeId: string;
  slug: string;
  name: string;
  clientId: string;
  /** Login of the account that owns the App. */
  owner: string;
  /** The most an installation token can get. */
  permissions: Permissions;
  /** Events the App subscribes to (`deployment_protection_rule`, `issue_comment`, `issues`…). */
  events: string[];
  /** The App's private key (PEM), as GitHub lets its owner download it once. */
  privateKey: string;
  /** Its public half, which verifies the App's JSON web tokens. */
  publicKey: string;
  webhookSecret: string;
  /** Where deliveries are POSTed; null: none are sent (they are still recorded). */
  webhookUrl: string | null;
  createdAt: string;
}

export interface Installation {
  id: number;
  appId: number;
  /** Login of the user or organisation it is installed on. */
  account: string;
  repositorySelection: "all" | "selected";
  /** Selected repositories ("owner/name", lower case) when `repositorySelection` is `selected`. */
  repositories: string[];
  permissions: Permissions;
  events: string[];
  createdAt: string;
}

/** One attempt to deliver a webhook (a redelivery is another attempt with the same guid). */
export interface Delivery {
  id: number;
  guid: string;
  appId: number;
  event: string;
  action: string | null;
  installationId: number | null;
  repositoryId: number | null;
  deliveredAt: string;
  redelivery: boolean;
  /** Seconds the attempt took. */
  duration: number;
  /** "OK", "Invalid HTTP Response: 401", "failed to connect to host", "timed out", or "pending". */
  status: string;
  /** HTTP status answered (0 while pending or when nothing answered). */
  statusCode: number;
  url: string;
  requestHeaders: Record<string, string>;
  /** The payload exactly as sent. */
  body: string;
  responseHeaders: Record<string, string>;
  responseBody: string;
}

/** What `startSandbox` answers about the URLs it serves. */
export interface SandboxUrls {
  url: string;
  apiUrl: string;
  graphqlUrl: string;
  uploadsUrl: string;
}
