/**
 * The App's configuration, from the environment only. Every value missing or malformed is named
 * with what to set, all at once, before anything starts.
 */
import { createPrivateKey } from "node:crypto";
import { defaultGraphqlUrl } from "@gatehouse/github";

export { CONFIG_VARIABLES } from "./variables";

export interface AppConfig {
  appId: number;
  /** PEM text of the App's private key. */
  privateKey: string;
  webhookSecret: string;
  /** REST root: `https://api.github.com`, or `https://HOST/api/v3` on GitHub Enterprise Server. */
  apiUrl: string;
  graphqlUrl: string;
  /** Web root for links: `https://github.com`, or `https://HOST`. */
  serverUrl: string;
  port: number;
  host: string;
  /** Minutes between two looks at the runs still waiting (0: only at start). */
  recheckMinutes: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The Gatehouse App cannot start:\n${problems.map((p) => `- ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

function urlProblem(name: string, value: string): string | undefined {
  try {
    const u = new URL(value);
    if (u.protocol !== "https:" && u.protocol !== "http:")
      return `${name} must be an http(s) URL, not "${value}"`;
    return undefined;
  } catch {
    return `${name} must be a URL such as https://api.github.com, not "${value}"`;
  }
}

/** `https://api.github.com` → `https://github.com`; `https://ghe.example.com/api/v3` → `https://ghe.example.com`. */
export function defaultServerUrl(apiUrl: string): string {
  const u = new URL(apiUrl);
  if (u.hostname === "api.github.com") return "https://github.com";
  if (u.hostname.startsWith("api.") && !/\/api\/v3\/?$/.test(u.pathname)) {
    return `${u.protocol}//${u.hostname.slice(4)}${u.port ? `:${u.port}` : ""}`;
  }
  return u.origin;
}

function keyProblem(name: string, pem: string): string | undefined {
  if (/^-----BEGIN [A-Z ]*PRIVATE KEY-----\s*$/.test(pem.trim())) {
    return `${name} holds only the first line of the key: paste the whole .pem text (in a .env file, write its line breaks as \\n), or use PRIVATE_KEY_PATH`;
  }
  try {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== "rsa")
      return `${name} is a ${key.asymmetricKeyType} key; GitHub Apps sign with RSA keys`;
    return undefined;
  } catch {
    return `${name} is not a PEM private key: use the .pem file GitHub generated for the App (Settings → Developer settings → GitHub Apps → the App → Private keys)`;
  }
}

/**
 * Reads the configuration. `readFile` reads PRIVATE_KEY_PATH (injected so tests need no files).
 * Throws a `ConfigError` naming every problem.
 */
export function readConfig(env: Env, readFile: (path: string) => string): AppConfig {
  const problems: string[] = [];
  const value = (name: string) => env[name]?.trim() || undefined;

  const appIdText = value("APP_ID");
  let appId = 0;
  if (!appIdText)
    problems.push("APP_ID is not set: set it to the App's ID, a number shown on the App's settings page");
  else if (!/^\d+$/.test(appIdText) || Number(appIdText) < 1)
    problems.push(`APP_ID must be the App's numeric ID, e.g. 123456, not "${appIdText}"`);
  else appId = Number(appIdText);

  let privateKey = "";
  const keyText = env.PRIVATE_KEY?.trim() ? env.PRIVATE_KEY : undefined;
  const keyPath = value("PRIVATE_KEY_PATH");
  if (keyText && keyPath) {
    problems.push("PRIVATE_KEY and PRIVATE_KEY_PATH are both set: set only one");
  } else if (keyText) {
    privateKey = keyText.replace(/\\n/g, "\n").trim();
    const p = keyProblem("PRIVATE_KEY", privateKey);
    if (p) problems.push(p);
  } else if (keyPath) {
    try {
      privateKey = readFile(keyPath).trim();
      const p = keyProblem(`PRIVATE_KEY_PATH (${keyPath})`, privateKey);
      if (p) problems.push(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push(`PRIVATE_KEY_PATH names ${keyPath}, which cannot be read (${code ?? String(e)})`);
    }
  } else {
    problems.push(
      "PRIVATE_KEY (the .pem text) or PRIVATE_KEY_PATH (its path) is not set: the App signs its tokens with it",
    );
  }

  const webhookSecret = env.WEBHOOK_SECRET ?? "";
  if (!webhookSecret.trim())
    problems.push(
      "WEBHOOK_SECRET is not set: set it to the webhook secret entered on the App's settings page",
    );

  const apiUrl = (value("GITHUB_API_URL") ?? "https://api.github.com").replace(/\/+$/, "");
  const apiProblem = urlProblem("GITHUB_API_URL", apiUrl);
  if (apiProblem) problems.push(apiProblem);
  const graphqlUrl = value("GITHUB_GRAPHQL_URL")?.replace(/\/+$/, "");
  if (graphqlUrl) {
    const p = urlProblem("GITHUB_GRAPHQL_URL", graphqlUrl);
    if (p) problems.push(p);
  }
  const serverUrl = value("GITHUB_SERVER_URL")?.replace(/\/+$/, "");
  if (serverUrl) {
    const p = urlProblem("GITHUB_SERVER_URL", serverUrl);
    if (p) problems.push(p);
  }

  const portText = value("PORT") ?? "3000";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535)
    problems.push(`PORT must be a port number (0-65535), not "${portText}"`);

  const recheckText = value("RECHECK_MINUTES") ?? "10";
  const recheckMinutes = Number(recheckText);
  if (!/^\d+$/.test(recheckText) || recheckMinutes > 24 * 60)
    problems.push(`RECHECK_MINUTES must be a whole number of minutes from 0 to 1440, not "${recheckText}"`);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    appId,
    privateKey,
    webhookSecret,
    apiUrl,
    graphqlUrl: graphqlUrl ?? defaultGraphqlUrl(apiUrl),
    serverUrl: serverUrl ?? defaultServerUrl(apiUrl),
    port,
    host: value("HOST") ?? "0.0.0.0",
    recheckMinutes,
  };
}
