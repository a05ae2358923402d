/** A week of deployments to production, with hand-computed figures (see deliveryMetrics.test.ts). */
import type { ReviewRecord } from "../review/reviewRecord";
import type { DeploymentHistoryRecord, MetricsInput } from "./deliveryMetrics";

export const BOT = "github-actions[bot]";
const run = (id: number) => `https://github.com/acme/shop/actions/runs/${id}/job/9${id}`;

export function dep(
  id: number,
  sha: string,
  createdAt: string,
  statuses: [state: string, at: string, by?: string][],
  creator = BOT,
): DeploymentHistoryRecord {
  return {
    id,
    sha,
    createdAt,
    creator,
    statuses: statuses.map(([state, at, by]) => ({
      state,
      createdAt: at,
      creator: by ?? BOT,
      logUrl: run(100 + id),
    })),
  };
}

export function review(
  runId: number,
  outcome: ReviewRecord["outcome"],
  crs: ReviewRecord["changeRequests"] = [],
  author = BOT,
): ReviewRecord {
  return {
    key: `acme/shop/production/${runId}`,
    runId,
    number: 500 + runId,
    url: `https://github.com/acme/shop/issues/${500 + runId}`,
    title: `PIR: production run ${runId}`,
    createdAt: "2026-03-08T00:00:00Z",
    author,
    outcome,
    changeRequests: crs,
    checklist: [],
    lessons: null,
  };
}

// The week of Monday 2 March 2026, UTC. Hand-computed below, deployment by deployment.
export const FROM = new Date("2026-03-02T00:00:00Z");
export const TO = new Date("2026-03-09T00:00:00Z");
export const deployments = [
  // Before the period: the previous successful deployment, later marked inactive.
  dep(1, "a1", "2026-02-27T10:00:00Z", [
    ["in_progress", "2026-02-27T10:00:00Z"],
    ["success", "2026-02-27T10:10:00Z"],
    ["inactive", "2026-03-02T09:30:00Z"],
  ]),
  // Success at 09:30, inactive later: still a success.
  dep(2, "b2", "2026-03-02T09:00:00Z", [
    ["success", "2026-03-02T09:30:00Z"],
    ["inactive", "2026-03-04T10:20:00Z"],
  ]),
  // Failed by its status at 09:20.
  dep(3, "c3", "2026-03-03T09:00:00Z", [["failure", "2026-03-03T09:20:00Z"]]),
  // Succeeded at 12:20, but its review's outcome is failure.
  dep(4, "d4", "2026-03-03T12:00:00Z", [["success", "2026-03-03T12:20:00Z"]]),
  // Success at 10:20 the next day, covering an emergency change: recovers 3 and 4.
  dep(5, "e5", "2026-03-04T10:00:00Z", [["success", "2026-03-04T10:20:00Z"]]),
  // Created by someone the policy does not trust.
  dep(6, "f6", "2026-03-05T10:00:00Z", [["success", "2026-03-05T10:05:00Z"]], "mallory"),
  // Marked successful only by someone the policy does not trust.
  dep(7, "g7", "2026-03-06T10:00:00Z", [["success", "2026-03-06T10:05:00Z", "mallory"]]),
  // Failed with an error at 11:05.
  dep(8, "h8", "2026-03-06T11:00:00Z", [["error", "2026-03-06T11:05:00Z"]]),
  // Never finished.
  dep(9, "i9", "2026-03-07T11:00:00Z", [["in_progress", "2026-03-07T11:01:00Z"]]),
  // After the period: recovers 8, 3 days 21 hours after its error.
  dep(10, "j10", "2026-03-10T08:00:00Z", [["success", "2026-03-10T08:05:00Z"]]),
];
export const reviews = [
  review(104, "failure"),
  review(105, "success", [
    { repository: "acme/shop", number: 12, type: "normal" },
    { repository: "acme/changes", number: 3, type: "emergency" },
  ]),
];
export const ranges = new Map([
  // Deployment 2 at 09:30: c1 committed 24 h before, c2 2 h before.
  [
    2,
    [
      { sha: "c1", committedAt: "2026-03-01T09:30:00Z" },
      { sha: "c2", committedAt: "2026-03-02T07:30:00Z" },
    ],
  ],
  // Deployment 5 at 10:20 the 4th: c3 26 h before, c4 1 h before; c2 was first deployed by 2.
  [
    5,
    [
      { sha: "c2", committedAt: "2026-03-02T07:30:00Z" },
      { sha: "c3", committedAt: "2026-03-03T08:20:00Z" },
      { sha: "c4", committedAt: "2026-03-04T09:20:00Z" },
    ],
  ],
]);
export const input: MetricsInput = {
  repository: "acme/shop",
  environment: "production",
  from: FROM,
  to: TO,
  deployments,
  reviews,
  ranges,
  trustedCreators: [BOT],
};
