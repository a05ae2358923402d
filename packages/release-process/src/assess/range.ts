/**
 * The deployed range as GitHub sees it: the commits and files between base and head (REST compare),
 * and the merged pull requests of those commits (one aliased GraphQL query per 250 commits).
 */
import { type ChangedFile, coAuthorLogins, type RangeCommit, type RangePullRequest } from "@gatehouse/core";
import type { GitHubClient } from "@gatehouse/github";

export interface ComparedRange {
  baseSha: string;
  headSha: string;
  /** "ahead", "behind", "identical" or "diverged". */
  status: string;
  commits: RangeCommit[];
  files: ChangedFile[];
  /** The compare page on GitHub. */
  url: string;
}

interface CompareCommit {
  sha: string;
  html_url: string;
  commit: { message: string };
  author: { login: string } | null;
}
interface CompareAnswer {
  status: string;
  html_url: string;
  total_commits: number;
  base_commit: { sha: string };
  merge_base_commit: { sha: string };
  commits: CompareCommit[];
  files?: { filename: string; previous_filename?: string; additions: number; deletions: number }[];
}

const PER_PAGE = 100;
/** GitHub lists at most this many files in a comparison. */
export const COMPARE_FILE_LIMIT = 300;

function toCommit(c: CompareCommit): RangeCommit {
  const authors = [c.author?.login, ...coAuthorLogins(c.commit.message)].filter((l): l is string => !!l);
  return {
    sha: c.sha,
    message: c.commit.message,
    authors: [...new Set(authors)],
    url: c.html_url,
    pullRequests: [],
  };
}

/**
 * Compares base...head. The first, unpaginated request brings up to 250 commits and the files;
 * longer ranges continue in pages of 100 (GitHub lists the files on the first answer only).
 */
export async function compareRange(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  base: string,
  head: string,
): Promise<{ range: ComparedRange; requests: number }> {
  const route = "GET /repos/{owner}/{repo}/compare/{basehead}";
  const params = { owner: repo.owner, repo: repo.repo, basehead: `${base}...${head}` };
  const first = (await client.request<CompareAnswer>(route, params)).data;
  let requests = 1;
  const commits = first.commits.map(toCommit);
  const seen = new Set(commits.map((c) => c.sha));
  for (
    let page = Math.floor(commits.length / PER_PAGE) + 1;
    commits.length < first.total_commits && page <= 200;
    page++
  ) {
    const next = (await client.request<CompareAnswer>(route, { ...params, per_page: PER_PAGE, page })).data;
    requests++;
    if (next.commits.length === 0) break;
    for (const c of next.commits) {
      if (seen.has(c.sha)) continue;
      seen.add(c.sha);
      commits.push(toCommit(c));
    }
  }
  const files = (first.files ?? []).map((f) => ({
    path: f.filename,
    ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
    additions: f.additions,
    deletions: f.deletions,
  }));
  const last = commits.at(-1);
  return {
    range: {
      baseSha: first.base_commit.sha,
      headSha: /^[0-9a-f]{40}$/i.test(head) ? head : (last?.sha ?? first.base_commit.sha),
      status: first.status,
      commits,
      files,
      url: first.html_url,
    },
    requests,
  };
}

interface RawPull {
  number: number;
  title: string;
  url: string;
  body: string;
  merged: boolean;
  author: { login: string } | null;
  changedFiles: number;
  files: { nodes: { path: string }[] } | null;
}

/** Commits per aliased query: 250 × 5 pull requests × 100 files stays far below GitHub's node limit. */
const BATCH = 250;

/**
 * The merged pull requests containing each commit (GitHub's associated pull requests), with body
 * and changed files. Fills `commit.pullRequests` in place and returns each pull request once.
 */
export async function pullRequestsOfCommits(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  commits: RangeCommit[],
): Promise<{ pullRequests: RangePullRequest[]; requests: number }> {
  const pulls = new Map<number, RangePullRequest>();
  let requests = 0;
  for (let start = 0; start < commits.length; start += BATCH) {
    const batch = commits.slice(start, start + BATCH);
    const fields = batch
      .map(
        (c, k) =>
          `c${k}: object(oid: "${c.sha.replace(/[^0-9a-f]/gi, "")}") { ... on Commit { associatedPullRequests(first: 5) { nodes { ...GatehousePull } } } }`,
      )
      .join("\n");
    const query = `query GatehousePullRequests($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
${fields}
  }
}
fragment GatehousePull on PullRequest {
  number title url body merged changedFiles
  author { login }
  files(first: 100) { nodes { path } }
}`;
    const data = await client.graphql<{
      repository: Record<string, { associatedPullRequests: { nodes: RawPull[] } } | null> | null;
    }>(query, { owner: repo.owner, name: repo.repo });
    requests++;
    batch.forEach((commit, k) => {
      const nodes = data.repository?.[`c${k}`]?.associatedPullRequests.nodes ?? [];
      for (const pr of nodes) {
        if (!pr.merged) continue;
        if (!commit.pullRequests.includes(pr.number)) commit.pullRequests.push(pr.number);
        if (pulls.has(pr.number)) continue;
        const paths = pr.files?.nodes.map((f) => f.path);
        pulls.set(pr.number, {
          number: pr.number,
          title: pr.title,
          url: pr.url,
          body: pr.body ?? "",
          author: pr.author?.login ?? null,
          ...(paths && paths.length === pr.changedFiles ? { files: paths } : {}),
        });
      }
    });
  }
  return { pullRequests: [...pulls.values()].sort((a, b) => a.number - b.number), requests };
}

/** The files of commits pushed without a pull request (only needed to tell exempt ones). */
export async function filesOfCommits(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  commits: RangeCommit[],
): Promise<number> {
  await Promise.all(
    commits.map(async (commit) => {
      const { data } = await client.request<{ files?: { filename: string }[] }>(
        "GET /repos/{owner}/{repo}/commits/{ref}",
        { owner: repo.owner, repo: repo.repo, ref: commit.sha },
      );
      const files = data.files ?? [];
      // GitHub lists at most 300 files of a commit: a longer list is not known to be exempt.
      if (files.length < 300) commit.files = files.map((f) => f.filename);
    }),
  );
  return commits.length;
}
