import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { lintWorkflow, workflowFiles } from "./actionlint";
import { repoRoot } from "./lib/actions";

describe("actionlint", () => {
  it("finds what is wrong in a workflow", async () => {
    const bad = [
      "on: push",
      "jobs:",
      "  test:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, not a template
      "      - run: echo ${{ github.nope }}",
      "      - uses: actions/checkout",
    ].join("\n");
    const findings = await lintWorkflow(bad, "bad.yml");
    expect(findings.map((f) => f.line)).toEqual(expect.arrayContaining([6, 7]));
  });

  it("has nothing to say about the workflows the repository ships", async () => {
    const files = workflowFiles();
    expect(files.map((f) => relative(repoRoot, f))).toEqual(
      expect.arrayContaining([".github/workflows/ci.yml", ".github/workflows/example-deploy.yml"]),
    );
    for (const file of files) expect(await lintWorkflow(readFileSync(file, "utf8"), file)).toEqual([]);
  });
});
