/**
 * What GitHub remembers about edits and deletions: each revision of a body or a comment with its
 * editor and whole text (the original kept as the author's first revision), revisions deleted from
 * the history, and a `comment_deleted` timeline event naming who deleted whose comment — through
 * REST, GraphQL and scenarios alike.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "./index";
import { api } from "./testing";

let sb: Sandbox;
afterEach(() => sb?.close());

const scenario = {
  now: "2026-04-01T10:00:00Z",
  users: ["alice", "dave", "mallory"],
  tokens: [
    { value: "t_dave", user: "dave", permissions: { issues: "write" as const } },
    { value: "t_mallory", user: "mallory", permissions: { issues: "write" as const } },
  ],
  repos: [
    {
      repo: "acme/app",
      issues: [
        {
          number: 1,
          title: "CR",
          author: "alice",
          body: "Risk: low",
          comments: [{ author: "dave", body: "/reject", createdAt: "2026-03-30T10:00:00Z" }],
        },
      ],
    },
  ],
};

const HISTORY = `query($id: ID!) { node(id: $id) { ... on IssueComment {
  body lastEditedAt
  userContentEdits(first: 10) { nodes { editedAt diff deletedAt editor { login } deletedBy { login } } }
} } }`;

const TIMELINE = `query { repository(owner: "acme", name: "app") { issue(number: 1) {
  comments(first: 10) { nodes { id body } }
  timelineItems(first: 10, itemTypes: [ISSUE_COMMENT, COMMENT_DELETED_EVENT]) { nodes {
    __typename
    ... on CommentDeletedEvent { createdAt actor { login } deletedCommentAuthor { login } }
  } }
} } }`;

describe("edit history and deleted comments", () => {
  it("keeps each revision of a comment with its editor and text, the original first, newest listed first", async () => {
    sb = await startSandbox(scenario);
    const comment = sb.state.repos[0]!.issues[0]!.comments[0]!;
    const edited = await api(sb, "t_mallory").patch(`/repos/acme/app/issues/comments/${comment.id}`, {
      body: "LGTM",
    });
    expect(edited.status).toBe(200);
    const { body } = await api(sb).graphql(HISTORY, { id: comment.nodeId });
    expect(body.errors).toBeUndefined();
    expect(body.data.node.body).toBe("LGTM");
    expect(body.data.node.userContentEdits.nodes).toEqual([
      {
        editedAt: "2026-04-01T10:00:01Z",
        diff: "LGTM",
        deletedAt: null,
        editor: { login: "mallory" },
        deletedBy: null,
      },
      {
        editedAt: "2026-03-30T10:00:00Z",
        diff: "/reject",
        deletedAt: null,
        editor: { login: "dave" },
        deletedBy: null,
      },
    ]);
    expect(sb.violations).toEqual([]);
  });

  it("records who deleted whose comment in the timeline, through REST and through GraphQL", async () => {
    sb = await startSandbox({
      ...scenario,
      repos: [
        {
          ...scenario.repos[0]!,
          issues: [
            {
              ...scenario.repos[0]!.issues[0]!,
              comments: [
                { author: "dave", body: "/reject", createdAt: "2026-03-30T10:00:00Z" },
                { author: "dave", body: "/reject again", createdAt: "2026-03-30T11:00:00Z" },
              ],
            },
          ],
        },
      ],
    });
    const [first, second] = sb.state.repos[0]!.issues[0]!.comments;
    expect((await api(sb, "t_mallory").delete(`/repos/acme/app/issues/comments/${first!.id}`)).status).toBe(
      204,
    );
    const deleted = await api(sb, "t_dave").graphql(
      `mutation($id: ID!) { deleteIssueComment(input: { id: $id }) { clientMutationId } }`,
      { id: second!.nodeId },
    );
    expect(deleted.body.errors).toBeUndefined();

    const { body } = await api(sb).graphql(TIMELINE);
    expect(body.data.repository.issue.comments.nodes).toEqual([]);
    expect(body.data.repository.issue.timelineItems.nodes).toEqual([
      {
        __typename: "CommentDeletedEvent",
        createdAt: "2026-04-01T10:00:01Z",
        actor: { login: "mallory" },
        deletedCommentAuthor: { login: "dave" },
      },
      {
        __typename: "CommentDeletedEvent",
        createdAt: "2026-04-01T10:00:02Z",
        actor: { login: "dave" },
        deletedCommentAuthor: { login: "dave" },
      },
    ]);
    const rest = await api(sb).get("/repos/acme/app/issues/1/timeline");
    expect(
      rest.data.map((e: { event: string; actor: { login: string } }) => [e.event, e.actor.login]),
    ).toEqual([
      ["comment_deleted", "mallory"],
      ["comment_deleted", "dave"],
    ]);
    expect(sb.violations).toEqual([]);
  });

  it("seeds edits with their text, revisions deleted from the history, and deleted comments", async () => {
    sb = await startSandbox({
      ...scenario,
      repos: [
        {
          repo: "acme/app",
          issues: [
            {
              number: 1,
              title: "CR",
              author: "alice",
              body: "Risk: low",
              edits: [
                { at: "2026-03-31T09:00:00Z", editor: "mallory", body: "Risk: high", deletedBy: "mallory" },
              ],
              comments: [
                {
                  author: "dave",
                  body: "/reject",
                  createdAt: "2026-03-30T10:00:00Z",
                  deleted: { by: "mallory", at: "2026-03-31T10:00:00Z" },
                },
              ],
            },
          ],
        },
      ],
    });
    const issue = sb.state.repos[0]!.issues[0]!;
    expect(issue.body).toBe("Risk: high");
    const { body } = await api(sb).graphql(
      `query { repository(owner: "acme", name: "app") { issue(number: 1) {
        lastEditedAt
        userContentEdits(first: 5) { nodes { diff deletedAt editor { login } deletedBy { login } } }
        timelineItems(first: 5, itemTypes: [COMMENT_DELETED_EVENT]) { nodes { ... on CommentDeletedEvent { actor { login } deletedCommentAuthor { login } createdAt } } }
      } } }`,
    );
    const i = body.data.repository.issue;
    expect(i.lastEditedAt).toBe("2026-03-31T09:00:00Z");
    expect(i.userContentEdits.nodes).toEqual([
      {
        diff: null,
        deletedAt: "2026-03-31T09:00:00Z",
        editor: { login: "mallory" },
        deletedBy: { login: "mallory" },
      },
      { diff: "Risk: low", deletedAt: null, editor: { login: "alice" }, deletedBy: null },
    ]);
    expect(i.timelineItems.nodes).toEqual([
      {
        actor: { login: "mallory" },
        deletedCommentAuthor: { login: "dave" },
        createdAt: "2026-03-31T10:00:00Z",
      },
    ]);
  });
});
