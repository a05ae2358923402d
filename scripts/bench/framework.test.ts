import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { installProbe } from "../../test/fixtures/probe";
import { coldStart } from "./cold-start";
import { apiFigures, formatTable, judge, median, runScenario } from "./framework";

describe("judging a measurement against its budget", () => {
  it("takes the median of the samples", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("passes within budget and says which budget was exceeded", () => {
    expect(judge("a", { requests: 6, ms: 120 }, { requests: 6, samplesMs: [100, 130, 90] })).toMatchObject({
      verdict: "PASS",
      medianMs: 100,
    });
    expect(judge("b", { requests: 6, mb: 150 }, { requests: 7, peakMb: 151.5 })).toMatchObject({
      verdict: "OVER",
      detail: "7 requests > 6, 151.5 MB > 150 MB",
    });
    expect(judge("c", { requests: 6 }, {})).toMatchObject({
      verdict: "ERROR",
      detail: "not measured: requests",
    });
  });

  it("prints one row per scenario with the budget next to each figure", () => {
    const table = formatTable([judge("cold start: x", { ms: 120 }, { samplesMs: [50], peakMb: 40 })]);
    expect(table.split("\n")[2]).toMatch(
      /^cold start: x\s+–\s+–\s+–\s+50\.0 n=1 \(≤ 120\)\s+–\s+40\.0\s+PASS$/,
    );
  });

  it("judges round trips, points and the ratio to a reference measured side by side", () => {
    const r = judge(
      "y",
      { roundTrips: 6, points: 150, ratio: 1 },
      { roundTrips: 7, points: 12, samplesMs: [30, 50, 40], referenceMs: [20, 20, 30] },
    );
    expect(r).toMatchObject({ verdict: "OVER", detail: "7 round trips > 6, 2.00× > 1×", ratio: 2 });
    expect(formatTable([r]).split("\n")[2]).toContain("2.00× (≤ 1×)");
  });

  it("counts sequential round trips and GraphQL points from the sandbox's log", () => {
    const log = [
      { route: "graphql", cost: 3, startMs: 0, endMs: 10 },
      { route: "/repos/{owner}/{repo}", startMs: 1, endMs: 9 },
      { route: "graphql", cost: 1, startMs: 11, endMs: 20 },
    ];
    expect(apiFigures(log)).toEqual({ requests: 3, roundTrips: 2, points: 4 });
  });
});

describe("cold start", () => {
  const root = mkdtempSync(join(tmpdir(), "gatehouse-bench-test-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("times spawn to first API request and measures peak memory", async () => {
    await installProbe(join(root, "actions", "probe"));
    const result = await runScenario(coldStart("probe"), { runs: 3, root });
    expect(result.verdict).not.toBe("ERROR");
    expect(result.samplesMs).toHaveLength(3);
    for (const ms of result.samplesMs ?? []) expect(ms).toBeGreaterThan(5);
    expect(result.peakMb).toBeGreaterThan(10);
  });

  it("reports an action that makes no request as an error", async () => {
    const result = await runScenario(coldStart("missing"), { runs: 1, root });
    expect(result).toMatchObject({ verdict: "ERROR", detail: expect.stringMatching(/^no bundle at /) });
  });
});
