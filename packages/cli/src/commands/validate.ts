import { type Command, EXIT } from "../command";
import { DEFAULT_POLICY, readPolicyFile } from "../policyFile";

export const command: Command = {
  help: `Usage: gatehouse validate [--policy FILE]

Checks a Gatehouse policy file against the schema and the semantic rules (cron expressions,
time zones, quorums…) and prints each problem as FILE:LINE:COL: message.

Options:
  --policy FILE   the policy to check (default ${DEFAULT_POLICY})
  -h, --help      show this help

Exit codes: 0 valid, 1 invalid, 2 usage error (e.g. the file cannot be read).`,
  options: { policy: { type: "string" } },
  async run({ values }, io) {
    const { text, shown } = readPolicyFile(values, io);
    const { formatProblems, validatePolicy } = await import("@gatehouse/core");
    const problems = validatePolicy(text);
    if (problems.length === 0) {
      io.out(`${shown}: valid`);
      return EXIT.ok;
    }
    io.out(formatProblems(problems, shown));
    io.err(`${problems.length} problem${problems.length === 1 ? "" : "s"} in ${shown}`);
    return EXIT.finding;
  },
};
