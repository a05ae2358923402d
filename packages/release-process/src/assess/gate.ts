/**
 * The change gate: reads what it needs from GitHub (5 requests for a typical deployment), decides
 * with the pure rules of @gatehouse/core, and keeps one comment per change request up to date.
 * Fails closed: whatever cannot be read becomes a reason to block.
 */
import {
  approverTeams,
  type ChangedFile,
  type ChangeRequestIssue,
  type ChangeRequestLink,
  type ChangeRequestVerdict,
  type CommitCoverage,
  changeRequestKey,
  changesSince,
  changeUnits,
  checkRangeDirection,
  chooseRangeBase,
  type DecisionRecord,
  DecisionRecordError,
  type DeploymentDecision,
  type DeploymentRecord,
  decideDeployment,
  defaultPolicy,
  formatChangeRequestRef,
  isChangeRequestRepository,
  onlyExemptPaths,
  type Policy,
  PolicyError,
  type PolicyProblem,
  type PullRequestCoverage,
  parseDecisionRecord,
  parsePolicy,
  pathScopedStandardChange,
  type RangeCommit,
  type RangePullRequest,
  type RangeRisk,
  type RiskLevel,
  scanChangeRequestLinks,
  scheduleConflictReasons,
  trustedDeployers,
} from "@gatehouse/core";
import {
  defaultBranchOf,
  describeError,
  fetchChangeRequests,
  GitHubApiError,
  type GitHubClient,
  isRefusal,
  type RunnerContext,
  writeComments,
} from "@gatehouse/github";
import { EnvironmentError } from "../environment";
import { readChangeSchedule } from "../schedule/readSchedule";
import { readAuthorship } from "./authorship";
import { type DeploymentIdentity, planCommentWrites } from "./comments";
import { descriptionsAtMerge } from "./pullRequestEdits";
import {
  compareRange,
  filesOfCommits,
  filesOfPullRequests,
  MAX_DIRECT_FILE_READS,
  mergeChangedFiles,
  pathsOf,
  pullRequestsOfCommits,
  RangeLimitError,
} from "./range";
import {
  DeploymentLimitError,
  PolicyRefError,
  readOlderDeployments,
  readRepositoryState,
} from "./repositoryState";
import { type GateInputs, parseReleaseChangeRequest } from "./request";

/** Everything change-gate needs, as the README says. */
export const PERMISSIONS_LINE =
  "permissions: { contents: read, issues: write, pull-requests: read, deployments: read, actions: read }";

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
  log?: (message: string) => void;
}

/** A reason to stop reading and block. */
export class GateStop extends Error {}

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

/** Plain words for a failed read or write, naming the permission to add. */
export function explainFailure(e: unknown, what: string, permission: string): string {
  if (
    e instanceof GateStop ||
    e instanceof PolicyRefError ||
    e instanceof RangeLimitError ||
    e instanceof EnvironmentError ||
    e instanceof DeploymentLimitError
  )
    return e.message;
  if (isRefusal(e)) {
    const detail = e instanceof GitHubApiError && e.apiMessage ? ` (GitHub: ${e.apiMessage})` : "";
    return `The token cannot ${what}${detail}: add \`${permission}\` to the job's \`permissions:\` — change-gate needs \`${PERMISSIONS_LINE}\`.`;
  }
  return `Could not ${what}: ${describeError(e)}`;
}

async function step<T>(what: string, permission: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw new GateStop(explainFailure(e, what, permission));
  }
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
    const timezone = policy.changeRequests.timezone ?? policy.freeze.timezone ?? "UTC";

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

    // 3. Pull requests of the commits: aliased GraphQL queries of 100 commits, a few at a time.
    const commits: RangeCommit[] = range.commits;
    let pullRequests: RangePullRequest[] = [];
    let changedFiles = new Map<number, number>();
    let authorshipRead: Promise<unknown> = Promise.resolve(undefined);
    if (commits.length > 0) {
      ({ pullRequests, changedFiles } = await step(
        "read the pull requests of the deployed commits",
        "pull-requests: read",
        () => pullRequestsOfCommits(client, repo, commits),
      ));
      // Descriptions edited after the merge are read as they were when merged (rare: one query).
      pullRequests = await step(
        "read the edit history of pull request descriptions edited after their merge",
        "pull-requests: read",
        () => descriptionsAtMerge(client, pullRequests),
      );
      // Who shaped every commit — the pull requests' own ones too, which a squash merge hides —
      // read while the files and change requests are read.
      const pulls = pullRequests;
      authorshipRead = readAuthorship(client, repo, commits, pulls).then(
        () => undefined,
        (e: unknown) => e,
      );
    }

    // 4. The files. GitHub lists at most 300 of a comparison: beyond that the range's files are
    // those of its pull requests and direct pushes, read whole or the gate stops naming the limit.
    // Pull requests' and direct pushes' own files also tell which are exempt.
    let files: ChangedFile[] = range.files;
    const direct = commits.filter((c) => c.pullRequests.length === 0);
    // A renamed file touches its old path too: moving a file out of a sensitive folder into an
    // exempt one is a change to the sensitive folder.
    const rangePaths = range.files.flatMap(pathsOf);
    const allExempt = range.filesComplete && onlyExemptPaths(rangePaths, policy.exemptPaths);
    const exemptions = policy.exemptPaths.length > 0;
    if (exemptions && allExempt) for (const c of direct) c.files = rangePaths;
    // A pull request's files matter when GitHub's list of the range's files is cut, or to tell
    // whether a pull request that links no change request is exempt.
    const linkedPulls = new Set<number>();
    for (const c of commits) {
      if (scanChangeRequestLinks(c.message, repository).links.length > 0)
        for (const n of c.pullRequests) linkedPulls.add(n);
    }
    for (const p of pullRequests)
      if (scanChangeRequestLinks(p.body, repository).links.length > 0) linkedPulls.add(p.number);
    // change-requests.bind-services: every pull request's and direct push's files are checked
    // against the services of its change requests.
    const bind = policy.changeRequests.bindServices === true;
    const filesNeeded =
      !range.filesComplete || bind
        ? pullRequests
        : exemptions && !allExempt
          ? pullRequests.filter((p) => !linkedPulls.has(p.number))
          : [];
    const pullFiles =
      filesNeeded.length > 0
        ? await step("read the files of the deployed pull requests", "pull-requests: read", () =>
            filesOfPullRequests(client, repo, filesNeeded, changedFiles),
          )
        : undefined;
    const unlinked = direct.filter((c) => scanChangeRequestLinks(c.message, repository).links.length === 0);
    const needDirect = range.filesComplete && !bind ? (exemptions && !allExempt ? unlinked : []) : direct;
    const directFiles =
      needDirect.length > 0
        ? await step("read the files of commits pushed without a pull request", "contents: read", () =>
            filesOfCommits(client, repo, needDirect),
          )
        : undefined;
    if (!range.filesComplete) {
      const unread = [
        ...(pullFiles?.incomplete ?? []).map((n) => `pull request #${n}`),
        ...(directFiles?.unread ?? []).map((c) => `commit ${c.sha.slice(0, 7)}`),
      ];
      if (unread.length > 0) {
        throw new GateStop(
          `The deployed range changes more than ${range.files.length} files (GitHub lists no more in a comparison), and the files of ${unread.length > 3 ? `${unread.slice(0, 3).join(", ")} and ${unread.length - 3} more` : unread.join(", ")} cannot be read whole (GitHub lists at most 3,000 of a pull request and change-gate reads at most ${MAX_DIRECT_FILE_READS} direct pushes): change-gate cannot tell whether the range touches sensitive paths. Deploy it in smaller steps.`,
        );
      }
      const gathered = mergeChangedFiles([
        ...(pullFiles?.files.values() ?? []),
        ...(directFiles?.files.values() ?? []),
      ]);
      const known = new Set(gathered.map((f) => f.path));
      files = [...gathered, ...range.files.filter((f) => !known.has(f.path))];
      if (partial.range) partial.range.files = files.length;
    }

    // 5. The change requests, their timelines and the approver teams: one aliased GraphQL query.
    const links = new Map<string, ChangeRequestLink>();
    const addLinks = (found: ChangeRequestLink[]) => {
      for (const l of found)
        if (isChangeRequestRepository(l, policy.changeRequests, repository))
          links.set(changeRequestKey(l), l);
    };
    if (release.link) addLinks([release.link]);
    const byNumber = new Map(pullRequests.map((p) => [p.number, p]));
    for (const c of commits) {
      addLinks(scanChangeRequestLinks(c.message, repository).links);
      for (const n of c.pullRequests)
        addLinks(scanChangeRequestLinks(byNumber.get(n)?.body, repository).links);
    }
    const teams = approverTeams(policy.approvals, repository);
    let fetched: {
      issues: Map<string, ChangeRequestIssue | null>;
      teams: { members: Record<string, string[]>; problems: Record<string, string> };
    } = {
      issues: new Map(),
      teams: { members: {}, problems: {} },
    };
    // change-requests.block-on-conflict: the forward schedule of change, read at the same time.
    const scheduled =
      links.size > 0 && policy.changeRequests.blockOnConflict
        ? step("read the open change requests for the schedule's conflicts", "issues: read", () =>
            readChangeSchedule(client, policy, { repository, now: client.now(), days: 1 }),
          )
        : null;
    scheduled?.catch(() => {}); // awaited below; a failure is not left unhandled meanwhile
    if (links.size > 0) {
      fetched = await step("read the change requests", "issues: read", () =>
        // Every edited comment's history: a rejection someone edited away no longer looks like one.
        fetchChangeRequests(client, [...links.values()], teams),
      );
    }
    const schedule = scheduled ? (await scheduled).schedule : null;

    // A standard change's template covers only its paths: the files of the changes linking one
    // are read (one more query, only when such a change request is linked).
    const scoped = new Set(
      [...fetched.issues].flatMap(([key, issue]) =>
        issue && pathScopedStandardChange(issue, policy.approvals) ? [key] : [],
      ),
    );
    if (scoped.size > 0) {
      const units = changeUnits(commits, pullRequests, repository);
      const linksScoped = (links: ChangeRequestLink[]) =>
        links.some((l) => scoped.has(changeRequestKey(l))) ||
        (links.length === 0 && release.link !== undefined && scoped.has(changeRequestKey(release.link)));
      const pulls = units.flatMap((u) =>
        u.kind === "pull-request" && !u.pullRequest.files && linksScoped(u.links) ? [u.pullRequest] : [],
      );
      const pushed = units.flatMap((u) =>
        u.kind === "commit" && !u.commit.files && linksScoped(u.links) ? [u.commit] : [],
      );
      if (pulls.length > 0) {
        await step("read the files of pull requests linking a standard change", "pull-requests: read", () =>
          filesOfPullRequests(client, repo, pulls, changedFiles),
        );
      }
      if (pushed.length > 0) {
        await step("read the files of commits linking a standard change", "contents: read", () =>
          filesOfCommits(client, repo, pushed),
        );
      }
    }

    const authorshipFailed = await authorshipRead;
    if (authorshipFailed !== undefined) {
      throw new GateStop(
        explainFailure(
          authorshipFailed,
          "read who wrote the commits of the deployed pull requests",
          "pull-requests: read",
        ),
      );
    }

    // 6. Decide.
    const decision: DeploymentDecision = decideDeployment({
      repository,
      environment: inputs.environment,
      // GitHub's time, from its first answer: nothing in the job can move it.
      now: client.now(),
      policy,
      timezone,
      commits,
      pullRequests,
      files,
      ...(release.link ? { releaseChangeRequest: release.link } : {}),
      changeRequests: fetched.issues,
      teams: fetched.teams,
    });
    const reasons = [...decision.reasons];
    if (schedule) reasons.push(...scheduleConflictReasons(schedule, [...links.values()]));

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
          editedAt: fetched.issues.get(changeRequestKey(v))?.bodyEditedAt ?? null,
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

    // 7. One comment per change request: one aliased mutation.
    const identity: DeploymentIdentity = {
      repository,
      environment: inputs.environment,
      headSha: range.headSha,
      runId: ctx.runId,
      runUrl: ctx.runId > 0 ? `${ctx.serverUrl}/${repository}/actions/runs/${ctx.runId}` : ctx.runUrl,
      mode: inputs.mode,
    };
    const writes = planCommentWrites(
      identity,
      reasons.length === 0 ? "allow" : "block",
      decision.changeRequests,
      fetched.issues,
      reasons.length,
    );
    let comments: string[] = [];
    const dry = inputs.dryRun
      ? {
          dryRun: true,
          wouldComment: writes.map((w) => {
            const v = decision.changeRequests.find(
              (c) => fetched.issues.get(changeRequestKey(c))?.id === w.issueId,
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
