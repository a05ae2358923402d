/**
 * The change gate's decision: is every change in the deployed range covered by an authorised
 * change request? Pure: everything it needs is read beforehand and passed in.
 */

import type { ApprovalsPolicy } from "../policy/sections/approvals";
import type { ChangeRequestsPolicy } from "../policy/sections/changeRequests";
import type { RiskPolicy } from "../policy/sections/risk";
import type { ServicesPolicy } from "../policy/sections/services";
import {
  type ApprovalContext,
  assessChangeRequest,
  type ChangeRequestAssessment,
  changeRequestRepositories,
  isChangeRequestRepository,
  standardTemplate,
  type TeamMembership,
  unauthorised,
} from "./approval";
import {
  type ChangeRequestIssue,
  type ChangeRequestLink,
  changeRequestKey,
  formatChangeRequestRef,
} from "./changeRequest";
import {
  type ChangeUnit,
  changeUnits,
  commitSubject,
  type RangeCommit,
  type RangePullRequest,
  rangeAuthors,
  unidentifiedAuthors,
} from "./deploymentRange";
import {
  assessRangeRisk,
  type ChangedFile,
  highestRisk,
  onlyExemptPaths,
  pathMatcher,
  type RangeRisk,
  type RiskLevel,
  raiseRisk,
} from "./risk";
import { serviceBindingReasons } from "./serviceBinding";

export interface GatePolicy {
  changeRequests: ChangeRequestsPolicy;
  approvals: ApprovalsPolicy;
  risk: RiskPolicy;
  exemptPaths: string[];
  /** The services change requests name (for `change-requests.bind-services`). */
  services?: ServicesPolicy;
}

export interface DeploymentInput {
  /** The deployed repository, "owner/repo". */
  repository: string;
  environment: string;
  now: Date;
  policy: GatePolicy;
  /** Timezone for planned start/end written without an offset. */
  timezone: string;
  commits: readonly RangeCommit[];
  /** Merged pull requests containing commits of the range. */
  pullRequests: readonly RangePullRequest[];
  /** Files changed by the whole range. */
  files: readonly ChangedFile[];
  /** How many files the range changes, when the list above is cut short. */
  totalFiles?: number;
  /** A release change request covering the whole deployment (the `change-request` input). */
  releaseChangeRequest?: ChangeRequestLink;
  /** Change requests read from GitHub by key (see changeRequestKey); null: not found or unreadable. */
  changeRequests: ReadonlyMap<string, ChangeRequestIssue | null>;
  teams?: TeamMembership;
}

export interface PullRequestCoverage {
  number: number;
  title: string;
  url: string;
  author: string | null;
  /** Linked change requests as "owner/repo#N". */
  changeRequests: string[];
  exempt: boolean;
  /** Covered by the release change request (it links none of its own). */
  coveredByRelease: boolean;
  covered: boolean;
}

export interface CommitCoverage {
  sha: string;
  subject: string;
  url?: string;
  changeRequests: string[];
  exempt: boolean;
  coveredByRelease: boolean;
  covered: boolean;
}

export interface ChangeRequestVerdict extends ChangeRequestAssessment {
  /** Pull requests and commits linking it ("PR #12", "commit 1a2b3c4", "the change-request input"). */
  linkedFrom: string[];
  found: boolean;
}

export interface DeploymentDecision {
  decision: "allow" | "block";
  risk: RiskLevel;
  rangeRisk: RangeRisk;
  changeRequests: ChangeRequestVerdict[];
  pullRequests: PullRequestCoverage[];
  /** Commits pushed without a pull request. */
  commits: CommitCoverage[];
  /**
   * Commits (of the range or of its pull requests) with an author, co-author or committer GitHub
   * ties to no account: named in the summary; they block unless `approvals.unidentified-authors: report`.
   */
  unidentifiedAuthors: { commit: string; who: string[] }[];
  /** Plain sentences, one per problem; empty when allowed. */
  reasons: string[];
}

const unitName = (unit: ChangeUnit) =>
  unit.kind === "pull-request" ? `PR #${unit.pullRequest.number}` : `commit ${unit.commit.sha.slice(0, 7)}`;

const unitPaths = (unit: ChangeUnit) =>
  unit.kind === "pull-request" ? unit.pullRequest.files : unit.commit.files;

const quoted = (text: string) => `'${text.length > 80 ? `${text.slice(0, 77)}…` : text}'`;

/**
 * Decides a deployment. Blocks when a change in the range has no change request (and is not
 * exempt, and no release change request covers it), or when any linked change request does not
 * authorise the deployment.
 */
export function decideDeployment(input: DeploymentInput): DeploymentDecision {
  const { repository, policy } = input;
  const reasons: string[] = [];
  const units = changeUnits(input.commits, input.pullRequests, repository);
  const rangeRisk = assessRangeRisk(input.files, policy.risk, { totalFiles: input.totalFiles });

  // Which change requests are linked, and from where.
  const linked = new Map<string, { link: ChangeRequestLink; from: string[] }>();
  const link = (l: ChangeRequestLink, from: string) => {
    const key = changeRequestKey(l);
    const entry = linked.get(key) ?? { link: l, from: [] };
    if (!entry.from.includes(from)) entry.from.push(from);
    linked.set(key, entry);
  };
  if (input.releaseChangeRequest) link(input.releaseChangeRequest, "the change-request input");

  const pullRequests: PullRequestCoverage[] = [];
  const commits: CommitCoverage[] = [];
  const uncovered: ChangeUnit[] = [];
  for (const unit of units) {
    for (const l of unit.links) link(l, unitName(unit));
    const paths = unitPaths(unit);
    const exempt = unit.links.length === 0 && onlyExemptPaths(paths, policy.exemptPaths);
    const coveredByRelease = unit.links.length === 0 && !exempt && input.releaseChangeRequest !== undefined;
    const refs = unit.links.map((l) => `${l.repository}#${l.number}`);
    if (unit.links.length === 0 && !exempt && !coveredByRelease) uncovered.push(unit);
    const covered = unit.links.length > 0 || exempt || coveredByRelease;
    if (unit.kind === "pull-request") {
      const pr = unit.pullRequest;
      pullRequests.push({
        number: pr.number,
        title: pr.title,
        url: pr.url,
        author: pr.author,
        changeRequests: refs,
        exempt,
        coveredByRelease,
        covered,
      });
    } else {
      commits.push({
        sha: unit.commit.sha,
        subject: commitSubject(unit.commit.message),
        ...(unit.commit.url ? { url: unit.commit.url } : {}),
        changeRequests: refs,
        exempt,
        coveredByRelease,
        covered,
      });
    }
  }

  for (const unit of uncovered) {
    const bad = unit.unrecognised.length
      ? ` (its \`Change-Request:\` line names no issue: ${quoted(unit.unrecognised[0]!)})`
      : "";
    if (unit.kind === "pull-request" && unit.pullRequest.lateEdit) {
      reasons.push(
        `PR #${unit.pullRequest.number} ${quoted(unit.pullRequest.title)} links no change request${bad}: ${unit.pullRequest.lateEdit}, and a link added after the merge does not count — cover the deployment with an approved release change request (the \`change-request\` input), or revert and merge the change again with the link.`,
      );
    } else if (unit.kind === "pull-request") {
      reasons.push(
        `PR #${unit.pullRequest.number} ${quoted(unit.pullRequest.title)} links no change request${bad} — add \`Change-Request: #N\` to its description.`,
      );
    } else {
      reasons.push(
        `Commit ${unit.commit.sha.slice(0, 7)} ${quoted(commitSubject(unit.commit.message))} was pushed without a pull request and links no change request${bad} — add a \`Change-Request: #N\` trailer to its message, or deploy it through a pull request that links one.`,
      );
    }
  }

  // Segregation of duties needs to know who shaped every commit: one nobody can be tied to blocks.
  const unidentified = unidentifiedAuthors(input.commits, input.pullRequests);
  if (unidentified.length > 0 && policy.approvals.unidentifiedAuthors === "block") {
    const shown = unidentified
      .slice(0, 3)
      .map((u) => `${u.commit} (${u.who.join(", ")})`)
      .join("; ");
    const more = unidentified.length > 3 ? `; and ${unidentified.length - 3} more commits` : "";
    reasons.push(
      `Segregation of duties cannot be checked: GitHub ties ${unidentified.length === 1 ? "someone who shaped this commit" : "people who shaped these commits"} to no account — ${shown}${more}. Whoever it is adds and verifies that e-mail address on their GitHub account (GitHub then ties the commits to them) and the job is re-run; or, if the policy accepts commits it cannot attribute, it sets \`approvals.unidentified-authors: report\`.`,
    );
  }

  if (policy.changeRequests.bindServices) {
    reasons.push(
      ...serviceBindingReasons({
        repository,
        units,
        coveringLinks: (unit) =>
          unit.links.length > 0
            ? unit.links
            : input.releaseChangeRequest && !onlyExemptPaths(unitPaths(unit), policy.exemptPaths)
              ? [input.releaseChangeRequest]
              : [],
        changeRequests: input.changeRequests,
        services: policy.services ?? [],
        exemptPaths: policy.exemptPaths,
        timezone: input.timezone,
      }),
    );
  }

  // Assess every linked change request.
  const context: ApprovalContext = {
    now: input.now,
    approvals: policy.approvals,
    changeRequests: policy.changeRequests,
    repository,
    timezone: input.timezone,
    ...(input.teams ? { teams: input.teams } : {}),
    rangeAuthors: rangeAuthors(input.commits, input.pullRequests),
    riskRaised: rangeRisk.raised,
  };
  const verdicts: ChangeRequestVerdict[] = [];
  const perChangeRequest: { ref: string; title: string; reasons: string[] }[] = [];
  for (const [key, { link: l, from }] of linked) {
    const ref = formatChangeRequestRef(l, repository);
    if (!isChangeRequestRepository(l, policy.changeRequests, repository)) {
      const allowed = changeRequestRepositories(policy.changeRequests, repository).join(", ");
      const why = `${l.repository} is not a change-request repository (the policy's \`change-requests\` allows ${allowed})`;
      verdicts.push(notFound(l, from, why));
      reasons.push(`${from.join(", ")} link${from.length === 1 ? "s" : ""} ${ref}, but ${why}.`);
      continue;
    }
    const issue = input.changeRequests.get(key);
    if (!issue) {
      const why = "it does not exist, or the token cannot read it";
      verdicts.push(notFound(l, from, why));
      reasons.push(`Change request ${ref} (linked from ${from.join(", ")}): ${why}.`);
      continue;
    }
    const assessment = outsideTemplatePaths(
      assessChangeRequest(issue, context),
      policy.approvals,
      units.filter(
        (u) =>
          u.links.some((x) => changeRequestKey(x) === key) ||
          (u.links.length === 0 && from.includes("the change-request input")),
      ),
    );
    verdicts.push({ ...assessment, linkedFrom: from, found: true });
    if (!assessment.authorised)
      perChangeRequest.push({ ref, title: issue.title, reasons: assessment.reasons });
  }

  // The same objection for several change requests (e.g. unreadable teams) is said once.
  const grouped = new Map<string, string[]>();
  for (const cr of perChangeRequest) {
    for (const reason of cr.reasons) {
      const list = grouped.get(reason) ?? [];
      list.push(`${cr.ref} ${quoted(cr.title)}`);
      grouped.set(reason, list);
    }
  }
  for (const [reason, crs] of grouped) {
    const who = crs.length === 1 ? `Change request ${crs[0]}` : `Change requests ${crs.join(", ")}`;
    reasons.push(`${who}: ${reason}.`);
  }

  const stated = verdicts.flatMap((v) => (v.risk ? [v.risk] : []));
  const base = highestRisk(stated);
  const risk = rangeRisk.raised ? raiseRisk(base) : base;
  return {
    decision: reasons.length === 0 ? "allow" : "block",
    risk,
    rangeRisk,
    changeRequests: verdicts,
    pullRequests,
    commits,
    unidentifiedAuthors: unidentified,
    reasons,
  };
}

/**
 * A pre-approved standard change covers only the paths its template lists: every file of every
 * change it covers must match them, and files that cannot be read are not known to match.
 */
function outsideTemplatePaths(
  assessment: ChangeRequestAssessment,
  approvals: ApprovalsPolicy,
  covered: readonly ChangeUnit[],
): ChangeRequestAssessment {
  if (!assessment.preApproved || !assessment.fields?.standardChange) return assessment;
  const template = standardTemplate(approvals, assessment.fields.standardChange);
  if (!template || template.paths.length === 0) return assessment;
  const inScope = pathMatcher(template.paths);
  const problems: string[] = [];
  for (const unit of covered) {
    const files = unit.kind === "pull-request" ? unit.pullRequest.files : unit.commit.files;
    if (!files) {
      problems.push(
        `the files ${unitName(unit)} changes cannot all be read, so they are not known to be within its standard change template "${template.name}" (${template.paths.join(", ")}); link a normal, approved change request instead`,
      );
      continue;
    }
    const outside = files.filter((f) => !inScope(f));
    if (outside.length > 0) {
      problems.push(
        `its standard change template "${template.name}" covers only ${template.paths.join(", ")}, but ${unitName(unit)} changes ${outside.slice(0, 3).join(", ")}${outside.length > 3 ? ` and ${outside.length - 3} more` : ""}: link a normal, approved change request for that change`,
      );
    }
  }
  if (problems.length === 0) return assessment;
  return { ...assessment, authorised: false, reasons: [...assessment.reasons, ...problems] };
}

function notFound(l: ChangeRequestLink, from: string[], why: string): ChangeRequestVerdict {
  return {
    ...unauthorised({ repository: l.repository, number: l.number, title: "", url: "" }, [why]),
    linkedFrom: from,
    found: false,
  };
}
