/**
 * Release assets: hashing files and uploading them to a release, streamed from disk.
 *
 * Files never sit whole in memory: the SHA-256 is computed from a read stream, and each upload
 * attempt pipes a fresh read stream into the request, with backpressure and an explicit
 * Content-Length. A failed attempt is retried; an asset the failed attempt left behind half
 * uploaded (state other than `uploaded`) is deleted first. What GitHub stored is checked against
 * our own SHA-256 through the asset's `digest`.
 */
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import type { ClientRequest } from "node:http";
import type { GitHubClient } from "./client";
import { GitHubApiError, PermissionError } from "./errors";
import { NetworkError, requestFailure, type Transport } from "./transport";

/** GitHub refuses release assets of 2 GiB and more. */
export const MAX_ASSET_BYTES = 2 * 1024 ** 3 - 1;

/** An asset as the REST API describes it (`release-asset`). */
export interface RemoteAsset {
  id: number;
  name: string;
  size: number;
  /** `sha256:<hex>`; null for assets uploaded before GitHub computed digests. */
  digest: string | null;
  /** `uploaded` when complete; `starter`/`new`/`open` for an upload that did not finish. */
  state: string;
  content_type?: string;
  browser_download_url?: string;
}

/** An asset we want on the release: a file on disk, or generated text. */
export interface LocalAsset {
  name: string;
  size: number;
  sha256: string;
  contentType: string;
  path?: string;
  content?: Buffer;
}

/** SHA-256 and size of a file, read as a stream (constant memory, any size). */
export async function hashFile(path: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash("sha256");
  let size = 0;
  // one buffer, read into again and again: no garbage, so memory stays flat for any file size
  const buffer = Buffer.allocUnsafe(CHUNK);
  const file = await open(path, "r");
  try {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      size += bytesRead;
    }
  } finally {
    await file.close();
  }
  return { size, sha256: hash.digest("hex") };
}

const CHUNK = 256 * 1024;

/**
 * Writes a file into a request with two buffers taking turns: one is read from disk while the
 * other is being sent, and a buffer is reused only once the socket has taken it. Memory stays at
 * two chunks whatever the file size (a read stream allocates a new chunk each time and leaves
 * them to the garbage collector, which lets a 2 GiB upload grow the process by tens of MB).
 */
async function sendFile(path: string, req: ClientRequest): Promise<void> {
  const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  const file = await open(path, "r");
  let inFlight: Promise<void> = Promise.resolve();
  try {
    for (let turn = 0; ; turn++) {
      const buffer = buffers[turn % 2]!;
      const { bytesRead } = await file.read(buffer, 0, CHUNK, null);
      await inFlight; // the other buffer has been handed to the socket
      if (bytesRead === 0) break;
      inFlight = new Promise<void>((resolve, reject) =>
        req.write(buffer.subarray(0, bytesRead), (e) => (e ? reject(e) : resolve())),
      );
    }
    await inFlight;
  } finally {
    await file.close();
  }
  await new Promise<void>((resolve) => req.end(resolve));
}

/** The asset for generated text (SHA256SUMS, the manifest, the full notes). */
export function textAsset(name: string, text: string, contentType: string): LocalAsset {
  const content = Buffer.from(text, "utf8");
  return {
    name,
    size: content.length,
    sha256: createHash("sha256").update(content).digest("hex"),
    contentType,
    content,
  };
}

/** A file asset, hashed from disk. */
export async function fileAsset(path: string, name: string): Promise<LocalAsset> {
  const { size, sha256 } = await hashFile(path);
  return { name, path, size, sha256, contentType: contentTypeOf(name) };
}

const TYPES: [RegExp, string][] = [
  [/\.(tar\.gz|tgz)$/i, "application/gzip"],
  [/\.gz$/i, "application/gzip"],
  [/\.zip$/i, "application/zip"],
  [/\.tar$/i, "application/x-tar"],
  [/\.json$/i, "application/json"],
  [/\.(md|txt)$/i, "text/plain"],
  [/^SHA256SUMS$/, "text/plain"],
];

export function contentTypeOf(name: string): string {
  return TYPES.find(([re]) => re.test(name))?.[1] ?? "application/octet-stream";
}

/** Whether GitHub's digest of an asset equals our SHA-256 (false when GitHub reports none). */
export function digestMatches(remote: Pick<RemoteAsset, "digest">, sha256: string): boolean {
  return remote.digest?.toLowerCase() === `sha256:${sha256.toLowerCase()}`;
}

export function isComplete(remote: Pick<RemoteAsset, "state">): boolean {
  return remote.state === "uploaded";
}

export interface UploadOptions {
  owner: string;
  repo: string;
  releaseId: number;
  /** The release's `upload_url` (RFC 6570 template; its `{?name,label}` part is dropped). */
  uploadUrl: string;
  /** Attempts in all (default 4). */
  attempts?: number;
  /** Wait before retry n (1-based), in ms. Default n² × 1000. */
  backoffMs?: (retry: number) => number;
  /**
   * Longest silence on an upload's connection before the attempt counts as stalled (and is
   * retried). Default: four times the client's idle timeout (2 minutes by default), since GitHub may take a
   * while to answer once a large file is in.
   */
  idleMs?: number;
  log?: (message: string) => void;
}

/**
 * Uploads one asset, streamed, retrying failed attempts with a fresh stream. Before each retry the
 * release's assets are read again: an asset of that name left half uploaded is deleted, one that
 * did arrive complete with our digest is taken as the result.
 */
export async function uploadAsset(
  client: GitHubClient,
  asset: LocalAsset,
  opts: UploadOptions,
): Promise<RemoteAsset> {
  const attempts = opts.attempts ?? 4;
  const backoff = opts.backoffMs ?? client.backoffMs;
  const log = opts.log ?? (() => {});
  const base = opts.uploadUrl.replace(/\{[^}]*\}$/, "");
  const url = `${base}?name=${encodeURIComponent(asset.name)}`;
  const auth = (await client.octokit.auth()) as { token?: string };
  // GitHub may be silent a while after a large body, hashing it: four times the client's idle
  // timeout (2 minutes by default).
  const idleMs = opts.idleMs ?? client.transport.timeouts.idleMs * 4;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) {
      await new Promise((r) => setTimeout(r, backoff(attempt - 1)));
      const leftover = await findAsset(client, opts, asset.name);
      if (leftover && isComplete(leftover) && digestMatches(leftover, asset.sha256)) return leftover;
      if (leftover && isComplete(leftover)) {
        // Complete with other bytes: not what a failed attempt of ours leaves, but another run's
        // upload. The caller decides (as when GitHub refuses the name: 422).
        throw new GitHubApiError({
          status: 422,
          route: `POST /repos/${opts.owner}/${opts.repo}/releases/${opts.releaseId}/assets?name=${asset.name}`,
          apiMessage: `Validation Failed: an asset named ${asset.name} with other content is on the release (already_exists)`,
        });
      }
      if (leftover) {
        log(`Deleting ${asset.name} left half uploaded by the failed attempt.`);
        await deleteAsset(client, opts, leftover.id);
      }
    }
    try {
      const body = asset.content ?? { path: asset.path! };
      const response = await post(client.transport, url, body, idleMs, {
        accept: "application/vnd.github+json",
        authorization: `token ${auth.token ?? ""}`,
        "content-type": asset.contentType,
        "content-length": String(asset.size),
        "user-agent": "gatehouse",
        "x-github-api-version": "2022-11-28",
      });
      const text = response.text;
      if (response.status === 201) return JSON.parse(text) as RemoteAsset;
      const route = `POST /repos/${opts.owner}/${opts.repo}/releases/${opts.releaseId}/assets?name=${asset.name}`;
      const permission = response.headers["x-accepted-github-permissions"];
      if ((response.status === 403 || response.status === 404) && permission) {
        throw new PermissionError({
          status: response.status,
          route,
          permission,
          apiMessage: messageOf(text),
        });
      }
      const error = new GitHubApiError({
        status: response.status,
        route,
        apiMessage: messageOf(text),
        message: `GitHub answered ${response.status} to the upload of ${asset.name}: ${messageOf(text)}`,
      });
      if (response.status < 500 && response.status !== 429) throw error;
      lastError = error;
      log(`${error.message}; ${attempt < attempts ? "retrying" : "giving up"}.`);
    } catch (e) {
      if (e instanceof GitHubApiError && e.status < 500 && e.status !== 429) throw e;
      lastError = e;
      const reason =
        e instanceof NetworkError
          ? e.message
          : e instanceof Error
            ? ((e.cause as Error | undefined)?.message ?? e.message)
            : String(e);
      const again = attempt < attempts && !(e instanceof NetworkError && !e.retryable);
      log(`The upload of ${asset.name} failed (${reason}); ${again ? "retrying" : "giving up"}.`);
      if (!again) break;
    }
  }
  const proxyHint =
    lastError instanceof NetworkError && lastError.proxyConfigured
      ? ` Check the proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) and that the proxy reaches ${lastError.target}.`
      : "";
  const tried =
    lastError instanceof NetworkError && !lastError.retryable ? "" : ` after ${attempts} attempts`;
  throw new Error(
    `Could not upload ${asset.name}${tried} (${lastError instanceof Error ? lastError.message : String(lastError)}).${proxyHint} Re-run the job: the release is kept as a draft and the upload resumes where it stopped.`,
  );
}

/**
 * POSTs a body to GitHub: a file is sent chunk by chunk as the socket takes it (undici's fetch
 * reads a streamed body ahead of the socket and ends up holding the whole file in memory).
 */
function post(
  transport: Transport,
  url: string,
  body: Buffer | { path: string },
  idleMs: number,
  headers: Record<string, string>,
): Promise<{ status: number; text: string; headers: Record<string, string | undefined> }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = transport.open(new URL(url), { method: "POST", headers, idleMs }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on("data", (d: Buffer) => chunks.push(d));
      res.on("error", (e) => reject(requestFailure(req, e)));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          text: Buffer.concat(chunks).toString("utf8"),
          headers: Object.fromEntries(
            Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : v]),
          ),
        }),
      );
    });
    req.on("error", (e) => {
      if (!answered) reject(requestFailure(req, e));
    });
    if (Buffer.isBuffer(body)) req.end(body);
    else
      sendFile(body.path, req).catch((e: unknown) => {
        // an early answer (e.g. 422) may cut the body short: the answer is what counts
        if (!answered) reject(e);
      });
  });
}

function messageOf(text: string): string {
  try {
    const j = JSON.parse(text) as { message?: string; errors?: { code?: string; field?: string }[] };
    const details = (j.errors ?? []).map((e) => [e.field, e.code].filter(Boolean).join(" ")).join(", ");
    return [j.message, details].filter(Boolean).join(": ");
  } catch {
    return text.slice(0, 200);
  }
}

/** The assets of a release (one request; a release holds at most 1,000 assets). */
export async function listAssets(
  client: GitHubClient,
  opts: Pick<UploadOptions, "owner" | "repo" | "releaseId">,
): Promise<RemoteAsset[]> {
  return client.paginate<RemoteAsset>("GET /repos/{owner}/{repo}/releases/{release_id}/assets", {
    owner: opts.owner,
    repo: opts.repo,
    release_id: opts.releaseId,
    per_page: 100,
  });
}

async function findAsset(
  client: GitHubClient,
  opts: Pick<UploadOptions, "owner" | "repo" | "releaseId">,
  name: string,
): Promise<RemoteAsset | undefined> {
  return (await listAssets(client, opts)).find((a) => a.name === name);
}

export async function deleteAsset(
  client: GitHubClient,
  opts: Pick<UploadOptions, "owner" | "repo">,
  assetId: number,
): Promise<void> {
  await client.request("DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}", {
    owner: opts.owner,
    repo: opts.repo,
    asset_id: assetId,
  });
}

/** The size limit check done before anything is written. */
export async function fileSize(path: string): Promise<number> {
  const file = await open(path, "r");
  try {
    return (await file.stat()).size;
  } finally {
    await file.close();
  }
}

/**
 * The bytes of a small asset (the manifest, `SHA256SUMS`), through the API so private
 * repositories work: `Accept: application/octet-stream` (GitHub redirects to the file). An asset
 * larger than `maxBytes` is refused before it is read.
 */
/** Why an asset is not read, by its listed size: more than `maxBytes` is not a file Gatehouse wrote. */
export function assetTooLarge(
  asset: Pick<RemoteAsset, "name" | "size">,
  maxBytes: number,
): string | undefined {
  return asset.size > maxBytes
    ? `${asset.name} is ${asset.size} bytes, more than the ${maxBytes} Gatehouse reads of it: it is not a file Gatehouse wrote.`
    : undefined;
}

export async function downloadAsset(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  asset: Pick<RemoteAsset, "id" | "name" | "size">,
  maxBytes: number,
): Promise<Buffer> {
  const tooLarge = assetTooLarge(asset, maxBytes);
  if (tooLarge) throw new Error(tooLarge);
  const { data } = await client.request<ArrayBuffer | string>(
    "GET /repos/{owner}/{repo}/releases/assets/{asset_id}",
    {
      owner: repo.owner,
      repo: repo.repo,
      asset_id: asset.id,
      headers: { accept: "application/octet-stream" },
    },
  );
  return typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
}
