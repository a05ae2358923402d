import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { makeNodeId, type Store } from "../store";
import type { GitHubApp, Installation, Permissions } from "../types";

/**
 * GitHub Apps in a scenario: who owns each, what it may do, which events it receives, where it is
 * installed. GitHub generates an App's key pair and lets its owner download the private key; the
 * sandbox does the same (or takes `privateKey` from the scenario).
 */
export interface ScenarioApp {
  slug: string;
  id?: number;
  name?: string;
  /** The account that owns the App (default: the first installation's account). */
  owner?: string;
  /** The App's permissions, e.g. `{ actions: read, deployments: write, issues: write }`. */
  permissions?: Record<string, "read" | "write" | "admin" | "none">;
  /** Events it subscribes to, e.g. `[deployment_protection_rule, issue_comment, issues]`. */
  events?: string[];
  /** PEM; default: a key pair generated for the App. */
  privateKey?: string;
  /** Default `sandbox-webhook-secret`. */
  webhookSecret?: string;
  /** Where deliveries are POSTed (can be set later with `sb.apps.setWebhookUrl`). */
  webhookUrl?: string;
  installations?: ScenarioInstallation[];
}

export interface ScenarioInstallation {
  id?: number;
  /** The user or organisation it is installed on. */
  account: string;
  /** `owner/name` of the selected repositories; absent: all the account's repositories. */
  repositories?: string[];
  /** Default: the App's permissions. */
  permissions?: Record<string, "read" | "write" | "admin" | "none">;
}

const APP_KEYS = [
  "slug",
  "id",
  "name",
  "owner",
  "permissions",
  "events",
  "privateKey",
  "webhookSecret",
  "webhookUrl",
  "installations",
];
const INSTALLATION_KEYS = ["id", "account", "repositories", "permissions"];

export const DEFAULT_WEBHOOK_SECRET = "sandbox-webhook-secret";

/** Key pairs generated in this process, by slug: generating one takes tens of milliseconds. */
const generated = new Map<string, { privateKey: string; publicKey: string }>();

function keyPair(slug: string, given?: string): { privateKey: string; publicKey: string } {
  if (given) {
    const publicKey = createPublicKey(given).export({ type: "spki", format: "pem" }).toString();
    return { privateKey: given, publicKey };
  }
  let pair = generated.get(slug);
  if (!pair) {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    pair = {
      privateKey: privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
      publicKey: publicKey.export({ type: "spki", format: "pem" }).toString(),
    };
    generated.set(slug, pair);
  }
  return pair;
}

function permissionsOf(given: ScenarioApp["permissions"]): Permissions {
  const out: Permissions = { metadata: "read" };
  for (const [k, v] of Object.entries(given ?? {})) out[k.replace(/-/g, "_")] = v;
  return out;
}

function checkKeys(value: object, known: string[], where: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key))
      throw new Error(`scenario: unknown key "${key}" in ${where} (known: ${known.join(", ")})`);
  }
}

/**
 * Seeds the Apps. Answers `ruleIds` (App slugs named by an environment's `protectionRules` to
 * ids) and `check` (run after the repositories: every selected repository must exist).
 */
export function seedApps(
  store: Store,
  apps: ScenarioApp[],
  at: (given?: string) => string,
): { ruleIds: (slugs: string[], where: string) => number[]; check: () => void } {
  for (const [i, a] of apps.entries()) {
    checkKeys(a, APP_KEYS, `apps[${i}]`);
    if (!a.slug) throw new Error(`scenario: apps[${i}] needs a slug`);
    const id = a.id ?? store.nextId("app");
    const keys = keyPair(a.slug, a.privateKey);
    const owner = a.owner ?? a.installations?.[0]?.account ?? "octocat";
    const app: GitHubApp = {
      id,
      nodeId: makeNodeId("Integration", id),
      slug: a.slug,
      name: a.name ?? a.slug,
      clientId: `Iv23sandbox${id}`,
      owner,
      permissions: permissionsOf(a.permissions),
      events: [...(a.events ?? [])],
      privateKey: keys.privateKey,
      publicKey: keys.publicKey,
      webhookSecret: a.webhookSecret ?? DEFAULT_WEBHOOK_SECRET,
      webhookUrl: a.webhookUrl ?? null,
      createdAt: at(),
    };
    store.state.apps.push(app);
    store.user(`${a.slug}[bot]`, { type: "Bot" });
    for (const [j, inst] of (a.installations ?? []).entries()) {
      checkKeys(inst, INSTALLATION_KEYS, `apps[${i}].installations[${j}]`);
      const installation: Installation = {
        id: inst.id ?? store.nextId("installation"),
        appId: id,
        account: inst.account,
        repositorySelection: inst.repositories ? "selected" : "all",
        repositories: (inst.repositories ?? []).map((r) => r.toLowerCase()),
        permissions: inst.permissions ? permissionsOf(inst.permissions) : { ...app.permissions },
        events: [...app.events],
        createdAt: at(),
      };
      store.state.installations.push(installation);
    }
  }
  return {
    ruleIds(slugs, where) {
      return slugs.map((slug) => {
        const app = store.state.apps.find((a) => a.slug === slug);
        if (!app)
          throw new Error(`scenario: ${where} names protection rule "${slug}", which is no App's slug`);
        return app.id;
      });
    },
    check() {
      for (const inst of store.state.installations) {
        for (const full of inst.repositories) {
          const [owner = "", name = ""] = full.split("/");
          if (!store.findRepo(owner, name))
            throw new Error(
              `scenario: an installation selects ${full}, which is not a repository of the scenario`,
            );
        }
      }
    },
  };
}
