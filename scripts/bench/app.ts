/**
 * The App under a burst: 500 `deployment_protection_rule` deliveries across 20 repositories, sent
 * by the sandbox as fast as it can, to the App running as its image runs it (the bundled file,
 * scripts/build-app.ts) in its own process, so its memory is its own. Measured: delivery → answer (or status report, for a held job), p50 and
 * p99; the App's peak and settled memory after each burst; API requests per decision. Checked:
 * none lost, every answer right (16 repositories approved, 2 held for an approval, 2 rejected).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { changeRequestFormBody } from "../../packages/core/src/change/changeRequest.fixture";
import type { ProtectionGate } from "../../packages/sandbox/src/types";
import { bundleApp } from "../build-app";
import type { BenchScenario, Sandbox } from "./framework";

const REPOS = 20;
const MAX_BURSTS = 6;
const DELIVERIES = 500;
const SECRET = "bench-webhook-secret";
const APPROVER = "chen";

type Kind = "approved" | "held" | "rejected";
/** Repositories 1–16 have an approved change request, 17–18 one awaiting approval, 19–20 a pull request without one. */
const kindOf = (i: number): Kind => (i < 16 ? "approved" : i < 18 ? "held" : "rejected");
const repoName = (i: number) => `svc-${String(i + 1).padStart(2, "0")}`;

function burstScenario() {
  const form = (approved: boolean) => ({
    number: 1,
    title: "Change",
    author: "alice",
    createdAt: "2026-05-01T09:00:00Z",
    labels: ["change-request"],
    body: changeRequestFormBody(),
    comments: approved ? [{ author: APPROVER, body: "/approve", createdAt: "2026-05-02T09:00:00Z" }] : [],
  });
  return {
    now: "2026-05-04T09:00:00Z",
    users: ["alice", "bob", APPROVER],
    orgs: ["acme"],
    apps: [
      {
        slug: "gatehouse",
        owner: "acme",
        permissions: {
          actions: "read" as const,
          contents: "read" as const,
          deployments: "write" as const,
          issues: "write" as const,
          "pull-requests": "read" as const,
        },
        events: ["deployment_protection_rule", "issue_comment", "issues"],
        webhookSecret: SECRET,
        installations: [{ account: "acme" }],
      },
    ],
    repos: Array.from({ length: REPOS }, (_, i) => ({
      repo: `acme/${repoName(i)}`,
      environments: [{ name: "production", protectionRules: ["gatehouse"] }],
      commits: [
        { message: "chore: initial", author: "alice", date: "2026-04-01T09:00:00Z", files: ["README.md"] },
      ],
      deployments: [
        {
          environment: "production",
          sha: "chore: initial",
          createdAt: "2026-04-01T10:00:00Z",
          statuses: ["success"],
        },
      ],
      issues: [form(kindOf(i) === "approved")],
      pulls: [
        {
          number: 2,
          title: "feat: a feature",
          author: "bob",
          body: kindOf(i) === "rejected" ? "No link." : "Change-Request: #1",
          merged: true,
          mergedAt: "2026-05-03T09:00:00Z",
          files: [{ path: "src/feature.ts", additions: 10, deletions: 1 }],
        },
      ],
      files: { ".github/gatehouse.yml": `version: 1\napprovals:\n  approvers:\n    users: [${APPROVER}]\n` },
    })),
  };
}

/** Resident and peak resident memory of a process, in MB (Linux). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) =>
    Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

/** CPU seconds a process has used (user + system), from /proc (Linux, 100 ticks a second). */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function startAppProcess(root: string, sb: Sandbox, dir: string) {
  const keyFile = join(dir, "app.pem");
  writeFileSync(keyFile, sb.apps.get("gatehouse").privateKey);
  // The App as its image runs it: the one bundled file, no node_modules.
  const { file } = await bundleApp(root, dir);
  const child: ChildProcess = spawn(process.execPath, [file], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      APP_ID: String(sb.apps.get("gatehouse").id),
      PRIVATE_KEY_PATH: keyFile,
      WEBHOOK_SECRET: SECRET,
      GITHUB_API_URL: sb.apiUrl,
      PORT: "0",
      HOST: "127.0.0.1",
      RECHECK_MINUTES: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: Record<string, unknown>[] = [];
  let buffered = "";
  const waiters: {
    test: (l: Record<string, unknown>) => boolean;
    done: (l: Record<string, unknown>) => void;
  }[] = [];
  child.stdout!.on("data", (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    let nl = buffered.indexOf("\n");
    while (nl >= 0) {
      const text = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      nl = buffered.indexOf("\n");
      try {
        const line = JSON.parse(text) as Record<string, unknown>;
        if (line.level !== "info" || line.msg !== "delivery handled") lines.push(line);
        for (const w of [...waiters]) if (w.test(line)) waiters.splice(waiters.indexOf(w), 1) && w.done(line);
      } catch {
        // not a log line
      }
    }
  });
  let stderr = "";
  child.stderr!.on("data", (c: Buffer) => {
    stderr += c.toString("utf8");
  });
  const waitFor = (test: (l: Record<string, unknown>) => boolean, ms = 60_000) =>
    new Promise<Record<string, unknown>>((done, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`the App did not log what was awaited in ${ms} ms: ${stderr.slice(-500)}`)),
        ms,
      );
      waiters.push({ test, done: (l) => (clearTimeout(timer), done(l)) });
    });
  return { child, lines, waitFor };
}

export const appBurstBench: BenchScenario = {
  name: "app: burst of 500 deliveries, 20 repositories",
  // The median, over the bursts, of each burst's p99 delivery → answer.
  budget: { ms: 2000 },
  async run(ctx) {
    const sb = await ctx.sandbox(burstScenario());
    const dir = mkdtempSync(join(tmpdir(), "gatehouse-app-bench-"));
    const app = await startAppProcess(ctx.root, sb, dir);
    try {
      const serving = await app.waitFor((l) => l.msg === "Gatehouse App serving");
      const swept = app.waitFor((l) => l.msg === "swept the waiting runs");
      sb.apps.setWebhookUrl("gatehouse", `${String(serving.url)}/webhooks`);
      await swept;
      const pid = app.child.pid!;
      // One burst per run (`--runs N`), at most MAX_BURSTS: enough to see whether memory settles.
      const bursts = Math.min(ctx.runs, MAX_BURSTS);
      const p99s: number[] = [];
      const notes: string[] = [];
      let requestsPerDecision = 0;
      let deliveriesPerDecision = 0;
      let settled: number[] = [];
      // What each burst starts from: the scenario's deployments and comments (the gate reads the
      // 50 newest deployments of the environment, and every comment of a change request).
      const seeded = sb.state.repos.map((r) => ({
        repo: r,
        deployments: [...r.deployments],
        comments: r.issues.map((i) => [...i.comments]),
      }));
      for (let b = 0; b < bursts; b++) {
        for (const s of seeded) {
          s.repo.deployments.splice(0, s.repo.deployments.length, ...s.deployments);
          for (const [n, i] of s.repo.issues.entries())
            i.comments.splice(0, i.comments.length, ...s.comments[n]!);
          for (const run of s.repo.runs) if (run.status === "waiting") run.status = "completed";
        }
        sb.resetRequests();
        const deliveriesBefore = sb.apps.deliveries.length;
        const cpuApp = cpuSecondsOf(pid);
        const cpuHere = process.cpuUsage();
        const pending: { gate: ProtectionGate; kind: Kind; t0: number }[] = [];
        const started = performance.now();
        for (let i = 0; i < DELIVERIES; i++) {
          const r = i % REPOS;
          const { gates } = sb.apps.requestDeployment({
            repository: `acme/${repoName(r)}`,
            environment: "production",
          });
          pending.push({ gate: gates[0]!, kind: kindOf(r), t0: performance.now() });
        }
        const latencies: number[] = [];
        const wrong: string[] = [];
        const open = new Set(pending);
        const deadline = Date.now() + 180_000;
        while (open.size > 0 && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 5));
          const now = performance.now();
          for (const p of open) {
            const answered = p.gate.state !== "pending" || p.gate.reports.length > 0;
            if (!answered) continue;
            open.delete(p);
            latencies.push(now - p.t0);
            const got = p.gate.state === "pending" ? "held" : p.gate.state;
            if (got !== p.kind)
              wrong.push(
                `${p.kind} → ${got} (${(p.gate.comment ?? p.gate.reports.at(-1)?.comment ?? "").slice(0, 400)})`,
              );
          }
        }
        const wall = performance.now() - started;
        const appCpu = cpuSecondsOf(pid) - cpuApp;
        const used = process.cpuUsage(cpuHere);
        const sandboxCpu = (used.user + used.system) / 1e6;
        if (open.size > 0)
          throw new Error(`${open.size} of ${DELIVERIES} deliveries got no answer in 180 s (lost)`);
        if (wrong.length > 0)
          throw new Error(`${wrong.length} wrong answers, e.g. ${wrong.slice(0, 3).join("; ")}`);
        await sb.apps.idle();
        latencies.sort((a, b) => a - b);
        const p50 = percentile(latencies, 50);
        const p99 = percentile(latencies, 99);
        p99s.push(p99);
        requestsPerDecision = sb.requests.length / DELIVERIES;
        // GitHub's webhook deliveries to the App: the requests, and the App's own comments coming back.
        deliveriesPerDecision = (sb.apps.deliveries.length - deliveriesBefore) / DELIVERIES;
        await new Promise((r) => setTimeout(r, 500));
        const mem = memoryOf(pid);
        settled.push(mem.rss);
        notes.push(
          `burst ${b + 1}: p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, all answered in ${(wall / 1000).toFixed(1)} s, CPU: App ${((appCpu * 1000) / DELIVERIES).toFixed(1)} ms and sandbox ${((sandboxCpu * 1000) / DELIVERIES).toFixed(1)} ms a decision, App RSS ${mem.rss.toFixed(0)} MB`,
        );
        ctx.log(notes.at(-1)!);
      }
      const peak = memoryOf(pid).peak;
      settled = settled.map((m) => Math.round(m));
      return {
        samplesMs: p99s,
        requests: Math.round(requestsPerDecision * DELIVERIES),
        peakMb: peak,
        note: `${notes.join("; ")}; ${requestsPerDecision.toFixed(1)} API requests per decision (token minting and status reports included) and ${deliveriesPerDecision.toFixed(1)} webhook deliveries to the App (the requests, and its own comments on the change requests coming back as issue_comment); App RSS after each burst ${settled.join(" → ")} MB; every answer right, none lost (median ms = median of the bursts' p99)`,
      };
    } finally {
      if (app.child.exitCode === null && app.child.signalCode === null) {
        const exited = new Promise((r) => app.child.once("exit", r));
        app.child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
