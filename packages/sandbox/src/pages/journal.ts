/**
 * What the sandbox's pages show besides its state: the job summaries of the workflow runs that
 * ran against it (GitHub keeps each job's summary with the run; the runner emulation hands them
 * over here) and, for a guided tour such as the demo, the steps to click through from the index
 * page. Kept per sandbox (per store), in memory, like the rest of its state.
 */
import type { Store } from "../store";

/** One job's summary (`GITHUB_STEP_SUMMARY`), as the run page shows it. */
export interface JobSummary {
  /** The job's id, in the sandbox's sequence; its page is …/actions/runs/{runId}/job/{id}. */
  id: number;
  /** owner/name */
  repository: string;
  runId: number;
  /** What ran, e.g. "change-gate". */
  job: string;
  /** The run attempt (a re-run is attempt 2). */
  attempt: number;
  /** The walkthrough step this job belongs to, if any. */
  step?: string;
  conclusion: "success" | "failure";
  /** The summary's Markdown, as the job wrote it. */
  markdown: string;
  /** Sandbox time when the job ended. */
  at: string;
}

/** One step of a walkthrough (the demo's pipeline): what it did, and where to look. */
export interface WalkthroughStep {
  title: string;
  status: "done" | "failed" | "skipped";
  /** One line: what the step ended with. */
  note: string;
  links: { label: string; url: string }[];
}

export interface Walkthrough {
  title: string;
  intro: string;
  steps: WalkthroughStep[];
}

interface Journal {
  summaries: JobSummary[];
  walkthrough?: Walkthrough;
}

const journals = new WeakMap<Store, Journal>();

function journal(store: Store): Journal {
  let j = journals.get(store);
  if (!j) {
    j = { summaries: [] };
    journals.set(store, j);
  }
  return j;
}

/** Keeps a job's summary for the run's pages; returns the job page's path (…/job/{id}). */
export function recordJobSummary(store: Store, summary: Omit<JobSummary, "id" | "at">): string {
  const j = journal(store);
  const id = j.summaries.length + 1;
  j.summaries.push({ ...summary, id, at: store.state.now });
  return jobPath(summary.repository, summary.runId, id);
}

/** The path of a job's page. */
export function jobPath(repository: string, runId: number, id: number): string {
  return `/${repository}/actions/runs/${runId}/job/${id}`;
}

/** Sets (or replaces) the walkthrough the index page leads with. */
export function setWalkthrough(store: Store, walkthrough: Walkthrough): void {
  journal(store).walkthrough = walkthrough;
}

export function jobSummaries(store: Store): readonly JobSummary[] {
  return journals.get(store)?.summaries ?? [];
}

export function walkthroughOf(store: Store): Walkthrough | undefined {
  return journals.get(store)?.walkthrough;
}
