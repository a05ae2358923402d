import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seed, startSandbox } from "./index";
import { api } from "./testing";

const example = readFileSync(join(import.meta.dirname, "..", "scenarios", "example.yml"), "utf8");

describe("scenario", () => {
  it("seeds the shipped example", async () => {
    const sb = await startSandbox(example);
    try {
      const repo = sb.state.repos.find((r) => r.name === "payments")!;
      expect(repo.issues.map((i) => [i.number, i.pullRequest])).toEqual([
        [1, false],
        [2, true],
        [3, true],
      ]);
      const cr = repo.issues[0]!;
      expect(cr.timeline.find((e) => e.label === "change/approved")).toMatchObject({
        event: "labeled",
        actor: "chen",
        createdAt: "2026-06-03T12:00:00Z",
      });
      expect(cr.lastEditedAt).toBe("2026-06-02T08:00:00Z");
      const cmp = await api(sb).get("/repos/acme/payments/compare/v1.0.0...main");
      expect(
        cmp.data.commits.map((c: { commit: { message: string } }) => c.commit.message.split("\n")[0]),
      ).toEqual(["fix: hotfix without a pull request", "feat: refunds (#2)", "docs: refunds (#3)"]);
      const pr = await api(sb).get("/repos/acme/payments/pulls/2/commits");
      expect(pr.data.map((c: { commit: { message: string } }) => c.commit.message)).toEqual([
        "feat: refund endpoint",
        "test: refund endpoint",
      ]);
      const files = await api(sb).get("/repos/acme/payments/pulls/3/files");
      expect(files.data.map((f: { filename: string }) => f.filename)).toEqual(["docs/refunds.md"]);
      const asset = (await api(sb).get("/repos/acme/payments/releases/latest")).data.assets[0];
      expect(asset.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      const policy = await api(sb).get("/repos/acme/payments/contents/.github/gatehouse.yml", {
        accept: "application/vnd.github.raw",
      });
      expect(policy.data).toContain("exempt-paths");
      expect(sb.violations).toEqual([]);
    } finally {
      await sb.close();
    }
  });

  it("seeds the example in the README", async () => {
    const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
    const yaml = /```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    const sb = await startSandbox(yaml);
    try {
      expect(sb.state.repos[0]!.pulls[0]!.merged).toBe(true);
      expect(sb.violations).toEqual([]);
    } finally {
      await sb.close();
    }
  });

  it("gives a commit only a message and still yields a full, deterministic commit", () => {
    const a = seed({ repos: [{ repo: "o/r", commits: [{ message: "feat: x" }] }] }).store.state.repos[0]!;
    const b = seed({ repos: [{ repo: "o/r", commits: [{ message: "feat: x" }] }] }).store.state.repos[0]!;
    const [commit] = [...a.commits.values()];
    expect(commit!.sha).toMatch(/^[0-9a-f]{40}$/);
    expect([...b.commits.keys()]).toEqual([...a.commits.keys()]);
    expect(commit!.files).toEqual([
      { filename: "src/x.ts", status: "modified", additions: 10, deletions: 2, changes: 12 },
    ]);
    expect(a.refs.get("refs/heads/main")).toBe(commit!.sha);
  });

  it("links a commit to the user whose email it carries", () => {
    const repo = seed({
      users: [{ login: "alice", email: "alice@example.com" }],
      repos: [
        { repo: "o/r", commits: [{ message: "x", author: { name: "A", email: "Alice@example.com" } }] },
      ],
    }).store.state.repos[0]!;
    expect([...repo.commits.values()][0]!.author).toMatchObject({ login: "alice", name: "A" });
  });

  it("creates an initial commit for a repository without commits", () => {
    const repo = seed({ repos: [{ repo: "o/r" }] }).store.state.repos[0]!;
    expect(repo.commits.size).toBe(1);
  });

  it("names the commit a ref could not be resolved to", () => {
    expect(() => seed({ repos: [{ repo: "o/r", tags: { v1: "nope" } }] })).toThrow(
      /no commit matches "nope"/,
    );
  });

  it("measures startup: the second sandbox in a process reuses the loaded description", async () => {
    const first = await startSandbox({});
    await first.close();
    const t = performance.now();
    const second = await startSandbox(example);
    const ms = performance.now() - t;
    await second.close();
    expect(ms).toBeLessThan(200);
  });
});

describe("scenario checks", () => {
  it("refuses a key the format does not have, naming where", () => {
    expect(() => seed({ repos: [{ repo: "o/r", pull: [] } as never] })).toThrow(
      /unknown key "pull" in repos\[0\]/,
    );
    expect(() => seed({ repos: [{ repo: "o/r", issues: [{ title: "x", label: ["a"] } as never] }] })).toThrow(
      /unknown key "label" in repos\[0\]\.issues\[0\]/,
    );
  });
});
