import { describe, expect, it } from "vitest";
import { runCli } from "./cli";

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    cwd: process.cwd(),
    env: {},
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("gatehouse command line", () => {
  it("lists the commands with --help and exits 0", async () => {
    const r = await cli("--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: gatehouse <command>/);
    for (const name of ["validate", "sandbox", "demo"]) expect(r.out).toMatch(new RegExp(`^  ${name} `, "m"));
  });

  it("prints the commands on stderr and exits 2 without a command", async () => {
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Usage: gatehouse <command>/);
  });

  it("refuses an unknown command with exit code 2", async () => {
    const r = await cli("deploy");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^gatehouse: unknown command "deploy"\. Commands: validate, sandbox, demo[,.]/);
  });

  it("shows each command's help", async () => {
    for (const name of ["validate", "sandbox", "demo"]) {
      const r = await cli(name, "--help");
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^Usage: gatehouse ${name}`));
    }
  });

  it("refuses an unknown option with exit code 2 and a pointer to --help", async () => {
    const r = await cli("validate", "--polcy", "x.yml");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^gatehouse validate: Unknown option '--polcy'/);
    expect(r.err).toMatch(/Run `gatehouse validate --help` for usage\.$/);
  });

  it("says which option is missing or malformed", async () => {
    expect((await cli("sandbox")).err).toMatch(/^gatehouse sandbox: --scenario FILE is required/);
    const r = await cli("sandbox", "--scenario", "s.yml", "--port", "http");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--port must be a whole number ≥ 0, got "http"/);
  });
});
