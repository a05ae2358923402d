/**
 * release-bundle's first query (see history.ts), kept apart with nothing to load so the action's
 * `index.ts` can send it while the rest of the action loads.
 */
import type { GitHubClient } from "@gatehouse/github";

const QUERY = `query ReleaseHistory($owner: String!, $repo: String!, $sha: GitObjectID!) {
  repository(owner: $owner, name: $repo) {
    refs(refPrefix: "refs/tags/", first: 100, orderBy: { field: TAG_COMMIT_DATE, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { name target { oid ... on Tag { target { oid } } } }
    }
    latestRelease { tagCommit { oid history(first: 1) { totalCount } } }
    object(oid: $sha) {
      ... on Commit {
        history(first: 100) {
          totalCount
          pageInfo { hasNextPage }
          nodes { oid message author { name email user { login } } }
        }
      }
    }
  }
}`;

export interface RawRefs {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { name: string; target: { oid: string; target?: { oid: string } } | null }[];
}

export interface FirstAnswer {
  repository: {
    refs: RawRefs;
    latestRelease: { tagCommit: { oid: string; history: { totalCount: number } } | null } | null;
    object: {
      history?: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean };
        nodes: {
          oid: string;
          message: string;
          author: { name: string | null; email: string | null; user: { login: string } | null } | null;
        }[];
      };
    } | null;
  } | null;
}

const variables = (o: { owner: string; repo: string; sha: string }) => ({
  owner: o.owner,
  repo: o.repo,
  sha: o.sha,
});

// The first query, sent ahead by the action's `index.ts` for `readHistory` to pick up.
let sentAhead: { key: string; answer: Promise<FirstAnswer> } | undefined;

/** Sends the first query while the rest of the action loads; returns its promise. */
export function prefetchHistory(
  client: Pick<GitHubClient, "graphql">,
  repo: { owner: string; repo: string },
  sha: string,
): Promise<unknown> {
  const vars = variables({ ...repo, sha });
  const answer = client.graphql<FirstAnswer>(QUERY, vars);
  sentAhead = { key: JSON.stringify(vars), answer };
  return answer;
}

/** The first answer: the one sent ahead when it asked the same, else a new query. */
export function firstAnswer(
  client: GitHubClient,
  opts: { owner: string; repo: string; sha: string },
): Promise<FirstAnswer> {
  const vars = variables(opts);
  if (sentAhead?.key === JSON.stringify(vars)) {
    const { answer } = sentAhead;
    sentAhead = undefined;
    return answer;
  }
  return client.graphql<FirstAnswer>(QUERY, vars);
}
