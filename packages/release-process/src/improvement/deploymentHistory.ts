/**
 * The records continuous improvement reads, through GitHub's GraphQL API, newest first and whole or
 * refused naming the limit: the deployments to one environment with every status (100 a request,
 * 1 point), and the post-implementation reviews (100 a request, 1 point).
 */
import {
  type DeploymentHistoryRecord,
  type DeploymentStatusRecord,
  finalStatus,
  type ReviewRecord,
  readReviewRecord,
} from "@gatehouse/core";
import type { GitHubClient } from "@gatehouse/github";
import { inBatches } from "../assess/range";

/** The most deployments one measurement reads. */
export const MAX_DEPLOYMENTS = 50_000;
/** The most statuses read of one deployment. */
export const MAX_STATUSES = 1_000;
/** The most reviews one measurement reads. */
export const MAX_REVIEWS = 50_000;
/** Statuses read with each deployment; the rest in follow-up requests. */
const STATUSES_FIRST = 10;
/** Deployments whose further statuses are read in one request: 50 × 100 statuses, 1 point. */
const STATUS_FOLLOW_UPS = 50;
const READS_AT_ONCE = 4;

/** A read that cannot be completed within a limit: the measurement stops with this message. */
export class HistoryLimitError extends Error {}

interface Actor {
  __typename: string;
  login: string;
}

/** A login as REST writes it: GraphQL gives an App's bot without its `[bot]` suffix. */
export function restLogin(actor: Actor | null | undefined): string | null {
  if (!actor) return null;
  return actor.__typename === "Bot" && !actor.login.endsWith("[bot]") ? `${actor.login}[bot]` : actor.login;
}

interface RawStatus {
  state: string;
  createdAt: string;
  logUrl: string | null;
  creator: Actor | null;
}
interface RawStatuses {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: RawStatus[];
}
interface RawDeployment {
  id: string;
  databaseId: number;
  commitOid: string;
  createdAt: string;
  creator: Actor | null;
  statuses: RawStatuses;
}

const DEPLOYMENTS = `query GatehouseDeploymentHistory($owner: String!, $name: String!, $environment: String!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    deployments(environments: [$environment], first: 100, after: $cursor, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        id databaseId commitOid createdAt creator { __typename login }
        statuses(first: ${STATUSES_FIRST}) { ...GatehouseStatuses }
      }
    }
  }
}
fragment GatehouseStatuses on DeploymentStatusConnection {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { state createdAt logUrl creator { __typename login } }
}`;

const toStatus = (s: RawStatus): DeploymentStatusRecord => ({
  state: s.state.toLowerCase(),
  createdAt: s.createdAt,
  creator: restLogin(s.creator),
  logUrl: s.logUrl,
});

/** The statuses beyond the first page, for each deployment that has more. */
async function remainingStatuses(
  client: GitHubClient,
  pending: { raw: RawDeployment; statuses: DeploymentStatusRecord[] }[],
): Promise<number> {
  let requests = 0;
  let open = pending.map((p) => ({ ...p, cursor: p.raw.statuses.pageInfo.endCursor }));
  while (open.length > 0) {
    const batches: (typeof open)[] = [];
    for (let i = 0; i < open.length; i += STATUS_FOLLOW_UPS)
      batches.push(open.slice(i, i + STATUS_FOLLOW_UPS));
    const answers = await inBatches(batches, READS_AT_ONCE, (batch) => {
      requests++;
      const fields = batch
        .map(
          (p, k) =>
            `d${k}: node(id: ${JSON.stringify(p.raw.id)}) { ... on Deployment { statuses(first: 100, after: ${JSON.stringify(p.cursor)}) { ...GatehouseStatuses } } }`,
        )
        .join("\n");
      return client.graphql<Record<string, { statuses: RawStatuses } | null>>(
        `query GatehouseDeploymentStatuses {\n${fields}\n}\nfragment GatehouseStatuses on DeploymentStatusConnection {\n  totalCount pageInfo { hasNextPage endCursor }\n  nodes { state createdAt logUrl creator { __typename login } }\n}`,
      );
    });
    const next: typeof open = [];
    batches.forEach((batch, b) => {
      batch.forEach((p, k) => {
        const page = answers[b]![`d${k}`]?.statuses;
        if (!page)
          throw new HistoryLimitError(
            `Deployment ${p.raw.databaseId} vanished while its statuses were read; run again.`,
          );
        p.statuses.push(...page.nodes.map(toStatus));
        if (p.statuses.length > MAX_STATUSES) {
          throw new HistoryLimitError(
            `Deployment ${p.raw.databaseId} has more than ${MAX_STATUSES.toLocaleString("en-US")} statuses (limit MAX_STATUSES): its outcome cannot be read whole.`,
          );
        }
        if (page.pageInfo.hasNextPage) next.push({ ...p, cursor: page.pageInfo.endCursor });
      });
    });
    open = next;
  }
  return requests;
}

/**
 * Every deployment to `environment` created at or after `since`, newest first, and the ones before
 * it back to the last one a trusted identity made and finished successfully (the base of the first
 * range). Each with every status.
 */
export async function readDeploymentHistory(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  environment: string,
  since: Date,
  trustedCreators: readonly string[],
): Promise<{ deployments: DeploymentHistoryRecord[]; requests: number }> {
  const out: DeploymentHistoryRecord[] = [];
  let cursor: string | null = null;
  let requests = 0;
  for (;;) {
    const data: {
      repository: {
        deployments: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: RawDeployment[] };
      } | null;
    } = await client.graphql(DEPLOYMENTS, { owner: repo.owner, name: repo.repo, environment, cursor });
    requests++;
    if (!data.repository)
      throw new Error(`The repository ${repo.owner}/${repo.repo} cannot be read with this token.`);
    const page = data.repository.deployments;
    const read = page.nodes.map((raw) => ({ raw, statuses: raw.statuses.nodes.map(toStatus) }));
    requests += await remainingStatuses(
      client,
      read.filter((r) => r.raw.statuses.pageInfo.hasNextPage),
    );
    let baseFound = false;
    for (const { raw, statuses } of read) {
      const record: DeploymentHistoryRecord = {
        id: raw.databaseId,
        sha: raw.commitOid,
        createdAt: raw.createdAt,
        creator: restLogin(raw.creator),
        statuses,
      };
      out.push(record);
      if (
        Date.parse(raw.createdAt) < since.getTime() &&
        finalStatus(record, { trustedCreators }).state === "success"
      )
        baseFound = true;
    }
    if (baseFound || !page.pageInfo.hasNextPage) break;
    if (out.length >= MAX_DEPLOYMENTS) {
      throw new HistoryLimitError(
        `More than ${MAX_DEPLOYMENTS.toLocaleString("en-US")} deployments to ${environment} since ${since.toISOString().slice(0, 10)} (limit MAX_DEPLOYMENTS): measure a shorter span.`,
      );
    }
    cursor = page.pageInfo.endCursor;
  }
  return { deployments: out, requests };
}

const REVIEWS = `query GatehouseReviewHistory($owner: String!, $name: String!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    issues(labels: ["post-implementation-review"], first: 100, after: $cursor, states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { number url title body createdAt author { __typename login } }
    }
  }
}`;

interface RawIssue {
  number: number;
  url: string;
  title: string;
  body: string;
  createdAt: string;
  author: Actor | null;
}

/**
 * The post-implementation reviews opened in `reviewRepository` at or after `since`, read back;
 * only those opened by a trusted identity (Gatehouse's own) are kept.
 */
export async function readReviewHistory(
  client: GitHubClient,
  reviewRepository: string,
  since: Date,
  trustedCreators: readonly string[],
): Promise<{ reviews: ReviewRecord[]; requests: number }> {
  const [owner = "", name = ""] = reviewRepository.split("/", 2);
  const trusted = new Set(trustedCreators.map((l) => l.toLowerCase()));
  const out: ReviewRecord[] = [];
  let cursor: string | null = null;
  let requests = 0;
  let read = 0;
  for (;;) {
    const data: {
      repository: {
        issues: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: RawIssue[] };
      } | null;
    } = await client.graphql(REVIEWS, { owner, name, cursor });
    requests++;
    if (!data.repository) {
      throw new Error(
        `The review repository ${reviewRepository} does not exist or this token cannot read it: check the policy's review.repository and give the token access to it.`,
      );
    }
    const page = data.repository.issues;
    let older = false;
    for (const issue of page.nodes) {
      if (Date.parse(issue.createdAt) < since.getTime()) {
        older = true;
        continue;
      }
      read++;
      const author = restLogin(issue.author);
      if (author === null || !trusted.has(author.toLowerCase())) continue;
      const record = readReviewRecord({ ...issue, body: issue.body ?? "", author }, reviewRepository);
      if (record) out.push(record);
    }
    if (older || !page.pageInfo.hasNextPage) break;
    if (read >= MAX_REVIEWS) {
      throw new HistoryLimitError(
        `More than ${MAX_REVIEWS.toLocaleString("en-US")} post-implementation reviews in ${reviewRepository} since ${since.toISOString().slice(0, 10)} (limit MAX_REVIEWS): measure a shorter span.`,
      );
    }
    cursor = page.pageInfo.endCursor;
  }
  return { reviews: out, requests };
}

/**
 * Whose deployments, statuses and reviews the measurement believes: the policy's
 * `deployments.trusted-creators`, else the workflow token's identity (as change-gate believes them).
 */
export function trustedDeployers(policy: object): string[] {
  const section = (policy as { deployments?: { trustedCreators?: string[] } }).deployments;
  return section?.trustedCreators ?? ["github-actions[bot]"];
}
