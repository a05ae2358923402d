import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadDemoScenario, mergeScenario, scenarioFiles } from "./scenario";

describe("mergeScenario", () => {
  it("merges list items that share an identity and appends the others", () => {
    const base = {
      users: ["alice", { login: "bruno", name: "Bruno" }],
      repos: [{ repo: "acme/shop", labels: ["a"], issues: [{ number: 1, title: "x" }] }],
    };
    const extra = {
      users: [{ login: "alice", name: "Alice" }, "chen"],
      repos: [
        {
          repo: "acme/shop",
          labels: ["a", "b"],
          issues: [
            { number: 1, body: "y" },
            { number: 2, title: "z" },
          ],
        },
      ],
    };
    expect(mergeScenario(base, extra)).toEqual({
      users: [{ login: "alice", name: "Alice" }, { login: "bruno", name: "Bruno" }, "chen"],
      repos: [
        {
          repo: "acme/shop",
          labels: ["a", "b"],
          issues: [
            { number: 1, title: "x", body: "y" },
            { number: 2, title: "z" },
          ],
        },
      ],
    });
  });

  it("appends items without identity, such as comments", () => {
    expect(mergeScenario({ comments: [{ body: "a" }] }, { comments: [{ body: "b" }] })).toEqual({
      comments: [{ body: "a" }, { body: "b" }],
    });
  });
});

describe("loadDemoScenario", () => {
  const dir = mkdtempSync(join(tmpdir(), "gatehouse-demo-scenario-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("merges base.yml first, then the other files by name, and writes mapping files out as YAML", () => {
    writeFileSync(
      join(dir, "zeta.yml"),
      "repos:\n  - repo: acme/shop\n    files:\n      .github/gatehouse.yml:\n        freeze: { timezone: Europe/Berlin }\n",
    );
    writeFileSync(
      join(dir, "base.yml"),
      "now: '2026-01-01T00:00:00Z'\nrepos:\n  - repo: acme/shop\n    files:\n      .github/gatehouse.yml:\n        version: 1\n",
    );
    writeFileSync(join(dir, "alpha.yml"), "now: '2026-02-02T00:00:00Z'\n");
    expect(scenarioFiles(dir).map((f) => f.slice(dir.length + 1))).toEqual([
      "base.yml",
      "alpha.yml",
      "zeta.yml",
    ]);
    const scenario = loadDemoScenario(dir) as { now: string; repos: { files: Record<string, string> }[] };
    expect(scenario.now).toBe("2026-02-02T00:00:00Z");
    const policy = scenario.repos[0]!.files[".github/gatehouse.yml"]!;
    expect(parse(policy)).toEqual({ version: 1, freeze: { timezone: "Europe/Berlin" } });
  });

  it("ships a demo policy that passes validation, whatever each action added to it", async () => {
    const { validatePolicy } = await import("@gatehouse/core");
    const scenario = loadDemoScenario() as { repos: { files?: Record<string, string> }[] };
    for (const repo of scenario.repos) {
      const policy = repo.files?.[".github/gatehouse.yml"];
      if (policy !== undefined) expect(validatePolicy(policy)).toEqual([]);
    }
  });

  it("loads the shipped demo scenario with its repository and policy", () => {
    const scenario = loadDemoScenario() as { repos: { repo: string; files: Record<string, string> }[] };
    expect(scenario.repos[0]!.repo).toBe("acme/storefront");
    expect(parse(scenario.repos[0]!.files[".github/gatehouse.yml"]!)).toMatchObject({ version: 1 });
  });
});
