#!/usr/bin/env -S node --import tsx
import { runCli } from "./cli";

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
  // pnpm runs scripts from the workspace root; INIT_CWD is where `pnpm gatehouse` was typed.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env: process.env,
};

process.exitCode = await runCli(process.argv.slice(2), io);
