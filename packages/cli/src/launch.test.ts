import { spawn, spawnSync } from "node:child_process";
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

/** Runs `gatehouse …args` with its standard output closed by the reader before it writes. */
function withReaderGone(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [launch, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    // The reader goes away at once, as `head` does after its lines.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

describe("gatehouse … | head: the reader closes the pipe", () => {
  it.each([[["--help"]], [["notes", "--help"]], [["validate", "--help"]]])(
    "gatehouse %j stops quietly, with SIGPIPE's exit status",
    async (args) => {
      const { status, stderr } = await withReaderGone(args);
      expect(stderr).not.toMatch(/EPIPE|Error|at /);
      expect(status).toBe(141);
    },
    120_000,
  );
});
