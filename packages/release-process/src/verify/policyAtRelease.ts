/**
 * The policy of the default branch at the instant of a release, in one GraphQL query: the file as
 * the default branch holds it now and whether any commit changed it since that instant; when one
 * did, the file as the last commit before the instant left it. Its git blob sha is compared with
 * the one the manifest records.
 */
import { defaultPolicy, type Policy, PolicyError, parsePolicy } from "@gatehouse/core";
import type { GitHubClient } from "@gatehouse/github";
import { POLICY_PATH } from "../assess/repositoryState";

export interface PolicyAtRelease {
  policy: Policy;
  /** The file's blob sha at the instant; null when there was no file (the defaults applied). */
  blobSha: string | null;
  /** e.g. ".github/gatehouse.yml on main at 2026-03-02T12:00:09Z (blob 1a2b3c4d5e6f)". */
  description: string;
}

/** The policy at the instant cannot be read or parsed: verify cannot re-assess anything. */
export class PolicyAtReleaseError extends Error {}

const query = `query GatehouseVerifyPolicy($owner: String!, $name: String!, $path: String!, $expression: String!, $at: GitTimestamp!) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef {
      name
      target {
        ... on Commit {
          since: history(path: $path, since: $at, first: 1) { totalCount }
          before: history(path: $path, until: $at, first: 1) {
            nodes { oid file(path: $path) { oid object { ... on Blob { text isTruncated } } } }
          }
        }
      }
    }
    current: object(expression: $expression) { ... on Blob { oid text isTruncated } }
  }
}`;

interface BlobAnswer {
  oid: string;
  text: string | null;
  isTruncated: boolean;
}
interface Answer {
  repository: {
    defaultBranchRef: {
      name: string;
      target: {
        since?: { totalCount: number };
        before?: { nodes: { oid: string; file: { oid: string; object: BlobAnswer | null } | null }[] };
      };
    } | null;
    current: BlobAnswer | null;
  } | null;
}

export async function readPolicyAtRelease(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  instant: Date,
): Promise<PolicyAtRelease> {
  const answer = await client.graphql<Answer>(query, {
    owner: repo.owner,
    name: repo.repo,
    path: POLICY_PATH,
    expression: `HEAD:${POLICY_PATH}`,
    at: instant.toISOString(),
  });
  const r = answer.repository;
  const branch = r?.defaultBranchRef;
  if (!r || !branch)
    throw new PolicyAtReleaseError(`The default branch of ${repo.owner}/${repo.repo} cannot be read.`);
  const changedSince = (branch.target.since?.totalCount ?? 0) > 0;
  let blob: BlobAnswer | null;
  if (!changedSince) blob = r.current;
  else {
    const file = branch.target.before?.nodes[0]?.file ?? null;
    blob = file?.object ? { ...file.object, oid: file.oid } : null;
  }
  const where = `${POLICY_PATH} on ${branch.name} at ${instant.toISOString()}`;
  if (!blob) {
    return { policy: defaultPolicy(), blobSha: null, description: `${where} (no file: the defaults)` };
  }
  if (blob.isTruncated || blob.text === null) {
    throw new PolicyAtReleaseError(`${where} is too large for GitHub to return (keep it under 512 kB).`);
  }
  try {
    return {
      policy: parsePolicy(blob.text, POLICY_PATH),
      blobSha: blob.oid,
      description: `${where} (blob ${blob.oid.slice(0, 12)})`,
    };
  } catch (e) {
    if (e instanceof PolicyError) {
      throw new PolicyAtReleaseError(`${where} cannot be read: ${e.message}`);
    }
    throw e;
  }
}
