/**
 * `freeze`: the freeze decision the manifest records against the policy of the default branch at
 * the release's instant (core's `assessFreeze`, freeze-window's own rule), and an override against
 * freeze-window's own emergency check, with the change request as it stood then.
 */
import { assessFreeze, type Policy } from "@gatehouse/core";
import { failed, passed, type ReleaseManifest, type VerificationCheck } from "@gatehouse/core/verification";
import { checkEmergencyOverride, type OverrideCheck } from "../freeze/override";

const NAME = "freeze";

export async function checkFreezeDecision(opts: {
  manifest: ReleaseManifest;
  policy: Policy;
  instant: Date;
  repository: string;
  /** Reads change requests as they stood at the instant (for an emergency override). */
  fetchAt: OverrideCheck["fetch"];
}): Promise<VerificationCheck> {
  const { manifest, policy, instant } = opts;
  const environment = manifest.environment ?? undefined;
  const assessment = assessFreeze(policy.freeze, { ...(environment ? { environment } : {}), now: instant });
  const at = instant.toISOString();
  const recorded = manifest.freeze;
  if (!recorded) {
    if (assessment.frozen) {
      return failed(
        NAME,
        `The release was made at ${at}, inside the freeze "${assessment.window}" of the policy then, and the manifest records no freeze decision (nor an emergency override).`,
      );
    }
    return passed(NAME, `No freeze decision recorded; the policy then had no freeze at ${at}.`);
  }
  if (recorded.frozen !== assessment.frozen) {
    return failed(
      NAME,
      recorded.frozen
        ? `The manifest records the freeze "${recorded.window}", but the policy then had no freeze at ${at}.`
        : `The manifest records no freeze, but at ${at} the policy then had the freeze "${assessment.window}" on.`,
    );
  }
  if (!recorded.frozen) return passed(NAME, `Not frozen at ${at}, as the manifest records.`);
  if (
    recorded.window &&
    assessment.window &&
    recorded.window !== assessment.window &&
    !assessment.windows.includes(recorded.window)
  ) {
    return failed(
      NAME,
      `The manifest records the freeze "${recorded.window}", the policy then "${assessment.window}".`,
    );
  }
  if (!recorded.overriddenBy) {
    return failed(
      NAME,
      `The release was made during the freeze "${assessment.window}" and the manifest records no emergency override.`,
    );
  }
  const override = await checkEmergencyOverride({
    input: recorded.overriddenBy,
    policy,
    repository: opts.repository,
    now: instant,
    fetch: opts.fetchAt,
  });
  if (!override.overridden) {
    return failed(
      NAME,
      `The freeze "${assessment.window}" was overridden by ${override.ref}, which could not override it then: ${override.reasons.join("; ")}.`,
    );
  }
  return passed(
    NAME,
    `Frozen ("${assessment.window}") at ${at}, overridden by the approved emergency change ${override.ref} (${override.approvers.map((a) => `@${a}`).join(", ")}).`,
  );
}
