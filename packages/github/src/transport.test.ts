import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTransport, nodeFetch, sendAhead } from "./transport";

let server: http.Server;
let base = "";
let other: http.Server;
let otherBase = "";
const seen: { url?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

function listen(handler: http.RequestListener): Promise<[http.Server, string]> {
  const s = http.createServer(handler);
  return new Promise((resolve) =>
    s.listen(0, "127.0.0.1", () => resolve([s, `http://127.0.0.1:${(s.address() as AddressInfo).port}`])),
  );
}

beforeAll(async () => {
  [other, otherBase] = await listen((req, res) => {
    seen.push({ url: req.url, headers: req.headers, body: "" });
    res.end("elsewhere");
  });
  [server, base] = await listen((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      seen.push({ url: req.url, headers: req.headers, body });
      if (req.url === "/gzip") {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
        res.end(gzipSync(JSON.stringify({ ok: "compressed ✓" })));
      } else if (req.url === "/echo") {
        res.writeHead(201, { "content-type": "text/plain", "x-two": ["a", "b"] });
        res.end(`${req.method} ${body}`);
      } else if (req.url === "/moved") {
        res.writeHead(301, { location: "/echo" });
        res.end();
      } else if (req.url === "/see-other") {
        res.writeHead(303, { location: "/echo" });
        res.end();
      } else if (req.url === "/away") {
        res.writeHead(302, { location: `${otherBase}/landing` });
        res.end();
      } else if (req.url === "/hang") {
        // never answers
      } else {
        res.writeHead(404);
        res.end("nope");
      }
    });
  });
});

afterAll(() => {
  server.closeAllConnections();
  other.closeAllConnections();
  server.close();
  other.close();
});

describe("nodeFetch", () => {
  it("answers what Octokit reads: status, url, iterable headers, text", async () => {
    const res = await nodeFetch(`${base}/echo`, { method: "POST", body: "hello", headers: { "x-a": "1" } });
    expect(res.status).toBe(201);
    expect(res.ok).toBe(true);
    expect(res.url).toBe(`${base}/echo`);
    expect(res.headers.get("Content-Type")).toBe("text/plain");
    expect(res.headers.get("x-two")).toBe("a, b");
    expect(Object.fromEntries(res.headers)["content-type"]).toBe("text/plain");
    expect(await res.text()).toBe("POST hello");
    expect(seen.at(-1)?.headers["content-length"]).toBe("5");
  });

  it("decompresses a gzip answer", async () => {
    const res = await nodeFetch(`${base}/gzip`);
    expect(await res.json()).toEqual({ ok: "compressed ✓" });
  });

  it("streams a request body without knowing its length", async () => {
    const res = await nodeFetch(`${base}/echo`, { method: "PUT", body: Readable.from(["a", "b", "c"]) });
    expect(await res.text()).toBe("PUT abc");
  });

  it("follows redirects, turning a 303 into a GET", async () => {
    const moved = await nodeFetch(`${base}/moved`);
    expect(moved.redirected).toBe(true);
    expect(await moved.text()).toBe("GET ");
    const seeOther = await nodeFetch(`${base}/see-other`, { method: "POST", body: "x" });
    expect(await seeOther.text()).toBe("GET ");
  });

  it("never carries the token to another origin", async () => {
    const res = await nodeFetch(`${base}/away`, { headers: { authorization: "token secret" } });
    expect(await res.text()).toBe("elsewhere");
    const landing = seen.find((s) => s.url === "/landing");
    expect(landing?.headers.authorization).toBeUndefined();
  });

  it("returns a redirect untouched when asked to", async () => {
    const res = await nodeFetch(`${base}/moved`, { redirect: "manual" });
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/echo");
  });

  it("rejects like fetch when nothing answers", async () => {
    const closed = await listen(() => {});
    const url = closed[1];
    closed[0].close();
    const error = await nodeFetch(`${url}/`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe("fetch failed");
    expect(String((error as { cause?: { code?: string } }).cause?.code)).toBe("ECONNREFUSED");
  });

  it("stops on abort with an AbortError", async () => {
    const controller = new AbortController();
    const pending = nodeFetch(`${base}/hang`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  it("reads a body once", async () => {
    const res = await nodeFetch(`${base}/echo`);
    await res.text();
    await expect(res.text()).rejects.toThrow(/already been read/);
  });
});

describe("sendAhead", () => {
  it("answers the same request from what was sent ahead, once; a different one is sent", async () => {
    const transport = createTransport();
    const before = seen.length;
    sendAhead(transport, `${base}/echo/a%2Fb?z=1&a=2`, {
      method: "POST",
      headers: { authorization: "token t1" },
      body: JSON.stringify({ query: "q", variables: { a: 1, b: 2 } }),
    });
    // The same request as Octokit writes it: the slash unencoded, the query and keys in another order.
    const same = await transport.fetch(`${base}/echo/a/b?a=2&z=1`, {
      method: "POST",
      headers: { Authorization: "token t1", "user-agent": "octokit" },
      body: JSON.stringify({ variables: { b: 2, a: 1 }, query: "q" }),
    });
    await same.text();
    expect(seen.slice(before).map((r) => r.url)).toEqual(["/echo/a%2Fb?z=1&a=2"]);
    // Taken once: the same request again is sent; another token's is never answered from it.
    sendAhead(transport, `${base}/echo`, { method: "GET", headers: { authorization: "token t1" } });
    await transport.fetch(`${base}/echo`, { method: "GET", headers: { authorization: "token t2" } });
    await transport.fetch(`${base}/echo`, { method: "GET", headers: { authorization: "token t1" } });
    await transport.fetch(`${base}/echo`, { method: "GET", headers: { authorization: "token t1" } });
    expect(seen.length - before).toBe(4);
  });

  it("hands the failure of a request sent ahead to the request that takes it", async () => {
    const transport = createTransport({ timeouts: { connectMs: 2000 } });
    sendAhead(transport, "http://127.0.0.1:1/x", { method: "GET", headers: {} });
    await expect(transport.fetch("http://127.0.0.1:1/x", { method: "GET", headers: {} })).rejects.toThrow(
      /fetch failed/,
    );
  });
});

describe("connections", () => {
  it("gives the connection of an answer without a body back at once: a run of 204s uses one connection", async () => {
    let connections = 0;
    const [s, url] = await listen((req, res) => {
      req.resume();
      req.on("end", () => {
        res.writeHead(req.url === "/not-modified" ? 304 : 204);
        res.end();
      });
    });
    s.on("connection", () => connections++);
    try {
      // As Octokit does with a 204 or a HEAD: the body is never read.
      for (let i = 0; i < 20; i++) {
        const res = await nodeFetch(`${url}/callback`, { method: "POST", body: "{}" });
        expect(res.status).toBe(204);
      }
      const head = await nodeFetch(`${url}/callback`, { method: "HEAD" });
      expect(head.status).toBe(204);
      const notModified = await nodeFetch(`${url}/not-modified`);
      expect(notModified.status).toBe(304);
      expect(await notModified.text()).toBe("");
      expect(connections).toBe(1);
    } finally {
      s.closeAllConnections();
      s.close();
    }
  });
});
