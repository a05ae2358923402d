/**
 * change-schedule, 1,000 open change requests: the whole run (policy, every open change request
 * with its comments and label events, the schedule issue, the conflict comments and labels),
 * against a budget of requests and GraphQL points — reading 1,000 change requests takes 5 GraphQL
 * requests (200 each, 100 from each end of the list) within GitHub's node limit. The re-run, with
 * everything already right, is in the note.
 */
import { changeRequestFormBody } from "../../packages/core/src/change/changeRequest.fixture";
import { apiFigures, type BenchScenario, requireBundle } from "./framework";

const CRS = 1_000;
/** Pairs of change requests planned on dependent services at the same time. */
const CONFLICTING_PAIRS = 10;

const POLICY = `version: 1
approvals:
  approvers:
    users: [carol]
freeze:
  timezone: Europe/Berlin
services:
${Array.from({ length: 20 }, (_, s) => `  - name: service-${s}\n    paths: ["services/${s}/**"]${s % 2 === 1 ? `\n    depends-on: [service-${s - 1}]` : ""}`).join("\n")}
`;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (offset: number) =>
  new Date(Date.parse("2027-01-01T00:00:00Z") + offset).toISOString().replace(".000Z", "Z");

/** 1,000 change requests, each on its own service and hour, but for CONFLICTING_PAIRS pairs. */
export function scheduleScenario(crs = CRS) {
  const issues = Array.from({ length: crs }, (_, i) => {
    const pair = i < 2 * CONFLICTING_PAIRS;
    // Pairs share an hour on dependent services (2k, 2k+1); the rest are an hour apart.
    const hour = pair ? Math.floor(i / 2) : i;
    const start = at(hour * HOUR);
    const end = at(hour * HOUR + 45 * MINUTE);
    return {
      number: i + 1,
      title: `Change ${i + 1}`,
      author: `dev${i % 7}`,
      labels: ["change-request"],
      createdAt: "2026-12-01T08:00:00Z",
      body: changeRequestFormBody({
        "Services affected": `service-${pair ? (i % 2) + 2 * (Math.floor(i / 2) % 10) : i % 20}`,
        "Planned start": start,
        "Planned end": end,
      }),
      comments: i % 2 === 0 ? [{ author: "carol", body: "/approve", createdAt: "2026-12-02T08:00:00Z" }] : [],
    };
  });
  return {
    now: "2026-12-20T09:00:00Z",
    users: ["carol", ...Array.from({ length: 7 }, (_, i) => `dev${i}`)],
    repos: [
      {
        repo: "acme/shop",
        labels: ["change-request"],
        files: { ".github/gatehouse.yml": POLICY },
        issues,
      },
    ],
  };
}

export const changeScheduleBench: BenchScenario = {
  name: `change-schedule, ${CRS.toLocaleString("en-US")} open CRs`,
  budget: { requests: 14, roundTrips: 11, points: 60 },
  async run(ctx) {
    requireBundle(ctx, "change-schedule");
    const sb = await ctx.sandbox(scheduleScenario());
    sb.latencyMs = 20;
    const runOnce = async () => {
      sb.resetRequests();
      const t0 = performance.now();
      const result = await ctx.runAction("change-schedule", {
        sandbox: sb,
        repository: "acme/shop",
        eventName: "schedule",
        inputs: { days: "60" },
      });
      const ms = performance.now() - t0;
      if (result.exitCode !== 0) {
        throw new Error(`the action failed: ${(result.stdout + result.stderr).trim().split("\n").pop()}`);
      }
      const reads = sb.requests.filter(
        (r) => r.route === "graphql" && (r.graphqlFields ?? []).includes("repository"),
      );
      return {
        ...apiFigures(sb.requests),
        ms,
        conflicts: Number(result.outputs.conflicts),
        maxNodes: Math.max(...reads.map((r) => r.nodeCount ?? 0)),
        crReads: sb.requests.filter(
          (r) => (r.graphqlFields ?? []).filter((f) => f === "repository").length > 0 && (r.cost ?? 0) >= 4,
        ).length,
      };
    };
    const first = await runOnce();
    const again = await runOnce();
    if (first.conflicts !== CONFLICTING_PAIRS)
      throw new Error(`expected ${CONFLICTING_PAIRS} conflicts, the action found ${first.conflicts}`);
    return {
      requests: first.requests,
      roundTrips: first.roundTrips,
      points: first.points,
      samplesMs: [first.ms],
      note: `first run ${first.requests} requests (${first.crReads} reading the ${CRS} change requests), ${first.points} points, largest query ${first.maxNodes.toLocaleString("en-US")} nodes (limit 500,000), ${first.conflicts} conflicts, ${Math.round(first.ms)} ms; re-run ${again.requests} requests, ${Math.round(again.ms)} ms`,
    };
  },
};
