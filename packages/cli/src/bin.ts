#!/usr/bin/env -S node --import tsx
import { enableCompileCache } from "node:module";

// Node keeps the compiled code of the modules loaded after this on disk (in the system's
// temporary folder), so the next start skips compiling them.
enableCompileCache();
const { runCli } = await import("./cli");

// A reader that stops early (`gatehouse notes … | head`) closes the pipe. Stop quietly, as Unix
// tools stopped by SIGPIPE do: exit status 128 + 13, never 0 — the command did not finish, so no
// check it was making (`gatehouse verify`) may read as passed. A closed stderr only stops the
// messages.
const SIGPIPE_EXIT = 141;
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(SIGPIPE_EXIT);
  throw e;
});
process.stderr.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
});

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
  // pnpm runs scripts from the workspace root; INIT_CWD is where `pnpm gatehouse` was typed.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env: process.env,
};

process.exitCode = await runCli(process.argv.slice(2), io);
