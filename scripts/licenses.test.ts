import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { licenseAllowed, licenseProblems } from "./lib/licenses";

const root = mkdtempSync(join(tmpdir(), "gatehouse-licences-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function pkg(name: string, license?: unknown): string {
  const dir = join(root, name.replace("/", "__"));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, version: "1.2.3", license }));
  return dir;
}

describe("the licence allow-list", () => {
  it.each([
    ["MIT", true],
    ["ISC", true],
    ["Apache-2.0", true],
    ["(MIT OR GPL-3.0-only)", true],
    ["MIT AND BSD-3-Clause", true],
    ["MIT AND GPL-3.0-only", false],
    ["GPL-3.0-only", false],
    ["AGPL-3.0-or-later", false],
    ["LGPL-2.1", false],
    ["SEE LICENSE IN LICENSE.md", false],
    ["UNLICENSED", false],
    ["", false],
    ["Apache-2.0 WITH LLVM-exception", true],
  ])("%j may ship: %s", (expression, allowed) => {
    expect(licenseAllowed(expression)).toBe(allowed);
  });

  it("names every bundled package that may not ship, and the fix", () => {
    const dirs = [
      pkg("left-pad", "MIT"),
      pkg("copyleft", "GPL-3.0-only"),
      pkg("nameless"),
      pkg("@scope/old-style", { type: "MIT" }),
      pkg("@gatehouse/core"),
    ];
    expect(licenseProblems(dirs)).toEqual([
      'copyleft@1.2.3 is licensed "GPL-3.0-only", which is not on the allow-list (ALLOWED_LICENSES in scripts/lib/licenses.ts): replace the dependency, or add the licence there if it may ship',
      "nameless@1.2.3 is licensed with no licence field, which is not on the allow-list (ALLOWED_LICENSES in scripts/lib/licenses.ts): replace the dependency, or add the licence there if it may ship",
    ]);
  });

  it("every bundle committed today passes it", () => {
    for (const action of ["change-gate", "freeze-window", "release-bundle", "post-implementation-review"]) {
      const notices = readFileSync(
        join(import.meta.dirname, "..", "actions", action, "dist", "licenses.txt"),
        "utf8",
      );
      const licences = notices.split("\n\n-----\n\n").map((entry) => entry.split("\n")[1] ?? "");
      expect(
        licences.filter((l) => !licenseAllowed(l)),
        action,
      ).toEqual([]);
    }
  });
});
