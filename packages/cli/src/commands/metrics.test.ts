import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliveryScenario } from "../../../../scripts/bench/release-metrics";
import { startSandbox } from "../../../sandbox/src/server";
import { runCli } from "../cli";

const delivery = deliveryScenario({
  deployments: 40,
  start: "2026-01-05T09:00:00Z",
  spacingMinutes: 360,
  commitsPerDeployment: 2,
  failEvery: 5,
  reviewFailEvery: 3,
  emergencyEvery: 7,
  untrustedEvery: 11,
  longBranchEvery: 6,
});
let sb: Awaited<ReturnType<typeof startSandbox>>;
beforeAll(async () => {
  sb = await startSandbox(delivery.scenario);
});
afterAll(async () => {
  expect(sb.violations).toEqual([]);
  await sb.close();
});

async function cli(args: string[], env: Record<string, string> = {}) {
  let out = "";
  let err = "";
  const code = await runCli(["metrics", ...args], {
    out: (t) => {
      out += `${t}\n`;
    },
    err: (t) => {
      err += `${t}\n`;
    },
    cwd: process.cwd(),
    env: { GITHUB_TOKEN: sb.token, GITHUB_API_URL: sb.apiUrl, GITHUB_GRAPHQL_URL: sb.graphqlUrl, ...env },
  });
  return { code, out, err };
}

const week = [
  "--repository",
  "acme/shop",
  "--environment",
  "production",
  "--from",
  "2026-01-05",
  "--to",
  "2026-01-12",
];

describe("gatehouse metrics", () => {
  it("--json prints exactly the figures of the period, as the API's records give them", async () => {
    const { code, out } = await cli([...week, "--json"]);
    expect(code).toBe(0);
    const expected = delivery.expect(new Date("2026-01-05T00:00:00Z"), new Date("2026-01-12T00:00:00Z"));
    expect(out).toBe(`${JSON.stringify(expected)}\n`);
    expect(Object.keys(JSON.parse(out))).toEqual([
      "environment",
      "from",
      "to",
      "deployments",
      "successful",
      "failed",
      "deploymentFrequency",
      "leadTime",
      "changeFailureRate",
      "recoveryTime",
      "reworkRate",
    ]);
  });

  it("without --json, a table with the DORA band of each figure", async () => {
    const { code, out } = await cli(week);
    expect(code).toBe(0);
    const json = delivery.expect(new Date("2026-01-05T00:00:00Z"), new Date("2026-01-12T00:00:00Z"));
    expect(out).toContain(
      "Deployments to production in acme/shop, 2026-01-05T00:00:00.000Z → 2026-01-12T00:00:00.000Z",
    );
    expect(out).toMatch(/^Figure +Value +DORA band$/m);
    expect(out).toMatch(
      new RegExp(
        `^Deployment frequency +${json.deploymentFrequency.perWeek} a week \\(${json.deploymentFrequency.perDay} a day\\) +elite$`,
        "m",
      ),
    );
    expect(out).toMatch(/^Change failure rate +[\d.]+ % \(\d+ of \d+\) +low$/m);
    expect(out).toMatch(/^Deployment rework rate +[\d.]+ % +— \(DORA publishes no bands\)$/m);
    expect(out).toContain("Not counted: deployment");
    expect(out).toMatch(/Read \d+ deployments, \d+ reviews and \d+ commits of history in \d+ API requests\./);
  });

  it("a period with no deployments", async () => {
    const { code, out } = await cli([
      ...week.slice(0, 4),
      "--from",
      "2025-06-01",
      "--to",
      "2025-07-01",
      "--json",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      deployments: 0,
      deploymentFrequency: { perWeek: 0, perDay: 0 },
      leadTime: { medianHours: null, p90Hours: null },
      changeFailureRate: null,
      recoveryTime: { medianHours: null },
      reworkRate: null,
    });
  });

  it("usage errors name the option and the fix", async () => {
    expect(
      (await cli(["--environment", "production", "--from", "2026-01-05", "--to", "2026-01-12"])).err,
    ).toContain('--repository must be OWNER/REPO, got ""');
    const backwards = await cli([...week.slice(0, 4), "--from", "2026-01-12", "--to", "2026-01-05"]);
    expect(backwards.code).toBe(2);
    expect(backwards.err).toContain("--to must be after --from");
    const noToken = await cli(week, { GITHUB_TOKEN: "" });
    expect(noToken.code).toBe(2);
    expect(noToken.err).toContain("no token: set GITHUB_TOKEN");
    expect((await cli([...week.slice(0, 6), "--to", "next week"])).err).toContain(
      "--to must be an ISO 8601 date",
    );
  });
});
