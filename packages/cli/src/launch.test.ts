import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const launch = fileURLToPath(new URL("../launch.mjs", import.meta.url));

describe("pnpm demo -- --keep and pnpm gatehouse -- …", () => {
  it("takes the options after pnpm's own -- separator as the command's", () => {
    const run = spawnSync(process.execPath, [launch, "demo", "--", "--help"], { encoding: "utf8" });
    expect(run.stderr).not.toMatch(/Unexpected argument/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("--keep");
  }, 120_000);
});
