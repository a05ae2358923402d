import {
  type ChangeRequestIssue,
  type ChangeRequestVerdict,
  changeRequestKey,
  findMarker,
} from "@gatehouse/core";
import { GitHubApiError, GraphQLError, PermissionError } from "@gatehouse/github";
import { describe, expect, it } from "vitest";
import { commentKey, commentMarker, type DeploymentIdentity, planCommentWrites } from "./comments";
import { explainFailure, PERMISSIONS_LINE } from "./gate";
import { parseReleaseChangeRequest } from "./request";

const id: DeploymentIdentity = {
  repository: "Acme/Shop",
  environment: "Production EU",
  headSha: "a".repeat(40),
  runId: 42,
  runUrl: "https://github.com/acme/shop/actions/runs/42",
};

const verdict = (over: Partial<ChangeRequestVerdict> = {}): ChangeRequestVerdict => ({
  repository: "acme/shop",
  number: 5,
  title: "Change 5",
  url: "https://github.com/acme/shop/issues/5",
  authorised: true,
  type: "normal",
  risk: "medium",
  effectiveRisk: "medium",
  preApproved: false,
  requiredApprovals: 1,
  approvers: ["carol"],
  approvals: [{ login: "carol", at: "2026-03-02T10:00:00.000Z", via: "comment" }],
  rejectedBy: [],
  rejections: [],
  discounted: [],
  reasons: [],
  linkedFrom: ["PR #12"],
  found: true,
  ...over,
});

const issue = (comments: ChangeRequestIssue["comments"] = []): ChangeRequestIssue => ({
  id: "I_5",
  repository: "acme/shop",
  number: 5,
  title: "Change 5",
  url: "",
  body: "",
  author: "alice",
  state: "open",
  labels: [],
  createdAt: "2026-03-01T00:00:00Z",
  bodyEditedAt: null,
  comments,
  labelEvents: [],
});

describe("the comment on each change request", () => {
  it("is keyed by repository, environment and run, so attempts of one run share it", () => {
    expect(commentKey(id)).toBe("acme/shop:production eu:run-42");
    expect(findMarker(commentMarker(id), "change-gate")).toBe("acme/shop:production eu:run-42");
    expect(commentKey({ ...id, runId: 0 })).toBe(`acme/shop:production eu:commit-${"a".repeat(40)}`);
  });

  it("is created once, updated when its text changes, and left alone when right", () => {
    const issues = (c: ChangeRequestIssue["comments"]) => new Map([[changeRequestKey(verdict()), issue(c)]]);
    const [create] = planCommentWrites(id, "allow", [verdict()], issues([]), 0);
    expect(create).toMatchObject({ issueId: "I_5" });
    expect(create?.commentId).toBeUndefined();
    const existing = {
      id: "IC_1",
      author: "gatehouse",
      body: create!.body,
      createdAt: "2026-03-02T12:00:00Z",
    };
    expect(planCommentWrites(id, "allow", [verdict()], issues([existing]), 0)).toEqual([]);
    const [update] = planCommentWrites(id, "block", [verdict()], issues([existing]), 2);
    expect(update).toMatchObject({ issueId: "I_5", commentId: "IC_1" });
    expect(update!.body).toContain("blocked for 2 other reasons");
  });

  it("escapes user text and never writes on change requests that were not found", () => {
    const hostile = verdict({ authorised: false, reasons: ["<img src=x> @everyone"], linkedFrom: ["PR #1"] });
    const [w] = planCommentWrites(id, "block", [hostile], new Map([[changeRequestKey(hostile), issue()]]), 1);
    expect(w!.body).toContain("&lt;img src=x&gt;");
    expect(w!.body).not.toContain("<img");
    expect(w!.body).not.toMatch(/@everyone/);
    expect(planCommentWrites(id, "block", [verdict({ found: false })], new Map(), 1)).toEqual([]);
  });
});

describe("the release change request input", () => {
  it.each([
    ["#5", { repository: "acme/shop", number: 5 }],
    ["5", { repository: "acme/shop", number: 5 }],
    ["org/changes#7", { repository: "org/changes", number: 7 }],
    ["https://github.com/org/changes/issues/8", { repository: "org/changes", number: 8 }],
  ])("%s", (text, link) => {
    expect(parseReleaseChangeRequest(text, "acme/shop")).toEqual({ link });
  });
  it("refuses anything else, and accepts nothing", () => {
    expect(parseReleaseChangeRequest("CR-12", "acme/shop").problem).toContain("does not name one issue");
    expect(parseReleaseChangeRequest("#1 #2", "acme/shop").problem).toContain("does not name one issue");
    expect(parseReleaseChangeRequest("  ", "acme/shop")).toEqual({});
  });
});

describe("explainFailure", () => {
  it("names the permission to add for refused GraphQL and REST calls", () => {
    const gql = new GraphQLError({
      errors: [{ message: "Resource not accessible by integration", type: "FORBIDDEN" }],
    });
    expect(explainFailure(gql, "read the change requests", "issues: read")).toBe(
      `The token cannot read the change requests (GitHub: Resource not accessible by integration): add \`issues: read\` to the job's \`permissions:\` — change-gate needs \`${PERMISSIONS_LINE}\`.`,
    );
    const rest = new PermissionError({ status: 403, route: "GET /x", permission: "contents=read" });
    expect(explainFailure(rest, "compare", "contents: read")).toContain("add `contents: read`");
  });

  it("says what failed and what to do for other errors", () => {
    const down = new GitHubApiError({ status: 502, route: "GET /repos/{owner}/{repo}/compare/{basehead}" });
    expect(explainFailure(down, "compare a...b", "contents: read")).toMatch(
      /^Could not compare a\.\.\.b: GitHub failed on .* with 502/,
    );
  });
});
