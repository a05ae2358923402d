/**
 * Writing issue comments: many creates and updates in one aliased GraphQL mutation.
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

/** Creates and updates issue comments, all in one aliased mutation. Returns the comment URLs. */
export async function writeComments(
  client: GitHubClient,
  writes: readonly CommentWrite[],
): Promise<string[]> {
  if (writes.length === 0) return [];
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
  const data = await client.graphql<Record<string, unknown>>(
    `mutation GatehouseComments(${decl.join(", ")}) {\n${fields.join("\n")}\n}`,
    variables,
  );
  return writes.map((w, k) => {
    const result = data[`w${k}`] as
      | { issueComment?: { url: string }; commentEdge?: { node: { url: string } } }
      | undefined;
    return (w.commentId ? result?.issueComment?.url : result?.commentEdge?.node.url) ?? "";
  });
}
