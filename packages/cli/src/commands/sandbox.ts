import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Command, EXIT, integerOption, stringOption, UsageError } from "../command";

export const command: Command = {
  help: `Usage: gatehouse sandbox --scenario FILE [--port N]

Starts the embedded GitHub sandbox seeded from a scenario (YAML, see packages/sandbox/README.md),
prints its URLs and token, and serves until Ctrl-C. Point an action or a script at it with
GITHUB_API_URL, GITHUB_GRAPHQL_URL and GITHUB_SERVER_URL; open its pages in a browser at
GITHUB_SERVER_URL, rendered the way GitHub renders them.

Options:
  --scenario FILE   the scenario to seed (required)
  --port N          port to listen on (default: a free port)
  -h, --help        show this help`,
  options: { scenario: { type: "string" }, port: { type: "string" } },
  async run({ values }, io) {
    const file = stringOption(values, "scenario");
    if (!file) throw new UsageError("--scenario FILE is required");
    const port = integerOption(values, "port");
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, file), "utf8");
    } catch (error) {
      throw new UsageError(`cannot read scenario ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
    const { startSandbox } = await import("@gatehouse/sandbox");
    const sb = await startSandbox(text, port === undefined ? {} : { port });
    io.out(
      [
        `Sandbox seeded from ${file}`,
        `  pages:    ${sb.url}/ (repositories, issues, pull requests, releases, runs)`,
        `  GITHUB_SERVER_URL=${sb.url}`,
        `  GITHUB_API_URL=${sb.apiUrl}`,
        `  GITHUB_GRAPHQL_URL=${sb.graphqlUrl}`,
        `  uploads:  ${sb.uploadsUrl}`,
        `  token:    ${sb.token}`,
        "Serving until Ctrl-C.",
      ].join("\n"),
    );
    await untilStopped(io.signal);
    await sb.close();
    io.out(`Sandbox stopped after ${sb.requests.length} request(s).`);
    return EXIT.ok;
  },
};

/** Resolves on Ctrl-C (SIGINT), SIGTERM, or when `signal` aborts. */
export function untilStopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      done();
    };
    if (signal) {
      if (signal.aborted) return stop();
      signal.addEventListener("abort", stop, { once: true });
    } else {
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    }
  });
}
