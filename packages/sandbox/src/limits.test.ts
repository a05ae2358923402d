import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { githubSchema } from "./graphql";
import { measureQuery } from "./graphql/limits";
import { type Sandbox, type Scenario, startSandbox } from "./index";
import { api } from "./testing";

/** GitHub's limits at scale: GraphQL nodes, pages and points; REST rate limits; compare pages. */

const measure = (query: string, variables?: Record<string, unknown>) =>
  measureQuery(githubSchema(), parse(query), variables);

describe("GraphQL node limit and points, as GitHub documents them", () => {
  it("counts the documentation's simple example as 550 nodes", () => {
    const m = measure(`query { viewer { repositories(first: 50) { edges { repository: node { name
      issues(first: 10) { totalCount edges { node { title bodyHTML } } } } } } } }`);
    expect(m).toMatchObject({ nodeCount: 550, errors: [] });
  });

  it("counts the documentation's complex example as 22,060 nodes", () => {
    const m = measure(`query { viewer {
      repositories(first: 50) { edges { repository: node { name
        pullRequests(first: 20) { edges { pullRequest: node { title
          comments(first: 10) { edges { comment: node { bodyHTML } } } } } }
        issues(first: 20) { totalCount edges { issue: node { title bodyHTML
          comments(first: 10) { edges { comment: node { bodyHTML } } } } } } } } }
      followers(first: 10) { edges { follower: node { login } } } } }`);
    expect(m.nodeCount).toBe(22_060);
  });

  it("prices the documentation's example at 51 points (5,101 requests / 100)", () => {
    const m = measure(`query { viewer { login repositories(first: 100) { edges { node { id
      issues(first: 50) { edges { node { id labels(first: 60) { edges { node { id name } } } } } } } } } } }`);
    expect(m).toMatchObject({ requests: 5101, cost: 51 });
  });

  it("charges at least one point, and follows fragments and variables", () => {
    expect(measure(`{ viewer { login } }`)).toMatchObject({ nodeCount: 0, requests: 0, cost: 1 });
    const m = measure(
      `query($n: Int!) { repository(owner: "a", name: "b") { ...F } }
       fragment F on Repository { issues(first: $n) { nodes { ... on Issue { comments(last: 100) { totalCount } } } } }`,
      { n: 40 },
    );
    expect(m).toMatchObject({ nodeCount: 40 + 40 * 100, requests: 41, cost: 1, errors: [] });
  });

  it("refuses more than 500,000 possible nodes, naming the connection", () => {
    const m = measure(`{ repository(owner: "a", name: "b") { issues(first: 100) { nodes {
      comments(first: 100) { nodes { reactions(first: 100) { totalCount } } } } } } }`);
    expect(m.nodeCount).toBe(100 + 100 * 100 + 100 * 100 * 100);
    expect(m.errors).toEqual([
      expect.objectContaining({
        type: "MAX_NODE_LIMIT_EXCEEDED",
        message:
          "By the time this query traverses to the reactions connection, it is requesting up to 1,010,100 possible nodes which exceeds the maximum limit of 500,000.",
      }),
    ]);
  });

  it("refuses a connection without first or last, and sizes outside 1..100", () => {
    expect(measure(`{ repository(owner: "a", name: "b") { issues { totalCount } } }`).errors).toEqual([
      expect.objectContaining({ type: "MISSING_PAGINATION_BOUNDARIES", path: ["repository", "issues"] }),
    ]);
    const types = (first: number) =>
      measure(`{ repository(owner: "a", name: "b") { issues(first: ${first}) { totalCount } } }`).errors.map(
        (e) => e.type,
      );
    expect(types(101)).toEqual(["EXCESSIVE_PAGINATION"]);
    expect(types(0)).toEqual(["EXCESSIVE_PAGINATION"]);
    expect(types(100)).toEqual([]);
  });
});

const scenario: Scenario = {
  now: "2026-04-01T10:00:00Z",
  limits: { graphql: 60, core: 5 },
  tokens: [{ value: "app", permissions: { issues: "read", contents: "read" } }],
  repos: [
    {
      repo: "acme/app",
      issues: Array.from({ length: 3 }, (_, i) => ({ title: `Issue ${i + 1}` })),
    },
  ],
};

describe("rate-limit points per token", () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox(scenario);
  });
  afterAll(() => sb.close());

  const gql = (query: string, token = sb.token) =>
    fetch(sb.graphqlUrl, {
      method: "POST",
      headers: { authorization: `token ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });

  it("charges GraphQL points by GitHub's formula and tells the truth in rateLimit and the headers", async () => {
    // 1 + 100 requests: 1 point; 1 + 100 + 100×100 requests: 101 points would be refused, so 100×50.
    const cheap = await gql(
      `{ rateLimit { cost limit remaining used nodeCount resetAt } repository(owner: "acme", name: "app") { issues(first: 100) { nodes { labels(first: 100) { totalCount } } } } }`,
    );
    const body = (await cheap.json()) as { data: { rateLimit: Record<string, unknown> } };
    expect(body.data.rateLimit).toEqual({
      cost: 1,
      limit: 60,
      remaining: 59,
      used: 1,
      nodeCount: 100 + 100 * 100,
      resetAt: "2026-04-01T11:00:00Z",
    });
    expect(cheap.headers.get("x-ratelimit-limit")).toBe("60");
    expect(cheap.headers.get("x-ratelimit-used")).toBe("1");
    expect(cheap.headers.get("x-ratelimit-resource")).toBe("graphql");
    const dear = await gql(
      `{ rateLimit { cost remaining } repository(owner: "acme", name: "app") { issues(first: 50) { nodes { comments(first: 100) { nodes { reactions(first: 1) { totalCount } } } } } } }`,
    );
    // 1 + 50 + 5,000 requests = 50.51 → 51 points.
    expect(((await dear.json()) as { data: { rateLimit: unknown } }).data.rateLimit).toEqual({
      cost: 51,
      remaining: 8,
    });
    expect(sb.requests.at(-1)).toMatchObject({ cost: 51, nodeCount: 50 + 5000 + 5000 });
  });

  it("refuses a query that costs more points than remain, as RATE_LIMITED, then lets a cheap one through", async () => {
    const refused = await gql(
      `{ repository(owner: "acme", name: "app") { issues(first: 10) { nodes { comments(first: 100) { nodes { reactions(first: 1) { totalCount } } } } } } }`,
    );
    expect(((await refused.json()) as { errors: unknown[] }).errors).toEqual([
      expect.objectContaining({ type: "RATE_LIMITED" }),
    ]);
    expect(sb.rateLimit("graphql")).toMatchObject({ used: 52, remaining: 8 });
    const ok = await gql(`{ viewer { login } }`);
    expect(ok.headers.get("x-ratelimit-remaining")).toBe("7");
  });

  it("keeps each token's points apart, with GitHub's 5,000 for a token that is not a workflow's", async () => {
    const res = await gql(`{ rateLimit { limit used } }`, "app");
    expect(((await res.json()) as { data: unknown }).data).toEqual({ rateLimit: { limit: 5000, used: 1 } });
  });

  it("refuses REST requests over the limit with 403 and remaining 0", async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<ReturnType<typeof api>["get"]>> | undefined;
    for (let i = 0; i < 6; i++) {
      last = await api(sb).get("/repos/acme/app");
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 403]);
    expect(last!.data.message).toMatch(/^API rate limit exceeded/);
    expect(last!.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(last!.headers.get("x-ratelimit-resource")).toBe("core");
  });

  it("opens a new window an hour after the first request", async () => {
    sb.state.now = "2026-04-01T11:00:01Z";
    const res = await api(sb).get("/repos/acme/app");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-ratelimit-used")).toBe("1");
    expect(res.headers.get("x-ratelimit-reset")).toBe(String(Date.parse("2026-04-01T12:00:01Z") / 1000));
  });

  it("refuses a query over the node limit before running it, as a violation", async () => {
    const before = sb.violations.length;
    const res = await gql(`{ repository(owner: "acme", name: "app") { issues(first: 100) { nodes {
      comments(first: 100) { nodes { reactions(first: 100) { totalCount } } } } } } }`);
    const body = (await res.json()) as { data?: unknown; errors: { type: string }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors.map((e) => e.type)).toEqual(["MAX_NODE_LIMIT_EXCEEDED"]);
    expect(sb.violations.slice(before)).toEqual([expect.objectContaining({ kind: "graphql" })]);
  });
});
describe("REST compare at scale", () => {
  let sb: Sandbox;
  const COMMITS = 420;
  beforeAll(async () => {
    sb = await startSandbox({
      limits: { core: 100_000 },
      repos: [
        {
          repo: "acme/big",
          commits: [
            { message: "chore: base", files: ["base.txt"] },
            ...Array.from({ length: COMMITS }, (_, i) => ({ message: `feat: change ${i + 1}` })),
          ],
          tags: { base: "chore: base" },
        },
      ],
    });
  });
  afterAll(() => sb.close());
  const subjects = (data: { commits: { commit: { message: string } }[] }) =>
    data.commits.map((c) => c.commit.message);

  it("lists the 250 most recent commits and at most 300 files when not paged", async () => {
    const res = await api(sb).get("/repos/acme/big/compare/base...main");
    expect(res.data.total_commits).toBe(COMMITS);
    expect(res.data.commits).toHaveLength(250);
    expect(subjects(res.data).at(0)).toBe(`feat: change ${COMMITS - 249}`);
    expect(subjects(res.data).at(-1)).toBe(`feat: change ${COMMITS}`);
    expect(res.data.files).toHaveLength(300);
    expect(res.headers.get("link")).toBeNull();
  });

  it("pages from the oldest commit, at most 100 a page, files on the first page only", async () => {
    const first = await api(sb).get("/repos/acme/big/compare/base...main?per_page=250");
    expect(first.data.commits).toHaveLength(100);
    expect(subjects(first.data)[0]).toBe("feat: change 1");
    expect(first.data.files).toHaveLength(300);
    expect(first.headers.get("link")).toMatch(/page=5>; rel="last"/);
    const last = await api(sb).get("/repos/acme/big/compare/base...main?per_page=100&page=5");
    expect(subjects(last.data)).toEqual(Array.from({ length: 20 }, (_, i) => `feat: change ${401 + i}`));
    expect(last.data.files).toEqual([]);
  });
});
