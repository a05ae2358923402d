/**
 * The first request of a verification — the release of the tag — kept light so an action can send
 * it before the rest of verify (and the manifest schema's validator) has loaded.
 */
import type { GitHubClient } from "@gatehouse/github";

export interface ReleaseJson {
  id: number;
  tag_name: string;
  draft: boolean;
  prerelease: boolean;
  immutable?: boolean;
  published_at: string | null;
  html_url: string;
}

type Answer = Promise<{ data: ReleaseJson }>;

let sentAhead: { key: string; answer: Answer } | undefined;

const keyOf = (repo: { owner: string; repo: string }, tag: string) =>
  JSON.stringify([repo.owner, repo.repo, tag]);

function request(
  client: Pick<GitHubClient, "request">,
  repo: { owner: string; repo: string },
  tag: string,
): Answer {
  return client.request<ReleaseJson>("GET /repos/{owner}/{repo}/releases/tags/{tag}", {
    owner: repo.owner,
    repo: repo.repo,
    tag,
  });
}

/** Sends the release request ahead (see `runMain`'s prefetch); `releaseOfTag` picks it up. */
export function prefetchReleaseOfTag(
  client: Pick<GitHubClient, "request">,
  repo: { owner: string; repo: string },
  tag: string,
): Promise<unknown> {
  const answer = request(client, repo, tag);
  sentAhead = { key: keyOf(repo, tag), answer };
  return answer;
}

/**
 * The release of the tag: the request sent ahead when it asked the same (then `usedSentAhead` is
 * called, so that it is still counted), else a new one.
 */
export function releaseOfTag(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  tag: string,
  usedSentAhead?: () => void,
): Answer {
  if (sentAhead && sentAhead.key === keyOf(repo, tag)) {
    const { answer } = sentAhead;
    sentAhead = undefined;
    usedSentAhead?.();
    return answer;
  }
  return request(client, repo, tag);
}
