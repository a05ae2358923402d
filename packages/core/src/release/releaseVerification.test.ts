import { describe, expect, it } from "vitest";
import {
  checkAssets,
  checkChecksums,
  checkPublished,
  parseChecksums,
  readManifest,
  verificationExitCode,
} from "./releaseVerification";

const A = "a".repeat(64);
const B = "b".repeat(64);
const M = "c".repeat(64);
const manifest = {
  artefacts: [
    { name: "app.tar.gz", size: 10, sha256: A },
    { name: "app.zip", size: 20, sha256: B },
  ],
};
const asset = (name: string, size: number, sha: string | null, state = "uploaded") => ({
  name,
  size,
  digest: sha ? `sha256:${sha}` : null,
  state,
});
const complete = [
  asset("app.tar.gz", 10, A),
  asset("app.zip", 20, B),
  asset("release-manifest.json", 5, M),
  asset("SHA256SUMS", 5, "d".repeat(64)),
];

describe("checkAssets", () => {
  it("passes exactly the manifest's assets with GitHub's digests", () => {
    expect(checkAssets(manifest, complete)).toMatchObject({ status: "pass" });
  });
  it("names the missing, the extra, the incomplete and the replaced", () => {
    const check = checkAssets(manifest, [
      asset("app.tar.gz", 10, "e".repeat(64)),
      asset("release-manifest.json", 5, M),
      asset("SHA256SUMS", 5, null, "starter"),
      asset("extra.bin", 1, A),
    ]);
    expect(check.status).toBe("fail");
    expect(check.detail).toContain("missing from the release: app.zip");
    expect(check.detail).toContain("on the release but not in the manifest: extra.bin");
    expect(check.detail).toContain("SHA256SUMS is not completely uploaded (state starter)");
    expect(check.detail).toContain("app.tar.gz's SHA-256 on GitHub is eeeeeeeeeeeeeeee…");
  });
  it("cannot tell an asset without a digest apart, unless local copies are hashed", () => {
    const noDigest = complete.map((a) => (a.name === "app.zip" ? { ...a, digest: null } : a));
    expect(checkAssets(manifest, noDigest)).toMatchObject({ status: "unknown" });
    const local = new Map([
      ["app.tar.gz", { size: 10, sha256: A }],
      ["app.zip", { size: 20, sha256: B }],
    ]);
    expect(checkAssets(manifest, noDigest, local).status).toBe("fail");
    expect(checkAssets(manifest, complete, local)).toMatchObject({ status: "pass" });
  });
  it("fails a downloaded evidence file whose bytes are not what GitHub's digest says", () => {
    const check = checkAssets(
      manifest,
      complete,
      undefined,
      new Map([["release-manifest.json", "f".repeat(64)]]),
    );
    expect(check.detail).toContain("the bytes of release-manifest.json do not hash to GitHub's digest");
  });
});

describe("checkChecksums", () => {
  const sums = `${A}  app.tar.gz\n${B}  app.zip\n${M}  release-manifest.json\n`;
  it("passes the artefacts and the manifest with their hashes, in binary mode too", () => {
    expect(checkChecksums(manifest, sums, M).status).toBe("pass");
    expect(checkChecksums(manifest, sums.replace(`  app.zip`, ` *app.zip`), M).status).toBe("pass");
  });
  it("names a changed line, a missing one, an extra one and a malformed one", () => {
    const bad = `${B}  app.tar.gz\n${M}  release-manifest.json\n${A}  other\nnot a line\n`;
    const check = checkChecksums(manifest, bad, M);
    expect(check.detail).toContain(
      "the line for app.tar.gz says bbbbbbbbbbbbbbbb…, the manifest says aaaaaaaaaaaaaaaa…",
    );
    expect(check.detail).toContain("app.zip is not listed");
    expect(check.detail).toContain("it lists files the manifest does not: other");
    expect(check.detail).toContain('lines that are not "<sha256>  <name>" (or repeat a name): not a line');
  });
  it("fails a name listed twice", () => {
    expect(parseChecksums(`${A}  x\n${B}  x\n`).bad).toEqual([`${B}  x`]);
  });
});

describe("checkPublished", () => {
  const release = { draft: false, prerelease: false, publishedAt: "2026-03-02T12:00:00Z", url: "u" };
  it("fails a draft and a mutable release where the repository has immutable releases", () => {
    expect(checkPublished("v1", { ...release, draft: true }, { enabled: false }).status).toBe("fail");
    expect(checkPublished("v1", { ...release, immutable: false }, { enabled: true }).detail).toMatch(
      /not immutable, although the repository has immutable releases/,
    );
  });
  it("passes an immutable release, and a mutable one saying why", () => {
    expect(checkPublished("v1", { ...release, immutable: true }, { problem: "x" }).detail).toMatch(
      /immutable\.$/,
    );
    expect(
      checkPublished("v1", { ...release, immutable: false }, { problem: "it cannot be read" }).detail,
    ).toMatch(/not immutable \(it cannot be read\)/);
  });
});

describe("readManifest", () => {
  it("refuses a manifest of another repository", () => {
    const { check } = readManifest("{}", { repository: "acme/shop", tag: "v1" });
    expect(check.status).toBe("fail");
    const other = readManifest(JSON.stringify({ not: "a manifest" }), { repository: "acme/shop", tag: "v1" });
    expect(other.check.detail).toMatch(/does not match the release manifest schema/);
  });
});

describe("verificationExitCode", () => {
  it("is 1 when one failed, else 2 when one is unknown, else 0", () => {
    const c = (status: "pass" | "fail" | "unknown") => ({ name: "assets" as const, status, detail: "" });
    expect(verificationExitCode([c("pass"), c("unknown"), c("fail")])).toBe(1);
    expect(verificationExitCode([c("pass"), c("unknown")])).toBe(2);
    expect(verificationExitCode([c("pass")])).toBe(0);
  });
});
