/**
 * freeze-window: the built bundle, run as the runner runs it, against the sandbox, at instants set
 * on the sandbox's clock (GitHub's time, as the action reads it). Assertions are on what people
 * see: outputs, the job summary, annotations.
 */
import { afterEach, describe, expect, it } from "vitest";
import { changeRequestFormBody } from "../packages/core/src/change/changeRequest.fixture";
import type { Scenario, ScenarioIssue } from "../packages/sandbox/src/scenario";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/server";
import { runAction } from "./harness";

const POLICY = `version: 1
approvals:
  approvers:
    users: [carol]
  emergency-approvers:
    users: [olivia]
freeze:
  timezone: Europe/Berlin
  allow-emergency: true
  windows:
    - name: Weekend
      reason: Nobody on call
      start: "0 18 * * FRI"
      end: "0 6 * * MON"
      environments: [production]
    - name: Year end
      from: 2026-12-24T00:00
      to: 2027-01-02T00:00
`;

/** Saturday 5 December 2026, 11:00 in Berlin: inside the production weekend freeze. */
const SATURDAY = "2026-12-05T10:00:00Z";
/** Wednesday 9 December 2026, 11:00 in Berlin: no freeze. */
const WEDNESDAY = "2026-12-09T10:00:00Z";

function changeRequest(number: number, type: string, approvedBy: string): ScenarioIssue {
  return {
    number,
    title: `${type} fix ${number}`,
    author: "alice",
    body: changeRequestFormBody({ "Change type": type, Risk: "High" }),
    createdAt: "2026-12-05T08:00:00Z",
    labels: ["change-request"],
    comments: [{ author: approvedBy, body: "/approve", createdAt: "2026-12-05T09:00:00Z" }],
  };
}

function scenario(policy: string | null = POLICY, issues: ScenarioIssue[] = []): Scenario {
  return {
    now: SATURDAY,
    users: ["alice", "carol", "olivia"],
    repos: [
      {
        repo: "acme/shop",
        labels: ["change-request", "change/approved"],
        environments: ["production", "staging"],
        commits: [{ message: "chore: initial", author: "alice", date: "2026-11-01T10:00:00Z" }],
        files: policy === null ? {} : { ".github/gatehouse.yml": policy },
        issues,
      },
    ],
  };
}

let sandboxes: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
});

async function freeze(
  inputs: Record<string, string>,
  now: string,
  sc: Scenario = scenario(),
  prepare?: (sb: Sandbox) => void,
) {
  const sb = await startSandbox(sc);
  sandboxes.push(sb);
  prepare?.(sb);
  sb.setNow(now);
  const result = await runAction("freeze-window", { sandbox: sb, inputs });
  return { sb, result };
}

describe("freeze-window", () => {
  it("blocks a production deployment on a Saturday, says until when, and shows the calendar", async () => {
    const { sb, result } = await freeze({ environment: "production" }, SATURDAY);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toEqual({
      frozen: "true",
      window: "Weekend",
      "ends-at": "2026-12-07T06:00:00+01:00",
      "next-window": "Weekend",
      "next-starts-at": "2026-12-11T18:00:00+01:00",
      "overridden-by": "",
    });
    const summary = result.summary;
    expect(summary.split("\n")[0]).toBe('## ❄️ Frozen: deployment to `production` blocked by "Weekend"');
    expect(summary).toContain("Nobody on call");
    expect(summary).toContain("Mon 2026-12-07 06:00 (UTC+01:00)");
    expect(summary).toContain("```mermaid\ngantt\n");
    expect(summary).toContain("    Year end :crit, 2026-12-24 00:00, 2027-01-02 00:00");
    expect(summary).toContain("| Window | Starts | Ends | Time zone | Environments | Reason |");
    expect(summary.indexOf("Frozen")).toBeLessThan(summary.indexOf("```mermaid"));
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: "error",
        message: expect.stringMatching(/frozen by "Weekend".*2026-12-07T06:00:00\+01:00/),
      }),
    );
    // Two requests at once: the policy from the default branch, and the environments (it must be one).
    expect(sb.requests.map((r) => r.route).sort()).toEqual([
      "/repos/{owner}/{repo}/contents/{path}",
      "/repos/{owner}/{repo}/environments",
    ]);
    expect(sb.violations).toEqual([]);
  });

  it("lets a deployment go when no window is active, naming the next freeze", async () => {
    const { result } = await freeze({ environment: "production" }, WEDNESDAY);
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({
      frozen: "false",
      window: "",
      "ends-at": "",
      "next-window": "Weekend",
      "next-starts-at": "2026-12-11T18:00:00+01:00",
      "overridden-by": "",
    });
    expect(result.summary.split("\n")[0]).toBe("## ✅ Not frozen: deployment to `production` may go");
    expect(result.annotations.filter((a) => a.level === "error")).toEqual([]);
  });

  it("scopes windows to their environments", async () => {
    const { result } = await freeze({ environment: "staging" }, SATURDAY);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.frozen).toBe("false");
    expect(result.outputs["next-window"]).toBe("Year end");
    expect(result.summary).not.toContain("Weekend :crit");
  });

  it("blocks when the runway reaches into a freeze", async () => {
    const friday = "2026-12-11T16:30:00Z"; // 17:30 in Berlin, the weekend starts at 18:00
    const ok = await freeze({ environment: "production", runway: "30" }, friday);
    expect(ok.result.outputs.frozen).toBe("false");
    const { result } = await freeze({ environment: "production", runway: "45" }, friday);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      frozen: "true",
      window: "Weekend",
      "ends-at": "2026-12-14T06:00:00+01:00",
    });
    expect(result.summary).toContain("before the 45-minute runway");
  });

  it("lets an approved emergency change request override the freeze", async () => {
    const { sb, result } = await freeze(
      { environment: "production", "change-request": "#7" },
      SATURDAY,
      scenario(POLICY, [changeRequest(7, "Emergency", "olivia")]),
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      frozen: "false",
      window: "Weekend",
      "overridden-by": `${sb.url}/acme/shop/issues/7`,
    });
    expect(result.summary.split("\n")[0]).toMatch(
      /^## 🚨 Freeze overridden: deployment to `production` allowed by emergency change \[\\#7\]/,
    );
    expect(result.summary).toContain("approved by @olivia");
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: expect.stringMatching(/^Freeze "Weekend" overridden by emergency change #7/),
      }),
    );
    // The policy and the environments, then one GraphQL query for the change request.
    expect(sb.requests.map((r) => r.route).slice(-1)).toEqual(["graphql"]);
    expect(sb.requests).toHaveLength(3);
    expect(sb.violations).toEqual([]);
  });

  it("lists the approvals that do not count, with why, when it refuses an emergency override", async () => {
    const selfApproved = { ...changeRequest(7, "Emergency", "olivia"), author: "olivia" };
    selfApproved.comments!.push({ author: "alice", body: "/reject", createdAt: "2026-12-05T09:10:00Z" });
    const { result } = await freeze(
      { environment: "production", "change-request": "#7" },
      SATURDAY,
      scenario(POLICY, [selfApproved]),
    );
    expect(result.outputs.frozen).toBe("true");
    const refused = result.summary.slice(result.summary.indexOf("**Emergency override refused**"));
    // The approval that would be missing is named in the reason, with what would make one count…
    expect(refused).toContain(
      "- it is an emergency change and no emergency approver has approved it. @&#8203;olivia's approval does not count: they opened this change request; ask another emergency approver\n",
    );
    // …and what the reasons do not already say is listed under them, once.
    expect(refused).toContain(
      "Approvals and rejections that do not count:\n\n- @&#8203;alice's rejection does not count: they are not an approver\n",
    );
    expect(refused.match(/olivia's approval does not count/g)).toHaveLength(1);
  });

  it("shows the commands and labels its reasons quote as code, not as escaped backticks", async () => {
    const labelled: ScenarioIssue = {
      ...changeRequest(8, "Emergency", "carol"),
      comments: [],
      labels: ["change-request", { name: "change/approved", actor: "alice", at: "2026-12-05T09:00:00Z" }],
    };
    const { result } = await freeze(
      { environment: "production", "change-request": "#8" },
      SATURDAY,
      scenario(POLICY, [labelled]),
    );
    expect(result.outputs.frozen).toBe("true");
    const refused = result.summary.slice(result.summary.indexOf("**Emergency override refused**"));
    expect(refused).toContain("(the `change/approved` label) does not count");
    expect(refused).not.toContain("\\`");
  });

  it("does not read a change request when nothing is frozen", async () => {
    const { sb, result } = await freeze(
      { environment: "production", "change-request": "#7" },
      WEDNESDAY,
      scenario(POLICY, [changeRequest(7, "Emergency", "olivia")]),
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ frozen: "false", "overridden-by": "" });
    expect(result.summary).toContain("was given, but no override is needed");
    expect(sb.requests.map((r) => r.route)).not.toContain("graphql");
  });

  it.each([
    [
      "a normal change",
      "Normal",
      "carol",
      POLICY,
      /#7 is a normal change: only an emergency change can pass a freeze/,
    ],
    [
      "an emergency change approved by someone who is not an emergency approver",
      "Emergency",
      "carol",
      POLICY,
      /no emergency approver has approved it/,
    ],
    [
      "any change when the policy does not allow emergencies",
      "Emergency",
      "olivia",
      POLICY.replace("allow-emergency: true", "allow-emergency: false"),
      /does not allow emergency overrides/,
    ],
  ])("refuses the override for %s", async (_what, type, approver, policy, why) => {
    const { result } = await freeze(
      { environment: "production", "change-request": "#7" },
      SATURDAY,
      scenario(policy, [changeRequest(7, type, approver)]),
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ frozen: "true", window: "Weekend", "overridden-by": "" });
    expect(result.summary).toContain("**Emergency override refused**");
    expect(result.summary).toMatch(why);
  });

  it("fails with the line and column of an invalid policy", async () => {
    const bad = POLICY.replace('start: "0 18 * * FRI"', 'start: "0 18 * * FRY"');
    const { result } = await freeze({ environment: "production" }, SATURDAY, scenario(bad));
    expect(result.exitCode).toBe(1);
    expect(result.outputs.frozen).toBe("true");
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: "error",
        file: ".github/gatehouse.yml",
        line: 13,
        col: 14,
        message: expect.stringContaining('day of week field "FRY"'),
      }),
    );
    expect(result.summary).toMatch(/^## ⛔ Frozen \(fails closed\)/);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("fails closed when the policy cannot be read", async () => {
    const { result } = await freeze({ environment: "production" }, WEDNESDAY, scenario(), (sb) =>
      sb.faults.add({
        route: "/repos/{owner}/{repo}/contents/{path}",
        status: 403,
        body: { message: "Resource not accessible by integration" },
        headers: { "x-accepted-github-permissions": "contents=read" },
      }),
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs.frozen).toBe("true");
    expect(result.summary).toMatch(/^## ⛔ Frozen \(fails closed\)/);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ level: "error", message: expect.stringContaining("contents: read") }),
    );
  });

  it("fails closed when the change request cannot be read", async () => {
    const { result } = await freeze(
      { environment: "production", "change-request": "#7" },
      SATURDAY,
      scenario(POLICY, [changeRequest(7, "Emergency", "olivia")]),
      (sb) => sb.faults.add({ route: "graphql", status: 401, body: { message: "Bad credentials" } }),
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ frozen: "true", "overridden-by": "" });
    expect(result.summary).toMatch(/^## ⛔ Frozen \(fails closed\)/);
  });

  it("rejects a runway that is not a number, failing closed", async () => {
    const { result } = await freeze({ environment: "production", runway: "soon" }, WEDNESDAY);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.frozen).toBe("true");
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: "error",
        message: expect.stringContaining("`runway` input must be a whole number"),
      }),
    );
  });

  it("blocks on an environment the repository does not have, listing those it has", async () => {
    // Weekend windows name `production` only: a typo must not escape them.
    const { result } = await freeze({ environment: "Prodution" }, SATURDAY);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.frozen).toBe("true");
    expect(result.stdout).toContain(
      "::error::The `environment` input names `Prodution`, which is not an environment of acme/shop (did you mean `production`?): it has `production`, `staging`. Fix the `environment` input and re-run.",
    );
  });

  it("takes an environment in another case as GitHub does", async () => {
    const { result } = await freeze({ environment: "PRODUCTION" }, WEDNESDAY);
    expect(result.exitCode).toBe(0);
  });

  /** freeze-window run with a token of these permissions (refused with 403, or 404 as fine-grained tokens are). */
  async function freezeWithToken(permissions: Record<string, "read">, now: string, deniedWith?: 404) {
    const sc = scenario();
    sc.tokens = [{ value: "ghs_narrow", permissions, ...(deniedWith ? { deniedWith } : {}) }];
    const sb = await startSandbox(sc);
    sandboxes.push(sb);
    sb.setNow(now);
    return runAction("freeze-window", {
      sandbox: sb,
      token: "ghs_narrow",
      inputs: { environment: "production" },
    });
  }

  it("blocks, naming `actions: read`, when the token cannot list the environments", async () => {
    const result = await freezeWithToken({ contents: "read", issues: "read" }, WEDNESDAY);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.frozen).toBe("true");
    expect(result.stdout).toContain("add `actions: read` to the job's `permissions:`");
  });

  it("never takes a policy it may not read for a missing one: a 404 naming the permission blocks", async () => {
    // A fine-grained token without contents: read gets 404, as if the file were not there.
    const result = await freezeWithToken({ actions: "read", issues: "read" }, SATURDAY, 404);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.frozen).toBe("true");
    expect(result.stdout).toContain("add `permissions: { contents: read }` to the job");
    expect(result.stdout).not.toContain("using the default policy");
  });

  it("uses the defaults only when GitHub shows the default branch without the file", async () => {
    const { sb, result } = await freeze({ environment: "production" }, SATURDAY, scenario(null));
    expect(result.exitCode).toBe(0);
    expect(result.outputs.frozen).toBe("false");
    expect(result.stdout).toContain(
      "No .github/gatehouse.yml on the default branch of acme/shop: using the default policy.",
    );
    expect(sb.requests.map((r) => r.route)).toContain("graphql");
  });
});

/**
 * The first request leaves from the light start, before Octokit has loaded; the client then takes
 * its answer as its own: one request at GitHub, and the client's retries and rate-limit handling
 * for whatever that answer is.
 */
describe("freeze-window: the request sent before the client has loaded", () => {
  const policyRequests = (sb: Sandbox) =>
    sb.requests.filter((r) => r.route === "/repos/{owner}/{repo}/contents/{path}");

  it("is sent once and read as the client's own", async () => {
    const { sb, result } = await freeze({ environment: "production" }, WEDNESDAY);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.frozen).toBe("false");
    expect(sb.requests[0]!.route).toBe("/repos/{owner}/{repo}/contents/{path}");
    expect(policyRequests(sb)).toHaveLength(1);
  });

  it("is retried by the client when GitHub answers it 502", async () => {
    const { sb, result } = await freeze({ environment: "production" }, WEDNESDAY, scenario(), (s) =>
      s.faults.add({ route: "/repos/{owner}/{repo}/contents/{path}", status: 502 }),
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs.frozen).toBe("false");
    expect(result.stdout).toMatch(/GitHub answered 502 to GET .*contents.*; retrying in/);
    expect(policyRequests(sb).map((r) => r.status)).toEqual([502, 200]);
  });

  it("waits out a secondary rate limit on it, as asked", async () => {
    const { sb, result } = await freeze({ environment: "production" }, WEDNESDAY, scenario(), (s) =>
      s.faults.secondaryRateLimit({ route: "/repos/{owner}/{repo}/contents/{path}" }),
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/secondary rate limit was hit for GET .*contents.*; waiting 1 s as asked/);
    expect(policyRequests(sb).map((r) => r.status)).toEqual([403, 200]);
  });
});
