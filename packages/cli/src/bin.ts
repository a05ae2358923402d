#!/usr/bin/env -S node --import tsx
import { enableCompileCache } from "node:module";

// Node keeps the compiled code of the modules loaded after this on disk (in the system's
// temporary folder), so the next start skips compiling them.
enableCompileCache();
const { runCli } = await import("./cli");

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
  // pnpm runs scripts from the workspace root; INIT_CWD is where `pnpm gatehouse` was typed.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env: process.env,
};

process.exitCode = await runCli(process.argv.slice(2), io);
