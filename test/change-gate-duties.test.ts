/**
 * change-gate's segregation of duties against an insider (SECURITY.md): nobody who shaped a change
 * approves it — the authors, co-authors and committers of every commit of every pull request in the
 * range (a squash merge must not hide the pull request's own commits), co-authors named by any
 * e-mail address GitHub ties to their account, and the pull request's merger. A commit GitHub ties
 * to nobody is named, and blocks unless the policy says otherwise. The built bundle, run as the
 * runner runs it, against the sandbox.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Sandbox } from "../packages/sandbox/src/server";
import { changeRequest, gateOnce, POLICY, pull, type World } from "./change-gate.fixture";

let sandboxes: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
});

const USERS = [
  "alice",
  "bob",
  { login: "carol", email: "carol@acme.example", emails: ["carol@home.example"] },
  "dave",
  "erin",
  "olivia",
  "mallory",
];

const gate = (w: World) => gateOnce({ ...w, extra: { users: USERS, ...w.extra } }, sandboxes);

/** Bob's commit, then one of carol's, on the pull request's branch. */
const BOB_AND_CAROL = [
  { message: "feat: billing", author: "bob" },
  { message: "fix: billing rounding", author: "carol" },
];

/** PR #12 by bob, linking CR #5, squash-merged: only its squash commit reaches main. */
const squashed = (opts: Parameters<typeof pull>[3]) =>
  pull(12, "Add billing", "Adds billing.\n\nChange-Request: #5", opts);

describe("change-gate: segregation of duties covers everyone who shaped the change", () => {
  it("reads a squash-merged pull request's own commits: their author cannot approve", async () => {
    const { result, reasons } = await gate({
      crs: [changeRequest(5, { approvedBy: ["carol"] })],
      pulls: [squashed({ commits: BOB_AND_CAROL })],
    });
    expect(result.outputs.decision).toBe("block");
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(
      /^Change request #5 'Change 5': it needs 1 approval at medium risk; none counts\. @carol's approval does not count: they authored commit [0-9a-f]{7} of pull request #12 in the deployed range; ask an approver who did not shape the change\.$/,
    );
    expect(result.summary).toMatch(
      /- \\#5: @&#8203;carol's approval does not count: they authored commit [0-9a-f]{7} of pull request #12 in the deployed range\n/,
    );
  });

  it("allows the same change when an approver who did not shape it approves", async () => {
    const { result } = await gate({
      crs: [changeRequest(5, { approvedBy: ["dave"] })],
      pulls: [squashed({ commits: BOB_AND_CAROL })],
    });
    expect(result.outputs.decision).toBe("allow");
  });

  it("ties a co-author to their account by any e-mail address they verified", async () => {
    const { result } = await gate({
      crs: [changeRequest(5, { approvedBy: ["carol"] })],
      pulls: [
        squashed({
          commits: [
            {
              message: "feat: billing\n\nCo-authored-by: Carol <carol@home.example>",
              author: "bob",
            },
          ],
        }),
      ],
    });
    expect(result.outputs.decision).toBe("block");
    expect(result.summary).toMatch(
      /@&#8203;carol's approval does not count: they co-authored commit [0-9a-f]{7} of pull request #12 in the deployed range\n/,
    );
  });

  it("counts a co-author of a commit in the range (merge commit) by a verified address that is not a noreply one", async () => {
    const { result } = await gate({
      crs: [changeRequest(5, { approvedBy: ["carol"] })],
      pulls: [],
      commits: [
        {
          message: "fix: pushed\n\nChange-Request: #5\nCo-authored-by: C <carol@home.example>",
          author: "bob",
        },
      ],
    });
    expect(result.outputs.decision).toBe("block");
    expect(result.summary).toMatch(
      /@&#8203;carol's approval does not count: they co-authored commit [0-9a-f]{7} in the deployed range/,
    );
  });

  it("does not let the committer of a commit (rebased, amended) approve it", async () => {
    const { result } = await gate({
      crs: [changeRequest(5, { approvedBy: ["carol"] })],
      pulls: [squashed({ commits: [{ message: "feat: billing", author: "bob", committer: "carol" }] })],
    });
    expect(result.outputs.decision).toBe("block");
    expect(result.summary).toMatch(
      /@&#8203;carol's approval does not count: they committed commit [0-9a-f]{7} of pull request #12/,
    );
  });

  it("does not let the pull request's merger approve it", async () => {
    const { result } = await gate({
      crs: [changeRequest(5, { approvedBy: ["carol"] })],
      pulls: [squashed({ mergedBy: "carol" })],
    });
    expect(result.outputs.decision).toBe("block");
    expect(result.summary).toContain(
      "@&#8203;carol's approval does not count: they merged pull request #12 in the deployed range; ask an approver who did not shape the change.",
    );
  });

  it("names a commit whose author GitHub ties to no account, and blocks by default", async () => {
    const { result, reasons } = await gate({
      crs: [changeRequest(5, { approvedBy: ["carol"] })],
      pulls: [
        squashed({
          commits: [
            { message: "feat: billing", author: "bob" },
            { message: "fix: rounding", author: { name: "Carol", email: "carol@laptop.local" } },
          ],
        }),
      ],
    });
    expect(result.outputs.decision).toBe("block");
    expect(reasons).toEqual([
      expect.stringMatching(
        /^Segregation of duties cannot be checked: GitHub ties someone who shaped this commit to no account — commit [0-9a-f]{7} \(pull request #12\) \(author and committer "Carol <carol@laptop\.local>"\)\. Whoever it is adds and verifies that e-mail address on their GitHub account .* `approvals\.unidentified-authors: report`\.$/,
      ),
    ]);
    expect(result.summary).toContain("### Commits GitHub ties to nobody");
  });

  it("with approvals.unidentified-authors: report, names such a commit and decides without it", async () => {
    const { result, reasons } = await gate({
      policy: POLICY.replace("approvals:\n", "approvals:\n  unidentified-authors: report\n"),
      crs: [changeRequest(5, { approvedBy: ["carol"] })],
      pulls: [
        squashed({
          commits: [{ message: "fix: rounding", author: { name: "Someone", email: "someone@laptop.local" } }],
        }),
      ],
    });
    expect(reasons).toEqual([]);
    expect(result.outputs.decision).toBe("allow");
    expect(result.summary).toMatch(
      /- commit [0-9a-f]{7} \(pull request #12\): author and committer "Someone &lt;someone@(&#8203;)?laptop\.local&gt;"/,
    );
  });
});
