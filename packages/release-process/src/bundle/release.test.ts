import type { GitHubClient, LocalAsset, RemoteAsset } from "@gatehouse/github";
import { describe, expect, it } from "vitest";
import {
  chooseRelease,
  createDraft,
  findRelease,
  listReleases,
  MAX_RELEASES,
  planAssets,
  type RemoteRelease,
  releaseBody,
} from "./release";

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

describe("listReleases", () => {
  it("reads every page: the release of a tag 150 releases back is found (a re-run of an old release's job)", async () => {
    const { startSandbox } = await import("../../../sandbox/src/server");
    const { createClient } = await import("@gatehouse/github");
    const day = (i: number) => new Date(Date.parse("2026-01-01T00:00:00Z") + i * 86_400_000).toISOString();
    const sb = await startSandbox({
      repos: [
        {
          repo: "acme/shop",
          commits: Array.from({ length: 150 }, (_, i) => ({ message: `fix: ${i}`, date: day(i) })),
          tags: Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`v1.0.${i}`, `fix: ${i}`])),
          releases: Array.from({ length: 150 }, (_, i) => ({
            tag: `v1.0.${i}`,
            target: `fix: ${i}`,
            publishedAt: day(i),
          })),
        },
      ],
    });
    try {
      const client = createClient({ token: sb.token, apiUrl: sb.apiUrl, retries: 0 });
      const all = await listReleases(client, { owner: "acme", repo: "shop" });
      expect(all).toHaveLength(150);
      expect(chooseRelease(all, "v1.0.0").release?.tag_name).toBe("v1.0.0");
      expect(sb.requests.filter((r) => r.route === "/repos/{owner}/{repo}/releases")).toHaveLength(2);
    } finally {
      await sb.close();
    }
  });

  it(`fails naming the limit past ${MAX_RELEASES.toLocaleString("en-US")} releases`, async () => {
    const page = Array.from({ length: 100 }, (_, i) => ({ ...release(false, []), id: i }));
    let pages = 0;
    const client = {
      async *pages() {
        for (;;) {
          pages++;
          yield page;
        }
      },
    } as unknown as GitHubClient;
    await expect(listReleases(client, { owner: "acme", repo: "shop" })).rejects.toThrow(
      /more than 10,000 releases \(limit MAX_RELEASES\)/,
    );
    expect(pages).toBe(MAX_RELEASES / 100 + 1);
  });
});

describe("createDraft's look-back, past one page of releases", () => {
  const day = (i: number) => new Date(Date.parse("2026-01-01T00:00:00Z") + i * 86_400_000).toISOString();
  const repo = { owner: "acme", repo: "shop" };
  const releasesRoute = (r: { method: string; route: string }) =>
    r.method === "GET" && r.route === "/repos/{owner}/{repo}/releases";
  async function withReleases(
    count: number,
    test: (sb: { requests: { method: string; route: string }[] }, client: GitHubClient) => Promise<void>,
  ) {
    const { startSandbox } = await import("../../../sandbox/src/server");
    const { createClient } = await import("@gatehouse/github");
    const sb = await startSandbox({
      repos: [
        {
          repo: "acme/shop",
          commits: Array.from({ length: count + 1 }, (_, i) => ({ message: `fix: ${i}`, date: day(i) })),
          tags: Object.fromEntries(Array.from({ length: count }, (_, i) => [`v1.0.${i}`, `fix: ${i}`])),
          releases: Array.from({ length: count }, (_, i) => ({
            tag: `v1.0.${i}`,
            target: `fix: ${i}`,
            publishedAt: day(i),
          })),
        },
      ],
    });
    try {
      await test(sb, createClient({ token: sb.token, apiUrl: sb.apiUrl, retries: 0 }));
    } finally {
      await sb.close();
    }
  }
  const fields = (tag: string) => ({
    tag,
    sha: "main",
    name: tag,
    body: releaseBody("notes", tag),
    prerelease: false,
  });

  it("finds the draft it created among 150 releases with one read (the newest come first)", async () => {
    await withReleases(150, async (sb, client) => {
      const draft = await createDraft(client, repo, fields("v1.1.0"));
      expect(draft).toMatchObject({ tag_name: "v1.1.0", draft: true });
      expect(sb.requests.filter(releasesRoute)).toHaveLength(1);
    });
  });

  it("a release of the tag published 150 releases back (the create refused with 422) is found by reading every page", async () => {
    await withReleases(150, async (sb, client) => {
      const found = await createDraft(client, repo, fields("v1.0.0"));
      expect(found).toMatchObject({ tag_name: "v1.0.0", draft: false });
      expect(sb.requests.filter(releasesRoute)).toHaveLength(3);
      const all = await listReleases(client, repo);
      expect(all.filter((r) => r.tag_name === "v1.0.0")).toHaveLength(1);
      expect(all.filter((r) => r.draft)).toHaveLength(0);
    });
  });

  it(`fails naming the limit when the tag is not on the first page and there are more than ${MAX_RELEASES.toLocaleString("en-US")} releases`, async () => {
    const page = Array.from({ length: 100 }, (_, i) => ({
      ...release(false, []),
      id: i,
      tag_name: `v0.${i}`,
    }));
    const client = {
      request: async () => ({ data: page }),
      async *pages() {
        for (;;) yield page;
      },
    } as unknown as GitHubClient;
    await expect(findRelease(client, repo, "v1.0.0")).rejects.toThrow(
      /more than 10,000 releases \(limit MAX_RELEASES\)/,
    );
  });
});
