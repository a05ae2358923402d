/**
 * Opens (or, on a re-run, updates) the post-implementation review of one deployment and closes the
 * loop on its change requests. The GitHub client is a parameter, so the whole flow runs against
 * the sandbox in tests exactly as against GitHub.
 *
 * Requests: 1 GraphQL read (existing review, every CR with its labels and our comment, which labels
 * exist), 1 read of the run's environment approvals, 1 create-or-update of the review (none when
 * nothing changed), 1 GraphQL mutation writing every CR's comment (none when all are right), and
 * per CR at most 1 issue update carrying labels and state (none when already right). Missing labels
 * are created once, with their colours.
 */
import {
  type ChangeRequestState,
  type CloseChangeRequests,
  changeRequestKey,
  changeRequestRef,
  changeRequestTransition,
  type DeploymentOutcome,
  mergeReviewBody,
  REVIEW_LABELS,
  type RenderedReview,
  type ReviewApproval,
  type ReviewedChangeRequest,
  type ReviewIdentity,
  renderChangeRequestComment,
  renderReview,
  reviewIdentity,
  reviewLabels,
  reviewRequirement,
  sameSet,
} from "@gatehouse/core";
import {
  type CommentWrite,
  GitHubApiError,
  type GitHubClient,
  type IssueUpdate,
  readEnvironmentApprovals,
  writeIssues,
  writeOnce,
} from "@gatehouse/github";
import { requireEnvironment } from "../environment";
import {
  type ChangeRequestOnGitHub,
  type ExistingReview,
  lookUpDeployment,
  type RepoRef,
  reviewsOfDeployment,
} from "./lookup";

export interface ReviewInputs {
  environment: string;
  outcome: DeploymentOutcome;
  /** null: the input was not given. */
  changeRequests: ReviewedChangeRequest[] | null;
  releaseTag: string | null;
  startedAt: Date | null;
  /** `owner/repo` the review goes to. */
  reviewRepository: string;
  assignees: string[];
  dueInDays: number;
  labels: string[];
  closeChangeRequests: CloseChangeRequests;
  freezeOverriddenBy: string | null;
  /** Work everything out, write nothing (the `dry-run` input); the result says what would be written. */
  dryRun?: boolean;
}

export interface RunInfo {
  /** `owner/repo` that was deployed (GITHUB_REPOSITORY). */
  repository: string;
  runId: number;
  runAttempt: number;
  runUrl: string;
  serverUrl: string;
}

export type WriteResult = "created" | "updated" | "unchanged" | "skipped";

export interface ChangeRequestResult {
  changeRequest: ReviewedChangeRequest;
  ref: string;
  found: boolean;
  comment: WriteResult;
  /** The lifecycle label now on the CR, or null when it could not be set (CR not found). */
  label: string | null;
  labelChanged: boolean;
  closed: boolean;
}

export interface ReviewResult {
  /** A dry run: nothing was written; the other fields say what would have been. */
  dryRun: boolean;
  /** 0 on a dry run that would open the review. */
  issueNumber: number;
  issueUrl: string;
  /** `#9` or `org/reviews#9` seen from the deployed repository. */
  reviewRef: string;
  review: WriteResult;
  required: boolean;
  rendered: RenderedReview;
  assigned: string[];
  notAssigned: string[];
  createdLabels: string[];
  changeRequests: ChangeRequestResult[];
  /** Things the reader should know (approvals unreadable, assignees skipped, …). */
  notes: string[];
}

/** What the review writes: GitHub, or on a dry run only a record of what it would have written. */
interface ReviewWriter {
  createLabel(repo: RepoRef, name: string): Promise<string | undefined>;
  createReview: typeof createReview;
  updateReview: typeof updateReview;
  writeIssues(comments: CommentWrite[], updates: IssueUpdate[]): Promise<void>;
  patchIssue(repo: RepoRef, number: number, patch: Record<string, unknown>): Promise<void>;
}

function gitHubWriter(client: GitHubClient): ReviewWriter {
  return {
    async createLabel(repo, name) {
      // Made once: a lost answer is looked for by name before the label is made again.
      const made = await writeOnce(client, {
        what: `the label ${name} in ${repo.owner}/${repo.repo}`,
        write: () =>
          client.request<{ node_id?: string }>("POST /repos/{owner}/{repo}/labels", {
            owner: repo.owner,
            repo: repo.repo,
            name,
            ...labelDefinition(name),
          }),
        find: () => existingLabel(client, repo.owner, repo.repo, name),
      });
      return made.data.node_id;
    },
    createReview,
    updateReview,
    async writeIssues(comments, updates) {
      await writeIssues(client, comments, updates);
    },
    async patchIssue(repo, number, patch) {
      await client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        owner: repo.owner,
        repo: repo.repo,
        issue_number: number,
        ...patch,
      });
    },
  };
}

/** Writes nothing: answers as GitHub would, so the rest of the step says what it would have done. */
const dryRunWriter: ReviewWriter = {
  createLabel: async () => undefined,
  createReview: async (_client, _repo, _rendered, _labels, assignees) => ({ number: 0, url: "", assignees }),
  updateReview: async (_client, _repo, _number, patch) => ({
    url: "",
    assignees: (patch.assignees as string[] | undefined) ?? [],
  }),
  writeIssues: async () => {},
  patchIssue: async () => {},
};

const split = (full: string): RepoRef => {
  const [owner = "", repo = ""] = full.split("/", 2);
  return { owner, repo };
};

const lower = (s: string) => s.toLowerCase();

/** GitHub's limit of assignees per issue. */
const MAX_ASSIGNEES = 10;

function labelDefinition(name: string): { color: string; description: string } {
  const known = Object.values(REVIEW_LABELS).find((l) => lower(l.name) === lower(name));
  return known
    ? { color: known.color, description: known.description }
    : { color: "ededed", description: "" };
}

export async function postImplementationReview(
  client: GitHubClient,
  run: RunInfo,
  inputs: ReviewInputs,
  now: Date,
  log: (msg: string) => void = () => {},
): Promise<ReviewResult> {
  const notes: string[] = [];
  const dryRun = inputs.dryRun === true;
  const writer = dryRun ? dryRunWriter : gitHubWriter(client);
  const would = dryRun ? "Would have " : "";
  const identity = { repository: run.repository, environment: inputs.environment, runId: run.runId };
  const id = reviewIdentity(identity);
  const reviewRepo = split(inputs.reviewRepository);
  const crs = inputs.changeRequests ?? [];
  const requirement = reviewRequirement(inputs.outcome, inputs.changeRequests, inputs.reviewRepository);
  const lifecycleLabel =
    inputs.outcome === "success" ? REVIEW_LABELS.implemented.name : REVIEW_LABELS.failed.name;

  // Labels we are about to put on things, per repository, so the read can say which are missing.
  const reviewLabelNames = [REVIEW_LABELS.review.name, ...requirement.labels, ...inputs.labels].filter(
    (l, i, all) => all.findIndex((x) => lower(x) === lower(l)) === i,
  );
  const neededLabels = new Map<string, string[]>();
  neededLabels.set(lower(inputs.reviewRepository), reviewLabelNames);
  for (const cr of crs) {
    const key = lower(cr.repository);
    const names = neededLabels.get(key) ?? [];
    const label = cr.authorised === false ? REVIEW_LABELS.unauthorised.name : lifecycleLabel;
    if (!names.some((n) => lower(n) === lower(label))) neededLabels.set(key, [...names, label]);
  }

  // Independent reads, sent together. The environment must be one of the deployed repository's.
  const [found, read] = await Promise.all([
    lookUpDeployment(client, {
      reviewRepository: reviewRepo,
      identity: id,
      changeRequests: crs,
      labels: neededLabels,
    }),
    readEnvironmentApprovals(client, split(run.repository), run.runId),
    requireEnvironment(client, split(run.repository), inputs.environment),
  ]);
  if (read.problem) notes.push(read.problem);
  const approvals: ReviewApproval[] | null =
    read.approvals?.map((a) => ({
      user: a.user,
      state: a.state === "rejected" ? "rejected" : "approved",
      comment: a.comment ?? "",
      environments: a.environments,
    })) ?? null;

  // Labels that do not exist yet are created once, with their colours (GitHub would otherwise
  // create them grey when first used).
  const createdLabels: string[] = [];
  for (const [repo, names] of found.missingLabels) {
    const crRepoOnly = repo !== lower(inputs.reviewRepository);
    const { owner, repo: name } = split(repo);
    for (const label of names) {
      // A CR repository whose CRs all vanished needs no lifecycle label.
      if (
        crRepoOnly &&
        !crs.some(
          (cr) => lower(cr.repository) === repo && found.changeRequests.get(changeRequestKey(cr))?.found,
        )
      ) {
        continue;
      }
      try {
        const nodeId = await writer.createLabel({ owner, repo: name }, label);
        createdLabels.push(`${repo}:${label}`);
        if (nodeId) {
          const ids = found.labelIds.get(repo) ?? new Map<string, string>();
          ids.set(lower(label), nodeId);
          found.labelIds.set(repo, ids);
        }
      } catch (e) {
        if (!(e instanceof GitHubApiError && e.status === 422)) throw e; // 422: created meanwhile
      }
    }
  }

  const states = new Map<string, ChangeRequestState>(found.changeRequests);
  const rendered = renderReview({
    identity,
    outcome: inputs.outcome,
    reviewRepository: inputs.reviewRepository,
    serverUrl: run.serverUrl,
    runUrl: run.runUrl,
    runAttempt: run.runAttempt,
    releaseTag: inputs.releaseTag,
    startedAt: inputs.startedAt,
    now,
    changeRequests: inputs.changeRequests,
    changeRequestStates: states,
    approvals,
    freezeOverriddenBy: inputs.freezeOverriddenBy,
    dueInDays: inputs.dueInDays,
  });

  const authors = crs
    .map((cr) => found.changeRequests.get(changeRequestKey(cr))?.author)
    .filter((a): a is string => typeof a === "string" && !a.endsWith("[bot]"));
  // The assignees named in the inputs or the policy first, then the CR authors: GitHub takes at
  // most 10 per issue.
  const candidates = [...inputs.assignees, ...authors].filter(
    (a, i, all) => all.findIndex((x) => lower(x) === lower(a)) === i,
  );
  const wantedAssignees = candidates.slice(0, MAX_ASSIGNEES);
  if (candidates.length > MAX_ASSIGNEES) {
    notes.push(
      `GitHub allows ${MAX_ASSIGNEES} assignees per issue: ${candidates
        .slice(MAX_ASSIGNEES)
        .map((a) => `@${a}`)
        .join(", ")} ${candidates.length - MAX_ASSIGNEES === 1 ? "was" : "were"} not assigned.`,
    );
  }

  // The review: create, or update what differs.
  let issueNumber: number;
  let issueUrl: string;
  let reviewWrite: WriteResult;
  let assigned: string[];
  let attempted: string[] = [];
  let current = found.review;
  let created: CreatedReview | undefined;
  if (!current) {
    attempted = wantedAssignees;
    const open = () => writer.createReview(client, reviewRepo, rendered, reviewLabelNames, wantedAssignees);
    // Opened once: when GitHub's answer is lost, the review is looked for before it is opened again.
    created = dryRun
      ? await open()
      : await writeOnce(client, {
          what: `the post-implementation review in ${inputs.reviewRepository}`,
          write: open,
          find: async () => {
            const [first] = await reviewsOfDeployment(client, reviewRepo, id, found.viewer);
            return first && { number: first.number, url: first.url, assignees: first.assignees };
          },
          log,
        });
    // Runs at once may each have opened one: all keep the oldest and close the newer.
    const kept = dryRun
      ? undefined
      : await keepOldestReview(client, reviewRepo, id, found.viewer, inputs.reviewRepository, log);
    if (kept && kept.number !== created.number) {
      current = kept;
      created = undefined;
      attempted = [];
    }
  }
  if (created) {
    issueNumber = created.number;
    issueUrl = created.url;
    assigned = created.assignees;
    reviewWrite = "created";
    log(
      dryRun
        ? `Would have opened a post-implementation review in ${inputs.reviewRepository}.`
        : `Opened the post-implementation review ${inputs.reviewRepository}#${issueNumber}.`,
    );
  } else {
    const existing = current as ExistingReview;
    issueNumber = existing.number;
    const body = mergeReviewBody(existing.body, rendered.body);
    const labels = reviewLabels(existing.labels, reviewLabelNames);
    const missingAssignees = wantedAssignees
      .filter((a) => !existing.assignees.some((x) => lower(x) === lower(a)))
      .slice(0, Math.max(0, MAX_ASSIGNEES - existing.assignees.length));
    const patch: Record<string, unknown> = {};
    if (existing.title !== rendered.title) patch.title = rendered.title;
    if (normalise(existing.body) !== normalise(body)) patch.body = body;
    if (!sameSet(existing.labels, labels)) patch.labels = labels;
    if (missingAssignees.length > 0) {
      patch.assignees = [...existing.assignees, ...missingAssignees];
      attempted = missingAssignees;
    }
    if (Object.keys(patch).length === 0) {
      issueUrl = existing.url;
      assigned = existing.assignees;
      reviewWrite = "unchanged";
      log(`The post-implementation review ${inputs.reviewRepository}#${issueNumber} is already up to date.`);
    } else {
      const updated = await writer.updateReview(client, reviewRepo, issueNumber, patch);
      issueUrl = updated.url || existing.url;
      assigned = dryRun && !patch.assignees ? existing.assignees : updated.assignees;
      reviewWrite = "updated";
      log(
        `${would || ""}${dryRun ? "updated" : "Updated"} the post-implementation review ${inputs.reviewRepository}#${issueNumber}.`,
      );
    }
  }
  const notAssigned = attempted.filter((a) => !assigned.some((x) => lower(x) === lower(a)));
  if (notAssigned.length > 0) {
    notes.push(
      `Not assigned ${notAssigned.map((a) => `@${a}`).join(", ")}: GitHub does not let ${
        notAssigned.length === 1 ? "this user" : "these users"
      } be assigned in ${inputs.reviewRepository} (no access); the review went ahead without ${
        notAssigned.length === 1 ? "this assignee" : "these assignees"
      }.`,
    );
  }

  // The change requests: a comment linking the review (all of them in one GraphQL mutation), the
  // lifecycle label and, on success if asked, closed (one issue update each, only when needed).
  const results: ChangeRequestResult[] = [];
  const comments: CommentWrite[] = [];
  const closing = inputs.outcome === "success" && inputs.closeChangeRequests === "on-success";
  for (const cr of crs) {
    const state = found.changeRequests.get(changeRequestKey(cr)) as ChangeRequestOnGitHub;
    const ref = changeRequestRef(cr, inputs.reviewRepository);
    if (!state.found) {
      results.push({
        changeRequest: cr,
        ref,
        found: false,
        comment: "skipped",
        label: null,
        labelChanged: false,
        closed: false,
      });
      notes.push(
        `${ref} no longer exists (deleted, transferred or not readable with this token); the review says so.`,
      );
      continue;
    }
    const transition = changeRequestTransition(
      inputs.outcome,
      state,
      inputs.closeChangeRequests,
      cr.authorised !== false,
    );
    const commentBody = renderChangeRequestComment({
      identity,
      outcome: inputs.outcome,
      releaseTag: inputs.releaseTag,
      runUrl: run.runUrl,
      reviewRef: changeRequestRef(
        { repository: inputs.reviewRepository, number: issueNumber },
        cr.repository,
      ),
      reviewUrl: issueUrl,
      transition,
      closed: closing && cr.authorised !== false,
      required: requirement.required,
    });
    const result: ChangeRequestResult = {
      changeRequest: cr,
      ref,
      found: true,
      comment: "unchanged",
      label: transition.label,
      labelChanged: transition.labels !== null,
      closed: transition.close,
    };
    results.push(result);
    if (!state.comment) {
      // Made once, by its marker, even when GitHub loses the answer or another run comments too.
      comments.push({ issueId: state.nodeId as string, body: commentBody, marker: id.commentMarker });
      result.comment = "created";
    } else if (normalise(state.comment.body) !== normalise(commentBody)) {
      comments.push({ issueId: state.nodeId as string, commentId: state.comment.id, body: commentBody });
      result.comment = "updated";
    }
  }
  // The link comments, lifecycle labels and closings of every change request: one mutation.
  const updates: IssueUpdate[] = [];
  const byRest: { cr: ReviewedChangeRequest; patch: Record<string, unknown> }[] = [];
  for (const result of results) {
    if (!result.found) continue;
    const cr = result.changeRequest;
    const state = found.changeRequests.get(changeRequestKey(cr)) as ChangeRequestOnGitHub;
    const transition = changeRequestTransition(
      inputs.outcome,
      state,
      inputs.closeChangeRequests,
      cr.authorised !== false,
    );
    if (!transition.labels && !transition.close) continue;
    const update: IssueUpdate = { issueId: state.nodeId as string, close: transition.close };
    let viaRest = false;
    if (transition.labels) {
      const wanted = new Set(transition.labels.map(lower));
      const repoIds = found.labelIds.get(lower(cr.repository));
      const add = transition.labels.filter((l) => !state.labels.some((c) => lower(c) === lower(l)));
      const remove = state.labels.filter((l) => !wanted.has(lower(l)));
      const addIds = add.map((l) => repoIds?.get(lower(l)));
      const removeIds = remove.map((l) => state.labelIds?.get(lower(l)));
      // A label without a known node id (not expected): that issue is set through REST instead.
      viaRest = [...addIds, ...removeIds].some((x) => x === undefined);
      update.addLabelIds = addIds as string[];
      update.removeLabelIds = removeIds as string[];
    }
    if (viaRest) {
      const patch: Record<string, unknown> = { labels: transition.labels };
      if (transition.close) Object.assign(patch, { state: "closed", state_reason: "completed" });
      byRest.push({ cr, patch });
    } else updates.push(update);
  }
  await writer.writeIssues(comments, updates);
  for (const { cr, patch } of byRest) await writer.patchIssue(split(cr.repository), cr.number, patch);

  return {
    dryRun,
    issueNumber,
    issueUrl,
    reviewRef: changeRequestRef({ repository: inputs.reviewRepository, number: issueNumber }, run.repository),
    review: reviewWrite,
    required: rendered.requirement.required,
    rendered,
    assigned,
    notAssigned,
    createdLabels,
    changeRequests: results,
    notes,
  };
}

const normalise = (s: string) => s.replace(/\r\n/g, "\n").trim();

interface IssueAnswer {
  number: number;
  html_url: string;
  assignees?: { login: string }[] | null;
}

/** A label by its name, or undefined when the repository has none of that name. */
async function existingLabel(client: GitHubClient, owner: string, repo: string, name: string) {
  try {
    return await client.request<{ node_id?: string }>("GET /repos/{owner}/{repo}/labels/{name}", {
      owner,
      repo,
      name,
    });
  } catch (e) {
    if (e instanceof GitHubApiError && e.status === 404) return undefined;
    throw e;
  }
}

/**
 * The reviews of this deployment: when runs at once each opened one, the oldest is kept and the
 * newer are closed as duplicates, without the marker or the review label, so no lookup finds them
 * again. Every run does the same and ends on the same review. Returns the kept one.
 */
async function keepOldestReview(
  client: GitHubClient,
  repo: RepoRef,
  identity: ReviewIdentity,
  viewer: string,
  repository: string,
  log: (msg: string) => void,
): Promise<ExistingReview | undefined> {
  const [kept, ...newer] = await reviewsOfDeployment(client, repo, identity, viewer);
  for (const duplicate of newer) {
    await client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      owner: repo.owner,
      repo: repo.repo,
      issue_number: duplicate.number,
      state: "closed",
      state_reason: "not_planned",
      labels: duplicate.labels.filter((l) => lower(l) !== lower(REVIEW_LABELS.review.name)),
      body: `Duplicate of #${kept?.number}: another run opened this deployment's post-implementation review at the same time, and Gatehouse keeps that one.`,
    });
    log(
      `Another run opened this deployment's review at the same time: kept ${repository}#${kept?.number}, closed #${duplicate.number}.`,
    );
  }
  return kept;
}

interface CreatedReview {
  number: number;
  url: string;
  assignees: string[];
}

async function createReview(
  client: GitHubClient,
  repo: RepoRef,
  rendered: RenderedReview,
  labels: string[],
  assignees: string[],
): Promise<CreatedReview> {
  const create = (withAssignees: string[]) =>
    client.request<IssueAnswer>("POST /repos/{owner}/{repo}/issues", {
      owner: repo.owner,
      repo: repo.repo,
      title: rendered.title,
      body: rendered.body,
      labels,
      ...(withAssignees.length > 0 ? { assignees: withAssignees } : {}),
    });
  let answer: IssueAnswer;
  try {
    answer = (await create(assignees)).data;
  } catch (e) {
    // GitHub refuses the whole issue when one assignee cannot be assigned: open it without them.
    if (assignees.length > 0 && e instanceof GitHubApiError && e.status === 422) {
      answer = (await create([])).data;
    } else {
      throw e;
    }
  }
  return {
    number: answer.number,
    url: answer.html_url,
    assignees: (answer.assignees ?? []).map((a) => a.login),
  };
}

async function updateReview(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  patch: Record<string, unknown>,
): Promise<{ url: string; assignees: string[] }> {
  const send = (p: Record<string, unknown>) =>
    client.request<IssueAnswer>("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      owner: repo.owner,
      repo: repo.repo,
      issue_number: number,
      ...p,
    });
  let answer: IssueAnswer;
  try {
    answer = (await send(patch)).data;
  } catch (e) {
    if ("assignees" in patch && e instanceof GitHubApiError && e.status === 422) {
      const { assignees: _dropped, ...rest } = patch;
      answer = (await send(rest)).data;
    } else {
      throw e;
    }
  }
  return { url: answer.html_url, assignees: (answer.assignees ?? []).map((a) => a.login) };
}
