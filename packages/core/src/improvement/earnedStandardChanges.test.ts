import { describe, expect, it } from "vitest";
import type { ReviewRecord } from "../review/reviewRecord";
import { earnedStandardChanges } from "./earnedStandardChanges";

const review = (n: number, outcome: ReviewRecord["outcome"], crs: number[], day: number): ReviewRecord => ({
  key: `acme/shop/production/${n}`,
  runId: n,
  number: n,
  url: `https://github.com/acme/shop/issues/${n}`,
  title: "",
  createdAt: `2026-03-${String(day).padStart(2, "0")}T10:00:00Z`,
  author: "github-actions[bot]",
  outcome,
  changeRequests: crs.map((number) => ({ repository: "acme/shop", number, type: "normal" as const })),
  checklist: [],
  lessons: null,
});

// CRs 1–4 name "Rotate TLS certificate", 5–6 "Scale the cache", 7 "Already standard".
const templates = new Map([
  ["acme/shop#1", "Rotate TLS certificate"],
  ["acme/shop#2", "rotate tls certificate "],
  ["acme/shop#3", "Rotate TLS certificate"],
  ["acme/shop#4", "Rotate TLS certificate"],
  ["acme/shop#5", "Scale the cache"],
  ["acme/shop#6", "Scale the cache"],
  ["acme/shop#7", "Already standard"],
]);

describe("earnedStandardChanges", () => {
  const reviews = [
    review(10, "failure", [1], 1), // an old failure, beyond the last 3
    review(11, "success", [2], 2),
    review(12, "success", [3, 8], 3),
    review(13, "success", [4], 4),
    review(14, "success", [5], 5),
    review(15, "failure", [6], 6),
    review(16, "success", [7], 7),
    review(17, "success", [7], 8),
    review(18, "success", [7], 9),
  ];
  it("suggests a template whose last N reviews all succeeded, with them as evidence", () => {
    const earned = earnedStandardChanges({ reviews, templates, standard: ["Already Standard"], after: 3 });
    expect(earned.suggestions).toEqual([
      {
        template: "Rotate TLS certificate",
        reviews: [13, 12, 11].map((n) => ({
          number: n,
          url: `https://github.com/acme/shop/issues/${n}`,
          createdAt: `2026-03-${String(n - 9).padStart(2, "0")}T10:00:00Z`,
          changeRequest: `acme/shop#${n - 9}`,
        })),
      },
    ]);
  });
  it("not before N reviews, not after a failure among them, not when already standard, not when off", () => {
    expect(
      earnedStandardChanges({ reviews, templates, standard: [], after: 4 }).suggestions.map(
        (s) => s.template,
      ),
    ).toEqual([]);
    expect(
      earnedStandardChanges({ reviews, templates, standard: [], after: 3 }).suggestions.map(
        (s) => s.template,
      ),
    ).toEqual(["Already standard", "Rotate TLS certificate"]);
    expect(earnedStandardChanges({ reviews, templates, standard: [], after: 0 }).suggestions).toEqual([]);
    expect(earnedStandardChanges({ reviews: [], templates, standard: [], after: 1 }).suggestions).toEqual([]);
  });
});
