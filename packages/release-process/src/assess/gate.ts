/**
 * The change gate: reads what it needs from GitHub (5 requests for a typical deployment), decides
 * with the pure rules of @gatehouse/core, and keeps one comment per change request up to date.
 * Fails closed: whatever cannot be read becomes a reason to block.
 */
import {
  type ChangeRequestVerdict,
  type CommitCoverage,
  changeRequestKey,
  changesSince,
  checkRangeDirection,
  chooseRangeBase,
  type DecisionRecord,
  DecisionRecordError,
  type DeploymentRecord,
  defaultPolicy,
  formatChangeRequestRef,
  type Policy,
  PolicyError,
  type PolicyProblem,
  type PullRequestCoverage,
  parseDecisionRecord,
  parsePolicy,
  type RangeRisk,
  type RiskLevel,
  trustedDeployers,
} from "@gatehouse/core";
import {
  defaultBranchOf,
  describeError,
  type GitHubClient,
  type RunnerContext,
  writeComments,
} from "@gatehouse/github";
import { assessRange } from "./assessRange";
import { type DeploymentIdentity, planCommentWrites } from "./comments";
import { explainFailure, GateStop, step } from "./failures";
import { compareRange } from "./range";
import { readOlderDeployments, readRepositoryState } from "./repositoryState";
import { type GateInputs, parseReleaseChangeRequest } from "./request";

export { explainFailure, GateStop, PERMISSIONS_LINE } from "./failures";

export interface GateResult {
  decision: "allow" | "block";
  mode: "enforce" | "report";
  environment: string;
  repository: string;
  risk: RiskLevel;
  rangeRisk?: RangeRisk;
  range?: {
    baseSha: string;
    headSha: string;
    baseDescription: string;
    url: string;
    status: string;
    commits: number;
    files: number;
  };
  changeRequests: ChangeRequestVerdict[];
  pullRequests: PullRequestCoverage[];
  commits: CommitCoverage[];
  /** What the decision rested on (the `decision-record` output); absent when nothing could be read. */
  record?: DecisionRecord;
  /** Present when this run re-checked the assess job's decision: what changed since (empty: nothing). */
  recheck?: { changes: string[] };
  /** Commits whose author, co-author or committer GitHub ties to no account. */
  unidentifiedAuthors?: { commit: string; who: string[] }[];
  reasons: string[];
  /** Policy problems with line and column, for annotations. */
  policyProblems: PolicyProblem[];
  policySource?: string;
  notes: string[];
  /** URLs of the comments written on change requests. */
  comments: string[];
  /** A dry run: nothing was written; `wouldComment` says what would have been. */
  dryRun?: boolean;
  /** Dry run: the change requests that would get a new comment, or their comment updated. */
  wouldComment?: { changeRequest: string; write: "create" | "update" }[];
  requests: number;
}

/** What the gate needs to know about the run asking for the deployment. */
export type GateContext = Pick<
  RunnerContext,
  "repository" | "sha" | "event" | "runId" | "runUrl" | "serverUrl"
>;

export interface GateDeps {
  client: GitHubClient;
  ctx: GateContext;
  inputs: GateInputs;
  /**
   * The workflow runs this one decision answers — several runs waiting at once on the same
   * repository, environment and commit (the App) — each with its own comment on each change
   * request. Default: the context's run.
   */
  runs?: readonly { runId: number; runUrl: string }[];
  log?: (message: string) => void;
}

/** Counts requests as the sandbox (and GitHub's rate limit) would. */
export function countingClient(
  client: GitHubClient,
): GitHubClient & { count: () => number; countSentAhead: () => void } {
  let n = 0;
  return {
    ...client,
    request: (route, params) => {
      n++;
      return client.request(route, params);
    },
    graphql: (query, variables) => {
      n++;
      return client.graphql(query, variables);
    },
    count: () => n,
    /** A request made for the gate before it started (see index.ts). */
    countSentAhead: () => {
      n++;
    },
  };
}

/** A block before the gate could read anything (bad inputs, no token): fails closed with the reasons. */
export function blockedResult(
  base: Partial<GateResult> & Pick<GateResult, "mode" | "environment" | "repository">,
  reasons: string[],
): GateResult {
  return {
    decision: "block",
    risk: "low",
    changeRequests: [],
    pullRequests: [],
    commits: [],
    policyProblems: [],
    notes: [],
    comments: [],
    requests: 0,
    ...base,
    reasons,
  };
}

export async function runGate(deps: GateDeps): Promise<GateResult> {
  const client = countingClient(deps.client);
  const { ctx, inputs } = deps;
  const repo = ctx.repository;
  const repository = `${repo.owner}/${repo.repo}`;
  const base = { mode: inputs.mode, environment: inputs.environment, repository };
  const notes: string[] = [];
  let policyProblems: PolicyProblem[] = [];
  let policySource: string | undefined;
  let partial: Partial<GateResult> = {};
  try {
    // The assess job's decision record, when this run re-checks it before deploying.
    let expected: DecisionRecord | undefined;
    if (inputs.recheck?.trim()) {
      try {
        expected = parseDecisionRecord(inputs.recheck.trim());
      } catch (e) {
        if (e instanceof DecisionRecordError) throw new GateStop(e.message);
        throw e;
      }
    }

    // 1. Policy, deployments, latest release: one GraphQL query.
    const state = await step(
      "read the repository, its deployments and its policy",
      "contents: read, deployments: read",
      () =>
        readRepositoryState(
          client,
          repo,
          inputs.environment,
          inputs.policyRef,
          defaultBranchOf(ctx.event),
          client.countSentAhead,
        ),
    );
    policySource = state.policySource;
    let policy: Policy;
    if (state.policyText === null) {
      policy = defaultPolicy();
      notes.push(`No ${state.policySource}: the defaults apply, which name no approvers.`);
    } else {
      try {
        policy = parsePolicy(state.policyText, state.policySource);
      } catch (e) {
        if (e instanceof PolicyError) {
          policyProblems = e.problems;
          throw new GateStop(`The policy cannot be read: ${describeError(e)}`);
        }
        throw e;
      }
    }

    const release = parseReleaseChangeRequest(inputs.changeRequestText, repository);
    if (release.problem) throw new GateStop(release.problem);

    // 2. The range.
    const chooseBase = (deployments: readonly DeploymentRecord[]) =>
      chooseRangeBase({
        environment: inputs.environment,
        deployments,
        latestRelease: state.latestRelease,
        baseInput: inputs.base,
        trustedCreators: trustedDeployers(policy.deployments),
      });
    // The last trusted deployment may be older than the newest 50 (a run of failed deployments, or
    // records made to push it out of sight): older pages are read until it is found, or the list
    // ends, or the gate blocks naming the limit — never a base chosen from part of the list.
    const deployments = await step("read the deployments", "deployments: read", () =>
      readOlderDeployments(
        client,
        repo,
        inputs.environment,
        state,
        (records) => chooseBase(records).base?.source === "deployment",
      ),
    );
    const { base: rangeBase, passedOver } = chooseBase(deployments);
    notes.push(...passedOver);
    if (!rangeBase) {
      throw new GateStop(
        `Nothing says where the deployed range starts: ${inputs.environment} has no successful deployment and the repository has no release. Set the \`base\` input to the commit or tag ${inputs.environment} runs now.`,
      );
    }
    // Re-checking the assess job's decision: the same head, unless the input names one.
    const head = inputs.head.trim() || expected?.head || ctx.sha;
    if (!head) throw new GateStop("No head commit: set the `head` input (GITHUB_SHA is not set).");
    const { range } = await step(
      `compare ${rangeBase.sha.slice(0, 12)}...${head.slice(0, 12)}`,
      "contents: read",
      () => compareRange(client, repo, rangeBase.sha, head),
    );
    partial = {
      range: {
        baseSha: range.baseSha,
        headSha: range.headSha,
        baseDescription: rangeBase.description,
        url: range.url,
        status: range.status,
        commits: range.commits.length,
        files: range.files.length,
      },
    };
    const direction = checkRangeDirection({
      environment: inputs.environment,
      base: rangeBase,
      baseSha: range.baseSha,
      headSha: range.headSha,
      status: range.status,
      rollback: inputs.rollback === true,
    });
    if (direction.block) throw new GateStop(direction.block);
    if (direction.note) notes.push(direction.note);

    // 3.–6. The pull requests, files and change requests of the range, and core's decision.
    const assessed = await assessRange({
      client,
      repo,
      environment: inputs.environment,
      policy,
      range,
      ...(release.link ? { releaseLink: release.link } : {}),
      // GitHub's time, from its first answer: nothing in the job can move it.
      now: client.now(),
      scheduleConflicts: true,
    });
    const { decision } = assessed;
    if (partial.range) partial.range.files = assessed.files.length;
    const reasons = [...decision.reasons, ...assessed.conflictReasons];

    // What the decision rested on, for the deploy job to re-check after the environment's approval.
    const record: DecisionRecord = {
      version: 1,
      repository,
      environment: inputs.environment,
      decision: reasons.length === 0 ? "allow" : "block",
      base: range.baseSha,
      head: range.headSha,
      changeRequests: decision.changeRequests
        .filter((v) => v.found)
        .map((v) => ({
          ref: `${v.repository}#${v.number}`,
          authorised: v.authorised,
          editedAt: assessed.changeRequests.get(changeRequestKey(v))?.bodyEditedAt ?? null,
          approvals: v.approvals.map((a) => `${a.login}@${a.at}`),
          rejections: v.rejections.map((r) => `${r.login}@${r.at}`),
        })),
    };
    let recheck: GateResult["recheck"];
    if (expected) {
      const changes = changesSince(expected, record);
      recheck = { changes };
      if (changes.length > 0) {
        reasons.push(
          `What the assess job decided no longer holds — ${changes.join("; ")}. The environment's approval rested on that decision: re-run the workflow, so that its reviewers approve what stands now.`,
        );
      }
      record.decision = reasons.length === 0 ? "allow" : "block";
    }

    // 7. One comment per change request and run: one aliased mutation.
    const runs = deps.runs?.length ? deps.runs : [{ runId: ctx.runId, runUrl: ctx.runUrl }];
    const writes = runs.flatMap((run) => {
      const identity: DeploymentIdentity = {
        repository,
        environment: inputs.environment,
        headSha: range.headSha,
        runId: run.runId,
        runUrl: run.runId > 0 ? `${ctx.serverUrl}/${repository}/actions/runs/${run.runId}` : run.runUrl,
        mode: inputs.mode,
      };
      return planCommentWrites(
        identity,
        reasons.length === 0 ? "allow" : "block",
        decision.changeRequests,
        assessed.changeRequests,
        reasons.length,
      );
    });
    let comments: string[] = [];
    const dry = inputs.dryRun
      ? {
          dryRun: true,
          wouldComment: writes.map((w) => {
            const v = decision.changeRequests.find(
              (c) => assessed.changeRequests.get(changeRequestKey(c))?.id === w.issueId,
            );
            return {
              changeRequest: v ? formatChangeRequestRef(v, repository) : w.issueId,
              write: w.commentId ? ("update" as const) : ("create" as const),
            };
          }),
        }
      : {};
    if (writes.length > 0 && !inputs.dryRun) {
      try {
        comments = await writeComments(client, writes, deps.log);
      } catch (e) {
        reasons.push(explainFailure(e, "comment on the change requests", "issues: write"));
      }
    }
    return {
      ...base,
      decision: reasons.length === 0 ? "allow" : "block",
      risk: decision.risk,
      rangeRisk: decision.rangeRisk,
      range: partial.range,
      changeRequests: decision.changeRequests,
      pullRequests: decision.pullRequests,
      commits: decision.commits,
      unidentifiedAuthors: decision.unidentifiedAuthors,
      record: { ...record, decision: reasons.length === 0 ? "allow" : "block" },
      ...(recheck ? { recheck } : {}),
      reasons,
      policyProblems,
      ...(policySource ? { policySource } : {}),
      notes,
      comments,
      ...dry,
      requests: client.count(),
    };
  } catch (e) {
    const reason = e instanceof GateStop ? e.message : `Could not decide: ${describeError(e)}`;
    return blockedResult(
      {
        ...base,
        ...partial,
        policyProblems,
        ...(policySource ? { policySource } : {}),
        notes,
        requests: client.count(),
      },
      [reason],
    );
  }
}
