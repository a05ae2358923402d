/**
 * Continuous improvement against GitHub: the DORA metrics of one environment over one or more
 * periods, from Gatehouse's own records — the deployments GitHub recorded (trusted identities
 * only), every successful deployment's exact range, and the post-implementation reviews — plus the
 * change templates that earned pre-approval. Read once for all the periods asked: the deployments
 * and reviews newest first back to the first period, the ranges from the history.
 *
 * Requests for a year of 5,000 deployments and their reviews: about 50 for the deployments, 50 for
 * the reviews, one per 100 deployed commits for the counts and one per 100 commits of history, and
 * one per 100 change requests for their templates — each a GraphQL query of 1 point (see
 * `pnpm bench`).
 */
import {
  computeDeliveryMetrics,
  type DeliveryMetrics,
  type DeploymentHistoryRecord,
  type EarnedStandardChanges,
  earnedStandardChanges,
  parseChangeRequest,
  type ReviewRecord,
  rangesNeeded,
} from "@gatehouse/core";
import { type GitHubClient, GraphQLError } from "@gatehouse/github";
import { inBatches } from "../assess/range";
import { readDeploymentHistory, readReviewHistory } from "./deploymentHistory";
import { readRanges } from "./ranges";

export interface MeasureInputs {
  /** `owner/repo` deployed. */
  repository: string;
  environment: string;
  /** The periods to measure, oldest first. */
  periods: readonly { from: Date; to: Date }[];
  /** `owner/repo` the post-implementation reviews are in. */
  reviewRepository: string;
  /** Logins whose deployments, statuses and reviews are believed. */
  trustedCreators: readonly string[];
  /** N of the earned standard changes (0: off). */
  earnedAfter: number;
  /** The templates the policy already pre-approves. */
  standardTemplates: readonly string[];
}

export interface MeasureResult {
  /** One per period, in the order asked. */
  metrics: DeliveryMetrics[];
  /** The reviews read that a trusted identity opened. */
  reviews: ReviewRecord[];
  earned: EarnedStandardChanges;
  read: {
    deployments: number;
    reviews: number;
    historyCommits: number;
    compares: number;
    changeRequests: number;
  };
  requests: number;
  notes: string[];
}

const split = (full: string) => {
  const [owner = "", repo = ""] = full.split("/", 2);
  return { owner, repo };
};

/** Change requests read for their template in one query (no connection: 1 point). */
const ISSUES_PER_QUERY = 100;
const READS_AT_ONCE = 4;

/**
 * The template each normal change request names (its form's "Standard change template"), by
 * `owner/repo#N` lower-cased.
 */
async function changeRequestTemplates(
  client: GitHubClient,
  refs: { repository: string; number: number }[],
): Promise<{ templates: Map<string, string>; requests: number }> {
  const templates = new Map<string, string>();
  const batches: (typeof refs)[] = [];
  for (let i = 0; i < refs.length; i += ISSUES_PER_QUERY) batches.push(refs.slice(i, i + ISSUES_PER_QUERY));
  await inBatches(batches, READS_AT_ONCE, async (batch) => {
    const byRepo = new Map<string, { number: number; alias: string }[]>();
    batch.forEach((cr, i) => {
      const key = cr.repository.toLowerCase();
      byRepo.set(key, [...(byRepo.get(key) ?? []), { number: cr.number, alias: `i${i}` }]);
    });
    const parts = [...byRepo.entries()].map(([repo, list], r) => {
      const { owner, repo: name } = split(repo);
      return `r${r}: repository(owner: ${JSON.stringify(owner)}, name: ${JSON.stringify(name)}) { ${list
        .map((x) => `${x.alias}: issue(number: ${Math.trunc(x.number)}) { body }`)
        .join(" ")} }`;
    });
    let data: Record<string, Record<string, { body: string } | null> | null>;
    try {
      data = await client.graphql(`query GatehouseChangeTemplates {\n${parts.join("\n")}\n}`);
    } catch (e) {
      // A change request deleted or transferred since answers NOT_FOUND for itself only.
      if (e instanceof GraphQLError && e.data && e.errors.every((x) => x.type === "NOT_FOUND"))
        data = e.data as typeof data;
      else throw e;
    }
    [...byRepo.entries()].forEach(([repo, list], r) => {
      for (const x of list) {
        // Read as change-gate reads it: a change request with problems names no template.
        const fields = parseChangeRequest(data[`r${r}`]?.[x.alias]?.body).fields;
        if (fields?.type === "normal" && fields.standardChange)
          templates.set(`${repo}#${x.number}`, fields.standardChange);
      }
    });
  });
  return { templates, requests: batches.length };
}

export async function measureDelivery(
  client: GitHubClient,
  inputs: MeasureInputs,
  log: (message: string) => void = () => {},
): Promise<MeasureResult> {
  if (inputs.periods.length === 0) throw new Error("measureDelivery needs at least one period");
  const repo = split(inputs.repository);
  const start = new Date(Math.min(...inputs.periods.map((p) => p.from.getTime())));
  const notes: string[] = [];
  let requests = 0;

  const history = await readDeploymentHistory(
    client,
    repo,
    inputs.environment,
    start,
    inputs.trustedCreators,
  );
  requests += history.requests;
  const deployments: DeploymentHistoryRecord[] = history.deployments;
  log(`Read ${deployments.length} deployments to ${inputs.environment}.`);

  const oldest = deployments.reduce((t, d) => Math.min(t, Date.parse(d.createdAt)), start.getTime());
  const reviewRead = await readReviewHistory(
    client,
    inputs.reviewRepository,
    new Date(oldest),
    inputs.trustedCreators,
  );
  requests += reviewRead.requests;
  const reviews = reviewRead.reviews;
  log(`Read ${reviews.length} post-implementation reviews from ${inputs.reviewRepository}.`);

  const base = {
    repository: inputs.repository,
    environment: inputs.environment,
    deployments,
    reviews,
    trustedCreators: inputs.trustedCreators,
  };
  const wanted = new Map<number, { deploymentId: number; base: string; head: string }>();
  for (const p of inputs.periods) {
    for (const r of rangesNeeded({ ...base, from: p.from, to: p.to })) {
      if (r.base !== null)
        wanted.set(r.deploymentId, { deploymentId: r.deploymentId, base: r.base, head: r.head });
    }
  }
  const rangeRead = await readRanges(client, repo, [...wanted.values()], log);
  requests += rangeRead.requests;

  const metrics = inputs.periods.map((p) =>
    computeDeliveryMetrics({ ...base, from: p.from, to: p.to, ranges: rangeRead.ranges }),
  );

  // Earned standard changes: the templates of the normal change requests the reviews name.
  const normal = new Map<string, { repository: string; number: number }>();
  for (const r of reviews)
    for (const cr of r.changeRequests)
      if (cr.type === "normal") normal.set(`${cr.repository.toLowerCase()}#${cr.number}`, cr);
  let templates = new Map<string, string>();
  if (inputs.earnedAfter > 0 && normal.size > 0) {
    const read = await changeRequestTemplates(client, [...normal.values()]);
    templates = read.templates;
    requests += read.requests;
  }
  const earned = earnedStandardChanges({
    reviews,
    templates,
    standard: inputs.standardTemplates,
    after: inputs.earnedAfter,
  });

  return {
    metrics,
    reviews,
    earned,
    read: {
      deployments: deployments.length,
      reviews: reviews.length,
      historyCommits: rangeRead.commitsRead,
      compares: rangeRead.compares,
      changeRequests: inputs.earnedAfter > 0 ? normal.size : 0,
    },
    requests,
    notes,
  };
}
