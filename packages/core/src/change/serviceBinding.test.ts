import { describe, expect, it } from "vitest";
import type { Service } from "../policy/sections/services";
import type { ChangeRequestIssue } from "./changeRequest";
import { changeRequestFormBody } from "./changeRequest.fixture";
import { decideDeployment } from "./deploymentDecision";
import type { RangeCommit, RangePullRequest } from "./deploymentRange";

const repo = "acme/shop";
const services: Service[] = [
  { name: "checkout", paths: ["services/checkout/**"], dependsOn: [], maintenanceWindows: [] },
  {
    name: "payments",
    paths: ["services/payments/**", "libs/money/**"],
    dependsOn: [],
    maintenanceWindows: [],
  },
  { name: "search", paths: [], dependsOn: [], maintenanceWindows: [] },
];

const cr = (number: number, servicesAffected: string): ChangeRequestIssue => ({
  repository: repo,
  number,
  title: `Change ${number}`,
  url: `https://github.com/${repo}/issues/${number}`,
  body: changeRequestFormBody({ "Services affected": servicesAffected }),
  author: "alice",
  state: "open",
  labels: ["change-request"],
  createdAt: "2026-03-01T09:00:00Z",
  bodyEditedAt: null,
  comments: [{ author: "carol", body: "/approve", createdAt: "2026-03-02T10:00:00Z" }],
  labelEvents: [],
});

function decide(opts: {
  body: string;
  files?: string[];
  bind?: boolean;
  release?: number;
  direct?: { message: string; files?: string[] };
}) {
  const crs = [cr(5, "checkout"), cr(6, "payments, Checkout"), cr(7, "search"), cr(8, "billing")];
  const commits: RangeCommit[] = [
    { sha: "c1aaaaaaaa", message: "feat: x", authors: ["bob"], pullRequests: [12] },
  ];
  if (opts.direct)
    commits.push({
      sha: "d2bbbbbbbb",
      message: opts.direct.message,
      authors: ["bob"],
      pullRequests: [],
      ...(opts.direct.files ? { files: opts.direct.files } : {}),
    });
  const pull: RangePullRequest = {
    number: 12,
    title: "Change things",
    url: `https://github.com/${repo}/pull/12`,
    body: opts.body,
    author: "bob",
    ...(opts.files ? { files: opts.files } : {}),
  };
  return decideDeployment({
    repository: repo,
    environment: "production",
    now: new Date("2026-03-02T12:00:00Z"),
    policy: {
      changeRequests: {
        repositories: [],
        label: "change-request",
        ...(opts.bind === false ? {} : { bindServices: true }),
      },
      approvals: {
        approvers: { users: ["carol"], teams: [] },
        emergencyApprovers: { users: [], teams: [] },
        quorum: { low: 1, medium: 1, high: 1 },
        standardChanges: [],
        unidentifiedAuthors: "block",
      },
      risk: { sensitivePaths: [], largeChange: {} },
      exemptPaths: ["docs/**"],
      services,
    },
    timezone: "UTC",
    commits,
    pullRequests: [pull],
    files: [],
    ...(opts.release ? { releaseChangeRequest: { repository: repo, number: opts.release } } : {}),
    changeRequests: new Map(crs.map((c) => [`${c.repository}#${c.number}`, c])),
  });
}

describe("change-requests.bind-services", () => {
  it.each([
    ["files all inside the change request's service", "Change-Request: #5", ["services/checkout/a.ts"], true],
    ["exempt files besides", "Change-Request: #5", ["services/checkout/a.ts", "docs/readme.md"], true],
    [
      "a service named in another case, and a second service's paths",
      "Change-Request: #6",
      ["libs/money/x.ts", "services/checkout/b.ts"],
      true,
    ],
    [
      "two change requests: the union of their services",
      "Change-Request: #5\nChange-Request: #6",
      ["libs/money/x.ts"],
      true,
    ],
    ["borrowed for unrelated code", "Change-Request: #5", ["services/payments/pay.ts"], false],
    [
      "one file of the service plus unrelated code",
      "Change-Request: #5",
      ["services/checkout/a.ts", "infra/prod.tf"],
      false,
    ],
    ["a service without paths covers no file", "Change-Request: #7", ["services/search/a.ts"], false],
    ["a service the policy does not list", "Change-Request: #8", ["services/billing/a.ts"], false],
    ["files that cannot be read whole", "Change-Request: #5", undefined, false],
  ])("%s", (_name, body, files, allowed) => {
    expect(decide({ body, ...(files ? { files } : {}) }).decision).toBe(allowed ? "allow" : "block");
  });

  it("names the pull request, the change request's services, the files outside and the fix", () => {
    const files = ["services/checkout/a.ts", ...Array.from({ length: 7 }, (_, i) => `src/other-${i}.ts`)];
    const { reasons } = decide({ body: "Change-Request: #5", files });
    expect(reasons).toEqual([
      "PR #12 'Change things' changes files outside the services #5 names (checkout): `src/other-0.ts`, `src/other-1.ts`, `src/other-2.ts`, `src/other-3.ts`, `src/other-4.ts` and 2 more — with `change-requests.bind-services` a change request covers only its services' code. Link a change request for the services these files belong to (or add them to \"Services affected\"), or list the paths under the right service in the policy.",
    ]);
  });

  it("fails closed when the files cannot be read, naming the limit", () => {
    const { reasons } = decide({ body: "Change-Request: #5" });
    expect(reasons[0]).toContain("its files cannot be read whole");
  });

  it("binds direct pushes and the release change request too", () => {
    const direct = decide({
      body: "Change-Request: #5",
      files: ["services/checkout/a.ts"],
      direct: { message: "fix: hotfix\n\nChange-Request: #5", files: ["services/payments/p.ts"] },
    });
    expect(direct.reasons).toEqual([
      expect.stringMatching(/^Commit d2bbbbb 'fix: hotfix' changes files outside/),
    ]);
    const release = decide({ body: "no link", files: ["services/payments/p.ts"], release: 5 });
    expect(release.decision).toBe("block");
    expect(decide({ body: "no link", files: ["services/checkout/p.ts"], release: 5 }).decision).toBe("allow");
  });

  it("does nothing when the setting is off", () => {
    expect(
      decide({ body: "Change-Request: #5", files: ["services/payments/pay.ts"], bind: false }).decision,
    ).toBe("allow");
  });
});
