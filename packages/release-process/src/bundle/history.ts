/**
 * What the release is made of, read through GitHub's GraphQL API (no clone needed): the
 * repository's tags, and the commits from the released commit back to the previous release tag,
 * each with its pull request, 100 per request.
 */
import type { NoteCommit, ReleaseTag } from "@gatehouse/core";
import type { GitHubClient } from "@gatehouse/github";

const QUERY = `query ReleaseHistory($owner: String!, $repo: String!, $sha: GitObjectID!, $withTags: Boolean!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    refs(refPrefix: "refs/tags/", first: 100, orderBy: { field: TAG_COMMIT_DATE, direction: DESC }) @include(if: $withTags) {
      nodes { name target { oid ... on Tag { target { oid } } } }
    }
    object(oid: $sha) {
      ... on Commit {
        history(first: 100, after: $cursor) {
          pageInfo { hasNextPage endCursor }
          nodes {
            oid
            message
            author { name email user { login } }
            associatedPullRequests(first: 1) { nodes { number title url body author { login } } }
          }
        }
      }
    }
  }
}`;

interface HistoryPage {
  repository: {
    refs?: { nodes: { name: string; target: { oid: string; target?: { oid: string } } | null }[] };
    object: {
      history: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: {
          oid: string;
          message: string;
          author: { name: string | null; email: string | null; user: { login: string } | null } | null;
          associatedPullRequests: {
            nodes: {
              number: number;
              title: string;
              url: string;
              body: string;
              author: { login: string } | null;
            }[];
          };
        }[];
      };
    } | null;
  } | null;
}

export interface ReleaseHistory {
  tags: ReleaseTag[];
  /** Commits newest first, up to (not including) the stop commit. */
  commits: NoteCommit[];
  /** True when the walk stopped at the page limit before reaching the stop commit. */
  truncated: boolean;
  requests: number;
}

export interface HistoryOptions {
  owner: string;
  repo: string;
  sha: string;
  /** Chooses, from the tags, the commit the walk stops at (the previous release). */
  stopAt: (tags: ReleaseTag[]) => string | undefined;
  /** Pages of 100 commits at most (default 100: 10,000 commits). */
  maxPages?: number;
}

/** Tags, and the commits since the previous release with their pull requests. */
export async function readHistory(client: GitHubClient, opts: HistoryOptions): Promise<ReleaseHistory> {
  const maxPages = opts.maxPages ?? 100;
  const commits: NoteCommit[] = [];
  let tags: ReleaseTag[] = [];
  let stop: string | undefined;
  let cursor: string | null = null;
  let requests = 0;
  for (let page = 0; page < maxPages; page++) {
    const data: HistoryPage = await client.graphql<HistoryPage>(QUERY, {
      owner: opts.owner,
      repo: opts.repo,
      sha: opts.sha,
      withTags: page === 0,
      cursor,
    });
    requests++;
    if (!data.repository)
      throw new Error(`Repository ${opts.owner}/${opts.repo} is not visible to the token.`);
    if (page === 0) {
      tags = (data.repository.refs?.nodes ?? [])
        .filter((n) => n.target)
        .map((n) => ({ name: n.name, sha: n.target!.target?.oid ?? n.target!.oid }));
      stop = opts.stopAt(tags);
    }
    const history = data.repository.object?.history;
    if (!history) {
      throw new Error(
        `Commit ${opts.sha.slice(0, 7)} is not in ${opts.owner}/${opts.repo}: push it before releasing it.`,
      );
    }
    for (const n of history.nodes) {
      if (n.oid === stop) return { tags, commits, truncated: false, requests };
      const pr = n.associatedPullRequests.nodes[0];
      commits.push({
        hash: n.oid,
        message: n.message,
        author: { login: n.author?.user?.login, name: n.author?.name ?? n.author?.email ?? undefined },
        pullRequest: pr
          ? { number: pr.number, url: pr.url, title: pr.title, body: pr.body, author: pr.author?.login }
          : undefined,
      });
    }
    if (!history.pageInfo.hasNextPage) return { tags, commits, truncated: false, requests };
    cursor = history.pageInfo.endCursor;
  }
  return { tags, commits, truncated: true, requests };
}
