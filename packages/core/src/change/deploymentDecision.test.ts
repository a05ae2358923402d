import { describe, expect, it } from "vitest";
import { discountedLine } from "./approval";
import type { ChangeRequestIssue } from "./changeRequest";
import { changeRequestFormBody } from "./changeRequest.fixture";
import { type DeploymentInput, decideDeployment, type GatePolicy } from "./deploymentDecision";
import type { RangeCommit, RangePullRequest } from "./deploymentRange";

const repo = "acme/shop";
const now = new Date("2026-03-02T12:00:00Z");

const policy = (over: Partial<GatePolicy> = {}): GatePolicy => ({
  changeRequests: { repositories: [], label: "change-request" },
  approvals: {
    approvers: { users: ["carol", "dave"], teams: [] },
    emergencyApprovers: { users: [], teams: [] },
    quorum: { low: 1, medium: 1, high: 2 },
    standardChanges: [],
    unidentifiedAuthors: "block",
  },
  risk: { sensitivePaths: ["infra/**"], largeChange: {} },
  exemptPaths: ["docs/**"],
  ...over,
});

function cr(
  number: number,
  over: Partial<ChangeRequestIssue> & { fields?: Record<string, string> } = {},
): ChangeRequestIssue {
  const { fields, ...rest } = over;
  return {
    repository: repo,
    number,
    title: `Change ${number}`,
    url: `https://github.com/${repo}/issues/${number}`,
    body: changeRequestFormBody(fields),
    author: "alice",
    state: "open",
    labels: ["change-request"],
    createdAt: "2026-03-01T09:00:00Z",
    bodyEditedAt: null,
    comments: [{ author: "carol", body: "/approve", createdAt: "2026-03-02T10:00:00Z" }],
    labelEvents: [],
    ...rest,
  };
}

const commit = (
  sha: string,
  message: string,
  pullRequests: number[] = [],
  files?: string[],
): RangeCommit => ({
  sha,
  message,
  authors: ["bob"],
  pullRequests,
  ...(files ? { files } : {}),
});
const pr = (number: number, title: string, body: string, files?: string[]): RangePullRequest => ({
  number,
  title,
  url: `https://github.com/${repo}/pull/${number}`,
  body,
  author: "bob",
  ...(files ? { files } : {}),
});

function input(over: Partial<DeploymentInput> = {}): DeploymentInput {
  const crs = [cr(5)];
  return {
    repository: repo,
    environment: "production",
    now,
    policy: policy(),
    timezone: "UTC",
    commits: [commit("c1aaaaaaaa", "feat: billing", [12])],
    pullRequests: [pr(12, "Add billing", "Change-Request: #5", ["src/billing.ts"])],
    files: [{ path: "src/billing.ts", additions: 10, deletions: 2 }],
    changeRequests: new Map(crs.map((c) => [`${c.repository}#${c.number}`, c])),
    ...over,
  };
}

describe("decideDeployment", () => {
  it("allows a range whose every pull request links an approved change request", () => {
    const d = decideDeployment(input());
    expect(d).toMatchObject({ decision: "allow", risk: "medium", reasons: [] });
    expect(d.pullRequests).toEqual([
      expect.objectContaining({ number: 12, changeRequests: ["acme/shop#5"], covered: true, exempt: false }),
    ]);
    expect(d.changeRequests).toEqual([
      expect.objectContaining({ number: 5, authorised: true, approvers: ["carol"], linkedFrom: ["PR #12"] }),
    ]);
  });

  it("allows an empty range", () => {
    expect(decideDeployment(input({ commits: [], pullRequests: [], files: [] }))).toMatchObject({
      decision: "allow",
      risk: "low",
      changeRequests: [],
    });
  });

  it("blocks a pull request that links no change request, in plain words", () => {
    const d = decideDeployment(
      input({
        commits: [commit("c1aaaaaaaa", "feat: billing", [12]), commit("c2bbbbbbbb", "feat: tax", [13])],
        pullRequests: [
          pr(12, "Add billing", "Change-Request: #5"),
          pr(13, "Add tax", "Adds tax.\n\nChange-Request: TBD"),
        ],
      }),
    );
    expect(d.decision).toBe("block");
    expect(d.reasons).toEqual([
      "PR #13 'Add tax' links no change request (its `Change-Request:` line names no issue: 'TBD') — add `Change-Request: #N` to its description.",
    ]);
  });

  it("blocks a direct push without a trailer and allows one with", () => {
    const d = decideDeployment(
      input({
        commits: [
          commit("d1aaaaaaaa", "fix: hot\n\nChange-Request: #5"),
          commit("d2bbbbbbbb", "fix: sneaky"),
        ],
        pullRequests: [],
      }),
    );
    expect(d.commits.map((c) => [c.subject, c.covered])).toEqual([
      ["fix: hot", true],
      ["fix: sneaky", false],
    ]);
    expect(d.reasons).toEqual([
      "Commit d2bbbbb 'fix: sneaky' was pushed without a pull request and links no change request — add a `Change-Request: #N` trailer to its message, or deploy it through a pull request that links one.",
    ]);
  });

  it("exempts pull requests and commits touching only exempt paths, but not unknown file lists", () => {
    const d = decideDeployment(
      input({
        commits: [
          commit("c1aaaaaaaa", "docs", [20]),
          commit("c2bbbbbbbb", "docs: direct", [], ["docs/a.md"]),
          commit("c3cccccccc", "x", [21]),
        ],
        pullRequests: [pr(20, "Docs", "", ["docs/guide.md"]), pr(21, "Many files", "")],
      }),
    );
    expect(d.pullRequests.map((p) => [p.number, p.exempt])).toEqual([
      [20, true],
      [21, false],
    ]);
    expect(d.commits[0]?.exempt).toBe(true);
    expect(d.reasons).toEqual([expect.stringContaining("PR #21 'Many files' links no change request")]);
  });

  it("covers unlinked changes with an authorised release change request", () => {
    const d = decideDeployment(
      input({
        pullRequests: [pr(12, "Add billing", "")],
        releaseChangeRequest: { repository: repo, number: 5 },
      }),
    );
    expect(d.decision).toBe("allow");
    expect(d.pullRequests[0]).toMatchObject({ coveredByRelease: true, covered: true });
    expect(d.changeRequests[0]?.linkedFrom).toEqual(["the change-request input"]);
  });

  it("blocks when the release change request is not authorised", () => {
    const d = decideDeployment(
      input({
        pullRequests: [pr(12, "Add billing", "")],
        releaseChangeRequest: { repository: repo, number: 5 },
        changeRequests: new Map([["acme/shop#5", cr(5, { comments: [] })]]),
      }),
    );
    expect(d.reasons).toEqual([
      "Change request #5 'Change 5': it needs 1 approval at medium risk; none counts.",
    ]);
  });

  it("blocks a change request from a repository that is not configured, without reading it", () => {
    const d = decideDeployment(
      input({ pullRequests: [pr(12, "Add billing", "Change-Request: evil/changes#1")] }),
    );
    expect(d.reasons).toEqual([
      "PR #12 links evil/changes#1, but evil/changes is not a change-request repository (the policy's `change-requests` allows acme/shop).",
    ]);
    expect(d.changeRequests[0]).toMatchObject({ found: false, authorised: false });
  });

  it("blocks a change request that cannot be found", () => {
    const d = decideDeployment(input({ changeRequests: new Map([["acme/shop#5", null]]) }));
    expect(d.reasons).toEqual([
      "Change request #5 (linked from PR #12): it does not exist, or the token cannot read it.",
    ]);
  });

  it("refuses approval by an author of a change in the range", () => {
    const d = decideDeployment(
      input({ commits: [{ ...commit("c1aaaaaaaa", "feat: billing", [12]), authors: ["carol"] }] }),
    );
    expect(d.decision).toBe("block");
    expect(d.changeRequests[0]?.discounted.map(discountedLine)).toEqual([
      "@carol's approval does not count: they authored commit c1aaaaa in the deployed range",
    ]);
  });

  it("takes the highest risk, raised one level by a sensitive path, with the quorum raised too", () => {
    const d = decideDeployment(
      input({
        files: [{ path: "infra/db.tf", additions: 1, deletions: 1 }],
        changeRequests: new Map([["acme/shop#5", cr(5, { fields: { Risk: "Low" } })]]),
      }),
    );
    expect(d.risk).toBe("medium");
    expect(d.rangeRisk.reasons).toEqual(["it touches sensitive paths (`infra/db.tf`)"]);
    expect(d.decision).toBe("allow");
    const medium = decideDeployment(input({ files: [{ path: "infra/db.tf", additions: 1, deletions: 1 }] }));
    expect(medium.risk).toBe("high");
    expect(medium.reasons).toEqual([
      "Change request #5 'Change 5': it needs 2 approvals at high risk (medium, raised with the deployment's risk); it has 1.",
    ]);
  });

  it("says a reason shared by several change requests once", () => {
    const teams = policy();
    teams.approvals.approvers = { users: [], teams: ["acme/cab"] };
    const d = decideDeployment(
      input({
        policy: teams,
        commits: [commit("c1aaaaaaaa", "a", [12]), commit("c2bbbbbbbb", "b", [13])],
        pullRequests: [pr(12, "A", "Change-Request: #5"), pr(13, "B", "Change-Request: #6")],
        changeRequests: new Map([
          ["acme/shop#5", cr(5)],
          ["acme/shop#6", cr(6)],
        ]),
        teams: { members: {}, problems: { "acme/cab": "no read:org" } },
      }),
    );
    expect(d.reasons.filter((r) => r.includes("cannot be read"))).toHaveLength(1);
    expect(d.reasons[0]).toMatch(
      /^Change requests #5 'Change 5', #6 'Change 6': the members of approver team @acme\/cab/,
    );
  });
});
