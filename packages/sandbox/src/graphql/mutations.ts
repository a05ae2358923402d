import { hasPermission } from "../permissions";
import type { NodeRef } from "../store";
import type { Issue, Repo } from "../types";
import { encodeCursor, GitHubGraphqlError } from "./connection";
import { CommentView, type GraphqlContext, IssueView, nodeView, PullView } from "./views";

/**
 * The mutations Gatehouse uses (comments, labels, issue state), executed against the state with
 * the token's user as actor, recording the same timeline events as the REST routes.
 */

type Input<T> = { input: T & { clientMutationId?: string | null } };

function need(g: GraphqlContext, permission: string): void {
  if (!hasPermission(g.token, permission)) {
    throw new GitHubGraphqlError("FORBIDDEN", "Resource not accessible by integration");
  }
}

function resolveNode(g: GraphqlContext, id: string): NodeRef {
  const ref = g.store.nodes.get(id);
  if (!ref)
    throw new GitHubGraphqlError("NOT_FOUND", `Could not resolve to a node with the global id of '${id}'`);
  return ref;
}

function issueOf(g: GraphqlContext, id: string): { repo: Repo; issue: Issue } {
  const ref = resolveNode(g, id);
  if (ref.kind === "Issue") return { repo: ref.repo, issue: ref.issue };
  if (ref.kind === "PullRequest") return { repo: ref.repo, issue: ref.pull.issue };
  throw new GitHubGraphqlError(
    "NOT_FOUND",
    `Could not resolve to an Issue or PullRequest with the global id of '${id}'`,
  );
}

function subjectView(g: GraphqlContext, repo: Repo, issue: Issue) {
  if (issue.pullRequest) return new PullView(g, repo, g.store.findPull(repo, issue.number)!);
  return new IssueView(g, repo, issue);
}

function labelNames(g: GraphqlContext, repo: Repo, ids: string[]): string[] {
  return ids.map((id) => {
    const ref = g.store.nodes.get(id);
    if (ref?.kind !== "Label" || ref.repo !== repo) {
      throw new GitHubGraphqlError("NOT_FOUND", `Could not resolve to a node with the global id of '${id}'`);
    }
    return ref.label.name;
  });
}

export function mutationRoot(g: GraphqlContext) {
  const actor = g.user.login;
  return {
    addComment({ input }: Input<{ subjectId: string; body: string }>) {
      need(g, "issues=write");
      const { repo, issue } = issueOf(g, input.subjectId);
      const now = g.store.tick();
      const c = g.store.addComment(repo, issue, input.body, actor, now);
      issue.updatedAt = now;
      const view = new CommentView(g, repo, issue, c);
      const index = issue.comments.length - 1;
      return {
        clientMutationId: input.clientMutationId ?? null,
        commentEdge: { cursor: encodeCursor(index), node: view },
        timelineEdge: { cursor: encodeCursor(index), node: view },
        subject: subjectView(g, repo, issue),
      };
    },
    updateIssueComment({ input }: Input<{ id: string; body: string }>) {
      need(g, "issues=write");
      const ref = resolveNode(g, input.id);
      if (ref.kind !== "IssueComment") {
        throw new GitHubGraphqlError(
          "NOT_FOUND",
          `Could not resolve to an IssueComment with the global id of '${input.id}'`,
        );
      }
      const now = g.store.tick();
      if (ref.comment.body !== input.body) {
        g.store.recordEdit(ref.comment, ref.comment.user, input.body, actor, now);
      }
      ref.comment.updatedAt = now;
      ref.issue.updatedAt = now;
      return {
        clientMutationId: input.clientMutationId ?? null,
        issueComment: new CommentView(g, ref.repo, ref.issue, ref.comment),
      };
    },
    deleteIssueComment({ input }: Input<{ id: string }>) {
      need(g, "issues=write");
      const ref = resolveNode(g, input.id);
      if (ref.kind !== "IssueComment") {
        throw new GitHubGraphqlError(
          "NOT_FOUND",
          `Could not resolve to an IssueComment with the global id of '${input.id}'`,
        );
      }
      g.store.deleteComment(ref.repo, ref.issue, ref.comment, actor, g.store.tick());
      return { clientMutationId: input.clientMutationId ?? null };
    },
    addLabelsToLabelable({ input }: Input<{ labelableId: string; labelIds: string[] }>) {
      need(g, "issues=write");
      const { repo, issue } = issueOf(g, input.labelableId);
      const now = g.store.tick();
      g.store.addLabels(repo, issue, labelNames(g, repo, input.labelIds), actor, now);
      issue.updatedAt = now;
      return { clientMutationId: input.clientMutationId ?? null, labelable: subjectView(g, repo, issue) };
    },
    removeLabelsFromLabelable({ input }: Input<{ labelableId: string; labelIds: string[] }>) {
      need(g, "issues=write");
      const { repo, issue } = issueOf(g, input.labelableId);
      const now = g.store.tick();
      for (const name of labelNames(g, repo, input.labelIds))
        g.store.removeLabel(repo, issue, name, actor, now);
      issue.updatedAt = now;
      return { clientMutationId: input.clientMutationId ?? null, labelable: subjectView(g, repo, issue) };
    },
    closeIssue({ input }: Input<{ issueId: string; stateReason?: string | null }>) {
      need(g, "issues=write");
      const { repo, issue } = issueOf(g, input.issueId);
      const now = g.store.tick();
      if (issue.state !== "closed") {
        issue.state = "closed";
        issue.closedAt = now;
        issue.closedBy = actor;
        issue.stateReason = input.stateReason === "NOT_PLANNED" ? "not_planned" : "completed";
        g.store.addEvent(repo, issue, "closed", actor, now);
      }
      issue.updatedAt = now;
      return { clientMutationId: input.clientMutationId ?? null, issue: new IssueView(g, repo, issue) };
    },
    reopenIssue({ input }: Input<{ issueId: string }>) {
      need(g, "issues=write");
      const { repo, issue } = issueOf(g, input.issueId);
      const now = g.store.tick();
      if (issue.state !== "open") {
        issue.state = "open";
        issue.closedAt = null;
        issue.stateReason = "reopened";
        g.store.addEvent(repo, issue, "reopened", actor, now);
      }
      issue.updatedAt = now;
      return { clientMutationId: input.clientMutationId ?? null, issue: new IssueView(g, repo, issue) };
    },
    updateIssue({
      input,
    }: Input<{ id: string; title?: string | null; body?: string | null; labelIds?: string[] | null }>) {
      need(g, "issues=write");
      const { repo, issue } = issueOf(g, input.id);
      const now = g.store.tick();
      if (input.title && input.title !== issue.title) {
        g.store.addEvent(repo, issue, "renamed", actor, now, {
          rename: { from: issue.title, to: input.title },
        });
        issue.title = input.title;
      }
      if (input.body !== undefined && input.body !== null && input.body !== issue.body) {
        g.store.recordEdit(issue, issue.user, input.body, actor, now);
        issue.lastEditedAt = now;
      }
      if (input.labelIds) g.store.setLabels(repo, issue, labelNames(g, repo, input.labelIds), actor, now);
      issue.updatedAt = now;
      return {
        clientMutationId: input.clientMutationId ?? null,
        actor: nodeView(g, { kind: "User", user: g.user }),
        issue: new IssueView(g, repo, issue),
      };
    },
  };
}
