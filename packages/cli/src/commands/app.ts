import { readFileSync } from "node:fs";
import { CONFIG_VARIABLES } from "@gatehouse/app/variables";
import { type Command, EXIT } from "../command";
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
    const { ConfigError, createLogger, readConfig, startApp } = await import("@gatehouse/app");
    let config: ReturnType<typeof readConfig>;
    try {
      config = readConfig(io.env, (path) => readFileSync(path, "utf8"));
    } catch (error) {
      if (error instanceof ConfigError) {
        io.err(error.message);
        return EXIT.usage;
      }
      throw error;
    }
    const log = createLogger((line) => io.out(line.trimEnd()));
    const app = await startApp({ config, log });
    await untilStopped(io.signal);
    log.info("stopping: finishing the deliveries under way");
    await app.close(25_000);
    return EXIT.ok;
  },
};
