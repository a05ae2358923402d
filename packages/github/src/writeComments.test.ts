/**
 * One comment per marker, against the sandbox: a create whose answer GitHub lost is found and not
 * made twice; runs commenting at once end with one comment, the oldest, saying the latest words.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../../sandbox/src/server";
import { createClient } from "./client";
import { writeComments } from "./writeComments";

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

const MARKER = "<!-- gatehouse:change-gate:acme/shop:production:run-7 -->";

async function setup() {
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
            comments: [{ author: "mallory", body: `${MARKER} not the gate` }],
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
});
