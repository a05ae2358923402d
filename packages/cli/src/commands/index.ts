/**
 * The `gatehouse` commands, in the order `gatehouse --help` lists them.
 * To add one: write commands/<name>.ts exporting `command: Command`, then add ONE line here.
 * A command module holds its help and options; it imports what it needs inside run(), so
 * `--help` and the other commands never load (or break on) a command's dependencies.
 */
import type { Command } from "../command";

export interface CommandEntry {
  name: string;
  /** One line for `gatehouse --help`. */
  summary: string;
  load: () => Promise<{ command: Command }>;
}

export const commands: CommandEntry[] = [
  {
    name: "validate",
    summary: "Check a policy file; print each problem with its line and column",
    load: () => import("./validate"),
  },
  {
    name: "sandbox",
    summary: "Start the embedded GitHub sandbox from a scenario file",
    load: () => import("./sandbox"),
  },
  {
    name: "demo",
    summary: "Run the whole pipeline against the sandbox with a seeded repository",
    load: () => import("./demo"),
  },
  {
    name: "app",
    summary: "Run the Gatehouse App: GitHub's custom deployment protection rule, with the actions' gate",
    load: () => import("./app"),
  },
  // Action commands register here, one line each:
  {
    name: "notes",
    summary: "Release notes from a local git history, rendered as release-bundle renders them",
    load: () => import("./notes"),
  },
  {
    name: "freeze",
    summary: "Is a deployment frozen at an instant? Which window, until when, and the next freeze",
    load: () => import("./freeze"),
  },
  {
    name: "metrics",
    summary: "The DORA metrics of an environment over a period, from Gatehouse's own records on GitHub",
    load: () => import("./metrics"),
  },
  {
    name: "calendar",
    summary: "The freeze calendar of the coming days as a table, an iCalendar file or a Gantt chart",
    load: () => import("./calendar"),
  },
  {
    name: "verify",
    summary: "Re-check a release from GitHub alone: assets, checksums, tag, approvals, freeze",
    load: () => import("./verify"),
  },
  {
    name: "schedule",
    summary: "The forward schedule of change: open change requests, freezes and the conflicts between them",
    load: () => import("./schedule"),
  },
  // { name: "freeze", summary: "…", load: () => import("./freeze") },
];
