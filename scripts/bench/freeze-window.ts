/**
 * freeze-window: API requests of a frozen deployment overridden by an emergency change request
 * (the policy, sent ahead while the action loads; the list of environments, since the
 * `environment` input must name one of them; then one GraphQL query for the change request and
 * its approvers). The answer time
 * of `gatehouse freeze` from the command line is in cli.ts.
 */
import { apiFigures, type BenchScenario, requireBundle } from "./framework";

const NOW = "2026-12-05T10:00:00Z"; // a Saturday: inside the weekend freeze

const POLICY = `version: 1
approvals:
  approvers: { users: [carol] }
  emergency-approvers: { users: [olivia] }
freeze:
  timezone: Europe/Berlin
  allow-emergency: true
  windows:
    - name: Weekend
      start: "0 18 * * FRI"
      end: "0 6 * * MON"
      environments: [production]
    - name: Nightly batch
      timezone: America/New_York
      start: "0 22 * * *"
      end: "30 1 * * *"
    - name: Year end
      from: 2026-12-24T00:00
      to: 2027-01-02T00:00
`;

const BODY = [
  "### Summary",
  "",
  "Hotfix for checkout",
  "",
  "### Change type",
  "",
  "emergency",
  "",
  "### Risk",
  "",
  "high",
  "",
  "### Services affected",
  "",
  "checkout",
  "",
  "### Implementation plan",
  "",
  "Deploy the fix",
  "",
  "### Back-out plan",
  "",
  "Redeploy the previous release",
  "",
  "### Test evidence",
  "",
  "CI green",
].join("\n");

export const freezeWindowOverrideBench: BenchScenario = {
  name: "freeze-window, emergency override",
  budget: { requests: 3 },
  async run(ctx) {
    requireBundle(ctx, "freeze-window");
    const sb = await ctx.sandbox({
      now: NOW,
      users: ["alice", "carol", "olivia"],
      repos: [
        {
          repo: "acme/shop",
          labels: ["change-request"],
          environments: ["production"],
          files: { ".github/gatehouse.yml": POLICY },
          issues: [
            {
              number: 7,
              title: "Checkout hotfix",
              author: "alice",
              body: BODY,
              createdAt: "2026-12-05T08:00:00Z",
              labels: ["change-request"],
              comments: [{ author: "olivia", body: "/approve", createdAt: "2026-12-05T09:00:00Z" }],
            },
          ],
        },
      ],
    });
    const samples: number[] = [];
    let figures = { requests: 0, roundTrips: 0 };
    for (let i = 0; i < Math.max(1, Math.min(ctx.runs, 5)); i++) {
      sb.resetRequests();
      const t0 = performance.now();
      const result = await ctx.runAction("freeze-window", {
        sandbox: sb,
        repository: "acme/shop",
        inputs: { environment: "production", "change-request": "#7" },
      });
      samples.push(performance.now() - t0);
      if (result.exitCode !== 0 || result.outputs["overridden-by"] === "") {
        throw new Error(
          `the override did not happen: ${(result.stdout + result.stderr).trim().split("\n").pop()}`,
        );
      }
      figures = apiFigures(sb.requests);
    }
    return {
      requests: figures.requests,
      roundTrips: figures.roundTrips,
      samplesMs: samples,
      note: `${figures.requests} requests in ${figures.roundTrips} round trips: the policy (sent ahead while the action loads), the environments (the input must name one), one GraphQL query for the change request`,
    };
  },
};
