import { hasPermission } from "../permissions";
import { GitHubGraphqlError } from "./connection";
import { CommentView, type GraphqlContext } from "./views";

/**
 * GraphQL mutations, as root fields named like the schema's `Mutation` fields. Only what
 * Gatehouse calls: commenting on issues and editing those comments (change-gate batches them).
 */
export function mutationRoot(g: GraphqlContext) {
  const need = (permission: string) => {
    if (!hasPermission(g.token, permission)) {
      throw new GitHubGraphqlError("FORBIDDEN", "Resource not accessible by integration");
    }
  };
  return {
    addComment({ input }: { input: { subjectId: string; body: string; clientMutationId?: string } }) {
      const ref = g.store.nodes.get(input.subjectId);
      if (!ref) {
        throw new GitHubGraphqlError(
          "NOT_FOUND",
          `Could not resolve to a node with the global id of '${input.subjectId}'`,
        );
      }
      if (ref.kind !== "Issue") {
        throw new GitHubGraphqlError(
          "UNPROCESSABLE",
          `The sandbox comments on issues only, not on a ${ref.kind}.`,
        );
      }
      need("issues=write");
      const now = g.store.tick();
      const comment = g.store.addComment(ref.repo, ref.issue, input.body, g.user.login, now);
      ref.issue.updatedAt = now;
      const node = new CommentView(g, ref.repo, ref.issue, comment);
      return {
        clientMutationId: input.clientMutationId ?? null,
        commentEdge: { cursor: Buffer.from(`cursor:${comment.id}`).toString("base64"), node },
        timelineEdge: { cursor: Buffer.from(`cursor:${comment.id}`).toString("base64"), node },
      };
    },
    updateIssueComment({ input }: { input: { id: string; body: string; clientMutationId?: string } }) {
      const ref = g.store.nodes.get(input.id);
      if (!ref || ref.kind !== "IssueComment") {
        throw new GitHubGraphqlError(
          "NOT_FOUND",
          `Could not resolve to a node with the global id of '${input.id}'`,
        );
      }
      need("issues=write");
      const now = g.store.tick();
      if (input.body !== ref.comment.body) {
        ref.comment.body = input.body;
        ref.comment.edits.push({ id: g.store.nextId("edit"), editor: g.user.login, editedAt: now });
      }
      ref.comment.updatedAt = now;
      ref.issue.updatedAt = now;
      return {
        clientMutationId: input.clientMutationId ?? null,
        issueComment: new CommentView(g, ref.repo, ref.issue, ref.comment),
      };
    },
  };
}
