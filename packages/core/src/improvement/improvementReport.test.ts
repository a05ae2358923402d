import { describe, expect, it } from "vitest";
import { computeDeliveryMetrics } from "./deliveryMetrics";
import {
  formatHours,
  improvementIdentity,
  renderImprovementIssue,
  renderImprovementReport,
} from "./improvementReport";
import { input, reviews } from "./metrics.fixture";
import { endedPeriods } from "./periods";

const [before, week] = endedPeriods(new Date("2026-03-10T12:00:00Z"), "week", 2) as [
  ReturnType<typeof endedPeriods>[number],
  ReturnType<typeof endedPeriods>[number],
];
const metrics = computeDeliveryMetrics(input);
const earlier = computeDeliveryMetrics({ ...input, from: before.from, to: before.to });
const withLessons = reviews.map((r) =>
  r.runId === 104
    ? {
        ...r,
        lessons: "Run the migration first. Ask @oncall <script>x</script>",
        checklist: [
          { item: "The change met its objectives", done: true },
          { item: "Lessons learned are recorded", done: false },
        ],
      }
    : r,
);
const report = {
  repository: "acme/shop",
  environment: "production",
  serverUrl: "https://github.com",
  trend: [
    { period: before, metrics: earlier },
    { period: week, metrics },
  ],
  reviews: withLessons,
  earned: {
    after: 3,
    suggestions: [
      {
        template: "Rotate *TLS* certificate",
        reviews: [
          {
            number: 9,
            url: "https://github.com/acme/shop/issues/9",
            createdAt: "",
            changeRequest: "acme/shop#2",
          },
        ],
      },
    ],
  },
};

describe("the improvement report", () => {
  const text = renderImprovementReport(report);

  it("gives each figure with its band and the deployments it came from", () => {
    expect(text).toContain("| Deployments | 5 (2 successful, 3 failed) | | deployments 2, 3, 4, 5, 8 |");
    expect(text).toContain(
      "| Deployment frequency | 2 a week (0.29 a day) | High | successful deployments 2, 5 |",
    );
    expect(text).toContain(
      "| Change lead time | median 13 h, 90th percentile 26 h | Elite | 4 commits of 2 deployments |",
    );
    expect(text).toContain("| Change failure rate | 60 % (3 of 5) | Low | failed deployments 3, 4, 8 |");
    expect(text).toContain("| Failed deployment recovery time | median 25 h | Medium | 3 recovered |");
    expect(text).toContain(
      "| Deployment rework rate | 20 % (1 of 5) | — | deployments covering an emergency change: 5 |",
    );
  });

  it("draws the trend as Mermaid xycharts, a period without a value at 0", () => {
    expect(text).toContain("## Trend over 2 weeks");
    expect(text).toContain(
      '```mermaid\nxychart-beta\n  title "Deployments a week: successful (bars), failed (line)"\n  x-axis ["02-23", "03-02"]',
    );
    expect(text).toContain("  bar [1, 2]\n  line [0, 3]");
    expect(text).toContain('  title "Change lead time, median (hours)"');
    expect(text).toContain("  line [0, 13]");
    expect(text).toContain("| week of 2026-02-23 | 1 (0 failed) | 1 | — | 0 % | — | 0 % |");
  });

  it("lists the failed deployments with why, their review and their recovery", () => {
    expect(text).toContain(
      "| 4 ([`d4`](https://github.com/acme/shop/commit/d4), 2026-03-03 12:00 UTC) | its review's outcome is failure | [#604](https://github.com/acme/shop/issues/604) (1 checklist item open) | — | 5, after 22 h |",
    );
    expect(text).toContain("| its final status is error | no review found | — | 10, after 3.9 d |");
  });

  it("collects the lessons learned, escaped so they ping nobody and inject nothing", () => {
    expect(text).toContain(
      "- [#604](https://github.com/acme/shop/issues/604), deployment 4 (failure):\n  Run the migration first.",
    );
    // A mention becomes code (nobody is notified), HTML is escaped.
    expect(text).toContain("Ask `@oncall` \\<script>x\\</script>");
    expect(text).not.toMatch(/[^`]@oncall/);
    expect(text).not.toMatch(/[^\\]<script>/);
    expect(text).toContain(
      "Reviews with checklist items still open: [#604](https://github.com/acme/shop/issues/604) (1).",
    );
  });

  it("suggests earned standard changes for people to decide", () => {
    expect(text).toContain("| Rotate \\*TLS\\* certificate | [#9](https://github.com/acme/shop/issues/9) |");
    expect(text).toContain("Gatehouse never does");
  });

  it("says what was left out and why", () => {
    expect(text).toContain(
      "- Deployment 6 ([`f6`](https://github.com/acme/shop/commit/f6), 2026-03-05): not counted — `@mallory` created it, and the policy trusts only `github-actions[bot]`",
    );
    expect(text).toContain("- Deployment 9");
  });

  it("is one issue per repository, environment and period, found again by its marker", () => {
    const issue = renderImprovementIssue(report);
    expect(issue.title).toBe("Continuous improvement: production, week of 2026-03-02");
    expect(
      issue.body.startsWith("<!-- gatehouse:improvement:acme/shop/production/week/2026-03-02 -->\n> [!NOTE]"),
    ).toBe(true);
    expect(improvementIdentity("Acme/Shop", "Production", week).key).toBe(
      "acme/shop/production/week/2026-03-02",
    );
  });

  it("hours in words", () => {
    expect([0.25, 1, 13, 47.9, 48, 93].map(formatHours)).toEqual([
      "15 min",
      "1 h",
      "13 h",
      "47.9 h",
      "2 d",
      "3.9 d",
    ]);
    expect(formatHours(null)).toBe("—");
  });
});
