/**
 * Fetching `.github/gatehouse.yml` through the contents API, from the default branch unless a ref is
 * given: a branch cannot loosen its own policy. Refs are read by their full name (`refs/heads/main`),
 * so a tag or any other ref named like the branch cannot stand in for it. One request, and nothing heavy loaded for it, so an
 * action can send it first, while the rest of its code is still loading.
 */
import { createHash } from "node:crypto";
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
  /** Git blob SHA of the file: GitHub's, or computed from the bytes it sent (as `git hash-object`). */
  sha?: string;
  /** False when the file does not exist and the defaults are used. */
  found: boolean;
}

export interface LoadPolicyTarget {
  owner: string;
  repo: string;
  /**
   * Where to read the policy (the `policy-ref` input): a branch name, a full ref name
   * (`refs/tags/v2`) or a full commit SHA. Default: the default branch.
   */
  ref?: string;
  /** The default branch's name, when the caller knows it: read as `refs/heads/<name>`. */
  defaultBranch?: string;
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
 * The full name of the ref to read the policy at, so that nothing named alike can stand in for it:
 * a `policy-ref` that is a plain name is the branch `refs/heads/<name>`; a full ref name
 * (`refs/tags/v2.0.0`) or a full commit SHA is taken as written; without one, the default branch
 * as `refs/heads/<name>`. Undefined when neither is known: GitHub's own default branch is read.
 */
export function policyRefName(
  policyRef: string | undefined,
  defaultBranch: string | undefined,
): string | undefined {
  const ref = policyRef?.trim();
  if (ref) return ref.startsWith("refs/") || /^[0-9a-f]{40}$/i.test(ref) ? ref : `refs/heads/${ref}`;
  const branch = defaultBranch?.trim();
  return branch ? `refs/heads/${branch}` : undefined;
}

/** What to tell the user when the ref to read the policy at does not exist. */
export function missingPolicyRef(policyRef: string | undefined, refName: string, repository: string): string {
  return policyRef?.trim()
    ? `The policy ref \`${policyRef.trim()}\` does not exist in ${repository}${refName === policyRef.trim() ? "" : ` (read as \`${refName}\`)`}: fix the \`policy-ref\` input — a branch name, \`refs/tags/<tag>\` for a tag, or a full commit SHA.`
    : `The default branch this run names, \`${refName}\`, does not exist in ${repository}: the policy is read from the default branch only; re-run the workflow.`;
}

/**
 * Reads the policy file's text. A missing file gives `text: null` (with a note); a token without
 * `contents: read` gives a `PermissionError`.
 */
export async function fetchPolicyText(client: GitHubClient, target: LoadPolicyTarget): Promise<PolicyText> {
  const path = target.path ?? DEFAULT_POLICY_PATH;
  const given = target.ref?.trim() || undefined;
  const ref = policyRefName(given, target.defaultBranch);
  const repository = `${target.owner}/${target.repo}`;
  const where = `${given ? `ref \`${ref}\`` : "the default branch"} of ${repository}`;
  const source: PolicySource = {
    path,
    ref: given ? (ref as string) : "default branch",
    defaultBranch: !given,
    found: false,
  };

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
      if (ref && /no commit found/i.test(e.apiMessage))
        throw new Error(missingPolicyRef(given, ref, repository));
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

  const { text, sha, bytes } = fileText(response.data, path);
  const found: PolicySource = { ...source, found: true, sha: sha ?? gitBlobSha(bytes) };
  return { text, source: found, notes: [] };
}

/** The git blob sha of some bytes (`git hash-object`): how GitHub names a file's content. */
export function gitBlobSha(bytes: Uint8Array): string {
  return createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}

/** The file's text and bytes from a raw answer (string or bytes) or a JSON contents object (base64). */
function fileText(data: unknown, path: string): { text: string; bytes: Uint8Array; sha?: string } {
  const decoded = (bytes: Buffer) => ({ text: bytes.toString("utf8"), bytes });
  if (typeof data === "string") return { text: data, bytes: Buffer.from(data, "utf8") };
  if (data instanceof ArrayBuffer) return decoded(Buffer.from(data));
  if (ArrayBuffer.isView(data)) return decoded(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  if (Array.isArray(data))
    throw new Error(`${path} is a directory in the repository; the policy must be a file.`);
  if (data && typeof data === "object") {
    const file = data as { type?: string; content?: string; encoding?: string; sha?: string };
    if (file.type && file.type !== "file") throw new Error(`${path} is a ${file.type}, not a file.`);
    if (typeof file.content === "string") {
      const bytes =
        file.encoding === "base64"
          ? Buffer.from(file.content.replace(/\s/g, ""), "base64")
          : Buffer.from(file.content, "utf8");
      return { ...decoded(bytes), ...(file.sha ? { sha: file.sha } : {}) };
    }
  }
  throw new Error(`GitHub answered the request for ${path} with something that is not a file.`);
}
