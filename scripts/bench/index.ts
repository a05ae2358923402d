/**
 * The benchmark scenarios `pnpm bench` runs, in order. Each action adds ONE line for its
 * scenario module (scripts/bench/<scenario>.ts exporting a BenchScenario).
 */
import { bundledActions } from "../lib/actions";
import { coldStart } from "./cold-start";
import type { BenchScenario } from "./framework";

export function scenarios(): BenchScenario[] {
  return [
    ...bundledActions().map((a) => coldStart(a.name)),
    // changeGateBench, releaseBundleBench, …
  ];
}
