/**
 * What an action's `run` calls first: the shared start (start.ts) and the policy, validated.
 */
import { type LoadedPolicy, policyFromText } from "./policy";
import type { Runner } from "./runner";
import { type ActionSetup, policyText } from "./setup";
import { policyRef } from "./start";

export { type ActionSetup, setupAction } from "./setup";
export { type FirstSetup, type RunMainOptions, runMain } from "./start";

/** The policy of the repository, from its default branch unless the `policy-ref` input names a ref. */
export async function loadActionPolicy(
  setup: ActionSetup,
  runner?: Pick<Runner, "getInput">,
): Promise<LoadedPolicy> {
  return policyFromText(await policyText(setup, policyRef(runner)));
}
