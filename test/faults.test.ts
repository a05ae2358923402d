/**
 * The fault suite: each action's API calls, one at a time, met with each way GitHub misbehaves —
 * 5xx, GraphQL's "Something went wrong", 429 and secondary rate limits, a dropped connection, a
 * write applied whose answer is lost, a stall, 401, 403, 404 — once, and (where a retry could hide
 * it) on every attempt. After each faulted run and after a clean re-run it asserts:
 * recover-or-block (a gate never allows what a clean run blocks, nor allows anything else than
 * it), no duplicate (one review per deployment, one comment per change request and run, one
 * release per tag and one asset per name), no hang, and that the clean re-run converges on the
 * state a clean run leaves. The steps run in process with a client of short timeouts, so a stall
 * costs milliseconds; the counts by fault kind are printed.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { changeRequestFormBody } from "../packages/core/src/change/changeRequest.fixture";
import { parseReviewChangeRequests } from "../packages/core/src/review/postImplementationReview";
import { createClient, type GitHubClient } from "../packages/github/src/client";
import { loadPolicy } from "../packages/github/src/policy";
import { fileAsset } from "../packages/github/src/releaseAssets";
import {
  bundleRelease,
  checkFreeze,
  postImplementationReview,
  requireEnvironment,
  runGate,
} from "../packages/release-process/src";
import type { FaultSpec } from "../packages/sandbox/src/faults";
import type { Scenario } from "../packages/sandbox/src/scenario";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/server";
import { NOW as GATE_NOW, RUN_ID, world } from "./change-gate.fixture";

/** What a run came to: `ok` false is a block (gates) or a failed step (recording actions). */
interface Outcome {
  ok: boolean;
  /** What an ok run decided or recorded, to compare with a clean run's. */
  key: string;
  why?: string;
}

interface ActionCase {
  name: string;
  /** A gate: a faulted run that is ok where a clean one blocks, or ok with another result, opens it. */
  gate: boolean;
  scenario(): Scenario;
  run(client: GitHubClient, sb: Sandbox): Promise<Outcome>;
  /** What must be one of a kind: name → how many there are (compared with a clean run's). */
  census(sb: Sandbox): Record<string, number>;
}

const KINDS = {
  "5xx": { status: 502, body: { message: "Bad Gateway" } },
  "something went wrong": null, // GraphQL only: see faultFor
  "429": {
    status: 429,
    headers: { "retry-after": "0.01" },
    body: { message: "You have exceeded a secondary rate limit. Please wait a few minutes." },
  },
  "secondary rate limit": {
    status: 403,
    headers: { "retry-after": "0.01", "x-ratelimit-remaining": "4000" },
    body: {
      message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
    },
  },
  "dropped connection": { drop: true },
  "applied, answer lost": { applied: true },
  stall: { stall: true },
  "401": { status: 401, body: { message: "Bad credentials" } },
  "403": { status: 403, body: { message: "Resource not accessible by integration" } },
  "404": { status: 404, body: { message: "Not Found" } },
} satisfies Record<string, FaultSpec | null>;
type Kind = keyof typeof KINDS;
/** Kinds a retry could hide once: tried on every attempt too. */
const PERSISTENT: Kind[] = ["5xx", "stall"];

function faultFor(
  kind: Kind,
  call: { method: string; route: string; after: number },
  times: number,
): FaultSpec | null {
  const where = { method: call.method, route: call.route, after: call.after, times };
  if (kind === "something went wrong") {
    if (call.route !== "graphql") return null;
    return {
      ...where,
      status: 200,
      body: { data: null, errors: [{ message: "Something went wrong while executing your query." }] },
    };
  }
  return { ...where, ...KINDS[kind] };
}

const client = (sb: Sandbox) =>
  createClient({
    token: sb.token,
    apiUrl: sb.apiUrl,
    graphqlUrl: sb.graphqlUrl,
    retryBaseMs: 2,
    timeouts: { connectMs: 200, idleMs: 120 },
    proxy: { noProxy: [] },
    log: () => {},
  });

const fail = (e: unknown): Outcome => ({
  ok: false,
  key: "",
  why: e instanceof Error ? e.message : String(e),
});

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const comments = (sb: Sandbox, marker: string) => {
  const out: Record<string, number> = {};
  for (const r of sb.state.repos)
    for (const i of r.issues) {
      const n = i.comments.filter((c) => c.body.includes(marker)).length;
      if (n > 0) out[`${marker} on ${r.owner}/${r.name}#${i.number}`] = n;
    }
  return out;
};

// ---- the four actions ------------------------------------------------------------------------

const gateCase: ActionCase = {
  name: "change-gate",
  gate: true,
  scenario: () => world({}),
  async run(c, sb) {
    const result = await runGate({
      client: c,
      ctx: {
        repository: { owner: "acme", repo: "shop" },
        sha: sb.state.repos[0]!.refs.get("refs/heads/main")!,
        event: { repository: { default_branch: "main" } },
        runId: RUN_ID,
        runUrl: "",
        serverUrl: sb.url,
      },
      inputs: {
        environment: "production",
        changeRequestText: "",
        base: "",
        head: "",
        mode: "enforce",
        policyRef: "",
      },
    });
    if (result.decision !== "allow") return { ok: false, key: "", why: result.reasons.join(" ") };
    return {
      ok: true,
      key: JSON.stringify([
        result.range?.baseSha,
        result.changeRequests.map((x) => [x.repository, x.number, x.authorised]),
      ]),
    };
  },
  census: (sb) => comments(sb, "<!-- gatehouse:change-gate:"),
};

const FREEZE_POLICY = `version: 1
freeze:
  timezone: Europe/Berlin
  allow-emergency: true
  windows:
    - { name: Weekend, start: "0 18 * * FRI", end: "0 6 * * MON", environments: [production] }
approvals:
  emergency-approvers: { users: [olivia] }
`;

const freezeCase = (name: string, now: string, changeRequest: string): ActionCase => ({
  name,
  gate: true,
  scenario: () => ({
    now,
    users: ["alice", "olivia"],
    repos: [
      {
        repo: "acme/shop",
        labels: ["change-request", "change/approved"],
        environments: ["production", "staging"],
        commits: [{ message: "chore: initial", author: "alice", date: "2026-11-01T10:00:00Z" }],
        files: { ".github/gatehouse.yml": FREEZE_POLICY },
        issues: [
          {
            number: 7,
            title: "Emergency: payments down",
            author: "alice",
            body: changeRequestFormBody({ "Change type": "Emergency", Risk: "High" }),
            createdAt: "2026-12-05T08:00:00Z",
            labels: ["change-request"],
            comments: [{ author: "olivia", body: "/approve", createdAt: "2026-12-05T09:00:00Z" }],
          },
        ],
      },
    ],
  }),
  async run(c) {
    // As freeze-window's main: the policy and the environment together, then the check.
    const [loaded] = await Promise.all([
      loadPolicy(c, { owner: "acme", repo: "shop", defaultBranch: "main" }),
      requireEnvironment(c, { owner: "acme", repo: "shop" }, "production"),
    ]);
    const check = await checkFreeze({
      client: c,
      repository: "acme/shop",
      policy: loaded,
      environment: "production",
      runwayMinutes: 0,
      changeRequest,
      now: c.now(),
    });
    return check.frozen
      ? { ok: false, key: "", why: check.refusal ?? "frozen" }
      : { ok: true, key: `${check.assessment.frozen}:${check.override?.ref ?? ""}` };
  },
  census: () => ({}),
});

const reviewCase: ActionCase = {
  name: "post-implementation-review",
  gate: false,
  scenario: () => ({
    now: "2026-11-23T14:30:00Z",
    users: ["alice", "bob", "carol"],
    repos: [
      {
        repo: "acme/shop",
        labels: ["change-request", "change/approved"],
        environments: ["production"],
        issues: [
          {
            number: 12,
            title: "Switch payments",
            author: "bob",
            labels: ["change-request", "change/approved"],
          },
        ],
        runs: [
          { id: RUN_ID, approvals: [{ user: "carol", state: "approved", environments: ["production"] }] },
        ],
      },
    ],
  }),
  async run(c) {
    const loaded = await loadPolicy(c, { owner: "acme", repo: "shop", defaultBranch: "main" });
    const result = await postImplementationReview(
      c,
      { repository: "acme/shop", runId: RUN_ID, runAttempt: 1, runUrl: "", serverUrl: "http://sandbox" },
      {
        environment: "production",
        outcome: "success",
        changeRequests: parseReviewChangeRequests(JSON.stringify([{ repository: "acme/shop", number: 12 }])),
        releaseTag: null,
        startedAt: null,
        reviewRepository: "acme/shop",
        assignees: [],
        dueInDays: loaded.policy.review.dueInDays,
        labels: [],
        closeChangeRequests: "never",
        freezeOverriddenBy: null,
      },
      c.now(),
    );
    return { ok: true, key: `#${result.issueNumber}` };
  },
  census: (sb) => {
    const shop = sb.state.repos[0]!;
    return {
      "open reviews": shop.issues.filter((i) => i.body?.includes("<!-- gatehouse:pir:")).length,
      "review labels": shop.labels.filter((l) => l.name === "post-implementation-review").length,
      ...comments(sb, "<!-- gatehouse:pir-link:"),
    };
  },
};

const bundleCase: ActionCase = {
  name: "release-bundle",
  gate: false,
  scenario: () => ({
    now: "2026-11-23T14:30:00Z",
    users: ["alice", "bob"],
    repos: [
      {
        repo: "acme/shop",
        environments: ["production"],
        commits: [
          { message: "chore(release): 1.0.0", author: "alice", date: "2026-10-02T10:00:00Z" },
          { message: "fix: rounding of totals", author: "bob", date: "2026-11-20T10:00:00Z" },
        ],
        tags: { "v1.0.0": "chore(release): 1.0.0" },
        releases: [
          {
            tag: "v1.0.0",
            target: "chore(release): 1.0.0",
            publishedAt: "2026-10-02T10:10:00Z",
            body: "First.",
          },
        ],
        runs: [{ id: RUN_ID }],
      },
    ],
  }),
  async run(c, sb) {
    const dir = mkdtempSync(join(tmpdir(), "faults-ws-"));
    dirs.push(dir);
    writeFileSync(join(dir, "shop.tar.gz"), "the build");
    const policy = await loadPolicy(c, { owner: "acme", repo: "shop", defaultBranch: "main" });
    const result = await bundleRelease({
      client: c,
      ctx: {
        repository: { owner: "acme", repo: "shop" },
        sha: sb.state.repos[0]!.refs.get("refs/heads/main")!,
        runId: RUN_ID,
        runAttempt: 1,
        runUrl: "",
        workflow: "deploy",
        serverUrl: sb.url,
      },
      now: c.now(),
      policy,
      request: {
        version: "",
        tagPrefix: undefined,
        prerelease: undefined,
        draft: false,
        dryRun: false,
        changeRequests: [],
        environment: "production",
        freeze: undefined,
      },
      artefacts: [await fileAsset(join(dir, "shop.tar.gz"), "shop.tar.gz")],
      log: { info: () => {}, warning: () => {} },
    });
    if (result.failure) return { ok: false, key: "", why: result.failure };
    return { ok: true, key: `${result.tag}:${result.release?.draft === false}` };
  },
  census: (sb) => {
    const out: Record<string, number> = {};
    for (const r of sb.state.repos[0]!.releases) {
      out[`releases ${r.tagName}`] = (out[`releases ${r.tagName}`] ?? 0) + 1;
      for (const a of r.assets)
        out[`${r.tagName} asset ${a.name}`] = (out[`${r.tagName} asset ${a.name}`] ?? 0) + 1;
    }
    return out;
  },
};

const CASES: ActionCase[] = [
  gateCase,
  freezeCase("freeze-window (frozen)", "2026-12-05T10:00:00Z", ""),
  freezeCase("freeze-window (emergency override)", "2026-12-05T10:00:00Z", "#7"),
  reviewCase,
  bundleCase,
];

// ---- the suite -------------------------------------------------------------------------------

interface Tally {
  runs: number;
  recovered: number;
  blocked: number;
  failOpens: number;
  duplicates: number;
  hangs: number;
  notConverged: number;
}
const tally = new Map<Kind, Tally>();
const problems: string[] = [];
const HANG_MS = 15_000;

function count(kind: Kind): Tally {
  let t = tally.get(kind);
  if (!t) {
    t = { runs: 0, recovered: 0, blocked: 0, failOpens: 0, duplicates: 0, hangs: 0, notConverged: 0 };
    tally.set(kind, t);
  }
  return t;
}

async function within(p: Promise<Outcome>): Promise<Outcome | "hang"> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<"hang">((resolve) => {
    timer = setTimeout(() => resolve("hang"), HANG_MS);
  });
  try {
    return await Promise.race([p.catch(fail), hang]);
  } finally {
    clearTimeout(timer);
  }
}

const exceeds = (now: Record<string, number>, clean: Record<string, number>) =>
  Object.entries(now)
    .filter(([k, n]) => n > (clean[k] ?? 1))
    .map(([k, n]) => `${k}: ${n}`);
const differs = (now: Record<string, number>, clean: Record<string, number>) =>
  JSON.stringify(Object.entries(now).sort()) !== JSON.stringify(Object.entries(clean).sort());

describe("under faults", () => {
  // The actions run side by side: most of a faulted run is waiting (back-off, stalls).
  it.concurrent.each(CASES)(
    "$name recovers or blocks at every call, never duplicates, never hangs, and a clean re-run converges",
    async (action) => {
      // The clean run: what to expect, and the calls it makes.
      const clean = await startSandbox(action.scenario());
      const baseline = await action.run(client(clean), clean);
      const calls = clean.requests.map((r) => ({ method: r.method, route: r.route }));
      const cleanCensus = action.census(clean);
      await clean.close();
      expect(baseline.why ?? "").toBe(action.gate && action.name.includes("frozen") ? baseline.why : "");

      // Each API call the action makes, at its first use (later uses of a route — pages, uploads —
      // go through the same code).
      const seen = new Set<string>();
      const targets = calls.flatMap((c) => {
        const k = `${c.method} ${c.route}`;
        if (seen.has(k)) return [];
        seen.add(k);
        return [{ ...c, after: 0 }];
      });
      for (const call of targets) {
        for (const kind of Object.keys(KINDS) as Kind[]) {
          for (const times of PERSISTENT.includes(kind) ? [1, Number.POSITIVE_INFINITY] : [1]) {
            const spec = faultFor(kind, call, times);
            if (!spec) continue;
            const where = `${action.name}: ${kind}${times > 1 ? " (every attempt)" : ""} at ${call.method} ${call.route} #${call.after + 1}`;
            const t = count(kind);
            t.runs++;
            const sb = await startSandbox(action.scenario());
            try {
              sb.faults.add(spec);
              const faulted = await within(action.run(client(sb), sb));
              sb.faults.clear();
              if (faulted === "hang") {
                t.hangs++;
                problems.push(`${where}: hung`);
                continue;
              }
              if (faulted.ok && (!baseline.ok || faulted.key !== baseline.key)) {
                if (action.gate) {
                  t.failOpens++;
                  problems.push(
                    `${where}: fail-open (${faulted.key} where a clean run gives ${baseline.ok ? baseline.key : `block: ${baseline.why}`})`,
                  );
                } else {
                  t.notConverged++;
                  problems.push(`${where}: recorded ${faulted.key}, a clean run ${baseline.key}`);
                }
              } else if (faulted.ok) t.recovered++;
              else if (baseline.ok) {
                t.blocked++;
                if (!faulted.why || /\n\s+at /.test(faulted.why))
                  problems.push(`${where}: blocked without a plain reason`);
              } else t.recovered++;
              const dup = exceeds(action.census(sb), cleanCensus);
              if (dup.length > 0) {
                t.duplicates++;
                problems.push(`${where}: duplicates after the faulted run: ${dup.join(", ")}`);
              }
              // A clean re-run: the same outcome, nothing duplicated, the state a clean run leaves.
              const again = await within(action.run(client(sb), sb));
              const after = action.census(sb);
              if (again === "hang" || again.ok !== baseline.ok || (again.ok && again.key !== baseline.key)) {
                t.notConverged++;
                problems.push(
                  `${where}: the clean re-run gave ${again === "hang" ? "a hang" : JSON.stringify(again)}`,
                );
              } else if (differs(after, cleanCensus)) {
                const extra = exceeds(after, cleanCensus);
                if (extra.length > 0) t.duplicates++;
                else t.notConverged++;
                problems.push(
                  `${where}: after a clean re-run ${JSON.stringify(after)}, a clean run leaves ${JSON.stringify(cleanCensus)}`,
                );
              }
            } finally {
              await sb.close();
            }
          }
        }
      }
    },
    600_000,
  );
});

afterAll(() => {
  const rows = [...tally.entries()].map(([kind, t]) => ({ kind, ...t }));
  const columns = [
    "runs",
    "recovered",
    "blocked",
    "failOpens",
    "duplicates",
    "hangs",
    "notConverged",
  ] as const;
  const line = (cells: (string | number)[]) =>
    cells.map((c, i) => String(c).padStart(i === 0 ? 22 : 13)).join("");
  console.log(
    [
      "Fault suite, by fault kind (recovered: the clean run's result; blocked: failed closed):",
      line(["kind", ...columns]),
      ...rows.map((r) => line([r.kind, ...columns.map((c) => r[c])])),
    ].join("\n"),
  );
  if (problems.length > 0) console.log(problems.join("\n"));
  const bad = rows.reduce((n, r) => n + r.failOpens + r.duplicates + r.hangs + r.notConverged, 0);
  expect(problems).toEqual([]);
  expect(bad).toBe(0);
});
