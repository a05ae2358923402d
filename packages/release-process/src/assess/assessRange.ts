/**
 * The gate's assessment of a deployed range, written once: the pull requests of its commits (as
 * they were at their merge, with who shaped them), the files where they matter, the change
 * requests and approver teams, and core's decision. change-gate runs it at GitHub's time on the
 * range it chose; `gatehouse verify` runs it on the range a release's manifest records, at the
 * release's instant. Whatever cannot be read stops it with a GateStop saying why.
 */
import {
  approverTeams,
  type ChangedFile,
  type ChangeRequestIssue,
  type ChangeRequestLink,
  changeRequestKey,
  changeUnits,
  type DeploymentDecision,
  decideDeployment,
  isChangeRequestRepository,
  onlyExemptPaths,
  type Policy,
  pathScopedStandardChange,
  type RangeCommit,
  type RangePullRequest,
  scanChangeRequestLinks,
  scheduleConflictReasons,
  type TeamMembership,
} from "@gatehouse/core";
import { fetchChangeRequests, type GitHubClient } from "@gatehouse/github";
import { readChangeSchedule } from "../schedule/readSchedule";
import { readAuthorship } from "./authorship";
import { type ExplainFailure, explainFailure, GateStop, step as readStep } from "./failures";
import { descriptionsAtMerge } from "./pullRequestEdits";
import {
  type ComparedRange,
  filesOfCommits,
  filesOfPullRequests,
  MAX_DIRECT_FILE_READS,
  mergeChangedFiles,
  pathsOf,
  pullRequestsOfCommits,
} from "./range";

export interface RangeAssessmentRequest {
  client: GitHubClient;
  repo: { owner: string; repo: string };
  environment: string;
  policy: Policy;
  range: ComparedRange;
  /**
   * A release change request covering the whole deployment (change-gate's `change-request` input);
   * or a function choosing it once the links of the range are known (verify: the change request
   * the manifest names that nothing in the range links).
   */
  releaseLink?: ChangeRequestLink | ((linked: readonly ChangeRequestLink[]) => ChangeRequestLink | undefined);
  /** The instant the change requests are assessed at. */
  now: Date;
  /**
   * change-requests.block-on-conflict: read the forward schedule of change as it stands now, at
   * the same time as the change requests, and block on their unresolved conflicts (the gate).
   */
  scheduleConflicts?: boolean;
  /**
   * The change requests as the rules are to see them. Default: as read. verify: as they stood at
   * `now`, the release's instant.
   */
  asOf?: (issues: Map<string, ChangeRequestIssue | null>) => Map<string, ChangeRequestIssue | null>;
  /** How a failed read is put into words (default: change-gate's, naming its permissions). */
  explain?: ExplainFailure;
}

export interface RangeAssessment {
  decision: DeploymentDecision;
  /** The files the range changes, gathered whole. */
  files: ChangedFile[];
  /** The change requests as read, by changeRequestKey. */
  changeRequests: Map<string, ChangeRequestIssue | null>;
  teams: TeamMembership;
  /** change-requests.block-on-conflict's reasons (empty when not asked for, or none). */
  conflictReasons: string[];
}

export async function assessRange(request: RangeAssessmentRequest): Promise<RangeAssessment> {
  const { client, repo, environment, policy, range, now, scheduleConflicts } = request;
  const explain = request.explain ?? explainFailure;
  const step = <T>(what: string, permission: string, fn: () => Promise<T>) =>
    readStep(what, permission, fn, explain);
  const repository = `${repo.owner}/${repo.repo}`;
  const timezone = policy.changeRequests.timezone ?? policy.freeze.timezone ?? "UTC";

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
  }

  // 5. The change requests, their timelines and the approver teams: one aliased GraphQL query.
  const links = new Map<string, ChangeRequestLink>();
  const addLinks = (found: ChangeRequestLink[]) => {
    for (const l of found)
      if (isChangeRequestRepository(l, policy.changeRequests, repository)) links.set(changeRequestKey(l), l);
  };
  const byNumber = new Map(pullRequests.map((p) => [p.number, p]));
  const rangeLinks: ChangeRequestLink[] = [];
  for (const c of commits) {
    rangeLinks.push(...scanChangeRequestLinks(c.message, repository).links);
    for (const n of c.pullRequests)
      rangeLinks.push(...scanChangeRequestLinks(byNumber.get(n)?.body, repository).links);
  }
  const releaseLink =
    typeof request.releaseLink === "function" ? request.releaseLink(rangeLinks) : request.releaseLink;
  if (releaseLink) addLinks([releaseLink]);
  addLinks(rangeLinks);
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
    scheduleConflicts && links.size > 0 && policy.changeRequests.blockOnConflict
      ? step("read the open change requests for the schedule's conflicts", "issues: read", () =>
          readChangeSchedule(client, policy, { repository, now, days: 1 }),
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
  if (request.asOf) fetched = { ...fetched, issues: request.asOf(fetched.issues) };

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
      (links.length === 0 && releaseLink !== undefined && scoped.has(changeRequestKey(releaseLink)));
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
      explain(
        authorshipFailed,
        "read who wrote the commits of the deployed pull requests",
        "pull-requests: read",
      ),
    );
  }

  // 6. Decide.
  const decision: DeploymentDecision = decideDeployment({
    repository,
    environment,
    now,
    policy,
    timezone,
    commits,
    pullRequests,
    files,
    ...(releaseLink ? { releaseChangeRequest: releaseLink } : {}),
    changeRequests: fetched.issues,
    teams: fetched.teams,
  });
  const conflictReasons = schedule ? scheduleConflictReasons(schedule, [...links.values()]) : [];
  return { decision, files, changeRequests: fetched.issues, teams: fetched.teams, conflictReasons };
}
