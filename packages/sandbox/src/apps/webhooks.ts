import { createHash, createHmac } from "node:crypto";
import { Agent, request as httpRequest } from "node:http";
import type { Store } from "../store";
import type { Delivery, GitHubApp, Installation } from "../types";

/**
 * Webhook deliveries, as GitHub makes them: the payload POSTed as JSON to the App's webhook URL,
 * signed with its secret (`X-Hub-Signature-256: sha256=<HMAC of the exact bytes>`), named by
 * `X-GitHub-Event` and a delivery guid (`X-GitHub-Delivery`), given 10 seconds to answer and
 * never retried by GitHub itself: a failed delivery waits for someone to redeliver it. Each
 * attempt is recorded (`state.deliveries`) for the deliveries API.
 */

/** GitHub gives up on a delivery that has not answered in 10 seconds. */
export const DELIVERY_TIMEOUT_MS = 10_000;

/**
 * Connections to the Apps' webhook URLs, kept open between deliveries: a burst of hundreds of
 * deliveries at once opens as many connections, and the next burst reuses them instead of paying
 * for new ones on the machine the sandbox shares with the App it plays against.
 */
const deliveryAgent = new Agent({ keepAlive: true, maxFreeSockets: 1024 });

export function signPayload(secret: string, body: string): { sha256: string; sha1: string } {
  return {
    sha256: `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`,
    sha1: `sha1=${createHmac("sha1", secret).update(body).digest("hex")}`,
  };
}

/** A guid shaped like GitHub's, deterministic per sandbox. */
function guidOf(n: number): string {
  const h = createHash("sha1").update(`delivery:${n}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export class WebhookSender {
  private readonly inFlight = new Set<Promise<void>>();
  private guids = 0;

  constructor(private readonly store: Store) {}

  /** Record and send a delivery of `event` to `app` (asynchronously: the caller does not wait). */
  send(
    app: GitHubApp,
    installation: Installation | null,
    event: string,
    payload: Record<string, unknown>,
    opts: { repositoryId?: number | null; guid?: string; redelivery?: boolean } = {},
  ): Delivery {
    const body = JSON.stringify(
      installation
        ? { ...payload, installation: { id: installation.id, node_id: `MDIz${installation.id}` } }
        : payload,
    );
    this.guids += 1;
    const guid = opts.guid ?? guidOf(this.guids);
    const signature = signPayload(app.webhookSecret, body);
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "user-agent": "GitHub-Hookshot/sandbox",
      "x-github-event": event,
      "x-github-delivery": guid,
      "x-github-hook-id": String(app.id),
      "x-github-hook-installation-target-id": String(app.id),
      "x-github-hook-installation-target-type": "integration",
      "x-hub-signature": signature.sha1,
      "x-hub-signature-256": signature.sha256,
    };
    const delivery: Delivery = {
      id: this.store.nextId("delivery"),
      guid,
      appId: app.id,
      event,
      action: typeof payload.action === "string" ? payload.action : null,
      installationId: installation?.id ?? null,
      repositoryId: opts.repositoryId ?? null,
      deliveredAt: this.store.currentTime(),
      redelivery: opts.redelivery ?? false,
      duration: 0,
      status: "pending",
      statusCode: 0,
      url: app.webhookUrl ?? "",
      requestHeaders: headers,
      body,
      responseHeaders: {},
      responseBody: "",
    };
    this.store.state.deliveries.push(delivery);
    if (!app.webhookUrl) {
      delivery.status = "no webhook URL";
      return delivery;
    }
    const p = this.post(delivery).finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
    return delivery;
  }

  /** Send a recorded delivery again: a new attempt with the same guid and payload. */
  redeliver(app: GitHubApp, original: Delivery): Delivery {
    const installation = this.store.state.installations.find((i) => i.id === original.installationId) ?? null;
    const payload = JSON.parse(original.body) as Record<string, unknown>;
    delete payload.installation;
    return this.send(app, installation, original.event, payload, {
      repositoryId: original.repositoryId,
      guid: original.guid,
      redelivery: true,
    });
  }

  /** Resolves when every delivery under way has been answered (or has failed). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private post(delivery: Delivery): Promise<void> {
    const started = performance.now();
    return new Promise<void>((resolve) => {
      const done = (statusCode: number, status: string, headers: Record<string, string> = {}, body = "") => {
        delivery.statusCode = statusCode;
        delivery.status = status;
        delivery.responseHeaders = headers;
        delivery.responseBody = body.slice(0, 64 * 1024);
        delivery.duration = Math.round(performance.now() - started) / 1000;
        resolve();
      };
      let url: URL;
      try {
        url = new URL(delivery.url);
      } catch {
        return done(0, "invalid webhook URL");
      }
      const req = httpRequest(
        url,
        {
          method: "POST",
          agent: deliveryAgent,
          headers: { ...delivery.requestHeaders, "content-length": String(Buffer.byteLength(delivery.body)) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const code = res.statusCode ?? 0;
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(res.headers)) if (typeof v === "string") headers[k] = v;
            done(
              code,
              code >= 200 && code < 300 ? "OK" : `Invalid HTTP Response: ${code}`,
              headers,
              Buffer.concat(chunks).toString("utf8"),
            );
          });
          res.on("error", () => done(0, "failed to read the response"));
        },
      );
      req.setTimeout(DELIVERY_TIMEOUT_MS, () => {
        req.destroy();
        done(0, "timed out");
      });
      req.on("error", () => {
        if (delivery.status === "pending") done(0, "failed to connect to host");
      });
      req.end(delivery.body);
    });
  }
}
