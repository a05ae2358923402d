/**
 * Writing to issues: comments (created or updated), labels and closings of many issues in one
 * aliased GraphQL mutation.
 */
import type { GitHubClient } from "./client";

/** One comment to create on an issue, or to update when `commentId` is given. */
export interface CommentWrite {
  /** GraphQL node id of the issue (create) */
  issueId: string;
  /** GraphQL node id of the existing comment (update). */
  commentId?: string;
  body: string;
}

/** Label and state changes of one issue, by GraphQL node ids. */
export interface IssueUpdate {
  issueId: string;
  addLabelIds?: string[];
  removeLabelIds?: string[];
  /** Close the issue as completed. */
  close?: boolean;
}

/** Creates and updates issue comments, all in one aliased mutation. Returns the comment URLs. */
export async function writeComments(
  client: GitHubClient,
  writes: readonly CommentWrite[],
): Promise<string[]> {
  return (await writeIssues(client, writes, [])).commentUrls;
}

/**
 * Comments, labels and closings of many issues in one aliased mutation (GitHub runs its fields
 * one after the other): one request instead of one per issue, and no storm of parallel writes.
 */
export async function writeIssues(
  client: GitHubClient,
  writes: readonly CommentWrite[],
  updates: readonly IssueUpdate[],
): Promise<{ commentUrls: string[] }> {
  const variables: Record<string, unknown> = {};
  const decl: string[] = [];
  const fields = writes.map((w, k) => {
    variables[`b${k}`] = w.body;
    decl.push(`$b${k}: String!`);
    if (w.commentId) {
      variables[`id${k}`] = w.commentId;
      decl.push(`$id${k}: ID!`);
      return `w${k}: updateIssueComment(input: { id: $id${k}, body: $b${k} }) { issueComment { url } }`;
    }
    variables[`id${k}`] = w.issueId;
    decl.push(`$id${k}: ID!`);
    return `w${k}: addComment(input: { subjectId: $id${k}, body: $b${k} }) { commentEdge { node { url } } }`;
  });
  updates.forEach((u, k) => {
    variables[`u${k}`] = u.issueId;
    decl.push(`$u${k}: ID!`);
    if (u.addLabelIds?.length) {
      variables[`ua${k}`] = u.addLabelIds;
      decl.push(`$ua${k}: [ID!]!`);
      fields.push(
        `a${k}: addLabelsToLabelable(input: { labelableId: $u${k}, labelIds: $ua${k} }) { clientMutationId }`,
      );
    }
    if (u.removeLabelIds?.length) {
      variables[`ur${k}`] = u.removeLabelIds;
      decl.push(`$ur${k}: [ID!]!`);
      fields.push(
        `r${k}: removeLabelsFromLabelable(input: { labelableId: $u${k}, labelIds: $ur${k} }) { clientMutationId }`,
      );
    }
    if (u.close)
      fields.push(
        `c${k}: closeIssue(input: { issueId: $u${k}, stateReason: COMPLETED }) { issue { state } }`,
      );
  });
  if (fields.length === 0) return { commentUrls: [] };
  const used = new Set(fields.flatMap((f) => [...f.matchAll(/\$(\w+)/g)].map((m) => m[1]!)));
  const data = await client.graphql<Record<string, unknown>>(
    `mutation GatehouseIssues(${decl.filter((d) => used.has(d.slice(1, d.indexOf(":")))).join(", ")}) {\n${fields.join("\n")}\n}`,
    Object.fromEntries(Object.entries(variables).filter(([k]) => used.has(k))),
  );
  return {
    commentUrls: writes.map((w, k) => {
      const result = data[`w${k}`] as
        | { issueComment?: { url: string }; commentEdge?: { node: { url: string } } }
        | undefined;
      return (w.commentId ? result?.issueComment?.url : result?.commentEdge?.node.url) ?? "";
    }),
  };
}
