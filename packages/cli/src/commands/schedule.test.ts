import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeRequestFormBody } from "../../../core/src/change/changeRequest.fixture";
import { startSandbox } from "../../../sandbox/src/server";
import { runCli } from "../cli";

const POLICY = `version: 1
approvals:
  approvers:
    users: [carol]
change-requests:
  timezone: America/New_York
freeze:
  timezone: Europe/Berlin
  windows:
    - name: Year end
      from: 2026-12-24T00:00
      to: 2027-01-02T00:00
      environments: [production]
services:
  - name: checkout
    depends-on: [payments]
    maintenance-windows:
      - name: Nightly
        start: "0 22 * * *"
        end: "0 6 * * *"
        timezone: America/New_York
  - name: payments
`;

const cr = (
  number: number,
  services: string,
  start: string,
  end: string,
  approved = true,
  assignees: string[] = [],
) => ({
  number,
  title: `Change ${number}`,
  author: "alice",
  body: changeRequestFormBody({ "Services affected": services, "Planned start": start, "Planned end": end }),
  createdAt: "2026-11-20T08:00:00Z",
  labels: ["change-request"],
  assignees,
  comments: approved ? [{ author: "carol", body: "/approve", createdAt: "2026-11-29T10:00:00Z" }] : [],
});

let sb: Awaited<ReturnType<typeof startSandbox>>;
beforeAll(async () => {
  sb = await startSandbox({
    now: "2026-11-30T09:00:00Z",
    users: ["alice", "carol", "dan"],
    repos: [
      {
        repo: "acme/shop",
        labels: ["change-request"],
        files: { ".github/gatehouse.yml": POLICY },
        issues: [
          // 22:00–23:00 New York is 04:00–05:00 in Berlin the next day: written with an offset,
          // #2 meets #1 exactly where they overlap.
          cr(1, "checkout", "2026-12-01 22:00", "2026-12-01 23:00", true, ["dan"]),
          cr(2, "payments", "2026-12-02T04:30:00+01:00", "2026-12-02T05:00:00+01:00", false, ["dan"]),
          // Touches #1 and #2 at 23:00 but does not overlap them.
          cr(3, "checkout", "2026-12-01 23:00", "2026-12-01 23:30"),
          // Across the year-end freeze.
          cr(4, "payments", "2026-12-23 20:00", "2026-12-24 10:00"),
          // Not labelled: not a change request.
          { ...cr(5, "checkout", "2026-12-01 22:00", "2026-12-01 23:00"), labels: [] },
        ],
      },
    ],
  });
});
afterAll(async () => {
  expect(sb.violations).toEqual([]);
  await sb.close();
});

async function cli(args: string[], env: Record<string, string> = {}) {
  let out = "";
  let err = "";
  const code = await runCli(["schedule", ...args], {
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

describe("gatehouse schedule", () => {
  it("--json prints exactly the documented shape, times with the policy's offset", async () => {
    const { code, out } = await cli(["--repository", "acme/shop", "--json"]);
    expect(code).toBe(1); // conflicts found
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(["changes", "freezes", "conflicts"]);
    expect(json.changes.map((c: { number: number }) => c.number)).toEqual([1, 2, 3, 4]);
    expect(json.changes[0]).toEqual({
      repository: "acme/shop",
      number: 1,
      title: "Change 1",
      type: "normal",
      risk: "medium",
      services: ["checkout"],
      start: "2026-12-01T22:00:00-05:00",
      end: "2026-12-01T23:00:00-05:00",
      state: "approved",
    });
    expect(json.freezes).toEqual([
      {
        name: "Year end",
        start: "2026-12-23T18:00:00-05:00",
        end: "2027-01-01T18:00:00-05:00",
        environments: ["production"],
      },
    ]);
    const brief = json.conflicts.map((c: Record<string, unknown>) => [
      c.kind,
      c.changes,
      c.service,
      c.window,
      c.start,
      c.end,
    ]);
    expect(brief).toEqual([
      ["overlap", [1, 2], "checkout", null, "2026-12-01T22:30:00-05:00", "2026-12-01T23:00:00-05:00"],
      ["assignee", [1, 2], null, null, "2026-12-01T22:30:00-05:00", "2026-12-01T23:00:00-05:00"],
      ["freeze", [4], null, "Year end", "2026-12-23T20:00:00-05:00", "2026-12-24T10:00:00-05:00"],
    ]);
    for (const c of json.conflicts) expect(typeof c.message).toBe("string");
  });

  it("--ics prints one calendar with the changes and the freezes", async () => {
    const { out } = await cli(["--repository", "acme/shop", "--ics"]);
    expect(out.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(out.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(out.match(/BEGIN:VEVENT/g)).toHaveLength(5);
    expect(out).toContain("SUMMARY:Change (pending): #2 Change 2");
  });

  it("--from and --days cut the period shown", async () => {
    const { code, out } = await cli([
      "--repository",
      "acme/shop",
      "--from",
      "2026-12-20",
      "--days",
      "5",
      "--json",
    ]);
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json.changes.map((c: { number: number }) => c.number)).toEqual([4]);
    expect(json.conflicts.map((c: { kind: string }) => c.kind)).toEqual(["freeze"]);
  });

  it("the Markdown view leads with the conflicts", async () => {
    const { out } = await cli(["--repository", "acme/shop"]);
    expect(out).toContain("## ⚠️ 3 conflicts in the forward schedule of change");
    expect(out).toContain("```mermaid\ngantt");
  });

  it("names what is wrong on the command line", async () => {
    expect((await cli(["--repository", "shop", "--json"])).err).toContain("--repository must be OWNER/REPO");
    expect((await cli(["--repository", "acme/shop", "--json"], { GITHUB_TOKEN: "" })).err).toContain(
      "no token",
    );
    expect((await cli(["--repository", "acme/shop", "--from", "soon"])).code).toBe(2);
  });
});
