/** The container's entry point (packages/app/Dockerfile): `gatehouse app`, without the rest of the CLI. */
import { readFileSync } from "node:fs";
import { serveFromEnvironment } from "./serve";

const stopped = new Promise<void>((resolve) => {
  process.once("SIGTERM", () => resolve());
  process.once("SIGINT", () => resolve());
});

serveFromEnvironment({
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readFile: (path) => readFileSync(path, "utf8"),
  stopped,
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `The Gatehouse App stopped: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
