import type { Sandbox } from "./server";

/** Small fetch helpers for tests that talk to a sandbox (no Octokit needed). */
export function api(sb: Sandbox, token = sb.token) {
  const headers = (extra: Record<string, string> = {}) => ({
    authorization: `token ${token}`,
    accept: "application/vnd.github+json",
    ...extra,
  });
  const call = async (method: string, path: string, body?: unknown, extra?: Record<string, string>) => {
    const res = await fetch(path.startsWith("http") ? path : `${sb.apiUrl}${path}`, {
      method,
      headers: headers(body === undefined ? extra : { "content-type": "application/json", ...extra }),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let data: any = text;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, headers: res.headers, data };
  };
  return {
    get: (path: string, extra?: Record<string, string>) => call("GET", path, undefined, extra),
    post: (path: string, body?: unknown) => call("POST", path, body),
    patch: (path: string, body?: unknown) => call("PATCH", path, body),
    put: (path: string, body?: unknown) => call("PUT", path, body),
    delete: (path: string) => call("DELETE", path),
    async graphql(query: string, variables?: Record<string, unknown>) {
      const res = await fetch(sb.graphqlUrl, {
        method: "POST",
        headers: headers({ "content-type": "application/json" }),
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
    },
  };
}
