import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli";

const dir = mkdtempSync(join(tmpdir(), "gatehouse-validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function validate(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(["validate", ...args], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    cwd: dir,
    env: {},
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("gatehouse validate", () => {
  it("reads .github/gatehouse.yml by default and says when it is valid", async () => {
    mkdirSync(join(dir, ".github"), { recursive: true });
    writeFileSync(join(dir, ".github", "gatehouse.yml"), "version: 1\n");
    expect(await validate()).toEqual({ code: 0, out: ".github/gatehouse.yml: valid", err: "" });
  });

  it("prints every problem with its line and column and exits 1", async () => {
    writeFileSync(join(dir, "bad.yml"), "version: 1\nrelase:\n  tag-prefix: v\nversion-two: true\n");
    const r = await validate("--policy", "bad.yml");
    expect(r.code).toBe(1);
    const lines = r.out.split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toMatch(/^bad\.yml:2:1: .*relase/);
    expect(lines[1]).toMatch(/^bad\.yml:4:1: .*version-two/);
    expect(r.err).toBe(`${lines.length} problems in bad.yml`);
  });

  it("reports a file that is not YAML at the place it breaks", async () => {
    writeFileSync(join(dir, "broken.yml"), "version: 1\nfreeze: [\n");
    const r = await validate("--policy", "broken.yml");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^broken\.yml:\d+:\d+: /);
  });

  it("exits 2 when the file does not exist", async () => {
    const r = await validate("--policy", "missing.yml");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^gatehouse validate: no policy file at missing\.yml/);
  });
});
