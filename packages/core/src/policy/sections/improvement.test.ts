import { describe, expect, it } from "vitest";
import { parsePolicy, readPolicy } from "../read";

describe("policy section improvement", () => {
  it("defaults: weekly reports, a trend of 8, templates earn pre-approval after 10 successful reviews", () => {
    expect(parsePolicy("version: 1\n").improvement).toEqual({
      earnedStandardChanges: 10,
      period: "week",
      periods: 8,
    });
  });

  it("reads each setting", () => {
    const policy = parsePolicy(
      ["version: 1", "improvement:", "  earned-standard-changes: 0", "  period: month", "  periods: 12"].join(
        "\n",
      ),
    );
    expect(policy.improvement).toEqual({ earnedStandardChanges: 0, period: "month", periods: 12 });
  });

  it("names the field and its line when it is wrong", () => {
    const problems = readPolicy(
      [
        "version: 1",
        "improvement:",
        "  earned-standard-changes: -1",
        "  period: fortnight",
        "  periods: 53",
      ].join("\n"),
    ).problems;
    expect(problems.map((p) => [p.path, p.line])).toEqual(
      expect.arrayContaining([
        ["improvement.earned-standard-changes", 3],
        ["improvement.period", 4],
        ["improvement.periods", 5],
      ]),
    );
  });
});
