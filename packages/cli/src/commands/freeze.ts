import type { Policy } from "@gatehouse/core/freeze";
import {
  type Command,
  EXIT,
  type Io,
  integerOption,
  type OptionValues,
  stringOption,
  UsageError,
} from "../command";

import { DEFAULT_POLICY, readPolicyFile } from "../policyFile";

export { DEFAULT_POLICY } from "../policyFile";

/**
 * Reads and validates the policy named by --policy. An unreadable or invalid file is a usage error
 * (exit 2): the problems are printed with line and column first.
 */
export async function readPolicyOption(values: OptionValues, io: Io): Promise<Policy> {
  const { text, shown } = readPolicyFile(values, io);
  const { formatProblems, readPolicy } = await import("@gatehouse/core/freeze");
  const { policy, problems } = readPolicy(text);
  if (!policy) {
    io.err(formatProblems(problems, shown));
    throw new UsageError(`${problems.length} problem${problems.length === 1 ? "" : "s"} in ${shown}`);
  }
  return policy;
}

/**
 * The instant to assess: `--at` with an offset (`Z`, `+01:00`) is that instant; a local date-time
 * without one is read in the policy's default time zone; absent, this computer's clock.
 */
export async function instantOption(values: OptionValues, zone: string): Promise<Date> {
  const at = stringOption(values, "at");
  if (!at) return new Date();
  const { localToInstant, parseLocalDateTime } = await import("@gatehouse/core/freeze");
  const local = parseLocalDateTime(at);
  if (!("error" in local)) return new Date(localToInstant(local, zone));
  const ms = Date.parse(at);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(at) || Number.isNaN(ms)) {
    throw new UsageError(
      `--at must be an ISO 8601 date-time such as 2026-12-24T10:00:00Z, 2026-12-24T10:00+01:00 or 2026-12-24T10:00 (in ${zone}), got "${at}"`,
    );
  }
  return new Date(ms);
}

export const command: Command = {
  help: `Usage: gatehouse freeze --policy FILE [--env NAME] [--at ISO] [--runway MINUTES] [--json]

Is a deployment frozen at an instant? Reads the freeze windows of a policy file and prints the
decision: which window blocks, when deployments can go again (overlapping and back-to-back
windows merged), and the next freeze.

Options:
  --policy FILE      the policy (default ${DEFAULT_POLICY})
  --env NAME         the environment deployed to (default: every window counts)
  --at ISO           the instant: 2026-12-24T10:00:00Z or with an offset; without one, a local
                     time in the policy's freeze.timezone (default: now)
  --runway MINUTES   how long the deployment takes: a freeze starting before it ends blocks too
  --json             print {"frozen", "window", "endsAt", "nextWindow", "nextStartsAt"}
  -h, --help         show this help

Times are ISO 8601 with the offset of the window's time zone.
Exit codes: 0 not frozen, 1 frozen, 2 usage error or invalid policy (problems with line:column).`,
  options: {
    policy: { type: "string" },
    env: { type: "string" },
    at: { type: "string" },
    runway: { type: "string" },
    json: { type: "boolean" },
  },
  async run({ values }, io) {
    const policy = await readPolicyOption(values, io);
    const runwayMinutes = integerOption(values, "runway", 0) ?? 0;
    const now = await instantOption(values, policy.freeze.timezone);
    const environment = stringOption(values, "env");
    const { assessFreeze } = await import("@gatehouse/core/freeze");
    const result = assessFreeze(policy.freeze, { environment, now, runwayMinutes });
    if (values.json) {
      const { frozen, window, endsAt, nextWindow, nextStartsAt } = result;
      io.out(JSON.stringify({ frozen, window, endsAt, nextWindow, nextStartsAt }));
    } else {
      io.out(`${result.frozen ? "FROZEN" : "not frozen"}: ${result.reason}`);
      if (result.frozen && result.nextWindow) {
        io.out(`After that, the next freeze is "${result.nextWindow}" from ${result.nextStartsAt}.`);
      }
    }
    return result.frozen ? EXIT.finding : EXIT.ok;
  },
};
