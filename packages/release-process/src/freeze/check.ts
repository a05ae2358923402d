/**
 * The freeze check: is a deployment to an environment inside a freeze window at `now`, and does an
 * approved emergency change request override it (when the policy allows)? Reads only the change
 * request named for the override; the policy is passed in, already read from the default branch.
 *
 * Reading errors are thrown: the caller fails closed (the deployment does not go).
 */
import { assessFreeze, type FreezeAssessment, freezeCalendar } from "@gatehouse/core";
import { fetchChangeRequests, type GitHubClient, type LoadedPolicy } from "@gatehouse/github";
import { checkEmergencyOverride, type OverrideResult } from "./override";
import { CALENDAR_DAYS, renderFreezeSummary } from "./summary";

export interface FreezeCheckRequest {
  client: GitHubClient;
  /** The deployed repository, "owner/repo". */
  repository: string;
  policy: LoadedPolicy;
  environment: string;
  /** Minutes the deployment needs: a freeze starting before it would end blocks too. */
  runwayMinutes: number;
  /** An emergency change request offered to override a freeze (`#N`, `owner/repo#N`, URL), or "". */
  changeRequest: string;
  now: Date;
}

export interface FreezeCheck {
  /** The deployment may not go: frozen, and not overridden. */
  frozen: boolean;
  assessment: FreezeAssessment;
  override: OverrideResult | null;
  /** The job summary: the decision first, then the calendar of the coming weeks. */
  summary: string;
  /** When frozen: why, with what would let it through. */
  refusal: string | null;
  /** When an emergency change request let it through: what to show on the run's page. */
  overrideWarning: string | null;
}

export async function checkFreeze(request: FreezeCheckRequest): Promise<FreezeCheck> {
  const { client, repository, environment, runwayMinutes, changeRequest, now } = request;
  const { policy, source, notes } = request.policy;
  const assessment = assessFreeze(policy.freeze, { environment, now, runwayMinutes });

  let override: OverrideResult | null = null;
  if (assessment.frozen && changeRequest) {
    override = await checkEmergencyOverride({
      input: changeRequest,
      policy,
      repository,
      now,
      fetch: (links, teams) => fetchChangeRequests(client, links, teams),
    });
  }
  const overridden = override?.overridden === true;

  const policySource = `${source.path} ${source.defaultBranch ? "on the default branch" : `at \`${source.ref}\``}${
    source.found ? "" : " (not found: defaults)"
  }`;
  const summary = renderFreezeSummary({
    environment,
    runwayMinutes,
    now,
    assessment,
    override,
    overrideNotNeeded: !assessment.frozen && changeRequest ? changeRequest : null,
    calendar: freezeCalendar(policy.freeze, { from: now, days: CALENDAR_DAYS, environment }),
    zone: policy.freeze.timezone,
    policySource,
    notes,
    windowCount: policy.freeze.windows.length,
  });

  let refusal: string | null = null;
  if (assessment.frozen && !overridden) {
    const refused = override ? ` The emergency override was refused: ${override.reasons.join("; ")}.` : "";
    const hint =
      !override && policy.freeze.allowEmergency
        ? " For an emergency, pass an approved emergency change request as the `change-request` input."
        : "";
    refusal = `${assessment.reason}${refused}${hint}`;
  }
  return {
    frozen: assessment.frozen && !overridden,
    assessment,
    override,
    summary,
    refusal,
    overrideWarning: overridden
      ? `Freeze "${assessment.window}" overridden by emergency change ${override?.ref} (${override?.url}); it would otherwise have blocked: ${assessment.reason}`
      : null,
  };
}
