/**
 * What the commands that read GitHub through its API share: the repository option and the client
 * built from the environment (GITHUB_TOKEN, GITHUB_API_URL, GITHUB_GRAPHQL_URL), so they work
 * against github.com, GitHub Enterprise Server and the sandbox alike.
 */
import { type Io, type OptionValues, stringOption, UsageError } from "./command";

/** `--repository OWNER/REPO`, or `fallback` (e.g. GITHUB_REPOSITORY) when the option is not given. */
export function repositoryOption(values: OptionValues, fallback?: string): { owner: string; repo: string } {
  const text = stringOption(values, "repository") ?? fallback ?? "";
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text.trim());
  if (!m) throw new UsageError(`--repository must be OWNER/REPO, got "${text}"`);
  return { owner: m[1]!, repo: m[2]! };
}

/** The API client from the environment; `reads` names what the token must be able to read. */
export async function clientFromEnvironment(io: Io, reads: string) {
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token) {
    throw new UsageError(
      `no token: set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository's ${reads} (GITHUB_API_URL and GITHUB_GRAPHQL_URL for GitHub Enterprise Server or the sandbox)`,
    );
  }
  const { createClient } = await import("@gatehouse/github");
  return createClient({
    token,
    apiUrl: io.env.GITHUB_API_URL || undefined,
    graphqlUrl: io.env.GITHUB_GRAPHQL_URL || undefined,
    log: (m) => io.err(m),
  });
}
