import { describe, expect, it } from "vitest";
import { marker } from "../markdown";
import {
  computeDeliveryMetrics,
  finalStatus,
  median,
  metricsJson,
  percentile,
  rangesNeeded,
  runIdOfLogUrl,
} from "./deliveryMetrics";
import { BOT, dep, deployments, input, review, reviews } from "./metrics.fixture";
import {
  changeFailureBand,
  frequencyBand,
  leadTimeBand,
  performanceBands,
  recoveryBand,
} from "./performanceBands";

describe("computeDeliveryMetrics", () => {
  const m = computeDeliveryMetrics(input);

  it("counts the deployments of the period that a trusted identity made and finished", () => {
    expect(m.deployments.map((d) => [d.id, d.result, d.failedBecause])).toEqual([
      [2, "success", null],
      [3, "failure", "status failure"],
      [4, "failure", "review"],
      [5, "success", null],
      [8, "failure", "status error"],
    ]);
    expect(m.successful).toBe(2);
    expect(m.failed).toBe(3);
    expect(m.leftOut.map((d) => [d.id, d.reason])).toEqual([
      [
        6,
        "`@mallory` created it, and the policy trusts only `github-actions[bot]` (`deployments.trusted-creators`).",
      ],
      [7, "it has no status a trusted identity set."],
      [9, "its final status is in_progress, not success, failure or error."],
    ]);
  });

  it("deployment frequency: 2 successful deployments in 7 days", () => {
    expect(m.deploymentFrequency.perWeek).toBe(2);
    expect(m.deploymentFrequency.perDay).toBeCloseTo(2 / 7, 12);
    expect(m.deploymentFrequency.deploymentIds).toEqual([2, 5]);
  });

  it("change lead time: each commit once, from its committer date to the success that first deployed it", () => {
    expect(m.leadTime.commits).toEqual([
      { sha: "c1", deploymentId: 2, hours: 24 },
      { sha: "c2", deploymentId: 2, hours: 2 },
      { sha: "c3", deploymentId: 5, hours: 26 },
      { sha: "c4", deploymentId: 5, hours: 1 },
    ]);
    // [1, 2, 24, 26]: median (2 + 24) / 2; 90th percentile by nearest rank: the 4th of 4.
    expect(m.leadTime.medianHours).toBe(13);
    expect(m.leadTime.p90Hours).toBe(26);
  });

  it("change failure rate: 3 failed (a failure, a review failure, an error) of 5", () => {
    expect(m.changeFailureRate.rate).toBe(0.6);
    expect(m.changeFailureRate.failedIds).toEqual([3, 4, 8]);
  });

  it("recovery time: to the next successful deployment, even after the period", () => {
    expect(m.recoveryTime.recoveries).toEqual([
      // 3 failed at 09:20 on the 3rd; 5 succeeded at 10:20 on the 4th (4 failed by review: not a recovery).
      { deploymentId: 3, recoveredBy: 5, hours: 25 },
      { deploymentId: 4, recoveredBy: 5, hours: 22 },
      // 8 errored at 11:05 on the 6th; 10 succeeded at 08:05 on the 10th.
      { deploymentId: 8, recoveredBy: 10, hours: 93 },
    ]);
    expect(m.recoveryTime.medianHours).toBe(25);
  });

  it("rework rate: 1 of 5 deployments covered an emergency change", () => {
    expect(m.reworkRate.rate).toBe(0.2);
    expect(m.reworkRate.deploymentIds).toEqual([5]);
    expect(m.deployments.find((d) => d.id === 5)?.changeRequests).toEqual(["acme/shop#12", "acme/changes#3"]);
  });

  it("prints exactly the JSON shape of gatehouse metrics", () => {
    expect(JSON.stringify(metricsJson(m))).toBe(
      JSON.stringify({
        environment: "production",
        from: "2026-03-02T00:00:00.000Z",
        to: "2026-03-09T00:00:00.000Z",
        deployments: 5,
        successful: 2,
        failed: 3,
        deploymentFrequency: { perWeek: 2, perDay: 0.2857 },
        leadTime: { medianHours: 13, p90Hours: 26 },
        changeFailureRate: 0.6,
        recoveryTime: { medianHours: 25 },
        reworkRate: 0.2,
      }),
    );
  });

  it("a period with no deployments measures nothing but the frequency", () => {
    const empty = computeDeliveryMetrics({
      ...input,
      from: new Date("2026-01-05T00:00:00Z"),
      to: new Date("2026-01-12T00:00:00Z"),
    });
    expect(metricsJson(empty)).toEqual({
      environment: "production",
      from: "2026-01-05T00:00:00.000Z",
      to: "2026-01-12T00:00:00.000Z",
      deployments: 0,
      successful: 0,
      failed: 0,
      deploymentFrequency: { perWeek: 0, perDay: 0 },
      leadTime: { medianHours: null, p90Hours: null },
      changeFailureRate: null,
      recoveryTime: { medianHours: null },
      reworkRate: null,
    });
    expect(computeDeliveryMetrics({ ...input, deployments: [], reviews: [] }).deployments).toEqual([]);
  });

  it("a period with no failures: rate 0, nothing to recover", () => {
    const calm = computeDeliveryMetrics({
      ...input,
      deployments: deployments.filter((d) => [1, 2, 5].includes(d.id)),
    });
    expect(calm.changeFailureRate.rate).toBe(0);
    expect(calm.recoveryTime).toEqual({ medianHours: null, recoveries: [] });
    expect(calm.reworkRate.rate).toBe(0.5);
  });

  it("a failure never recovered is listed, not measured", () => {
    const stuck = computeDeliveryMetrics({ ...input, deployments: deployments.filter((d) => d.id !== 10) });
    expect(stuck.recoveryTime.recoveries.at(-1)).toEqual({ deploymentId: 8, recoveredBy: null, hours: null });
    // [25, 22] left: median 23.5.
    expect(stuck.recoveryTime.medianHours).toBe(23.5);
    const only = computeDeliveryMetrics({
      ...input,
      deployments: [deployments[7]!],
      reviews: [],
      ranges: new Map(),
    });
    expect(only.recoveryTime).toEqual({
      medianHours: null,
      recoveries: [{ deploymentId: 8, recoveredBy: null, hours: null }],
    });
    expect(only.changeFailureRate.rate).toBe(1);
  });

  it("a review opened by someone the policy does not trust changes nothing", () => {
    const forged = computeDeliveryMetrics({
      ...input,
      reviews: [review(104, "failure", [], "mallory"), reviews[1]!],
    });
    expect(forged.deployments.find((d) => d.id === 4)?.result).toBe("success");
    expect(forged.failed).toBe(2);
  });

  it("the first successful deployment ever has no known range", () => {
    const first = computeDeliveryMetrics({ ...input, deployments: deployments.slice(1), ranges: new Map() });
    expect(first.leadTime.unknownRanges).toEqual([2, 5]);
    expect(first.leadTime.medianHours).toBeNull();
  });
});

describe("rangesNeeded", () => {
  it("pairs each successful deployment of the period with the previous successful one", () => {
    expect(rangesNeeded(input)).toEqual([
      { deploymentId: 2, base: "a1", head: "b2" },
      // 4 failed by its review: 5's range starts at 2.
      { deploymentId: 5, base: "b2", head: "e5" },
    ]);
    expect(rangesNeeded({ ...input, deployments: deployments.slice(1) })[0]).toEqual({
      deploymentId: 2,
      base: null,
      head: "b2",
    });
  });
});

describe("finalStatus", () => {
  const trust = { trustedCreators: [BOT] };
  it("a later inactive does not change a success; a later failure does", () => {
    expect(finalStatus(deployments[0]!, trust)).toMatchObject({
      state: "success",
      at: "2026-02-27T10:10:00Z",
    });
    const refailed = dep(11, "k", "2026-03-02T00:00:00Z", [
      ["success", "2026-03-02T01:00:00Z"],
      ["failure", "2026-03-02T02:00:00Z"],
      ["inactive", "2026-03-02T03:00:00Z"],
    ]);
    expect(finalStatus(refailed, trust).state).toBe("failure");
  });
  it("statuses set in the same second: the later one listed wins", () => {
    const same = dep(12, "l", "2026-03-02T00:00:00Z", [
      ["in_progress", "2026-03-02T01:00:00Z"],
      ["success", "2026-03-02T01:00:00Z"],
    ]);
    expect(finalStatus(same, trust).state).toBe("success");
  });
  it("a status set by someone else is not believed, whatever it says", () => {
    const tampered = dep(13, "m", "2026-03-02T00:00:00Z", [
      ["success", "2026-03-02T01:00:00Z"],
      ["failure", "2026-03-02T02:00:00Z", "mallory"],
    ]);
    expect(finalStatus(tampered, trust).state).toBe("success");
  });
  it("the run comes from the log URL of a trusted status", () => {
    expect(runIdOfLogUrl("https://github.com/o/r/actions/runs/123/job/456")).toBe(123);
    expect(runIdOfLogUrl("https://github.com/o/r/actions/runs/123")).toBe(123);
    expect(runIdOfLogUrl("https://example.com/deploys/123")).toBeNull();
    expect(runIdOfLogUrl(null)).toBeNull();
    expect(finalStatus(deployments[1]!, trust).runId).toBe(102);
  });
});

describe("median and percentile", () => {
  it("by hand", () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([], 90)).toBeNull();
    // Nearest rank: ceil(0.9 × 10) = 9th value.
    expect(percentile([10, 1, 2, 3, 4, 5, 6, 7, 8, 9], 90)).toBe(9);
    expect(percentile([7], 90)).toBe(7);
    // ceil(0.9 × 11) = 10th value.
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
  });
});

describe("performance bands", () => {
  it("puts each figure in one DORA band, edges included where the report says 'at least'", () => {
    expect([3, 1, 0.5, 1 / 7, 0.1, 1 / 30, 0.01].map(frequencyBand)).toEqual([
      "elite",
      "elite",
      "high",
      "high",
      "medium",
      "medium",
      "low",
    ]);
    expect([0.5, 23.9, 24, 167, 168, 719, 720].map(leadTimeBand)).toEqual([
      "elite",
      "elite",
      "high",
      "high",
      "medium",
      "medium",
      "low",
    ]);
    expect([0, 0.05, 0.06, 0.1, 0.15, 0.16].map(changeFailureBand)).toEqual([
      "elite",
      "elite",
      "high",
      "high",
      "medium",
      "low",
    ]);
    expect([0.5, 1, 23, 24, 167, 168].map(recoveryBand)).toEqual([
      "elite",
      "high",
      "high",
      "medium",
      "medium",
      "low",
    ]);
  });
  it("no band where nothing was measured", () => {
    const m = computeDeliveryMetrics(input);
    expect(performanceBands(m)).toEqual({
      deploymentFrequency: "high",
      leadTime: "elite",
      changeFailureRate: "low",
      recoveryTime: "medium",
    });
    const empty = computeDeliveryMetrics({ ...input, deployments: [] });
    expect(performanceBands(empty)).toEqual({
      deploymentFrequency: "low",
      leadTime: null,
      changeFailureRate: null,
      recoveryTime: null,
    });
  });
});

// The review marker the review issue carries is the key readReviewRecord returns.
it("review keys are the post-implementation review's", () => {
  expect(marker("pir", "acme/shop/production/104")).toBe("<!-- gatehouse:pir:acme/shop/production/104 -->");
});
