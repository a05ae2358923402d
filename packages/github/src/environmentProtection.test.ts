import { describe, expect, it } from "vitest";
import type { GitHubClient } from "./client";
import { MAX_BRANCH_PATTERNS, readEnvironmentProtection } from "./environmentProtection";

/** The environment's branch patterns are recorded all, or not at all with the limit named. */

const repo = { owner: "acme", repo: "shop" };
function client(patterns: number): GitHubClient {
  return {
    request: async (route: string, params: { per_page?: number } = {}) => {
      if (route.endsWith("/deployment-branch-policies")) {
        const shown = Math.min(patterns, params.per_page ?? 30);
        return {
          status: 200,
          headers: {},
          data: {
            total_count: patterns,
            branch_policies: Array.from({ length: shown }, (_, i) => ({ name: `release/${i}` })),
          },
        };
      }
      return {
        status: 200,
        headers: {},
        data: {
          protection_rules: [],
          deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
        },
      };
    },
  } as unknown as GitHubClient;
}

describe("readEnvironmentProtection's branch patterns", () => {
  it(`records all of them, up to ${MAX_BRANCH_PATTERNS} (one page)`, async () => {
    const read = await readEnvironmentProtection(client(MAX_BRANCH_PATTERNS), repo, "production");
    expect(read.protection?.branchPolicy?.patterns).toHaveLength(MAX_BRANCH_PATTERNS);
  });

  it("records no protection rather than part of it past the limit, and names the limit", async () => {
    const read = await readEnvironmentProtection(client(MAX_BRANCH_PATTERNS + 1), repo, "production");
    expect(read.protection).toBeNull();
    expect(read.problem).toBe(
      `production has 101 deployment branch patterns, more than the 100 Gatehouse records (limit MAX_BRANCH_PATTERNS), so its protection was not recorded.`,
    );
  });
});
