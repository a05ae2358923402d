import { createClient } from "@gatehouse/github";
import { afterEach, describe, expect, it } from "vitest";
import { BOT, weeksOfDeliveries } from "../../../../scripts/bench/release-metrics";
import { startSandbox } from "../../../sandbox/src/server";
import { measureDelivery } from "./measureDelivery";

let open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});

// Three weeks of deployments from Monday 5 January 2026 (see weeksOfDeliveries).
const delivery = weeksOfDeliveries();
const weeks = [0, 1, 2].map((w) => ({
  from: new Date(Date.parse("2026-01-05T00:00:00Z") + w * 7 * 86_400_000),
  to: new Date(Date.parse("2026-01-12T00:00:00Z") + w * 7 * 86_400_000),
}));

async function measure(over: Partial<Parameters<typeof measureDelivery>[1]> = {}) {
  const sb = await startSandbox(delivery.scenario);
  open.push(sb);
  const client = createClient({ token: sb.token, apiUrl: sb.apiUrl, retries: 0 });
  const result = await measureDelivery(client, {
    repository: "acme/shop",
    environment: "production",
    periods: weeks,
    reviewRepository: "acme/shop",
    trustedCreators: [BOT],
    earnedAfter: 3,
    standardTemplates: [],
    ...over,
  });
  return { sb, result };
}

describe("measureDelivery against the sandbox", () => {
  it("reads what the figures need and gets them exactly right, week by week", async () => {
    const { sb, result } = await measure();
    const { metricsJson } = await import("@gatehouse/core");
    expect(result.metrics.map(metricsJson)).toEqual(weeks.map((w) => delivery.expect(w.from, w.to)));
    // 28 deployments a week, less those created by someone the policy does not trust.
    expect(result.metrics.map((m) => m.deployments.length)).toEqual([25, 26, 23]);
    expect(result.metrics[1]!.leadTime.commits.length).toBeGreaterThan(50);
    // The rollback's range and the one after it are not in one line of history: GitHub's compare.
    expect(result.read.compares).toBeGreaterThanOrEqual(1);
    expect(sb.violations).toEqual([]);
  });

  it("suggests the template whose last 3 reviews all succeeded", async () => {
    const { result } = await measure();
    // Every review names the template's change request, and failures are spread through: whether
    // the last 3 all succeeded is the generator's to say.
    const last3 = [...delivery.reviews]
      .filter((r) => r.changeRequests.some((c) => c.type === "normal"))
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
      .slice(0, 3);
    const earned = last3.every((r) => r.outcome === "success");
    expect(result.earned.suggestions.map((s) => s.template)).toEqual(
      earned ? ["Rotate TLS certificate"] : [],
    );
    const { result: off } = await measure({ standardTemplates: ["rotate tls certificate"] });
    expect(off.earned.suggestions).toEqual([]);
  });
});
