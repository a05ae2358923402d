/**
 * Which proxy a request to GitHub goes through, read from the environment exactly as the Actions
 * runner and `@actions/http-client` read it:
 *
 * - `https_proxy` / `HTTPS_PROXY` for https targets, `http_proxy` / `HTTP_PROXY` for http ones;
 *   the lower-case name wins when both are set. A value without a scheme (`proxy.corp:3128`)
 *   means `http://`. User and password in the URL are sent as basic proxy authentication.
 * - `no_proxy` / `NO_PROXY`: a comma-separated list of `*`, host names (which also cover their
 *   subdomains, with or without a leading dot, or `*.` in front), `host:port` (the scheme's
 *   default port counts when the URL has none) and IP addresses. Loopback addresses never go
 *   through a proxy.
 *
 * Node's own agents do the proxy protocol (CONNECT tunnels for https targets, absolute URIs for
 * http, `Proxy-Authorization`); this module only decides which proxy, if any, a URL uses, because
 * Node's own `NO_PROXY` matching differs from the runner's (a bare domain does not cover its
 * subdomains there, default ports are not matched, and a scheme-less proxy is silently ignored).
 */

export interface ProxySettings {
  /** Proxy for http targets, normalised (`http://…`), with its credentials. */
  http?: string;
  /** Proxy for https targets, normalised, with its credentials. */
  https?: string;
  /** The variable each proxy came from, for messages (`HTTPS_PROXY`, `https_proxy`, …). */
  httpFrom?: string;
  httpsFrom?: string;
  /** `NO_PROXY` entries, trimmed and lower-cased. */
  noProxy: string[];
  /** The variable the list came from (`NO_PROXY` or `no_proxy`), when one was set. */
  noProxyFrom?: string;
}

function pick(env: Record<string, string | undefined>, lower: string, upper: string) {
  const l = env[lower]?.trim();
  if (l) return { value: l, from: lower };
  const u = env[upper]?.trim();
  if (u) return { value: u, from: upper };
  return undefined;
}

/** A proxy URL as the runner takes it: a value with no scheme is an http proxy. */
export function normaliseProxyUrl(value: string, from = "the proxy variable"): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new Error(
      `${from} is "${redactProxyUrl(value)}", which is not a URL: write e.g. http://proxy.example.com:3128.`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(
      `${from} is "${redactProxyUrl(value)}": only http:// and https:// proxies are supported (not ${url.protocol}//).`,
    );
  }
  return url.href;
}

/** The proxy settings in an environment (usually `process.env`). */
export function readProxySettings(env: Record<string, string | undefined>): ProxySettings {
  const settings: ProxySettings = { noProxy: [] };
  const https = pick(env, "https_proxy", "HTTPS_PROXY");
  if (https) {
    settings.https = normaliseProxyUrl(https.value, https.from);
    settings.httpsFrom = https.from;
  }
  const http = pick(env, "http_proxy", "HTTP_PROXY");
  if (http) {
    settings.http = normaliseProxyUrl(http.value, http.from);
    settings.httpFrom = http.from;
  }
  const noProxy = pick(env, "no_proxy", "NO_PROXY");
  if (noProxy) {
    settings.noProxy = noProxy.value
      .split(",")
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean);
    settings.noProxyFrom = noProxy.from;
  }
  return settings;
}

function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === "localhost" || host.startsWith("127.") || host === "[::1]" || host === "[0:0:0:0:0:0:0:1]";
}

const DEFAULT_PORTS: Record<string, string> = { "http:": "80", "https:": "443" };

/** The `NO_PROXY` entry that exempts this URL from the proxy, or undefined. */
export function bypassingEntry(target: URL, noProxy: readonly string[]): string | undefined {
  const host = target.hostname.toLowerCase();
  const port = target.port || DEFAULT_PORTS[target.protocol] || "";
  const candidates = port ? [host, `${host}:${port}`] : [host];
  for (const entry of noProxy) {
    if (entry === "*") return entry;
    const bare = entry.replace(/^\*?\./, "");
    if (!bare) continue;
    if (candidates.some((c) => c === bare || c.endsWith(`.${bare}`))) return entry;
  }
  return undefined;
}

/** The proxy URL (with credentials) this request goes through, or undefined to connect directly. */
export function proxyFor(target: URL, settings: ProxySettings): string | undefined {
  const proxy =
    target.protocol === "https:" ? settings.https : target.protocol === "http:" ? settings.http : undefined;
  if (!proxy) return undefined;
  if (isLoopback(target.hostname)) return undefined;
  if (bypassingEntry(target, settings.noProxy) !== undefined) return undefined;
  return proxy;
}

/** A proxy URL without its password, for messages and logs (also when it does not parse). */
export function redactProxyUrl(value: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? "";
  const rest = value.slice(scheme.length).replace(/^([^:@/]*):[^/]*@/, "$1:***@");
  return `${scheme}${rest}`.replace(/\/$/, "");
}

/**
 * How a request to `target` was routed, for error messages: "through the proxy http://proxy:3128
 * (HTTPS_PROXY)", "directly: NO_PROXY entry .corp exempts ghe.corp", or "" when no proxy is set.
 */
export function describeRoute(target: URL, settings: ProxySettings): string {
  const https = target.protocol === "https:";
  const proxy = https ? settings.https : settings.http;
  const from = https ? settings.httpsFrom : settings.httpFrom;
  if (!proxy) return "";
  if (isLoopback(target.hostname))
    return `directly (${target.hostname} is a loopback address; ${from} is not used for it)`;
  const entry = bypassingEntry(target, settings.noProxy);
  if (entry !== undefined) {
    return `directly, not through the proxy in ${from}: ${settings.noProxyFrom} entry "${entry}" exempts ${target.hostname}`;
  }
  const noProxy = settings.noProxyFrom ? `; ${settings.noProxyFrom}=${settings.noProxy.join(",")}` : "";
  return `through the proxy ${redactProxyUrl(proxy)} (${from}${noProxy})`;
}
