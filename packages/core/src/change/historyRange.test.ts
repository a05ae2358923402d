import { describe, expect, it } from "vitest";
import { type GraphCommit, rangeInGraph } from "./historyRange";

const graphOf = (commits: [sha: string, parents: string[], hour: number][]) =>
  new Map<string, GraphCommit>(
    commits.map(([sha, parents, hour]) => [
      sha,
      { sha, parents, committedAt: new Date(Date.UTC(2026, 2, 1, hour)).toISOString() },
    ]),
  );
const shas = (r: ReturnType<typeof rangeInGraph>) => (r.complete ? r.commits.map((c) => c.sha) : r);

describe("rangeInGraph", () => {
  // r ← a ← b ← c ← d
  const linear = graphOf([
    ["r", [], 0],
    ["a", ["r"], 1],
    ["b", ["a"], 2],
    ["c", ["b"], 3],
    ["d", ["c"], 4],
  ]);

  it("a straight line: the commits after the base, newest first", () => {
    // GitHub counts 5 commits in d's history and 3 in b's: 2 in the range.
    expect(shas(rangeInGraph(linear, "b", "d", 2))).toEqual(["d", "c"]);
    expect(shas(rangeInGraph(linear, "d", "d", 0))).toEqual([]);
  });

  it("needs nothing below the base, not even the base itself", () => {
    const top = new Map([...linear].filter(([sha]) => sha === "c" || sha === "d"));
    expect(shas(rangeInGraph(top, "b", "d", 2))).toEqual(["d", "c"]);
  });

  it("a merged branch that started long before the base is in the range whole", () => {
    // f1 ← f2 branched from r before a; m merges it after b.
    const merged = graphOf([
      ["r", [], 0],
      ["f1", ["r"], 1],
      ["a", ["r"], 2],
      ["f2", ["f1"], 3],
      ["b", ["a"], 4],
      ["m", ["b", "f2"], 5],
    ]);
    expect(shas(rangeInGraph(merged, "b", "m", 3))).toEqual(["m", "f2", "f1"]);
    // With f1 not read yet, the walk says what it needs.
    const partial = new Map([...merged].filter(([sha]) => sha !== "f1"));
    expect(rangeInGraph(partial, "b", "m", 3)).toEqual({ complete: false, missing: ["f1"] });
  });

  it("the head not read yet", () => {
    expect(rangeInGraph(new Map(), "a", "d", 1)).toEqual({ complete: false, missing: ["d"] });
  });

  it("GitHub's count is the proof: a rollback or a diverged base never passes for a range", () => {
    // Deploying b after d: b's history is shorter, the count negative.
    expect(rangeInGraph(linear, "d", "b", -2)).toEqual({ complete: false, missing: [] });
    // A base on another branch: the walk runs to the root, the count differs.
    const forked = graphOf([
      ["r", [], 0],
      ["x", ["r"], 1],
      ["y", ["r"], 2],
    ]);
    expect(rangeInGraph(forked, "x", "y", 0)).toEqual({ complete: false, missing: [] });
  });

  it("a committer clock that runs wrong: what the base reaches later is taken back out", () => {
    // b was committed with a clock an hour behind x, its parent; h merges p and b.
    const skewed = graphOf([
      ["r", [], 0],
      ["x", ["r"], 10],
      ["b", ["x"], 1],
      ["p", ["x"], 15],
      ["h", ["p", "b"], 20],
    ]);
    expect(shas(rangeInGraph(skewed, "b", "h", 2))).toEqual(["h", "p"]);
  });
});
