import { DOCS, HttpError } from "./http";
import type { Token } from "./types";

/** Token permissions, named as GitHub names them in `x-accepted-github-permissions` (e.g. `issues=write`). */

const LEVEL = { none: 0, read: 1, write: 2, admin: 3 } as const;

export function hasPermission(token: Token, need: string): boolean {
  const [name, level] = need.split("=") as [string, "read" | "write"];
  if (name === "metadata" && level === "read") return true;
  const have = token.permissions[name] ?? "none";
  return LEVEL[have] >= LEVEL[level];
}

/**
 * GitHub's answer when the token lacks a permission: 403 for installation tokens, 404 for tokens
 * GitHub answers as if nothing were there (`deniedWith: 404`); both name the permission.
 */
export function forbidden(need: string, token?: Pick<Token, "deniedWith">): HttpError {
  const headers = { "x-accepted-github-permissions": need };
  if (token?.deniedWith === 404) {
    return new HttpError(404, { message: "Not Found", documentation_url: DOCS, status: "404" }, headers);
  }
  return new HttpError(
    403,
    { message: "Resource not accessible by integration", documentation_url: DOCS, status: "403" },
    headers,
  );
}
