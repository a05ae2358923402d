import { readFileSync } from "node:fs";
import { CONFIG_VARIABLES } from "@gatehouse/app/variables";
import type { Command } from "../command";
import { untilStopped } from "./sandbox";

export const command: Command = {
  help: `Usage: gatehouse app

Runs the Gatehouse App: GitHub's custom deployment protection rule, answered with the same change
gate and freeze check as the actions. A job that deploys to a protected environment waits until
the App approves it; the App holds it while an approval is missing (or, with freeze.hold, until a
freeze ends) and rejects what waiting would not fix. See packages/app/README.md to install it.

Configuration, from the environment:
${CONFIG_VARIABLES.map(([name, meaning]) => `  ${name!.padEnd(19)} ${meaning}`).join("\n")}

Deliveries are POSTed to http://HOST:PORT/webhooks; GET /healthz and GET /readyz answer probes.
Logs are JSON lines on standard output. SIGTERM or Ctrl-C stops it gracefully: no new deliveries,
those under way finish (up to 25 s). Nothing is kept on disk: GitHub is its record.`,
  options: {},
  async run(_args, io) {
    const { serveFromEnvironment } = await import("@gatehouse/app");
    return serveFromEnvironment({
      env: io.env,
      out: io.out,
      err: io.err,
      readFile: (path) => readFileSync(path, "utf8"),
      stopped: untilStopped(io.signal),
    });
  },
};
