import { HttpError, notFound, type RouteContext, validationFailed } from "../http";
import type { Issue, PullRequest } from "../types";

/** Small helpers shared by the route files. */

export function intParam(ctx: RouteContext, name: string): number {
  const n = Number(ctx.params[name]);
  if (!Number.isInteger(n)) throw notFound();
  return n;
}

export function issueOr404(ctx: RouteContext): Issue {
  const issue = ctx.store.findIssue(ctx.repo(), intParam(ctx, "issue_number"));
  if (!issue) throw notFound();
  return issue;
}

export function pullOr404(ctx: RouteContext): PullRequest {
  const pull = ctx.store.findPull(ctx.repo(), intParam(ctx, "pull_number"));
  if (!pull) throw notFound();
  return pull;
}

/** GitHub's limit on a label's name. */
export const MAX_LABEL_NAME = 50;

/** Label names from a request body: `["a"]`, `[{name:"a"}]`, `{labels:[…]}`; GitHub refuses names over 50 characters. */
export function labelNames(body: unknown): string[] {
  const list = Array.isArray(body) ? body : ((body as { labels?: unknown[] } | undefined)?.labels ?? []);
  const names = list.map((l) => (typeof l === "string" ? l : String((l as { name?: unknown }).name ?? "")));
  for (const name of names) checkLabelName(name);
  return names;
}

/** GitHub's 422 for a label name longer than 50 characters. */
export function checkLabelName(name: string): void {
  if ([...name].length > MAX_LABEL_NAME) {
    throw validationFailed([
      {
        resource: "Label",
        code: "custom",
        field: "name",
        message: `name is too long (maximum is ${MAX_LABEL_NAME} characters)`,
      },
    ]);
  }
}

export function unprocessable(message: string): HttpError {
  return new HttpError(422, { message, documentation_url: "https://docs.github.com/rest", status: "422" });
}

export function alreadyExists(resource: string, field: string): HttpError {
  return validationFailed([{ resource, code: "already_exists", field }]);
}

/** Sort by a direction query parameter. */
export function direction(ctx: RouteContext, dflt: "asc" | "desc"): 1 | -1 {
  const d = ctx.query.get("direction") ?? dflt;
  return d === "asc" ? 1 : -1;
}
