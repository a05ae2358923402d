/**
 * The deployed range: the commits between what the environment runs now and what is about to
 * be deployed, and the units of change in it (pull requests and direct pushes).
 */
import { type ChangeRequestLink, scanChangeRequestLinks } from "./changeRequest";

/** A deployment to the environment, as the Deployments API reports it. */
export interface DeploymentRecord {
  sha: string;
  createdAt: string;
  /** The state of its latest status, lower case ("success", "failure", "in_progress", …); null without one. */
  latestStatus: string | null;
}

export type RangeBaseSource = "deployment" | "release" | "input";

export interface RangeBase {
  sha: string;
  source: RangeBaseSource;
  /** Plain words: "the last successful deployment to production (2026-03-01)". */
  description: string;
}

/**
 * Where the range starts: the commit of the last successful deployment to the environment, else
 * the latest release tag, else the `base` input. Null when none is known (the gate then blocks
 * and says to set `base`).
 */
export function chooseRangeBase(opts: {
  environment: string;
  deployments: readonly DeploymentRecord[];
  latestRelease?: { tag: string; sha: string } | null;
  baseInput?: string;
}): RangeBase | null {
  const successful = opts.deployments
    .filter((d) => d.latestStatus?.toLowerCase() === "success")
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
  if (successful) {
    return {
      sha: successful.sha,
      source: "deployment",
      description: `the last successful deployment to ${opts.environment} (${successful.createdAt.slice(0, 10)})`,
    };
  }
  if (opts.latestRelease) {
    return {
      sha: opts.latestRelease.sha,
      source: "release",
      description: `the latest release, ${opts.latestRelease.tag}`,
    };
  }
  const base = opts.baseInput?.trim();
  if (base) return { sha: base, source: "input", description: "the `base` input" };
  return null;
}

/** A commit in the deployed range. */
export interface RangeCommit {
  sha: string;
  message: string;
  /** GitHub logins of its author and co-authors (unknown authors are left out). */
  authors: string[];
  url?: string;
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
 * Everyone who authored a change in the range (commit authors and co-authors, pull request
 * authors): lower-case login → the first thing they authored, for the reason shown to them.
 */
export function rangeAuthors(
  commits: readonly RangeCommit[],
  pullRequests: readonly RangePullRequest[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const commit of commits) {
    for (const login of commit.authors) {
      const key = login.toLowerCase();
      if (!out.has(key)) out.set(key, `commit ${commit.sha.slice(0, 7)}`);
    }
  }
  for (const pr of pullRequests) {
    const key = pr.author?.toLowerCase();
    if (key && !out.has(key)) out.set(key, `pull request #${pr.number}`);
  }
  return out;
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
