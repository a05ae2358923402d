import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../index";
import { api } from "../testing";

describe("GraphQL mutations: addComment and updateIssueComment", () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({
      now: "2026-04-01T10:00:00Z",
      users: ["alice"],
      tokens: [{ value: "read-only", permissions: { issues: "read" } }],
      repos: [
        {
          repo: "acme/app",
          issues: [
            { number: 1, title: "CR", author: "alice" },
            { number: 2, title: "CR 2" },
          ],
        },
      ],
    });
  });
  afterAll(() => sb.close());

  const issueIds = async () => {
    const res = await api(sb).graphql(
      `{ repository(owner: "acme", name: "app") { a: issue(number: 1) { id } b: issue(number: 2) { id } } }`,
    );
    return [res.body.data.repository.a.id as string, res.body.data.repository.b.id as string];
  };

  it("creates comments in one aliased mutation and updates one, recording the edit", async () => {
    const [one, two] = await issueIds();
    const created = await api(sb).graphql(
      `mutation($a: ID!, $b: ID!) {
        x: addComment(input: { subjectId: $a, body: "first" }) { commentEdge { node { id body url } } }
        y: addComment(input: { subjectId: $b, body: "second" }) { commentEdge { node { id } } }
      }`,
      { a: one, b: two },
    );
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data.x.commentEdge.node.id as string;
    expect(created.body.data.x.commentEdge.node.url).toMatch(/\/acme\/app\/issues\/1#issuecomment-\d+$/);
    const updated = await api(sb).graphql(
      `mutation($id: ID!) { updateIssueComment(input: { id: $id, body: "first, edited" }) { issueComment { body lastEditedAt } } }`,
      { id },
    );
    expect(updated.body.data.updateIssueComment.issueComment.body).toBe("first, edited");
    expect(updated.body.data.updateIssueComment.issueComment.lastEditedAt).not.toBeNull();
    const issue = sb.state.repos[0]!.issues.find((i) => i.number === 1)!;
    expect(issue.comments.map((c) => c.body)).toEqual(["first, edited"]);
    expect(sb.violations).toEqual([]);
  });

  it("refuses without issues: write, as GitHub does", async () => {
    const [one] = await issueIds();
    const res = await api(sb, "read-only").graphql(
      `mutation($a: ID!) { addComment(input: { subjectId: $a, body: "no" }) { commentEdge { node { id } } } }`,
      { a: one },
    );
    expect(res.body.data.addComment).toBeNull();
    expect(res.body.errors?.[0]).toMatchObject({ type: "FORBIDDEN", path: ["addComment"] });
  });

  it("says NOT_FOUND for an unknown node", async () => {
    const res = await api(sb).graphql(
      `mutation { addComment(input: { subjectId: "nope", body: "x" }) { clientMutationId } }`,
    );
    expect(res.body.errors?.[0]).toMatchObject({ type: "NOT_FOUND" });
  });
});
