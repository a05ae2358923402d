/**
 * Fetching `.github/gatehouse.yml` through the contents API, from the default branch unless a ref is
 * given: a branch cannot loosen its own policy. Refs are read by their full name (`refs/heads/main`),
 * so a tag or any other ref named like the branch cannot stand in for it. One request, and nothing heavy loaded for it, so an
 * action can send it first, while the rest of its code is still loading.
 */
import { createHash } from "node:crypto";
import { DEFAULT_POLICY_PATH } from "@gatehouse/core";
import type { GitHubClient } from "./client";
import { describeError, GitHubApiError, PermissionError } from "./errors";

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
 * Reads the policy file's text. A file GitHub shows to be missing gives `text: null` (with a note):
 * a plain 404 is confirmed by a second answer (`confirmAbsence`); a 404 or 403 that names a missing
 * permission gives a `PermissionError`, and a doubt an `Error` naming the permission and the file.
 */
export async function fetchPolicyText(
  client: Pick<GitHubClient, "request" | "graphql">,
  target: LoadPolicyTarget,
): Promise<PolicyText> {
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
    // A 404 that names a permission is GitHub refusing, not an absence: fail (the caller blocks).
    if (e instanceof GitHubApiError && !(e instanceof PermissionError) && e.status === 404) {
      if (ref && /no commit found/i.test(e.apiMessage))
        throw new Error(missingPolicyRef(given, ref, repository));
      // GitHub answers 404 both for a file that is not there and for one the token may not see:
      // only a second answer that shows the ref's tree can tell them apart.
      const confirmed = await confirmAbsence(client, target, ref, path, where);
      if (confirmed.text === null) {
        return {
          text: null,
          source,
          notes: [`No ${path} on ${where}: using the default policy.`],
        };
      }
      return {
        text: confirmed.text,
        source: { ...source, found: true, sha: confirmed.sha },
        notes: [],
      };
    }
    throw e;
  }

  const { text, sha, bytes } = fileText(response.data, path);
  const found: PolicySource = { ...source, found: true, sha: sha ?? gitBlobSha(bytes) };
  return { text, source: found, notes: [] };
}

const confirmQuery = `query GatehousePolicyAbsent($owner: String!, $name: String!, $ref: String!, $file: String!) {
  repository(owner: $owner, name: $name) {
    ref: object(expression: $ref) { oid }
    file: object(expression: $file) { __typename ... on Blob { oid text isTruncated } }
  }
}`;

interface ConfirmAnswer {
  repository: {
    ref: { oid: string } | null;
    file: { __typename: string; oid?: string; text?: string | null; isTruncated?: boolean } | null;
  } | null;
}

/**
 * After a plain 404 for the policy file: asks GitHub for the ref's commit and the file in one
 * GraphQL query. The commit answering proves the token reads the repository's contents, so a file
 * still missing is missing; a file that is there after all is used. Anything else throws, naming
 * the permission and the file: the policy is never taken as absent on a doubt.
 */
async function confirmAbsence(
  client: Pick<GitHubClient, "graphql">,
  target: LoadPolicyTarget,
  ref: string | undefined,
  path: string,
  where: string,
): Promise<{ text: string | null; sha?: string }> {
  const expression = ref ?? "HEAD";
  const cannotTell = (why: string) =>
    new Error(
      `GitHub answered 404 for ${path} on ${where}, and ${why}, so Gatehouse cannot tell a missing policy from one the token may not read: give the token \`contents: read\` on ${target.owner}/${target.repo} (\`permissions: { contents: read }\`), check that ${path} is there, and re-run.`,
    );
  let answer: ConfirmAnswer;
  try {
    answer = await client.graphql<ConfirmAnswer>(confirmQuery, {
      owner: target.owner,
      name: target.repo,
      ref: expression,
      file: `${expression}:${path}`,
    });
  } catch (e) {
    throw cannotTell(`checking it failed (${describeError(e).replace(/\.$/, "")})`);
  }
  const repository = answer.repository;
  if (!repository?.ref) throw cannotTell("the token cannot read the commit it names");
  const file = repository.file;
  if (!file) return { text: null };
  if (file.__typename !== "Blob" || typeof file.text !== "string") {
    if (file.__typename === "Tree")
      throw new Error(`${path} is a directory in the repository; the policy must be a file.`);
    throw cannotTell(`GitHub then showed it as ${file.__typename} without its text`);
  }
  if (file.isTruncated) throw new Error(`${path} is too large for GitHub to return; keep it under 512 kB.`);
  return { text: file.text, ...(file.oid ? { sha: file.oid } : {}) };
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
