/**
 * gatehouse demo: starts the sandbox with the demo scenario, runs the registered steps in order
 * and ends with a recap and links.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  defaultsFromState,
  recordJobSummary,
  runBundle,
  setWalkthrough,
  startSandbox,
  type WalkthroughStep,
} from "@gatehouse/sandbox";
import { findRepoRoot } from "../repoRoot";
import { createPrinter } from "./printer";
import { loadDemoScenario } from "./scenario";
import { steps as registeredSteps } from "./steps/index";
import type { DemoContext, DemoStep } from "./types";

export const repoRoot = findRepoRoot();

/** The workflow run the demo's jobs belong to (the runner emulation's default GITHUB_RUN_ID). */
const DEMO_RUN_ID = 1000;

/** The four actions of the suite, in pipeline order. */
export const ACTIONS = ["change-gate", "freeze-window", "release-bundle", "post-implementation-review"];

export function bundleOf(name: string, root = repoRoot): string {
  return join(root, "actions", name, "dist", "index.js");
}

export interface DemoOptions {
  write: (text: string) => void;
  steps?: DemoStep[];
  scenario?: Record<string, unknown>;
  root?: string;
  port?: number;
  /** Resolves when the sandbox may stop; until then it keeps serving the printed links (`--keep`). */
  keep?: () => Promise<void>;
}

interface Outcome {
  title: string;
  status: "done" | "failed" | "skipped";
  note: string;
}

/** Runs the demo; returns 0 when every step ran, 1 when one failed. */
export async function runDemo(opts: DemoOptions): Promise<number> {
  const root = opts.root ?? repoRoot;
  const steps = opts.steps ?? registeredSteps;
  const print = createPrinter(opts.write);
  const scenario = opts.scenario ?? loadDemoScenario();
  const sandbox = await startSandbox(scenario, opts.port === undefined ? {} : { port: opts.port });
  try {
    const defaults = defaultsFromState(sandbox.state);
    const repository = defaults.repository ?? "acme/storefront";
    const now = typeof scenario.now === "string" ? scenario.now : sandbox.state.now;
    const links: { label: string; url: string }[] = [];
    // the index page leads with the pipeline: each step, its job summaries and what it left
    const tour: WalkthroughStep[] = steps.map((s) => ({
      title: s.title,
      status: "skipped",
      note: "not run yet",
      links: [],
    }));
    let current: WalkthroughStep | undefined;
    const showTour = () =>
      setWalkthrough(sandbox.store, {
        title: "Gatehouse demo",
        intro: `The pipeline run against ${repository}, step by step: each job's summary as the approvers and the team read it, and what each step left behind on GitHub.`,
        steps: tour,
      });
    showTour();
    const ctx: DemoContext = {
      sandbox,
      repository,
      now,
      print,
      shared: {},
      hasAction: (name) => existsSync(bundleOf(name, root)),
      link: (label, url) => {
        links.push({ label, url });
        current?.links.push({ label, url });
      },
      runAction: async (name, runOpts = {}) => {
        const result = await runBundle(bundleOf(name, root), {
          repository,
          sha: defaults.sha,
          ref: defaults.ref,
          eventName: "push",
          actor: "dana",
          ...runOpts,
          sandbox,
        });
        recordJobSummary(sandbox.store, {
          repository,
          runId: runOpts.runId ?? DEMO_RUN_ID,
          job: name,
          attempt: runOpts.runAttempt ?? 1,
          ...(current ? { step: current.title } : {}),
          conclusion: result.exitCode === 0 ? "success" : "failure",
          markdown: result.summary,
        });
        return result;
      },
    };

    print.line(`Follow the pipeline in a browser: ${sandbox.url}/`);
    print.heading("Gatehouse demo");
    print.line(`A sandboxed GitHub at ${sandbox.url} seeded with ${repository}; it is ${now} there.`);
    for (const name of ACTIONS) {
      const built = ctx.hasAction(name);
      const step = steps.find((s) => s.action === name);
      const state = `${built ? "bundle built" : "no bundle yet"}, ${step ? "demo step" : "no demo step yet"}`;
      print.line(`${name.padEnd(28)} ${state}`);
    }
    if (steps.length === 0)
      print.line("No demo steps are registered yet (packages/cli/src/demo/steps/index.ts).");

    const outcomes: Outcome[] = [];
    for (const [i, step] of steps.entries()) {
      print.heading(`${i + 1}. ${step.title}`);
      current = tour[i]!;
      if (step.action && !ctx.hasAction(step.action)) {
        print.line(`Skipped: actions/${step.action} has no bundle (run pnpm build ${step.action}).`);
        outcomes.push({ title: step.title, status: "skipped", note: "bundle not built" });
      } else {
        try {
          const note = await step.run(ctx);
          outcomes.push({ title: step.title, status: "done", note: note ?? "" });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          print.line(`✗ ${message}`);
          outcomes.push({ title: step.title, status: "failed", note: message });
        }
      }
      const outcome = outcomes.at(-1)!;
      Object.assign(current, { status: outcome.status, note: outcome.note.split("\n")[0] ?? "" });
      current = undefined;
      showTour();
    }

    print.heading("Recap");
    if (outcomes.length === 0) print.line("Nothing ran: no demo steps yet.");
    for (const o of outcomes) {
      const mark = o.status === "done" ? "✓" : o.status === "failed" ? "✗" : "–";
      print.line(`${mark} ${o.title}${o.note ? ` — ${o.note.split("\n")[0]}` : ""}`);
    }
    print.line(`The sandbox answered ${sandbox.requests.length} API request(s).`);
    print.line();
    print.kv("index", `${sandbox.url}/`);
    print.kv("repository", `${sandbox.url}/${repository}`);
    for (const l of links) print.kv(l.label, l.url);
    if (opts.keep) {
      print.line();
      print.line(
        `The sandbox keeps serving the pages (start at ${sandbox.url}/), these links and the API at ${sandbox.apiUrl} until Ctrl-C.`,
      );
      await opts.keep();
    }
    return outcomes.some((o) => o.status === "failed") ? 1 : 0;
  } finally {
    await sandbox.close();
  }
}
