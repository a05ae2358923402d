import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assetName, findArtefacts } from "./artefacts";

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
