/**
 * The deployed range as GitHub sees it, read whole or refused naming the limit: the commits between
 * base and head (REST compare: the 250 newest in one answer, older ones in pages of 100 pinned to
 * the head's sha), the files it changes (GitHub lists at most 300; beyond that they are gathered
 * from the pull requests and direct pushes), and the merged pull requests of every commit (aliased
 * GraphQL queries of 100 commits, 1 point each).
 */
import type { ChangedFile, RangeCommit, RangePullRequest } from "@gatehouse/core";
import type { GitHubClient } from "@gatehouse/github";
import { authorship } from "./authorship";

export interface ComparedRange {
  baseSha: string;
  headSha: string;
  /** "ahead", "behind", "identical" or "diverged". */
  status: string;
  commits: RangeCommit[];
  files: ChangedFile[];
  /** False when GitHub's list of files was cut at 300 (see completeFiles). */
  filesComplete: boolean;
  /** The compare page on GitHub. */
  url: string;
}

interface GitIdentity {
  name?: string | null;
  email?: string | null;
}
interface CompareCommit {
  sha: string;
  html_url: string;
  commit: {
    message: string;
    author?: GitIdentity | null;
    committer?: (GitIdentity & { date?: string }) | null;
  };
  author: { login: string } | null;
  committer?: { login: string } | null;
  parents?: { sha: string }[];
}
interface CompareFile {
  filename: string;
  previous_filename?: string;
  additions: number;
  deletions: number;
}
interface CompareAnswer {
  status: string;
  html_url: string;
  total_commits: number;
  base_commit: { sha: string };
  merge_base_commit: { sha: string };
  commits: CompareCommit[];
  files?: CompareFile[];
}

/** GitHub's compare: the 250 newest commits in an answer without paging, then pages of 100. */
const PER_PAGE = 100;
/** GitHub lists at most this many files in a comparison (and of one commit on one page). */
export const COMPARE_FILE_LIMIT = 300;
/** The most commits change-gate assesses in one deployment. */
export const MAX_RANGE_COMMITS = 10_000;
/** The most direct pushes whose files are read one request each. */
export const MAX_DIRECT_FILE_READS = 100;
/** Reads in flight together: fewer round trips, and clear of GitHub's secondary limits. */
const READS_AT_ONCE = 4;

/** A limit that stops the assessment: the gate blocks with this message. */
export class RangeLimitError extends Error {}

/** `fn` over `items`, at most `n` at a time, results in order. */
export async function inBatches<T, R>(
  items: readonly T[],
  n: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

function toCommit(c: CompareCommit): RangeCommit {
  return {
    ...authorship(
      c.sha,
      { login: c.author?.login ?? null, git: c.commit.author },
      { login: c.committer?.login ?? null, git: c.commit.committer },
    ),
    message: c.commit.message,
    url: c.html_url,
    ...(c.commit.committer?.date ? { committedAt: c.commit.committer.date } : {}),
    pullRequests: [],
    ...(c.parents ? { parents: c.parents.map((p) => p.sha) } : {}),
  };
}

const toFile = (f: CompareFile): ChangedFile => ({
  path: f.filename,
  ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
  additions: f.additions,
  deletions: f.deletions,
});

/**
 * Compares base...head and reads every commit of the range, or throws a RangeLimitError naming
 * the limit. The first answer brings the 250 newest commits, the head's sha and the files; older
 * commits come in pages of 100 compared against that sha, so a branch that moves meanwhile cannot
 * mix two ranges.
 */
export async function compareRange(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  base: string,
  head: string,
): Promise<{ range: ComparedRange; requests: number }> {
  const route = "GET /repos/{owner}/{repo}/compare/{basehead}";
  const first = (
    await client.request<CompareAnswer>(route, {
      owner: repo.owner,
      repo: repo.repo,
      basehead: `${base}...${head}`,
    })
  ).data;
  const total = first.total_commits;
  if (total > MAX_RANGE_COMMITS) {
    throw new RangeLimitError(
      `The deployed range has ${total.toLocaleString("en-US")} commits, more than the ${MAX_RANGE_COMMITS.toLocaleString("en-US")} change-gate assesses in one deployment (limit MAX_RANGE_COMMITS): deploy it in steps — an earlier commit first — each at most ${MAX_RANGE_COMMITS.toLocaleString("en-US")} commits ahead of the last deployment.`,
    );
  }
  const newest = first.commits;
  const headSha = newest.at(-1)?.sha ?? (/^[0-9a-f]{40}$/i.test(head) ? head : first.base_commit.sha);
  let requests = 1;
  const older: CompareCommit[] = [];
  if (total > newest.length) {
    const pages = Array.from({ length: Math.ceil((total - newest.length) / PER_PAGE) }, (_, i) => i + 1);
    const answers = await inBatches(pages, READS_AT_ONCE, async (page) => {
      requests++;
      return (
        await client.request<CompareAnswer>(route, {
          owner: repo.owner,
          repo: repo.repo,
          basehead: `${base}...${headSha}`,
          per_page: PER_PAGE,
          page,
        })
      ).data.commits;
    });
    for (const a of answers) older.push(...a);
  }
  const seen = new Set<string>();
  const commits: RangeCommit[] = [];
  for (const c of [...older, ...newest]) {
    if (seen.has(c.sha)) continue;
    seen.add(c.sha);
    commits.push(toCommit(c));
  }
  if (commits.length !== total) {
    throw new RangeLimitError(
      `GitHub listed ${commits.length} of the ${total} commits between ${base.slice(0, 12)} and ${headSha.slice(0, 12)}: the range cannot be assessed whole. Re-run the job; if it persists, deploy a shorter range.`,
    );
  }
  const files = (first.files ?? []).map(toFile);
  return {
    range: {
      baseSha: first.base_commit.sha,
      headSha,
      status: first.status,
      commits,
      files,
      filesComplete: files.length < COMPARE_FILE_LIMIT,
      url: first.html_url,
    },
    requests,
  };
}

interface RawPull {
  id: string;
  mergedAt: string | null;
  lastEditedAt: string | null;
  number: number;
  title: string;
  url: string;
  body: string;
  merged: boolean;
  author: { login: string } | null;
  mergedBy: { login: string } | null;
  mergeCommit: { oid: string } | null;
  changedFiles: number;
}

/** Commits per aliased query: 100 × 5 pull requests = 500 nodes, 100 requests = 1 point. */
const COMMITS_PER_QUERY = 100;

/** Pull requests read of each commit: the merged one is looked for among these. */
export const PULLS_PER_COMMIT = 5;

/**
 * The merged pull requests containing each commit (GitHub's associated pull requests). Fills
 * `commit.pullRequests` in place and returns each pull request once (files not yet read), and in
 * `beyond` the commits in more than PULLS_PER_COMMIT pull requests none of which (of those read)
 * is merged: they keep no pull request.
 */
export async function pullRequestsOfCommits(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  commits: RangeCommit[],
  options: { perQuery?: number } = {},
): Promise<{
  pullRequests: RangePullRequest[];
  changedFiles: Map<number, number>;
  requests: number;
  beyond: string[];
}> {
  const pulls = new Map<number, RangePullRequest>();
  const changedFiles = new Map<number, number>();
  const beyond: string[] = [];
  const perQuery = options.perQuery ?? COMMITS_PER_QUERY;
  const batches: RangeCommit[][] = [];
  for (let i = 0; i < commits.length; i += perQuery) batches.push(commits.slice(i, i + perQuery));
  const answers = await inBatches(batches, READS_AT_ONCE, async (batch) => {
    const fields = batch
      .map(
        (c, k) =>
          `c${k}: object(oid: "${c.sha.replace(/[^0-9a-f]/gi, "")}") { ... on Commit { associatedPullRequests(first: ${PULLS_PER_COMMIT}) { totalCount nodes { ...GatehousePull } } } }`,
      )
      .join("\n");
    const query = `query GatehousePullRequests($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
${fields}
  }
}
fragment GatehousePull on PullRequest { id number title url body merged mergedAt lastEditedAt changedFiles author { login } mergedBy { login } mergeCommit { oid } }`;
    return client.graphql<{
      repository: Record<
        string,
        { associatedPullRequests: { totalCount: number; nodes: RawPull[] } } | null
      > | null;
    }>(query, { owner: repo.owner, name: repo.repo });
  });
  batches.forEach((batch, b) => {
    const data = answers[b]!;
    batch.forEach((commit, k) => {
      const associated = data.repository?.[`c${k}`]?.associatedPullRequests;
      // More than 5 pull requests hold this commit: the merged one may be beyond; the commit
      // stays without a pull request, which the gate treats as a direct push (it blocks, never allows).
      const nodes = associated?.nodes ?? [];
      if ((associated?.totalCount ?? 0) > nodes.length && !nodes.some((pr) => pr.merged))
        beyond.push(commit.sha);
      for (const pr of nodes) {
        if (!pr.merged) continue;
        if (!commit.pullRequests.includes(pr.number)) commit.pullRequests.push(pr.number);
        if (pulls.has(pr.number)) continue;
        changedFiles.set(pr.number, pr.changedFiles);
        pulls.set(pr.number, {
          number: pr.number,
          title: pr.title,
          url: pr.url,
          body: pr.body ?? "",
          author: pr.author?.login ?? null,
          mergedBy: pr.mergedBy?.login ?? null,
          mergeCommit: pr.mergeCommit?.oid ?? null,
          id: pr.id,
          mergedAt: pr.mergedAt,
          bodyEditedAt: pr.lastEditedAt,
        });
      }
    });
  });
  return {
    pullRequests: [...pulls.values()].sort((a, b) => a.number - b.number),
    changedFiles,
    requests: batches.length,
    beyond,
  };
}

interface RawFiles {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { path: string; additions: number; deletions: number; changeType?: string }[];
}
/** Pull requests per aliased query: 50 × 100 files = 5,000 nodes, 50 requests = 1 point. */
const PULLS_PER_QUERY = 50;
/** GitHub lists at most 3,000 files of a pull request. */
export const PULL_FILE_LIMIT = 3000;

/**
 * Every file of each pull request, following pages of 100. Sets `files` on the pull requests whose
 * list is complete and answers the files with their line counts; a pull request GitHub lists only
 * in part keeps no `files` (not exempt) and is named in `incomplete`.
 */
export async function filesOfPullRequests(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  pulls: RangePullRequest[],
  changedFiles: ReadonlyMap<number, number>,
): Promise<{ files: Map<number, ChangedFile[]>; incomplete: number[]; requests: number }> {
  const files = new Map<number, ChangedFile[]>(pulls.map((p) => [p.number, []]));
  let pending = pulls.map((p) => ({ number: p.number, cursor: null as string | null }));
  let requests = 0;
  const incomplete: number[] = [];
  const renamed = new Set<number>();
  while (pending.length > 0) {
    const batches: (typeof pending)[] = [];
    for (let i = 0; i < pending.length; i += PULLS_PER_QUERY)
      batches.push(pending.slice(i, i + PULLS_PER_QUERY));
    const answers = await inBatches(batches, READS_AT_ONCE, async (batch) => {
      requests++;
      const fields = batch
        .map(
          (p, k) =>
            `p${k}: pullRequest(number: ${Math.trunc(p.number)}) { files(first: 100${p.cursor ? `, after: ${JSON.stringify(p.cursor)}` : ""}) { pageInfo { hasNextPage endCursor } nodes { path additions deletions changeType } } }`,
        )
        .join("\n");
      return client.graphql<{ repository: Record<string, { files: RawFiles | null } | null> | null }>(
        `query GatehousePullFiles($owner: String!, $name: String!) {\n  repository(owner: $owner, name: $name) {\n${fields}\n  }\n}`,
        { owner: repo.owner, name: repo.repo },
      );
    });
    const next: typeof pending = [];
    batches.forEach((batch, b) => {
      batch.forEach((p, k) => {
        const page = answers[b]!.repository?.[`p${k}`]?.files;
        const list = files.get(p.number)!;
        if (!page) {
          incomplete.push(p.number);
          return;
        }
        for (const n of page.nodes) {
          list.push({ path: n.path, additions: n.additions, deletions: n.deletions });
          if (n.changeType === "RENAMED") renamed.add(p.number);
        }
        if (page.pageInfo.hasNextPage && list.length < PULL_FILE_LIMIT)
          next.push({ number: p.number, cursor: page.pageInfo.endCursor });
        else if (page.pageInfo.hasNextPage || list.length < (changedFiles.get(p.number) ?? 0))
          incomplete.push(p.number);
      });
    });
    pending = next;
  }
  // A renamed file also touches its old path (GraphQL does not name it): read from REST, where
  // GitHub answers `previous_filename`, for the pull requests that rename something.
  const withRenames = [...renamed].filter((n) => !incomplete.includes(n));
  await inBatches(withRenames, READS_AT_ONCE, async (number) => {
    const previous = await previousPaths(client, repo, number);
    requests += previous.requests;
    for (const f of files.get(number)!) {
      const before = previous.paths.get(f.path);
      if (before) f.previousPath = before;
    }
  });
  for (const p of pulls) if (!incomplete.includes(p.number)) p.files = files.get(p.number)!.flatMap(pathsOf);
  for (const n of incomplete) files.delete(n);
  return { files, incomplete, requests };
}

/** Every path a changed file touches: a renamed file's old path too. */
export const pathsOf = (f: { path: string; previousPath?: string }): string[] =>
  f.previousPath ? [f.path, f.previousPath] : [f.path];

/** The old paths of a pull request's renamed files (REST pages of 100, up to GitHub's 3,000 files). */
async function previousPaths(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  number: number,
): Promise<{ paths: Map<string, string>; requests: number }> {
  const paths = new Map<string, string>();
  let requests = 0;
  for (let page = 1; page <= PULL_FILE_LIMIT / 100; page++) {
    requests++;
    const { data } = await client.request<CompareFile[]>(
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
      {
        owner: repo.owner,
        repo: repo.repo,
        pull_number: number,
        per_page: 100,
        page,
      },
    );
    for (const f of data) if (f.previous_filename) paths.set(f.filename, f.previous_filename);
    if (data.length < 100) break;
  }
  return { paths, requests };
}

/**
 * The files of commits pushed without a pull request, one request each, at most
 * MAX_DIRECT_FILE_READS; a commit GitHub lists 300 or more files of, or beyond the bound, keeps no
 * `files` (not exempt) and is answered in `unread`.
 */
export async function filesOfCommits(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  commits: RangeCommit[],
): Promise<{ files: Map<string, ChangedFile[]>; unread: RangeCommit[]; requests: number }> {
  const read = commits.slice(0, MAX_DIRECT_FILE_READS);
  const unread = commits.slice(MAX_DIRECT_FILE_READS);
  const files = new Map<string, ChangedFile[]>();
  await inBatches(read, READS_AT_ONCE, async (commit) => {
    const { data } = await client.request<{ files?: CompareFile[] }>(
      "GET /repos/{owner}/{repo}/commits/{ref}",
      {
        owner: repo.owner,
        repo: repo.repo,
        ref: commit.sha,
      },
    );
    const list = data.files ?? [];
    if (list.length < COMPARE_FILE_LIMIT) {
      commit.files = list.map(toFile).flatMap(pathsOf);
      files.set(commit.sha, list.map(toFile));
    } else unread.push(commit);
  });
  return { files, unread, requests: read.length };
}

/** The files of several lists, once per path, line counts added up. */
export function mergeChangedFiles(lists: Iterable<readonly ChangedFile[]>): ChangedFile[] {
  const by = new Map<string, ChangedFile>();
  for (const list of lists) {
    for (const f of list) {
      const prev = by.get(f.path);
      if (!prev) by.set(f.path, { ...f });
      else
        by.set(f.path, {
          ...prev,
          additions: prev.additions + f.additions,
          deletions: prev.deletions + f.deletions,
        });
    }
  }
  return [...by.values()];
}
