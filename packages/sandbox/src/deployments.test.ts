import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "./index";
import { api } from "./testing";

// Who made a deployment, and who set each of its statuses, as GitHub records them: a workflow job's
// deployment is github-actions[bot]'s; anyone whose token may write deployments can add their own.
let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({
    users: ["alice", "mallory"],
    tokens: [
      { value: "ghp_mallory", user: "mallory", permissions: { deployments: "write", contents: "read" } },
    ],
    repos: [
      {
        repo: "acme/shop",
        commits: [{ message: "chore: initial" }, { message: "feat: later" }],
        environments: ["production"],
        deployments: [{ environment: "production", sha: "chore: initial", statuses: ["success"] }],
      },
    ],
  });
});
afterAll(async () => {
  await sb?.close();
});

const query = `{ repository(owner: "acme", name: "shop") {
  deployments(environments: ["production"], first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {
    nodes { commitOid creator { __typename login } latestStatus { state creator { __typename login } } }
  }
} }`;

describe("deployment records", () => {
  it("a seeded deployment is the workflow token's, and so are its statuses", async () => {
    const { data } = await api(sb).get("/repos/acme/shop/deployments");
    expect(data[0].creator.login).toBe("github-actions[bot]");
    expect(data[0].creator.type).toBe("Bot");
    const statuses = await api(sb).get(`/repos/acme/shop/deployments/${data[0].id}/statuses`);
    expect(statuses.data[0].creator.login).toBe("github-actions[bot]");
  });

  it("anyone with a token that may write deployments creates one, and marks it successful, as themselves", async () => {
    const mallory = api(sb, "ghp_mallory");
    const created = await mallory.post("/repos/acme/shop/deployments", {
      ref: "main",
      environment: "production",
      required_contexts: [],
    });
    expect(created.status).toBe(201);
    expect(created.data.creator.login).toBe("mallory");
    const status = await mallory.post(`/repos/acme/shop/deployments/${created.data.id}/statuses`, {
      state: "success",
    });
    expect(status.status).toBe(201);
    expect(status.data.creator.login).toBe("mallory");
    // The workflow token marks someone else's deployment too, and each status keeps its author.
    await api(sb).post(`/repos/acme/shop/deployments/${created.data.id}/statuses`, { state: "inactive" });

    const { body } = await api(sb).graphql(query);
    const [newest, seeded] = body.data.repository.deployments.nodes;
    expect(newest.creator).toEqual({ __typename: "User", login: "mallory" });
    expect(newest.latestStatus).toEqual({
      state: "INACTIVE",
      creator: { __typename: "Bot", login: "github-actions" },
    });
    expect(seeded.creator).toEqual({ __typename: "Bot", login: "github-actions" });
  });
});
