/**
 * Who shaped the deployed changes, read whole for segregation of duties: the commits of every pull
 * request whose own commits the range does not hold (a squash or rebase merge leaves only its
 * result on the branch), and the co-authors GitHub ties to accounts by any e-mail address they
 * verified. Aliased GraphQL queries of 100 pull requests or 100 commits, 1 point each; nothing is
 * read for pull requests merged with a merge commit, whose commits are in the range.
 */
import type { AuthoredCommit, RangeCommit, RangePullRequest } from "@gatehouse/core";
import type { GitHubClient } from "@gatehouse/github";
import { inBatches } from "./range";

/** GitHub lists at most this many commits of a pull request. */
export const PULL_COMMIT_LIMIT = 250;
/** Pull requests per query: 100 × 100 commits = 10,000 nodes, 100 requests = 1 point. */
const PULLS_PER_QUERY = 100;
/** Commits per co-author query: 100 × 50 authors = 5,000 nodes, 100 requests = 1 point. */
const COMMITS_PER_QUERY = 100;
/** Co-authors read of one commit. */
const AUTHORS_PER_COMMIT = 50;
const READS_AT_ONCE = 4;

interface GitActorNode {
  name: string | null;
  email: string | null;
  user: { login: string } | null;
}
interface PullCommitNode {
  commit: { oid: string; message: string; author: GitActorNode | null; committer: GitActorNode | null };
}

/** How a git identity GitHub ties to no account is named: `author "Name <e-mail>"`. */
export const describeIdentity = (
  role: string,
  who: { name?: string | null; email?: string | null } | null | undefined,
) => `${role} "${who?.name ?? "unknown"} <${who?.email ?? "no e-mail"}>"`;

/** GitHub's own committer (merges and edits made on github.com): nobody to tie. */
export const isGitHub = (who: { email?: string | null } | null | undefined) =>
  who?.email?.toLowerCase() === "noreply@github.com";

/** A commit message naming co-authors (GitHub reads them from `Co-authored-by:` trailers). */
export const namesCoAuthors = (message: string) => /^\s*co-authored-by:/im.test(message);

/** Who shaped a commit, from the author and committer GitHub tied (or not) to accounts. */
export function authorship(
  sha: string,
  author: { login: string | null; git: { name?: string | null; email?: string | null } | null | undefined },
  committer: {
    login: string | null;
    git: { name?: string | null; email?: string | null } | null | undefined;
  },
): AuthoredCommit {
  const unidentified: string[] = [];
  const sameone =
    !!author.git?.email && author.git.email.toLowerCase() === committer.git?.email?.toLowerCase();
  const committerUnknown = !committer.login && !isGitHub(committer.git);
  if (!author.login)
    unidentified.push(
      describeIdentity(committerUnknown && sameone ? "author and committer" : "author", author.git),
    );
  if (committerUnknown && !(sameone && !author.login))
    unidentified.push(describeIdentity("committer", committer.git));
  return {
    sha,
    authors: author.login ? [author.login] : [],
    committer: committer.login,
    ...(unidentified.length > 0 ? { unidentified } : {}),
  };
}

/**
 * The pull requests whose own commits the range may not hold: all but those merged with a merge
 * commit (two parents) that is in the range — its second parent brings the pull request's commits.
 */
export function pullRequestsHidingCommits(
  commits: readonly RangeCommit[],
  pulls: readonly RangePullRequest[],
): RangePullRequest[] {
  const bySha = new Map(commits.map((c) => [c.sha, c]));
  return pulls.filter((p) => {
    const merge = p.mergeCommit ? bySha.get(p.mergeCommit) : undefined;
    return !(merge && (merge.parents?.length ?? 0) >= 2);
  });
}

/**
 * Sets `commits` on each pull request: its own commits with their authors and committers (pages of
 * 100, up to GitHub's 250). Commits GitHub does not list are counted in `unreadCommits`. Answers the
 * commits that name co-authors, with their messages, for `resolveCoAuthors`.
 */
export async function commitsOfPullRequests(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  pulls: RangePullRequest[],
): Promise<{ message: string; commit: AuthoredCommit }[]> {
  const named: { message: string; commit: AuthoredCommit }[] = [];
  const totals = new Map<number, number>();
  for (const p of pulls) p.commits = [];
  let pending = pulls.map((p) => ({ pull: p, cursor: null as string | null }));
  while (pending.length > 0) {
    const batches: (typeof pending)[] = [];
    for (let i = 0; i < pending.length; i += PULLS_PER_QUERY)
      batches.push(pending.slice(i, i + PULLS_PER_QUERY));
    const answers = await inBatches(batches, READS_AT_ONCE, (batch) => {
      const fields = batch
        .map(
          ({ pull, cursor }, k) =>
            `p${k}: pullRequest(number: ${Math.trunc(pull.number)}) { commits(first: 100${cursor ? `, after: ${JSON.stringify(cursor)}` : ""}) { totalCount pageInfo { hasNextPage endCursor } nodes { commit { oid message author { ...GatehouseActor } committer { ...GatehouseActor } } } } }`,
        )
        .join("\n");
      return client.graphql<{
        repository: Record<
          string,
          {
            commits: {
              totalCount: number;
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
              nodes: PullCommitNode[];
            };
          } | null
        > | null;
      }>(
        `query GatehousePullCommits($owner: String!, $name: String!) {\n  repository(owner: $owner, name: $name) {\n${fields}\n  }\n}\nfragment GatehouseActor on GitActor { name email user { login } }`,
        { owner: repo.owner, name: repo.repo },
      );
    });
    const next: typeof pending = [];
    batches.forEach((batch, b) => {
      batch.forEach(({ pull }, k) => {
        const page = answers[b]!.repository?.[`p${k}`]?.commits;
        if (!page) return; // unread: counted below
        totals.set(pull.number, page.totalCount);
        for (const { commit: c } of page.nodes) {
          const authored = authorship(
            c.oid,
            { login: c.author?.user?.login ?? null, git: c.author },
            { login: c.committer?.user?.login ?? null, git: c.committer },
          );
          pull.commits!.push(authored);
          if (namesCoAuthors(c.message)) named.push({ message: c.message, commit: authored });
        }
        if (page.pageInfo.hasNextPage && page.pageInfo.endCursor && pull.commits!.length < PULL_COMMIT_LIMIT)
          next.push({ pull, cursor: page.pageInfo.endCursor });
      });
    });
    pending = next;
  }
  for (const p of pulls) {
    const total = totals.get(p.number);
    const read = p.commits?.length ?? 0;
    if (total === undefined || read < total) p.unreadCommits = total === undefined ? -1 : total - read;
  }
  return named;
}

/**
 * Adds the co-authors GitHub ties to accounts (by any e-mail address an account verified) to each
 * commit's authors; a co-author tied to none, or beyond the 50 read, is named in `unidentified`.
 */
export async function resolveCoAuthors(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  commits: readonly AuthoredCommit[],
): Promise<void> {
  const batches: AuthoredCommit[][] = [];
  for (let i = 0; i < commits.length; i += COMMITS_PER_QUERY)
    batches.push(commits.slice(i, i + COMMITS_PER_QUERY));
  await inBatches(batches, READS_AT_ONCE, async (batch) => {
    const fields = batch
      .map(
        (c, k) =>
          `c${k}: object(oid: "${c.sha.replace(/[^0-9a-f]/gi, "")}") { ... on Commit { authors(first: ${AUTHORS_PER_COMMIT}) { totalCount nodes { name email user { login } } } } }`,
      )
      .join("\n");
    const data = await client.graphql<{
      repository: Record<string, { authors?: { totalCount: number; nodes: GitActorNode[] } } | null> | null;
    }>(
      `query GatehouseCoAuthors($owner: String!, $name: String!) {\n  repository(owner: $owner, name: $name) {\n${fields}\n  }\n}`,
      { owner: repo.owner, name: repo.repo },
    );
    batch.forEach((commit, k) => {
      const authors = data.repository?.[`c${k}`]?.authors;
      const unidentified = [...(commit.unidentified ?? [])];
      if (!authors) unidentified.push("its co-authors (GitHub did not answer who they are)");
      else {
        // The first is the commit's author, already known.
        for (const a of authors.nodes.slice(1)) {
          const login = a.user?.login;
          if (login) {
            if (!commit.authors.some((x) => x.toLowerCase() === login.toLowerCase()))
              commit.authors.push(login);
          } else unidentified.push(describeIdentity("co-author", a));
        }
        if (authors.totalCount > authors.nodes.length)
          unidentified.push(
            `${authors.totalCount - authors.nodes.length} co-authors beyond the ${AUTHORS_PER_COMMIT} read`,
          );
      }
      if (unidentified.length > 0) commit.unidentified = unidentified;
    });
  });
}

/**
 * Everyone who shaped the range's commits and its pull requests' own commits, read whole: the
 * commits hidden by squash and rebase merges, then the co-authors of every commit naming some.
 */
export async function readAuthorship(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  commits: readonly RangeCommit[],
  pulls: readonly RangePullRequest[],
): Promise<void> {
  const hiding = pullRequestsHidingCommits(commits, pulls);
  await Promise.all([
    hiding.length > 0
      ? commitsOfPullRequests(client, repo, hiding).then((named) =>
          named.length > 0
            ? resolveCoAuthors(
                client,
                repo,
                named.map((n) => n.commit),
              )
            : undefined,
        )
      : undefined,
    (async () => {
      const named = commits.filter((c) => namesCoAuthors(c.message));
      if (named.length > 0) await resolveCoAuthors(client, repo, named);
    })(),
  ]);
}
