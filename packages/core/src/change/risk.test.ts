import { describe, expect, it } from "vitest";
import { assessRangeRisk, highestRisk, onlyExemptPaths, pathMatcher, raiseRisk } from "./risk";

const file = (path: string, additions = 1, deletions = 0, previousPath?: string) => ({
  path,
  additions,
  deletions,
  ...(previousPath ? { previousPath } : {}),
});

describe("risk levels", () => {
  it("takes the highest, low when there is none, and raises one level up to high", () => {
    expect(highestRisk([])).toBe("low");
    expect(highestRisk(["low", "high", "medium"])).toBe("high");
    expect(highestRisk(["medium", "low"])).toBe("medium");
    expect(raiseRisk("low")).toBe("medium");
    expect(raiseRisk("medium")).toBe("high");
    expect(raiseRisk("high")).toBe("high");
  });
});

describe("onlyExemptPaths", () => {
  const exempt = ["docs/**", "**/*.md"];
  it.each([
    [["docs/guide.md", "README.md", "src/a/NOTES.md"], true],
    [["docs/deep/er/x.png"], true],
    [["docs/x.md", "src/app.ts"], false],
    [[], false],
    [undefined, false],
    [["documentation/x.txt"], false],
  ])("%j → %s", (paths, expected) => {
    expect(onlyExemptPaths(paths, exempt)).toBe(expected);
  });
  it("exempts nothing without exempt paths", () => {
    expect(onlyExemptPaths(["docs/a.md"], [])).toBe(false);
  });
  it("matches dotfiles", () => {
    expect(pathMatcher([".github/**"])(".github/workflows/ci.yml")).toBe(true);
    expect(pathMatcher(["**/*.yml"])(".github/workflows/ci.yml")).toBe(true);
  });
});

describe("assessRangeRisk", () => {
  const policy = {
    sensitivePaths: ["infra/**", ".github/workflows/**"],
    largeChange: { files: 3, lines: 100 },
  };

  it("is not raised for a small change away from sensitive paths", () => {
    expect(assessRangeRisk([file("src/a.ts"), file("src/b.ts")], policy)).toMatchObject({
      raised: false,
      reasons: [],
    });
  });

  it("is raised by a sensitive path, renames included", () => {
    const r = assessRangeRisk([file("src/a.ts"), file("ops/main.tf", 1, 0, "infra/main.tf")], policy);
    expect(r.raised).toBe(true);
    expect(r.sensitivePaths).toEqual(["infra/main.tf"]);
    expect(r.reasons).toEqual(["it touches sensitive paths (`infra/main.tf`)"]);
  });

  it("lists at most three sensitive paths", () => {
    const r = assessRangeRisk(
      ["a", "b", "c", "d"].map((n) => file(`infra/${n}.tf`)),
      { ...policy, largeChange: {} },
    );
    expect(r.reasons).toEqual([
      "it touches sensitive paths (`infra/a.tf`, `infra/b.tf`, `infra/c.tf` and 1 more)",
    ]);
  });

  it("is raised by a large change, by files or by lines", () => {
    const many = assessRangeRisk([file("a"), file("b"), file("c"), file("d")], policy);
    expect(many.reasons).toEqual(["it is a large change: 4 files changed (large-change: more than 3)"]);
    const long = assessRangeRisk([file("a", 60, 41)], policy);
    expect(long.reasons).toEqual(["it is a large change: 101 lines changed (large-change: more than 100)"]);
    const atLimit = assessRangeRisk([file("a", 50, 50), file("b"), file("c")], {
      ...policy,
      largeChange: { files: 3, lines: 103 },
    });
    expect(atLimit.raised).toBe(false);
  });

  it("counts files beyond a cut-short list", () => {
    expect(assessRangeRisk([file("a")], policy, { totalFiles: 400 }).large).toBe(true);
  });

  it("is never raised by an empty policy", () => {
    expect(
      assessRangeRisk([file("infra/x", 5000, 5000)], { sensitivePaths: [], largeChange: {} }).raised,
    ).toBe(false);
  });
});
