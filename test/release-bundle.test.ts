/**
 * release-bundle: the built bundle, run as the runner runs it, against the sandbox. Assertions are
 * on what people see: outputs, the job summary, and the release, tag and assets in the sandbox.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { startSandbox } from "../packages/sandbox/src/server";
import type { Release, Repo } from "../packages/sandbox/src/types";
import { type RunResult, repoRoot, runAction } from "./harness";

const NOW = "2026-11-23T14:30:00Z";
const RUN_ID = 777;
// ajv is a dependency of core, where the manifest lives
type Validator = ((data: unknown) => boolean) & { errors?: unknown };
const Ajv = createRequire(join(repoRoot, "packages/core/package.json"))("ajv") as new (
  opts?: object,
) => {
  compile(schema: object): Validator;
};
const UPLOAD = "/repos/{owner}/{repo}/releases/{release_id}/assets";

const scenario = (extra = "", immutable = false) => `
now: "${NOW}"
users:
  - { login: alice, name: Alice Martin, email: alice@acme.example }
  - { login: bob, name: Bob Stone, email: bob@acme.example }
  - { login: carol, name: Carol Reyes, email: carol@acme.example }
repos:
  - repo: acme/shop
    immutableReleases: ${immutable}
    labels: [change-request]
    environments: [production]
    commits:
      - { message: "feat: first shop", author: alice, date: "2026-10-01T10:00:00Z" }
      - { message: "chore(release): 1.0.0", author: alice, date: "2026-10-02T10:00:00Z" }
      - message: "fix: rounding of <b>totals</b> | taxes\\n\\nChange-Request: acme/changes#3"
        author: bob
        date: "2026-11-20T10:00:00Z"
      - { message: "docs: explain refunds", author: carol, date: "2026-11-21T10:00:00Z" }
    tags:
      v1.0.0: "chore(release): 1.0.0"
    releases:
      - { tag: v1.0.0, target: "chore(release): 1.0.0", publishedAt: "2026-10-02T10:10:00Z", body: "First." }
    issues:
      - { number: 7, title: "Refunds", author: alice, labels: [change-request] }
    pulls:
      - number: 8
        title: "feat(checkout): refunds"
        author: alice
        body: "Adds refunds.\\n\\nChange-Request: #7"
        merged: true
        mergedAt: "2026-11-22T09:00:00Z"
        mergedBy: bob
    runs:
      - id: ${RUN_ID}
        approvals:
          - { user: carol, state: approved, comment: "Ship it", environments: [production], at: "2026-11-23T14:00:00Z" }
${extra}
`;

const cr7 = {
  repository: "acme/shop",
  number: 7,
  title: "Refunds",
  type: "normal",
  risk: "medium",
  approvers: [{ login: "carol", at: "2026-11-22T08:00:00Z" }],
  url: "http://sandbox/acme/shop/issues/7",
};

let sandboxes: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
});
const workspaces: string[] = [];
afterAll(() => {
  for (const w of workspaces) rmSync(w, { recursive: true, force: true });
});

async function sandbox(extra = "", immutable = false) {
  const sb = await startSandbox(scenario(extra, immutable));
  sandboxes.push(sb);
  return sb;
}
type Sb = Awaited<ReturnType<typeof sandbox>>;

function workspace(
  files: Record<string, string> = {
    "dist/shop-linux.tar.gz": "linux build",
    "dist/shop-mac.zip": "mac build",
  },
) {
  const dir = mkdtempSync(join(tmpdir(), "release-bundle-ws-"));
  workspaces.push(dir);
  write(dir, files);
  return dir;
}
function write(dir: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

async function run(
  sb: Sb,
  ws: string,
  inputs: Record<string, string> = {},
  opts: { keep?: boolean; runAttempt?: number } = {},
) {
  const result = await runAction("release-bundle", {
    keep: opts.keep,
    runAttempt: opts.runAttempt,
    sandbox: sb,
    repository: "acme/shop",
    runId: RUN_ID,
    workspace: ws,
    inputs: {
      files: "dist/*",
      "change-requests": JSON.stringify([cr7]),
      environment: "production",
      ...inputs,
    },
  });
  if (opts.keep) workspaces.push(result.dir);
  return result;
}

const shop = (sb: Sb): Repo => sb.state.repos.find((r) => r.owner === "acme" && r.name === "shop")!;
const releaseOf = (sb: Sb, tag: string): Release[] => shop(sb).releases.filter((r) => r.tagName === tag);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
/** Requests that change something (GraphQL queries are reads). */
const writes = (sb: Sb) => sb.requests.filter((r) => r.method !== "GET" && r.route !== "graphql");

function ok(result: RunResult) {
  expect(result.stdout + result.stderr, "the step should succeed").not.toMatch(/::error/);
  expect(result.exitCode).toBe(0);
}
function failed(result: RunResult, message: RegExp) {
  expect(result.exitCode).toBe(1);
  expect(result.stdout).toMatch(message);
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
}

describe("release-bundle", () => {
  it("releases the next version with notes, artefacts, checksums and a manifest, verified and published", async () => {
    const sb = await sandbox();
    const ws = workspace();
    const result = await run(sb, ws, {}, { keep: true });
    ok(result);
    expect(result.outputs).toMatchObject({ version: "1.1.0", tag: "v1.1.0" });
    const [release, ...others] = releaseOf(sb, "v1.1.0");
    expect(others).toHaveLength(0);
    expect(release).toMatchObject({ draft: false, prerelease: false });
    expect(result.outputs["release-id"]).toBe(String(release!.id));
    expect(result.outputs["release-url"]).toContain("/acme/shop/releases/tag/v1.1.0");
    // the tag is created at the released commit when the release is published
    const head = shop(sb).refs.get("refs/heads/main");
    expect(shop(sb).refs.get("refs/tags/v1.1.0")).toBe(head);

    // assets: the artefacts, SHA256SUMS and the manifest, each with the digest of what we sent
    const assets = new Map(release!.assets.map((a) => [a.name, a]));
    expect([...assets.keys()].sort()).toEqual([
      "SHA256SUMS",
      "release-manifest.json",
      "shop-linux.tar.gz",
      "shop-mac.zip",
    ]);
    expect(assets.get("shop-linux.tar.gz")!.digest).toBe(`sha256:${sha256("linux build")}`);
    for (const a of assets.values()) expect(a.state).toBe("uploaded");
    const sums = assets.get("SHA256SUMS")!.content!.toString();
    expect(sums).toContain(`${sha256("linux build")}  shop-linux.tar.gz\n`);
    expect(sums).toContain(`${sha256("mac build")}  shop-mac.zip\n`);
    const manifestText = assets.get("release-manifest.json")!.content!.toString();
    expect(sums).toContain(`${sha256(manifestText)}  release-manifest.json\n`);

    // the manifest: same as the output file, valid against the published schema
    expect(readFileSync(result.outputs.manifest!, "utf8")).toBe(manifestText);
    const manifest = JSON.parse(manifestText);
    const schema = JSON.parse(readFileSync(join(repoRoot, "schema/release-manifest.schema.json"), "utf8"));
    const validate = new Ajv({ allowUnionTypes: true }).compile(schema);
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    expect(manifest).toMatchObject({
      version: "1.1.0",
      tag: "v1.1.0",
      commit: head,
      previousTag: "v1.0.0",
      environment: "production",
      workflowRun: { id: RUN_ID, attempt: 1 },
      changeRequests: [
        { repository: "acme/shop", number: 7, approvals: [{ login: "carol", at: "2026-11-22T08:00:00Z" }] },
      ],
      environmentApprovals: [
        { user: "carol", state: "approved", comment: "Ship it", environments: ["production"] },
      ],
    });
    expect(manifest.artefacts).toEqual([
      { name: "shop-linux.tar.gz", size: 11, sha256: sha256("linux build") },
      { name: "shop-mac.zip", size: 9, sha256: sha256("mac build") },
    ]);
    // what gatehouse verify needs: no range input, so from the previous release's commit
    expect(manifest).toMatchObject({
      manifestVersion: 2,
      range: { base: shop(sb).refs.get("refs/tags/v1.0.0"), head, from: "previous-release" },
      policy: { path: ".github/gatehouse.yml", ref: "default branch", blobSha: null },
      environmentProtection: {
        requiredReviewers: [],
        preventSelfReview: false,
        waitTimerMinutes: 0,
        branchPolicy: null,
      },
    });

    // the notes: sections, links to the PR and the change requests, evidence
    const body = release!.body;
    // the notes, then the hidden marker that tells release-bundle's drafts from a person's
    expect(body).toBe(
      `${readFileSync(result.outputs.notes!, "utf8").trimEnd()}\n\n<!-- gatehouse:release-bundle:v1.1.0 -->\n`,
    );
    expect(body).toMatch(/^## \[1\.1\.0\]\(.*\/acme\/shop\/compare\/v1\.0\.0\.\.\.v1\.1\.0\) \(2026-11-23\)/);
    expect(body.indexOf("### Features")).toBeLessThan(body.indexOf("### Bug Fixes"));
    expect(body).toMatch(/\*\*checkout:\*\* refunds \(\[#8\]\([^)]*\/acme\/shop\/issues\/8\)\)/);
    expect(body).toMatch(/CR \[#7\]\([^)]*\/acme\/shop\/issues\/7\)/);
    expect(body).toMatch(/CR \[acme\/changes#3\]\([^)]*\/acme\/changes\/issues\/3\)/);
    // user text reads as written: no entity, no HTML
    expect(body).toContain("rounding of \\<b>totals\\</b> | taxes");
    expect(body).not.toContain("explain refunds");
    expect(body).toContain("### Change requests");
    expect(body).toContain("### Deployment approvals");
    expect(body).toMatch(/@carol \| approved \| production \| 2026-11-23T14:00:00Z \| Ship it/);
    expect(body).toContain("### Artefacts");
    expect(body).toContain(sha256("mac build"));
    expect(body).toMatch(/### Contributors\n\n.*@alice.*@bob/);

    // the summary: the outcome first, the asset table, the notes
    expect(result.summary).toMatch(/^## ✅ Released \[v1\.1\.0\]/);
    expect(result.summary).toMatch(/\| shop-linux\.tar\.gz \| 11 B \| `[0-9a-f]{64}` \| uploaded \|/);
    expect(result.summary).toContain("<summary>Release notes</summary>");

    // API economy: reads, one create, one upload per asset, one check, one publish
    expect(writes(sb).map((r) => `${r.method} ${r.route}`)).toEqual([
      "POST /repos/{owner}/{repo}/releases",
      ...Array(4).fill(`POST ${UPLOAD}`),
      "PATCH /repos/{owner}/{repo}/releases/{release_id}",
    ]);
    expect(sb.violations).toEqual([]);
  });

  it("records what gatehouse verify needs: change-gate's range, the policy's blob, the environment's protection", async () => {
    const policy = "approvals:\n  approvers: { users: [carol] }\n";
    const sb = await startSandbox(
      `${scenario().replace(
        "    environments: [production]",
        [
          "    environments:",
          '      - { name: production, reviewers: [carol, "team:acme/cab"], preventSelfReview: true, branchPolicy: [main, "release/*"] }',
          "    files:",
          `      .github/gatehouse.yml: ${JSON.stringify(policy)}`,
        ].join("\n"),
      )}orgs:\n  - { login: acme, teams: [{ slug: cab, members: [dana] }] }\n`,
    );
    sandboxes.push(sb);
    const base = shop(sb).refs.get("refs/tags/v1.0.0")!;
    const head = shop(sb).refs.get("refs/heads/main")!;
    const result = await run(sb, workspace(), { range: `${base}...${head}` }, { keep: true });
    ok(result);
    const manifest = JSON.parse(readFileSync(result.outputs.manifest!, "utf8"));
    expect(manifest.range).toEqual({ base, head, from: "change-gate" });
    // the blob as git names it: gatehouse verify finds the same on the default branch's history
    const blob = createHash("sha1")
      .update(`blob ${Buffer.byteLength(policy)}\0${policy}`)
      .digest("hex");
    expect(manifest.policy).toEqual({ path: ".github/gatehouse.yml", ref: "default branch", blobSha: blob });
    expect(manifest.environmentProtection).toEqual({
      requiredReviewers: [
        { type: "User", login: "carol" },
        { type: "Team", login: "acme/cab" },
      ],
      preventSelfReview: true,
      waitTimerMinutes: 0,
      branchPolicy: { protectedBranches: false, customBranchPolicies: true, patterns: ["main", "release/*"] },
    });
    expect(sb.violations).toEqual([]);
  });

  it("refuses a range that is not change-gate's, naming the input", async () => {
    const sb = await sandbox();
    const result = await run(sb, workspace(), { range: "v1.0.0...main" });
    failed(result, /range must be change-gate's base and head as BASE\.\.\.HEAD/);
    expect(releaseOf(sb, "v1.1.0")).toEqual([]);
  });

  it("changes nothing when re-run with nothing changed", async () => {
    const sb = await sandbox();
    const ws = workspace();
    ok(await run(sb, ws));
    sb.resetRequests();
    const again = await run(sb, ws);
    ok(again);
    expect(writes(sb)).toEqual([]);
    expect(again.outputs).toMatchObject({ version: "1.1.0", tag: "v1.1.0" });
    expect(releaseOf(sb, "v1.1.0")).toHaveLength(1);
    expect(releaseOf(sb, "v1.1.0")[0]!.assets).toHaveLength(4);
    expect(again.summary).toMatch(/\| shop-mac\.zip \| 9 B \| `[0-9a-f]{64}` \| unchanged \|/);
  });

  it("succeeds and changes nothing when the job is re-run after it published (run attempt 2)", async () => {
    const sb = await sandbox();
    const ws = workspace();
    ok(await run(sb, ws));
    const before = JSON.stringify(releaseOf(sb, "v1.1.0"));
    sb.resetRequests();
    const again = await run(sb, ws, {}, { runAttempt: 2 });
    ok(again);
    expect(again.exitCode).toBe(0);
    expect(writes(sb)).toEqual([]);
    expect(again.outputs).toMatchObject({ version: "1.1.0", tag: "v1.1.0" });
    expect(JSON.stringify(releaseOf(sb, "v1.1.0"))).toBe(before);
  });

  it("completes a half-finished release on re-run", async () => {
    const sb = await sandbox();
    const ws = workspace({ "dist/a.tgz": "a", "dist/b.tgz": "b", "dist/c.tgz": "c" });
    // the manifest goes first (it claims the release); every attempt at the fourth upload loses its connection
    sb.faults.add({ method: "POST", route: UPLOAD, drop: true, after: 3, times: Number.POSITIVE_INFINITY });
    const first = await run(sb, ws);
    // Uploads overlap: the third to arrive is the one that keeps failing.
    failed(first, /Could not upload [\w.-]+ after 4 attempts.*Re-run the job/);
    const [draft] = releaseOf(sb, "v1.1.0");
    expect(draft!.draft).toBe(true);
    // the manifest first, then two of the three overlapping uploads
    expect(draft!.assets).toHaveLength(3);
    expect(draft!.assets[0]!.name).toBe("release-manifest.json");
    expect(shop(sb).refs.has("refs/tags/v1.1.0")).toBe(false);

    sb.faults.clear();
    sb.resetRequests();
    const second = await run(sb, ws);
    ok(second);
    const [release, ...others] = releaseOf(sb, "v1.1.0");
    expect(others).toHaveLength(0);
    expect(release!.draft).toBe(false);
    expect(release!.assets.map((a) => a.name).sort()).toEqual([
      "SHA256SUMS",
      "a.tgz",
      "b.tgz",
      "c.tgz",
      "release-manifest.json",
    ]);
    // the manifest and the two that arrived were not uploaded again: the third and the checksums
    expect(writes(sb).filter((r) => r.route === UPLOAD)).toHaveLength(2);
  });

  it("removes an asset an interrupted upload left behind and uploads it again", async () => {
    const sb = await sandbox();
    const ws = workspace({ "dist/big.bin": "x".repeat(100_000) });
    sb.faults.add({ method: "POST", route: UPLOAD, partialUpload: true, after: 1 }); // after the manifest
    const result = await run(sb, ws);
    ok(result);
    // Uploads overlap: the interruption hits whichever arrives first; every asset ends up whole.
    expect(result.stdout).toMatch(/Deleting [\w.-]+ left half uploaded/);
    const [release] = releaseOf(sb, "v1.1.0");
    expect(release!.assets.every((a) => a.state === "uploaded")).toBe(true);
    expect(new Set(release!.assets.map((a) => a.name)).size).toBe(release!.assets.length);
    const big = release!.assets.filter((a) => a.name === "big.bin");
    expect(big).toHaveLength(1);
    expect(big[0]).toMatchObject({
      state: "uploaded",
      size: 100_000,
      digest: `sha256:${sha256("x".repeat(100_000))}`,
    });
  });

  it("replaces a changed asset on a draft, and refuses to replace one on a published release", async () => {
    const sb = await sandbox();
    const ws = workspace();
    ok(await run(sb, ws, { draft: "true" }));
    expect(releaseOf(sb, "v1.1.0")[0]!.draft).toBe(true);
    write(ws, { "dist/shop-mac.zip": "mac build 2" });
    const replaced = await run(sb, ws, { draft: "true" });
    ok(replaced);
    const [draft] = releaseOf(sb, "v1.1.0");
    const mac = draft!.assets.filter((a) => a.name === "shop-mac.zip");
    expect(mac).toHaveLength(1);
    expect(mac[0]!.digest).toBe(`sha256:${sha256("mac build 2")}`);
    expect(replaced.summary).toMatch(/^## 📝 Draft release/);
    expect(replaced.summary).toMatch(/\| shop-mac\.zip \|.*\| replaced \|/);

    ok(await run(sb, ws)); // publish
    expect(releaseOf(sb, "v1.1.0")[0]!.draft).toBe(false);
    write(ws, { "dist/shop-mac.zip": "mac build 3" });
    sb.resetRequests();
    const refused = await run(sb, ws);
    failed(refused, /shop-mac\.zip of the published release v1\.1\.0 .* a published asset is never replaced/);
    expect(writes(sb)).toEqual([]);
    expect(releaseOf(sb, "v1.1.0")[0]!.assets.find((a) => a.name === "shop-mac.zip")!.digest).toBe(
      `sha256:${sha256("mac build 2")}`,
    );
    expect(refused.summary).toMatch(/^## ⛔ Release .* refused/);
  });

  it("detects a digest that does not match what was sent and does not publish", async () => {
    const sb = await sandbox();
    const ws = workspace();
    sb.faults.add({ method: "POST", route: UPLOAD, wrongDigest: true, after: 1 }); // after the manifest
    const first = await run(sb, ws);
    failed(
      first,
      // Uploads overlap: the fault hits whichever arrives first.
      /not published: [\w.-]+: GitHub's digest is sha256:[0-9a-f]{64}, ours is sha256:/,
    );
    expect(releaseOf(sb, "v1.1.0")[0]!.draft).toBe(true);
    expect(first.summary).toMatch(/digests do not match/);
    // a re-run replaces the corrupted asset on the draft and publishes
    const second = await run(sb, ws);
    ok(second);
    const [release] = releaseOf(sb, "v1.1.0");
    expect(release!.draft).toBe(false);
    expect(release!.assets.find((a) => a.name === "shop-linux.tar.gz")!.digest).toBe(
      `sha256:${sha256("linux build")}`,
    );
  });

  it("works with immutable releases: every asset is on the draft before it is published", async () => {
    const sb = await sandbox("", true);
    const ws = workspace();
    const result = await run(sb, ws);
    ok(result);
    const [release] = releaseOf(sb, "v1.1.0");
    expect(release).toMatchObject({ draft: false, immutable: true });
    expect(release!.assets).toHaveLength(4);
    const order = writes(sb).map((r) => `${r.method} ${r.route}`);
    expect(order.at(-1)).toBe("PATCH /repos/{owner}/{repo}/releases/{release_id}");
    sb.resetRequests();
    ok(await run(sb, ws));
    expect(writes(sb)).toEqual([]);
  });

  it("dry-run computes everything and writes nothing", async () => {
    const sb = await sandbox();
    const result = await run(sb, workspace(), { "dry-run": "true" }, { keep: true });
    ok(result);
    expect(writes(sb)).toEqual([]);
    expect(releaseOf(sb, "v1.1.0")).toEqual([]);
    expect(result.outputs).toMatchObject({ version: "1.1.0", tag: "v1.1.0", "release-id": "" });
    expect(result.stdout).toContain("Would create the draft release v1.1.0");
    expect(result.stdout).toContain("Would upload shop-linux.tar.gz");
    expect(result.stdout).toContain("Would publish it.");
    expect(result.summary).toMatch(/^## 🔍 Dry run: would release `v1\.1\.0`/);
    expect(readFileSync(result.outputs.notes!, "utf8")).toContain("### Features");
  });

  it("moves the major tag to the release once it is published, as GitHub Actions are published", async () => {
    const sb = await sandbox();
    const ws = workspace();
    const dry = await run(sb, ws, { "major-tag": "true", "dry-run": "true" });
    ok(dry);
    expect(dry.stdout).toContain("Would point v1 at v1.1.0.");
    expect(shop(sb).refs.has("refs/tags/v1")).toBe(false);

    const rc = await run(sb, ws, { "major-tag": "true", prerelease: "rc" });
    ok(rc);
    expect(rc.outputs["major-tag"]).toBe("");
    expect(rc.summary).toContain("v1.1.0-rc.1 is a prerelease: v1 stays.");
    expect(shop(sb).refs.has("refs/tags/v1")).toBe(false);

    const released = await run(sb, ws, { "major-tag": "true" });
    ok(released);
    expect(released.outputs).toMatchObject({ tag: "v1.1.0", "major-tag": "v1" });
    expect(shop(sb).refs.get("refs/tags/v1")).toBe(shop(sb).refs.get("refs/tags/v1.1.0"));
    expect(released.summary).toContain("v1 now points at v1.1.0.");

    sb.resetRequests();
    const again = await run(sb, ws, { "major-tag": "true" });
    ok(again);
    expect(writes(sb)).toEqual([]);
    expect(again.outputs["major-tag"]).toBe("v1");
  });

  it("two concurrent runs end with one release and one copy of each asset", async () => {
    const sb = await sandbox();
    const ws = workspace();
    const [a, b] = await Promise.all([run(sb, ws), run(sb, ws)]);
    ok(a);
    ok(b);
    const releases = releaseOf(sb, "v1.1.0");
    expect(releases).toHaveLength(1);
    const names = releases[0]!.assets.map((x) => x.name).sort();
    expect(names).toEqual(["SHA256SUMS", "release-manifest.json", "shop-linux.tar.gz", "shop-mac.zip"]);
  });

  it("computes prerelease versions and says when there is nothing to release", async () => {
    const sb = await sandbox();
    const rc = await run(sb, workspace(), { prerelease: "rc" });
    ok(rc);
    expect(rc.outputs).toMatchObject({ version: "1.1.0-rc.1", tag: "v1.1.0-rc.1" });
    expect(releaseOf(sb, "v1.1.0-rc.1")[0]).toMatchObject({ prerelease: true, draft: false });

    const quiet = await sandbox(`
  - repo: acme/docs
    commits:
      - { message: "feat: start" }
      - { message: "docs: typo" }
    tags: { v2.3.0: "feat: start" }
`);
    const none = await runAction("release-bundle", {
      sandbox: quiet,
      repository: "acme/docs",
      sha: quiet.state.repos.find((r) => r.name === "docs")!.refs.get("refs/heads/main"),
      workspace: workspace({}),
      inputs: {},
    });
    ok(none);
    expect(none.outputs.version).toBe("");
    expect(none.summary).toMatch(/Nothing to release[\s\S]*no releasable commits since v2\.3\.0/);
    expect(writes(quiet)).toEqual([]);
  });

  describe("bad input is refused before anything is written", () => {
    it.each([
      [{ version: "1.2" }, /version "1\.2" is not a semantic version/],
      [{ version: "1.0.0" }, /tag v1\.0\.0 already exists at commit [0-9a-f]{7}, not at [0-9a-f]{7}/],
      [{ files: "dist/*.exe" }, /"dist\/\*\.exe" matches no file/],
      [{ prerelease: "r c" }, /prerelease "r c" is not a valid channel/],
      [{ "change-requests": "{oops" }, /change-requests is not valid JSON/],
      [{ draft: "maybe" }, /`draft` must be `true` or `false`/],
    ])("%j", async (inputs, message) => {
      const sb = await sandbox();
      failed(await run(sb, workspace(), inputs), message);
      expect(writes(sb)).toEqual([]);
      expect(releaseOf(sb, "v1.1.0")).toEqual([]);
    });

    it("a file over GitHub's 2 GiB asset limit", async () => {
      const sb = await sandbox();
      const ws = workspace();
      truncateSync(join(ws, "dist/shop-linux.tar.gz"), 2 * 1024 ** 3); // sparse: no disk used
      const result = await run(sb, ws);
      failed(result, /dist\/shop-linux\.tar\.gz is 2\.00 GiB, over GitHub's 2 GiB limit/);
      expect(writes(sb)).toEqual([]);
      expect(releaseOf(sb, "v1.1.0")).toEqual([]);
    });

    it("an empty glob is allowed with fail-on-unmatched-files: false", async () => {
      const sb = await sandbox();
      const result = await run(sb, workspace(), {
        files: "dist/*\nmissing/*.bin",
        "fail-on-unmatched-files": "false",
      });
      ok(result);
      expect(result.stdout).toMatch(/::warning::Input files: "missing\/\*\.bin" matches no file/);
    });
  });
});

describe("release-bundle on a long history", () => {
  it("1,000 commits and 300 pull requests: notes past the body limit go to RELEASE_NOTES.md, in at most 30 requests", async () => {
    const { releaseScenarioYaml } = await import("../scripts/bench/release-bundle");
    const sb = await startSandbox(releaseScenarioYaml(1000, 300));
    sandboxes.push(sb);
    const result = await runAction("release-bundle", {
      sandbox: sb,
      repository: "acme/shop",
      runId: 4711,
      workspace: workspace({ "dist/a.tar.gz": "a" }),
      inputs: { files: "dist/*" },
      keep: true,
    });
    workspaces.push(result.dir);
    ok(result);
    expect(sb.requests.length).toBeLessThanOrEqual(30);
    // One query for the tags, the newest commits and the counts; the 1,000 commits in 10 pages of
    // the comparison with v1.0.0, sent together; their pull requests in 2 queries of 500. (The
    // scenario has a policy file: without one, one more query shows it absent, a 404 alone cannot.)
    expect(sb.requests.filter((r) => r.route === "graphql")).toHaveLength(3);
    expect(sb.requests.filter((r) => r.route.endsWith("/compare/{basehead}"))).toHaveLength(10);
    const [release] = releaseOf(sb, result.outputs.tag!);
    expect(release!.body.length).toBeLessThanOrEqual(125_000);
    expect(release!.body).toContain("the full notes");
    expect(release!.body).toContain("`RELEASE_NOTES.md` asset");
    const full = release!.assets.find((a) => a.name === "RELEASE_NOTES.md")!;
    expect(full.content!.toString()).toBe(
      readFileSync(join(result.dir, "runner-temp/release-bundle/RELEASE_NOTES.md"), "utf8"),
    );
    expect(full.size).toBeGreaterThan(125_000);
    const manifest = JSON.parse(
      release!.assets.find((a) => a.name === "release-manifest.json")!.content!.toString(),
    );
    expect(manifest.notes).toMatchObject({ commits: 1000, asset: "RELEASE_NOTES.md" });
    expect(manifest.artefacts.map((a: { name: string }) => a.name)).toEqual(["RELEASE_NOTES.md", "a.tar.gz"]);
  });
});
