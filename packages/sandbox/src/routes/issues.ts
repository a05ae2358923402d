import { notFound, paginate, type RouteContext, type RouteDef } from "../http";
import { commentedEventJson, commentJson, eventJson, issueJson } from "../present";
import { MAX_ISSUE_ASSIGNEES, makeNodeId } from "../store";
import type { Issue, Repo } from "../types";
import { direction, intParam, issueOr404, labelNames } from "./util";

/** Issues, comments, timeline and events. Every write records its timeline event with the token's user. */

interface IssuePatch {
  title?: string | number | null;
  body?: string | null;
  state?: "open" | "closed";
  state_reason?: "completed" | "not_planned" | "reopened" | "duplicate" | null;
  labels?: unknown[];
  assignees?: string[];
  assignee?: string | null;
}

/** Apply an issue update as the token's user, recording timeline events. */
export function updateIssue(ctx: RouteContext, repo: Repo, issue: Issue, patch: IssuePatch): void {
  const { store } = ctx;
  const actor = ctx.user.login;
  const labels = patch.labels !== undefined ? labelNames(patch.labels) : undefined;
  const now = ctx.tick();
  if (patch.title !== undefined && patch.title !== null && String(patch.title) !== issue.title) {
    store.addEvent(repo, issue, "renamed", actor, now, {
      rename: { from: issue.title, to: String(patch.title) },
    });
    issue.title = String(patch.title);
  }
  if (patch.body !== undefined && (patch.body ?? "") !== issue.body) {
    store.recordEdit(issue, issue.user, patch.body ?? "", actor, now);
    issue.lastEditedAt = now;
  }
  if (labels !== undefined) store.setLabels(repo, issue, labels, actor, now);
  const assignees =
    patch.assignees ?? (patch.assignee !== undefined ? (patch.assignee ? [patch.assignee] : []) : undefined);
  if (assignees !== undefined) setAssignees(ctx, repo, issue, assignees, now);
  if (patch.state && patch.state !== issue.state) {
    issue.state = patch.state;
    if (patch.state === "closed") {
      issue.closedAt = now;
      issue.closedBy = actor;
      issue.stateReason = patch.state_reason === "not_planned" ? "not_planned" : "completed";
      store.addEvent(repo, issue, "closed", actor, now);
    } else {
      issue.closedAt = null;
      issue.stateReason = "reopened";
      store.addEvent(repo, issue, "reopened", actor, now);
    }
  }
  issue.updatedAt = now;
}

function setAssignees(ctx: RouteContext, repo: Repo, issue: Issue, logins: string[], now: string): void {
  const actor = ctx.user.login;
  for (const old of [...issue.assignees]) {
    if (!logins.includes(old)) {
      issue.assignees = issue.assignees.filter((a) => a !== old);
      ctx.store.addEvent(repo, issue, "unassigned", actor, now, { assignee: old });
    }
  }
  addAssignees(ctx, repo, issue, logins, now);
}

/** Adds assignees, up to GitHub's MAX_ISSUE_ASSIGNEES on the issue: more are not added. */
function addAssignees(ctx: RouteContext, repo: Repo, issue: Issue, logins: string[], now: string): void {
  for (const login of logins) {
    if (issue.assignees.includes(login)) continue;
    if (issue.assignees.length >= MAX_ISSUE_ASSIGNEES) break;
    ctx.store.user(login);
    issue.assignees.push(login);
    ctx.store.addEvent(repo, issue, "assigned", ctx.user.login, now, { assignee: login });
  }
}

function sortIssues(ctx: RouteContext, list: Issue[]): Issue[] {
  const sort = ctx.query.get("sort") ?? "created";
  const dir = direction(ctx, "desc");
  const key = (i: Issue) =>
    sort === "updated"
      ? i.updatedAt
      : sort === "comments"
        ? String(i.comments.length).padStart(9, "0")
        : i.createdAt;
  return [...list].sort((a, b) =>
    key(a) < key(b) ? -dir : key(a) > key(b) ? dir : (a.number - b.number) * dir,
  );
}

export const issueRoutes: RouteDef[] = [
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/issues",
    permission: "issues=read",
    handler(ctx) {
      const repo = ctx.repo();
      const state = ctx.query.get("state") ?? "open";
      let list = repo.issues.filter((i) => state === "all" || i.state === state);
      const labels = ctx.query.get("labels");
      if (labels) {
        const want = labels
          .split(",")
          .map((l) => l.trim().toLowerCase())
          .filter(Boolean);
        list = list.filter((i) => want.every((w) => i.labels.some((l) => l.toLowerCase() === w)));
      }
      const creator = ctx.query.get("creator")?.toLowerCase();
      if (creator) list = list.filter((i) => i.user.toLowerCase() === creator);
      const assignee = ctx.query.get("assignee");
      if (assignee === "none") list = list.filter((i) => i.assignees.length === 0);
      else if (assignee === "*") list = list.filter((i) => i.assignees.length > 0);
      else if (assignee)
        list = list.filter((i) => i.assignees.some((a) => a.toLowerCase() === assignee.toLowerCase()));
      const since = ctx.query.get("since");
      if (since) list = list.filter((i) => Date.parse(i.updatedAt) >= Date.parse(since));
      const page = paginate(ctx, sortIssues(ctx, list));
      return { ...page, body: (page.body as Issue[]).map((i) => issueJson(ctx, repo, i)) };
    },
  },
  {
    method: "POST",
    route: "/repos/{owner}/{repo}/issues",
    permission: "issues=write",
    handler(ctx) {
      const repo = ctx.repo();
      const b = ctx.body as {
        title: string | number;
        body?: string | null;
        labels?: unknown[];
        assignees?: string[];
        assignee?: string | null;
      };
      const labels = b.labels ? labelNames(b.labels) : [];
      const now = ctx.tick();
      const id = ctx.store.nextId("issue");
      const issue: Issue = {
        id,
        nodeId: makeNodeId("Issue", id),
        number: ctx.store.nextIssueNumber(repo),
        title: String(b.title),
        body: b.body ?? "",
        user: ctx.user.login,
        state: "open",
        stateReason: null,
        labels: [],
        assignees: [],
        comments: [],
        timeline: [],
        edits: [],
        lastEditedAt: null,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
        closedBy: null,
        pullRequest: false,
      };
      repo.issues.push(issue);
      ctx.store.register(issue.nodeId, { kind: "Issue", repo, issue });
      ctx.store.addLabels(repo, issue, labels, ctx.user.login, now);
      const assignees = b.assignees ?? (b.assignee ? [b.assignee] : []);
      addAssignees(ctx, repo, issue, assignees, now);
      return { status: 201, body: issueJson(ctx, repo, issue) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/issues/{issue_number}",
    permission: "issues=read",
    handler(ctx) {
      return { body: issueJson(ctx, ctx.repo(), issueOr404(ctx)) };
    },
  },
  {
    method: "PATCH",
    route: "/repos/{owner}/{repo}/issues/{issue_number}",
    permission: "issues=write",
    handler(ctx) {
      const repo = ctx.repo();
      const issue = issueOr404(ctx);
      updateIssue(ctx, repo, issue, (ctx.body ?? {}) as IssuePatch);
      return { body: issueJson(ctx, repo, issue) };
    },
  },
  {
    method: "POST",
    route: "/repos/{owner}/{repo}/issues/{issue_number}/assignees",
    permission: "issues=write",
    handler(ctx) {
      const repo = ctx.repo();
      const issue = issueOr404(ctx);
      addAssignees(ctx, repo, issue, (ctx.body as { assignees?: string[] })?.assignees ?? [], ctx.tick());
      return { status: 201, body: issueJson(ctx, repo, issue) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
    permission: "issues=read",
    handler(ctx) {
      const repo = ctx.repo();
      const issue = issueOr404(ctx);
      const since = ctx.query.get("since");
      const list = since
        ? issue.comments.filter((c) => Date.parse(c.updatedAt) >= Date.parse(since))
        : issue.comments;
      const page = paginate(ctx, list);
      return { ...page, body: (page.body as Issue["comments"]).map((c) => commentJson(ctx, repo, issue, c)) };
    },
  },
  {
    method: "POST",
    route: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
    permission: "issues=write",
    handler(ctx) {
      const repo = ctx.repo();
      const issue = issueOr404(ctx);
      const now = ctx.tick();
      const c = ctx.store.addComment(repo, issue, (ctx.body as { body: string }).body, ctx.user.login, now);
      issue.updatedAt = now;
      return { status: 201, body: commentJson(ctx, repo, issue, c) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/issues/comments",
    permission: "issues=read",
    handler(ctx) {
      const repo = ctx.repo();
      const since = ctx.query.get("since");
      const dir = direction(ctx, "asc");
      const key = ctx.query.get("sort") === "updated" ? "updatedAt" : "createdAt";
      const all = repo.issues.flatMap((issue) => issue.comments.map((comment) => ({ issue, comment })));
      const list = all
        .filter((x) => !since || Date.parse(x.comment.updatedAt) >= Date.parse(since))
        .sort((a, b) =>
          a.comment[key] < b.comment[key]
            ? -dir
            : a.comment[key] > b.comment[key]
              ? dir
              : (a.comment.id - b.comment.id) * dir,
        );
      const page = paginate(ctx, list);
      return {
        ...page,
        body: (page.body as typeof list).map((x) => commentJson(ctx, repo, x.issue, x.comment)),
      };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    permission: "issues=read",
    handler(ctx) {
      const repo = ctx.repo();
      const found = ctx.store.findComment(repo, intParam(ctx, "comment_id"));
      if (!found) throw notFound();
      return { body: commentJson(ctx, repo, found.issue, found.comment) };
    },
  },
  {
    method: "PATCH",
    route: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    permission: "issues=write",
    handler(ctx) {
      const repo = ctx.repo();
      const found = ctx.store.findComment(repo, intParam(ctx, "comment_id"));
      if (!found) throw notFound();
      const body = (ctx.body as { body: string }).body;
      const now = ctx.tick();
      if (body !== found.comment.body) {
        ctx.store.recordEdit(found.comment, found.comment.user, body, ctx.user.login, now);
      }
      found.comment.updatedAt = now;
      found.issue.updatedAt = now;
      return { body: commentJson(ctx, repo, found.issue, found.comment) };
    },
  },
  {
    method: "DELETE",
    route: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    permission: "issues=write",
    handler(ctx) {
      const repo = ctx.repo();
      const found = ctx.store.findComment(repo, intParam(ctx, "comment_id"));
      if (!found) throw notFound();
      ctx.store.deleteComment(repo, found.issue, found.comment, ctx.user.login, ctx.tick());
      return { status: 204 };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/issues/{issue_number}/timeline",
    permission: "issues=read",
    handler(ctx) {
      const repo = ctx.repo();
      const issue = issueOr404(ctx);
      const items = [
        ...issue.comments.map((c) => ({
          at: c.createdAt,
          seq: c.seq,
          json: () => commentedEventJson(ctx, repo, issue, c),
        })),
        ...issue.timeline.map((e) => ({
          at: e.createdAt,
          seq: e.seq,
          json: () => eventJson(ctx, repo, issue, e),
        })),
      ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq));
      const page = paginate(ctx, items);
      return { ...page, body: (page.body as typeof items).map((i) => i.json()) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/issues/{issue_number}/events",
    permission: "issues=read",
    handler(ctx) {
      const repo = ctx.repo();
      const issue = issueOr404(ctx);
      const page = paginate(ctx, issue.timeline);
      return { ...page, body: (page.body as Issue["timeline"]).map((e) => eventJson(ctx, repo, issue, e)) };
    },
  },
];
