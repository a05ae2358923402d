/**
 * `gatehouse verify`: re-checks a release from GitHub alone, months later if need be. It reads the
 * release, its manifest and checksums, the tag, and compares them; every check says in a sentence
 * what it found. A check that cannot be made (a permission is missing) is `unknown`, never passed.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { trustedDeployers } from "@gatehouse/core";
import {
  checkAssets,
  checkChecksums,
  checkCommit,
  checkPublished,
  failed,
  type LocalCopy,
  type ReleaseManifest,
  readManifest,
  unknown,
  type VerificationCheck,
  type VerificationCheckName,
  verificationChecks,
  verificationExitCode,
} from "@gatehouse/core/verification";
import {
  describeError,
  fetchChangeRequests,
  type GitHubClient,
  hashFile,
  isRefusal,
  PermissionError,
} from "@gatehouse/github";
import { GateStop } from "../assess/failures";
import { countingClient } from "../assess/gate";
import { compareRange, RangeLimitError } from "../assess/range";
import { changeRequestsAt, checkApprovals } from "./approvals";
import { checkEnvironmentApprovals } from "./environmentApprovals";
import { checkFreezeDecision } from "./freeze";
import { PolicyAtReleaseError, readPolicyAtRelease } from "./policyAtRelease";
import { type ReadRelease, readRelease } from "./readRelease";

/** What verify needs of the token, as a workflow's `permissions:` line. */
export const VERIFY_PERMISSIONS_LINE =
  "permissions: { contents: read, issues: read, pull-requests: read, actions: read }";

export interface VerifyRequest {
  repository: { owner: string; repo: string };
  tag: string;
  /** A directory holding local copies of the artefacts, hashed too (`--assets DIR`). */
  assetsDir?: string;
}

export interface VerifyResult {
  repository: string;
  tag: string;
  ok: boolean;
  /** 0 every check passed, 1 one failed, 2 one could not be told. */
  exitCode: 0 | 1 | 2;
  checks: VerificationCheck[];
  /** API requests made. */
  requests: number;
}

export interface VerifyDeps {
  client: GitHubClient;
  request: VerifyRequest;
}

/** Plain words for a read that failed, naming the permission to add. */
export function explainReadFailure(e: unknown, what: string, permission?: string): string {
  if (e instanceof GateStop || e instanceof PolicyAtReleaseError || e instanceof RangeLimitError)
    return e.message;
  if (e instanceof PermissionError) {
    return `The token cannot ${what}: it needs \`${e.permissionsLine}\` (${VERIFY_PERMISSIONS_LINE}).`;
  }
  if (isRefusal(e)) {
    return `The token cannot ${what}: ${permission ? `it needs \`${permission}\`; ` : ""}verify needs \`${VERIFY_PERMISSIONS_LINE}\`.`;
  }
  return `Could not ${what}: ${describeError(e)}`;
}

/** Local copies of the manifest's artefacts, hashed as streams (any size, constant memory). */
async function hashLocalCopies(dir: string, manifest: ReleaseManifest): Promise<Map<string, LocalCopy>> {
  const copies = new Map<string, LocalCopy>();
  for (const artefact of manifest.artefacts) {
    const path = join(dir, artefact.name);
    const found = await stat(path).catch(() => null);
    copies.set(artefact.name, found?.isFile() ? await hashFile(path) : null);
  }
  return copies;
}

export async function verifyRelease(deps: VerifyDeps): Promise<VerifyResult> {
  const client = countingClient(deps.client);
  const { repository: repo, tag, assetsDir } = deps.request;
  const repository = `${repo.owner}/${repo.repo}`;
  const checks = new Map<VerificationCheckName, VerificationCheck>();
  const result = (): VerifyResult => {
    const list = verificationChecks.map(
      (name) => checks.get(name) ?? unknown(name, "Not checked: the checks before it could not be made."),
    );
    const exitCode = verificationExitCode(list);
    return { repository, tag, ok: exitCode === 0, exitCode, checks: list, requests: client.count() };
  };
  const stopAll = (detail: string) => {
    for (const name of verificationChecks) if (!checks.has(name)) checks.set(name, unknown(name, detail));
  };

  let read: ReadRelease;
  try {
    read = await readRelease(client, repo, tag, client.countSentAhead);
  } catch (e) {
    stopAll(explainReadFailure(e, `read the release ${tag} of ${repository}`));
    return result();
  }
  checks.set("published", checkPublished(tag, read.release, read.immutableReleases));
  if (!read.release) {
    stopAll(`Not checked: there is no release of ${tag}.`);
    return result();
  }
  const { manifest, check } = read.refused?.manifest
    ? { manifest: null, check: failed("manifest", read.refused.manifest) }
    : readManifest(read.manifest?.text ?? null, { repository, tag });
  checks.set("manifest", check);
  if (!manifest) {
    stopAll("Not checked: without a valid manifest nothing says what the release should hold.");
    return result();
  }
  checks.set("commit", checkCommit(manifest, tag, read.tagCommit));

  // The release's instant: when its manifest reached GitHub (GitHub's clock), the last moment the
  // gate's view could have been taken; else its publication. What the last three checks read
  // leaves now, together, while the assets are compared.
  const at = read.manifest?.uploadedAt ?? read.release.publishedAt;
  const instant = at ? new Date(at) : null;
  const environment = checkEnvironmentApprovals(client, repo, manifest, explainReadFailure);
  const policyRead = instant
    ? readPolicyAtRelease(client, repo, instant).catch((e: unknown) => e as Error)
    : null;
  const compared = manifest.range?.base
    ? compareRange(client, repo, manifest.range.base, manifest.range.head)
    : undefined;
  compared?.catch(() => {}); // awaited by the approvals check; never an unhandled rejection meanwhile
  let local: Map<string, LocalCopy> | undefined;
  if (assetsDir) {
    try {
      local = await hashLocalCopies(assetsDir, manifest);
    } catch (e) {
      checks.set(
        "assets",
        unknown("assets", `The local copies in ${assetsDir} cannot be read: ${describeError(e)}`),
      );
    }
  }
  if (!checks.has("assets")) {
    const downloaded = new Map<string, string>();
    if (read.manifest) downloaded.set("release-manifest.json", read.manifest.sha256);
    if (read.checksums) downloaded.set("SHA256SUMS", read.checksums.sha256);
    checks.set("assets", checkAssets(manifest, read.assets, local, downloaded));
  }
  checks.set(
    "checksums",
    read.refused?.checksums
      ? failed("checksums", read.refused.checksums)
      : checkChecksums(manifest, read.checksums?.text ?? null, read.manifest!.sha256),
  );

  if (!instant || !policyRead) {
    checks.set("environment-approvals", await environment);
    stopAll("Not checked: GitHub gives no time for the release's manifest or publication.");
    return result();
  }
  const [policy, environmentCheck] = await Promise.all([policyRead, environment]);
  checks.set("environment-approvals", environmentCheck);
  if (policy instanceof Error) {
    stopAll(
      `Not checked: ${explainReadFailure(policy, "read the policy of the default branch at the release")}`,
    );
    return result();
  }
  const notes: string[] = [];
  const [approvals, freeze] = await Promise.all([
    checkApprovals({
      client,
      repo,
      manifest,
      instant,
      policy,
      explain: explainReadFailure,
      ...(compared ? { compared } : {}),
    }),
    checkFreezeDecision({
      manifest,
      policy: policy.policy,
      instant,
      repository,
      fetchAt: async (links, teams) => {
        const fetched = await fetchChangeRequests(client, links, teams);
        const recorders = trustedDeployers(policy.policy.deployments);
        return { ...fetched, issues: changeRequestsAt(fetched.issues, instant, recorders, notes) };
      },
    }).catch((e: unknown) => unknown("freeze", explainReadFailure(e, "read the emergency change request"))),
  ]);
  checks.set("approvals", approvals);
  checks.set("freeze", freeze);
  return result();
}
