/**
 * The deployed range: the commits between what the environment runs now and what is about to
 * be deployed, and the units of change in it (pull requests and direct pushes).
 */
import type { DeploymentsPolicy } from "../policy/sections/deployments";
import type { ContentRevision } from "./changeRequest";
import { type ChangeRequestLink, scanChangeRequestLinks } from "./changeRequest";

/** A deployment to the environment, as the Deployments API reports it. */
export interface DeploymentRecord {
  sha: string;
  createdAt: string;
  /** The state of its latest status, lower case ("success", "failure", "in_progress", …); null without one. */
  latestStatus: string | null;
  /** Who created it, as REST names them (an App's bot ends in `[bot]`); null when GitHub does not say. */
  creator: string | null;
  /** Who set its latest status, likewise. */
  latestStatusCreator: string | null;
}

/**
 * Who may create the deployments (and set the success statuses) that say what an environment
 * runs, when the policy names nobody: the workflow token's identity, as which GitHub itself records
 * the deployment of a job that uses an environment. Anyone with Write can create a deployment and
 * its statuses through the API; only these identities' records are believed.
 */
export const DEFAULT_TRUSTED_DEPLOYERS: readonly string[] = ["github-actions[bot]"];

/** The identities whose deployment records are believed: the policy's list, else the default. */
export function trustedDeployers(policy: DeploymentsPolicy): readonly string[] {
  return policy.trustedCreators ?? DEFAULT_TRUSTED_DEPLOYERS;
}

export type RangeBaseSource = "deployment" | "release" | "input";

export interface RangeBase {
  sha: string;
  source: RangeBaseSource;
  /** Plain words: "the last successful deployment to production (2026-03-01)". */
  description: string;
}

/** Where the range starts, and the successful deployments passed over because nobody trusted made them. */
export interface RangeBaseChoice {
  base: RangeBase | null;
  /** One sentence per successful deployment newer than the base that was not believed. */
  passedOver: string[];
}

/** How many passed-over deployments are named one by one. */
const PASSED_OVER_SHOWN = 5;

/**
 * Where the range starts: the commit of the last successful deployment to the environment that a
 * trusted identity created and marked successful, else the latest release tag, else the `base`
 * input. `base` is null when none is known (the gate then blocks and says to set `base`).
 * `trustedCreators` (case-insensitive logins, REST form) defaults to `DEFAULT_TRUSTED_DEPLOYERS`.
 */
export function chooseRangeBase(opts: {
  environment: string;
  deployments: readonly DeploymentRecord[];
  latestRelease?: { tag: string; sha: string } | null;
  baseInput?: string;
  trustedCreators?: readonly string[];
}): RangeBaseChoice {
  const trusted = new Set((opts.trustedCreators ?? DEFAULT_TRUSTED_DEPLOYERS).map((l) => l.toLowerCase()));
  const isTrusted = (login: string | null) => login !== null && trusted.has(login.toLowerCase());
  const successful = opts.deployments
    .filter((d) => d.latestStatus?.toLowerCase() === "success")
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const passed: DeploymentRecord[] = [];
  let chosen: DeploymentRecord | undefined;
  for (const d of successful) {
    if (isTrusted(d.creator) && isTrusted(d.latestStatusCreator)) {
      chosen = d;
      break;
    }
    passed.push(d);
  }
  const who = [...trusted].map((l) => `@${l}`).join(", ");
  const passedOver = passed.slice(0, PASSED_OVER_SHOWN).map((d) => {
    const why = !isTrusted(d.creator)
      ? `${d.creator ? `@${d.creator}` : "an unknown account"} created it`
      : `${d.latestStatusCreator ? `@${d.latestStatusCreator}` : "an unknown account"} marked it successful`;
    return `The successful deployment of ${d.sha.slice(0, 7)} to ${opts.environment} on ${d.createdAt.slice(0, 10)} does not count as what ${opts.environment} runs: ${why}, and the policy trusts only ${who} (\`deployments.trusted-creators\`).`;
  });
  if (passed.length > PASSED_OVER_SHOWN) {
    passedOver.push(
      `${passed.length - PASSED_OVER_SHOWN} more successful deployments by accounts the policy does not trust do not count either.`,
    );
  }
  if (chosen) {
    return {
      base: {
        sha: chosen.sha,
        source: "deployment",
        description: `the last successful deployment to ${opts.environment} (${chosen.createdAt.slice(0, 10)})`,
      },
      passedOver,
    };
  }
  if (opts.latestRelease) {
    return {
      base: {
        sha: opts.latestRelease.sha,
        source: "release",
        description: `the latest release, ${opts.latestRelease.tag}`,
      },
      passedOver,
    };
  }
  const base = opts.baseInput?.trim();
  return { base: base ? { sha: base, source: "input", description: "the `base` input" } : null, passedOver };
}

/**
 * The base must be an ancestor of the head: GitHub compares them as "ahead" (or "identical").
 * "behind" or "diverged" means deploying the head takes commits off the environment, which only a
 * declared rollback may do; anything else GitHub says is unknown and blocks too.
 */
export function checkRangeDirection(opts: {
  environment: string;
  base: RangeBase;
  baseSha: string;
  headSha: string;
  /** GitHub's comparison status of base...head. */
  status: string;
  /** The deployment is declared a rollback (the `rollback` input). */
  rollback: boolean;
}): { block?: string; note?: string } {
  const { environment, base, status } = opts;
  if (status === "ahead" || status === "identical") return {};
  const baseShort = opts.baseSha.slice(0, 7);
  const headShort = opts.headSha.slice(0, 7);
  if ((status === "behind" || status === "diverged") && opts.rollback) {
    return {
      note: `Rollback: ${environment} goes from ${baseShort} (${base.description}) back to ${headShort}, which does not contain it (GitHub: ${status}); ${status === "diverged" ? "the commits the head has since their common ancestor are checked as usual" : "no new commit is deployed"}.`,
    };
  }
  if (status === "behind" || status === "diverged") {
    return {
      block: `${base.description[0]!.toUpperCase()}${base.description.slice(1)} is commit ${baseShort}, which ${headShort} does not contain (GitHub compares them as "${status}"): deploying it would take changes off ${environment} without a change request saying so. If this is a rollback, set the \`rollback\` input to \`true\`; otherwise deploy a commit that contains ${baseShort}.`,
    };
  }
  return {
    block: `GitHub compares ${baseShort}...${headShort} as "${status}", which does not say that ${headShort} contains ${baseShort}; re-run the workflow.`,
  };
}

/** A commit and who shaped it, as GitHub ties them to accounts. */
export interface AuthoredCommit {
  sha: string;
  /** GitHub logins of its author and co-authors (unknown authors are left out). */
  authors: string[];
  /** Its committer's login, when GitHub ties the committer to an account. */
  committer?: string | null;
  /**
   * Who shaped it but cannot be tied to an account, e.g. `author "Olivia <olivia@home.example>"`:
   * segregation of duties cannot see them.
   */
  unidentified?: string[];
}

/** A commit in the deployed range. */
export interface RangeCommit extends AuthoredCommit {
  message: string;
  url?: string;
  /** Its parents' shas, when known (a merge commit has two). */
  parents?: string[];
  /** Its committer date (ISO 8601), when read. */
  committedAt?: string;
  /** Numbers of the merged pull requests that contain it. */
  pullRequests: number[];
  /** Paths it changes, when known (needed only to tell whether a direct push is exempt). */
  files?: string[];
}

/** A merged pull request whose commits are in the deployed range. */
export interface RangePullRequest {
  number: number;
  title: string;
  url: string;
  body: string;
  author: string | null;
  /** Every path it changes; undefined when the list is incomplete or unknown. */
  files?: string[];
  /** GraphQL node id (to read its description's edit history). */
  id?: string;
  mergedAt?: string | null;
  /** Who merged it. */
  mergedBy?: string | null;
  /** The commit its merge made on the base branch (a merge, squash or the last rebased commit). */
  mergeCommit?: string | null;
  /**
   * Its own commits, read when the range does not hold them all (a squash or rebase merge hides
   * them): their authors, co-authors and committers shaped the change too.
   */
  commits?: AuthoredCommit[];
  /** How many of its own commits GitHub did not list (-1: none could be read); their authors are unknown. */
  unreadCommits?: number;
  /** The last edit of its description (null when never edited). */
  bodyEditedAt?: string | null;
  /**
   * Why its description is not taken as it stands now: it was edited after the merge (said with
   * the links it lacks). Set by `descriptionAtMerge`.
   */
  lateEdit?: string;
}

/** Was the pull request's description edited after its merge? */
export const editedAfterMerge = (pr: RangePullRequest): boolean =>
  !!pr.mergedAt && !!pr.bodyEditedAt && Date.parse(pr.bodyEditedAt) > Date.parse(pr.mergedAt);

/**
 * A link added after the fact does not count: the description is read as it was when the pull
 * request was merged, from its edit history (oldest first, each revision's whole text). When that
 * text cannot be read (a revision deleted, a history longer than was read), the description is
 * refused as evidence: its links count for nothing.
 */
export function descriptionAtMerge(
  pr: RangePullRequest,
  revisions: readonly ContentRevision[],
  /** Why the history read stops short of the merge (a limit), for the message. */
  cutShort?: string,
): RangePullRequest {
  if (!editedAfterMerge(pr)) return pr;
  const merged = Date.parse(pr.mergedAt!);
  const late = revisions.filter((r) => Date.parse(r.editedAt) > merged);
  const editors = [...new Set(late.map((r) => (r.editor ? `@${r.editor}` : "someone")))];
  const who = `${editors.join(", ") || "someone"} edited its description after the merge (${pr.bodyEditedAt!.replace("T", " ")})`;
  const atMerge = revisions.filter((r) => Date.parse(r.editedAt) <= merged).at(-1);
  // Revisions are read newest first, so those read are the latest ones: the one at the merge is
  // among them unless none read is that old (then it cannot be read).
  if (!atMerge || atMerge.body === null) {
    return {
      ...pr,
      body: "",
      lateEdit: `${who}, and its text at the merge cannot be read${cutShort ? ` (${cutShort})` : ""}, so its description is not taken as evidence`,
    };
  }
  return { ...pr, body: atMerge.body, lateEdit: `${who}; it is read as it was when merged` };
}

/** A unit of change that needs a change request: a pull request, or a commit pushed without one. */
export type ChangeUnit =
  | {
      kind: "pull-request";
      pullRequest: RangePullRequest;
      commits: RangeCommit[];
      links: ChangeRequestLink[];
      unrecognised: string[];
    }
  | { kind: "commit"; commit: RangeCommit; links: ChangeRequestLink[]; unrecognised: string[] };

/**
 * Groups the range into units: each merged pull request once (with its commits in the range), and
 * each commit that no merged pull request contains. Links come from pull request bodies and
 * commit messages; a pull request's own commits' trailers count for it too.
 */
export function changeUnits(
  commits: readonly RangeCommit[],
  pullRequests: readonly RangePullRequest[],
  repository: string,
): ChangeUnit[] {
  const byNumber = new Map(pullRequests.map((pr) => [pr.number, pr]));
  const prCommits = new Map<number, RangeCommit[]>();
  const units: ChangeUnit[] = [];
  for (const commit of commits) {
    const prs = commit.pullRequests.filter((n) => byNumber.has(n));
    if (prs.length === 0) {
      const scan = scanChangeRequestLinks(commit.message, repository);
      units.push({ kind: "commit", commit, links: scan.links, unrecognised: scan.unrecognised });
      continue;
    }
    for (const n of prs) {
      const list = prCommits.get(n) ?? [];
      list.push(commit);
      prCommits.set(n, list);
    }
  }
  const prUnits: ChangeUnit[] = [];
  for (const pr of [...pullRequests].sort((a, b) => a.number - b.number)) {
    const own = prCommits.get(pr.number);
    if (!own) continue;
    const text = [pr.body, ...own.map((c) => c.message)].join("\n\n");
    const scan = scanChangeRequestLinks(text, repository);
    prUnits.push({
      kind: "pull-request",
      pullRequest: pr,
      commits: own,
      links: scan.links,
      unrecognised: scan.unrecognised,
    });
  }
  return [...prUnits, ...units];
}

/**
 * Everyone who shaped a change in the range — the authors, co-authors and committers of its
 * commits and of every commit of its pull requests (a squash merge does not hide them), the
 * pull requests' authors and mergers: lower-case login → what they did, e.g. "authored commit
 * 1a2b3c4" or "merged pull request #7", for the reason shown to them.
 */
export function rangeAuthors(
  commits: readonly RangeCommit[],
  pullRequests: readonly RangePullRequest[],
): Map<string, string> {
  const out = new Map<string, string>();
  const add = (login: string | null | undefined, what: string) => {
    const key = login?.toLowerCase();
    if (key && !out.has(key)) out.set(key, what);
  };
  const shaped = (commit: AuthoredCommit, of: string) => {
    const short = commit.sha.slice(0, 7);
    commit.authors.forEach((login, i) => {
      add(login, `${i === 0 ? "authored" : "co-authored"} commit ${short}${of}`);
    });
    add(commit.committer, `committed commit ${short}${of}`);
  };
  for (const commit of commits) shaped(commit, "");
  for (const pr of pullRequests) {
    add(pr.author, `opened pull request #${pr.number}`);
    add(pr.mergedBy, `merged pull request #${pr.number}`);
    for (const commit of pr.commits ?? []) shaped(commit, ` of pull request #${pr.number}`);
  }
  return out;
}

/** Commits of the range and of its pull requests whose authors GitHub ties to no account, once each. */
export function unidentifiedAuthors(
  commits: readonly RangeCommit[],
  pullRequests: readonly RangePullRequest[],
): { commit: string; who: string[] }[] {
  const out = new Map<string, { commit: string; who: string[] }>();
  const add = (c: AuthoredCommit, of: string) => {
    if (!c.unidentified?.length || out.has(c.sha)) return;
    out.set(c.sha, { commit: `commit ${c.sha.slice(0, 7)}${of}`, who: c.unidentified });
  };
  for (const c of commits) add(c, "");
  for (const pr of pullRequests) {
    for (const c of pr.commits ?? []) add(c, ` (pull request #${pr.number})`);
    if (pr.unreadCommits) {
      out.set(`#${pr.number}`, {
        commit: `pull request #${pr.number}`,
        who: [
          pr.unreadCommits < 0
            ? "the authors of its commits, which GitHub did not list"
            : `the authors of ${pr.unreadCommits} of its commits, which GitHub does not list (it lists at most 250 of a pull request's commits)`,
        ],
      });
    }
  }
  return [...out.values()];
}

/**
 * Logins of co-authors named by `Co-authored-by:` trailers with a GitHub noreply address
 * (`123+login@users.noreply.github.com`): the only ones whose login the message itself proves.
 */
export function coAuthorLogins(message: string): string[] {
  const out: string[] = [];
  for (const m of message.matchAll(
    /^co-authored-by:.*<(?:\d+\+)?([A-Za-z0-9-]+)@users\.noreply\.github\.com>/gim,
  )) {
    if (!out.includes(m[1]!)) out.push(m[1]!);
  }
  return out;
}

/** The first line of a commit message. */
export function commitSubject(message: string): string {
  return message.split(/\r?\n/, 1)[0]!.trim();
}
