/**
 * The benchmark scenarios `pnpm bench` runs, in order. Each action adds ONE line for its
 * scenario module (scripts/bench/<scenario>.ts exporting a BenchScenario).
 */
import { bundledActions } from "../lib/actions";
import { appBurstBench } from "./app";
import { changeGateBench } from "./change-gate";
import { changeScheduleBench } from "./change-schedule";
import { freezeCliBench, notesSmallRangeBench } from "./cli";
import { coldStart } from "./cold-start";
import type { BenchScenario } from "./framework";
import { freezeWindowOverrideBench } from "./freeze-window";
import { latencyBenches } from "./latency";
import { postImplementationReviewBench } from "./post-implementation-review";
import { notesHistoryBench, releaseBundleMemoryBench, releaseBundleRequestsBench } from "./release-bundle";
import { releaseMetricsYearBench } from "./release-metrics";
import { changeGateHugeBench, changeGateLargeBench, releaseBundleLargeBench } from "./scale";
import { verifyBench } from "./verify";

export function scenarios(): BenchScenario[] {
  return [
    ...bundledActions().map((a) => coldStart(a.name)),
    postImplementationReviewBench,
    releaseBundleRequestsBench,
    releaseBundleMemoryBench,
    notesHistoryBench,
    changeGateBench,
    changeGateLargeBench,
    changeGateHugeBench,
    releaseBundleLargeBench,
    releaseMetricsYearBench,
    freezeWindowOverrideBench,
    freezeCliBench,
    notesSmallRangeBench,
    ...latencyBenches,
    appBurstBench,
    changeScheduleBench,
    verifyBench,
    // releaseBundleBench, …
  ];
}
