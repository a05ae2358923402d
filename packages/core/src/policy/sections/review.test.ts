import { describe, expect, it } from "vitest";
import { parsePolicy, readPolicy } from "../read";

describe("policy section review", () => {
  it("defaults to the deployed repository, due in 5 days", () => {
    expect(parsePolicy("version: 1\n").review).toEqual({
      repository: null,
      dueInDays: 5,
      labels: [],
      assignees: [],
    });
  });

  it("reads a central review repository, due date, labels and assignees", () => {
    const policy = parsePolicy(
      [
        "version: 1",
        "review:",
        "  repository: acme/change-reviews",
        "  due-in-days: 10",
        "  labels: [team/payments]",
        "  assignees: ['@dana', chen]",
      ].join("\n"),
    );
    expect(policy.review).toEqual({
      repository: "acme/change-reviews",
      dueInDays: 10,
      labels: ["team/payments"],
      assignees: ["dana", "chen"],
    });
  });

  it("names the field and its line when it is wrong", () => {
    const problems = readPolicy(
      ["version: 1", "review:", "  repository: not a repo", "  due-in-days: -1"].join("\n"),
    ).problems;
    expect(problems.map((p) => [p.path, p.line])).toEqual(
      expect.arrayContaining([
        ["review.repository", 3],
        ["review.due-in-days", 4],
      ]),
    );
    const comma = readPolicy(["version: 1", "review:", "  labels: ['a,b']"].join("\n")).problems;
    expect(comma[0]?.message).toContain("comma");
    expect(comma[0]?.line).toBe(3);
  });
});
