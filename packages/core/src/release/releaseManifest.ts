/**
 * The release manifest: the evidence a release carries in the definitive media library
 * (`release-manifest.json`, described by `schema/release-manifest.schema.json`).
 *
 * It records what was released (version, tag, commit, every artefact with size and SHA-256), by
 * which workflow run, under which change requests and approvals, and the freeze decision when one
 * was given — and what `gatehouse verify` needs to re-check it later from GitHub alone: the
 * deployed range whose commit authors may not approve, the policy file's blob, and the
 * environment's protection settings when the release was made. It holds no clock reading, so a
 * re-run of the same release produces the same bytes.
 */
import { parseGatedChangeRequests } from "../change/gatedChangeRequests";
import type { Artefact, EnvironmentApproval, ReleaseChangeRequest } from "./releaseNotes";

export const RELEASE_MANIFEST_ASSET = "release-manifest.json";
export const CHECKSUMS_ASSET = "SHA256SUMS";
export const MANIFEST_SCHEMA_ID = "https://gatehouse.dev/schema/release-manifest.schema.json";

export interface WorkflowRunRef {
  id: number;
  attempt: number;
  url: string;
  workflow?: string;
  actor?: string;
}

/** The freeze-window decision for this deployment, as freeze-window reported it. */
export interface FreezeDecision {
  frozen: boolean;
  window: string | null;
  endsAt: string | null;
  overriddenBy: string | null;
}

/** The version of the manifest format this code writes (1 lacks range, policy and protection). */
export const MANIFEST_VERSION = 2;

/**
 * The deployed range the change requests were assessed against: change-gate's when it was passed
 * on (`change-gate`), else from the previous release's commit (`previous-release`); `base` is null
 * when there was neither (the first release).
 */
export interface ManifestRange {
  base: string | null;
  head: string;
  from: "change-gate" | "previous-release";
}

/** The policy file the release was made under. */
export interface ManifestPolicy {
  path: string;
  /** Where it was read: `default branch`, or the ref given as `policy-ref`. */
  ref: string;
  /** Its git blob sha; null when there was no file and the defaults applied. */
  blobSha: string | null;
}

/** An environment's protection rules as GitHub reported them when the release was made. */
export interface EnvironmentProtection {
  /** Reviewers of the required-reviewers rule: users by login, teams as `org/slug`. */
  requiredReviewers: { type: "User" | "Team"; login: string }[];
  /** Whether whoever triggered the run may not approve it (`prevent_self_review`). */
  preventSelfReview: boolean;
  waitTimerMinutes: number;
  /** Which branches may deploy: null when any branch may. */
  branchPolicy: { protectedBranches: boolean; customBranchPolicies: boolean; patterns: string[] } | null;
}

export interface ReleaseManifest {
  $schema: string;
  manifestVersion: typeof MANIFEST_VERSION;
  repository: string;
  version: string;
  tag: string;
  prerelease: boolean;
  previousTag: string | null;
  commit: string;
  range: ManifestRange;
  policy: ManifestPolicy;
  environment: string | null;
  /** null when there is no environment, or its settings could not be read. */
  environmentProtection: EnvironmentProtection | null;
  workflowRun: WorkflowRunRef;
  changeRequests: {
    repository: string;
    number: number;
    title: string | null;
    type: string | null;
    risk: string | null;
    url: string | null;
    approvals: { login: string; at: string | null }[];
  }[];
  environmentApprovals: {
    user: string;
    state: string;
    environments: string[];
    comment: string | null;
    at: string | null;
  }[];
  freeze: FreezeDecision | null;
  artefacts: Artefact[];
  notes: { entries: number; commits: number; asset: string | null };
}

export interface ReleaseManifestInput {
  repository: string;
  version: string;
  tag: string;
  prerelease: boolean;
  previousTag?: string;
  commit: string;
  range: ManifestRange;
  policy: ManifestPolicy;
  environment?: string;
  environmentProtection?: EnvironmentProtection | null;
  workflowRun: WorkflowRunRef;
  changeRequests?: readonly ReleaseChangeRequest[];
  approvals?: readonly EnvironmentApproval[];
  freeze?: FreezeDecision;
  artefacts: readonly Artefact[];
  notes: { entries: number; commits: number; asset?: string };
}

/** Builds the manifest. Artefacts are listed by name so the bytes do not depend on glob order. */
export function releaseManifest(input: ReleaseManifestInput): ReleaseManifest {
  return {
    $schema: MANIFEST_SCHEMA_ID,
    manifestVersion: MANIFEST_VERSION,
    repository: input.repository,
    version: input.version,
    tag: input.tag,
    prerelease: input.prerelease,
    previousTag: input.previousTag ?? null,
    commit: input.commit,
    range: { base: input.range.base, head: input.range.head, from: input.range.from },
    policy: { path: input.policy.path, ref: input.policy.ref, blobSha: input.policy.blobSha },
    environment: input.environment || null,
    environmentProtection:
      input.environment && input.environmentProtection
        ? {
            requiredReviewers: input.environmentProtection.requiredReviewers.map((r) => ({
              type: r.type,
              login: r.login,
            })),
            preventSelfReview: input.environmentProtection.preventSelfReview,
            waitTimerMinutes: input.environmentProtection.waitTimerMinutes,
            branchPolicy: input.environmentProtection.branchPolicy
              ? {
                  protectedBranches: input.environmentProtection.branchPolicy.protectedBranches,
                  customBranchPolicies: input.environmentProtection.branchPolicy.customBranchPolicies,
                  patterns: [...input.environmentProtection.branchPolicy.patterns],
                }
              : null,
          }
        : null,
    workflowRun: {
      id: input.workflowRun.id,
      attempt: input.workflowRun.attempt,
      url: input.workflowRun.url,
      ...(input.workflowRun.workflow ? { workflow: input.workflowRun.workflow } : {}),
      ...(input.workflowRun.actor ? { actor: input.workflowRun.actor } : {}),
    },
    changeRequests: (input.changeRequests ?? []).map((cr) => ({
      repository: cr.repository,
      number: cr.number,
      title: cr.title ?? null,
      type: cr.type ?? null,
      risk: cr.risk ?? null,
      url: cr.url ?? null,
      approvals: cr.approvers.map((a) => ({ login: a.login, at: a.at ?? null })),
    })),
    environmentApprovals: (input.approvals ?? []).map((a) => ({
      user: a.user,
      state: a.state,
      environments: [...a.environments],
      comment: a.comment ?? null,
      at: a.at ?? null,
    })),
    freeze: input.freeze ?? null,
    artefacts: [...input.artefacts]
      .map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    notes: { entries: input.notes.entries, commits: input.notes.commits, asset: input.notes.asset ?? null },
  };
}

/** The manifest as the bytes of `release-manifest.json`. */
export function serializeManifest(manifest: ReleaseManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** `SHA256SUMS` in the format `sha256sum --check` reads: "<hex>  <name>" per line, sorted by name. */
export function checksumsFile(files: readonly { name: string; sha256: string }[]): string {
  return [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => `${f.sha256}  ${f.name}\n`)
    .join("");
}

/** Reads the `change-requests` input (change-gate's output); none supplied is an empty list. */
export function parseChangeRequestsInput(text: string): ReleaseChangeRequest[] {
  return parseGatedChangeRequests(text) ?? [];
}

/** Reads the optional `freeze` input: freeze-window's outputs as JSON (`${{ toJSON(steps.freeze.outputs) }}`). */
export function parseFreezeInput(text: string): FreezeDecision | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(trimmed);
  } catch {
    throw new Error(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown as is
      "freeze is not valid JSON: pass freeze-window's outputs, e.g. `${{ toJSON(steps.freeze.outputs) }}`.",
    );
  }
  const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);
  return {
    frozen: raw.frozen === true || raw.frozen === "true",
    window: str(raw.window),
    endsAt: str(raw["ends-at"] ?? raw.endsAt),
    overriddenBy: str(raw["overridden-by"] ?? raw.overriddenBy),
  };
}

/**
 * Reads the optional `range` input: change-gate's deployed range as `BASE...HEAD` (its `base-sha`
 * and `head-sha` outputs), each a full commit sha. Both outputs empty (`...`: the gate said no
 * range) is no range.
 */
export function parseRangeInput(text: string): { base: string; head: string } | undefined {
  const trimmed = text.trim();
  if (!trimmed || trimmed === "...") return undefined;
  const m = /^([0-9a-f]{40})\.\.\.([0-9a-f]{40})$/i.exec(trimmed);
  if (!m) {
    throw new Error(
      `range must be change-gate's base and head as BASE...HEAD, two full commit shas, e.g. \`\${{ needs.assess.outputs.base-sha }}...\${{ needs.assess.outputs.head-sha }}\`; got "${trimmed.slice(0, 100)}".`,
    );
  }
  return { base: m[1]!.toLowerCase(), head: m[2]!.toLowerCase() };
}
