/**
 * One comment per marker, against the sandbox: a create whose answer GitHub lost is found and not
 * made twice; runs commenting at once end with one comment, the oldest, saying the latest words.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../../sandbox/src/server";
import { createClient, type GitHubClient } from "./client";
import { nodeFetch } from "./transport";
import { COMMENTS_SEEN, MAX_COMMENTS_READ, writeComments } from "./writeComments";

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

const MARKER = "<!-- gatehouse:change-gate:acme/shop:production:run-7 -->";

async function setup(earlier: { author: string; body: string }[] = []) {
  sb = await startSandbox({
    now: "2026-03-02T12:00:00Z",
    users: ["alice", "mallory"],
    repos: [
      {
        repo: "acme/shop",
        issues: [
          {
            number: 5,
            title: "Change 5",
            author: "alice",
            // someone else's comment carrying the marker is never taken, nor deleted
            comments: [{ author: "mallory", body: `${MARKER} not the gate` }, ...earlier],
          },
        ],
      },
    ],
  });
  const s = sb;
  const client = createClient({
    token: s.token,
    apiUrl: s.apiUrl,
    graphqlUrl: s.graphqlUrl,
    retryBaseMs: 1,
    log: () => {},
  });
  const issue = s.state.repos[0]!.issues[0]!;
  const comments = () => issue.comments.filter((c) => c.body.includes(MARKER) && c.user !== "mallory");
  return { s, client, issueId: issue.nodeId, comments };
}

describe("writeComments, one of a kind by marker", () => {
  it("finds a create whose answer was lost instead of commenting twice", async () => {
    const { s, client, issueId, comments } = await setup();
    s.faults.add({ graphql: true, applied: true }); // the mutation lands, its answer is lost
    const logs: string[] = [];
    const [url] = await writeComments(
      client,
      [{ issueId, body: `${MARKER}\nallowed`, marker: MARKER }],
      (m) => logs.push(m),
    );
    expect(comments()).toHaveLength(1);
    expect(url).toMatch(/#issuecomment-\d+$/);
    expect(logs.join("\n")).toMatch(/may or may not have worked/);
    // the mutation, the read back; no second create
    expect(s.requests.filter((r) => r.route === "graphql").map((r) => r.status)).toEqual([0, 200]);
  });

  it("updates the comment a lost create made when the words changed meanwhile", async () => {
    const { s, client, issueId, comments } = await setup();
    s.faults.add({ graphql: true, applied: true, status: 502 });
    await writeComments(client, [{ issueId, body: `${MARKER}\nblocked`, marker: MARKER }]);
    expect(comments().map((c) => c.body)).toEqual([`${MARKER}\nblocked`]);
  });

  it("writes again after GitHub's 'Something went wrong' when nothing was written", async () => {
    const { s, client, issueId, comments } = await setup();
    s.faults.somethingWentWrong();
    await writeComments(client, [{ issueId, body: `${MARKER}\nallowed`, marker: MARKER }]);
    expect(comments()).toHaveLength(1);
  });

  it("does not send a create without a marker again", async () => {
    const { s, client, issueId } = await setup();
    s.faults.add({ graphql: true, applied: true });
    await expect(writeComments(client, [{ issueId, body: "no marker" }])).rejects.toThrow();
    expect(s.requests.filter((r) => r.route === "graphql")).toHaveLength(1);
  });

  it("leaves one comment, the oldest, when runs comment at once", async () => {
    let raced = 0;
    for (let round = 0; round < 5; round++) {
      const { client, issueId, comments, s } = await setup();
      const other = createClient({
        token: s.token,
        apiUrl: s.apiUrl,
        graphqlUrl: s.graphqlUrl,
        log: () => {},
      });
      const [a, b] = await Promise.all([
        writeComments(client, [{ issueId, body: `${MARKER}\nfrom a`, marker: MARKER }]),
        writeComments(other, [{ issueId, body: `${MARKER}\nfrom b`, marker: MARKER }]),
      ]);
      const left = comments();
      expect(left, `round ${round}`).toHaveLength(1);
      expect(a[0], "both runs report the comment kept").toBe(b[0]);
      if (s.requests.some((r) => r.graphqlFields?.includes("deleteIssueComment"))) raced++;
      expect(s.state.repos[0]!.issues[0]!.comments.filter((c) => c.user === "mallory")).toHaveLength(1);
      await s.close();
      sb = undefined;
    }
    expect(raced, "both runs created a comment, and one was deleted").toBeGreaterThan(0);
  });
  it("brings an issue's comments back once for many creates on it in one mutation, and still ends with one comment per marker when two writers make them at once", async () => {
    const { s, issueId } = await setup();
    const runs = Array.from({ length: 24 }, (_, i) => i + 1);
    const markerOf = (run: number) => `<!-- gatehouse:change-gate:acme/shop:production:run-${run} -->`;
    const writer = () => {
      const queries: string[] = [];
      const client = createClient({
        token: s.token,
        apiUrl: s.apiUrl,
        graphqlUrl: s.graphqlUrl,
        retryBaseMs: 1,
        log: () => {},
        fetch: ((url: string, init?: { body?: unknown }) => {
          if (typeof init?.body === "string") queries.push(init.body);
          return nodeFetch(url, init as never);
        }) as unknown as typeof fetch,
      });
      return { client, queries };
    };
    const a = writer();
    const b = writer();
    const writes = (who: string) =>
      runs.map((run) => ({ issueId, body: `${markerOf(run)}\nfrom ${who}`, marker: markerOf(run) }));
    const [ua, ub] = await Promise.all([
      writeComments(a.client, writes("a")),
      writeComments(b.client, writes("b")),
    ]);
    const comments = s.state.repos[0]!.issues[0]!.comments.filter((c) => c.user !== "mallory");
    for (const run of runs) {
      const mine = comments.filter((c) => c.body.includes(markerOf(run)));
      expect(mine, `run ${run}`).toHaveLength(1);
    }
    expect(ua).toEqual(ub);
    // Both created all 24: the later one found the earlier one's and deleted its own.
    expect(s.requests.some((r) => r.graphqlFields?.includes("deleteIssueComment"))).toBe(true);
    // The 24 creates of each mutation: the last one asks for the issue's comments, not all 24.
    for (const { queries } of [a, b]) {
      const create = queries.find((q) => q.includes("addComment"))!;
      expect(create.split("subject {").length - 1).toBe(1);
    }
  });
});

describe(`writeComments on an issue with more comments than the ${COMMENTS_SEEN} a create answers with`, () => {
  // A run at the same time commented first (the caller read the issue before it did), then n
  // comments by others came in: once this run's create is made, the issue has n + 3 comments
  // (mallory's first), the earlier comment of ours n + 2 from the end. Every comment is read; past
  // the latest ${COMMENTS_SEEN}, 100 a request.
  const history = (n: number) => [
    { author: "github-actions[bot]", body: `${MARKER}\nfrom the other run` },
    ...Array.from({ length: n }, (_, i) => ({ author: "alice", body: `comment ${i}` })),
  ];
  const earlierReads = (s: Sandbox) =>
    s.requests.filter((r) => r.route === "graphql" && r.graphqlFields?.every((f) => f === "node")).length;

  for (const [n, reads] of [
    [COMMENTS_SEEN - 3, 0],
    [COMMENTS_SEEN - 1, 1],
    [COMMENTS_SEEN + 97, 1],
    [COMMENTS_SEEN + 98, 2],
  ] as const) {
    it(`${n} comments after ours: keeps the oldest of ours and deletes the new one (${reads} earlier page${reads === 1 ? "" : "s"} read)`, async () => {
      const { s, client, issueId, comments } = await setup(history(n));
      const logs: string[] = [];
      const [url] = await writeComments(
        client,
        [{ issueId, body: `${MARKER}\nfrom this run`, marker: MARKER }],
        (m) => logs.push(m),
      );
      expect(comments().map((c) => c.body)).toEqual([`${MARKER}\nfrom this run`]);
      expect(url).toMatch(new RegExp(`#issuecomment-${comments()[0]!.id}$`));
      expect(logs.join("\n")).toMatch(/kept the oldest comment .* deleted 1 newer one/);
      expect(earlierReads(s)).toBe(reads);
      expect(s.state.repos[0]!.issues[0]!.comments).toHaveLength(n + 2);
    });
  }

  it("after a lost answer, finds our earlier comment past the latest page and deletes the one the lost create made", async () => {
    const { s, client, issueId, comments } = await setup(history(COMMENTS_SEEN + 10));
    s.faults.add({ graphql: true, applied: true });
    await writeComments(client, [{ issueId, body: `${MARKER}\nfrom this run`, marker: MARKER }]);
    expect(comments().map((c) => c.body)).toEqual([`${MARKER}\nfrom this run`]);
    expect(earlierReads(s)).toBe(1);
  });

  it(`fails naming the limit when an issue has more than ${MAX_COMMENTS_READ.toLocaleString("en-US")} comments`, async () => {
    const page = (n: number) => ({
      pageInfo: { hasPreviousPage: true, startCursor: "c" },
      nodes: Array.from({ length: n }, (_, i) => ({
        id: `c${i}`,
        url: "u",
        body: "x",
        viewerDidAuthor: false,
      })),
    });
    let requests = 0;
    const client = {
      async graphql(query: string) {
        requests++;
        if (query.startsWith("mutation"))
          return {
            w0: {
              commentEdge: { node: { id: "new", url: "u" } },
              subject: { comments: page(COMMENTS_SEEN) },
            },
          };
        return { p0: { comments: page(100) } };
      },
    } as unknown as GitHubClient;
    await expect(
      writeComments(client, [{ issueId: "I_1", body: `${MARKER}\nx`, marker: MARKER }]),
    ).rejects.toThrow(/more than 10,000 comments \(limit MAX_COMMENTS_READ\)/);
    expect(requests).toBe(1 + Math.ceil((MAX_COMMENTS_READ - COMMENTS_SEEN) / 100));
  });
});
