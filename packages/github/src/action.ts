/**
 * What an action's `run` calls first: the shared start (start.ts) and the policy, validated.
 */
import { type LoadedPolicy, policyFromText } from "./policy";
import type { Runner } from "./runner";
import { type ActionSetup, policyRef, policyText } from "./start";

export { type ActionSetup, type RunMainOptions, runMain, setupAction } from "./start";

/** The policy of the repository, from its default branch unless the `policy-ref` input names a ref. */
export async function loadActionPolicy(
  setup: ActionSetup,
  runner?: Pick<Runner, "getInput">,
): Promise<LoadedPolicy> {
  return policyFromText(await policyText(setup, policyRef(runner)));
}
