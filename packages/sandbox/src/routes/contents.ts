import { createHash } from "node:crypto";
import { DOCS, HttpError, notFound, type RouteDef } from "../http";
import { repoApi, repoHtml } from "../present";
import type { Store } from "../store";
import type { Repo } from "../types";

/** Repository contents: files at a ref (e.g. `.github/gatehouse.yml`). */

function blobSha(text: string): string {
  const buf = Buffer.from(text);
  return createHash("sha1").update(`blob ${buf.length}\0`).update(buf).digest("hex");
}

export const contentRoutes: RouteDef[] = [
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/contents/{path}",
    permission: "contents=read",
    handler(ctx) {
      const repo = ctx.repo();
      const ref = ctx.query.get("ref");
      const files = ctx.store.filesAt(repo, ref);
      // GitHub's words for a ref that names nothing (a missing file is a plain "Not Found").
      if (!files)
        throw new HttpError(404, {
          message: `No commit found for the ref ${ref}`,
          documentation_url: DOCS,
          status: "404",
        });
      const path = (ctx.params.path ?? "").replace(/^\/+|\/+$/g, "");
      const api = repoApi(ctx, repo);
      const at = ref ?? repo.defaultBranch;
      const text = files[path];
      const links = (p: string, type: string) => ({
        url: `${api}/contents/${p}?ref=${at}`,
        html_url: `${repoHtml(ctx, repo)}/${type === "dir" ? "tree" : "blob"}/${at}/${p}`,
        git_url: `${api}/git/${type === "dir" ? "trees" : "blobs"}/${p}`,
        download_url: type === "dir" ? null : `${repoHtml(ctx, repo)}/raw/${at}/${p}`,
      });
      if (text !== undefined) {
        const accept = ctx.req.headers.accept ?? "";
        if (
          accept.includes("application/vnd.github.raw") ||
          accept.includes("application/vnd.github.v3.raw")
        ) {
          return { raw: text, headers: { "content-type": "text/plain; charset=utf-8" } };
        }
        const b64 = Buffer.from(text)
          .toString("base64")
          .replace(/(.{60})/g, "$1\n");
        const l = links(path, "file");
        return {
          body: {
            type: "file",
            encoding: "base64",
            size: Buffer.byteLength(text),
            name: path.split("/").pop(),
            path,
            content: `${b64}\n`,
            sha: blobSha(text),
            ...l,
            _links: { self: l.url, git: l.git_url, html: l.html_url },
          },
        };
      }
      const prefix = path === "" ? "" : `${path}/`;
      const entries = new Map<string, "file" | "dir">();
      for (const p of Object.keys(files)) {
        if (!p.startsWith(prefix)) continue;
        const rest = p.slice(prefix.length);
        const [first, ...more] = rest.split("/");
        entries.set(first!, more.length > 0 ? "dir" : "file");
      }
      if (entries.size === 0) throw notFound();
      return {
        body: [...entries.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, type]) => {
            const p = `${prefix}${name}`;
            const l = links(p, type);
            return {
              type,
              name,
              path: p,
              size: type === "file" ? Buffer.byteLength(files[p]!) : 0,
              sha: type === "file" ? blobSha(files[p]!) : blobSha(p),
              ...l,
              _links: { self: l.url, git: l.git_url, html: l.html_url },
            };
          }),
      };
    },
  },
];
