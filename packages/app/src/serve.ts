/**
 * `gatehouse app`, and the container's entry: read the configuration from the environment, start
 * the App, serve until told to stop, stop gracefully. Answers the exit code: 0 stopped, 1 it could
 * not start (GitHub refused its credentials), 2 the configuration is wrong.
 */
import { startApp } from "./app";
import { ConfigError, readConfig } from "./config";
import { createLogger } from "./log";

export interface ServeIo {
  env: Record<string, string | undefined>;
  /** One JSON log line, without its line break. */
  out(line: string): void;
  err(text: string): void;
  readFile(path: string): string;
  /** Resolves when the App should stop (SIGTERM, Ctrl-C). */
  stopped: Promise<void>;
}

/** How long those under way may take to finish once asked to stop. */
export const SHUTDOWN_GRACE_MS = 25_000;

export async function serveFromEnvironment(io: ServeIo): Promise<number> {
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig(io.env, io.readFile);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
  const log = createLogger((line) => io.out(line.trimEnd()));
  let app: Awaited<ReturnType<typeof startApp>>;
  try {
    app = await startApp({ config, log });
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
  await io.stopped;
  log.info("stopping: finishing the deliveries under way");
  await app.close(SHUTDOWN_GRACE_MS);
  return 0;
}
