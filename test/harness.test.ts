import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  defaultsFromState,
  inputEnvName,
  parseAnnotations,
  parseFileCommand,
  runBundle,
} from "../packages/sandbox/src/runner";
import { bundleAction } from "../scripts/lib/actions";
import { repoRoot } from "./harness";

// A stand-in for the sandbox: the runner only needs its URLs and token.
let server: Server;
let endpoint: { url: string; apiUrl: string; graphqlUrl: string; token: string };
const seen: { path: string; headers: IncomingHttpHeaders }[] = [];

const fixture = join(repoRoot, "test", "fixtures", "probe-action");
let outDir: string;
let bundle: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? "", headers: req.headers });
    const match = /^\/api\/v3\/repos\/([^/]+\/[^/]+)$/.exec(req.url ?? "");
    res.writeHead(match ? 200 : 404, { "content-type": "application/json" });
    res.end(JSON.stringify(match ? { full_name: match[1] } : { message: "Not Found" }));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  endpoint = { url, apiUrl: `${url}/api/v3`, graphqlUrl: `${url}/api/graphql`, token: "ghs_sandboxtoken" };

  outDir = mkdtempSync(join(tmpdir(), "gatehouse-probe-"));
  const built = await bundleAction(fixture, join(outDir, "dist"));
  expect(built.log).not.toMatch(/error/i);
  expect(built.ok).toBe(true);
  bundle = join(outDir, "dist", "index.js");
  // A node_modules next to the bundle must not travel with it.
  mkdirSync(join(outDir, "dist", "node_modules"));
  copyFileSync(join(fixture, "action.yml"), join(outDir, "action.yml"));
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(outDir, { recursive: true, force: true });
});

describe("runBundle", () => {
  it("runs a bundle as the runner does and reads back outputs, summary and annotations", async () => {
    const result = await runBundle(bundle, {
      sandbox: endpoint,
      repository: "acme/shop",
      sha: "a".repeat(40),
      inputs: { "change request": "acme/changes#12" },
      event: { action: "opened" },
    });

    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.timedOut).toBe(false);
    expect(result.outputs).toMatchObject({
      repository: "acme/shop",
      "change-request": "acme/changes#12",
      "event-action": "opened",
      multiline: "first line\nsecond line",
      "node-modules-beside-bundle": "false",
      plain: "a=b",
    });
    expect(result.outputs["bundle-dir"]!.startsWith(repoRoot)).toBe(false);
    expect(result.outputs.cwd!.startsWith(repoRoot)).toBe(false);
    const env = JSON.parse(result.outputs.env!) as Record<string, string>;
    expect(env).toMatchObject({
      GITHUB_SHA: "a".repeat(40),
      GITHUB_REF: "refs/heads/main",
      GITHUB_ACTIONS: "true",
      CI: "true",
      GITHUB_WORKSPACE: result.outputs.cwd,
    });
    expect(env.RUNNER_TEMP).toBeTruthy();
    expect(result.env).toEqual({ FROM_ACTION: "yes" });
    expect(result.summary).toBe("### Probe\n\nRepository **acme/shop**\n");
    expect(result.annotations).toEqual([
      {
        level: "warning",
        title: "Look: here, now",
        file: ".github/gatehouse.yml",
        line: 3,
        col: 7,
        message: "50% done\nsecond line",
      },
      { level: "notice", message: "plain notice" },
    ]);
    // The action.yml default `${{ github.token }}` became the sandbox token.
    expect(seen.at(-1)).toMatchObject({ path: "/api/v3/repos/acme/shop" });
    expect(seen.at(-1)?.headers.authorization).toBe("token ghs_sandboxtoken");
    expect(result.durationMs).toBeGreaterThan(0);
  });

  it("reports a failed step with its exit code and error annotation", async () => {
    const result = await runBundle(bundle, { sandbox: endpoint, inputs: { mode: "fail" } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === "error")).toEqual([
      { level: "error", message: "The probe was told to fail." },
    ]);
  });

  it("kills a bundle that runs past the timeout", async () => {
    const result = await runBundle(bundle, { sandbox: endpoint, inputs: { mode: "hang" }, timeoutMs: 300 });
    expect(result.timedOut).toBe(true);
    expect(result.signal).toBe("SIGKILL");
    expect(result.exitCode).not.toBe(0);
  });

  it("lets a test remove a variable the runner would set", async () => {
    const result = await runBundle(bundle, { sandbox: endpoint, env: { GITHUB_SHA: undefined } });
    expect(JSON.parse(result.outputs.env!).GITHUB_SHA).toBeNull();
  });

  it("measures the peak memory of the node process when asked", async () => {
    const result = await runBundle(bundle, { sandbox: endpoint, measureMemory: true });
    expect(result.exitCode).toBe(0);
    expect(result.peakMb).toBeGreaterThan(10);
    expect(result.peakMb).toBeLessThan(500);
    expect(result.cpuMs).toBeGreaterThan(0);
  });

  it("refuses a path with no bundle", async () => {
    await expect(runBundle(join(outDir, "missing", "index.js"))).rejects.toThrow(/no bundle/);
  });
});

describe("file commands and workflow commands", () => {
  it("mangles input names as the runner does", () => {
    expect(inputEnvName("change request")).toBe("INPUT_CHANGE_REQUEST");
    expect(inputEnvName("policy-ref")).toBe("INPUT_POLICY-REF");
  });

  it("parses heredoc and name=value lines and refuses an unterminated heredoc", () => {
    expect(parseFileCommand("a=1\nb<<EOF\nx\n\ny=z\nEOF\nc=\n")).toEqual({ a: "1", b: "x\n\ny=z", c: "" });
    expect(() => parseFileCommand("a<<EOF\nnever closed\n", "GITHUB_OUTPUT")).toThrow(
      /GITHUB_OUTPUT: matching delimiter "EOF" not found/,
    );
  });

  it("reads every annotation property and ignores other commands", () => {
    const log = [
      "plain log line",
      "::error file=a.ts,line=1,endLine=2,col=3,endColumn=4,title=T::boom",
      "::group::x",
      "::debug::d",
    ].join("\n");
    expect(parseAnnotations(log)).toEqual([
      {
        level: "error",
        file: "a.ts",
        line: 1,
        endLine: 2,
        col: 3,
        endColumn: 4,
        title: "T",
        message: "boom",
      },
    ]);
  });
});

describe("defaultsFromState", () => {
  it("takes the first repository and the head of its default branch", () => {
    const state = {
      repos: [
        {
          owner: "acme",
          name: "shop",
          defaultBranch: "trunk",
          refs: new Map([["refs/heads/trunk", "b".repeat(40)]]),
        },
        { owner: "acme", name: "api", defaultBranch: "main", refs: new Map() },
      ],
    };
    expect(defaultsFromState(state)).toEqual({
      repository: "acme/shop",
      sha: "b".repeat(40),
      ref: "refs/heads/trunk",
      defaultBranch: "trunk",
    });
  });

  it("accepts other collection shapes and an empty state", () => {
    expect(defaultsFromState({ repos: new Map([["acme/shop", {}]]) }).repository).toBe("acme/shop");
    expect(defaultsFromState({ repos: [{ owner: { login: "acme" }, name: "shop" }] }).repository).toBe(
      "acme/shop",
    );
    expect(defaultsFromState({ repos: { x: { full_name: "acme/api" } } }).repository).toBe("acme/api");
    expect(defaultsFromState(undefined)).toEqual({ repository: undefined, sha: undefined, ref: undefined });
  });
});
