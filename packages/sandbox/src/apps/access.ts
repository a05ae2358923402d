import { createHash } from "node:crypto";
import type { Store } from "../store";
import type { GitHubApp, Installation, Permissions, Repo, Token } from "../types";

/** What an installation, and a token minted for it, can reach. */

const LEVEL = { none: 0, read: 1, write: 2, admin: 3 } as const;

export const fullName = (repo: Repo) => `${repo.owner}/${repo.name}`.toLowerCase();

/** The repositories an installation covers. */
export function installationRepos(store: Store, inst: Installation): Repo[] {
  return store.state.repos.filter((r) =>
    inst.repositorySelection === "all"
      ? r.owner.toLowerCase() === inst.account.toLowerCase()
      : inst.repositories.includes(fullName(r)),
  );
}

/** The installation of `app` that covers `repo`, if any. */
export function installationFor(store: Store, app: GitHubApp, repo: Repo): Installation | undefined {
  return store.state.installations.find(
    (i) => i.appId === app.id && installationRepos(store, i).includes(repo),
  );
}

/** Apps installed on `repo` that subscribe to `event`, with their installation. */
export function subscribers(
  store: Store,
  repo: Repo,
  event: string,
): { app: GitHubApp; installation: Installation }[] {
  const out: { app: GitHubApp; installation: Installation }[] = [];
  for (const app of store.state.apps) {
    if (!app.events.includes(event)) continue;
    const installation = installationFor(store, app, repo);
    if (installation) out.push({ app, installation });
  }
  return out;
}

/**
 * May this token reach this repository? Tokens that are not installation tokens reach every one
 * (their permissions decide the rest); an installation token reaches its installation's
 * repositories, and only those it was narrowed to.
 */
export function tokenReaches(store: Store, token: Token, repo: Repo): boolean {
  if (token.installationId === undefined) return true;
  const inst = store.state.installations.find((i) => i.id === token.installationId);
  if (!inst || !installationRepos(store, inst).includes(repo)) return false;
  return !token.repositories || token.repositories.includes(fullName(repo));
}

/** Is the token past its expiry (sandbox time)? */
export function expired(store: Store, token: Token): boolean {
  return token.expiresAt !== undefined && Date.parse(store.currentTime()) >= Date.parse(token.expiresAt);
}

/** Permissions asked that the installation does not grant (empty when all are granted). */
export function ungranted(asked: Permissions, granted: Permissions): string[] {
  const out: string[] = [];
  for (const [name, level] of Object.entries(asked)) {
    const have = granted[name] ?? (name === "metadata" ? "read" : "none");
    if (LEVEL[level] > LEVEL[have]) out.push(`${name}=${level}`);
  }
  return out;
}

/** A fresh installation token, valid one hour of sandbox time. */
export function mintInstallationToken(
  store: Store,
  app: GitHubApp,
  inst: Installation,
  permissions: Permissions,
  repositories: string[] | undefined,
): Token {
  const n = store.state.tokens.length + 1;
  const value = `ghs_${createHash("sha256").update(`${app.id}:${inst.id}:${n}:${store.currentTime()}`).digest("base64url").slice(0, 36)}`;
  const token: Token = {
    value,
    user: `${app.slug}[bot]`,
    permissions,
    installationId: inst.id,
    ...(repositories ? { repositories } : {}),
    expiresAt: new Date(Date.parse(store.currentTime()) + 3600_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
  };
  store.state.tokens.push(token);
  return token;
}
