import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { smokeRun } from "./check-dist";

const root = mkdtempSync(join(tmpdir(), "gatehouse-smoke-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function bundle(name: string, code: string): string {
  const dir = join(root, name, "dist");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), '{"type":"module"}');
  writeFileSync(join(dir, "index.js"), code);
  return join(dir, "index.js");
}

describe("smokeRun", () => {
  it("accepts a bundle that fails with a clean one-line error", async () => {
    const result = await smokeRun(
      bundle(
        "clean",
        'console.log("::error::Input required and not supplied: environment"); process.exitCode = 1;',
      ),
    );
    expect(result).toEqual({
      ok: true,
      exitCode: 1,
      message: "::error::Input required and not supplied: environment",
    });
  });

  it("refuses a bundle that needs node_modules", async () => {
    const result = await smokeRun(bundle("unresolved", 'import "left-pad"; console.log("hi");'));
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^module resolution error/);
  });

  it("refuses a bundle that crashes with a stack trace", async () => {
    const result = await smokeRun(bundle("crash", 'throw new Error("GITHUB_REPOSITORY is undefined");'));
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^printed a stack trace/);
  });

  it("refuses a bundle that succeeds without any context", async () => {
    const result = await smokeRun(bundle("succeeds", 'console.log("all good");'));
    expect(result).toMatchObject({ ok: false, exitCode: 0 });
  });

  it("refuses a bundle that hangs", async () => {
    const result = await smokeRun(bundle("hangs", "setInterval(() => {}, 1000);"), 300);
    expect(result).toMatchObject({ ok: false, message: "still running after 300 ms" });
  });
});
