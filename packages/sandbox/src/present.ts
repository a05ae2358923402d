import type { Store } from "./store";
import type {
  Asset,
  Comment,
  Commit,
  CommitFile,
  Deployment,
  DeploymentStatus,
  Environment,
  Issue,
  Label,
  PullRequest,
  Release,
  Repo,
  SandboxUrls,
  Team,
  TimelineEvent,
  User,
  WorkflowRun,
} from "./types";

/** REST representations, shaped like GitHub's (the fields clients read). */

export interface Presenter {
  store: Store;
  urls: SandboxUrls;
}

type J = Record<string, unknown>;

export function userJson(p: Presenter, login: string | User | null): J | null {
  if (login === null) return null;
  const u = typeof login === "string" ? p.store.user(login) : login;
  const name = encodeURIComponent(u.login);
  const api = `${p.urls.apiUrl}/users/${name}`;
  return {
    login: u.login,
    id: u.id,
    node_id: u.nodeId,
    avatar_url: `${p.urls.url}/avatars/${name}`,
    gravatar_id: "",
    url: api,
    html_url: `${p.urls.url}/${name}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: u.type,
    user_view_type: "public",
    site_admin: false,
  };
}

/** Accounts, organisations and teams have no creation time in a scenario: one fixed, early time. */
const ACCOUNT_CREATED = "2020-01-01T00:00:00Z";

export function fullUserJson(p: Presenter, u: User): J {
  return {
    ...userJson(p, u),
    name: u.name,
    email: u.email,
    company: null,
    blog: "",
    location: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: ACCOUNT_CREATED,
    updated_at: ACCOUNT_CREATED,
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

export function orgJson(
  p: Presenter,
  o: { login: string; id: number; nodeId: string; name: string | null },
): J {
  const api = `${p.urls.apiUrl}/orgs/${o.login}`;
  return {
    login: o.login,
    id: o.id,
    node_id: o.nodeId,
    url: api,
    repos_url: `${api}/repos`,
    events_url: `${api}/events`,
    hooks_url: `${api}/hooks`,
    issues_url: `${api}/issues`,
    members_url: `${api}/members{/member}`,
    public_members_url: `${api}/public_members{/member}`,
    avatar_url: `${p.urls.url}/avatars/${o.login}`,
    description: null,
    html_url: `${p.urls.url}/${o.login}`,
    name: o.name,
    has_organization_projects: false,
    has_repository_projects: false,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    type: "Organization",
    created_at: ACCOUNT_CREATED,
    updated_at: ACCOUNT_CREATED,
    archived_at: null,
  };
}

export function repoApi(p: Presenter, repo: Repo): string {
  return `${p.urls.apiUrl}/repos/${repo.owner}/${repo.name}`;
}

export function repoHtml(p: Presenter, repo: Repo): string {
  return `${p.urls.url}/${repo.owner}/${repo.name}`;
}

export function repoJson(p: Presenter, repo: Repo): J {
  const api = repoApi(p, repo);
  const org = p.store.findOrg(repo.owner);
  const owner = org
    ? { ...userJson(p, p.store.user(repo.owner, { type: "Organization" })), id: org.id, node_id: org.nodeId }
    : userJson(p, repo.owner);
  return {
    id: repo.id,
    node_id: repo.nodeId,
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    private: repo.private,
    owner,
    html_url: repoHtml(p, repo),
    description: repo.description,
    fork: false,
    url: api,
    ...repoUrls(p, repo),
    homepage: null,
    language: null,
    size: 0,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    open_issues: repo.issues.filter((i) => i.state === "open").length,
    open_issues_count: repo.issues.filter((i) => i.state === "open").length,
    network_count: 0,
    subscribers_count: 0,
    license: null,
    mirror_url: null,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    default_branch: repo.defaultBranch,
    visibility: repo.private ? "private" : "public",
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    pushed_at: repo.createdAt,
    archived: false,
    disabled: false,
    has_issues: true,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  };
}

/** The URL templates every repository representation carries. */
function repoUrls(p: Presenter, repo: Repo): J {
  const api = repoApi(p, repo);
  const host = new URL(p.urls.url).host;
  const templates: Record<string, string> = {
    archive_url: "/{archive_format}{/ref}",
    assignees_url: "/assignees{/user}",
    blobs_url: "/git/blobs{/sha}",
    branches_url: "/branches{/branch}",
    collaborators_url: "/collaborators{/collaborator}",
    comments_url: "/comments{/number}",
    commits_url: "/commits{/sha}",
    compare_url: "/compare/{base}...{head}",
    contents_url: "/contents/{+path}",
    contributors_url: "/contributors",
    deployments_url: "/deployments",
    downloads_url: "/downloads",
    events_url: "/events",
    forks_url: "/forks",
    git_commits_url: "/git/commits{/sha}",
    git_refs_url: "/git/refs{/sha}",
    git_tags_url: "/git/tags{/sha}",
    hooks_url: "/hooks",
    issue_comment_url: "/issues/comments{/number}",
    issue_events_url: "/issues/events{/number}",
    issues_url: "/issues{/number}",
    keys_url: "/keys{/key_id}",
    labels_url: "/labels{/name}",
    languages_url: "/languages",
    merges_url: "/merges",
    milestones_url: "/milestones{/number}",
    notifications_url: "/notifications{?since,all,participating}",
    pulls_url: "/pulls{/number}",
    releases_url: "/releases{/id}",
    stargazers_url: "/stargazers",
    statuses_url: "/statuses/{sha}",
    subscribers_url: "/subscribers",
    subscription_url: "/subscription",
    tags_url: "/tags",
    teams_url: "/teams",
    trees_url: "/git/trees{/sha}",
  };
  const out: J = Object.fromEntries(Object.entries(templates).map(([k, v]) => [k, `${api}${v}`]));
  out.clone_url = `${repoHtml(p, repo)}.git`;
  out.git_url = `git://${host}/${repo.owner}/${repo.name}.git`;
  out.ssh_url = `git@${host}:${repo.owner}/${repo.name}.git`;
  out.svn_url = repoHtml(p, repo);
  return out;
}

export function fileJson(f: CommitFile, p: Presenter, repo: Repo, sha: string): J {
  return {
    sha: null,
    filename: f.filename,
    ...(f.previousFilename !== undefined ? { previous_filename: f.previousFilename } : {}),
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.changes,
    blob_url: `${repoHtml(p, repo)}/blob/${sha}/${f.filename}`,
    raw_url: `${repoHtml(p, repo)}/raw/${sha}/${f.filename}`,
    contents_url: `${repoApi(p, repo)}/contents/${f.filename}?ref=${sha}`,
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
  };
}

export function commitJson(p: Presenter, repo: Repo, c: Commit, withFiles = false): J {
  const api = repoApi(p, repo);
  const stats = c.files.reduce(
    (s, f) => ({ additions: s.additions + f.additions, deletions: s.deletions + f.deletions }),
    { additions: 0, deletions: 0 },
  );
  return {
    sha: c.sha,
    node_id: c.nodeId,
    url: `${api}/commits/${c.sha}`,
    html_url: `${repoHtml(p, repo)}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${c.sha}`,
      author: { name: c.author.name, email: c.author.email, date: c.author.date },
      committer: { name: c.committer.name, email: c.committer.email, date: c.committer.date },
      message: c.message,
      tree: { sha: c.sha, url: `${api}/git/trees/${c.sha}` },
      comment_count: 0,
      verification: {
        verified: false,
        reason: "unsigned",
        signature: null,
        payload: null,
        verified_at: null,
      },
    },
    author: c.author.login ? userJson(p, c.author.login) : null,
    committer: c.committer.login ? userJson(p, c.committer.login) : null,
    parents: c.parents.map((s) => ({
      sha: s,
      url: `${api}/commits/${s}`,
      html_url: `${repoHtml(p, repo)}/commit/${s}`,
    })),
    ...(withFiles
      ? {
          stats: { ...stats, total: stats.additions + stats.deletions },
          files: c.files.map((f) => fileJson(f, p, repo, c.sha)),
        }
      : {}),
  };
}

export function labelJson(p: Presenter, repo: Repo, l: Label): J {
  return {
    id: l.id,
    node_id: l.nodeId,
    url: `${repoApi(p, repo)}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    description: l.description,
    default: l.default,
  };
}

function labelsOf(p: Presenter, repo: Repo, names: string[]): J[] {
  return names.map((n) => labelJson(p, repo, p.store.ensureLabel(repo, n)));
}

export function issueJson(p: Presenter, repo: Repo, i: Issue): J {
  const api = repoApi(p, repo);
  const html = `${repoHtml(p, repo)}/${i.pullRequest ? "pull" : "issues"}/${i.number}`;
  return {
    id: i.id,
    node_id: i.nodeId,
    url: `${api}/issues/${i.number}`,
    repository_url: api,
    labels_url: `${api}/issues/${i.number}/labels{/name}`,
    comments_url: `${api}/issues/${i.number}/comments`,
    events_url: `${api}/issues/${i.number}/events`,
    timeline_url: `${api}/issues/${i.number}/timeline`,
    html_url: html,
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: userJson(p, i.user),
    labels: labelsOf(p, repo, i.labels),
    assignee: i.assignees[0] ? userJson(p, i.assignees[0]) : null,
    assignees: i.assignees.map((a) => userJson(p, a)),
    milestone: null,
    locked: false,
    comments: i.comments.length,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
    closed_by: i.closedBy ? userJson(p, i.closedBy) : null,
    author_association: "MEMBER",
    ...(i.pullRequest
      ? {
          pull_request: {
            url: `${api}/pulls/${i.number}`,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: p.store.findPull(repo, i.number)?.mergedAt ?? null,
          },
        }
      : {}),
  };
}

export function commentJson(p: Presenter, repo: Repo, issue: Issue, c: Comment): J {
  const api = repoApi(p, repo);
  return {
    id: c.id,
    node_id: c.nodeId,
    url: `${api}/issues/comments/${c.id}`,
    html_url: `${repoHtml(p, repo)}/${issue.pullRequest ? "pull" : "issues"}/${issue.number}#issuecomment-${c.id}`,
    issue_url: `${api}/issues/${issue.number}`,
    body: c.body,
    user: userJson(p, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: "MEMBER",
  };
}

export function eventJson(p: Presenter, repo: Repo, issue: Issue, e: TimelineEvent): J {
  const base: J = {
    id: e.id,
    node_id: e.nodeId,
    url: `${repoApi(p, repo)}/issues/events/${e.id}`,
    actor: userJson(p, e.actor),
    event: e.event,
    commit_id: e.commitId ?? null,
    commit_url: null,
    created_at: e.createdAt,
    performed_via_github_app: null,
  };
  if (e.label !== undefined) {
    const l = p.store.findLabel(repo, e.label);
    base.label = { name: e.label, color: l?.color ?? "ededed" };
  }
  if (e.assignee !== undefined) {
    base.assignee = userJson(p, e.assignee);
    base.assigner = userJson(p, e.actor);
  }
  if (e.rename) base.rename = e.rename;
  if (e.event === "closed") base.state_reason = issue.stateReason === "not_planned" ? "not_planned" : null;
  return base;
}

/** A comment as the timeline API shows it (`event: "commented"`). */
export function commentedEventJson(p: Presenter, repo: Repo, issue: Issue, c: Comment): J {
  return { ...commentJson(p, repo, issue, c), event: "commented", actor: userJson(p, c.user) };
}

export function pullJson(p: Presenter, repo: Repo, pr: PullRequest, full = true): J {
  const api = repoApi(p, repo);
  const i = pr.issue;
  const html = `${repoHtml(p, repo)}/pull/${pr.number}`;
  const additions = pr.files.reduce((s, f) => s + f.additions, 0);
  const deletions = pr.files.reduce((s, f) => s + f.deletions, 0);
  const branch = (name: string, sha: string | null) => ({
    label: `${repo.owner}:${name}`,
    ref: name,
    sha: sha ?? p.store.resolveSha(repo, name) ?? null,
    user: userJson(p, repo.owner),
    repo: repoJson(p, repo),
  });
  return {
    url: `${api}/pulls/${pr.number}`,
    id: pr.id,
    node_id: pr.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pr.number}`,
    commits_url: `${api}/pulls/${pr.number}/commits`,
    review_comments_url: `${api}/pulls/${pr.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    statuses_url: `${api}/statuses/${pr.headSha ?? p.store.resolveSha(repo, pr.head) ?? ""}`,
    _links: {
      self: { href: `${api}/pulls/${pr.number}` },
      html: { href: html },
      issue: { href: `${api}/issues/${pr.number}` },
      comments: { href: `${api}/issues/${pr.number}/comments` },
      review_comments: { href: `${api}/pulls/${pr.number}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${api}/pulls/${pr.number}/commits` },
      statuses: { href: `${api}/statuses/${pr.headSha ?? ""}` },
    },
    number: pr.number,
    state: i.state,
    locked: false,
    title: i.title,
    user: userJson(p, i.user),
    body: i.body,
    // A pull request's labels always carry a description string (empty when none).
    labels: labelsOf(p, repo, i.labels).map((l) => ({ ...l, description: l.description ?? "" })),
    milestone: null,
    draft: pr.draft,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
    merged_at: pr.mergedAt,
    merge_commit_sha: pr.mergeCommitSha,
    assignee: i.assignees[0] ? userJson(p, i.assignees[0]) : null,
    assignees: i.assignees.map((a) => userJson(p, a)),
    requested_reviewers: [],
    requested_teams: [],
    head: branch(pr.head, pr.headSha),
    base: branch(pr.base, pr.baseSha),
    author_association: "MEMBER",
    auto_merge: null,
    active_lock_reason: null,
    ...(full
      ? {
          merged: pr.merged,
          mergeable: pr.merged ? null : true,
          mergeable_state: pr.merged ? "unknown" : "clean",
          maintainer_can_modify: false,
          merged_by: pr.mergedBy ? userJson(p, pr.mergedBy) : null,
          comments: i.comments.length,
          review_comments: 0,
          commits: pr.commits.length,
          additions,
          deletions,
          changed_files: pr.files.length,
        }
      : {}),
  };
}

export function releaseJson(p: Presenter, repo: Repo, r: Release): J {
  const api = repoApi(p, repo);
  return {
    url: `${api}/releases/${r.id}`,
    assets_url: `${api}/releases/${r.id}/assets`,
    upload_url: `${p.urls.uploadsUrl}/repos/${repo.owner}/${repo.name}/releases/${r.id}/assets{?name,label}`,
    html_url: r.draft
      ? `${repoHtml(p, repo)}/releases/tag/untagged-${r.id}`
      : `${repoHtml(p, repo)}/releases/tag/${encodeURIComponent(r.tagName)}`,
    id: r.id,
    node_id: r.nodeId,
    tag_name: r.tagName,
    target_commitish: r.targetCommitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: r.immutable,
    created_at: r.createdAt,
    published_at: r.publishedAt,
    updated_at: r.updatedAt,
    author: userJson(p, r.author),
    assets: r.assets.map((a) => assetJson(p, repo, r, a)),
    tarball_url: `${api}/tarball/${r.tagName}`,
    zipball_url: `${api}/zipball/${r.tagName}`,
  };
}

export function assetJson(p: Presenter, repo: Repo, r: Release, a: Asset): J {
  return {
    url: `${repoApi(p, repo)}/releases/assets/${a.id}`,
    browser_download_url: `${repoHtml(p, repo)}/releases/download/${encodeURIComponent(
      r.draft ? `untagged-${r.id}` : r.tagName,
    )}/${encodeURIComponent(a.name)}`,
    id: a.id,
    node_id: a.nodeId,
    name: a.name,
    label: a.label,
    state: a.state,
    content_type: a.contentType,
    size: a.size,
    digest: a.digest,
    download_count: a.downloadCount,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
    uploader: userJson(p, a.uploader),
  };
}

export function deploymentJson(p: Presenter, repo: Repo, d: Deployment): J {
  const api = repoApi(p, repo);
  return {
    url: `${api}/deployments/${d.id}`,
    id: d.id,
    node_id: d.nodeId,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: userJson(p, d.creator),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${api}/deployments/${d.id}/statuses`,
    repository_url: api,
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment,
  };
}

export function deploymentStatusJson(p: Presenter, repo: Repo, d: Deployment, s: DeploymentStatus): J {
  const api = repoApi(p, repo);
  return {
    url: `${api}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: s.nodeId,
    state: s.state,
    creator: userJson(p, s.creator),
    description: s.description,
    environment: d.environment,
    target_url: s.logUrl,
    log_url: s.logUrl,
    environment_url: s.environmentUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: `${api}/deployments/${d.id}`,
    repository_url: api,
  };
}

export function environmentJson(p: Presenter, repo: Repo, e: Environment): J {
  const rules: J[] = [];
  if (e.waitTimer > 0)
    rules.push({ id: e.id * 10 + 1, node_id: `${e.nodeId}_wt`, type: "wait_timer", wait_timer: e.waitTimer });
  if (e.reviewers.length > 0) {
    rules.push({
      id: e.id * 10 + 2,
      node_id: `${e.nodeId}_rr`,
      type: "required_reviewers",
      prevent_self_review: e.preventSelfReview,
      reviewers: e.reviewers.map((r) => ({
        type: r.type,
        reviewer: r.type === "User" ? userJson(p, r.login) : teamRef(p, r.login),
      })),
    });
  }
  return {
    id: e.id,
    node_id: e.nodeId,
    name: e.name,
    url: `${repoApi(p, repo)}/environments/${encodeURIComponent(e.name)}`,
    html_url: `${repoHtml(p, repo)}/deployments/activity_log?environments_filter=${encodeURIComponent(e.name)}`,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
    protection_rules: e.branchPolicy
      ? [...rules, { id: e.id * 10 + 3, node_id: `${e.nodeId}_bp`, type: "branch_policy" }]
      : rules,
    deployment_branch_policy: e.branchPolicy
      ? {
          protected_branches: e.branchPolicy.protectedBranches,
          custom_branch_policies: !e.branchPolicy.protectedBranches,
        }
      : null,
  };
}

export function teamRef(p: Presenter, ref: string): J {
  const [org, slug] = ref.includes("/") ? ref.split("/") : ["", ref];
  const team = p.store.state.teams.find((t) => t.slug === slug && (!org || t.org === org));
  return team ? teamJson(p, team) : { slug: ref, name: ref };
}

export function teamJson(p: Presenter, t: Team): J {
  return {
    id: t.id,
    node_id: t.nodeId,
    slug: t.slug,
    name: t.name,
    description: null,
    url: `${p.urls.apiUrl}/orgs/${t.org}/teams/${t.slug}`,
    html_url: `${p.urls.url}/orgs/${t.org}/teams/${t.slug}`,
    members_url: `${p.urls.apiUrl}/orgs/${t.org}/teams/${t.slug}/members{/member}`,
    repositories_url: `${p.urls.apiUrl}/orgs/${t.org}/teams/${t.slug}/repos`,
    privacy: "closed",
    notification_setting: "notifications_enabled",
    permission: "pull",
    parent: null,
    type: "organization",
  };
}

/** A team as GET /orgs/{org}/teams/{team_slug} answers it. */
export function fullTeamJson(p: Presenter, t: Team): J {
  const org = p.store.findOrg(t.org);
  return {
    ...teamJson(p, t),
    created_at: ACCOUNT_CREATED,
    updated_at: ACCOUNT_CREATED,
    members_count: t.members.length,
    repos_count: 0,
    organization: org ? orgJson(p, org) : null,
  };
}

export function runJson(p: Presenter, repo: Repo, r: WorkflowRun): J {
  const api = repoApi(p, repo);
  return {
    id: r.id,
    node_id: r.nodeId,
    name: r.name,
    display_title: r.name,
    path: r.path,
    workflow_id: r.workflowId,
    run_number: r.runNumber,
    run_attempt: r.runAttempt,
    event: r.event,
    status: r.status,
    conclusion: r.conclusion,
    head_sha: r.headSha,
    head_branch: r.headBranch,
    actor: userJson(p, r.actor),
    triggering_actor: userJson(p, r.actor),
    run_started_at: r.runStartedAt,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
    url: `${api}/actions/runs/${r.id}`,
    html_url: `${repoHtml(p, repo)}/actions/runs/${r.id}`,
    jobs_url: `${api}/actions/runs/${r.id}/jobs`,
    logs_url: `${api}/actions/runs/${r.id}/logs`,
    check_suite_url: `${api}/check-suites/${r.id}`,
    artifacts_url: `${api}/actions/runs/${r.id}/artifacts`,
    cancel_url: `${api}/actions/runs/${r.id}/cancel`,
    rerun_url: `${api}/actions/runs/${r.id}/rerun`,
    workflow_url: `${api}/actions/workflows/${r.workflowId}`,
    pull_requests: [],
    head_commit: headCommit(repo, r.headSha),
    repository: repoJson(p, repo),
    head_repository: repoJson(p, repo),
  };
}

function headCommit(repo: Repo, sha: string): J | null {
  const c = repo.commits.get(sha);
  if (!c) return null;
  return {
    id: c.sha,
    tree_id: c.sha,
    message: c.message,
    timestamp: c.committer.date,
    author: { name: c.author.name, email: c.author.email },
    committer: { name: c.committer.name, email: c.committer.email },
  };
}
