/**
 * Everything the review needs to know from GitHub, in one GraphQL query: the existing review of
 * this deployment (found by its hidden marker among the issues labelled
 * `post-implementation-review` — listing is consistent, search is not), each change request with
 * its author, state, labels and our earlier comment, and which of the labels we use already exist.
 */
import type { ChangeRequestState, ReviewedChangeRequest, ReviewIdentity } from "@gatehouse/core";
import { changeRequestKey, isReviewOf } from "@gatehouse/core";
import { type GitHubClient, GraphQLError } from "@gatehouse/github";

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface ExistingReview {
  number: number;
  url: string;
  title: string;
  body: string;
  state: "open" | "closed";
  labels: string[];
  assignees: string[];
}

export interface ChangeRequestOnGitHub extends ChangeRequestState {
  /** GraphQL node id of the CR issue (to comment on it). */
  nodeId?: string;
  /** Our earlier comment on this CR for this deployment, if any (GraphQL node id). */
  comment?: { id: string; body: string };
  /** Node ids of its labels, by lower-cased name (to remove one in a mutation). */
  labelIds?: Map<string, string>;
}

export interface DeploymentLookup {
  review: ExistingReview | null;
  changeRequests: Map<string, ChangeRequestOnGitHub>;
  /** Labels that do not exist yet, per repository (`owner/repo` lower-cased → label names). */
  missingLabels: Map<string, string[]>;
  /** Node ids of the needed labels that exist, per repository (lower-cased) and lower-cased name. */
  labelIds: Map<string, Map<string, string>>;
}

const str = (s: string) => JSON.stringify(s);

const splitRepo = (full: string): RepoRef => {
  const [owner = "", repo = ""] = full.split("/", 2);
  return { owner, repo };
};

interface IssueNode {
  id?: string;
  number: number;
  url: string;
  title: string;
  body: string;
  state: "OPEN" | "CLOSED";
  author: { login: string } | null;
  labels: { nodes: { id?: string; name: string }[] } | null;
  assignees?: { nodes: { login: string }[] } | null;
  comments?: { nodes: { id: string; body: string }[] } | null;
}

export async function lookUpDeployment(
  client: GitHubClient,
  opts: {
    reviewRepository: RepoRef;
    identity: ReviewIdentity;
    changeRequests: readonly ReviewedChangeRequest[];
    /** Labels needed per repository (`owner/repo` → names). */
    labels: Map<string, string[]>;
  },
): Promise<DeploymentLookup> {
  const { reviewRepository: rr, identity } = opts;
  const parts: string[] = [];
  parts.push(`review: repository(owner: ${str(rr.owner)}, name: ${str(rr.repo)}) {
    issues(labels: ["post-implementation-review"], first: 100, states: [OPEN, CLOSED], orderBy: {field: CREATED_AT, direction: DESC}) {
      nodes { number url title body state author { login } labels(first: 50) { nodes { name } } assignees(first: 20) { nodes { login } } }
    }
  }`);
  [...opts.labels.entries()].forEach(([repo, names], i) => {
    const { owner, repo: name } = splitRepo(repo);
    const fields = names.map((label, j) => `l${j}: label(name: ${str(label)}) { id name }`);
    parts.push(`labels${i}: repository(owner: ${str(owner)}, name: ${str(name)}) { ${fields.join(" ")} }`);
  });
  opts.changeRequests.forEach((cr, i) => {
    const { owner, repo } = splitRepo(cr.repository);
    parts.push(`cr${i}: repository(owner: ${str(owner)}, name: ${str(repo)}) {
      issue(number: ${cr.number}) {
        id number url title body state author { login } labels(first: 100) { nodes { id name } }
        comments(last: 100) { nodes { id body } }
      }
    }`);
  });
  const query = `query GatehouseReview {\n${parts.join("\n")}\n}`;

  // biome-ignore lint/suspicious/noExplicitAny: aliases make the answer's shape dynamic
  let data: Record<string, any>;
  try {
    data = await client.graphql(query);
  } catch (e) {
    // A change request (or its repository) that no longer exists answers NOT_FOUND for its alias
    // only; everything else is still there. Any other error is real.
    if (
      e instanceof GraphQLError &&
      e.errors.length > 0 &&
      e.errors.every((x) => x.type === "NOT_FOUND" && /^(cr|labels)\d+$/.test(String(x.path?.[0] ?? ""))) &&
      e.data &&
      typeof e.data === "object"
    ) {
      data = e.data as Record<string, unknown>;
    } else if (
      e instanceof GraphQLError &&
      e.errors.some((x) => x.type === "NOT_FOUND" && x.path?.[0] === "review")
    ) {
      throw new Error(
        `The review repository ${rr.owner}/${rr.repo} does not exist or this token cannot read it: check the \`repository\` input (or the policy's review.repository) and give the token access to it.`,
      );
    } else {
      throw e;
    }
  }

  const reviewNodes: IssueNode[] = data.review?.issues?.nodes ?? [];
  const found = reviewNodes.find((n) => isReviewOf(n.body, identity));
  const review: ExistingReview | null = found
    ? {
        number: found.number,
        url: found.url,
        title: found.title,
        body: found.body,
        state: found.state === "CLOSED" ? "closed" : "open",
        labels: (found.labels?.nodes ?? []).map((l) => l.name),
        assignees: (found.assignees?.nodes ?? []).map((a) => a.login),
      }
    : null;

  const missingLabels = new Map<string, string[]>();
  const labelIds = new Map<string, Map<string, string>>();
  [...opts.labels.keys()].forEach((repo, i) => {
    const node = data[`labels${i}`];
    const names = opts.labels.get(repo) ?? [];
    const missing = node ? names.filter((_, j) => !node[`l${j}`]) : [];
    if (missing.length > 0) missingLabels.set(repo.toLowerCase(), missing);
    const ids = new Map<string, string>();
    names.forEach((name, j) => {
      const id = node?.[`l${j}`]?.id;
      if (typeof id === "string") ids.set(name.toLowerCase(), id);
    });
    labelIds.set(repo.toLowerCase(), ids);
  });

  const changeRequests = new Map<string, ChangeRequestOnGitHub>();
  opts.changeRequests.forEach((cr, i) => {
    const issue: IssueNode | null | undefined = data[`cr${i}`]?.issue;
    if (!issue) {
      changeRequests.set(changeRequestKey(cr), { found: false, labels: [] });
      return;
    }
    const ours = (issue.comments?.nodes ?? []).find((c) => c.body?.includes(identity.commentMarker));
    changeRequests.set(changeRequestKey(cr), {
      found: true,
      nodeId: issue.id,
      author: issue.author?.login,
      state: issue.state === "CLOSED" ? "closed" : "open",
      labels: (issue.labels?.nodes ?? []).map((l) => l.name),
      comment: ours ? { id: ours.id, body: ours.body } : undefined,
      labelIds: new Map(
        (issue.labels?.nodes ?? []).flatMap((l) => (l.id ? [[l.name.toLowerCase(), l.id] as const] : [])),
      ),
    });
  });

  return { review, changeRequests, missingLabels, labelIds };
}
