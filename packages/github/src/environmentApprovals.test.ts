import { describe, expect, it } from "vitest";
import { description } from "../../sandbox/src/openapi";
import type { GitHubClient } from "./client";
import { readEnvironmentApprovals } from "./environmentApprovals";
import { GitHubApiError } from "./errors";

const repo = { owner: "acme", repo: "shop" };
const answering = (respond: () => unknown) =>
  ({
    request: async () => ({ status: 200, headers: {}, data: respond() }),
  }) as unknown as GitHubClient;

describe("readEnvironmentApprovals", () => {
  it("reads who approved which environment, when, and what they said", async () => {
    const client = answering(() => [
      {
        state: "approved",
        comment: "CAB minutes in #88",
        user: { login: "dana" },
        environments: [{ name: "production" }],
        submitted_at: "2026-11-24T09:40:00Z",
      },
      { state: "rejected", comment: null, user: null, environments: [] },
    ]);
    expect(await readEnvironmentApprovals(client, repo, 42)).toEqual({
      approvals: [
        {
          user: "dana",
          state: "approved",
          environments: ["production"],
          comment: "CAB minutes in #88",
          at: "2026-11-24T09:40:00Z",
        },
        { user: "ghost", state: "rejected", environments: [] },
      ],
    });
  });

  it("reads the run's whole review history in one answer: GitHub's description gives the route no pages", async () => {
    const op = description().operation("GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/approvals")!;
    const params = (op.raw.parameters as { $ref?: string; name?: string }[]).map(
      (p) => p.$ref ?? p.name ?? "",
    );
    expect(params.filter((p) => /per.page|\/page$|^page$|cursor/.test(p))).toEqual([]);
    const client = answering(() =>
      Array.from({ length: 150 }, (_, i) => ({
        state: "approved",
        user: { login: `u${i}` },
        environments: [],
      })),
    );
    expect((await readEnvironmentApprovals(client, repo, 42)).approvals).toHaveLength(150);
  });

  it("says which permission to add when the token cannot read them", async () => {
    const client = {
      request: async () => {
        throw new GitHubApiError({
          status: 403,
          route: "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals",
        });
      },
    } as unknown as GitHubClient;
    const read = await readEnvironmentApprovals(client, repo, 42);
    expect(read.approvals).toBeNull();
    expect(read.problem).toMatch(/run 42 could not be read \(403\): add `actions: read`/);
  });

  it("asks nothing without a run id", async () => {
    const client = answering(() => {
      throw new Error("must not be called");
    });
    const read = await readEnvironmentApprovals(client, repo, 0);
    expect(read).toMatchObject({ approvals: null, problem: expect.stringMatching(/GITHUB_RUN_ID/) });
  });
});
