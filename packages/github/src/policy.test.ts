import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { PolicyError } from "@gatehouse/core";
import { afterEach, describe, expect, it } from "vitest";
import { createClient } from "./client";
import { describeError, PermissionError } from "./errors";
import { loadPolicy } from "./policy";

interface Seen {
  method: string;
  path: string;
  accept: string | undefined;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function github(answer: (req: Seen, res: ServerResponse) => void) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const entry = { method: req.method ?? "", path: req.url ?? "", accept: req.headers.accept };
    seen.push(entry);
    answer(entry, res);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
  return { client: createClient({ token: "t", apiUrl: url, retryBaseMs: 1, log: () => {} }), seen };
}

const raw = (res: ServerResponse, text: string) => {
  res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
  res.end(text);
};
const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
};

describe("loadPolicy", () => {
  it("reads the file from the default branch in one raw request", async () => {
    const { client, seen } = await github((_req, res) => raw(res, "version: 1\n"));
    const loaded = await loadPolicy(client, { owner: "acme", repo: "shop" });
    expect(loaded.policy.version).toBe(1);
    expect(loaded.source).toEqual({
      path: ".github/gatehouse.yml",
      ref: "default branch",
      defaultBranch: true,
      found: true,
      sha: "b82551848c644f63b8517a7bdf8be9a992e6f4da",
    });
    expect(loaded.notes).toEqual([]);
    expect(seen).toEqual([
      {
        method: "GET",
        path: "/api/v3/repos/acme/shop/contents/.github%2Fgatehouse.yml",
        accept: "application/vnd.github.raw+json",
      },
    ]);
  });

  it("reads at the given ref", async () => {
    const { client, seen } = await github((_req, res) => raw(res, "version: 1\n"));
    const loaded = await loadPolicy(client, { owner: "acme", repo: "shop", ref: "release/2.0" });
    expect(loaded.source.ref).toBe("refs/heads/release/2.0");
    expect(loaded.source.defaultBranch).toBe(false);
    expect(seen[0]?.path).toBe(
      "/api/v3/repos/acme/shop/contents/.github%2Fgatehouse.yml?ref=refs%2Fheads%2Frelease%2F2.0",
    );
  });

  it("reads the default branch by its full name when the caller knows it, a tag or SHA as written", async () => {
    const { client, seen } = await github((_req, res) => raw(res, "version: 1\n"));
    const loaded = await loadPolicy(client, { owner: "acme", repo: "shop", defaultBranch: "main" });
    expect(loaded.source).toMatchObject({ ref: "default branch", defaultBranch: true });
    await loadPolicy(client, { owner: "acme", repo: "shop", ref: "refs/tags/v2.0.0", defaultBranch: "main" });
    await loadPolicy(client, { owner: "acme", repo: "shop", ref: "a".repeat(40) });
    expect(seen.map((s) => s.path.split("?ref=")[1])).toEqual([
      "refs%2Fheads%2Fmain",
      "refs%2Ftags%2Fv2.0.0",
      "a".repeat(40),
    ]);
  });

  it("decodes a raw answer GitHub sends as bytes", async () => {
    const { client } = await github((_req, res) => {
      res.writeHead(200, { "content-type": "application/vnd.github.raw" });
      res.end("# Déploiement\nversion: 1\n");
    });
    const loaded = await loadPolicy(client, { owner: "acme", repo: "shop" });
    expect(loaded.policy.version).toBe(1);
    // the blob as git names it (`git hash-object`), for the release manifest
    expect(loaded.source.sha).toBe("0a01bcb29086537e5b73004747bcf15261a40b50");
  });

  it("accepts a JSON contents answer and keeps the blob SHA", async () => {
    const sha = "a".repeat(40);
    const { client } = await github((_req, res) =>
      json(res, 200, {
        type: "file",
        encoding: "base64",
        content: `${Buffer.from("version: 1\n").toString("base64")}\n`,
        sha,
      }),
    );
    const loaded = await loadPolicy(client, { owner: "acme", repo: "shop" });
    expect(loaded.policy.version).toBe(1);
    expect(loaded.source.sha).toBe(sha);
  });

  /** A GitHub whose contents API answers 404, and whose GraphQL answers `graphql` (a status and body). */
  const notFoundThen = (graphql: { status: number; body: unknown }, notFound: Record<string, string> = {}) =>
    github((req, res) =>
      req.path.endsWith("/graphql")
        ? json(res, graphql.status, graphql.body)
        : json(res, 404, { message: "Not Found" }, notFound),
    );

  it("uses the defaults only when GitHub shows the ref's commit without the file, and says so", async () => {
    const { client, seen } = await notFoundThen({
      status: 200,
      body: { data: { repository: { ref: { oid: "a".repeat(40) }, file: null } } },
    });
    const loaded = await loadPolicy(client, { owner: "acme", repo: "shop" });
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      "GET /api/v3/repos/acme/shop/contents/.github%2Fgatehouse.yml",
      "POST /api/graphql",
    ]);
    expect(loaded.source.found).toBe(false);
    expect(loaded.policy.version).toBe(1);
    expect(loaded.notes).toEqual([
      "No .github/gatehouse.yml on the default branch of acme/shop: using the default policy.",
    ]);
  });

  it("never takes a 404 that names a permission (a fine-grained token) for a missing policy", async () => {
    const { client, seen } = await notFoundThen(
      { status: 200, body: { data: { repository: { ref: { oid: "a".repeat(40) }, file: null } } } },
      { "x-accepted-github-permissions": "contents=read" },
    );
    const error = await loadPolicy(client, { owner: "acme", repo: "shop" }).catch((e) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect(seen).toHaveLength(1);
    expect(describeError(error)).toBe(
      "GitHub found nothing at GET /repos/acme/shop/contents/.github/gatehouse.yml: if it exists, the token cannot see it, so add `permissions: { contents: read }` to the job.",
    );
  });

  it("fails naming the permission and the file when the token cannot show the commit", async () => {
    const { client } = await notFoundThen({
      status: 200,
      body: { data: { repository: { ref: null, file: null } } },
    });
    await expect(loadPolicy(client, { owner: "acme", repo: "shop" })).rejects.toThrow(
      "GitHub answered 404 for .github/gatehouse.yml on the default branch of acme/shop, and the token cannot read the commit it names, so Gatehouse cannot tell a missing policy from one the token may not read: give the token `contents: read` on acme/shop (`permissions: { contents: read }`), check that .github/gatehouse.yml is there, and re-run.",
    );
  });

  it("fails, never defaults, when the second answer does not come", async () => {
    const { client } = await notFoundThen({ status: 502, body: { message: "Bad Gateway" } });
    await expect(loadPolicy(client, { owner: "acme", repo: "shop" })).rejects.toThrow(
      /^GitHub answered 404 for \.github\/gatehouse\.yml on the default branch of acme\/shop, and checking it failed \(GitHub failed on POST \/api\/graphql \(GatehousePolicyAbsent\) with 502 \(Bad Gateway\) even after retries: re-run the job later\), so Gatehouse cannot tell/,
    );
  });

  it("uses the file when GitHub shows it after all (a 404 from a lagging replica)", async () => {
    const { client } = await notFoundThen({
      status: 200,
      body: {
        data: {
          repository: {
            ref: { oid: "a".repeat(40) },
            file: { __typename: "Blob", oid: "b".repeat(40), text: "version: 1\n", isTruncated: false },
          },
        },
      },
    });
    const loaded = await loadPolicy(client, { owner: "acme", repo: "shop" });
    expect(loaded.source).toMatchObject({ found: true, sha: "b".repeat(40) });
    expect(loaded.notes).toEqual([]);
  });

  it("says when the policy ref does not exist", async () => {
    const { client } = await github((_req, res) =>
      json(res, 404, { message: "No commit found for the ref nope" }),
    );
    await expect(loadPolicy(client, { owner: "acme", repo: "shop", ref: "nope" })).rejects.toThrow(
      "The policy ref `nope` does not exist in acme/shop (read as `refs/heads/nope`): fix the `policy-ref` input — a branch name, `refs/tags/<tag>` for a tag, or a full commit SHA.",
    );
  });

  it("throws a PolicyError with line and column for an invalid file", async () => {
    const { client } = await github((_req, res) => raw(res, "version: 1\nfrezee:\n  timezone: UTC\n"));
    const error = await loadPolicy(client, { owner: "acme", repo: "shop" }).catch((e) => e);
    expect(error).toBeInstanceOf(PolicyError);
    expect(error.problems).toEqual([
      { path: "frezee", message: expect.stringMatching(/^unknown key `frezee`/), line: 2, column: 1 },
    ]);
    expect(describeError(error)).toMatch(
      /^\.github\/gatehouse\.yml has 1 problem, first at line 2, column 1: unknown key/,
    );
  });

  it("reports a token without contents: read as the permission to add", async () => {
    const { client } = await github((_req, res) =>
      json(
        res,
        403,
        { message: "Resource not accessible by integration" },
        { "x-accepted-github-permissions": "contents=read" },
      ),
    );
    const error = await loadPolicy(client, { owner: "acme", repo: "shop" }).catch((e) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect(error.permissionsLine).toBe("contents: read");
    expect(describeError(error)).toBe(
      "The token cannot call GET /repos/acme/shop/contents/.github/gatehouse.yml: add `permissions: { contents: read }` to the job.",
    );
  });
});
