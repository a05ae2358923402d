import { createPublicKey, verify } from "node:crypto";
import { DOCS, HttpError } from "../http";
import type { Store } from "../store";
import type { GitHubApp } from "../types";

/**
 * An App authenticates as itself with a JSON web token it signs with its private key (RS256):
 * `iss` is the App's id (or client id), `iat` when it was issued, `exp` when it expires — at most
 * ten minutes ahead. GitHub checks both times against its own clock and names the claim it
 * refuses; clients read the answer's `Date` header to correct their clock (as @octokit/auth-app
 * does), so the sandbox answers with the same sentences and its own time.
 */

/** Does the bearer value look like a JWT (three base64url parts)? */
export function looksLikeJwt(value: string): boolean {
  return /^[\w-]+\.[\w-]+\.[\w-]*$/.test(value);
}

const MAX_LIFETIME_SECONDS = 600;

const unauthorized = (message: string) =>
  new HttpError(401, { message, documentation_url: DOCS, status: "401" });

export const JWT_UNDECODABLE = "A JSON web token could not be decoded";
export const JWT_IAT =
  "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued";
export const JWT_EXP_PAST =
  "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires";
export const JWT_EXP_FAR = "'Expiration time' claim ('exp') is too far in the future";

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as unknown;
    return value && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The App a JWT authenticates, or the 401 GitHub answers. */
export function verifyAppJwt(store: Store, jwt: string): GitHubApp | HttpError {
  const [h = "", p = "", s = ""] = jwt.split(".");
  const header = decodePart(h);
  const claims = decodePart(p);
  if (!header || !claims || header.alg !== "RS256") return unauthorized(JWT_UNDECODABLE);
  const iss = claims.iss;
  const app = store.state.apps.find((a) => String(a.id) === String(iss) || a.clientId === iss);
  if (!app) return unauthorized(JWT_UNDECODABLE);
  const signed = verify(
    "RSA-SHA256",
    Buffer.from(`${h}.${p}`),
    createPublicKey(app.publicKey),
    Buffer.from(s, "base64url"),
  );
  if (!signed) return unauthorized(JWT_UNDECODABLE);
  const now = Math.floor(Date.parse(store.currentTime()) / 1000);
  const { iat, exp } = claims;
  if (typeof iat !== "number" || !Number.isInteger(iat) || iat > now) return unauthorized(JWT_IAT);
  if (typeof exp !== "number" || !Number.isInteger(exp) || exp <= now) return unauthorized(JWT_EXP_PAST);
  if (exp > now + MAX_LIFETIME_SECONDS || exp - iat > MAX_LIFETIME_SECONDS) return unauthorized(JWT_EXP_FAR);
  return app;
}
