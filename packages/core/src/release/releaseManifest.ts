/**
 * The release manifest: the evidence a release carries in the definitive media library
 * (`release-manifest.json`, described by `schema/release-manifest.schema.json`).
 *
 * It records what was released (version, tag, commit, every artefact with size and SHA-256), by
 * which workflow run, under which change requests and approvals, and the freeze decision when one
 * was given. It holds no clock reading, so a re-run of the same release produces the same bytes.
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

export interface ReleaseManifest {
  $schema: string;
  manifestVersion: 1;
  repository: string;
  version: string;
  tag: string;
  prerelease: boolean;
  previousTag: string | null;
  commit: string;
  environment: string | null;
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
  environment?: string;
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
    manifestVersion: 1,
    repository: input.repository,
    version: input.version,
    tag: input.tag,
    prerelease: input.prerelease,
    previousTag: input.previousTag ?? null,
    commit: input.commit,
    environment: input.environment || null,
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
