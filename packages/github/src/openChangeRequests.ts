/**
 * Reads every open change request of one or more repositories — the issues carrying the change
 * request label — with what the approval rules read (labels, comments, label events, body edit
 * time), their assignees, the approver teams' members and the node ids of labels to write.
 *
 * Each request reads 200 change requests per repository: one page of 100 from the oldest end and
 * one of 100 from the newest end of the same ordering, until the two meet (1,000 open change
 * requests: 5 requests). A query stays far inside GitHub's limits: about 62,000 nodes (of 500,000)
 * and 8 points per repository. Lists longer than a page (comments, label events, members) are
 * followed to the end. Nothing is cut short: past MAX_OPEN_CHANGE_REQUESTS the read fails naming
 * the limit.
 */
import type { ChangeRequestIssue, IssueComment, TeamMembership } from "@gatehouse/core";
import {
  type Continuation,
  continuationsOf,
  fragments,
  isOwnComment,
  issueFields,
  type RawIssue,
  readFollowUps,
  toChangeRequestIssue,
} from "./changeRequests";
import type { GitHubClient } from "./client";
import { GraphQLError } from "./errors";

/** The most open change requests read in one repository; more fails the read, naming this limit. */
export const MAX_OPEN_CHANGE_REQUESTS = 10_000;
/** Assignees read per issue (GitHub allows 10). */
const MAX_ASSIGNEES = 10;

/** An open change request with its assignees. */
export type OpenChangeRequest = ChangeRequestIssue & { assignees: string[] };

export interface OpenChangeRequests {
  /** Every open change request, by repository as asked, in order of creation. */
  issues: OpenChangeRequest[];
  teams: TeamMembership;
  /** Node ids of the labels asked for, by lower-cased repository then lower-cased name (absent: no such label). */
  labelIds: Map<string, Map<string, string>>;
  /** GraphQL requests made. */
  requests: number;
}

export class OpenChangeRequestLimitError extends Error {}

type Raw = RawIssue & { assignees: { nodes: { login: string }[] } };

interface RawPage {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  nodes: Raw[];
}

interface RepoRead {
  owner: string;
  name: string;
  repository: string;
  /** Cursor after the oldest end read so far; null before the first page. */
  after: string | null;
  /** Cursor before the newest end read so far. */
  before: string | null;
  byNumber: Map<number, Raw>;
  done: boolean;
}

const fields = `${issueFields}
  assignees(first: ${MAX_ASSIGNEES}) { nodes { login } }`;

/**
 * Reads the open issues labelled `label` in each repository, and the members of `teams`
 * ("org/slug"). `labels`: names whose node ids are wanted in each repository.
 */
export async function readOpenChangeRequests(
  client: GitHubClient,
  repositories: readonly string[],
  label: string,
  opts: {
    teams?: readonly string[];
    labels?: readonly string[];
    /** Which edited comments need their editors; default: every edited comment. */
    editorsOf?: (comment: IssueComment) => boolean;
  } = {},
): Promise<OpenChangeRequests> {
  let viewer: string | null = null;
  // Gatehouse's own comments are its records: their edits are not read (as in fetchChangeRequests).
  const needsEditors = (c: IssueComment) =>
    Boolean(c.editedAt) && !isOwnComment(c, viewer) && (opts.editorsOf?.(c) ?? true);
  const unique = [...new Map(repositories.map((r) => [r.toLowerCase(), r])).values()];
  const reads: RepoRead[] = unique.map((repository) => {
    const [owner = "", name = ""] = repository.split("/", 2);
    return { owner, name, repository, after: null, before: null, byNumber: new Map(), done: false };
  });
  const teams = [...new Set((opts.teams ?? []).map((t) => t.toLowerCase()))];
  const wantedLabels = [...new Set(opts.labels ?? [])];
  const members: Record<string, string[]> = {};
  const problems: Record<string, string> = {};
  const labelIds = new Map<string, Map<string, string>>();
  const continuations: Continuation[] = [];
  let requests = 0;

  for (let round = 0; reads.some((r) => !r.done); round++) {
    const first = round === 0;
    const variables: Record<string, unknown> = { label: [label] };
    const decl = ["$label: [String!]"];
    const parts: string[] = [];
    reads.forEach((r, i) => {
      if (r.done) return;
      variables[`o${i}`] = r.owner;
      variables[`n${i}`] = r.name;
      decl.push(`$o${i}: String!`, `$n${i}: String!`);
      const order = "labels: $label, states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }";
      let after = "";
      let before = "";
      if (r.after) {
        variables[`a${i}`] = r.after;
        decl.push(`$a${i}: String!`);
        after = `, after: $a${i}`;
      }
      if (r.before) {
        variables[`b${i}`] = r.before;
        decl.push(`$b${i}: String!`);
        before = `, before: $b${i}`;
      }
      const page = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
      const labelFields = first
        ? wantedLabels.map((l, j) => `l${j}: label(name: ${JSON.stringify(l)}) { id name }`).join(" ")
        : "";
      parts.push(`r${i}: repository(owner: $o${i}, name: $n${i}) {
  head: issues(first: 100${after}, ${order}) { ${page} nodes { ${fields} } }
  tail: issues(last: 100${before}, ${order}) { ${page} nodes { ${fields} } }
  ${labelFields}
}`);
    });
    if (first) {
      // Who this token is: Gatehouse's own comments (its records) are the ones it wrote.
      parts.push("viewer { login }");
      teams.forEach((team, t) => {
        const [org = "", slug = ""] = team.split("/");
        variables[`to${t}`] = org;
        variables[`ts${t}`] = slug;
        decl.push(`$to${t}: String!`, `$ts${t}: String!`);
        parts.push(
          `t${t}: organization(login: $to${t}) { team(slug: $ts${t}) { members(first: 100, membership: ALL) { ...GatehouseMembers } } }`,
        );
      });
    }
    const used = [
      fragments.comment,
      fragments.labelEvent,
      ...(first && teams.length ? [fragments.members] : []),
    ];
    const query = `query GatehouseOpenChangeRequests(${decl.join(", ")}) {\n${parts.join("\n")}\n}\n${used.join("\n")}`;
    let data: Record<string, unknown>;
    const teamErrors = new Map<string, string>();
    try {
      data = await client.graphql<Record<string, unknown>>(query, variables);
    } catch (e) {
      // A team the token cannot read is a problem of that team, never a guess; anything else fails.
      if (!(e instanceof GraphQLError) || !e.data) throw e;
      for (const error of e.errors) {
        const root = String(error.path?.[0] ?? "");
        if (!/^t\d+$/.test(root)) throw e;
        teamErrors.set(root, error.message);
      }
      data = e.data as Record<string, unknown>;
    }
    requests++;

    reads.forEach((r, i) => {
      if (r.done) return;
      const repo = data[`r${i}`] as
        | ({ head: RawPage; tail: RawPage } & Record<string, { id: string; name: string } | null>)
        | null;
      if (!repo) throw new Error(`The repository ${r.repository} cannot be read with this token.`);
      if (first) {
        const ids = new Map<string, string>();
        wantedLabels.forEach((_, j) => {
          const l = repo[`l${j}`] as { id: string; name: string } | null | undefined;
          if (l) ids.set(l.name.toLowerCase(), l.id);
        });
        labelIds.set(r.repository.toLowerCase(), ids);
      }
      const { head, tail } = repo;
      const met = tail.nodes.some(
        (n) => r.byNumber.has(n.number) || head.nodes.some((h) => h.number === n.number),
      );
      for (const n of [...head.nodes, ...tail.nodes]) r.byNumber.set(n.number, n);
      r.after = head.pageInfo.endCursor ?? r.after;
      r.before = tail.pageInfo.startCursor ?? r.before;
      // The two ends have met (or one ran out), or every open change request has been read.
      r.done =
        met ||
        !head.pageInfo.hasNextPage ||
        !tail.pageInfo.hasPreviousPage ||
        r.byNumber.size >= Math.max(head.totalCount, tail.totalCount);
      if (!r.done && r.byNumber.size >= MAX_OPEN_CHANGE_REQUESTS) {
        throw new OpenChangeRequestLimitError(
          `${r.repository} has more than ${MAX_OPEN_CHANGE_REQUESTS.toLocaleString("en-US")} open issues labelled "${label}" (${head.totalCount.toLocaleString("en-US")}; MAX_OPEN_CHANGE_REQUESTS), more than Gatehouse reads for the schedule: close or implement the ones that are done.`,
        );
      }
    });
    if (first) {
      viewer = (data.viewer as { login?: string } | null)?.login ?? null;
      teams.forEach((team, t) => {
        const org = data[`t${t}`] as {
          team: {
            members: {
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
              nodes: { login: string }[];
            };
          } | null;
        } | null;
        const raw = org?.team?.members;
        if (!raw) {
          const why = teamErrors.get(`t${t}`);
          problems[team] = why
            ? `GitHub answered: ${why}`
            : "GitHub shows no such team to this token: check the name, or the token cannot read organisation membership";
          return;
        }
        members[team] = raw.nodes.map((m) => m.login);
        if (raw.pageInfo.hasNextPage && raw.pageInfo.endCursor)
          continuations.push({ kind: "members", target: team, cursor: raw.pageInfo.endCursor });
      });
    }
  }

  const issues: OpenChangeRequest[] = [];
  const issueByNode = new Map<string, ChangeRequestIssue>();
  for (const r of reads) {
    const sorted = [...r.byNumber.values()].sort(
      (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.number - b.number,
    );
    for (const raw of sorted) {
      const issue: OpenChangeRequest = {
        ...toChangeRequestIssue(raw, r.repository, viewer),
        assignees: raw.assignees.nodes.map((a) => a.login),
      };
      issues.push(issue);
      issueByNode.set(raw.id, issue);
      continuations.push(...continuationsOf(raw));
    }
  }
  requests += await readFollowUps(client, issueByNode, continuations, members, needsEditors);
  return { issues, teams: { members, problems }, labelIds, requests };
}
