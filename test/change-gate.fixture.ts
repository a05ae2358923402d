/**
 * A small GitHub for change-gate tests: acme/shop, production last deployed at "chore: initial",
 * a policy, change requests opened with the form, and merged pull requests linking them.
 */
import { changeRequestFormBody } from "../packages/core/src/change/changeRequest.fixture";
import type { Scenario, ScenarioCommit, ScenarioIssue, ScenarioPull } from "../packages/sandbox/src/scenario";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/server";
import { runAction } from "./harness";

export const NOW = "2026-03-02T12:00:00Z";
export const RUN_ID = 777;

export const POLICY = `version: 1
approvals:
  approvers:
    users: [carol, dave, erin]
  emergency-approvers:
    users: [olivia]
  quorum: { low: 1, medium: 1, high: 2 }
  standard-changes:
    - { name: "Rotate TLS certificate", paths: ["infra/tls/**"] }
risk:
  sensitive-paths: ["infra/**"]
exempt-paths: ["docs/**"]
`;

/** A change request issue as the form opens it: `fields` override form answers by label. */
export function changeRequest(
  number: number,
  opts: Partial<ScenarioIssue> & { fields?: Record<string, string>; approvedBy?: string[] } = {},
): ScenarioIssue {
  const { fields, approvedBy = ["carol"], ...rest } = opts;
  return {
    number,
    title: `Change ${number}`,
    author: "alice",
    body: changeRequestFormBody(fields),
    createdAt: "2026-03-01T09:00:00Z",
    labels: ["change-request"],
    comments: approvedBy.map((login, i) => ({
      author: login,
      body: "/approve",
      createdAt: `2026-03-02T10:0${i}:00Z`,
    })),
    ...rest,
  };
}

/** A pull request merged (squashed) into main, by bob unless said otherwise. */
export function pull(
  number: number,
  title: string,
  body: string,
  opts: Partial<ScenarioPull> = {},
): ScenarioPull {
  return {
    number,
    title,
    body,
    author: "bob",
    merged: true,
    mergedAt: `2026-03-02T0${number % 10}:00:00Z`,
    files: [{ path: `src/feature-${number}.ts`, additions: 20, deletions: 3 }],
    ...opts,
  };
}

export interface World {
  crs?: ScenarioIssue[];
  pulls?: ScenarioPull[];
  /** Commits pushed to main without a pull request (before the pulls are merged). */
  commits?: ScenarioCommit[];
  policy?: string | null;
  extra?: Partial<Scenario>;
  otherRepos?: NonNullable<Scenario["repos"]>;
  deployments?: NonNullable<Scenario["repos"]>[number]["deployments"];
  releases?: NonNullable<Scenario["repos"]>[number]["releases"];
}

export function world(w: World = {}): Scenario {
  return {
    now: NOW,
    users: ["alice", "bob", "carol", "dave", "erin", "olivia", "mallory"],
    ...w.extra,
    repos: [
      {
        repo: "acme/shop",
        labels: ["change-request", "change/approved", "change/rejected", "change/implemented"],
        environments: ["production"],
        commits: [
          { message: "chore: initial", author: "alice", date: "2026-02-01T10:00:00Z", files: ["README.md"] },
          ...(w.commits ?? []),
        ],
        files: w.policy === null ? {} : { ".github/gatehouse.yml": w.policy ?? POLICY },
        issues: w.crs ?? [changeRequest(5)],
        pulls: w.pulls ?? [pull(12, "Add billing", "Adds billing.\n\nChange-Request: #5")],
        deployments: w.deployments ?? [
          {
            environment: "production",
            sha: "chore: initial",
            createdAt: "2026-02-01T11:00:00Z",
            statuses: ["success"],
          },
        ],
        releases: w.releases ?? [],
        runs: [{ id: RUN_ID }],
      },
      ...(w.otherRepos ?? []),
    ],
  };
}

/** Runs change-gate once, for production, in a sandbox of `w` (added to `open`, for the caller to close). */
export async function gateOnce(w: World, open: Sandbox[]) {
  const sb = await startSandbox(world(w));
  open.push(sb);
  const result = await runAction("change-gate", {
    sandbox: sb,
    inputs: { environment: "production" },
    runId: RUN_ID,
  });
  return { sb, result, reasons: JSON.parse(result.outputs.reasons ?? "null") as string[] };
}
