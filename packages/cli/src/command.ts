/**
 * What a `gatehouse` command is. Each command lives in commands/<name>.ts and exports
 * `command: Command`; commands/index.ts registers it with one line.
 */
import type { ParseArgsConfig } from "node:util";

/** Exit codes of every command. */
export const EXIT = {
  /** Done, nothing found. */
  ok: 0,
  /** The command ran and found something: an invalid policy, a frozen instant, a failed step. */
  finding: 1,
  /** The command line (or a file it names) is wrong. */
  usage: 2,
} as const;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Aborted when a long-running command (sandbox) should stop; defaults to Ctrl-C. */
  signal?: AbortSignal;
}

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface Command {
  /** Help text shown by `gatehouse <name> --help`, starting with the usage line. */
  help: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  allowPositionals?: boolean;
  run(args: { values: OptionValues; positionals: string[] }, io: Io): Promise<number>;
}

/** A problem with the command line: printed with a hint to --help, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

export function integerOption(values: OptionValues, name: string, min = 0): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} must be a whole number ≥ ${min}, got "${raw}"`);
  return n;
}
