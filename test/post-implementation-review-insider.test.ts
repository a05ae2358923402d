/**
 * post-implementation-review trusts only its own records (SECURITY.md): a review issue or a link
 * comment counts only when Gatehouse's identity (the token's) wrote it, its review is found again
 * whatever its labels, and a change request change-gate did not authorise (report mode) is never
 * labelled `change/implemented` as if it had been. The built bundle against the sandbox.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/server";
import { api } from "../packages/sandbox/src/testing";
import type { Issue } from "../packages/sandbox/src/types";
import { runAction } from "./harness";

const RUN_ID = 4242;
const MARKER = `<!-- gatehouse:pir:acme/shop/production/${RUN_ID} -->`;
const LINK_MARKER = `<!-- gatehouse:pir-link:acme/shop/production/${RUN_ID} -->`;

let sandboxes: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
});

async function sandbox(): Promise<Sandbox> {
  const sb = await startSandbox({
    now: "2026-11-23T14:30:00Z",
    users: ["alice", "bob", "mallory"],
    tokens: [{ value: "t_mallory", user: "mallory", permissions: { issues: "write" } }],
    repos: [
      {
        repo: "acme/shop",
        labels: ["change-request", "change/approved", "post-implementation-review"],
        environments: ["production"],
        issues: [
          {
            number: 12,
            title: "Switch payments",
            author: "bob",
            labels: ["change-request", "change/approved"],
          },
        ],
        runs: [{ id: RUN_ID }],
      },
    ],
  });
  sandboxes.push(sb);
  return sb;
}

const cr12 = (over: Record<string, unknown> = {}) =>
  JSON.stringify([
    {
      repository: "acme/shop",
      number: 12,
      title: "Switch payments",
      type: "normal",
      risk: "medium",
      approvers: ["alice"],
      url: "http://placeholder/acme/shop/issues/12",
      ...over,
    },
  ]);

const review = (sb: Sandbox, inputs: Record<string, string>, runAttempt = 1) =>
  runAction("post-implementation-review", {
    sandbox: sb,
    repository: "acme/shop",
    runId: RUN_ID,
    runAttempt,
    inputs: { environment: "production", outcome: "success", "change-requests": cr12(), ...inputs },
  });

const issues = (sb: Sandbox): Issue[] => sb.state.repos[0]!.issues;
const carrying = (sb: Sandbox, marker: string) => issues(sb).filter((i) => i.body.includes(marker));

describe("post-implementation-review trusts only its own records", () => {
  it("does not take an issue someone else opened with this deployment's marker for its review", async () => {
    const sb = await sandbox();
    const forged = await api(sb, "t_mallory").post("/repos/acme/shop/issues", {
      title: "PIR: production — success",
      body: `${MARKER}\nNothing to review here.`,
      labels: ["post-implementation-review"],
    });
    expect(forged.status).toBe(201);
    const result = await review(sb, {});
    expect(result.exitCode).toBe(0);
    const mine = carrying(sb, MARKER).filter((i) => i.user === "github-actions[bot]");
    expect(mine).toHaveLength(1);
    expect(result.outputs["issue-number"]).toBe(String(mine[0]!.number));
    // Mallory's issue is left as she wrote it.
    const hers = issues(sb).find((i) => i.number === forged.data.number)!;
    expect(hers.body).toBe(`${MARKER}\nNothing to review here.`);
  });

  it("finds its review again after someone removes its label, and writes no second one", async () => {
    const sb = await sandbox();
    const first = await review(sb, {});
    expect(first.exitCode).toBe(0);
    const number = Number(first.outputs["issue-number"]);
    const removed = await api(sb, "t_mallory").delete(
      `/repos/acme/shop/issues/${number}/labels/post-implementation-review`,
    );
    expect(removed.status).toBe(200);
    const again = await review(sb, { outcome: "failure" }, 2);
    expect(again.exitCode).toBe(0);
    expect(again.outputs["issue-number"]).toBe(String(number));
    expect(carrying(sb, MARKER)).toHaveLength(1);
    const found = issues(sb).find((i) => i.number === number)!;
    expect(found.labels).toContain("post-implementation-review");
    expect(found.title).toContain("failure");
  });

  it("does not take someone else's comment carrying its marker for its link comment", async () => {
    const sb = await sandbox();
    const forged = await api(sb, "t_mallory").post("/repos/acme/shop/issues/12/comments", {
      body: `${LINK_MARKER}\nAll fine, nothing to see.`,
    });
    expect(forged.status).toBe(201);
    expect((await review(sb, {})).exitCode).toBe(0);
    const cr = issues(sb).find((i) => i.number === 12)!;
    const links = cr.comments.filter((c) => c.body.includes(LINK_MARKER));
    expect(links.map((c) => c.user).sort()).toEqual(["github-actions[bot]", "mallory"]);
    expect(links.find((c) => c.user === "mallory")!.body).toBe(`${LINK_MARKER}\nAll fine, nothing to see.`);
  });

  it("never labels a change request change-gate did not authorise (report mode) as implemented", async () => {
    const sb = await sandbox();
    const result = await review(sb, {
      "change-requests": cr12({ authorised: false, approvers: [] }),
      "close-change-requests": "on-success",
    });
    expect(result.exitCode).toBe(0);
    const cr = issues(sb).find((i) => i.number === 12)!;
    expect(cr.labels).toContain("change/unauthorised");
    expect(cr.labels).not.toContain("change/implemented");
    expect(cr.state).toBe("open");
    expect(cr.comments.find((c) => c.body.includes(LINK_MARKER))!.body).toContain(
      "change-gate did not authorise this change request (it ran in report mode)",
    );
    expect(result.outputs.required).toBe("true");
    const pir = issues(sb).find((i) => i.number === Number(result.outputs["issue-number"]))!;
    expect(pir.body).toContain("change-gate did not authorise (#12; the gate ran in report mode)");
    expect(pir.labels).toContain("priority/high");
  });
});
