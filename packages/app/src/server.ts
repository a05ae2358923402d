/**
 * The front door, on plain node:http: `POST /webhooks` checks the signature over the raw body
 * first (`@octokit/webhooks`) — a missing or wrong one answers 401 and nothing is read or written —
 * then hands the event to its handler and answers when it is handled: 2xx once answered or held,
 * 5xx when it could not be (GitHub records the delivery as failed; the App recovers it). `GET
 * /healthz` says the process serves; `GET /readyz` whether it takes deliveries (not before its
 * credentials are checked, nor while it shuts down).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { EmitterWebhookEventName, Webhooks } from "@octokit/webhooks";
import type { Logger } from "./log";

/** GitHub caps a payload at 25 MB. */
export const MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;
export const WEBHOOK_PATH = "/webhooks";

/** Delivery ids handled lately, so a delivery handled twice is answered once per replica. */
class RecentDeliveries {
  private readonly ids = new Set<string>();
  constructor(private readonly max = 10_000) {}
  has(id: string): boolean {
    return this.ids.has(id);
  }
  add(id: string): void {
    this.ids.add(id);
    if (this.ids.size > this.max) this.ids.delete(this.ids.values().next().value as string);
  }
}

export interface FrontDoorOptions {
  webhooks: Webhooks;
  log: Logger;
  /** The result of handling, keyed by delivery id (handlers set it; answered as the response body). */
  results: Map<string, unknown>;
  /** Extra fields for `/healthz`. */
  health: () => Record<string, unknown>;
}

export interface FrontDoor {
  server: Server;
  url: string;
  /** Takes deliveries once true (`/readyz`). */
  setReady(ready: boolean): void;
  /** Deliveries being handled now. */
  inFlight(): number;
  /** Stops taking deliveries, waits for those under way (up to `graceMs`), closes. */
  close(graceMs: number): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/** The raw body, refusing more than `MAX_PAYLOAD_BYTES`. */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > MAX_PAYLOAD_BYTES) {
        // Nothing more is kept; the rest is left unread and the connection closes once answered.
        req.off("data", onData);
        req.pause();
        chunks.length = 0;
        resolve(undefined);
        return;
      }
      chunks.push(c);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export async function startFrontDoor(opts: FrontDoorOptions, port: number, host: string): Promise<FrontDoor> {
  const { webhooks, log, results } = opts;
  const recent = new RecentDeliveries();
  let ready = false;
  let closing = false;
  let active = 0;
  const idle: (() => void)[] = [];

  async function delivery(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const id = String(req.headers["x-github-delivery"] ?? "");
    const name = String(req.headers["x-github-event"] ?? "");
    const signature = String(req.headers["x-hub-signature-256"] ?? "");
    const dlog = log.with({ delivery: id, event: name });
    if (!signature) {
      req.resume();
      dlog.warn("refused a delivery without a signature");
      return send(res, 401, { error: "X-Hub-Signature-256 is missing" });
    }
    const raw = await readBody(req);
    if (!raw) {
      dlog.warn("refused a delivery over GitHub's payload limit, unread", { limit: MAX_PAYLOAD_BYTES });
      res.setHeader("connection", "close");
      res.once("finish", () => req.destroy());
      return send(res, 413, { error: `payloads over ${MAX_PAYLOAD_BYTES} bytes are refused` });
    }
    const text = raw.toString("utf8");
    if (!(await webhooks.verify(text, signature).catch(() => false))) {
      dlog.warn("refused a delivery whose signature does not match the webhook secret");
      return send(res, 401, { error: "signature does not match" });
    }
    if (!id || !name) return send(res, 400, { error: "X-GitHub-Delivery and X-GitHub-Event are required" });
    if (!ready || closing)
      return send(res, 503, {
        error: "not taking deliveries now; GitHub records this one as failed and it is recovered",
      });
    if (recent.has(id)) {
      dlog.info("delivery handled already: not answered again");
      return send(res, 200, { status: "handled already" });
    }
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      return send(res, 400, { error: "the payload is not JSON" });
    }
    const started = performance.now();
    try {
      await webhooks.receive({ id, name: name as EmitterWebhookEventName, payload } as Parameters<
        Webhooks["receive"]
      >[0]);
      recent.add(id);
      const result = results.get(id) ?? { status: "ignored" };
      dlog.info("delivery handled", { ms: Math.round(performance.now() - started) });
      send(res, 200, result);
    } catch (e) {
      const errors = e instanceof AggregateError ? e.errors : [e];
      const message = errors.map((x) => (x instanceof Error ? x.message : String(x))).join("; ");
      dlog.error("delivery not handled: the rule stays pending until it is recovered", { error: message });
      send(res, 500, { error: message });
    } finally {
      results.delete(id);
    }
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === "/healthz")
      return send(res, 200, { status: "ok", ...opts.health() });
    if (req.method === "GET" && path === "/readyz") {
      return send(res, ready && !closing ? 200 : 503, { ready: ready && !closing });
    }
    if (path !== WEBHOOK_PATH) {
      req.resume();
      return send(res, 404, { error: `not found; deliveries go to POST ${WEBHOOK_PATH}` });
    }
    if (req.method !== "POST") {
      req.resume();
      return send(res, 405, { error: `deliveries are POSTed to ${WEBHOOK_PATH}` });
    }
    active++;
    delivery(req, res)
      .catch((e: unknown) => {
        log.error("could not answer a delivery", { error: e instanceof Error ? e.message : String(e) });
        if (!res.headersSent) send(res, 500, { error: "internal error" });
      })
      .finally(() => {
        active--;
        if (active === 0) for (const done of idle.splice(0)) done();
      });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const shownHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  return {
    server,
    url: `http://${shownHost}:${addr.port}`,
    setReady(r) {
      ready = r;
    },
    inFlight: () => active,
    async close(graceMs) {
      closing = true;
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeIdleConnections();
      if (active > 0) {
        await Promise.race([
          new Promise<void>((r) => idle.push(r)),
          new Promise((r) => setTimeout(r, graceMs).unref()),
        ]);
      }
      server.closeAllConnections();
      await closed;
    },
  };
}
