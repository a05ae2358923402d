import type { RunBundleOptions, RunResult } from "@gatehouse/sandbox";
import type { Printer } from "./printer";

/** The sandbox the demo runs against (what startSandbox returns). */
export type DemoSandbox = Awaited<ReturnType<typeof import("@gatehouse/sandbox").startSandbox>>;

export interface DemoContext {
  sandbox: DemoSandbox;
  /** owner/name of the demo repository (the scenario's first repository). */
  repository: string;
  /**
   * The scenario's `now`, where the sandbox's clock starts. The actions take GitHub's time from the
   * sandbox's answers (their `Date`), which moves on one second per write; a step that needs
   * another instant moves the clock with `sandbox.setNow`.
   */
  now: string;
  /** Is actions/<name>/dist/index.js built? */
  hasAction(name: string): boolean;
  /**
   * Runs actions/<name>/dist/index.js as a runner would, against the sandbox. Defaults: the demo
   * repository, the head of its default branch, the sandbox token, at the sandbox's clock.
   */
  runAction(name: string, opts?: Omit<RunBundleOptions, "sandbox">): Promise<RunResult>;
  print: Printer;
  /** Values later steps need (e.g. change-gate's `change-requests` output for release-bundle). */
  shared: Record<string, string>;
  /** Adds a link to the recap at the end of the demo. */
  link(label: string, url: string): void;
}

/** One step of the demo pipeline; demo/steps/<action>.ts exports one, steps/index.ts lists them. */
export interface DemoStep {
  title: string;
  /** The action this step shows: the step is skipped (and said so) while its bundle is not built. */
  action?: string;
  /** Throw to mark the step failed; return a one-line outcome for the recap. */
  run(ctx: DemoContext): Promise<string | undefined>;
}
