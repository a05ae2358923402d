import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "./index";
import { api } from "./testing";

// main: r ← a ← b ← m (merging f1 ← f2, branched from r) ← c
let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({
    repos: [
      {
        repo: "acme/app",
        commits: [
          { message: "r", date: "2026-03-01T10:00:00Z" },
          { message: "f1", branch: "f", parents: ["r"], date: "2026-03-01T11:00:00Z" },
          { message: "a", date: "2026-03-01T12:00:00Z", parents: ["r"], branch: "main" },
          { message: "f2", branch: "f", parents: ["f1"], date: "2026-03-01T13:00:00Z" },
          { message: "b", date: "2026-03-01T14:00:00Z", parents: ["a"], branch: "main" },
          { message: "m", date: "2026-03-01T15:00:00Z", parents: ["b", "f2"], branch: "main" },
          { message: "c", date: "2026-03-01T16:00:00Z", parents: ["m"], branch: "main" },
        ],
        deployments: [
          { environment: "production", sha: "b", run: 42, statuses: ["in_progress", "success"] },
          {
            environment: "production",
            sha: "c",
            statuses: [{ state: "success", logUrl: "https://ci.example/7" }],
          },
        ],
      },
    ],
  });
});
afterAll(() => sb.close());

const sha = (message: string) =>
  [...sb.state.repos[0]!.commits.values()].find((c) => c.message === message)!.sha;

describe("commit history as GitHub's GraphQL gives it", () => {
  it("a history's count without reading it, the same as paging through it", async () => {
    const fields = ["r", "a", "b", "m", "c", "f2"].map(
      (m, i) =>
        `h${i}: object(oid: "${sha(m)}") { ... on Commit { one: history(first: 1) { totalCount pageInfo { hasNextPage } nodes { oid } } all: history(first: 100) { totalCount nodes { oid } } } }`,
    );
    const { body } = await api(sb).graphql(
      `{ repository(owner: "acme", name: "app") { ${fields.join(" ")} } }`,
    );
    const repo = body.data.repository;
    const counts = ["r", "a", "b", "m", "c", "f2"].map((_, i) => [
      repo[`h${i}`].one.totalCount,
      repo[`h${i}`].all.totalCount,
      repo[`h${i}`].all.nodes.length,
    ]);
    expect(counts).toEqual([
      [1, 1, 1],
      [2, 2, 2],
      [3, 3, 3],
      [6, 6, 6],
      [7, 7, 7],
      [3, 3, 3],
    ]);
    // The first commit of a history is the commit itself.
    expect(repo.h4.one.nodes[0].oid).toBe(sha("c"));
    expect(repo.h4.one.pageInfo.hasNextPage).toBe(true);
    expect(repo.h0.one.pageInfo.hasNextPage).toBe(false);
  });

  it("a deployment made by a workflow run: its statuses' log URL points at the run", async () => {
    const { data } = await api(sb).get("/repos/acme/app/deployments?environment=production");
    const byRun = data.find((d: { sha: string }) => d.sha === sha("b"));
    const { data: statuses } = await api(sb).get(`/repos/acme/app/deployments/${byRun.id}/statuses`);
    expect(statuses.map((s: { log_url: string }) => s.log_url)).toEqual([
      "https://github.com/acme/app/actions/runs/42/job/42",
      "https://github.com/acme/app/actions/runs/42/job/42",
    ]);
    const other = data.find((d: { sha: string }) => d.sha === sha("c"));
    const { data: given } = await api(sb).get(`/repos/acme/app/deployments/${other.id}/statuses`);
    expect(given[0].log_url).toBe("https://ci.example/7");
  });
});
