/**
 * Reading every open change request against the sandbox (GitHub's schema and limits): 200 a
 * request, 100 from each end, each read exactly once whatever the count around a page's edge,
 * closed and unlabelled issues left out, long comment lists followed to the end.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../../sandbox/src/server";
import { createClient, type GitHubClient } from "./client";
import { MAX_OPEN_CHANGE_REQUESTS, readOpenChangeRequests } from "./openChangeRequests";

let sb: Sandbox | undefined;
afterEach(async () => {
  expect(sb?.violations ?? []).toEqual([]);
  await sb?.close();
  sb = undefined;
});

async function read(open: number, extra: { comments?: number } = {}) {
  const issues = Array.from({ length: open }, (_, i) => ({
    number: i + 1,
    title: `Change ${i + 1}`,
    author: "alice",
    body: "### Summary\n\nx",
    labels: ["change-request"],
    assignees: i === 0 ? ["bob"] : [],
    createdAt: new Date(Date.parse("2026-01-01T00:00:00Z") + i * 60_000).toISOString(),
    comments:
      i === 0 && extra.comments
        ? Array.from({ length: extra.comments }, (_, k) => ({ author: "bob", body: `note ${k}` }))
        : [],
  }));
  // Neither a closed change request nor an open issue without the label is read.
  issues.push(
    {
      number: open + 1,
      title: "Closed",
      author: "alice",
      body: "x",
      labels: ["change-request"],
      state: "closed",
    } as never,
    { number: open + 2, title: "Not a change request", author: "alice", body: "x", labels: [] } as never,
  );
  sb = await startSandbox({
    now: "2026-03-02T12:00:00Z",
    users: ["alice", "bob"],
    repos: [{ repo: "acme/shop", issues }],
  });
  const client = createClient({ token: sb.token, apiUrl: sb.apiUrl, graphqlUrl: sb.graphqlUrl });
  sb.resetRequests();
  const result = await readOpenChangeRequests(client, ["acme/shop"], "change-request", {
    labels: ["change/conflict"],
  });
  return { result, requests: sb.requests.length };
}

describe("readOpenChangeRequests", () => {
  it.each([
    [0, 1],
    [1, 1],
    [100, 1],
    [150, 1],
    [200, 1],
    [201, 2],
    [399, 2],
    [400, 2],
    [401, 3],
  ])("%i open change requests: each read once, in %i request(s)", async (open, expected) => {
    const { result, requests } = await read(open);
    expect(result.issues.map((i) => i.number)).toEqual(Array.from({ length: open }, (_, i) => i + 1));
    expect(requests).toBe(expected);
    expect(result.requests).toBe(expected);
  });

  it("reads assignees, follows a long comment list, and reports the label ids", async () => {
    const { result, requests } = await read(3, { comments: 130 });
    expect(result.issues[0]!.assignees).toEqual(["bob"]);
    expect(result.issues[0]!.comments).toHaveLength(130);
    expect(requests).toBe(2);
    expect(result.labelIds.get("acme/shop")?.size).toBe(0);
  });
});

describe("readOpenChangeRequests past its limit", () => {
  it(`fails naming MAX_OPEN_CHANGE_REQUESTS once ${MAX_OPEN_CHANGE_REQUESTS.toLocaleString("en-US")} are read and the two ends have not met`, async () => {
    const total = 2 * MAX_OPEN_CHANGE_REQUESTS;
    let round = 0;
    const client = {
      async graphql() {
        const page = (from: number) => Array.from({ length: 100 }, (_, k) => ({ number: from + k }));
        const info = {
          hasNextPage: true,
          hasPreviousPage: true,
          startCursor: `s${round}`,
          endCursor: `e${round}`,
        };
        const answer = {
          r0: {
            head: { totalCount: total, pageInfo: info, nodes: page(100 * round + 1) },
            tail: { totalCount: total, pageInfo: info, nodes: page(total - 100 * round - 99) },
          },
          viewer: { login: "github-actions[bot]" },
        };
        round++;
        return answer;
      },
    } as unknown as GitHubClient;
    await expect(readOpenChangeRequests(client, ["acme/shop"], "change-request")).rejects.toThrow(
      /acme\/shop has more than 10,000 open issues labelled "change-request" \(20,000; MAX_OPEN_CHANGE_REQUESTS\)/,
    );
    expect(round).toBe(MAX_OPEN_CHANGE_REQUESTS / 200);
  });
});
