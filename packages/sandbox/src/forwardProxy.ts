/**
 * A small forward proxy for tests, the kind a company puts between its runners and GitHub: it
 * forwards plain HTTP requests sent with an absolute URI, tunnels `CONNECT host:port` for HTTPS,
 * and can demand basic authentication (`407 Proxy Authentication Required`).
 *
 * `hosts` maps names to the address the proxy connects to, so tests can give the sandbox a name
 * that does not resolve anywhere else (`api.gatehouse.invalid`): then only the proxy can reach it.
 * Every request it sees is logged.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import { connect, type Socket } from "node:net";

export interface ProxyLogEntry {
  /** `CONNECT` or the forwarded request's method. */
  method: string;
  /** `host:port` for CONNECT, the absolute URL for a forwarded request. */
  target: string;
  /** Whether the request carried the expected credentials (always true without `auth`). */
  authorized: boolean;
}

export interface ForwardProxyOptions {
  /** Demand these credentials in `Proxy-Authorization: Basic …`. */
  auth?: { username: string; password: string };
  /** Host name → address to connect to instead of resolving the name. */
  hosts?: Record<string, string>;
}

export interface ForwardProxy {
  /** `http://127.0.0.1:PORT` (no credentials). */
  url: string;
  port: number;
  log: ProxyLogEntry[];
  close(): Promise<void>;
}

export async function startForwardProxy(opts: ForwardProxyOptions = {}): Promise<ForwardProxy> {
  const log: ProxyLogEntry[] = [];
  const sockets = new Set<Socket>();
  const expected = opts.auth
    ? `Basic ${Buffer.from(`${opts.auth.username}:${opts.auth.password}`).toString("base64")}`
    : undefined;
  const authorized = (req: IncomingMessage) => !expected || req.headers["proxy-authorization"] === expected;
  const address = (host: string) => opts.hosts?.[host.toLowerCase()] ?? host;

  const server: Server = createServer((req, res) => {
    const target = req.url ?? "";
    const ok = authorized(req);
    log.push({ method: req.method ?? "GET", target, authorized: ok });
    if (!ok) {
      res.writeHead(407, { "proxy-authenticate": 'Basic realm="proxy"' });
      res.end();
      return;
    }
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      res.writeHead(400);
      res.end("absolute URI required");
      return;
    }
    const headers = { ...req.headers };
    delete headers["proxy-authorization"];
    delete headers["proxy-connection"];
    const upstream = httpRequest(
      {
        host: address(url.hostname),
        port: url.port || 80,
        method: req.method,
        path: url.pathname + url.search,
        headers: { ...headers, host: url.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.destroy();
    });
    res.on("close", () => upstream.destroy());
    req.pipe(upstream);
  });

  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  server.on("connect", (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? "";
    const ok = authorized(req);
    log.push({ method: "CONNECT", target, authorized: ok });
    if (!ok) {
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\n\r\n',
      );
      return;
    }
    const colon = target.lastIndexOf(":");
    const host = target.slice(0, colon).replace(/^\[|\]$/g, "");
    const port = Number(target.slice(colon + 1));
    const upstream = connect({ host: address(host), port }, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on("close", () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on("error", () => client.end("HTTP/1.1 502 Bad Gateway\r\n\r\n"));
    client.on("error", () => upstream.destroy());
    client.on("close", () => upstream.destroy());
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
