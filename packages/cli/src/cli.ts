import { parseArgs } from "node:util";
import { EXIT, type Io, UsageError } from "./command";
import { commands } from "./commands/index";

export function generalHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "Usage: gatehouse <command> [options]",
    "",
    "Release and change management for plain GitHub.",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `gatehouse <command> --help` for a command's options.",
    "Exit codes: 0 ok, 1 finding (invalid policy, failed step…), 2 usage error, 141 the output was closed",
    "before the command finished (`gatehouse notes … | head`).",
  ].join("\n");
}

/** Runs the gatehouse command line and returns the exit code. Never throws. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(generalHelp());
    return EXIT.usage;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.out(generalHelp());
    return EXIT.ok;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.err(`gatehouse: unknown command "${name}". Commands: ${commands.map((c) => c.name).join(", ")}.`);
    return EXIT.usage;
  }
  try {
    const { command } = await entry.load();
    if (rest.includes("--help") || rest.includes("-h")) {
      io.out(command.help);
      return EXIT.ok;
    }
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: rest,
        options: command.options,
        allowPositionals: command.allowPositionals ?? false,
        strict: true,
      });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    return await command.run({ values: parsed.values, positionals: parsed.positionals }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`gatehouse ${name}: ${error.message}\nRun \`gatehouse ${name} --help\` for usage.`);
      return EXIT.usage;
    }
    io.err(`gatehouse ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.finding;
  }
}
