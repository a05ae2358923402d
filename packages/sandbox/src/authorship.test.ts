import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "./index";
import { api } from "./testing";

// Who shaped a commit, as GitHub records it: an author and a committer that may differ, co-authors
// tied to accounts by any e-mail address the account verified, a pull request's own commits kept
// after a squash merge, the merger, and the previous path of a renamed file.
let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({
    users: [
      "alice",
      { login: "olivia", email: "olivia@acme.example", emails: ["o.private@home.example"] },
      "mallory",
    ],
    repos: [
      {
        repo: "acme/shop",
        commits: [
          { message: "chore: initial" },
          {
            message:
              "fix: cherry-picked\n\nCo-authored-by: Olivia <o.private@home.example>\nCo-authored-by: Nobody <nobody@elsewhere.example>",
            author: "alice",
            committer: { name: "Olivia", email: "o.private@home.example" },
            files: [{ path: "docs/prod.tf", previousPath: "infra/prod.tf" }],
          },
        ],
        pulls: [
          {
            number: 7,
            title: "feat: squashed",
            author: "alice",
            commits: [
              { message: "feat: part one", author: "alice" },
              { message: "feat: part two", author: { name: "Olivia", email: "o.private@home.example" } },
            ],
            merged: true,
            mergedBy: "mallory",
          },
        ],
      },
    ],
  });
});
afterAll(async () => {
  await sb?.close();
});

describe("authorship as GitHub records it", () => {
  const cherryPicked = async () => {
    const { data } = await api(sb).get("/repos/acme/shop/commits?sha=main&per_page=100");
    return data.find((c: any) => c.commit.message.startsWith("fix: cherry-picked"));
  };

  it("a commit's committer differs from its author; REST ties each to an account by any of its addresses", async () => {
    const commit = await cherryPicked();
    expect(commit.author.login).toBe("alice");
    expect(commit.committer.login).toBe("olivia");
    expect(commit.commit.committer.email).toBe("o.private@home.example");
  });

  it("a renamed file keeps its previous path (previous_filename) in a commit and in a comparison", async () => {
    const commit = await cherryPicked();
    const one = await api(sb).get(`/repos/acme/shop/commits/${commit.sha}`);
    expect(one.data.files).toEqual([
      expect.objectContaining({
        filename: "docs/prod.tf",
        previous_filename: "infra/prod.tf",
        status: "renamed",
      }),
    ]);
    const compare = await api(sb).get(`/repos/acme/shop/compare/${commit.parents[0].sha}...${commit.sha}`);
    expect(compare.data.files[0].previous_filename).toBe("infra/prod.tf");
  });

  it("GraphQL: a commit's authors are its author and co-authors, each tied by any verified address, or to nobody", async () => {
    const commit = await cherryPicked();
    const { body } = await api(sb).graphql(`{ repository(owner: "acme", name: "shop") {
      object(oid: "${commit.sha}") { ... on Commit {
        authors(first: 10) { totalCount nodes { email user { login } } }
        committer { email user { login } }
      } }
    } }`);
    expect(body.errors).toBeUndefined();
    const c = body.data.repository.object;
    expect(c.authors.nodes.map((a: any) => a.user?.login ?? null)).toEqual(["alice", "olivia", null]);
    expect(c.committer.user.login).toBe("olivia");
  });

  it("GraphQL: authors are the author and every co-author, tied by any verified address or none", async () => {
    const { body } = await api(sb).graphql(`{ repository(owner: "acme", name: "shop") {
      pullRequest(number: 7) {
        merged mergedBy { login }
        mergeCommit { oid parents(first: 2) { totalCount } author { user { login } } }
        commits(first: 10) { totalCount nodes { commit { oid message author { email user { login } } committer { user { login } } } } }
      }
    } }`);
    expect(body.errors).toBeUndefined();
    const pr = body.data.repository.pullRequest;
    expect(pr.mergedBy.login).toBe("mallory");
    // The squash commit has one parent and names only the pull request's author …
    expect(pr.mergeCommit.parents.totalCount).toBe(1);
    expect(pr.mergeCommit.author.user.login).toBe("alice");
    // … but the pull request keeps its own commits, and who wrote them.
    expect(pr.commits.totalCount).toBe(2);
    expect(pr.commits.nodes.map((n: any) => n.commit.author.user?.login)).toEqual(["alice", "olivia"]);
  });
});
