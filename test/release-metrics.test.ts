/**
 * release-metrics: the built bundle, run as the runner runs it, against the sandbox. The history is
 * made by the generator of the scale bench, which also says what the figures must be, so every
 * figure checks that what was read through the API is exactly right.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startSandbox } from "../packages/sandbox/src/server";
import type { Issue, Repo } from "../packages/sandbox/src/types";
import { weeksOfDeliveries } from "../scripts/bench/release-metrics";
import { type RunResult, runAction } from "./harness";

// Three weeks of deployments; the sandbox's clock stands on 1 February (see weeksOfDeliveries).
const delivery = weeksOfDeliveries();
const week = (from: string) => ({ from: new Date(from), to: new Date(Date.parse(from) + 7 * 86_400_000) });
const MARKER = "<!-- gatehouse:improvement:acme/shop/production/week/2026-01-19 -->";

let sandboxes: { close(): Promise<void>; violations: unknown[] }[] = [];
afterEach(async () => {
  const violations = sandboxes.flatMap((s) => s.violations);
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
  expect(violations).toEqual([]);
});

async function sandbox(extraIssues: Issue[] = []) {
  const scenario = structuredClone(delivery.scenario);
  scenario.repos![0]!.issues!.push(...(extraIssues as never[]));
  const sb = await startSandbox(scenario);
  sandboxes.push(sb);
  return sb;
}
type Sb = Awaited<ReturnType<typeof sandbox>>;

const shop = (sb: Sb): Repo => sb.state.repos.find((r) => `${r.owner}/${r.name}` === "acme/shop")!;
const improvementIssues = (sb: Sb) => shop(sb).issues.filter((i) => i.body?.includes(MARKER));

function run(sb: Sb, inputs: Record<string, string> = {}) {
  return runAction("release-metrics", {
    sandbox: sb,
    repository: "acme/shop",
    inputs: { environment: "production", periods: "3", ...inputs },
  });
}

function ok(result: RunResult) {
  expect(result.stderr + result.stdout, "the step should succeed").not.toMatch(/::error/);
  expect(result.exitCode).toBe(0);
}

describe("release-metrics", () => {
  it("reports the last ended week exactly, with the trend, and opens its improvement issue", async () => {
    const sb = await sandbox();
    const result = await run(sb);
    ok(result);
    // The sandbox's clock stands a week after the last deployment: the week of 19 January ended last.
    expect(JSON.parse(result.outputs.metrics!)).toEqual(
      delivery.expect(week("2026-01-19T00:00:00Z").from, week("2026-01-19T00:00:00Z").to),
    );
    const [issue, ...more] = improvementIssues(sb);
    expect(more).toEqual([]);
    expect(issue?.title).toBe("Continuous improvement: production, week of 2026-01-19");
    expect(issue?.labels).toEqual(["continuous-improvement"]);
    expect(issue?.user).toBe("github-actions[bot]");
    expect(result.outputs["issue-number"]).toBe(String(issue?.number));
    for (const text of [issue!.body!, result.summary]) {
      expect(text).toContain("## The figures");
      expect(text).toContain("| Deployment frequency |");
      expect(text).toContain("## Trend over 3 weeks");
      expect(text).toContain('  x-axis ["01-05", "01-12", "01-19"]');
      expect(text).toContain("xychart-beta");
      expect(text).toContain("## Failed deployments");
      expect(text).toContain("its review's outcome is failure");
      expect(text).toContain("## Lessons learned");
      expect(text).toContain(
        "not counted — `@mallory` created it, and the policy trusts only `github-actions[bot]`",
      );
    }
    expect(result.summary).toContain(`Issue [acme/shop#${issue!.number}](`);
    expect(result.summary).toMatch(
      /Read \d+ deployments, \d+ reviews and \d+ commits of history .*in \d+ API requests\./,
    );
  });

  it("finds its issue again on a re-run — even with its label removed — and never opens a second", async () => {
    const sb = await sandbox();
    ok(await run(sb));
    const again = await run(sb);
    ok(again);
    expect(again.summary).toContain("already up to date");
    const [issue] = improvementIssues(sb);
    // A triager takes the label off; the next run still finds the issue by its marker.
    sb.store.removeLabel(shop(sb), issue!, "continuous-improvement", "mallory", "2026-01-30T00:00:00Z");
    const third = await run(sb);
    ok(third);
    expect(improvementIssues(sb)).toHaveLength(1);
    expect(third.outputs["issue-number"]).toBe(String(issue!.number));
  });

  it("does not take over an issue someone else opened with its marker", async () => {
    const forged = {
      number: 9001,
      title: "Continuous improvement: production, week of 2026-01-19",
      body: `${MARKER}\nAll elite, nothing to see.`,
      author: "mallory",
      labels: ["continuous-improvement"],
      createdAt: "2026-01-26T08:00:00Z",
    };
    const sb = await sandbox([forged as unknown as Issue]);
    const result = await run(sb);
    ok(result);
    const ours = improvementIssues(sb).filter((i) => i.user === "github-actions[bot]");
    expect(ours).toHaveLength(1);
    expect(shop(sb).issues.find((i) => i.number === 9001)?.body).toBe(forged.body);
    expect(result.outputs["issue-number"]).toBe(String(ours[0]!.number));
  });

  it("issue: false writes nothing; a month's report reads the same records", async () => {
    const sb = await sandbox();
    const before = shop(sb).issues.length;
    const result = await run(sb, { issue: "false", period: "month", periods: "1" });
    ok(result);
    expect(shop(sb).issues.length).toBe(before);
    expect(result.outputs["issue-number"]).toBe("");
    // Now is 1 February: the last ended month is January, every deployment of the history.
    expect(JSON.parse(result.outputs.metrics!)).toEqual(
      delivery.expect(new Date("2026-01-01T00:00:00Z"), new Date("2026-02-01T00:00:00Z")),
    );
    expect(sb.requests.filter((r) => r.method !== "GET" && r.route !== "graphql")).toEqual([]);
  });

  it("suggests the template whose last reviews all succeeded, for people to decide", async () => {
    const sb = await sandbox();
    const result = await run(sb);
    ok(result);
    const last3 = [...delivery.reviews]
      .filter((r) => r.changeRequests.some((c) => c.type === "normal"))
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
      .slice(0, 3);
    const earned = last3.every((r) => r.outcome === "success") ? ["Rotate TLS certificate"] : [];
    expect(JSON.parse(result.outputs["earned-standard-changes"]!)).toEqual(earned);
    expect(result.summary).toContain("## Earned standard changes");
  });

  it("a wrong input names the input and the fix", async () => {
    const sb = await sandbox();
    const result = await run(sb, { period: "fortnight" });
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).toContain('Input "period" must be week or month (got "fortnight").');
  });
});
