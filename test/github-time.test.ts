/**
 * The clock cannot be moved from inside the job: every action takes the time from GitHub's answers
 * (their `Date` header), so a variable an earlier step wrote into `$GITHUB_ENV`, or a runner whose
 * clock is wrong (this machine's clock is not the sandbox's), changes nothing. When GitHub's first
 * answer cannot tell the time, the actions fail closed. The built bundles, against the sandbox.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Scenario } from "../packages/sandbox/src/scenario";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/server";
import { changeRequest, RUN_ID, world } from "./change-gate.fixture";
import { type ActionName, repoRoot, runAction } from "./harness";

/** What a step earlier in the job can put into the environment of every later step. */
const EARLIER_STEP_ENV = {
  GATEHOUSE_NOW: "2026-12-09T10:00:00Z",
  FAKETIME: "2026-12-09 10:00:00",
  TZ: "Pacific/Kiritimati",
};

let sandboxes: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
});
async function sandbox(scenario: Scenario): Promise<Sandbox> {
  const sb = await startSandbox(scenario);
  sandboxes.push(sb);
  return sb;
}

const FREEZE_POLICY = `version: 1
freeze:
  timezone: Europe/Berlin
  windows:
    - { name: Weekend, start: "0 18 * * FRI", end: "0 6 * * MON" }
`;
/** Saturday 5 December 2026, 11:00 in Berlin: frozen. The earlier step's time is a Wednesday. */
const SATURDAY = "2026-12-05T10:00:00Z";

const freezeScenario = (): Scenario => ({
  now: SATURDAY,
  repos: [
    {
      repo: "acme/shop",
      environments: ["production"],
      commits: [{ message: "chore: initial" }],
      files: { ".github/gatehouse.yml": FREEZE_POLICY },
    },
  ],
});

describe("the time is GitHub's", () => {
  it("freeze-window: a time an earlier step set in the environment does not lift a freeze", async () => {
    const sb = await sandbox(freezeScenario());
    const result = await runAction("freeze-window", {
      sandbox: sb,
      inputs: { environment: "production" },
      env: EARLIER_STEP_ENV,
    });
    expect(result.outputs.frozen).toBe("true");
    expect(result.outputs.window).toBe("Weekend");
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain("2026-12-05T10:00:00Z");
  });

  it("change-gate: a change request's planned window is checked at GitHub's time, not the job's", async () => {
    const window = {
      fields: { "Planned start": "2026-03-02T13:00:00Z", "Planned end": "2026-03-02T14:00:00Z" },
    };
    const sb = await sandbox(world({ crs: [changeRequest(5, window)] })); // GitHub: 12:00, before the window
    const result = await runAction("change-gate", {
      sandbox: sb,
      inputs: { environment: "production" },
      runId: RUN_ID,
      env: { ...EARLIER_STEP_ENV, GATEHOUSE_NOW: "2026-03-02T13:30:00Z" },
    });
    expect(result.outputs.decision).toBe("block");
    expect(result.outputs.reasons).toMatch(/planned window starts at 2026-03-02 13:00:00Z, in 60 minutes/);
  });

  it("post-implementation-review: the due date counts from GitHub's time", async () => {
    const sb = await sandbox({
      now: "2026-11-23T14:30:00Z",
      repos: [
        {
          repo: "acme/shop",
          environments: ["production"],
          labels: ["change-request"],
          issues: [{ number: 12, title: "Switch payments", author: "bob", labels: ["change-request"] }],
          runs: [{ id: 4242 }],
        },
      ],
    });
    const result = await runAction("post-implementation-review", {
      sandbox: sb,
      runId: 4242,
      inputs: {
        environment: "production",
        outcome: "success",
        "started-at": "2026-11-23T14:00:00Z",
        "due-in-days": "3",
      },
      env: { ...EARLIER_STEP_ENV, GATEHOUSE_NOW: "2027-06-01T00:00:00Z" },
    });
    expect(result.exitCode).toBe(0);
    const review = sb.state.repos[0]!.issues.find((i) => i.labels.includes("post-implementation-review"));
    expect(review?.body).toContain("30 min 00 s (2026-11-23T14:00:00Z → 2026-11-23T14:30:00Z)");
    expect(review?.body).toContain("### Due date\n\n2026-11-26");
  });

  it("no shipped bundle reads a clock variable from the environment", () => {
    const actions: ActionName[] = [
      "change-gate",
      "freeze-window",
      "release-bundle",
      "post-implementation-review",
    ];
    for (const name of actions) {
      const dist = join(repoRoot, "actions", name, "dist");
      for (const file of readdirSync(dist).filter((f) => f.endsWith(".js"))) {
        const text = readFileSync(join(dist, file), "utf8");
        expect(text.includes("GATEHOUSE_NOW"), `${name}/dist/${file} reads GATEHOUSE_NOW`).toBe(false);
      }
    }
  });
});

describe("when GitHub's first answer cannot tell the time, the actions fail closed", () => {
  it("freeze-window: no `Date` header (a proxy stripped it) is frozen, and says why", async () => {
    const sb = await sandbox({ ...freezeScenario(), now: "2026-12-09T10:00:00Z" }); // a Wednesday: no freeze
    sb.faults.add({ route: "/repos/{owner}/{repo}/contents/{path}", date: null });
    const result = await runAction("freeze-window", { sandbox: sb, inputs: { environment: "production" } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.frozen).toBe("true");
    expect(result.summary).toMatch(/^## ⛔ Frozen \(fails closed\)/);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: "error",
        message: expect.stringContaining(
          "GitHub's first answer (GET /api/v3/repos/acme/shop/contents/.github%2Fgatehouse.yml) cannot tell the time: it carried no `Date` header",
        ),
      }),
    );
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("change-gate: an absurd `Date` blocks, naming it", async () => {
    const sb = await sandbox(world({}));
    sb.faults.add({ graphql: true, date: "Thu, 01 Jan 1970 00:00:00 GMT" });
    const result = await runAction("change-gate", {
      sandbox: sb,
      inputs: { environment: "production" },
      runId: RUN_ID,
    });
    expect(result.outputs.decision).toBe("block");
    expect(result.exitCode).toBe(1);
    expect(result.outputs.reasons).toContain(
      'cannot tell the time: its `Date` header \\"Thu, 01 Jan 1970 00:00:00 GMT\\" is before 2025-01-01',
    );
  });

  it("post-implementation-review: a missing `Date` opens no review dated by the runner's clock", async () => {
    const sb = await sandbox({
      now: "2026-11-23T14:30:00Z",
      repos: [{ repo: "acme/shop", runs: [{ id: 4242 }] }],
    });
    sb.faults.add({ route: "/repos/{owner}/{repo}/contents/{path}", date: null });
    const result = await runAction("post-implementation-review", {
      sandbox: sb,
      runId: 4242,
      inputs: { environment: "production", outcome: "success" },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout + result.stderr).toContain("cannot tell the time: it carried no `Date` header");
    expect(sb.state.repos[0]!.issues).toEqual([]);
  });
});
