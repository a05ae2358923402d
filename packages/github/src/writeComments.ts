/**
 * Writing to issues: comments (created or updated), labels and closings of many issues in one
 * aliased GraphQL mutation — each comment one of a kind on its issue, by its hidden marker, even
 * when GitHub loses an answer or two runs write at once.
 *
 * - A create is sent once (the client retries no mutation). When the answer is lost (no answer, a
 *   stall, 5xx, "Something went wrong"), the issues' comments are read (all of them, the latest 50
 *   first): a comment of ours with the marker is what the lost create made, and is updated instead
 *   of created again.
 * - The last create's answer on each issue carries the issue's latest comments (GitHub runs a
 *   mutation's fields in order: they hold the earlier creates), completed with the earlier pages
 *   when the issue has more (`MAX_COMMENTS_READ`). When runs at once each created one,
 *   the oldest comment of ours with the marker is kept, the newer ones are deleted, and the kept
 *   one says what this run would have said. Both runs do the same, so they end with one comment.
 */
import type { GitHubClient } from "./client";
import { GitHubApiError, GraphQLError } from "./errors";
import { mayHaveApplied } from "./writeOnce";

/** One comment to create on an issue, or to update when `commentId` is given. */
export interface CommentWrite {
  /** GraphQL node id of the issue (create) */
  issueId: string;
  /** GraphQL node id of the existing comment (update). */
  commentId?: string;
  body: string;
  /**
   * The hidden marker that makes the comment one of a kind on its issue (it is in `body`). Without
   * one, a create whose answer is lost cannot be told from one never made, and is not sent again.
   */
  marker?: string;
}

/**
 * How many of an issue's latest comments come back with a create's answer (and with the read after a
 * lost answer), to find a comment a race or a lost answer made. When the issue has more, the earlier
 * ones are read too, 100 a request, every issue in one query a round: the oldest comment of ours
 * with the marker may be anywhere in the list.
 */
export const COMMENTS_SEEN = 50;
/** The most comments of one issue read to find ours; past it the write fails naming the limit. */
export const MAX_COMMENTS_READ = 10_000;
const EARLIER_PAGE = 100;

interface SeenComment {
  id: string;
  url: string;
  body: string;
  viewerDidAuthor: boolean;
}
interface SeenComments {
  pageInfo?: { hasPreviousPage: boolean; startCursor: string | null };
  nodes: (SeenComment | null)[];
}
interface Seen {
  comments: SeenComments | null;
}

const commentFields = "pageInfo { hasPreviousPage startCursor } nodes { id url body viewerDidAuthor }";
const onIssues = (fields: string) => `... on Issue { ${fields} } ... on PullRequest { ${fields} }`;
const seenFields = `comments(last: ${COMMENTS_SEEN}) { ${commentFields} }`;
const subjectFields = `subject { ${onIssues(seenFields)} }`;

/**
 * Every comment of each issue, oldest first: the latest ones already read (`seen`), completed with
 * the earlier pages. Fails naming MAX_COMMENTS_READ when an issue has more.
 */
async function everyComment(
  client: GitHubClient,
  seen: ReadonlyMap<string, Seen | null | undefined>,
): Promise<Map<string, SeenComment[]>> {
  const all = new Map<string, SeenComment[]>();
  let open: { issueId: string; before: string }[] = [];
  const take = (issueId: string, page: SeenComments | null | undefined) => {
    const comments = (page?.nodes ?? []).filter((c): c is SeenComment => c !== null);
    const list = [...comments, ...(all.get(issueId) ?? [])];
    all.set(issueId, list);
    if (!page?.pageInfo?.hasPreviousPage || !page.pageInfo.startCursor) return;
    if (list.length >= MAX_COMMENTS_READ) {
      throw new Error(
        `An issue has more than ${MAX_COMMENTS_READ.toLocaleString("en-US")} comments (limit MAX_COMMENTS_READ): Gatehouse cannot tell whether it already commented there, so it does not comment. Lock the conversation and open a new issue.`,
      );
    }
    open.push({ issueId, before: page.pageInfo.startCursor });
  };
  for (const [issueId, s] of seen) take(issueId, s?.comments);
  while (open.length > 0) {
    const round = open;
    open = [];
    const variables: Record<string, string> = {};
    const fields = round.map((r, k) => {
      variables[`i${k}`] = r.issueId;
      variables[`c${k}`] = r.before;
      return `p${k}: node(id: $i${k}) { ${onIssues(`comments(last: ${EARLIER_PAGE}, before: $c${k}) { ${commentFields} }`)} }`;
    });
    const data = await client.graphql<Record<string, Seen | null>>(
      `query GatehouseEarlierComments(${round.map((_, k) => `$i${k}: ID!, $c${k}: String!`).join(", ")}) {\n${fields.join("\n")}\n}`,
      variables,
    );
    round.forEach((r, k) => {
      take(r.issueId, data[`p${k}`]?.comments);
    });
  }
  return all;
}

/** Our comments carrying `marker`, oldest first (GitHub lists comments in the order they were made). */
const ours = (comments: readonly SeenComment[] | undefined, marker: string): SeenComment[] =>
  (comments ?? []).filter((c) => c.viewerDidAuthor && c.body.includes(marker));

/** Label and state changes of one issue, by GraphQL node ids. */
export interface IssueUpdate {
  issueId: string;
  addLabelIds?: string[];
  removeLabelIds?: string[];
  /** Close the issue as completed. */
  close?: boolean;
}

type Pending = CommentWrite & { k: number };

/**
 * Creates and updates issue comments, all in one aliased mutation (a second one only when a race
 * left duplicates to delete). Returns the comment URLs, in the order of `writes`.
 */
export async function writeComments(
  client: GitHubClient,
  writes: readonly CommentWrite[],
  log: (message: string) => void = () => {},
): Promise<string[]> {
  return (await writeIssues(client, writes, [], log)).commentUrls;
}

/**
 * Comments, labels and closings of many issues in one aliased mutation (GitHub runs its fields
 * one after the other): one request instead of one per issue, and no storm of parallel writes.
 * Label and state changes say what the end state is, so sending them again after a lost answer
 * is harmless; comments are looked for first (see writeComments).
 */
export async function writeIssues(
  client: GitHubClient,
  writes: readonly CommentWrite[],
  updates: readonly IssueUpdate[],
  log: (message: string) => void = () => {},
): Promise<{ commentUrls: string[] }> {
  const urls = writes.map(() => "");
  let pending: Pending[] = writes.map((w, k) => ({ ...w, k }));
  for (let attempt = 1; pending.length > 0 || updates.length > 0; attempt++) {
    try {
      await writeBatch(client, pending, updates, urls, log);
      return { commentUrls: urls };
    } catch (e) {
      const blind = pending.filter((w) => !w.commentId && !w.marker);
      if (!mayHaveApplied(e) || blind.length > 0 || attempt >= 3) throw e;
      const wait = client.backoffMs(attempt);
      log(
        `Writing ${pending.length} comment${pending.length === 1 ? "" : "s"} may or may not have worked (${(e as Error).message}); reading them back in ${wait} ms before writing again.`,
      );
      await new Promise((resolve) => setTimeout(resolve, wait));
      pending = await lookBeforeWriting(client, pending, urls);
    }
  }
  return { commentUrls: urls };
}

/** The creates a lost answer may have made are looked for: found ones become updates, or are done. */
async function lookBeforeWriting(
  client: GitHubClient,
  pending: Pending[],
  urls: string[],
): Promise<Pending[]> {
  const issueIds = [...new Set(pending.filter((w) => !w.commentId).map((w) => w.issueId))];
  if (issueIds.length === 0) return pending;
  const data = await client.graphql<{ nodes: (Seen | null)[] }>(
    `query GatehouseCommentsWritten($ids: [ID!]!) { nodes(ids: $ids) { ${onIssues(seenFields)} } }`,
    { ids: issueIds },
  );
  const seenOf = await everyComment(client, new Map(issueIds.map((id, i) => [id, data.nodes[i]])));
  // The oldest comment of ours with the marker is kept (a run at the same time may have made one
  // before the lost create did); newer ones are deleted.
  const deletions: string[] = [];
  const next = pending.flatMap((w) => {
    if (w.commentId || !w.marker) return [w];
    const [found, ...newer] = ours(seenOf.get(w.issueId), w.marker);
    if (!found) return [w];
    deletions.push(...newer.map((c) => c.id));
    if (found.body === w.body) {
      urls[w.k] = found.url;
      return [];
    }
    return [{ ...w, commentId: found.id }];
  });
  if (deletions.length > 0) await tidy(client, deletions, []);
  return next;
}

async function writeBatch(
  client: GitHubClient,
  pending: Pending[],
  issueUpdates: readonly IssueUpdate[],
  urls: string[],
  log: (message: string) => void,
): Promise<void> {
  const variables: Record<string, unknown> = {};
  const decl: string[] = [];
  // GitHub runs a mutation's fields one after the other: the last create on an issue sees the
  // earlier ones, so only its answer brings the issue's comments back (many creates on one issue —
  // the App answering the runs of one commit — do not each bring them).
  const lastCreate = new Map<string, number>();
  pending.forEach((w, k) => {
    if (!w.commentId && w.marker) lastCreate.set(w.issueId, k);
  });
  const fields = pending.map((w, k) => {
    variables[`b${k}`] = w.body;
    decl.push(`$b${k}: String!`, `$id${k}: ID!`);
    if (w.commentId) {
      variables[`id${k}`] = w.commentId;
      return `w${k}: updateIssueComment(input: { id: $id${k}, body: $b${k} }) { issueComment { url } }`;
    }
    variables[`id${k}`] = w.issueId;
    return `w${k}: addComment(input: { subjectId: $id${k}, body: $b${k} }) { commentEdge { node { id url } } ${lastCreate.get(w.issueId) === k ? subjectFields : ""} }`;
  });
  issueUpdates.forEach((u, k) => {
    const add = u.addLabelIds?.length ? u.addLabelIds : undefined;
    const remove = u.removeLabelIds?.length ? u.removeLabelIds : undefined;
    if (!add && !remove && !u.close) return;
    variables[`l${k}`] = u.issueId;
    decl.push(`$l${k}: ID!`);
    if (add) {
      variables[`la${k}`] = add;
      decl.push(`$la${k}: [ID!]!`);
      fields.push(
        `a${k}: addLabelsToLabelable(input: { labelableId: $l${k}, labelIds: $la${k} }) { clientMutationId }`,
      );
    }
    if (remove) {
      variables[`lr${k}`] = remove;
      decl.push(`$lr${k}: [ID!]!`);
      fields.push(
        `r${k}: removeLabelsFromLabelable(input: { labelableId: $l${k}, labelIds: $lr${k} }) { clientMutationId }`,
      );
    }
    if (u.close)
      fields.push(
        `c${k}: closeIssue(input: { issueId: $l${k}, stateReason: COMPLETED }) { issue { state } }`,
      );
  });
  if (fields.length === 0) return;
  const data = await client.graphql<Record<string, unknown>>(
    `mutation GatehouseIssues(${decl.join(", ")}) {\n${fields.join("\n")}\n}`,
    variables,
  );

  type Result = {
    issueComment?: { url: string };
    commentEdge?: { node: { id: string; url: string } };
    subject?: Seen;
  };
  const result = (k: number) => data[`w${k}`] as Result | undefined;
  // The last create on each issue carries its latest comments; the earlier ones are read when there are more.
  const subjects = new Map<string, Seen | undefined>();
  for (const [issueId, k] of lastCreate) subjects.set(issueId, result(k)?.subject);
  const commentsOf = subjects.size > 0 ? await everyComment(client, subjects) : new Map();

  // Runs at once: keep the oldest comment of ours with the marker, delete the newer ones, and make
  // the kept one say what this run says.
  const deletions: string[] = [];
  const updates: { id: string; body: string }[] = [];
  pending.forEach((w, k) => {
    if (w.commentId) {
      urls[w.k] = result(k)?.issueComment?.url ?? "";
      return;
    }
    const created = result(k)?.commentEdge?.node;
    urls[w.k] = created?.url ?? "";
    if (!w.marker || !created) return;
    const [kept, ...newer] = ours(commentsOf.get(w.issueId), w.marker);
    if (!kept || newer.length === 0) return;
    deletions.push(...newer.map((c) => c.id));
    if (kept.id !== created.id && kept.body !== w.body) updates.push({ id: kept.id, body: w.body });
    urls[w.k] = kept.url;
    log(
      `Another run commented at the same time: kept the oldest comment (${kept.url}) and deleted ${newer.length} newer one${newer.length === 1 ? "" : "s"}.`,
    );
  });
  if (deletions.length > 0 || updates.length > 0) await tidy(client, deletions, updates);
}

/** Deletes the comments a race left over (one the other run deleted first is fine) and updates the kept ones. */
async function tidy(
  client: GitHubClient,
  deletions: string[],
  updates: { id: string; body: string }[],
): Promise<void> {
  const variables: Record<string, unknown> = {};
  const decl: string[] = [];
  const fields = [
    ...deletions.map((id, k) => {
      variables[`d${k}`] = id;
      decl.push(`$d${k}: ID!`);
      return `d${k}: deleteIssueComment(input: { id: $d${k} }) { clientMutationId }`;
    }),
    ...updates.map((u, k) => {
      variables[`u${k}`] = u.id;
      variables[`ub${k}`] = u.body;
      decl.push(`$u${k}: ID!`, `$ub${k}: String!`);
      return `u${k}: updateIssueComment(input: { id: $u${k}, body: $ub${k} }) { issueComment { url } }`;
    }),
  ];
  try {
    await client.graphql(
      `mutation GatehouseCommentsTidy(${decl.join(", ")}) {\n${fields.join("\n")}\n}`,
      variables,
    );
  } catch (e) {
    // The other run deleted the same duplicate first: GitHub no longer finds it.
    const gone =
      e instanceof GraphQLError &&
      e.errors.every((x) => x.type === "NOT_FOUND" && String(x.path?.[0] ?? "").startsWith("d"));
    if (!gone && !(e instanceof GitHubApiError && mayHaveApplied(e))) throw e;
  }
}
