/**
 * Cold start: from spawning `node index.js` to the first request the API receives, for every
 * bundle present. The API is a bare listener on 127.0.0.1 that answers 404, so the action stops
 * right after its first request and nothing but start-up is measured. Peak memory comes from
 * one extra run under /usr/bin/time (kept out of the timed runs).
 */

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBundle } from "../../packages/sandbox/src/runner";
import type { BenchScenario, Measurement } from "./framework";

/** Inputs that let any Gatehouse action get as far as its first API request. */
export const coldStartInputs: Record<string, string> = {
  environment: "production",
  mode: "report",
  outcome: "success",
  version: "1.0.0",
  "dry-run": "true",
  runway: "0",
  "change-requests": "[]",
  "started-at": "2026-11-24T09:00:00Z",
};

export interface FirstRequestProbe {
  endpoint: { url: string; apiUrl: string; graphqlUrl: string; token: string };
  /** Resolves with the arrival time (performance.timeOrigin + performance.now()) of the next request. */
  next(): Promise<number>;
  close(): Promise<void>;
}

export async function firstRequestProbe(): Promise<FirstRequestProbe> {
  let waiting: ((at: number) => void) | undefined;
  const server = createServer((req, res) => {
    const at = performance.timeOrigin + performance.now();
    waiting?.(at);
    waiting = undefined;
    req.resume();
    res.writeHead(404, { "content-type": "application/json", connection: "close" });
    res.end('{"message":"Not Found"}');
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint: { url, apiUrl: `${url}/api/v3`, graphqlUrl: `${url}/api/graphql`, token: "ghs_bench" },
    next: () =>
      new Promise((done) => {
        waiting = done;
      }),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** The floor every action stands on: node starting an ES module that makes one request with fetch. */
function writeFloor(dir: string): string {
  mkdirSync(join(dir, "dist"), { recursive: true });
  writeFileSync(join(dir, "dist", "package.json"), '{"type":"module"}');
  writeFileSync(join(dir, "dist", "index.js"), "await fetch(process.env.GITHUB_API_URL + '/');\n");
  return join(dir, "dist", "index.js");
}

/**
 * An action's cold start against the floor (a bare `node` process sending one `fetch`), the two
 * taken turn about in the same run so a busy machine slows both: the budget is the ratio.
 */
export function coldStart(action: string): BenchScenario {
  return {
    name: `cold start: ${action}`,
    budget: { ratio: 1.0 },
    async run(ctx) {
      const dir = mkdtempSync(join(tmpdir(), "gatehouse-floor-"));
      try {
        return await measureColdStart(ctx.bundlePath(action), ctx.runs, writeFloor(dir));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Samples of spawn → first request for one bundle (and the reference, turn about), and its peak memory. */
export async function measureColdStart(
  bundle: string,
  runs: number,
  reference?: string,
): Promise<Measurement> {
  if (!existsSync(bundle)) throw new Error(`no bundle at ${bundle}`);
  const probe = await firstRequestProbe();
  try {
    const once = async (path: string, measureMemory: boolean) => {
      const first = probe.next();
      const result = await runBundle(path, {
        sandbox: probe.endpoint,
        inputs: coldStartInputs,
        timeoutMs: 15_000,
        measureMemory,
      });
      const at = await Promise.race([first, Promise.resolve(Number.NaN)]);
      if (Number.isNaN(at)) {
        const why = (result.stderr.trim() || result.stdout.trim()).split("\n").pop() ?? "";
        throw new Error(`made no API request (exit ${result.exitCode}${why ? `: ${why}` : ""})`);
      }
      return { ms: at - result.spawnedAt, peakMb: result.peakMb, cpuMs: result.cpuMs };
    };
    await once(bundle, false); // warm the file system cache; not counted
    if (reference) await once(reference, false);
    const samplesMs: number[] = [];
    const referenceMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      if (reference) referenceMs.push((await once(reference, false)).ms);
      samplesMs.push((await once(bundle, false)).ms);
    }
    const { peakMb, cpuMs } = await once(bundle, true);
    const cpu = cpuMs === undefined ? "" : `; CPU ${Math.round(cpuMs)} ms for that whole run`;
    return {
      samplesMs,
      ...(reference ? { referenceMs } : {}),
      peakMb,
      note: `spawn → first API request, ratio to a bare node + fetch taken turn about; memory: peak RSS of one run${cpu}`,
    };
  } finally {
    await probe.close();
  }
}
