/**
 * `approvals`: every change request of the release re-assessed with the gate's own reading and
 * rules (`assessRange`, core's `decideDeployment`) — on the range the manifest records, at the
 * release's instant, under the policy the default branch held then, with each change request as
 * it stood then. Nothing here re-states a rule: a rule the gate gains, verify applies.
 */
import {
  type ChangeRequestIssue,
  type ChangeRequestLink,
  changeRequestAt,
  changeRequestKey,
  discountedLine,
  discountedNotNamed,
  formatChangeRequestRef,
  trustedDeployers,
} from "@gatehouse/core";
import {
  failed,
  passed,
  type ReleaseManifest,
  unknown,
  type VerificationCheck,
} from "@gatehouse/core/verification";
import type { GitHubClient } from "@gatehouse/github";
import { assessRange } from "../assess/assessRange";
import { type ExplainFailure, GateStop } from "../assess/failures";
import { compareRange } from "../assess/range";
import type { PolicyAtRelease } from "./policyAtRelease";

const NAME = "approvals";
const identity = (login: string | null | undefined) => (login ?? "").toLowerCase().replace(/\[bot\]$/, "");

/**
 * The change requests as they stood at `instant`. Gatehouse's own records on them are those its
 * workflow identity wrote (the policy's trusted deployers), whoever reads them now.
 */
export function changeRequestsAt(
  issues: ReadonlyMap<string, ChangeRequestIssue | null>,
  instant: Date,
  recorders: readonly string[],
  notes: string[],
): Map<string, ChangeRequestIssue | null> {
  const trusted = new Set(recorders.map(identity));
  const out = new Map<string, ChangeRequestIssue | null>();
  for (const [key, issue] of issues) {
    if (!issue) {
      out.set(key, null);
      continue;
    }
    const at = changeRequestAt(issue, instant);
    const recorder = issue.comments.find(
      (c) => c.body.includes("<!-- gatehouse:") && trusted.has(identity(c.author)),
    )?.author;
    out.set(key, { ...at.issue, ...(recorder ? { recorder } : {}) });
    for (const note of at.notes) notes.push(`${formatChangeRequestRef(issue, issue.repository)}: ${note}`);
  }
  return out;
}

export async function checkApprovals(opts: {
  client: GitHubClient;
  repo: { owner: string; repo: string };
  manifest: ReleaseManifest;
  instant: Date;
  policy: PolicyAtRelease;
  explain: ExplainFailure;
  /** The recorded range's comparison, when the caller sent it ahead. */
  compared?: ReturnType<typeof compareRange>;
}): Promise<VerificationCheck> {
  const { client, repo, manifest, instant, policy } = opts;
  const repository = `${repo.owner}/${repo.repo}`;
  if (manifest.manifestVersion < 2 || !manifest.range) {
    return unknown(NAME, "The manifest (version 1) records no range: the approvals cannot be re-assessed.");
  }
  const { base, head } = manifest.range;
  if (!base) {
    return unknown(
      NAME,
      "The manifest records no start of the deployed range (a first release without one), so the authors the approvals must be apart from cannot be told.",
    );
  }
  const problems: string[] = [];
  if (head.toLowerCase() !== manifest.commit.toLowerCase()) {
    problems.push(
      `change-gate assessed the range up to ${head.slice(0, 12)}, but the release is ${manifest.commit.slice(0, 12)}: what lies between was not assessed`,
    );
  }
  if (manifest.policy.blobSha !== policy.blobSha) {
    problems.push(
      `the manifest records the policy ${manifest.policy.blobSha ? `blob ${manifest.policy.blobSha.slice(0, 12)}` : "defaults"} (${manifest.policy.ref}), but the default branch held ${policy.blobSha ? `blob ${policy.blobSha.slice(0, 12)}` : "no policy file"} then: the release was assessed under another policy`,
    );
  }
  const recorded = manifest.changeRequests.map((cr) => ({ repository: cr.repository, number: cr.number }));
  const notes: string[] = [];
  let assessed: Awaited<ReturnType<typeof assessRange>>;
  let unlinked: ChangeRequestLink[] = [];
  try {
    const { range } = await (opts.compared ?? compareRange(client, repo, base, head));
    assessed = await assessRange({
      client,
      repo,
      environment: manifest.environment ?? "",
      policy: policy.policy,
      range,
      now: instant,
      // The change request given to change-gate as its `change-request` input is the one the
      // manifest names that nothing in the range links.
      releaseLink: (linked) => {
        const keys = new Set(linked.map(changeRequestKey));
        unlinked = recorded.filter((l) => !keys.has(changeRequestKey(l)));
        return unlinked.length === 1 ? unlinked[0] : undefined;
      },
      asOf: (issues) => changeRequestsAt(issues, instant, trustedDeployers(policy.policy.deployments), notes),
      explain: opts.explain,
    });
  } catch (e) {
    return unknown(
      NAME,
      e instanceof GateStop ? e.message : opts.explain(e, "re-assess the deployed range", "contents: read"),
    );
  }
  const { decision } = assessed;
  if (unlinked.length > 1) {
    problems.push(
      `the manifest names ${unlinked.map((l) => formatChangeRequestRef(l, repository)).join(", ")}, which nothing in the range links (change-gate takes one release change request)`,
    );
  }
  problems.push(...decision.reasons.map((r) => r.replace(/\.$/, "")));
  const verdicts = new Map(decision.changeRequests.map((v) => [changeRequestKey(v), v]));
  for (const v of decision.changeRequests) {
    if (v.authorised) continue;
    for (const d of discountedNotNamed(v.discounted, decision.reasons))
      problems.push(`on ${formatChangeRequestRef(v, repository)}, ${discountedLine(d)}`);
  }
  // The manifest is the release's record of its change requests: one the range links that it leaves
  // out is evidence missing.
  const inManifest = new Set(recorded.map(changeRequestKey));
  const unrecorded = decision.changeRequests.filter((v) => v.found && !inManifest.has(changeRequestKey(v)));
  if (unrecorded.length > 0) {
    problems.push(
      `the range links ${unrecorded.map((v) => formatChangeRequestRef(v, repository)).join(", ")}, which the manifest does not record`,
    );
  }
  for (const cr of manifest.changeRequests) {
    const verdict = verdicts.get(changeRequestKey(cr));
    if (!verdict?.found) continue;
    const counted = new Set(verdict.approvers.map((a) => a.toLowerCase()));
    for (const a of cr.approvals) {
      if (counted.has(a.login.toLowerCase())) continue;
      const why = verdict.discounted.find((d) => d.login?.toLowerCase() === a.login.toLowerCase())?.why;
      problems.push(
        `the manifest names @${a.login} as approving ${formatChangeRequestRef(cr, repository)}, but that approval did not count at the release${why ? `: ${why}` : ""}`,
      );
    }
  }
  const context = `at ${instant.toISOString()}, under ${policy.description}${notes.length ? `; ${notes.join("; ")}` : ""}`;
  // Approvals by members of a team that cannot be read can be neither counted nor refused: verify
  // cannot tell (exit 2), rather than fail a release that may be right.
  const unreadTeams = Object.keys(assessed.teams.problems);
  if (problems.length > 0 && unreadTeams.length > 0) {
    return unknown(
      NAME,
      `Cannot tell: the members of approver team${unreadTeams.length === 1 ? "" : "s"} ${unreadTeams.map((t) => `@${t}`).join(", ")} cannot be read with this token, so their approvals can be neither counted nor refused — run verify with a token that can read organisation membership (a GitHub App installation token with the Members: read permission, or a token with the \`read:org\` scope). What was found meanwhile: ${[...new Set(problems)].join("; ")} (re-assessed ${context}).`,
    );
  }
  if (problems.length > 0)
    return failed(NAME, `${[...new Set(problems)].join("; ")} (re-assessed ${context}).`);
  const list = decision.changeRequests
    .map(
      (v) =>
        `${formatChangeRequestRef(v, repository)} (${v.preApproved ? "pre-approved standard change" : v.approvers.map((a) => `@${a}`).join(", ")})`,
    )
    .join(", ");
  return passed(
    NAME,
    `${decision.changeRequests.length} change request${decision.changeRequests.length === 1 ? "" : "s"} authorised ${context}: ${list || "none needed"}; the range ${base.slice(0, 7)}...${head.slice(0, 7)}, ${decision.pullRequests.length} pull request${decision.pullRequests.length === 1 ? "" : "s"} and ${decision.commits.length} direct push${decision.commits.length === 1 ? "" : "es"}, each covered.`,
  );
}
