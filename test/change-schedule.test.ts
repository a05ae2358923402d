/**
 * change-schedule: the built bundle, run as the runner runs it, against the sandbox. Assertions
 * are on what people see: outputs, the job summary, the iCalendar file, and the schedule issue,
 * comments and labels left in the sandbox.
 */
import { readFileSync, rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { changeRequestFormBody } from "../packages/core/src/change/changeRequest.fixture";
import type { ScenarioIssue } from "../packages/sandbox/src/scenario";
import { startSandbox } from "../packages/sandbox/src/server";
import { api } from "../packages/sandbox/src/testing";
import type { Issue, Repo } from "../packages/sandbox/src/types";
import { type RunResult, runAction } from "./harness";

const NOW = "2026-11-30T09:00:00Z";
const MARKER = "<!-- gatehouse:change-schedule:acme/shop -->";
const CHECK = (n: number) => `<!-- gatehouse:schedule-check:acme/shop#${n} -->`;

const POLICY = `version: 1
approvals:
  approvers:
    users: [carol]
freeze:
  timezone: Europe/Berlin
  windows:
    - name: Year end
      from: 2026-12-24T00:00
      to: 2027-01-02T00:00
services:
  - name: checkout
    paths: ["services/checkout/**"]
    depends-on: [payments]
  - name: payments
    paths: ["services/payments/**"]
`;

function cr(
  number: number,
  services: string,
  start: string,
  end: string,
  opts: Partial<ScenarioIssue> & { approved?: boolean } = {},
): ScenarioIssue {
  const { approved = true, ...rest } = opts;
  return {
    number,
    title: `Change ${number}`,
    author: "alice",
    body: formBody(services, start, end),
    createdAt: `2026-11-2${number % 10}T08:00:00Z`,
    labels: ["change-request"],
    comments: approved ? [{ author: "carol", body: "/approve", createdAt: "2026-11-29T10:00:00Z" }] : [],
    ...rest,
  };
}

const formBody = (services: string, start: string, end: string) =>
  changeRequestFormBody({ "Services affected": services, "Planned start": start, "Planned end": end });

const scenario = (issues: ScenarioIssue[]) => ({
  now: NOW,
  users: ["alice", "bob", "carol", "dan"],
  tokens: [{ value: "ghs_alice", user: "alice", permissions: { issues: "write" as const } }],
  repos: [
    {
      repo: "acme/shop",
      labels: ["change-request"],
      files: { ".github/gatehouse.yml": POLICY },
      issues,
    },
  ],
});

const crs = () => [
  cr(5, "checkout", "2026-12-01 22:00", "2026-12-01 23:00", { assignees: ["dan"] }),
  cr(6, "payments", "2026-12-01 22:30", "2026-12-01 23:30", { approved: false }),
  cr(7, "checkout", "2026-12-03 22:00", "2026-12-03 23:00"),
];

let sandboxes: { close(): Promise<void>; violations: unknown[] }[] = [];
afterEach(async () => {
  const violations = sandboxes.flatMap((s) => s.violations);
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
  // Every request the action made is one GitHub would accept.
  expect(violations).toEqual([]);
});

async function sandbox(issues: ScenarioIssue[] = crs()) {
  const sb = await startSandbox(scenario(issues));
  sandboxes.push(sb);
  return sb;
}
type Sb = Awaited<ReturnType<typeof sandbox>>;

function run(sb: Sb, opts: { issue?: number; inputs?: Record<string, string>; keep?: boolean } = {}) {
  return runAction("change-schedule", {
    sandbox: sb,
    repository: "acme/shop",
    eventName: opts.issue ? "issues" : "schedule",
    event: opts.issue ? { action: "edited", issue: { number: opts.issue } } : {},
    inputs: opts.inputs ?? {},
    ...(opts.keep ? { keep: true } : {}),
  });
}

const repo = (sb: Sb): Repo => sb.state.repos.find((r) => `${r.owner}/${r.name}` === "acme/shop")!;
const issue = (sb: Sb, n: number): Issue => repo(sb).issues.find((i) => i.number === n)!;
const scheduleIssues = (sb: Sb) => repo(sb).issues.filter((i) => i.body.includes(MARKER));
const checks = (sb: Sb, n: number) => issue(sb, n).comments.filter((c) => c.body.includes(CHECK(n)));

function ok(result: RunResult) {
  expect(result.stderr + result.stdout, "the step should succeed").not.toMatch(/::error/);
  expect(result.exitCode).toBe(0);
}

describe("change-schedule", () => {
  it("says on both change requests that they conflict, labels them, and opens the one schedule issue", async () => {
    const sb = await sandbox();
    const result = await run(sb, { issue: 6, keep: true });
    ok(result);

    // The JSON output, in exactly the documented shape.
    const json = JSON.parse(result.outputs.schedule!);
    expect(Object.keys(json)).toEqual(["changes", "freezes", "conflicts"]);
    expect(json.changes.map((c: { number: number }) => c.number)).toEqual([5, 6, 7]);
    expect(json.changes[0]).toEqual({
      repository: "acme/shop",
      number: 5,
      title: "Change 5",
      type: "normal",
      risk: "medium",
      services: ["checkout"],
      start: "2026-12-01T22:00:00+01:00",
      end: "2026-12-01T23:00:00+01:00",
      state: "approved",
    });
    expect(json.changes[1].state).toBe("pending");
    expect(json.conflicts).toEqual([
      {
        kind: "overlap",
        changes: [5, 6],
        service: "checkout",
        window: null,
        start: "2026-12-01T22:30:00+01:00",
        end: "2026-12-01T23:00:00+01:00",
        message: expect.stringContaining('#5 changes "checkout", which depends on "payments"'),
      },
    ]);
    expect(json.freezes).toEqual([
      {
        name: "Year end",
        start: "2026-12-24T00:00:00+01:00",
        end: "2027-01-02T00:00:00+01:00",
        environments: [],
      },
    ]);
    expect(result.outputs.conflicts).toBe("1");
    expect(result.outputs["change-request-conflicts"]).toBe("1");

    // One comment and the label on each change request in conflict; none on the other.
    for (const n of [5, 6]) {
      expect(checks(sb, n)).toHaveLength(1);
      expect(checks(sb, n)[0]!.body).toContain("1 conflict in the forward schedule of change");
      expect(issue(sb, n).labels).toContain("change/conflict");
    }
    expect(checks(sb, 7)).toHaveLength(0);
    expect(issue(sb, 7).labels).not.toContain("change/conflict");

    // The schedule issue: one, found by its marker, with the table and the Gantt chart.
    const [schedule, ...more] = scheduleIssues(sb);
    expect(more).toHaveLength(0);
    expect(schedule!.title).toBe("Forward schedule of change");
    expect(schedule!.labels).toEqual(["change-schedule"]);
    expect(schedule!.body).toContain("```mermaid\ngantt");
    expect(schedule!.body).toContain("1 conflict in the forward schedule of change");
    expect(result.outputs["issue-number"]).toBe(String(schedule!.number));
    expect(result.summary).toContain(`[#${schedule!.number}]`);
    expect(checks(sb, 6)[0]!.body).toContain(`[#${schedule!.number}]`);

    // The iCalendar file: the three changes and the freeze.
    const ics = readFileSync(result.outputs["ics-file"]!, "utf8");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(ics).toContain("SUMMARY:Change (pending): #6 Change 6");
    rmSync(result.dir!, { recursive: true, force: true });
  });

  it("removes the label and says the conflict is resolved when a change moves; a re-run writes nothing", async () => {
    const sb = await sandbox();
    ok(await run(sb, { issue: 6 }));
    const scheduleNumber = scheduleIssues(sb)[0]!.number;

    // The author of #6 moves it to the next day.
    issue(sb, 6).body = formBody("payments", "2026-12-02 22:30", "2026-12-02 23:30");
    const moved = await run(sb, { issue: 6 });
    ok(moved);
    expect(moved.outputs.conflicts).toBe("0");
    for (const n of [5, 6]) {
      expect(issue(sb, n).labels).not.toContain("change/conflict");
      expect(checks(sb, n)).toHaveLength(1);
      expect(checks(sb, n)[0]!.body).toContain(
        "The conflicts and problems reported here earlier are resolved.",
      );
    }
    expect(scheduleIssues(sb).map((i) => i.number)).toEqual([scheduleNumber]);
    expect(scheduleIssues(sb)[0]!.body).toContain("No conflicts in the forward schedule of change");

    // Nothing changed: no comment, label or issue is written again.
    sb.resetRequests();
    const again = await run(sb, { issue: 6 });
    ok(again);
    const mutations = /^(addComment|updateIssueComment|addLabelsToLabelable|removeLabelsFromLabelable)$/;
    const writes = sb.requests.filter(
      (r) =>
        (r.method !== "GET" && r.route !== "graphql") ||
        (r.graphqlFields ?? []).some((f) => mutations.test(f)),
    );
    expect(writes.map((r) => `${r.method} ${r.route}`)).toEqual([]);
  });

  it("reports the unknown service on the change request, naming the policy's services", async () => {
    const sb = await sandbox([cr(8, "chekout", "2026-12-01 22:00", "2026-12-01 23:00")]);
    const result = await run(sb, { issue: 8 });
    ok(result);
    const [comment] = checks(sb, 8);
    expect(comment?.body).toContain(
      '"Services affected" names "chekout", which is not a service in the policy: did you mean "checkout"?',
    );
    expect(issue(sb, 8).labels).not.toContain("change/conflict");
  });

  it("opens one schedule issue when GitHub applies the create but its answer is lost", async () => {
    const sb = await sandbox();
    sb.faults.add({ method: "POST", route: "/repos/{owner}/{repo}/issues", applied: true, drop: true });
    const result = await run(sb);
    ok(result);
    expect(scheduleIssues(sb)).toHaveLength(1);
    expect(result.outputs["issue-number"]).toBe(String(scheduleIssues(sb)[0]!.number));
  });

  it("keeps one conflict comment per change request when two runs wrote one each", async () => {
    const sb = await sandbox();
    const [a, b] = await Promise.all([run(sb, { issue: 6 }), run(sb, { issue: 6 })]);
    ok(a);
    ok(b);
    // Whatever the two runs wrote, the next one leaves exactly one comment on each, the oldest.
    const oldest = checks(sb, 6)[0]!;
    const second = await api(sb).post("/repos/acme/shop/issues/6/comments", {
      body: `${oldest.body}\nstale`,
    });
    expect(second.status).toBe(201);
    expect(checks(sb, 6).length).toBeGreaterThanOrEqual(2);
    ok(await run(sb, { issue: 6 }));
    for (const n of [5, 6]) expect(checks(sb, n)).toHaveLength(1);
    expect(checks(sb, 6)[0]!.id).toBe(oldest.id);
    // A comment that only quotes the marker is someone else's: never taken for ours, never deleted.
    const forged = await api(sb, "ghs_alice").post("/repos/acme/shop/issues/6/comments", {
      body: `Quoting it: ${CHECK(6)}`,
    });
    expect(forged.status).toBe(201);
    ok(await run(sb, { issue: 6 }));
    expect(
      checks(sb, 6)
        .map((c) => c.user)
        .sort(),
    ).toEqual(["alice", oldest.user].sort());
    expect(checks(sb, 6).find((c) => c.user === "alice")!.body).toBe(`Quoting it: ${CHECK(6)}`);
  });

  it("keeps one open schedule issue when two runs start at the same time", async () => {
    const sb = await sandbox();
    const [a, b] = await Promise.all([run(sb), run(sb)]);
    ok(a);
    ok(b);
    const open = repo(sb).issues.filter((i) => i.labels.includes("change-schedule") && i.state === "open");
    expect(open).toHaveLength(1);
    expect(scheduleIssues(sb)).toHaveLength(1);
    expect(a.outputs["issue-number"]).toBe(String(open[0]!.number));
    expect(b.outputs["issue-number"]).toBe(String(open[0]!.number));
    // A third run finds it again.
    const c = await run(sb);
    ok(c);
    expect(c.outputs["issue-number"]).toBe(String(open[0]!.number));
    expect(scheduleIssues(sb)).toHaveLength(1);
  });
});
