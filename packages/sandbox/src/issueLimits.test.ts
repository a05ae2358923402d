import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "./server";
import { MAX_ISSUE_ASSIGNEES, MAX_ISSUE_LABELS } from "./store";
import { api } from "./testing";

/**
 * GitHub's limits on one issue: at most 100 labels (a label past them is refused) and 10 assignees
 * (more are not added). Readers that ask for that many read them all.
 */
let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({
    users: Array.from({ length: 12 }, (_, i) => `user${i}`),
    repos: [{ repo: "acme/shop", issues: [{ number: 1, title: "Many" }] }],
  });
});
afterAll(() => sb.close());
const issueOne = () => sb.state.repos[0]!.issues.find((i) => i.number === 1)!;

describe("one issue's labels and assignees", () => {
  it(`refuses a label past ${MAX_ISSUE_LABELS}, adding none of that request`, async () => {
    const a = api(sb);
    const names = (from: number, n: number) => Array.from({ length: n }, (_, i) => `area/${from + i}`);
    expect((await a.post("/repos/acme/shop/issues/1/labels", { labels: names(0, 60) })).status).toBe(200);
    const over = await a.post("/repos/acme/shop/issues/1/labels", { labels: names(60, 41) });
    expect(over.status).toBe(422);
    expect(issueOne().labels).toHaveLength(60);
    expect((await a.post("/repos/acme/shop/issues/1/labels", { labels: names(60, 40) })).status).toBe(200);
    expect(issueOne().labels).toHaveLength(MAX_ISSUE_LABELS);
    expect((await a.put("/repos/acme/shop/issues/1/labels", { labels: names(0, 101) })).status).toBe(422);
    const gql = await a.graphql(
      `{ repository(owner: "acme", name: "shop") { issue(number: 1) { labels(first: 100) { totalCount } } } }`,
    );
    expect(gql.body.data.repository.issue.labels.totalCount).toBe(MAX_ISSUE_LABELS);
  });

  it(`keeps at most ${MAX_ISSUE_ASSIGNEES} assignees`, async () => {
    const a = api(sb);
    const all = Array.from({ length: 12 }, (_, i) => `user${i}`);
    expect((await a.post("/repos/acme/shop/issues/1/assignees", { assignees: all })).status).toBe(201);
    expect(issueOne().assignees).toEqual(all.slice(0, MAX_ISSUE_ASSIGNEES));
  });
});
