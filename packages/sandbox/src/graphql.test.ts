import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, type Scenario, startSandbox } from "./index";
import { api } from "./testing";

const scenario: Scenario = {
  now: "2026-04-01T10:00:00Z",
  users: [{ login: "alice", name: "Alice", email: "alice@example.com" }, "bob", "carol"],
  orgs: [{ login: "acme", teams: [{ slug: "cab", members: ["bob", "carol"] }] }],
  tokens: [{ value: "app", permissions: { members: "read", issues: "read", contents: "read" } }],
  repos: [
    {
      repo: "acme/app",
      commits: [
        { message: "feat: a", author: "alice", date: "2026-03-01T10:00:00Z" },
        {
          message: "fix: b\n\nDetails here.\n\nCo-authored-by: Bob <bob@example.com>",
          author: "alice",
          date: "2026-03-02T10:00:00Z",
        },
      ],
      tags: { "v1.0.0": "feat: a" },
      issues: [
        {
          number: 1,
          title: "CR: deploy b",
          author: "alice",
          body: "Risk: low",
          labels: ["change-request", { name: "change/approved", actor: "bob", at: "2026-03-05T10:00:00Z" }],
          edits: ["2026-03-04T09:00:00Z"],
          comments: [{ author: "carol", body: "/approve", createdAt: "2026-03-04T10:00:00Z" }],
        },
        ...Array.from({ length: 12 }, (_, i) => ({ title: `Other ${i}`, labels: ["noise"] })),
      ],
      pulls: [
        {
          number: 20,
          title: "feat: c",
          author: "alice",
          body: "Change-Request: #1",
          labels: ["area/api"],
          commits: [{ message: "feat: c", files: [{ path: "src/c.ts", additions: 5, deletions: 1 }] }],
          merged: true,
          mergedAt: "2026-03-06T10:00:00Z",
        },
      ],
      releases: [{ tag: "v1.0.0", target: "feat: a", publishedAt: "2026-03-01T12:00:00Z" }],
      deployments: [
        {
          environment: "production",
          sha: "feat: a",
          createdAt: "2026-03-01T13:00:00Z",
          statuses: ["in_progress", "success"],
        },
        {
          environment: "production",
          sha: "fix: b",
          createdAt: "2026-03-03T13:00:00Z",
          statuses: ["failure"],
        },
        { environment: "staging", createdAt: "2026-03-07T13:00:00Z", statuses: ["success"] },
      ],
    },
    { repo: "acme/changes", issues: [{ number: 45, title: "Central CR", labels: ["change-request"] }] },
  ],
};

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox(scenario);
});
afterAll(async () => {
  await sb.close();
});

const q = (query: string, variables?: Record<string, unknown>) => api(sb).graphql(query, variables);

describe("validation against GitHub's schema", () => {
  it("refuses a field GitHub lacks, in GitHub's error shape, and records a violation", async () => {
    const before = sb.violations.length;
    const res = await q(`{ repository(owner: "acme", name: "app") { changeRequests { totalCount } } }`);
    expect(res.status).toBe(200);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        message: "Field 'changeRequests' doesn't exist on type 'Repository'",
        extensions: expect.objectContaining({ code: "undefinedField" }),
      }),
    ]);
    expect(sb.violations.slice(before)).toEqual([
      expect.objectContaining({ kind: "graphql", route: "graphql" }),
    ]);
  });

  it("answers a query sent again as the first time: refused again, or run again on the state as it is now", async () => {
    const wrong = `{ repository(owner: "acme", name: "app") { changeRequests { totalCount } } }`;
    const first = await q(wrong);
    const again = await q(wrong);
    expect(again.body).toEqual(first.body);
    const broken = "{ viewer { login }";
    expect((await q(broken)).body).toEqual((await q(broken)).body);
    const title = `query Title($n: Int!) { repository(owner: "acme", name: "app") { issue(number: $n) { title } } }`;
    const read = async (n: number) =>
      ((await q(title, { n })).body.data as { repository: { issue: { title: string } } }).repository.issue
        .title;
    expect(await read(1)).toBe("CR: deploy b");
    expect(await read(2)).toBe("Other 0");
    sb.state.repos[0]!.issues[0]!.title = "CR: deploy b, edited";
    expect(await read(1)).toBe("CR: deploy b, edited");
    sb.state.repos[0]!.issues[0]!.title = "CR: deploy b";
  });

  it("refuses a syntax error and an unknown argument", async () => {
    expect((await q("{ viewer { login }")).body.errors).toHaveLength(1);
    const arg = await q(`{ repository(owner: "acme", name: "app") { issue(id: 1) { title } } }`);
    expect(arg.body.errors![0].message).toMatch(/doesn't accept argument 'id'/);
  });

  it("requires first or last on connections, at most 100", async () => {
    const res = await q(`{ repository(owner: "acme", name: "app") { issues { totalCount } } }`);
    expect(res.body.errors![0].message).toMatch(/You must provide a `first` or `last` value/);
    const big = await q(`{ repository(owner: "acme", name: "app") { issues(first: 101) { totalCount } } }`);
    expect(big.body.errors![0].message).toMatch(/exceeds the `first` limit of 100 records/);
  });

  it("answers NOT_FOUND for a missing repository or issue, with partial data", async () => {
    const res = await q(
      `{ a: repository(owner: "acme", name: "nope") { id } b: repository(owner: "acme", name: "app") { issue(number: 999) { id } } }`,
    );
    expect(res.body.data).toEqual({ a: null, b: { issue: null } });
    expect(res.body.errors!.map((e) => e.type)).toEqual(["NOT_FOUND", "NOT_FOUND"]);
  });
});

describe("execution against the state", () => {
  it("batches aliases in one request", async () => {
    sb.resetRequests();
    const res = await q(`{
      r0: repository(owner: "acme", name: "app") { i1: issue(number: 1) { title } }
      r1: repository(owner: "acme", name: "changes") { i45: issue(number: 45) { title url } }
      r2: repository(owner: "acme", name: "app") { c0: object(expression: "v1.0.0") { ... on Commit { messageHeadline } } c1: object(expression: "main") { ... on Commit { messageHeadline } } }
    }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({
      r0: { i1: { title: "CR: deploy b" } },
      r1: { i45: { title: "Central CR", url: `${sb.url}/acme/changes/issues/45` } },
      r2: { c0: { messageHeadline: "feat: a" }, c1: { messageHeadline: "feat: c (#20)" } },
    });
    expect(sb.requestCount()).toBe(1);
    expect(sb.requests[0]!.graphqlFields).toEqual(["repository", "repository", "repository"]);
  });

  it("paginates with first/after and pageInfo", async () => {
    const page = (after: string | null) =>
      q(
        `query($after: String) { repository(owner: "acme", name: "app") { issues(first: 5, after: $after, labels: ["noise"], states: OPEN) { totalCount pageInfo { hasNextPage endCursor } nodes { title } } } }`,
        { after },
      );
    const titles: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await page(after);
      const conn = res.body.data.repository.issues;
      expect(conn.totalCount).toBe(12);
      titles.push(...conn.nodes.map((n: { title: string }) => n.title));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(titles).toEqual(Array.from({ length: 12 }, (_, i) => `Other ${i}`));
  });

  it("answers issue details: labels, comments, edits and timeline", async () => {
    const res = await q(`{ repository(owner: "acme", name: "app") { issue(number: 1) {
      id number title body url state closed createdAt lastEditedAt author { login }
      labels(first: 10) { nodes { name } }
      comments(first: 10) { nodes { author { login } body createdAt } }
      userContentEdits(first: 5) { nodes { editedAt editor { login } } }
      timelineItems(first: 20, itemTypes: [ISSUE_COMMENT, LABELED_EVENT, UNLABELED_EVENT, CLOSED_EVENT, REOPENED_EVENT]) {
        totalCount filteredCount
        nodes { __typename ... on LabeledEvent { actor { login } label { name } createdAt } ... on IssueComment { author { login } createdAt } }
      }
    } } }`);
    expect(res.body.errors).toBeUndefined();
    const issue = res.body.data.repository.issue;
    expect(issue).toMatchObject({
      number: 1,
      state: "OPEN",
      closed: false,
      lastEditedAt: "2026-03-04T09:00:00Z",
      author: { login: "alice" },
      labels: { nodes: [{ name: "change-request" }, { name: "change/approved" }] },
      comments: {
        nodes: [{ author: { login: "carol" }, body: "/approve", createdAt: "2026-03-04T10:00:00Z" }],
      },
      userContentEdits: {
        nodes: [
          { editedAt: "2026-03-04T09:00:00Z", editor: { login: "alice" } },
          // The text as first written is kept as the author's first revision.
          { editedAt: issue.createdAt, editor: { login: "alice" } },
        ],
      },
    });
    expect(issue.timelineItems.nodes.map((n: { __typename: string }) => n.__typename)).toEqual([
      "LabeledEvent",
      "IssueComment",
      "LabeledEvent",
    ]);
    expect(issue.timelineItems.nodes[2]).toEqual({
      __typename: "LabeledEvent",
      actor: { login: "bob" },
      label: { name: "change/approved" },
      createdAt: "2026-03-05T10:00:00Z",
    });
  });

  it("answers pull request details", async () => {
    const res = await q(`{ repository(owner: "acme", name: "app") { pullRequest(number: 20) {
      number title body url state merged mergedAt author { login } mergeCommit { oid messageHeadline }
      baseRefName headRefName labels(first: 5) { nodes { name } }
      commits(first: 10) { nodes { commit { oid messageHeadline author { user { login } } } } }
      files(first: 10) { nodes { path additions deletions } } additions deletions changedFiles
    } } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.repository.pullRequest).toMatchObject({
      number: 20,
      state: "MERGED",
      merged: true,
      mergedAt: "2026-03-06T10:00:00Z",
      baseRefName: "main",
      headRefName: "pr-20",
      mergeCommit: { messageHeadline: "feat: c (#20)" },
      labels: { nodes: [{ name: "area/api" }] },
      commits: { nodes: [{ commit: { messageHeadline: "feat: c", author: { user: { login: "alice" } } } }] },
      files: { nodes: [{ path: "src/c.ts", additions: 5, deletions: 1 }] },
      additions: 5,
      deletions: 1,
      changedFiles: 1,
    });
  });

  it("walks history with authors, parents and associated pull requests", async () => {
    const res = await q(`{ repository(owner: "acme", name: "app") {
      defaultBranchRef { name target { ... on Commit { history(first: 2) { totalCount pageInfo { hasNextPage endCursor }
        nodes { oid messageHeadline messageBody committedDate authors(first: 3) { nodes { name email user { login } } }
          parents(first: 2) { nodes { oid } } associatedPullRequests(first: 2) { nodes { number } } } } } } }
      refs(refPrefix: "refs/tags/", first: 10) { nodes { name target { oid } } }
      ref(qualifiedName: "refs/tags/v1.0.0") { target { ... on Commit { messageHeadline } } }
    } }`);
    expect(res.body.errors).toBeUndefined();
    const repo = res.body.data.repository;
    const history = repo.defaultBranchRef.target.history;
    expect(history.totalCount).toBe(3);
    expect(history.pageInfo.hasNextPage).toBe(true);
    expect(history.nodes[0].associatedPullRequests.nodes).toEqual([{ number: 20 }]);
    expect(history.nodes[1]).toMatchObject({
      messageHeadline: "fix: b",
      messageBody: "Details here.\n\nCo-authored-by: Bob <bob@example.com>",
      committedDate: "2026-03-02T10:00:00Z",
      authors: {
        nodes: [
          { name: "Alice", user: { login: "alice" } },
          { name: "Bob", email: "bob@example.com" },
        ],
      },
    });
    expect(history.nodes[1].parents.nodes).toHaveLength(1);
    expect(repo.refs.nodes.map((r: { name: string }) => r.name)).toEqual(["v1.0.0"]);
    expect(repo.ref.target.messageHeadline).toBe("feat: a");
  });

  it("answers deployments with their latest status, and releases", async () => {
    const res = await q(`{ repository(owner: "acme", name: "app") {
      deployments(environments: ["production"], first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {
        nodes { commitOid environment createdAt state latestStatus { state createdAt } } }
      latestRelease { tagName isLatest tagCommit { messageHeadline } }
      releases(first: 5) { nodes { tagName isDraft } }
    } }`);
    expect(res.body.errors).toBeUndefined();
    const repo = res.body.data.repository;
    expect(repo.deployments.nodes.map((d: { state: string }) => d.state)).toEqual(["FAILURE", "ACTIVE"]);
    expect(repo.deployments.nodes[1].latestStatus.state).toBe("SUCCESS");
    expect(repo.latestRelease).toEqual({
      tagName: "v1.0.0",
      isLatest: true,
      tagCommit: { messageHeadline: "feat: a" },
    });
  });

  it("lists team members only for a token that may read members", async () => {
    const query = `{ organization(login: "acme") { team(slug: "cab") { members(first: 10) { nodes { login } } } } }`;
    const denied = await q(query);
    expect(denied.body.errors![0]).toMatchObject({
      type: "FORBIDDEN",
      message: "Resource not accessible by integration",
    });
    const allowed = await api(sb, "app").graphql(query);
    expect(allowed.body.data.organization.team.members.nodes).toEqual([{ login: "bob" }, { login: "carol" }]);
  });

  it("resolves node ids, viewer, user and rateLimit", async () => {
    const id = sb.state.repos[0]!.issues[0]!.nodeId;
    const res = await q(
      `query($id: ID!) { node(id: $id) { __typename ... on Issue { number } } nodes(ids: [$id, "nope"]) { id } viewer { login } user(login: "alice") { name } rateLimit { cost remaining } }`,
      { id },
    );
    expect(res.body.data).toEqual({
      node: { __typename: "Issue", number: 1 },
      nodes: [{ id }, null],
      // A bot token's own login, in full, as GitHub names it to its viewer.
      viewer: { login: "github-actions[bot]" },
      user: { name: "Alice" },
      rateLimit: { cost: 1, remaining: expect.any(Number) },
    });
    const again = await q("{ rateLimit { remaining used } }");
    expect(again.body.data.rateLimit.remaining).toBe(res.body.data.rateLimit.remaining - 1);
  });
});

describe("mutations", () => {
  it("labels, comments on and closes an issue as the token's user, with timeline events", async () => {
    const s = await startSandbox(scenario);
    try {
      const repo = s.state.repos[0]!;
      const issue = repo.issues.find((i) => i.number === 1)!;
      const label = repo.labels.find((l) => l.name === "change-request")!;
      s.store.ensureLabel(repo, "change/implemented");
      const implemented = repo.labels.find((l) => l.name === "change/implemented")!;
      const res = await api(s).graphql(
        `mutation($id: ID!, $add: [ID!]!, $remove: [ID!]!) {
          a: addLabelsToLabelable(input: { labelableId: $id, labelIds: $add }) { clientMutationId }
          r: removeLabelsFromLabelable(input: { labelableId: $id, labelIds: $remove }) { clientMutationId }
          c: addComment(input: { subjectId: $id, body: "Implemented." }) { commentEdge { node { id body } } }
          x: closeIssue(input: { issueId: $id }) { issue { state } }
        }`,
        { id: issue.nodeId, add: [implemented.nodeId], remove: [label.nodeId] },
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.x.issue.state).toBe("CLOSED");
      expect(issue.labels).toEqual(["change/approved", "change/implemented"]);
      expect(issue.timeline.slice(-3).map((e) => [e.event, e.actor, e.label])).toEqual([
        ["labeled", "github-actions[bot]", "change/implemented"],
        ["unlabeled", "github-actions[bot]", "change-request"],
        ["closed", "github-actions[bot]", undefined],
      ]);
      expect(issue.comments.at(-1)!.body).toBe("Implemented.");
      expect(s.requestCount({ route: "graphql" })).toBe(1);
    } finally {
      await s.close();
    }
  });
});

describe("gaps", () => {
  it("records a field GitHub has but the sandbox does not resolve, instead of silently answering null", async () => {
    const before = sb.violations.length;
    const res = await q(`{ repository(owner: "acme", name: "app") { name homepageUrl } }`);
    expect(res.body.data.repository).toEqual({ name: "app", homepageUrl: null });
    expect(sb.violations.slice(before)).toEqual([
      expect.objectContaining({
        kind: "not-implemented",
        message: expect.stringContaining("Repository.homepageUrl"),
      }),
    ]);
  });

  it("records pagination mistakes GitHub refuses", async () => {
    const before = sb.violations.length;
    await q(`{ repository(owner: "acme", name: "app") { issues { totalCount } } }`);
    expect(sb.violations.slice(before)).toEqual([expect.objectContaining({ kind: "graphql" })]);
  });

  it("records nothing for a query the sandbox answers fully", async () => {
    const before = sb.violations.length;
    await q(
      `{ repository(owner: "acme", name: "app") { issue(number: 1) { title labels(first: 5) { nodes { name } } } } }`,
    );
    expect(sb.violations.slice(before)).toEqual([]);
  });
});

describe("search", () => {
  it("searches issues and pull requests with GitHub's qualifiers", async () => {
    const res =
      await q(`{ search(query: "repo:acme/app is:issue label:change-request", type: ISSUE, first: 10) {
      issueCount nodes { __typename ... on Issue { number } } } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.search).toEqual({ issueCount: 1, nodes: [{ __typename: "Issue", number: 1 }] });
    const prs = await q(`{ search(query: "repo:acme/app is:pr Change-Request", type: ISSUE, first: 10) {
      nodes { ... on PullRequest { number } } } }`);
    expect(prs.body.data.search.nodes).toEqual([{ number: 20 }]);
  });
});
