import { describe, expect, it } from "vitest";
import { defaultPolicy, readPolicy } from "../read";

const problems = (text: string) =>
  readPolicy(text).problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`);

describe("change-gate's policy sections", () => {
  it("has defaults that name no approvers and the default quorum", () => {
    const policy = defaultPolicy();
    expect(policy.changeRequests).toEqual({ repositories: [], label: "change-request" });
    expect(policy.approvals).toEqual({
      approvers: { users: [], teams: [] },
      emergencyApprovers: { users: [], teams: [] },
      quorum: { low: 1, medium: 1, high: 2 },
      standardChanges: [],
      unidentifiedAuthors: "block",
    });
    expect(policy.risk).toEqual({ sensitivePaths: [], largeChange: {} });
    expect(policy.exemptPaths).toEqual([]);
  });

  it("reads a full configuration into camelCase", () => {
    const { policy, problems: found } = readPolicy(`
change-requests:
  repository: acme/changes
  repositories: [acme/changes, acme/ops]
  timezone: Europe/Berlin
approvals:
  approvers: { users: ["@carol", dave], teams: [acme/cab] }
  emergency-approvers: { teams: ["@acme/ecab"] }
  quorum: { high: 3 }
  standard-changes: [" Rotate TLS certificate "]
  unidentified-authors: report
risk:
  sensitive-paths: ["infra/**"]
  large-change: { files: 50 }
exempt-paths: ["docs/**", "**/*.md"]
`);
    expect(found).toEqual([]);
    expect(policy?.changeRequests).toEqual({
      repositories: ["acme/changes", "acme/ops"],
      label: "change-request",
      timezone: "Europe/Berlin",
    });
    expect(policy?.approvals).toEqual({
      approvers: { users: ["carol", "dave"], teams: ["acme/cab"] },
      emergencyApprovers: { users: [], teams: ["acme/ecab"] },
      quorum: { low: 1, medium: 1, high: 3 },
      standardChanges: [{ name: "Rotate TLS certificate", paths: [], services: [] }],
      unidentifiedAuthors: "report",
    });
    expect(policy?.risk).toEqual({ sensitivePaths: ["infra/**"], largeChange: { files: 50 } });
    expect(policy?.exemptPaths).toEqual(["docs/**", "**/*.md"]);
  });

  it("reads standard change templates with the paths and services they cover", () => {
    const { policy, problems: found } = readPolicy(`
approvals:
  standard-changes:
    - Legacy name
    - { name: Rotate TLS certificate, paths: ["infra/tls/**"] }
    - { name: Scale a service, services: [web, api] }
`);
    expect(found).toEqual([]);
    expect(policy?.approvals.standardChanges).toEqual([
      { name: "Legacy name", paths: [], services: [] },
      { name: "Rotate TLS certificate", paths: ["infra/tls/**"], services: [] },
      { name: "Scale a service", paths: [], services: ["web", "api"] },
    ]);
  });

  it.each([
    [
      "a bot",
      'approvals:\n  approvers: { users: [carol, "dependabot[bot]"] }\n',
      /approvals\.approvers\.users\[1\].*bots \(`name\[bot\]`\) and GitHub Apps \(`app\/name`\) can never approve a change/,
    ],
    [
      "an App",
      "approvals:\n  emergency-approvers: { users: [app/renovate] }\n",
      /approvals\.emergency-approvers\.users\[0\].*can never approve a change/,
    ],
    [
      "an App as a team",
      "approvals:\n  approvers: { teams: [app/renovate] }\n",
      /approvals\.approvers\.teams\[0\].*GitHub Apps \(`app\/name`\) can never approve a change/,
    ],
    [
      "a template listed twice",
      "approvals:\n  standard-changes: [A, { name: a, paths: [x] }]\n",
      /the template "a" is listed twice/,
    ],
  ])("refuses %s, with the reason", (_, text, expected) => {
    expect(problems(text).join("\n")).toMatch(expected);
  });

  it.each([
    ["a quorum of zero", "approvals:\n  quorum: { high: 0 }\n", /^2:\d+ approvals\.quorum\.high/],
    [
      "a quorum lower for high than for medium",
      "approvals:\n  quorum: { medium: 2, high: 1 }\n",
      /approvals\.quorum\.high: .*must not be below medium/,
    ],
    [
      "a team without organisation",
      "approvals:\n  approvers: { teams: [cab] }\n",
      /^2:\d+ approvals\.approvers\.teams/,
    ],
    ["an unknown key", "approvals:\n  approver: { users: [a] }\n", /approver/],
    [
      "a repository without owner",
      "change-requests:\n  repository: changes\n",
      /change-requests\.repository/,
    ],
    [
      "an unknown timezone",
      "change-requests:\n  timezone: Mars/Olympus\n",
      /^2:\d+ change-requests\.timezone: .*not an IANA timezone/,
    ],
    ["an empty glob", 'exempt-paths: ["docs/**", ""]\n', /^1:\d+ exempt-paths\[1\]: .*must not be empty/],
    [
      "a glob with a leading slash",
      'risk:\n  sensitive-paths: ["/infra/**"]\n',
      /risk\.sensitive-paths\[0\]: .*without a leading/,
    ],
    ["a broken glob", 'exempt-paths: ["docs/[abc"]\n', /exempt-paths\[0\]: .*not a valid glob/],
    ["large-change of zero lines", "risk:\n  large-change: { lines: 0 }\n", /risk\.large-change\.lines/],
  ])("reports %s with its line", (_name, text, pattern) => {
    const found = problems(text);
    expect(
      found.some((p) => pattern.test(p)),
      found.join("\n"),
    ).toBe(true);
  });
});
