/**
 * The DORA performance band of each figure, from the clusters of the 2023 Accelerate State of
 * DevOps report (elite, high, medium, low), with their edges made contiguous so every value falls in
 * exactly one band:
 *
 * | figure | elite | high | medium | low |
 * |---|---|---|---|---|
 * | deployment frequency | at least daily (on demand) | at least weekly | at least monthly (30 days) | less often |
 * | change lead time (median) | under a day | under a week | under a month (30 days) | longer |
 * | change failure rate | at most 5 % | at most 10 % | at most 15 % | higher |
 * | failed deployment recovery time (median) | under an hour | under a day | under a week | longer |
 *
 * DORA publishes no bands for the deployment rework rate: it has none here either.
 */
import type { DeliveryMetrics } from "./deliveryMetrics";

export type PerformanceBand = "elite" | "high" | "medium" | "low";

export interface FigureBands {
  deploymentFrequency: PerformanceBand;
  leadTime: PerformanceBand | null;
  changeFailureRate: PerformanceBand | null;
  recoveryTime: PerformanceBand | null;
}

const band = (value: number, edges: [number, number, number], higherIsBetter: boolean): PerformanceBand => {
  const [elite, high, medium] = edges;
  if (higherIsBetter)
    return value >= elite ? "elite" : value >= high ? "high" : value >= medium ? "medium" : "low";
  return value < elite ? "elite" : value < high ? "high" : value < medium ? "medium" : "low";
};

/** Successful deployments per day: daily, weekly, monthly. */
export function frequencyBand(perDay: number): PerformanceBand {
  return band(perDay, [1, 1 / 7, 1 / 30], true);
}

/** Median lead time in hours: a day, a week, a month. */
export function leadTimeBand(hours: number): PerformanceBand {
  return band(hours, [24, 24 * 7, 24 * 30], false);
}

/** Change failure rate 0–1: 5 %, 10 %, 15 % (inclusive). */
export function changeFailureBand(rate: number): PerformanceBand {
  return rate <= 0.05 ? "elite" : rate <= 0.1 ? "high" : rate <= 0.15 ? "medium" : "low";
}

/** Median recovery time in hours: an hour, a day, a week. */
export function recoveryBand(hours: number): PerformanceBand {
  return band(hours, [1, 24, 24 * 7], false);
}

export function performanceBands(m: DeliveryMetrics): FigureBands {
  return {
    deploymentFrequency: frequencyBand(m.deploymentFrequency.perDay),
    leadTime: m.leadTime.medianHours === null ? null : leadTimeBand(m.leadTime.medianHours),
    changeFailureRate: m.changeFailureRate.rate === null ? null : changeFailureBand(m.changeFailureRate.rate),
    recoveryTime: m.recoveryTime.medianHours === null ? null : recoveryBand(m.recoveryTime.medianHours),
  };
}
