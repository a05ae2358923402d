/**
 * The emergency override: an approved emergency change request lets a deployment pass a freeze,
 * when the policy allows it (`freeze.allow-emergency`). Whether the change request is approved is
 * decided by change-gate's rules (`assessChangeRequest`), read with change-gate's fetch — one
 * GraphQL request for the issue, its comments and label timeline, and the approver teams.
 */
import {
  approverTeams,
  assessChangeRequest,
  type ChangeRequestAssessment,
  type ChangeRequestLink,
  changeRequestKey,
  discountedLine,
  discountedNotNamed,
  formatChangeRequestRef,
  type Policy,
  parseChangeRequestLinks,
} from "@gatehouse/core";
import type { FetchedChangeRequests } from "@gatehouse/github";

export interface OverrideCheck {
  /** The `change-request` input as given. */
  input: string;
  policy: Policy;
  /** The deployed repository, "owner/repo". */
  repository: string;
  now: Date;
  /** Reads change requests and approver teams (change-gate's `fetchChangeRequests`). */
  fetch(links: ChangeRequestLink[], teams: string[]): Promise<FetchedChangeRequests>;
}

export interface OverrideResult {
  overridden: boolean;
  /** How the change request is referred to, e.g. `#12` or `org/changes#4`. */
  ref: string;
  url: string | null;
  title: string | null;
  /** Emergency approvers whose approval counted. */
  approvers: string[];
  /**
   * Approvals and rejections that did not count, each with why (as change-gate lists them), that
   * `reasons` does not already name.
   */
  discounted: string[];
  /** Why it does not override (empty when it does). */
  reasons: string[];
}

/** The change request named by the input: `#N`, `N`, `owner/repo#N` or an issue URL. */
export function parseOverrideInput(input: string, repository: string): ChangeRequestLink | null {
  const value = input.trim();
  const normalised = /^\d+$/.test(value) ? `#${value}` : value;
  const links = parseChangeRequestLinks(`Change-Request: ${normalised}`, repository);
  return links.length === 1 ? (links[0] as ChangeRequestLink) : null;
}

/**
 * Does the change request override the freeze? Reading errors (API, permissions) are thrown: the
 * caller fails closed.
 */
export async function checkEmergencyOverride(check: OverrideCheck): Promise<OverrideResult> {
  const { policy, repository } = check;
  const refused = (ref: string, reasons: string[], extra: Partial<OverrideResult> = {}): OverrideResult => ({
    overridden: false,
    ref,
    url: null,
    title: null,
    approvers: [],
    discounted: [],
    reasons,
    ...extra,
  });
  const link = parseOverrideInput(check.input, repository);
  if (!link) {
    return refused(check.input.trim(), [
      `the \`change-request\` input "${check.input.trim()}" does not name one issue: write \`#N\`, \`owner/repo#N\` or the issue's URL`,
    ]);
  }
  const ref = formatChangeRequestRef(link, repository);
  if (!policy.freeze.allowEmergency) {
    return refused(ref, [
      "the policy does not allow emergency overrides of a freeze: set `freeze.allow-emergency: true` in .github/gatehouse.yml on the default branch",
    ]);
  }
  const fetched = await check.fetch([link], approverTeams(policy.approvals, repository));
  const issue = fetched.issues.get(changeRequestKey(link)) ?? null;
  if (!issue) {
    return refused(ref, [
      `${ref} is not an issue in ${link.repository} (it does not exist, or it is a pull request)`,
    ]);
  }
  const assessment: ChangeRequestAssessment = assessChangeRequest(issue, {
    now: check.now,
    approvals: policy.approvals,
    changeRequests: policy.changeRequests,
    repository,
    timezone: policy.changeRequests.timezone ?? policy.freeze.timezone,
    teams: fetched.teams,
  });
  const reasons: string[] = [];
  if (assessment.type !== undefined && assessment.type !== "emergency") {
    reasons.push(`${ref} is a ${assessment.type} change: only an emergency change can pass a freeze`);
  }
  if (!assessment.authorised) reasons.push(...assessment.reasons);
  else if (assessment.type === undefined) reasons.push(`the change type of ${ref} cannot be read`);
  return {
    overridden: reasons.length === 0,
    ref,
    url: assessment.url || issue.url,
    title: assessment.title || issue.title,
    approvers: assessment.approvers,
    discounted: discountedNotNamed(assessment.discounted, reasons).map(discountedLine),
    reasons,
  };
}
