/**
 * Reading change requests against the sandbox (which checks every query against GitHub's schema):
 * one query for issues and teams, continuation queries only for lists longer than a page, absent
 * issues as null, unreadable teams as problems rather than guesses.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../../sandbox/src/server";
import { fetchChangeRequests, MAX_EDITS, MAX_FOLLOW_UP_ROUNDS } from "./changeRequests";
import { createClient, type GitHubClient } from "./client";
import { writeComments } from "./writeComments";

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

const members = Array.from({ length: 130 }, (_, i) => `member${i}`);

async function sandbox() {
  sb = await startSandbox({
    now: "2026-03-02T12:00:00Z",
    users: ["alice", "carol", "mallory", ...members],
    orgs: [{ login: "acme", teams: [{ slug: "cab", members }] }],
    tokens: [{ value: "ghs_members", permissions: { issues: "write", members: "read" } }],
    repos: [
      {
        repo: "acme/shop",
        issues: [
          {
            number: 5,
            title: "Change 5",
            author: "alice",
            body: "### Summary\n\nx",
            labels: [
              "change-request",
              { name: "change/approved", actor: "carol", at: "2026-03-02T10:00:00Z" },
            ],
            edits: ["2026-03-01T12:00:00Z"],
            comments: Array.from({ length: 150 }, (_, i) => ({
              author: i === 149 ? "carol" : "mallory",
              body: i === 149 ? "/approve" : `comment ${i}`,
              createdAt: new Date(Date.parse("2026-03-01T13:00:00Z") + i * 60_000).toISOString(),
              ...(i === 149 ? { edits: [{ at: "2026-03-02T11:00:00Z", editor: "mallory" }] } : {}),
            })),
          },
        ],
        pulls: [{ number: 6, title: "A pull request", merged: true }],
      },
      {
        repo: "acme/changes",
        issues: [{ number: 1, title: "Central change", author: "alice", labels: ["change-request"] }],
      },
    ],
  });
  return sb;
}

describe("fetchChangeRequests", () => {
  it("reads issues of several repositories, their comments, label timeline and team members", async () => {
    const s = await sandbox();
    const client = createClient({
      token: "ghs_members",
      apiUrl: s.apiUrl,
      graphqlUrl: s.graphqlUrl,
      retries: 0,
    });
    const links = [
      { repository: "acme/shop", number: 5 },
      { repository: "acme/shop", number: 6 },
      { repository: "acme/shop", number: 404 },
      { repository: "acme/changes", number: 1 },
    ];
    const fetched = await fetchChangeRequests(client, links, ["acme/cab"]);
    const cr = fetched.issues.get("acme/shop#5")!;
    expect(cr).toMatchObject({
      repository: "acme/shop",
      number: 5,
      title: "Change 5",
      author: "alice",
      state: "open",
      labels: ["change-request", "change/approved"],
      bodyEditedAt: "2026-03-01T12:00:00Z",
    });
    expect(cr.id).toBeTruthy();
    expect(cr.comments).toHaveLength(150);
    expect(cr.comments.at(-1)).toMatchObject({
      author: "carol",
      body: "/approve",
      editors: ["carol", "mallory"],
      revisions: [
        { editor: "carol", body: "/approve" },
        { editor: "mallory", body: "/approve" },
      ],
    });
    expect(cr.comments[0]!.editors).toEqual([]);
    expect(cr.labelEvents).toEqual([
      expect.objectContaining({ action: "labeled", label: "change-request", actor: "alice" }),
      { action: "labeled", label: "change/approved", actor: "carol", at: "2026-03-02T10:00:00Z" },
    ]);
    expect(fetched.issues.get("acme/shop#6")).toBeNull();
    expect(fetched.issues.get("acme/shop#404")).toBeNull();
    expect(fetched.issues.get("acme/changes#1")?.title).toBe("Central change");
    expect(fetched.teams.members["acme/cab"]).toHaveLength(130);
    expect(fetched.teams.problems).toEqual({});
    expect(fetched.requests).toBe(2);
    expect(s.requests).toHaveLength(2);
    expect(s.violations).toEqual([]);
  });

  it("reports a team the token cannot read instead of guessing its members", async () => {
    const s = await sandbox();
    const client = createClient({ token: s.token, apiUrl: s.apiUrl, graphqlUrl: s.graphqlUrl, retries: 0 });
    const fetched = await fetchChangeRequests(
      client,
      [{ repository: "acme/shop", number: 5 }],
      ["acme/cab", "acme/nope"],
    );
    expect(fetched.issues.get("acme/shop#5")?.number).toBe(5);
    expect(fetched.teams.members).toEqual({});
    expect(fetched.teams.problems["acme/cab"]).toContain("Resource not accessible by integration");
    expect(Object.keys(fetched.teams.problems)).toEqual(["acme/cab", "acme/nope"]);
  });

  it("makes no request when there is nothing to read", async () => {
    const s = await sandbox();
    const client = createClient({ token: s.token, apiUrl: s.apiUrl, graphqlUrl: s.graphqlUrl, retries: 0 });
    expect((await fetchChangeRequests(client, [], [])).requests).toBe(0);
    expect(await writeComments(client, [])).toEqual([]);
    expect(s.requests).toHaveLength(0);
  });
});

describe("writeComments", () => {
  it("creates and updates comments in one mutation", async () => {
    const s = await sandbox();
    const client = createClient({ token: s.token, apiUrl: s.apiUrl, graphqlUrl: s.graphqlUrl, retries: 0 });
    const { issues } = await fetchChangeRequests(client, [
      { repository: "acme/shop", number: 5 },
      { repository: "acme/changes", number: 1 },
    ]);
    const five = issues.get("acme/shop#5")!;
    const one = issues.get("acme/changes#1")!;
    s.resetRequests();
    const urls = await writeComments(client, [
      { issueId: five.id!, body: "new on 5" },
      { issueId: one.id!, commentId: undefined, body: "new on 1" },
    ]);
    expect(urls).toHaveLength(2);
    expect(urls[0]).toMatch(/\/acme\/shop\/issues\/5#issuecomment-\d+$/);
    const again = await fetchChangeRequests(client, [{ repository: "acme/changes", number: 1 }]);
    const mine = again.issues.get("acme/changes#1")!.comments[0]!;
    await writeComments(client, [{ issueId: one.id!, commentId: mine.id!, body: "edited on 1" }]);
    expect(s.state.repos[1]!.issues[0]!.comments.map((c) => c.body)).toEqual(["edited on 1"]);
    expect(s.requests.filter((r) => r.route === "graphql")).toHaveLength(3);
  });
});

describe("fetchChangeRequests' limits", () => {
  /** A client whose team has no end: every page says there is another. */
  const endless = () => {
    let calls = 0;
    const page = (alias: string) => ({
      [alias]: {
        team: {
          members: {
            pageInfo: { hasNextPage: true, endCursor: `c${calls}` },
            nodes: Array.from({ length: 100 }, (_, i) => ({ login: `m${calls}-${i}` })),
          },
        },
      },
    });
    const client = {
      graphql: async (query: string) => {
        calls++;
        return query.includes("GatehouseMore") ? page("p0") : { ...page("t0"), viewer: { login: "bot" } };
      },
      calls: () => calls,
    };
    return client;
  };

  it(`follows a long list page after page, and fails naming the limit past ${MAX_FOLLOW_UP_ROUNDS} rounds`, async () => {
    const client = endless();
    await expect(fetchChangeRequests(client as unknown as GitHubClient, [], ["acme/cab"])).rejects.toThrow(
      "The team acme/cab run longer than 5000 entries (MAX_FOLLOW_UP_ROUNDS), more than Gatehouse reads: trim the list (a fresh change request, a smaller team) and re-run.",
    );
    expect(client.calls()).toBe(1 + MAX_FOLLOW_UP_ROUNDS);
  });
});

describe("a comment edited more often than is read", () => {
  it(`counts an unknown editor past ${MAX_EDITS} edits, who authorises nothing`, async () => {
    sb = await startSandbox({
      now: "2026-03-02T12:00:00Z",
      users: ["alice", "carol", "mallory"],
      repos: [
        {
          repo: "acme/shop",
          issues: [
            {
              number: 5,
              title: "Change 5",
              author: "alice",
              comments: [
                {
                  author: "carol",
                  body: "/approve",
                  createdAt: "2026-03-01T13:00:00Z",
                  edits: Array.from({ length: MAX_EDITS + 1 }, (_, i) => ({
                    at: new Date(Date.parse("2026-03-01T14:00:00Z") + i * 60_000).toISOString(),
                    editor: "carol",
                  })),
                },
              ],
            },
          ],
        },
      ],
    });
    const client = createClient({
      token: sb.token,
      apiUrl: sb.apiUrl,
      graphqlUrl: sb.graphqlUrl,
      retries: 0,
    });
    const fetched = await fetchChangeRequests(client, [{ repository: "acme/shop", number: 5 }]);
    const comment = fetched.issues.get("acme/shop#5")!.comments[0]!;
    // The 100 newest edits are carol's; who made the oldest is not read, so it is nobody known.
    expect(comment.editors).toHaveLength(MAX_EDITS + 1);
    expect(comment.editors?.at(-1)).toBeNull();
    expect(comment.editors?.slice(0, MAX_EDITS).every((e) => e === "carol")).toBe(true);
  });
});
