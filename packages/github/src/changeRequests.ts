/**
 * Reads change requests for the approval rules: each issue with its labels, comments, body edit
 * time and label timeline, plus the members of the approver teams — all in one aliased GraphQL
 * query (3 requests of GitHub's cost formula per issue: about 1 point for 33 change requests).
 * Lists longer than a page are followed to the end; who edited the comments that were edited is
 * read in one more query. Nothing is cut short: a list that cannot be read whole fails the read.
 */
import {
  type ChangeRequestIssue,
  type ChangeRequestLink,
  changeRequestKey,
  type IssueComment,
  type TeamMembership,
} from "@gatehouse/core";
import type { GitHubClient } from "./client";
import { EDIT_FIELDS, type RawEdit, toRevisions } from "./contentRevisions";
import { GraphQLError } from "./errors";

export interface FetchedChangeRequests {
  /** By changeRequestKey; null when the issue does not exist (or is a pull request). */
  issues: Map<string, ChangeRequestIssue | null>;
  teams: TeamMembership;
  /** GraphQL requests made. */
  requests: number;
}

const PAGE = 100;
/** Edits read with a comment on a follow-up page; more are read in a later round. */
const MAX_EDITS_INLINE = 20;

/** The timeline events the approval rules read: labels, closing and reopening, deleted comments. */
const TIMELINE_TYPES = "LABELED_EVENT, UNLABELED_EVENT, CLOSED_EVENT, REOPENED_EVENT, COMMENT_DELETED_EVENT";

export const issueFields = `
  id number title url body state createdAt lastEditedAt
  author { login }
  labels(first: ${PAGE}) { nodes { name } }
  comments(first: ${PAGE}) { pageInfo { hasNextPage endCursor } nodes { ...GatehouseComment } }
  timelineItems(first: ${PAGE}, itemTypes: [${TIMELINE_TYPES}]) {
    pageInfo { hasNextPage endCursor } nodes { ...GatehouseLabelEvent }
  }`;

export const fragments = {
  comment: `fragment GatehouseComment on IssueComment {
    id author { __typename login } body createdAt lastEditedAt url
  }`,
  // Pages after the first carry the edits inline: 1 point a page, no extra round.
  commentWithEdits: `fragment GatehouseCommentEdits on IssueComment {
    id author { __typename login } body createdAt lastEditedAt url
    userContentEdits(first: ${MAX_EDITS_INLINE}) { totalCount nodes { ${EDIT_FIELDS} } }
  }`,
  labelEvent: `fragment GatehouseLabelEvent on IssueTimelineItems {
    __typename
    ... on LabeledEvent { createdAt actor { __typename login } label { name } }
    ... on UnlabeledEvent { createdAt actor { __typename login } label { name } }
    ... on ClosedEvent { createdAt actor { login } }
    ... on ReopenedEvent { createdAt actor { login } }
    ... on CommentDeletedEvent { createdAt actor { login } deletedCommentAuthor { login } }
  }`,
  members: `fragment GatehouseMembers on TeamMemberConnection { pageInfo { hasNextPage endCursor } nodes { login } }`,
};

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
interface RawComment {
  id: string;
  author: { __typename?: string; login: string } | null;
  body: string;
  createdAt: string;
  lastEditedAt: string | null;
  url: string;
  userContentEdits?: RawEdits | null;
}
interface RawLabelEvent {
  __typename: string;
  createdAt: string;
  actor: { __typename?: string; login: string } | null;
  label?: { name: string };
  deletedCommentAuthor?: { login: string } | null;
}
export interface RawIssue {
  id: string;
  number: number;
  title: string;
  url: string;
  body: string;
  state: "OPEN" | "CLOSED";
  createdAt: string;
  lastEditedAt: string | null;
  author: { login: string } | null;
  labels: { nodes: { name: string }[] };
  comments: { pageInfo: PageInfo; nodes: RawComment[] };
  timelineItems: { pageInfo: PageInfo; nodes: RawLabelEvent[] };
}
interface RawMembers {
  pageInfo: PageInfo;
  nodes: { login: string }[];
}

/** Revisions are filled in afterwards, for the comments that were edited (see setRevisions). */
const toComment = (c: RawComment): IssueComment => ({
  id: c.id,
  author: c.author?.login ?? null,
  ...(c.author?.__typename === "Bot" ? { authorIsBot: true } : {}),
  body: c.body,
  createdAt: c.createdAt,
  editedAt: c.lastEditedAt,
  url: c.url,
  editors: [],
});

/** Rounds of follow-up pages before the read gives up (100 entries a page and a list each round). */
export const MAX_FOLLOW_UP_ROUNDS = 50;
/** Edits of one comment read; more are recorded as an unknown editor, who authorises nothing. */
export const MAX_EDITS = 100;

const editsField = (k: number) =>
  `e${k}: node(id: $e${k}) { ... on IssueComment { userContentEdits(first: ${MAX_EDITS}) { totalCount nodes { ${EDIT_FIELDS} } } } }`;
type RawEdits = { totalCount: number; nodes: (RawEdit | null)[] };

/**
 * A comment's edit history, oldest first (GitHub lists it newest first, each revision's whole
 * text in `diff`, null once deleted). A history longer than was read, or one that cannot be read,
 * leaves the first text unknown: an unreadable revision by the author and an unknown editor.
 */
function setRevisions(c: IssueComment, edits: RawEdits | undefined): void {
  const revisions = toRevisions(edits?.nodes ?? []);
  c.editors = revisions.map((r) => r.editor);
  if (!edits || edits.totalCount > revisions.length) {
    revisions.unshift({ editor: c.author, editedAt: c.createdAt, body: null });
    c.editors.push(null);
  }
  c.revisions = revisions;
}

/** The timeline's events, sorted into the kinds the approval rules read. */
function addTimeline(issue: ChangeRequestIssue, nodes: RawLabelEvent[]): void {
  const stateEvents = issue.stateEvents ?? [];
  const commentDeletions = issue.commentDeletions ?? [];
  issue.stateEvents = stateEvents;
  issue.commentDeletions = commentDeletions;
  for (const n of nodes) {
    const actor = n.actor?.login ?? null;
    if ((n.__typename === "LabeledEvent" || n.__typename === "UnlabeledEvent") && n.label) {
      issue.labelEvents.push({
        action: n.__typename === "LabeledEvent" ? "labeled" : "unlabeled",
        label: n.label.name,
        actor,
        ...(n.actor?.__typename === "Bot" ? { actorIsBot: true } : {}),
        at: n.createdAt,
      });
    } else if (n.__typename === "ClosedEvent" || n.__typename === "ReopenedEvent") {
      stateEvents.push({
        action: n.__typename === "ClosedEvent" ? "closed" : "reopened",
        actor,
        at: n.createdAt,
      });
    } else if (n.__typename === "CommentDeletedEvent") {
      commentDeletions.push({ actor, author: n.deletedCommentAuthor?.login ?? null, at: n.createdAt });
    }
  }
}

/**
 * The issue as the approval rules read it (its long lists completed by `readFollowUps`);
 * `recorder`: the token's login, whose comments are Gatehouse's records.
 */
export function toChangeRequestIssue(
  raw: RawIssue,
  repository: string,
  recorder: string | null,
): ChangeRequestIssue {
  const issue: ChangeRequestIssue = {
    id: raw.id,
    repository,
    number: raw.number,
    title: raw.title,
    url: raw.url,
    body: raw.body ?? "",
    author: raw.author?.login ?? null,
    state: raw.state === "CLOSED" ? "closed" : "open",
    labels: raw.labels.nodes.map((l) => l.name),
    createdAt: raw.createdAt,
    bodyEditedAt: raw.lastEditedAt,
    comments: raw.comments.nodes.map(toComment),
    labelEvents: [],
    recorder,
  };
  addTimeline(issue, raw.timelineItems.nodes);
  return issue;
}

/** A list longer than its first page: read on in a later round. */
export type Continuation = { kind: "comments" | "timeline" | "members"; target: string; cursor: string };

/** The comments and timeline events of an issue that run past their first page. */
export function continuationsOf(raw: RawIssue): Continuation[] {
  const more: Continuation[] = [];
  if (raw.comments.pageInfo.hasNextPage && raw.comments.pageInfo.endCursor) {
    more.push({ kind: "comments", target: raw.id, cursor: raw.comments.pageInfo.endCursor });
  }
  if (raw.timelineItems.pageInfo.hasNextPage && raw.timelineItems.pageInfo.endCursor) {
    more.push({ kind: "timeline", target: raw.id, cursor: raw.timelineItems.pageInfo.endCursor });
  }
  return more;
}

/** Gatehouse's own comments are updated on re-runs: their current text is its record. */
export function isOwnComment(c: IssueComment, viewer: string | null): boolean {
  return (
    viewer !== null &&
    (c.author ?? "").toLowerCase().replace(/\[bot\]$/, "") === viewer.toLowerCase().replace(/\[bot\]$/, "")
  );
}

/** Error paths GitHub reports for things that are simply absent (an issue number that is a PR). */
const isNotFound = (e: { type?: string; message: string }) =>
  e.type === "NOT_FOUND" || /Could not resolve to/i.test(e.message);
const isForbidden = (e: { type?: string; message: string }) =>
  e.type === "FORBIDDEN" || e.type === "INSUFFICIENT_SCOPES" || /not accessible|scope/i.test(e.message);

/**
 * Runs an aliased query, keeping the partial data when the only errors are about absent issues or
 * unreadable teams (paths starting with a team alias). Anything else is thrown.
 */
async function tolerantQuery(
  client: GitHubClient,
  query: string,
  variables: Record<string, unknown>,
  teamAliases: ReadonlySet<string>,
): Promise<{ data: Record<string, unknown>; teamErrors: Map<string, string> }> {
  const teamErrors = new Map<string, string>();
  try {
    return { data: (await client.graphql<Record<string, unknown>>(query, variables)) ?? {}, teamErrors };
  } catch (e) {
    if (!(e instanceof GraphQLError) || !e.data) throw e;
    for (const error of e.errors) {
      const root = String(error.path?.[0] ?? "");
      if (teamAliases.has(root) && (isForbidden(error) || isNotFound(error))) {
        teamErrors.set(root, error.message);
        continue;
      }
      if (isNotFound(error) && root.startsWith("r")) continue;
      throw e;
    }
    return { data: e.data as Record<string, unknown>, teamErrors };
  }
}

/**
 * Reads the linked change requests and the approver teams' members. `teams` are "org/slug" keys.
 * A team that cannot be read (no org-members permission, or no such team) is reported in
 * `teams.problems`, never guessed.
 */
export async function fetchChangeRequests(
  client: GitHubClient,
  links: readonly ChangeRequestLink[],
  teams: readonly string[] = [],
  opts: {
    /**
     * Which edited comments need their editors (e.g. those carrying an approval command); the
     * others are left with none. Default: every edited comment.
     */
    editorsOf?: (comment: IssueComment) => boolean;
  } = {},
): Promise<FetchedChangeRequests> {
  // Gatehouse's own comments are updated on re-runs: their current text is its record, and their
  // edits are not read (a record only ever adds rejections).
  let viewer: string | null = null;
  const needsEditors = (c: IssueComment) =>
    Boolean(c.editedAt) && !isOwnComment(c, viewer) && (opts.editorsOf?.(c) ?? true);
  const issues = new Map<string, ChangeRequestIssue | null>();
  const members: Record<string, string[]> = {};
  const problems: Record<string, string> = {};
  let requests = 0;

  // Group issues by repository so each repository appears once.
  const byRepo = new Map<string, { owner: string; name: string; numbers: number[] }>();
  for (const link of links) {
    const [owner = "", name = ""] = link.repository.split("/");
    const key = link.repository.toLowerCase();
    const entry = byRepo.get(key) ?? { owner, name, numbers: [] };
    if (!entry.numbers.includes(link.number)) entry.numbers.push(link.number);
    byRepo.set(key, entry);
  }
  const uniqueTeams = [...new Set(teams.map((t) => t.toLowerCase()))];
  if (byRepo.size === 0 && uniqueTeams.length === 0) {
    return { issues, teams: { members, problems }, requests };
  }

  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const parts: string[] = [];
  const repoAliases: { alias: string; repository: string }[] = [];
  [...byRepo.values()].forEach((repo, r) => {
    variables[`o${r}`] = repo.owner;
    variables[`n${r}`] = repo.name;
    declarations.push(`$o${r}: String!`, `$n${r}: String!`);
    const issuesPart = repo.numbers.map((n) => `i${n}: issue(number: ${n}) { ${issueFields} }`).join("\n");
    parts.push(`r${r}: repository(owner: $o${r}, name: $n${r}) { ${issuesPart} }`);
    repoAliases.push({ alias: `r${r}`, repository: `${repo.owner}/${repo.name}` });
  });
  const teamAliases = new Map<string, string>();
  uniqueTeams.forEach((team, t) => {
    const [org = "", slug = ""] = team.split("/");
    variables[`to${t}`] = org;
    variables[`ts${t}`] = slug;
    declarations.push(`$to${t}: String!`, `$ts${t}: String!`);
    parts.push(
      `t${t}: organization(login: $to${t}) { team(slug: $ts${t}) { members(first: ${PAGE}, membership: ALL) { ...GatehouseMembers } } }`,
    );
    teamAliases.set(`t${t}`, team);
  });
  const usedFragments = [
    ...(byRepo.size ? [fragments.comment, fragments.labelEvent] : []),
    ...(uniqueTeams.length ? [fragments.members] : []),
  ];
  // Who this token is: Gatehouse's own comments (its records) are the ones it wrote.
  parts.push("viewer { login }");
  const query = `query GatehouseChangeRequests(${declarations.join(", ")}) {\n${parts.join("\n")}\n}\n${usedFragments.join("\n")}`;
  const { data, teamErrors } = await tolerantQuery(client, query, variables, new Set(teamAliases.keys()));
  requests++;

  // Continuations for lists longer than a page.
  const continuations: Continuation[] = [];
  const issueByNode = new Map<string, ChangeRequestIssue>();
  viewer = (data.viewer as { login?: string } | null)?.login ?? null;

  for (const { alias, repository } of repoAliases) {
    const repoData = data[alias] as Record<string, RawIssue | null> | null;
    const entry = byRepo.get(repository.toLowerCase())!;
    for (const number of entry.numbers) {
      const raw = repoData?.[`i${number}`] ?? null;
      const key = changeRequestKey({ repository, number });
      if (!raw) {
        issues.set(key, null);
        continue;
      }
      const issue = toChangeRequestIssue(raw, repository, viewer);
      issues.set(key, issue);
      issueByNode.set(raw.id, issue);
      continuations.push(...continuationsOf(raw));
    }
  }
  for (const [alias, team] of teamAliases) {
    const org = data[alias] as { team: { members: RawMembers } | null } | null;
    const raw = org?.team?.members;
    if (!raw) {
      const why = teamErrors.get(alias);
      problems[team] = why
        ? `GitHub answered: ${why}`
        : "GitHub shows no such team to this token: check the name, or the token cannot read organisation membership";
      continue;
    }
    members[team] = raw.nodes.map((m) => m.login);
    if (raw.pageInfo.hasNextPage && raw.pageInfo.endCursor) {
      continuations.push({ kind: "members", target: team, cursor: raw.pageInfo.endCursor });
    }
  }

  requests += await readFollowUps(client, issueByNode, continuations, members, needsEditors);
  return { issues, teams: { members, problems }, requests };
}

/**
 * Follows every long list (comments, timeline events, team members), all lists of a round in one
 * query, and reads the edit history of the comments `needsEditors` picks. Returns the requests made.
 */
export async function readFollowUps(
  client: GitHubClient,
  issueByNode: ReadonlyMap<string, ChangeRequestIssue>,
  continuations: Continuation[],
  members: Record<string, string[]>,
  needsEditors: (c: IssueComment) => boolean,
): Promise<number> {
  let requests = 0;
  // Who edited the edited comments: read with the next round of pages (or a round of its own).
  const pendingEdits: IssueComment[] = [];
  for (const issue of issueByNode.values()) pendingEdits.push(...issue.comments.filter(needsEditors));

  // Follow every long list, all lists of a round in one query.
  for (let round = 0; continuations.length > 0 || pendingEdits.length > 0; round++) {
    if (round === MAX_FOLLOW_UP_ROUNDS) {
      const what = continuations.map((c) =>
        c.kind === "members" ? `team ${c.target}` : `${c.kind} of an issue`,
      );
      throw new Error(
        `The ${[...new Set(what)].join(", ")} run longer than ${MAX_FOLLOW_UP_ROUNDS * PAGE} entries (MAX_FOLLOW_UP_ROUNDS), more than Gatehouse reads: trim the list (a fresh change request, a smaller team) and re-run.`,
      );
    }
    const batch = continuations.splice(0, continuations.length);
    const edits = pendingEdits.splice(0, 100);
    const vars: Record<string, unknown> = {};
    const decl: string[] = [];
    const editFields = edits.map((c, k) => {
      vars[`e${k}`] = c.id;
      decl.push(`$e${k}: ID!`);
      return editsField(k);
    });
    const fields = batch.map((c, k) => {
      vars[`c${k}`] = c.cursor;
      decl.push(`$c${k}: String!`);
      if (c.kind === "members") {
        const [org = "", slug = ""] = c.target.split("/");
        vars[`mo${k}`] = org;
        vars[`ms${k}`] = slug;
        decl.push(`$mo${k}: String!`, `$ms${k}: String!`);
        return `p${k}: organization(login: $mo${k}) { team(slug: $ms${k}) { members(first: ${PAGE}, after: $c${k}, membership: ALL) { ...GatehouseMembers } } }`;
      }
      vars[`id${k}`] = c.target;
      decl.push(`$id${k}: ID!`);
      const list =
        c.kind === "comments"
          ? `comments(first: ${PAGE}, after: $c${k}) { pageInfo { hasNextPage endCursor } nodes { ...GatehouseCommentEdits } }`
          : `timelineItems(first: ${PAGE}, after: $c${k}, itemTypes: [${TIMELINE_TYPES}]) { pageInfo { hasNextPage endCursor } nodes { ...GatehouseLabelEvent } }`;
      return `p${k}: node(id: $id${k}) { ... on Issue { ${list} } }`;
    });
    const needed = [
      ...(batch.some((c) => c.kind === "comments") ? [fragments.commentWithEdits] : []),
      ...(batch.some((c) => c.kind === "timeline") ? [fragments.labelEvent] : []),
      ...(batch.some((c) => c.kind === "members") ? [fragments.members] : []),
    ];
    const page = await client.graphql<Record<string, unknown>>(
      `query GatehouseMore(${decl.join(", ")}) {\n${[...fields, ...editFields].join("\n")}\n}\n${needed.join("\n")}`,
      vars,
    );
    requests++;
    edits.forEach((c, k) => {
      setRevisions(c, (page[`e${k}`] as { userContentEdits?: RawEdits } | null)?.userContentEdits);
    });
    batch.forEach((c, k) => {
      const result = page[`p${k}`] as Record<string, unknown> | null;
      if (c.kind === "members") {
        const raw = (result as { team: { members: RawMembers } | null } | null)?.team?.members;
        if (!raw) return;
        members[c.target]!.push(...raw.nodes.map((m) => m.login));
        if (raw.pageInfo.hasNextPage && raw.pageInfo.endCursor) {
          continuations.push({ ...c, cursor: raw.pageInfo.endCursor });
        }
        return;
      }
      const issue = issueByNode.get(c.target)!;
      if (c.kind === "comments") {
        const raw = (result as { comments?: { pageInfo: PageInfo; nodes: RawComment[] } } | null)?.comments;
        if (!raw) return;
        raw.nodes.forEach((n) => {
          const comment = toComment(n);
          issue.comments.push(comment);
          if (!needsEditors(comment)) return;
          const edits = n.userContentEdits;
          if (edits && edits.totalCount <= edits.nodes.length) setRevisions(comment, edits);
          else pendingEdits.push(comment);
        });
        if (raw.pageInfo.hasNextPage && raw.pageInfo.endCursor)
          continuations.push({ ...c, cursor: raw.pageInfo.endCursor });
      } else {
        const raw = (result as { timelineItems?: { pageInfo: PageInfo; nodes: RawLabelEvent[] } } | null)
          ?.timelineItems;
        if (!raw) return;
        addTimeline(issue, raw.nodes);
        if (raw.pageInfo.hasNextPage && raw.pageInfo.endCursor)
          continuations.push({ ...c, cursor: raw.pageInfo.endCursor });
      }
    });
  }

  return requests;
}
