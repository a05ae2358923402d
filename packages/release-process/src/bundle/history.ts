/**
 * What the release is made of, read from GitHub (no clone needed), in few round trips:
 *
 * 1. One GraphQL query — sent ahead by the action while its code loads (`prefetchHistory`) — asks
 *    for the tags (100 a page, more pages follow), the 100 newest commits of the released commit's
 *    history with the number of its ancestors, and the latest release's commit with its number of
 *    ancestors. When the previous release tag is among those 100 commits exactly where the counts
 *    put it, those are the commits of the release.
 * 2. Otherwise the commits since the previous release are the comparison `previous...released`
 *    (GitHub's compare: exactly the commits the released commit has and the previous release has
 *    not, merges included), read in pages of 100 sent together: the counts say how many pages
 *    there are before the first answer arrives. Without a previous release, every commit of the
 *    history (`GET /commits` pages, sent together the same way).
 * 3. The pull request of every commit (`pullRequestsOfHistory`), in aliased GraphQL queries of 500
 *    commits sent together — with the caller's other reads, which do not depend on the history.
 *
 * Nothing is cut short: every answer's count is checked against what was read, and past
 * MAX_HISTORY_COMMITS or MAX_TAGS the read fails naming the limit.
 */
import type { NoteCommit, RangeCommit, ReleaseTag } from "@gatehouse/core";
import type { GitHubClient } from "@gatehouse/github";
import { inBatches, pullRequestsOfCommits } from "../assess/range";
import { firstAnswer, type RawRefs } from "./historyQuery";

const TAGS_QUERY = `query ReleaseTags($owner: String!, $repo: String!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    refs(refPrefix: "refs/tags/", first: 100, after: $cursor, orderBy: { field: TAG_COMMIT_DATE, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { name target { oid ... on Tag { target { oid } } } }
    }
  }
}`;

/** The most commits a release reads since the previous one. */
export const MAX_HISTORY_COMMITS = 50_000;
/** The most tags read to find the previous release. */
export const MAX_TAGS = 10_000;
/** GitHub lists at most 100 commits a page (compare and list commits). */
const PER_PAGE = 100;
/**
 * Pages of commits in flight together: reads only, well inside GitHub's limit of 100 concurrent
 * requests; 1,000 commits are one round trip, 20,000 are twenty.
 */
export const PAGES_AT_ONCE = 10;
/** Commits per aliased pull-request query: 500 × 5 pull requests = 2,500 nodes, 5 points. */
export const COMMITS_PER_PULL_QUERY = 500;

/** A commit as GitHub's REST API lists it (compare and list commits). */
interface RestCommit {
  sha: string;
  commit: { message: string; author: { name?: string; email?: string } | null };
  author: { login: string } | null;
}

export interface ReleaseHistory {
  tags: ReleaseTag[];
  /** Commits newest first, since (not including) the previous release: all of them. */
  commits: ReadCommit[];
}

export interface HistoryOptions {
  owner: string;
  repo: string;
  sha: string;
  /** Chooses, from the tags, the commit the release starts after (the previous release). */
  stopAt: (tags: ReleaseTag[]) => string | undefined;
}

const toTags = (refs: RawRefs | undefined): ReleaseTag[] =>
  (refs?.nodes ?? [])
    .filter((n) => n.target)
    .map((n) => ({ name: n.name, sha: n.target!.target?.oid ?? n.target!.oid }));

const tooMany = (count: number, sha: string) =>
  new Error(
    `${count.toLocaleString("en-US")} commits lead to ${sha.slice(0, 7)} since the previous release, more than the ${MAX_HISTORY_COMMITS.toLocaleString("en-US")} release-bundle reads (limit MAX_HISTORY_COMMITS): the version and notes would leave some out. Release an earlier commit first, or tag the previous release if it is missing.`,
  );

/** The tags, and every commit since the previous release (their pull requests: pullRequestsOfHistory). */
export async function readHistory(client: GitHubClient, opts: HistoryOptions): Promise<ReleaseHistory> {
  const repository = (await firstAnswer(client, opts)).repository;
  if (!repository) throw new Error(`Repository ${opts.owner}/${opts.repo} is not visible to the token.`);
  const tags = await readTags(client, opts, repository.refs);
  const stop = opts.stopAt(tags);
  const history = repository.object?.history;
  if (!history) {
    throw new Error(
      `Commit ${opts.sha.slice(0, 7)} is not in ${opts.owner}/${opts.repo}: push it before releasing it.`,
    );
  }
  // How many commits the release holds, known before reading them when the previous release is
  // GitHub's latest (the usual case) or when there is none.
  const latest = repository.latestRelease?.tagCommit;
  const expected =
    stop === undefined
      ? history.totalCount
      : latest?.oid === stop
        ? history.totalCount - latest.history.totalCount
        : undefined;
  if (expected !== undefined && expected > MAX_HISTORY_COMMITS) throw tooMany(expected, opts.sha);

  let commits: ReadCommit[];
  const at = stop === undefined ? -1 : history.nodes.findIndex((n) => n.oid === stop);
  if (
    (stop === undefined && !history.pageInfo.hasNextPage && history.nodes.length === expected) ||
    (at >= 0 && at === expected)
  ) {
    // All in the first answer: the previous release is where the counts put it (or there is none).
    commits = history.nodes
      .slice(0, at >= 0 ? at : undefined)
      .map((n) => rangeCommit(n.oid, n.message, n.author?.user?.login, n.author?.name ?? n.author?.email));
  } else if (stop === undefined) {
    commits = await listHistory(client, opts, history.totalCount);
  } else {
    commits = await compareSince(client, opts, stop, expected);
  }

  return { tags, commits };
}

/**
 * The pull request of every commit (the merged one GitHub associates with it), in aliased queries
 * of COMMITS_PER_PULL_QUERY commits sent together: the commits as the notes take them.
 */
export async function pullRequestsOfHistory(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  commits: ReadCommit[],
): Promise<{ commits: NoteCommit[]; unattributed: string[] }> {
  const { pullRequests, beyond } = await pullRequestsOfCommits(client, repo, commits, {
    perQuery: COMMITS_PER_PULL_QUERY,
  });
  const pulls = new Map(pullRequests.map((p) => [p.number, p]));
  return {
    commits: commits.map((c) => {
      const pr = c.pullRequests[0] === undefined ? undefined : pulls.get(c.pullRequests[0]);
      return {
        hash: c.sha,
        message: c.message,
        author: { login: c.authors[0], name: c.name },
        pullRequest: pr
          ? { number: pr.number, url: pr.url, title: pr.title, body: pr.body, author: pr.author ?? undefined }
          : undefined,
      };
    }),
    unattributed: beyond,
  };
}

/** A commit read, with its author's name (the notes show it when the author has no login). */
export type ReadCommit = RangeCommit & { name?: string };

function rangeCommit(
  sha: string,
  message: string,
  login: string | undefined,
  name: string | null | undefined,
): ReadCommit {
  return { sha, message, authors: login ? [login] : [], url: "", pullRequests: [], name: name ?? undefined };
}

const fromRest = (c: RestCommit) =>
  rangeCommit(c.sha, c.commit.message, c.author?.login, c.commit.author?.name ?? c.commit.author?.email);

/** Every tag, however many: the previous release may be far down the list. */
async function readTags(
  client: GitHubClient,
  opts: HistoryOptions,
  first: RawRefs | undefined,
): Promise<ReleaseTag[]> {
  const tags = toTags(first);
  let refs = first;
  while (refs?.pageInfo.hasNextPage) {
    if (tags.length >= MAX_TAGS) {
      throw new Error(
        `${opts.owner}/${opts.repo} has more than ${MAX_TAGS.toLocaleString("en-US")} tags (limit MAX_TAGS): set the \`version\` input, or delete tags that are not releases.`,
      );
    }
    const more: { repository: { refs: RawRefs } | null } = await client.graphql(TAGS_QUERY, {
      owner: opts.owner,
      repo: opts.repo,
      cursor: refs.pageInfo.endCursor,
    });
    refs = more.repository?.refs;
    tags.push(...toTags(refs));
  }
  return tags;
}

/**
 * The commits `sha` has and `base` has not (GitHub's compare), newest first: pages of 100 sent
 * together, as many as `expected` needs (one when unknown), then any the answers' count asks for.
 */
async function compareSince(
  client: GitHubClient,
  opts: HistoryOptions,
  base: string,
  expected: number | undefined,
): Promise<ReadCommit[]> {
  const route = "GET /repos/{owner}/{repo}/compare/{basehead}";
  const read = (page: number) =>
    client
      .request<{ total_commits: number; commits: RestCommit[] }>(route, {
        owner: opts.owner,
        repo: opts.repo,
        basehead: `${base}...${opts.sha}`,
        per_page: PER_PAGE,
        page,
      })
      .then((r) => r.data);
  const answers = await readPages(read, expected, (a) => a.total_commits, opts.sha);
  // Pages of a comparison run oldest first.
  return checkedCommits(answers, opts, `since ${base.slice(0, 7)}`).reverse();
}

/** Every commit of the history of `sha` (a first release), newest first, `count` of them. */
async function listHistory(client: GitHubClient, opts: HistoryOptions, count: number): Promise<ReadCommit[]> {
  const read = (page: number) =>
    client
      .request<RestCommit[]>("GET /repos/{owner}/{repo}/commits", {
        owner: opts.owner,
        repo: opts.repo,
        sha: opts.sha,
        per_page: PER_PAGE,
        page,
      })
      .then((r) => ({ total_commits: count, commits: r.data }));
  const answers = await readPages(read, count, () => count, opts.sha);
  return checkedCommits(answers, opts, "in its history");
}

/** Pages 1… of a list whose length `total` of any answer gives, PAGES_AT_ONCE at a time. */
async function readPages<A extends { commits: RestCommit[] }>(
  read: (page: number) => Promise<A>,
  expected: number | undefined,
  total: (answer: A) => number,
  sha: string,
): Promise<A[]> {
  const pages = (n: number) => Math.max(1, Math.ceil(n / PER_PAGE));
  const numbers = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const answers = await inBatches(numbers(1, pages(expected ?? 1)), PAGES_AT_ONCE, read);
  const count = total(answers[0]!);
  if (count > MAX_HISTORY_COMMITS) throw tooMany(count, sha);
  if (pages(count) > answers.length)
    answers.push(...(await inBatches(numbers(answers.length + 1, pages(count)), PAGES_AT_ONCE, read)));
  for (const a of answers) {
    if (total(a) !== count) {
      throw new Error(
        `GitHub answered ${count} and then ${total(a)} commits for the history of ${sha.slice(0, 7)}: re-run the job.`,
      );
    }
  }
  return answers.slice(0, pages(count));
}

/** The commits of the pages, each once, and exactly as many as GitHub counts. */
function checkedCommits(
  answers: { total_commits: number; commits: RestCommit[] }[],
  opts: HistoryOptions,
  what: string,
): ReadCommit[] {
  const seen = new Set<string>();
  const commits: ReadCommit[] = [];
  for (const c of answers.flatMap((a) => a.commits)) {
    if (seen.has(c.sha)) continue;
    seen.add(c.sha);
    commits.push(fromRest(c));
  }
  const total = answers[0]?.total_commits ?? 0;
  if (commits.length !== total) {
    throw new Error(
      `GitHub listed ${commits.length} of the ${total} commits of ${opts.sha.slice(0, 7)} ${what}: the release cannot be made from part of them. Re-run the job.`,
    );
  }
  return commits;
}
