import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { lintWorkflow, localActionFindings, workflowFiles } from "./actionlint";
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
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(await lintWorkflow(text, file)).toEqual([]);
      expect(localActionFindings(text, file)).toEqual([]);
    }
  });
});

describe("local actions", () => {
  it("checks the inputs a step gives a local action against its action.yml", () => {
    const root = mkdtempSync(join(tmpdir(), "gatehouse-actionlint-"));
    try {
      mkdirSync(join(root, "actions", "gate"), { recursive: true });
      writeFileSync(
        join(root, "actions", "gate", "action.yml"),
        "inputs:\n  environment:\n    required: true\n  token:\n    required: true\n    default: x\n  mode:\n    required: false\n",
      );
      const workflow = [
        "on: push",
        "jobs:",
        "  a:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: ./actions/gate",
        "        with:",
        "          enviroment: production",
        "      - uses: ./actions/not-yet-written",
        "        with: { anything: 1 }",
      ].join("\n");
      expect(localActionFindings(workflow, "w.yml", root)).toEqual([
        {
          file: "w.yml",
          line: 8,
          column: 11,
          kind: "local-action",
          message:
            'input "enviroment" is not defined in ./actions/gate/action.yml (inputs: environment, token, mode)',
        },
        {
          file: "w.yml",
          line: 6,
          column: 15,
          kind: "local-action",
          message: 'missing required input "environment" of ./actions/gate',
        },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
