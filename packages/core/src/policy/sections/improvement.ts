import type { PolicySection } from "../section";

/** Continuous improvement: what release-metrics reports on (`improvement:` in `.github/gatehouse.yml`). */
export interface ImprovementPolicy {
  /**
   * How many reviews in a row, all successful, make a change template a candidate for pre-approval
   * (an earned standard change). 0 turns the suggestions off. Default 10.
   */
  earnedStandardChanges: number;
  /** The period release-metrics reports on: week (Monday to Monday, UTC) or month. Default week. */
  period: "week" | "month";
  /** How many periods the trend shows, the reported one included. Default 8. */
  periods: number;
}

export const improvementSection: PolicySection<ImprovementPolicy> = {
  key: "improvement",
  property: "improvement",
  schema: {
    type: "object",
    description:
      "Continuous improvement (release-metrics): the period reported on, the trend, and when a change template has earned pre-approval. The inputs of release-metrics win over these.",
    additionalProperties: false,
    properties: {
      "earned-standard-changes": {
        type: "integer",
        minimum: 0,
        maximum: 100,
        description:
          "A change template whose last N post-implementation reviews all succeeded is suggested as a standard (pre-approved) change; people decide. 0 turns the suggestions off. Default 10.",
      },
      period: {
        type: "string",
        enum: ["week", "month"],
        description: "The period each report covers: week (Monday to Monday, UTC) or month. Default week.",
      },
      periods: {
        type: "integer",
        minimum: 1,
        maximum: 52,
        description: "How many periods the trend shows, the reported one included. Default 8.",
      },
    },
  },
  defaults: () => ({ earnedStandardChanges: 10, period: "week", periods: 8 }),
  parse(raw) {
    const r = (raw ?? {}) as {
      "earned-standard-changes"?: number;
      period?: "week" | "month";
      periods?: number;
    };
    return {
      earnedStandardChanges: r["earned-standard-changes"] ?? 10,
      period: r.period ?? "week",
      periods: r.periods ?? 8,
    };
  },
};
