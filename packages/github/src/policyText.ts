/**
 * Fetching `.github/gatehouse.yml` through the contents API, from the default branch unless a ref is
 * given: a branch cannot loosen its own policy. One request, and nothing heavy loaded for it, so an
 * action can send it first, while the rest of its code is still loading.
 */
import { DEFAULT_POLICY_PATH } from "@gatehouse/core";
import type { GitHubClient } from "./client";
import { GitHubApiError } from "./errors";

export interface PolicySource {
  /** Path of the file in the repository. */
  path: string;
  /** The ref it was read at: the given ref, or `default branch`. */
  ref: string;
  /** True when read from the default branch (no ref given). */
  defaultBranch: boolean;
  /** Blob SHA of the file, when GitHub said it. */
  sha?: string;
  /** False when the file does not exist and the defaults are used. */
  found: boolean;
}

export interface LoadPolicyTarget {
  owner: string;
  repo: string;
  /** Branch, tag or SHA to read the policy at (the `policy-ref` input). Default: the default branch. */
  ref?: string;
  /** Path of the policy file. Default `.github/gatehouse.yml`. */
  path?: string;
}

/** The policy file's text (`null` when the repository has none) and where it came from. */
export interface PolicyText {
  text: string | null;
  source: PolicySource;
  /** Things worth telling the user (e.g. that the file is missing and the defaults apply). */
  notes: string[];
}

/**
 * Reads the policy file's text. A missing file gives `text: null` (with a note); a token without
 * `contents: read` gives a `PermissionError`.
 */
export async function fetchPolicyText(client: GitHubClient, target: LoadPolicyTarget): Promise<PolicyText> {
  const path = target.path ?? DEFAULT_POLICY_PATH;
  const ref = target.ref?.trim() || undefined;
  const where = `${ref ? `ref \`${ref}\`` : "the default branch"} of ${target.owner}/${target.repo}`;
  const source: PolicySource = { path, ref: ref ?? "default branch", defaultBranch: !ref, found: false };

  let response: { data: unknown; headers: Record<string, string | undefined> };
  try {
    response = await client.request("GET /repos/{owner}/{repo}/contents/{path}", {
      owner: target.owner,
      repo: target.repo,
      path,
      ...(ref ? { ref } : {}),
      headers: { accept: "application/vnd.github.raw+json" },
    });
  } catch (e) {
    if (e instanceof GitHubApiError && e.status === 404) {
      if (ref && /no commit found/i.test(e.apiMessage)) {
        throw new Error(
          `The policy ref \`${ref}\` does not exist in ${target.owner}/${target.repo}: fix the \`policy-ref\` input.`,
        );
      }
      return {
        text: null,
        source,
        notes: [
          `No ${path} on ${where}: using the default policy. If the file exists, the token cannot read it: add \`permissions: { contents: read }\` to the job.`,
        ],
      };
    }
    throw e;
  }

  const { text, sha } = fileText(response.data, path);
  const etagSha = /"([0-9a-f]{40})"/.exec(response.headers.etag ?? "")?.[1];
  const found: PolicySource = {
    ...source,
    found: true,
    ...((sha ?? etagSha) ? { sha: sha ?? etagSha } : {}),
  };
  return { text, source: found, notes: [] };
}

/** The file's text from a raw answer (string or bytes) or a JSON contents object (base64). */
function fileText(data: unknown, path: string): { text: string; sha?: string } {
  if (typeof data === "string") return { text: data };
  if (data instanceof ArrayBuffer) return { text: Buffer.from(data).toString("utf8") };
  if (ArrayBuffer.isView(data))
    return { text: Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8") };
  if (Array.isArray(data))
    throw new Error(`${path} is a directory in the repository; the policy must be a file.`);
  if (data && typeof data === "object") {
    const file = data as { type?: string; content?: string; encoding?: string; sha?: string };
    if (file.type && file.type !== "file") throw new Error(`${path} is a ${file.type}, not a file.`);
    if (typeof file.content === "string") {
      const text =
        file.encoding === "base64"
          ? Buffer.from(file.content.replace(/\s/g, ""), "base64").toString("utf8")
          : file.content;
      return { text, ...(file.sha ? { sha: file.sha } : {}) };
    }
  }
  throw new Error(`GitHub answered the request for ${path} with something that is not a file.`);
}
