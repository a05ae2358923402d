import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LocalAsset, RemoteAsset } from "@gatehouse/github";
import { afterAll, describe, expect, it } from "vitest";
import { assetName, findArtefacts } from "./artefacts";
import { planAssets, type RemoteRelease } from "./release";

const local = (name: string, sha: string): LocalAsset => ({ name, size: 1, sha256: sha, contentType: "x" });
const remote = (name: string, sha: string | null, state = "uploaded"): RemoteAsset => ({
  id: name.length,
  name,
  size: 1,
  digest: sha ? `sha256:${sha}` : null,
  state,
});
const release = (draft: boolean, assets: RemoteAsset[]): RemoteRelease => ({
  id: 1,
  tag_name: "v1.0.0",
  name: "v1.0.0",
  body: "",
  draft,
  prerelease: false,
  html_url: "",
  upload_url: "",
  target_commitish: "",
  assets,
});

describe("planAssets", () => {
  const wanted = [
    { asset: local("a.zip", "aa"), generated: false },
    { asset: local("b.zip", "bb"), generated: false },
    { asset: local("c.zip", "cc"), generated: false },
    { asset: local("SHA256SUMS", "ss"), generated: true },
  ];
  it("uploads everything to a new release", () => {
    expect(planAssets(undefined, wanted).steps.map((s) => s.action)).toEqual([
      "upload",
      "upload",
      "upload",
      "upload",
    ]);
  });
  it("on a draft: keeps identical assets, replaces changed ones, redoes unfinished ones", () => {
    const plan = planAssets(
      release(true, [remote("a.zip", "aa"), remote("b.zip", "old"), remote("c.zip", null, "starter")]),
      wanted,
    );
    expect(plan.steps.map((s) => s.action)).toEqual(["keep", "replace", "resume", "upload"]);
    expect(plan.errors).toEqual([]);
  });
  it("on a published release: never replaces, refuses a changed artefact, keeps changed generated files", () => {
    const plan = planAssets(
      release(false, [remote("a.zip", "aa"), remote("b.zip", "old"), remote("SHA256SUMS", "old")]),
      wanted,
    );
    expect(plan.steps.map((s) => s.action)).toEqual(["keep", "keep", "upload", "keep"]);
    expect(plan.errors).toEqual([
      expect.stringMatching(/b\.zip of the published release v1\.0\.0 .* never replaced/),
    ]);
    expect(plan.warnings).toEqual([expect.stringMatching(/SHA256SUMS .* kept as published/)]);
  });

  it("on a published immutable release: a missing artefact is refused before anything is written", () => {
    const plan = planAssets(
      { ...release(false, [remote("a.zip", "aa"), remote("b.zip", "bb")]), immutable: true },
      wanted,
    );
    expect(plan.errors).toEqual([
      expect.stringMatching(/c\.zip is not on the published immutable release v1\.0\.0/),
    ]);
    expect(plan.steps.map((s) => s.action)).toEqual(["keep", "keep"]);
  });
});

describe("artefacts", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const ws = (files: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), "artefacts-"));
    dirs.push(dir);
    for (const f of files) {
      mkdirSync(join(dir, f, ".."), { recursive: true });
      writeFileSync(join(dir, f), f);
    }
    return dir;
  };

  it("names assets the way GitHub does", () => {
    expect(assetName("/x/my app (final).tar.gz")).toBe("my.app..final..tar.gz");
    expect(assetName("/x/.hidden.")).toBe("hidden");
    expect(assetName("/x/ok_1.2-3+b.zip")).toBe("ok_1.2-3+b.zip");
  });

  it("expands globs, excludes with !, and refuses clashes and reserved names", async () => {
    const dir = ws(["dist/a.zip", "dist/b.zip", "dist/skip.zip", "other/a.zip", "dist/SHA256SUMS"]);
    const found = await findArtefacts(["dist/*.zip", "!dist/skip.zip"], dir, true);
    expect(found.files.map((f) => f.name)).toEqual(["a.zip", "b.zip"]);
    await expect(findArtefacts(["dist/*.zip", "other/*.zip"], dir, true)).rejects.toThrow(
      /dist\/a\.zip and other\/a\.zip would both be the release asset a\.zip/,
    );
    await expect(findArtefacts(["dist/SHA256SUMS"], dir, true)).rejects.toThrow(/named like the SHA256SUMS/);
    await expect(findArtefacts(["nothing/*"], dir, true)).rejects.toThrow(/"nothing\/\*" matches no file/);
    expect(await findArtefacts(["nothing/*"], dir, false)).toEqual({ files: [], unmatched: ["nothing/*"] });
  });
});
