import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli";

const dir = mkdtempSync(join(tmpdir(), "gatehouse-freeze-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(
  join(dir, "policy.yml"),
  [
    "version: 1",
    "freeze:",
    "  timezone: Europe/Berlin",
    "  windows:",
    "    - name: Weekend",
    '      start: "0 18 * * FRI"',
    '      end: "0 6 * * MON"',
    "      environments: [production]",
    "    - name: Year end",
    "      reason: Trading peak",
    "      from: 2026-12-24T00:00",
    "      to: 2027-01-02T00:00",
    "",
  ].join("\n"),
);
writeFileSync(
  join(dir, "bad.yml"),
  [
    "version: 1",
    "freeze:",
    "  windows:",
    "    - name: W",
    '      start: "0 18 * * FRY"',
    '      end: "0 6 * * MON"',
    "",
  ].join("\n"),
);

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir, env: {} });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("gatehouse freeze", () => {
  it("prints exactly the JSON of the contract and exits 1 when frozen", async () => {
    const r = await cli(
      "freeze",
      "--policy",
      "policy.yml",
      "--env",
      "production",
      "--at",
      "2026-12-25T12:00:00Z",
      "--json",
    );
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({
      frozen: true,
      window: "Year end",
      endsAt: "2027-01-04T06:00:00+01:00",
      nextWindow: "Weekend",
      nextStartsAt: "2027-01-08T18:00:00+01:00",
    });
  });

  it("exits 0 when not frozen, with nulls where there is nothing", async () => {
    const r = await cli(
      "freeze",
      "--policy",
      "policy.yml",
      "--env",
      "staging",
      "--at",
      "2027-01-03T12:00:00Z",
      "--json",
    );
    expect(r).toEqual({
      code: 0,
      out: '{"frozen":false,"window":null,"endsAt":null,"nextWindow":null,"nextStartsAt":null}',
      err: "",
    });
  });

  it("reads --at without an offset in the policy's time zone", async () => {
    const before = await cli("freeze", "--policy", "policy.yml", "--at", "2026-12-23T23:59", "--json");
    const at = await cli("freeze", "--policy", "policy.yml", "--at", "2026-12-24T00:00", "--json");
    expect(JSON.parse(before.out).frozen).toBe(false);
    expect(JSON.parse(at.out).frozen).toBe(true);
  });

  it("blocks when the runway reaches into a freeze", async () => {
    const args = ["freeze", "--policy", "policy.yml", "--env", "production", "--at", "2026-12-11T16:30:00Z"];
    expect((await cli(...args)).code).toBe(0);
    const r = await cli(...args, "--runway", "45");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /^FROZEN: Freeze window "Weekend" starts at 2026-12-11T18:00:00\+01:00, before the 45-minute runway/,
    );
  });

  it("explains the decision in words", async () => {
    const r = await cli("freeze", "--policy", "policy.yml", "--at", "2026-12-25T12:00:00Z");
    expect(r.out.split("\n")[0]).toBe(
      'FROZEN: Deployments are frozen by "Year end" (Trading peak). It runs on into "Weekend". Deployments can go from 2027-01-04T06:00:00+01:00.',
    );
  });

  it("prints policy problems with line and column and exits 2", async () => {
    const r = await cli("freeze", "--policy", "bad.yml", "--json");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^bad\.yml:5:14: freeze\.windows\[0\]\.start.*day of week field "FRY"/m);
    expect(r.out).toBe("");
  });

  it("rejects an --at that is not a date-time", async () => {
    const r = await cli("freeze", "--policy", "policy.yml", "--at", "tomorrow");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--at must be an ISO 8601 date-time/);
  });
});

describe("gatehouse calendar", () => {
  it("prints the coming periods as a table", async () => {
    const r = await cli("calendar", "--policy", "policy.yml", "--from", "2026-12-15T00:00", "--days", "14");
    expect(r.code).toBe(0);
    const rows = r.out
      .split("\n")
      .filter((l) => l.startsWith("| ") && !l.startsWith("| Window") && !l.startsWith("| ---"));
    expect(rows.map((row) => row.split(" | ")[0])).toEqual(["| Weekend", "| Year end", "| Weekend"]);
  });

  it("filters by environment", async () => {
    const r = await cli(
      "calendar",
      "--policy",
      "policy.yml",
      "--from",
      "2026-12-15T00:00",
      "--days",
      "14",
      "--env",
      "staging",
    );
    expect(r.out).not.toContain("Weekend");
    expect(r.out).toContain("Year end");
  });

  it("writes an iCalendar file with CRLF line endings", async () => {
    const r = await cli(
      "calendar",
      "--policy",
      "policy.yml",
      "--from",
      "2026-12-15T00:00",
      "--days",
      "14",
      "--ics",
    );
    const text = `${r.out}\n`;
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  });

  it("draws a Mermaid Gantt chart", async () => {
    const r = await cli(
      "calendar",
      "--policy",
      "policy.yml",
      "--from",
      "2026-12-15T00:00",
      "--days",
      "14",
      "--gantt",
    );
    expect(r.out.split("\n")[0]).toBe("gantt");
    expect(r.out).toContain("Year end :crit, 2026-12-24 00:00, 2026-12-29 00:00");
  });
});
