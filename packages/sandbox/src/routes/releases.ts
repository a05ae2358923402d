import { createHash } from "node:crypto";
import {
  type FaultedRequest,
  HttpError,
  notFound,
  paginate,
  type RouteContext,
  type RouteDef,
  validationFailed,
} from "../http";
import { hasPermission } from "../permissions";
import { assetJson, releaseJson } from "../present";
import { makeNodeId } from "../store";
import type { Asset, Release, Repo } from "../types";
import { alreadyExists, intParam, unprocessable } from "./util";

/**
 * Releases and their assets. Uploads are streamed and hashed (sha256 digest, like GitHub);
 * bytes are kept only for assets up to 8 MiB. A published release in a repository with
 * immutable releases refuses asset changes.
 */

export const KEEP_ASSET_BYTES = 8 * 1024 * 1024;

/** GitHub renames uploaded files: whitespace becomes a period, leading and trailing periods go. */
export function assetName(requested: string): string {
  return requested.replace(/\s+/g, ".").replace(/^\.+|\.+$/g, "") || "default";
}

function releaseOr404(ctx: RouteContext, repo: Repo): Release {
  const r = ctx.store.findRelease(repo, intParam(ctx, "release_id"));
  if (!r || (r.draft && !hasPermission(ctx.token, "contents=write"))) throw notFound();
  return r;
}

function refuseIfImmutable(release: Release): void {
  if (release.immutable) {
    throw validationFailed(
      [
        {
          resource: "Release",
          code: "custom",
          field: "immutable",
          message: "Cannot modify an immutable release",
        },
      ],
      "Validation Failed",
    );
  }
}

/** Create the release's tag at its target when the tag does not exist yet (publishing). */
function ensureTag(ctx: RouteContext, repo: Repo, release: Release): void {
  const ref = `refs/tags/${release.tagName}`;
  if (repo.refs.has(ref)) return;
  const sha = ctx.store.resolveSha(repo, release.targetCommitish);
  if (!sha) {
    throw validationFailed([{ resource: "Release", code: "invalid", field: "target_commitish" }]);
  }
  repo.refs.set(ref, sha);
}

function publish(ctx: RouteContext, repo: Repo, release: Release, now: string): void {
  ensureTag(ctx, repo, release);
  release.draft = false;
  release.publishedAt = now;
  release.immutable = repo.immutableReleases;
}

/** The published release of a tag other than `except`, if any (a tag has at most one). */
function published(repo: Repo, tag: string, except?: Release): Release | undefined {
  return repo.releases.find((r) => r !== except && !r.draft && r.tagName === tag);
}

interface ReleaseBody {
  tag_name?: string;
  target_commitish?: string;
  name?: string | null;
  body?: string | null;
  draft?: boolean;
  prerelease?: boolean;
}

export const releaseRoutes: RouteDef[] = [
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/releases",
    permission: "contents=read",
    handler(ctx) {
      const repo = ctx.repo();
      // Drafts are visible only to tokens that can push, as on GitHub.
      const canPush = hasPermission(ctx.token, "contents=write");
      const list = repo.releases
        .filter((r) => canPush || !r.draft)
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id));
      const page = paginate(ctx, list);
      return { ...page, body: (page.body as Release[]).map((r) => releaseJson(ctx, repo, r)) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/releases/latest",
    permission: "contents=read",
    handler(ctx) {
      const repo = ctx.repo();
      const r = ctx.store.latestRelease(repo);
      if (!r) throw notFound();
      return { body: releaseJson(ctx, repo, r) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/releases/tags/{tag}",
    permission: "contents=read",
    handler(ctx) {
      const repo = ctx.repo();
      const r = repo.releases.find((x) => x.tagName === ctx.params.tag && !x.draft);
      if (!r) throw notFound();
      return { body: releaseJson(ctx, repo, r) };
    },
  },
  {
    method: "POST",
    route: "/repos/{owner}/{repo}/releases",
    permission: "contents=write",
    handler(ctx) {
      const repo = ctx.repo();
      const b = ctx.body as ReleaseBody & { tag_name: string };
      // Drafts do not hold their tag: GitHub accepts any number of drafts with one tag, and refuses
      // only a second published release of it.
      if (published(repo, b.tag_name)) throw alreadyExists("Release", "tag_name");
      const now = ctx.tick();
      const id = ctx.store.nextId("release");
      const release: Release = {
        id,
        nodeId: makeNodeId("Release", id),
        tagName: b.tag_name,
        targetCommitish: b.target_commitish ?? repo.defaultBranch,
        name: b.name ?? b.tag_name,
        body: b.body ?? "",
        draft: true,
        prerelease: b.prerelease ?? false,
        immutable: false,
        author: ctx.user.login,
        createdAt: now,
        publishedAt: null,
        updatedAt: now,
        assets: [],
      };
      if (!b.draft) publish(ctx, repo, release, now);
      repo.releases.push(release);
      ctx.store.register(release.nodeId, { kind: "Release", repo, release });
      return { status: 201, body: releaseJson(ctx, repo, release) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/releases/{release_id}",
    permission: "contents=read",
    handler(ctx) {
      const repo = ctx.repo();
      return { body: releaseJson(ctx, repo, releaseOr404(ctx, repo)) };
    },
  },
  {
    method: "PATCH",
    route: "/repos/{owner}/{repo}/releases/{release_id}",
    permission: "contents=write",
    handler(ctx) {
      const repo = ctx.repo();
      const release = releaseOr404(ctx, repo);
      const b = (ctx.body ?? {}) as ReleaseBody;
      if (release.immutable && ((b.tag_name && b.tag_name !== release.tagName) || b.draft === true))
        refuseIfImmutable(release);
      const tag = b.tag_name || release.tagName;
      const publishing = b.draft === false || (b.draft === undefined && !release.draft);
      if ((b.tag_name && b.tag_name !== release.tagName) || (b.draft === false && release.draft)) {
        if (publishing && published(repo, tag, release)) throw alreadyExists("Release", "tag_name");
        release.tagName = tag;
      }
      if (b.target_commitish) release.targetCommitish = b.target_commitish;
      if (b.name !== undefined) release.name = b.name;
      if (b.body !== undefined) release.body = b.body ?? "";
      if (b.prerelease !== undefined) release.prerelease = b.prerelease;
      const now = ctx.tick();
      if (b.draft === false && release.draft) publish(ctx, repo, release, now);
      else if (b.draft === true && !release.draft) {
        release.draft = true;
        release.publishedAt = null;
      }
      release.updatedAt = now;
      return { body: releaseJson(ctx, repo, release) };
    },
  },
  {
    method: "DELETE",
    route: "/repos/{owner}/{repo}/releases/{release_id}",
    permission: "contents=write",
    handler(ctx) {
      const repo = ctx.repo();
      const release = releaseOr404(ctx, repo);
      repo.releases = repo.releases.filter((r) => r !== release);
      ctx.tick();
      return { status: 204 };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/releases/{release_id}/assets",
    permission: "contents=read",
    handler(ctx) {
      const repo = ctx.repo();
      const release = releaseOr404(ctx, repo);
      const page = paginate(ctx, release.assets);
      return { ...page, body: (page.body as Asset[]).map((a) => assetJson(ctx, repo, release, a)) };
    },
  },
  {
    method: "POST",
    route: "/repos/{owner}/{repo}/releases/{release_id}/assets",
    permission: "contents=write",
    stream: true,
    async handler(ctx) {
      const repo = ctx.repo();
      const release = releaseOr404(ctx, repo);
      refuseIfImmutable(release);
      const name = assetName(ctx.query.get("name")!);
      if (release.assets.some((a) => a.name === name)) throw alreadyExists("ReleaseAsset", "name");
      const fault = (ctx.req as FaultedRequest).fault;
      const declared = Number(ctx.req.headers["content-length"] ?? Number.NaN);
      const hash = createHash("sha256");
      let size = 0;
      let kept: Buffer[] | null = [];
      let cutOff = false;
      for await (const chunk of ctx.req) {
        const buf = chunk as Buffer;
        hash.update(buf);
        size += buf.length;
        if (kept) {
          if (size <= KEEP_ASSET_BYTES) kept.push(buf);
          else kept = null;
        }
        if (fault?.partialUpload && size >= (Number.isFinite(declared) ? declared : 2) / 2) {
          cutOff = true;
          break;
        }
      }
      if (!cutOff && Number.isFinite(declared) && declared !== size)
        throw unprocessable("Content-Length does not match the body");
      // names are unique per release: of two concurrent uploads of a name, the second to finish loses
      if (release.assets.some((a) => a.name === name)) throw alreadyExists("ReleaseAsset", "name");
      const now = ctx.tick();
      const id = ctx.store.nextId("asset");
      const asset: Asset = {
        id,
        nodeId: makeNodeId("ReleaseAsset", id),
        releaseId: release.id,
        name,
        label: ctx.query.get("label"),
        contentType: String(ctx.req.headers["content-type"] ?? "application/octet-stream"),
        size,
        digest: fault?.wrongDigest
          ? `sha256:${createHash("sha256").update(`corrupted:${name}`).digest("hex")}`
          : `sha256:${hash.digest("hex")}`,
        state: cutOff ? "starter" : "uploaded",
        uploader: ctx.user.login,
        downloadCount: 0,
        createdAt: now,
        updatedAt: now,
        content: kept ? Buffer.concat(kept) : null,
      };
      release.assets.push(asset);
      ctx.store.register(asset.nodeId, { kind: "ReleaseAsset", repo, release, asset });
      if (cutOff) {
        ctx.req.socket.destroy();
        return { dropped: true };
      }
      return { status: 201, body: assetJson(ctx, repo, release, asset) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/releases/assets/{asset_id}",
    permission: "contents=read",
    handler(ctx) {
      const repo = ctx.repo();
      const found = ctx.store.findAsset(repo, intParam(ctx, "asset_id"));
      if (!found) throw notFound();
      if ((ctx.req.headers.accept ?? "").includes("application/octet-stream")) {
        if (!found.asset.content) {
          throw new HttpError(404, {
            message: `The sandbox keeps the bytes of assets up to ${KEEP_ASSET_BYTES} bytes only`,
            status: "404",
          });
        }
        found.asset.downloadCount += 1;
        return {
          raw: found.asset.content,
          headers: {
            "content-type": "application/octet-stream",
            "content-disposition": `attachment; filename=${found.asset.name}`,
          },
        };
      }
      return { body: assetJson(ctx, repo, found.release, found.asset) };
    },
  },
  {
    method: "PATCH",
    route: "/repos/{owner}/{repo}/releases/assets/{asset_id}",
    permission: "contents=write",
    handler(ctx) {
      const repo = ctx.repo();
      const found = ctx.store.findAsset(repo, intParam(ctx, "asset_id"));
      if (!found) throw notFound();
      refuseIfImmutable(found.release);
      const b = (ctx.body ?? {}) as { name?: string; label?: string };
      if (b.name && b.name !== found.asset.name) {
        if (found.release.assets.some((a) => a.name === b.name)) throw alreadyExists("ReleaseAsset", "name");
        found.asset.name = b.name;
      }
      if (b.label !== undefined) found.asset.label = b.label;
      found.asset.updatedAt = ctx.tick();
      return { body: assetJson(ctx, repo, found.release, found.asset) };
    },
  },
  {
    method: "DELETE",
    route: "/repos/{owner}/{repo}/releases/assets/{asset_id}",
    permission: "contents=write",
    handler(ctx) {
      const repo = ctx.repo();
      const found = ctx.store.findAsset(repo, intParam(ctx, "asset_id"));
      if (!found) throw notFound();
      refuseIfImmutable(found.release);
      found.release.assets = found.release.assets.filter((a) => a !== found.asset);
      ctx.store.nodes.delete(found.asset.nodeId);
      ctx.tick();
      return { status: 204 };
    },
  },
];
