/**
 * The `environment` input of the actions that read it through REST (freeze-window,
 * post-implementation-review, release-bundle) must name an environment of the repository. The
 * list is read whole (`actions: read`), so a name missing from it is missing — GitHub shows every
 * environment to a token that may list them, including those a deployment created.
 */
import { matchEnvironment, unknownEnvironment } from "@gatehouse/core/deploymentEnvironment";
import { describeError, type GitHubClient, isRefusal } from "@gatehouse/github";

/** The environment input names no environment of the repository, or the list could not be read. */
export class EnvironmentError extends Error {
  override name = "EnvironmentError";
}

/** What listing environments needs, as a workflow's `permissions:` names it. */
export const ENVIRONMENTS_PERMISSION = "actions: read";

/** Plain words when the environments could not be listed: the permission to add, or what failed. */
export function environmentsUnreadable(e: unknown, environment: string, repository: string): string {
  if (isRefusal(e)) {
    return `The token cannot list the environments of ${repository} to check that \`${environment}\` is one of them: add \`${ENVIRONMENTS_PERMISSION}\` to the job's \`permissions:\` and re-run.`;
  }
  return `Could not check that \`${environment}\` is an environment of ${repository}: ${describeError(e)}`;
}

/**
 * The repository's own spelling of `environment`; throws an `EnvironmentError` listing those that
 * exist when it names none, or naming the permission when they cannot be listed.
 */
export async function requireEnvironment(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  environment: string,
): Promise<string> {
  const repository = `${repo.owner}/${repo.repo}`;
  let names: string[];
  try {
    const list = await client.paginate<{ name: string }>("GET /repos/{owner}/{repo}/environments", {
      owner: repo.owner,
      repo: repo.repo,
    });
    names = list.map((e) => e.name);
  } catch (e) {
    throw new EnvironmentError(environmentsUnreadable(e, environment, repository));
  }
  const found = matchEnvironment(environment, names);
  if (!found) throw new EnvironmentError(unknownEnvironment(environment, names, repository));
  return found;
}
