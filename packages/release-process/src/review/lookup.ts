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
  /** The token's identity (GraphQL viewer): whose reviews and comments are Gatehouse's own. */
  viewer: string;
  changeRequests: Map<string, ChangeRequestOnGitHub>;
  /** Labels that do not exist yet, per repository (`owner/repo` lower-cased → label names). */
  missingLabels: Map<string, string[]>;
  /** Node ids of the needed labels that exist, per repository (lower-cased) and lower-cased name. */
  labelIds: Map<string, Map<string, string>>;
}

const str = (s: string) => JSON.stringify(s);

/** A login as GraphQL and REST both name it: GraphQL drops a bot's `[bot]`, REST keeps it. */
const identityKey = (login: string) => login.toLowerCase().replace(/\[bot\]$/, "");

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
  comments?: {
    pageInfo?: { hasPreviousPage: boolean; startCursor: string | null };
    nodes: { id: string; body: string; author?: { login: string } | null }[];
  } | null;
}

/** Labels read of a review or a change request: all an issue can have (GitHub allows 100). */
export const LABELS_READ = 100;
/** Assignees read of a review: all an issue can have (GitHub allows 10). */
export const ASSIGNEES_READ = 20;

/** Pages of 100 read looking for an earlier review or comment of this deployment (10,000 each). */
export const MAX_LOOKUP_PAGES = 100;

/** One page of a list: its items, and where the next page starts. */
interface Page<T> {
  items: T[];
  cursor: string | null;
  more: boolean;
}

const lookupLimit = (what: string) =>
  new Error(
    `${what} runs past ${MAX_LOOKUP_PAGES * 100} entries (MAX_LOOKUP_PAGES) without this deployment's: Gatehouse will not write a second one. Close or delete old ones and re-run.`,
  );

/**
 * Follows a list page by page until `found` answers true or the list ends; past MAX_LOOKUP_PAGES it
 * fails naming the limit rather than write a second review or comment.
 */
async function searchPages<T>(
  what: string,
  first: Page<T>,
  next: (cursor: string) => Promise<Page<T>>,
  found: (item: T) => boolean,
): Promise<T | undefined> {
  let page = first;
  for (let n = 1; ; n++) {
    const hit = page.items.find(found);
    if (hit || !page.more || !page.cursor) return hit;
    if (n >= MAX_LOOKUP_PAGES) throw lookupLimit(what);
    page = await next(page.cursor);
  }
}

/** A GraphQL connection read forwards (`first`/`after`). */
interface Connection<T> {
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
  nodes?: T[];
}

/** A connection read forwards, as a page. */
function forwardPage<T>(connection: Connection<T> | null | undefined): Page<T> {
  return {
    items: connection?.nodes ?? [],
    cursor: connection?.pageInfo?.endCursor ?? null,
    more: Boolean(connection?.pageInfo?.hasNextPage),
  };
}

/** The issues read of a repository's list, newest first: 100 a page, with what a review needs of each. */
const issueList = (filter: string, after: string) =>
  `issues(${filter}, first: 100${after}, states: [OPEN, CLOSED], orderBy: {field: CREATED_AT, direction: DESC}) {
      pageInfo { hasNextPage endCursor }
      nodes { number url title body state author { login } labels(first: ${LABELS_READ}) { nodes { name } } assignees(first: ${ASSIGNEES_READ}) { nodes { login } } }
    }`;

const LABELLED_REVIEWS = 'labels: ["post-implementation-review"]';

/**
 * One page of a repository's issues, newest first (`cursor` null: the first page): those labelled
 * as reviews, or (`createdBy`) those one account opened, whatever their labels.
 */
async function issuePage(
  client: GitHubClient,
  rr: RepoRef,
  by: { createdBy: string } | "labelled",
  cursor: string | null,
): Promise<Page<IssueNode>> {
  const query =
    by === "labelled"
      ? { name: "GatehouseReviews", filter: LABELLED_REVIEWS, variables: {}, declared: "" }
      : {
          name: "GatehouseOwnReviews",
          filter: "filterBy: { createdBy: $createdBy }",
          variables: { createdBy: by.createdBy },
          declared: ", $createdBy: String!",
        };
  const answer = await client.graphql<{ repository: { issues: Connection<IssueNode> } | null }>(
    `query ${query.name}($owner: String!, $name: String!, $cursor: String${query.declared}) {
  repository(owner: $owner, name: $name) {
    ${issueList(query.filter, ", after: $cursor")}
  }
}`,
    { owner: rr.owner, name: rr.repo, cursor, ...query.variables },
  );
  return forwardPage(answer?.repository?.issues);
}

function toReview(node: IssueNode): ExistingReview {
  return {
    number: node.number,
    url: node.url,
    title: node.title,
    body: node.body,
    state: node.state === "CLOSED" ? "closed" : "open",
    labels: (node.labels?.nodes ?? []).map((l) => l.name),
    assignees: (node.assignees?.nodes ?? []).map((a) => a.login),
  };
}

/**
 * Every review of this deployment the token's identity (`viewer`) opened, oldest first: what a
 * create whose answer was lost, or runs creating at once, left behind. They are the newest, so
 * one page (100) is read, and the pages after it only while none is found (`MAX_LOOKUP_PAGES`).
 * Issues anyone else opened never count.
 */
export async function reviewsOfDeployment(
  client: GitHubClient,
  rr: RepoRef,
  identity: ReviewIdentity,
  viewer: string,
): Promise<ExistingReview[]> {
  const me = identityKey(viewer);
  const ours = (n: IssueNode) =>
    !!n.author && identityKey(n.author.login) === me && isReviewOf(n.body, identity);
  const found: IssueNode[] = [];
  let page = await issuePage(client, rr, "labelled", null);
  for (let n = 1; ; n++) {
    found.push(...page.items.filter(ours));
    if (found.length > 0 || !page.more || !page.cursor) break;
    if (n >= MAX_LOOKUP_PAGES)
      throw lookupLimit(`The list of post-implementation reviews in ${rr.owner}/${rr.repo}`);
    page = await issuePage(client, rr, "labelled", page.cursor);
  }
  return found.map(toReview).sort((a, b) => a.number - b.number);
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
  // Who Gatehouse is here: only what this identity wrote counts as its review or its comment.
  parts.push("viewer { __typename login }");
  parts.push(`review: repository(owner: ${str(rr.owner)}, name: ${str(rr.repo)}) {
    ${issueList(LABELLED_REVIEWS, "")}
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
        id number url title body state author { login } labels(first: ${LABELS_READ}) { nodes { id name } }
        comments(last: 100) { pageInfo { hasPreviousPage startCursor } nodes { id body author { login } } }
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

  const viewer: { __typename?: string; login?: string } | null = data.viewer ?? null;
  if (!viewer?.login) {
    throw new Error(
      "GitHub did not say whose token this is (GraphQL viewer): cannot tell Gatehouse's own reviews from anyone else's. Re-run the job.",
    );
  }
  const me = identityKey(viewer.login);
  const ours = (author: { login: string } | null | undefined) => !!author && identityKey(author.login) === me;
  const isOurReview = (n: IssueNode) => ours(n.author) && isReviewOf(n.body, identity);

  let found = await searchPages<IssueNode>(
    `The list of post-implementation reviews in ${rr.owner}/${rr.repo}`,
    forwardPage(data.review?.issues),
    (cursor) => issuePage(client, rr, "labelled", cursor),
    isOurReview,
  );
  // Not among the issues labelled as reviews: anyone with Triage can remove a label, so look
  // among the issues Gatehouse itself opened, whatever their labels.
  if (!found) {
    // GitHub names a bot token's viewer in full (`name[bot]`), which is what `createdBy` takes.
    const createdBy =
      viewer.__typename === "Bot" && !/\[bot\]$/i.test(viewer.login) ? `${viewer.login}[bot]` : viewer.login;
    const byUs = (cursor: string | null) => issuePage(client, rr, { createdBy }, cursor);
    found = await searchPages<IssueNode>(
      `The issues ${createdBy} opened in ${rr.owner}/${rr.repo}`,
      await byUs(null),
      byUs,
      isOurReview,
    );
  }
  const review: ExistingReview | null = found ? toReview(found) : null;

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
  for (const [i, cr] of opts.changeRequests.entries()) {
    const issue: IssueNode | null | undefined = data[`cr${i}`]?.issue;
    if (!issue) {
      changeRequests.set(changeRequestKey(cr), { found: false, labels: [] });
      continue;
    }
    // Our comment of this deployment, however many comments came after it.
    const mine = await searchPages<{ id: string; body: string; author?: { login: string } | null }>(
      `The comments of ${cr.repository}#${cr.number}`,
      {
        items: [...(issue.comments?.nodes ?? [])].reverse(),
        cursor: issue.comments?.pageInfo?.startCursor ?? null,
        more: Boolean(issue.comments?.pageInfo?.hasPreviousPage),
      },
      async (cursor) => {
        // biome-ignore lint/suspicious/noExplicitAny: one node's comments
        const more: any = await client.graphql(
          `query GatehouseComments($id: ID!, $cursor: String!) {
  node(id: $id) { ... on Issue { comments(last: 100, before: $cursor) { pageInfo { hasPreviousPage startCursor } nodes { id body author { login } } } } }
}`,
          { id: issue.id, cursor },
        );
        const comments = more?.node?.comments;
        return {
          items: [...(comments?.nodes ?? [])].reverse(),
          cursor: comments?.pageInfo?.startCursor ?? null,
          more: Boolean(comments?.pageInfo?.hasPreviousPage),
        };
      },
      // Someone else's comment carrying the marker is not ours.
      (c) => ours(c.author) && Boolean(c.body?.includes(identity.commentMarker)),
    );
    changeRequests.set(changeRequestKey(cr), {
      found: true,
      nodeId: issue.id,
      author: issue.author?.login,
      state: issue.state === "CLOSED" ? "closed" : "open",
      labels: (issue.labels?.nodes ?? []).map((l) => l.name),
      comment: mine ? { id: mine.id, body: mine.body } : undefined,
      labelIds: new Map(
        (issue.labels?.nodes ?? []).flatMap((l) => (l.id ? [[l.name.toLowerCase(), l.id] as const] : [])),
      ),
    });
  }

  return { review, viewer: viewer.login, changeRequests, missingLabels, labelIds };
}
