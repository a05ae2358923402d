import type { DeploymentRecord } from "@gatehouse/core";
import type { GitHubClient } from "@gatehouse/github";
import { describe, expect, it } from "vitest";
import { DeploymentLimitError, MAX_DEPLOYMENTS_READ, readOlderDeployments } from "./repositoryState";

/** The deployments are read back until the one looked for, or the read stops naming the limit. */

const untrusted = (i: number) => ({
  commitOid: i.toString(16).padStart(40, "0"),
  createdAt: "2026-03-01T10:00:00Z",
  creator: { __typename: "User", login: "mallory" },
  latestStatus: { state: "SUCCESS", creator: { __typename: "User", login: "mallory" } },
});

function pages(total: number, found?: number): GitHubClient & { calls: number } {
  let served = 50;
  const client = {
    calls: 0,
    graphql: async () => {
      client.calls++;
      const nodes = Array.from({ length: Math.min(100, total - served) }, (_, k) => {
        const i = served + k;
        return i === found
          ? { ...untrusted(i), creator: { __typename: "Bot", login: "github-actions" } }
          : untrusted(i);
      });
      served += nodes.length;
      return {
        repository: {
          deployments: { pageInfo: { hasNextPage: served < total, endCursor: `c${served}` }, nodes },
        },
      };
    },
  };
  return client as unknown as GitHubClient & { calls: number };
}

const first: DeploymentRecord[] = Array.from({ length: 50 }, (_, i) => ({
  sha: i.toString(16).padStart(40, "0"),
  createdAt: "2026-03-01T10:00:00Z",
  latestStatus: "success",
  creator: "mallory",
  latestStatusCreator: "mallory",
}));
const trusted = (records: readonly DeploymentRecord[]) =>
  records.some((r) => r.creator === "github-actions[bot]");

/** The 50 records of the first query, then older pages until a trusted one. */
const readAll = (client: GitHubClient) =>
  readOlderDeployments(
    client,
    { owner: "acme", repo: "shop" },
    "production",
    { deployments: first, moreDeployments: "c50" },
    trusted,
  );

describe("readOlderDeployments", () => {
  it("reads older pages until the record looked for, and no further", async () => {
    const client = pages(5000, 420);
    const records = await readAll(client);
    expect(client.calls).toBe(4); // 50 + 4 pages of 100 hold record 420
    expect(records.find((r) => r.creator === "github-actions[bot]")?.sha).toBe(
      (420).toString(16).padStart(40, "0"),
    );
  });

  it("reads to the end of a list without it (then nothing is trusted, as the list says)", async () => {
    const client = pages(180);
    const records = await readAll(client);
    expect(records).toHaveLength(180);
  });

  it(`fails naming the limit past ${MAX_DEPLOYMENTS_READ.toLocaleString("en-US")} deployments`, async () => {
    const client = pages(100_000);
    const read = readAll(client);
    await expect(read).rejects.toThrow(DeploymentLimitError);
    await expect(read).rejects.toThrow(
      /The newest 2,050 deployments to production \(limit MAX_DEPLOYMENTS_READ\) hold none .* Set the `base` input/,
    );
    expect(client.calls).toBe(20);
  });
});
