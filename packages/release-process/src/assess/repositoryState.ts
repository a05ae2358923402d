/**
 * What the gate reads about the repository first, in one GraphQL query: the policy file (from the
 * default branch, or `policy-ref`), the environment (it must exist: `actions: read`), the
 * deployments to it and the latest release.
 */
import type { DeploymentRecord } from "@gatehouse/core";
import { unknownEnvironment } from "@gatehouse/core/deploymentEnvironment";
import { type GitHubClient, GraphQLError } from "@gatehouse/github";
import { missingPolicyRef, policyRefName } from "@gatehouse/github/policyText";
import { EnvironmentError, environmentsUnreadable } from "../environment";

export const POLICY_PATH = ".github/gatehouse.yml";

/** The `policy-ref` input names nothing in the repository. */
export class PolicyRefError extends Error {}

export interface RepositoryState {
  defaultBranch: string | null;
  /** The policy file's text; null when the file does not exist at that ref. */
  policyText: string | null;
  /** Where the policy was read from, e.g. `.github/gatehouse.yml@refs/heads/main`. */
  policySource: string;
  /** The newest 50 deployments to the environment, newest first. */
  deployments: DeploymentRecord[];
  /** The cursor to older deployments, null when these are all (see readOlderDeployments). */
  moreDeployments: string | null;
  latestRelease: { tag: string; sha: string } | null;
}

const DEPLOYMENT_FRAGMENT = `fragment GatehouseDeployment on Deployment {
  commitOid createdAt creator { __typename login } latestStatus { state creator { __typename login } }
}`;

const query = `query GatehouseRepositoryState($owner: String!, $name: String!, $ref: String!, $policy: String!, $environment: String!) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef { name }
    policyRef: object(expression: $ref) { oid }
    policy: object(expression: $policy) { ... on Blob { text isTruncated } }
    deployments(environments: [$environment], first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { ...GatehouseDeployment }
    }
    latestRelease { tagName tagCommit { oid } }
    environment(name: $environment) { name }
    environments(first: 100) { totalCount nodes { name } }
  }
}
${DEPLOYMENT_FRAGMENT}`;

const moreDeploymentsQuery = `query GatehouseDeployments($owner: String!, $name: String!, $environment: String!, $cursor: String!) {
  repository(owner: $owner, name: $name) {
    deployments(environments: [$environment], first: 100, after: $cursor, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { ...GatehouseDeployment }
    }
  }
}
${DEPLOYMENT_FRAGMENT}`;

interface Answer {
  repository: {
    defaultBranchRef: { name: string } | null;
    policyRef: { oid: string } | null;
    policy: { text: string | null; isTruncated: boolean } | null;
    deployments: DeploymentPage;
    latestRelease: { tagName: string; tagCommit: { oid: string } | null } | null;
    environment: { name: string } | null;
    environments: { totalCount: number; nodes: { name: string }[] };
  } | null;
}

interface Actor {
  __typename: string;
  login: string;
}

interface DeploymentPage {
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
  nodes: {
    commitOid: string;
    createdAt: string;
    creator: Actor | null;
    latestStatus: { state: string; creator: Actor | null } | null;
  }[];
}

const toRecords = (page: DeploymentPage | undefined): DeploymentRecord[] =>
  (page?.nodes ?? []).map((d) => ({
    sha: d.commitOid,
    createdAt: d.createdAt,
    latestStatus: d.latestStatus?.state.toLowerCase() ?? null,
    creator: restLogin(d.creator),
    latestStatusCreator: restLogin(d.latestStatus?.creator ?? null),
  }));

const nextCursor = (page: DeploymentPage | undefined) =>
  page?.pageInfo?.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;

/** The most deployments read looking for the last one the policy trusts: the first 50, then 20 pages of 100. */
export const MAX_DEPLOYMENTS_READ = 2050;

/** The last trusted deployment is further back than MAX_DEPLOYMENTS_READ: the gate blocks with this. */
export class DeploymentLimitError extends Error {}

/**
 * Deployments older than those `readRepositoryState` answered, page after page of 100, until
 * `enough` says the records now hold what is looked for or the list ends. Past
 * MAX_DEPLOYMENTS_READ it throws a DeploymentLimitError naming the limit: a range chosen from
 * part of the list could start after commits that were never assessed.
 */
export async function readOlderDeployments(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  environment: string,
  state: Pick<RepositoryState, "deployments" | "moreDeployments">,
  enough: (records: readonly DeploymentRecord[]) => boolean,
): Promise<DeploymentRecord[]> {
  const records = [...state.deployments];
  let cursor = state.moreDeployments;
  while (cursor && !enough(records)) {
    if (records.length >= MAX_DEPLOYMENTS_READ) {
      throw new DeploymentLimitError(
        `The newest ${MAX_DEPLOYMENTS_READ.toLocaleString("en-US")} deployments to ${environment} (limit MAX_DEPLOYMENTS_READ) hold none that a trusted identity created and marked successful, and there are more: the range cannot start from what ${environment} runs. Set the \`base\` input to the commit ${environment} runs now.`,
      );
    }
    const answer: { repository: { deployments: DeploymentPage } | null } = await client.graphql(
      moreDeploymentsQuery,
      { owner: repo.owner, name: repo.repo, environment, cursor },
    );
    const page = answer.repository?.deployments;
    records.push(...toRecords(page));
    cursor = nextCursor(page);
  }
  return records;
}

/** A login as REST and the policy write it: GraphQL shows a bot's without its `[bot]` suffix. */
function restLogin(actor: Actor | null): string | null {
  if (!actor) return null;
  return actor.__typename === "Bot" && !actor.login.endsWith("[bot]") ? `${actor.login}[bot]` : actor.login;
}

function stateVariables(
  repo: { owner: string; repo: string },
  environment: string,
  policyRef: string,
  defaultBranch?: string,
) {
  // By full name (`refs/heads/main`): no tag or other ref named like the branch can stand in.
  // Without a name from the event, `HEAD`: the repository's own default branch.
  const ref = policyRefName(policyRef, defaultBranch) ?? "HEAD";
  return { owner: repo.owner, name: repo.repo, ref, policy: `${ref}:${POLICY_PATH}`, environment };
}

// The query `index.ts` sent before the gate's code had loaded, for `readRepositoryState` to pick up.
let sentAhead: { key: string; answer: Promise<Answer> } | undefined;

/** Sends the first query ahead, while the rest of the gate loads; returns its promise. */
export function prefetchRepositoryState(
  client: Pick<GitHubClient, "graphql">,
  repo: { owner: string; repo: string },
  environment: string,
  policyRef: string,
  defaultBranch?: string,
): Promise<unknown> {
  const variables = stateVariables(repo, environment, policyRef, defaultBranch);
  const answer = client.graphql<Answer>(query, variables);
  sentAhead = { key: JSON.stringify(variables), answer };
  return answer;
}

/**
 * Reads the policy from `policyRef` when given, else from the default branch (named by the event,
 * else `HEAD`, which is the default branch on GitHub). Throws when the repository cannot be read
 * (the gate turns that into a block). Uses the query sent ahead when it asked the same, and then
 * calls `usedSentAhead` so the request is still counted.
 */
export async function readRepositoryState(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  environment: string,
  policyRef: string,
  defaultBranch?: string,
  usedSentAhead?: () => void,
): Promise<RepositoryState> {
  const variables = stateVariables(repo, environment, policyRef, defaultBranch);
  const { ref } = variables;
  let pending: Promise<Answer>;
  if (sentAhead?.key === JSON.stringify(variables)) {
    pending = sentAhead.answer;
    sentAhead = undefined;
    usedSentAhead?.();
  } else {
    pending = client.graphql<Answer>(query, variables);
  }
  let answer: Answer;
  try {
    answer = await pending;
  } catch (e) {
    // Listing environments needs `actions: read`: say so rather than name the other permissions.
    if (
      e instanceof GraphQLError &&
      e.errors.some(
        (x) =>
          (x.type === "FORBIDDEN" || x.type === "INSUFFICIENT_SCOPES") &&
          /^environments?$/.test(String(x.path?.[1] ?? "")),
      )
    ) {
      throw new EnvironmentError(environmentsUnreadable(e, environment, `${repo.owner}/${repo.repo}`));
    }
    throw e;
  }
  const r = answer.repository;
  if (!r) throw new Error(`The repository ${repo.owner}/${repo.repo} cannot be read with this token.`);
  if (!r.policyRef) throw new PolicyRefError(missingPolicyRef(policyRef, ref, `${repo.owner}/${repo.repo}`));
  const actualDefault = r.defaultBranchRef?.name;
  if (!policyRef.trim() && defaultBranch && actualDefault && actualDefault !== defaultBranch) {
    throw new PolicyRefError(
      `This run names \`${defaultBranch}\` as the default branch, but GitHub says it is \`${actualDefault}\`: the policy is read from the default branch only; re-run the workflow.`,
    );
  }
  // A name that is not one of the repository's environments has no deployments: the range would
  // start elsewhere, and freezes scoped to the real name would not apply.
  if (!r.environment) {
    throw new EnvironmentError(
      unknownEnvironment(
        environment,
        r.environments.nodes.map((e) => e.name),
        `${repo.owner}/${repo.repo}`,
        r.environments.totalCount,
      ),
    );
  }
  if (r.policy?.isTruncated) {
    throw new Error(`${POLICY_PATH} is too large for GitHub to return; keep it under 512 kB.`);
  }
  return {
    defaultBranch: r.defaultBranchRef?.name ?? null,
    policyText: r.policy?.text ?? null,
    policySource: `${POLICY_PATH}@${ref === "HEAD" ? `refs/heads/${actualDefault ?? "HEAD"}` : ref}`,
    deployments: toRecords(r.deployments),
    moreDeployments: nextCursor(r.deployments),
    latestRelease: r.latestRelease?.tagCommit
      ? { tag: r.latestRelease.tagName, sha: r.latestRelease.tagCommit.oid }
      : null,
  };
}
