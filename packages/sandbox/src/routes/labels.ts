import { HttpError, notFound, paginate, type RouteDef } from "../http";
import { labelJson } from "../present";
import type { Label } from "../types";
import { alreadyExists, checkLabelName, issueOr404, labelNames } from "./util";

/** Repository labels and the labels on an issue (adding one records a `labeled` event by the token's user). */

export const labelRoutes: RouteDef[] = [
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/labels",
    permission: "issues=read",
    handler(ctx) {
      const repo = ctx.repo();
      const page = paginate(ctx, repo.labels);
      return { ...page, body: (page.body as Label[]).map((l) => labelJson(ctx, repo, l)) };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/labels/{name}",
    permission: "issues=read",
    handler(ctx) {
      const repo = ctx.repo();
      const l = ctx.store.findLabel(repo, ctx.params.name!);
      if (!l) throw notFound();
      return { body: labelJson(ctx, repo, l) };
    },
  },
  {
    method: "POST",
    route: "/repos/{owner}/{repo}/labels",
    permission: "issues=write",
    handler(ctx) {
      const repo = ctx.repo();
      const b = ctx.body as { name: string; color?: string; description?: string };
      checkLabelName(b.name);
      if (ctx.store.findLabel(repo, b.name)) throw alreadyExists("Label", "name");
      ctx.tick();
      const l = ctx.store.createLabel(
        repo,
        b.name,
        (b.color ?? "ededed").replace(/^#/, ""),
        b.description ?? null,
      );
      return { status: 201, body: labelJson(ctx, repo, l) };
    },
  },
  {
    method: "PATCH",
    route: "/repos/{owner}/{repo}/labels/{name}",
    permission: "issues=write",
    handler(ctx) {
      const repo = ctx.repo();
      const l = ctx.store.findLabel(repo, ctx.params.name!);
      if (!l) throw notFound();
      const b = (ctx.body ?? {}) as { new_name?: string; color?: string; description?: string };
      if (b.new_name && b.new_name !== l.name) {
        checkLabelName(b.new_name);
        if (ctx.store.findLabel(repo, b.new_name) && b.new_name.toLowerCase() !== l.name.toLowerCase()) {
          throw alreadyExists("Label", "name");
        }
        for (const i of repo.issues) i.labels = i.labels.map((n) => (n === l.name ? b.new_name! : n));
        l.name = b.new_name;
      }
      if (b.color) l.color = b.color.replace(/^#/, "");
      if (b.description !== undefined) l.description = b.description;
      ctx.tick();
      return { body: labelJson(ctx, repo, l) };
    },
  },
  {
    method: "DELETE",
    route: "/repos/{owner}/{repo}/labels/{name}",
    permission: "issues=write",
    handler(ctx) {
      const repo = ctx.repo();
      const l = ctx.store.findLabel(repo, ctx.params.name!);
      if (!l) throw notFound();
      repo.labels = repo.labels.filter((x) => x !== l);
      for (const i of repo.issues) i.labels = i.labels.filter((n) => n !== l.name);
      ctx.tick();
      return { status: 204 };
    },
  },
  {
    method: "GET",
    route: "/repos/{owner}/{repo}/issues/{issue_number}/labels",
    permission: "issues=read",
    handler(ctx) {
      const repo = ctx.repo();
      const issue = issueOr404(ctx);
      const page = paginate(ctx, issue.labels);
      return {
        ...page,
        body: (page.body as string[]).map((n) => labelJson(ctx, repo, ctx.store.ensureLabel(repo, n))),
      };
    },
  },
  {
    method: "POST",
    route: "/repos/{owner}/{repo}/issues/{issue_number}/labels",
    permission: "issues=write",
    handler(ctx) {
      const repo = ctx.repo();
      const issue = issueOr404(ctx);
      const now = ctx.tick();
      ctx.store.addLabels(repo, issue, labelNames(ctx.body), ctx.user.login, now);
      issue.updatedAt = now;
      return { body: issue.labels.map((n) => labelJson(ctx, repo, ctx.store.ensureLabel(repo, n))) };
    },
  },
  {
    method: "PUT",
    route: "/repos/{owner}/{repo}/issues/{issue_number}/labels",
    permission: "issues=write",
    handler(ctx) {
      const repo = ctx.repo();
      const issue = issueOr404(ctx);
      const now = ctx.tick();
      ctx.store.setLabels(repo, issue, labelNames(ctx.body), ctx.user.login, now);
      issue.updatedAt = now;
      return { body: issue.labels.map((n) => labelJson(ctx, repo, ctx.store.ensureLabel(repo, n))) };
    },
  },
  {
    method: "DELETE",
    route: "/repos/{owner}/{repo}/issues/{issue_number}/labels",
    permission: "issues=write",
    handler(ctx) {
      const repo = ctx.repo();
      const issue = issueOr404(ctx);
      const now = ctx.tick();
      ctx.store.setLabels(repo, issue, [], ctx.user.login, now);
      issue.updatedAt = now;
      return { status: 204 };
    },
  },
  {
    method: "DELETE",
    route: "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
    permission: "issues=write",
    handler(ctx) {
      const repo = ctx.repo();
      const issue = issueOr404(ctx);
      const now = ctx.tick();
      if (!ctx.store.removeLabel(repo, issue, ctx.params.name!, ctx.user.login, now)) {
        throw new HttpError(404, {
          message: "Label does not exist",
          documentation_url: "https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue",
          status: "404",
        });
      }
      issue.updatedAt = now;
      return { body: issue.labels.map((n) => labelJson(ctx, repo, ctx.store.ensureLabel(repo, n))) };
    },
  },
];
