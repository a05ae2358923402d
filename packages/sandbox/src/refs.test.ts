import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "./index";
import { api } from "./testing";

// A tag named like the default branch: git (and GitHub, which resolves names as git does) reads a
// short name as the tag first; only the full name `refs/heads/main` is the branch for sure.
let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({
    repos: [
      {
        repo: "acme/shop",
        commits: [{ message: "chore: initial" }, { message: "feat: later" }],
        tags: { main: "chore: initial" },
        files: { ".github/gatehouse.yml": "strict\n" },
        filesAt: { "refs/tags/main": { ".github/gatehouse.yml": "loose\n" } },
      },
    ],
  });
});
afterAll(async () => {
  await sb?.close();
});

const raw = { accept: "application/vnd.github.raw+json" };

describe("refs named alike", () => {
  it("REST contents: a short name is the tag, the full name and no ref are the branch", async () => {
    const gh = api(sb);
    const path = "/repos/acme/shop/contents/.github%2Fgatehouse.yml";
    expect((await gh.get(`${path}?ref=main`, raw)).data).toBe("loose\n");
    expect((await gh.get(`${path}?ref=refs/tags/main`, raw)).data).toBe("loose\n");
    expect((await gh.get(`${path}?ref=refs/heads/main`, raw)).data).toBe("strict\n");
    expect((await gh.get(path, raw)).data).toBe("strict\n");
    const missing = await gh.get(`${path}?ref=refs/heads/nothing`, raw);
    expect(missing.status).toBe(404);
    expect(missing.data.message).toBe("No commit found for the ref refs/heads/nothing");
  });

  it("GraphQL object(expression:) and the commit a short name resolves to", async () => {
    const gh = api(sb);
    const { body } = await gh.graphql(`{ repository(owner: "acme", name: "shop") {
      short: object(expression: "main:.github/gatehouse.yml") { ... on Blob { text } }
      full: object(expression: "refs/heads/main:.github/gatehouse.yml") { ... on Blob { text } }
      head: object(expression: "HEAD:.github/gatehouse.yml") { ... on Blob { text } }
      tag: object(expression: "main") { oid }
      branch: object(expression: "refs/heads/main") { oid }
    } }`);
    const repo = sb.state.repos[0]!;
    expect(body.data.repository.short.text).toBe("loose\n");
    expect(body.data.repository.full.text).toBe("strict\n");
    expect(body.data.repository.head.text).toBe("strict\n");
    expect(body.data.repository.tag.oid).toBe(repo.refs.get("refs/tags/main"));
    expect(body.data.repository.branch.oid).toBe(repo.refs.get("refs/heads/main"));
    expect(repo.refs.get("refs/tags/main")).not.toBe(repo.refs.get("refs/heads/main"));
  });
});
