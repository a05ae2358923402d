/**
 * The benchmark scenarios `pnpm bench` runs, in order. Each action adds ONE line for its
 * scenario module (scripts/bench/<scenario>.ts exporting a BenchScenario).
 */
import { bundledActions } from "../lib/actions";
import { changeGateBench } from "./change-gate";
import { coldStart } from "./cold-start";
import type { BenchScenario } from "./framework";
import { freezeCliBench, freezeWindowOverrideBench } from "./freeze-window";
import { latencyBenches } from "./latency";
import { postImplementationReviewBench } from "./post-implementation-review";
import { notesHistoryBench, releaseBundleMemoryBench, releaseBundleRequestsBench } from "./release-bundle";
import { changeGateHugeBench, changeGateLargeBench, releaseBundleLargeBench } from "./scale";

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
    freezeWindowOverrideBench,
    freezeCliBench,
    ...latencyBenches,
    // releaseBundleBench, …
  ];
}
