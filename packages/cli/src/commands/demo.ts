import { type Command, integerOption } from "../command";

export const command: Command = {
  help: `Usage: gatehouse demo [--port N] [--keep]

Starts the embedded GitHub sandbox with a seeded repository (acme/storefront: a release, a
production deployment, merged pull requests and their change requests), then runs the bundled
actions through the pipeline as a runner would, printing what each decided, its outputs and
an excerpt of its job summary, and ends with a recap and links. It prints the address of the
sandbox's index page first: open it to click through the pipeline — each job's summary, the
change requests, the release and the review — rendered the way GitHub renders them.

Options:
  --port N     port for the sandbox (default: a free port)
  --keep       keep the sandbox serving its pages after the recap, until Ctrl-C
  -h, --help   show this help

Exit codes: 0 every step ran, 1 a step failed.`,
  options: { port: { type: "string" }, keep: { type: "boolean" } },
  async run({ values }, io) {
    const port = integerOption(values, "port");
    const { runDemo } = await import("../demo/run");
    const { untilStopped } = await import("./sandbox");
    return runDemo({
      write: io.out,
      ...(port === undefined ? {} : { port }),
      ...(values.keep ? { keep: () => untilStopped(io.signal) } : {}),
    });
  },
};
