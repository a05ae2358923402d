/**
 * The policy file named by `--policy` (default `.github/gatehouse.yml`), read for a command: its
 * text and the path to show in messages. An unreadable file is a usage error.
 */
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { type Io, type OptionValues, stringOption, UsageError } from "./command";

export const DEFAULT_POLICY = ".github/gatehouse.yml";

export function readPolicyFile(values: OptionValues, io: Pick<Io, "cwd">): { text: string; shown: string } {
  const given = stringOption(values, "policy") ?? DEFAULT_POLICY;
  const path = resolve(io.cwd, given);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT"
        ? `no policy file at ${given} (use --policy FILE)`
        : `cannot read ${given}: ${code ?? error}`,
    );
  }
  return { text, shown: relative(io.cwd, path) || given };
}
