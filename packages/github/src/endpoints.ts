/**
 * Where the API is and what a request is, known before the client loads: the action's start
 * (start.ts) sends its first request with them while Octokit's code is still being compiled.
 */

export const DEFAULT_API_URL = "https://api.github.com";
export const GHES_V3_SUFFIX = /\/api\/v3\/?$/;

export const trimSlash = (url: string) => url.replace(/\/+$/, "");

/**
 * The GraphQL endpoint for an API root, as @octokit/graphql computes it: `…/api/v3` → `…/api/graphql`
 * (GHES), anything else → `<apiUrl>/graphql`.
 */
export function defaultGraphqlUrl(apiUrl: string): string {
  const base = trimSlash(apiUrl);
  return GHES_V3_SUFFIX.test(base) ? base.replace(GHES_V3_SUFFIX, "/api/graphql") : `${base}/graphql`;
}

/** A GraphQL document that is a mutation (sent once: see `createsSomething` in client.ts). */
export function isMutation(query: string): boolean {
  return /^\s*(?:#[^\n]*\n\s*)*mutation\b/.test(query);
}
