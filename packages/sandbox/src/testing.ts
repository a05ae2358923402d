import { sign } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import type { Sandbox } from "./server";

/** Small fetch helpers for tests that talk to a sandbox (no Octokit needed). */
export function api(sb: Sandbox, token = sb.token) {
  const headers = (extra: Record<string, string> = {}) => ({
    // A token, or a whole `Bearer <JWT>` as an App authenticates.
    authorization: token.startsWith("Bearer ") ? token : `token ${token}`,
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

/** A JSON web token for `app`, as an App signs one (RS256); times in seconds since the epoch. */
export function signAppJwt(
  app: { id: number; privateKey: string },
  claims: { iat: number; exp: number; iss?: string | number },
): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const data = `${part({ alg: "RS256", typ: "JWT" })}.${part({ iss: app.id, ...claims })}`;
  const signature = sign("RSA-SHA256", Buffer.from(data), app.privateKey).toString("base64url");
  return `${data}.${signature}`;
}

/** A server that records the webhook deliveries it receives and answers each with `status`. */
export async function webhookReceiver(status: (n: number) => number = () => 200) {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(status(received.length));
      res.end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    received,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
