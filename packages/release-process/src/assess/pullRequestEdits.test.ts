/**
 * A pull request's description edited after its merge is read as it was when merged, however many
 * times it was edited since: the history is read back to the revision at the merge, or the
 * description is refused as evidence naming the limit. Against the sandbox.
 */
import type { RangePullRequest } from "@gatehouse/core";
import { createClient } from "@gatehouse/github";
import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../../../sandbox/src/server";
import { descriptionsAtMerge, MAX_DESCRIPTION_EDITS } from "./pullRequestEdits";

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

const LINKED = "Adds billing.\n\nChange-Request: #5";
const MERGED = "2026-03-02T10:00:00Z";

/** A pull request written with its link, merged, then edited `after` times by mallory. */
async function editedAfterMerge(after: number): Promise<{ s: Sandbox; pr: RangePullRequest }> {
  const at = (i: number) => new Date(Date.parse("2026-03-02T11:00:00Z") + i * 1000).toISOString();
  sb = await startSandbox({
    now: "2026-03-05T12:00:00Z",
    users: ["bob", "mallory"],
    repos: [
      {
        repo: "acme/shop",
        commits: [{ message: "chore: start", date: "2026-03-01T00:00:00Z" }],
        pulls: [
          {
            number: 12,
            title: "Add billing",
            author: "bob",
            body: LINKED,
            createdAt: "2026-03-02T09:00:00Z",
            merged: true,
            mergedAt: MERGED,
            edits: Array.from({ length: after }, (_, i) => ({
              at: at(i),
              editor: "mallory",
              body: `Adds billing. (${i})`,
            })),
          },
        ],
      },
    ],
  });
  const pull = sb.state.repos[0]!.pulls[0]!;
  const issue = sb.state.repos[0]!.issues.find((i) => i.number === 12)!;
  return {
    s: sb,
    pr: {
      number: 12,
      title: "Add billing",
      url: "",
      body: issue.body,
      author: "bob",
      id: pull.nodeId,
      mergedAt: pull.mergedAt,
      bodyEditedAt: issue.edits.at(-1)!.editedAt,
    },
  };
}

const read = async (s: Sandbox, pr: RangePullRequest) => {
  const client = createClient({ token: s.token, apiUrl: s.apiUrl, graphqlUrl: s.graphqlUrl, retries: 0 });
  const [out] = await descriptionsAtMerge(client, [pr]);
  return { out: out!, queries: s.requests.filter((r) => r.route === "graphql").length };
};

describe("descriptionsAtMerge, past one page of edits", () => {
  for (const [after, queries] of [
    [99, 1],
    [100, 2],
    [250, 3],
  ] as const) {
    it(`${after} edits after the merge: reads its text at the merge (${queries} request${queries === 1 ? "" : "s"})`, async () => {
      const { s, pr } = await editedAfterMerge(after);
      expect(pr.body).toBe(`Adds billing. (${after - 1})`);
      const { out, queries: made } = await read(s, pr);
      expect(out.body).toBe(LINKED);
      expect(out.lateEdit).toMatch(
        /^@mallory edited its description after the merge .*; it is read as it was when merged$/,
      );
      expect(made).toBe(queries);
    });
  }

  it(`refuses the description, naming the limit, past ${MAX_DESCRIPTION_EDITS.toLocaleString("en-US")} edits since the merge`, async () => {
    const { s, pr } = await editedAfterMerge(MAX_DESCRIPTION_EDITS);
    const { out, queries } = await read(s, pr);
    expect(out.body).toBe("");
    expect(out.lateEdit).toContain(
      "its text at the merge cannot be read (it was edited more than 1,000 times since (limit MAX_DESCRIPTION_EDITS)), so its description is not taken as evidence",
    );
    expect(queries).toBe(MAX_DESCRIPTION_EDITS / 100);
  });
});
