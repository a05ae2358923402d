/**
 * The policy of a repository: its `.github/gatehouse.yml` (see policyText.ts for how it is read),
 * validated, or the defaults when there is none.
 */
import { defaultPolicy, type Policy, parsePolicy } from "@gatehouse/core";
import type { GitHubClient } from "./client";
import { fetchPolicyText, type LoadPolicyTarget, type PolicySource, type PolicyText } from "./policyText";

export interface LoadedPolicy {
  policy: Policy;
  source: PolicySource;
  /** Things worth telling the user (e.g. that the file is missing and the defaults apply). */
  notes: string[];
}

/** The policy from fetched text: parsed and validated (a `PolicyError` with line and column), or the defaults. */
export function policyFromText(fetched: PolicyText): LoadedPolicy {
  const policy = fetched.text === null ? defaultPolicy() : parsePolicy(fetched.text, fetched.source.path);
  return { policy, source: fetched.source, notes: fetched.notes };
}

/**
 * Reads and validates the policy. A missing file gives the defaults (with a note); an invalid one
 * throws a `PolicyError` with line and column; a token without `contents: read` gives a
 * `PermissionError`.
 */
export async function loadPolicy(client: GitHubClient, target: LoadPolicyTarget): Promise<LoadedPolicy> {
  return policyFromText(await fetchPolicyText(client, target));
}
