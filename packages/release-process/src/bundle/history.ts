/**
 * What the release is made of, read through GitHub's GraphQL API (no clone needed): every tag of
 * the repository (100 a page), and every commit from the released commit back to the previous
 * release tag, each with its pull request, 100 per request (1 point each). Nothing is cut short:
 * past MAX_HISTORY_COMMITS or MAX_TAGS the read fails naming the limit.
 */
import type { NoteCommit, ReleaseTag } from "@gatehouse/core";
import type { GitHubClient } from "@gatehouse/github";

const QUERY = `query ReleaseHistory($owner: String!, $repo: String!, $sha: GitObjectID!, $withTags: Boolean!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    refs(refPrefix: "refs/tags/", first: 100, orderBy: { field: TAG_COMMIT_DATE, direction: DESC }) @include(if: $withTags) {
      pageInfo { hasNextPage endCursor }
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

const TAGS_QUERY = `query ReleaseTags($owner: String!, $repo: String!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    refs(refPrefix: "refs/tags/", first: 100, after: $cursor, orderBy: { field: TAG_COMMIT_DATE, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { name target { oid ... on Tag { target { oid } } } }
    }
  }
}`;

/** The most commits a release reads since the previous one (1 GraphQL point per 100). */
export const MAX_HISTORY_COMMITS = 50_000;
/** The most tags read to find the previous release. */
export const MAX_TAGS = 10_000;

interface RawRefs {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { name: string; target: { oid: string; target?: { oid: string } } | null }[];
}

interface HistoryPage {
  repository: {
    refs?: RawRefs;
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
  /** Commits newest first, up to (not including) the stop commit: all of them. */
  commits: NoteCommit[];
  requests: number;
}

export interface HistoryOptions {
  owner: string;
  repo: string;
  sha: string;
  /** Chooses, from the tags, the commit the walk stops at (the previous release). */
  stopAt: (tags: ReleaseTag[]) => string | undefined;
}

const toTags = (refs: RawRefs | undefined): ReleaseTag[] =>
  (refs?.nodes ?? [])
    .filter((n) => n.target)
    .map((n) => ({ name: n.name, sha: n.target!.target?.oid ?? n.target!.oid }));

/** Tags, and the commits since the previous release with their pull requests. */
export async function readHistory(client: GitHubClient, opts: HistoryOptions): Promise<ReleaseHistory> {
  const commits: NoteCommit[] = [];
  let tags: ReleaseTag[] = [];
  let stop: string | undefined;
  let cursor: string | null = null;
  let requests = 0;
  for (let page = 0; ; page++) {
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
      tags = toTags(data.repository.refs);
      // Every tag, however many: the previous release may be far down the list.
      let refs = data.repository.refs;
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
        requests++;
        refs = more.repository?.refs;
        tags.push(...toTags(refs));
      }
      stop = opts.stopAt(tags);
    }
    const history = data.repository.object?.history;
    if (!history) {
      throw new Error(
        `Commit ${opts.sha.slice(0, 7)} is not in ${opts.owner}/${opts.repo}: push it before releasing it.`,
      );
    }
    for (const n of history.nodes) {
      if (n.oid === stop) return { tags, commits, requests };
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
    if (!history.pageInfo.hasNextPage) return { tags, commits, requests };
    if (commits.length >= MAX_HISTORY_COMMITS) {
      throw new Error(
        `More than ${MAX_HISTORY_COMMITS.toLocaleString("en-US")} commits lead to ${opts.sha.slice(0, 7)} since the previous release (limit MAX_HISTORY_COMMITS): the version and notes would leave some out. Release an earlier commit first, or tag the previous release if it is missing.`,
      );
    }
    cursor = history.pageInfo.endCursor;
  }
}
