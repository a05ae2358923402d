import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createClient, defaultGraphqlUrl, graphqlRequestDefaults, graphqlRoute, readAnswer } from "./client";
import { describeError, GitHubApiError, GraphQLError, PermissionError } from "./errors";

interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
  at: number;
}

type Handler = (req: Seen, res: ServerResponse) => void;

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A tiny GitHub stand-in: `handle` answers each request; every request is recorded. */
async function serve(handle: Handler) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      const entry = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body,
        at: Date.now(),
      };
      seen.push(entry);
      handle(entry, res);
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

function client(url: string, logs: string[] = [], extra: Partial<Parameters<typeof createClient>[0]> = {}) {
  return createClient({ token: "t0ken", apiUrl: url, retryBaseMs: 5, log: (m) => logs.push(m), ...extra });
}

describe("REST requests", () => {
  it("sends the token and returns status, data and headers", async () => {
    const { url, seen } = await serve((_req, res) =>
      json(res, 200, { full_name: "acme/shop" }, { "x-thing": "1" }),
    );
    const res = await client(url).request("GET /repos/{owner}/{repo}", { owner: "acme", repo: "shop" });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ full_name: "acme/shop" });
    expect(res.headers["x-thing"]).toBe("1");
    expect(seen[0]?.path).toBe("/repos/acme/shop");
    expect(seen[0]?.headers.authorization).toBe("token t0ken");
    expect(seen[0]?.headers["user-agent"]).toMatch(/^gatehouse/);
  });

  it("retries after a 502 and logs the wait", async () => {
    let calls = 0;
    const { url, seen } = await serve((_req, res) =>
      ++calls === 1 ? json(res, 502, { message: "Bad gateway" }) : json(res, 200, { ok: true }),
    );
    const logs: string[] = [];
    const res = await client(url, logs).request("GET /repos/{owner}/{repo}", { owner: "a", repo: "b" });
    expect(res.data).toEqual({ ok: true });
    expect(seen).toHaveLength(2);
    expect(logs).toEqual(["GitHub answered 502 to GET /repos/a/b; retrying in 5 ms (retry 1 of 3)."]);
  });

  it("gives up after the configured number of retries with a GitHubApiError", async () => {
    const { url, seen } = await serve((_req, res) => json(res, 503, { message: "Unavailable" }));
    const err = await client(url, [], { retries: 2 })
      .request("GET /repos/{owner}/{repo}", { owner: "a", repo: "b" })
      .catch((e) => e);
    expect(seen).toHaveLength(3);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err.status).toBe(503);
    expect(err.route).toBe("GET /repos/a/b");
    expect(describeError(err)).toBe(
      "GitHub failed on GET /repos/a/b with 503 (Unavailable) even after retries: re-run the job later.",
    );
  });

  it("retries a dropped connection", async () => {
    let calls = 0;
    const { url, seen } = await serve((req, res) => {
      if (++calls === 1) {
        res.socket?.destroy();
        return;
      }
      json(res, 200, { path: req.path });
    });
    const logs: string[] = [];
    const res = await client(url, logs).request("GET /rate_limit");
    expect(res.data).toEqual({ path: "/rate_limit" });
    expect(seen).toHaveLength(2);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(
      /^GET \/rate_limit got no answer \(socket hang up\); retrying in 5 ms \(retry 1 of 3\)\.$/,
    );
  });

  it("does not retry a 404 and reports it plainly", async () => {
    const { url, seen } = await serve((_req, res) => json(res, 404, { message: "Not Found" }));
    const err = await client(url)
      .request("GET /repos/{owner}/{repo}/issues/{issue_number}", { owner: "a", repo: "b", issue_number: 9 })
      .catch((e) => e);
    expect(seen).toHaveLength(1);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err).not.toBeInstanceOf(PermissionError);
    expect(err.status).toBe(404);
    expect(describeError(err)).toMatch(/^GitHub found nothing at GET \/repos\/a\/b\/issues\/9 \(Not Found\)/);
  });

  it("turns a 403 naming the missing permission into a PermissionError", async () => {
    const { url } = await serve((_req, res) =>
      json(
        res,
        403,
        { message: "Resource not accessible by integration" },
        { "x-accepted-github-permissions": "issues=write; pull_requests=write" },
      ),
    );
    const err = await client(url)
      .request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        owner: "a",
        repo: "b",
        issue_number: 1,
        body: "x",
      })
      .catch((e) => e);
    expect(err).toBeInstanceOf(PermissionError);
    expect(err.permissionsLine).toBe("issues: write");
    expect(describeError(err)).toBe(
      "The token cannot call POST /repos/a/b/issues/1/comments: add `permissions: { issues: write }` to the job (or any of: pull-requests: write).",
    );
  });
});

describe("rate limits", () => {
  const secondary = { message: "You have exceeded a secondary rate limit. Please wait a few minutes." };

  it.each([403, 429])("honours Retry-After on a secondary rate limit answered with %i", async (status) => {
    let calls = 0;
    const { url, seen } = await serve((_req, res) =>
      ++calls === 1 ? json(res, status, secondary, { "retry-after": "0.2" }) : json(res, 201, { id: 1 }),
    );
    const logs: string[] = [];
    const res = await client(url, logs).request("POST /repos/{owner}/{repo}/issues", {
      owner: "a",
      repo: "b",
      title: "t",
    });
    expect(res.status).toBe(201);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.at - seen[0]!.at).toBeGreaterThanOrEqual(180);
    expect(logs).toEqual([
      "GitHub's secondary rate limit was hit for POST /repos/a/b/issues; waiting 200 ms as asked (retry 1 of 3).",
    ]);
  });

  it("stops after the bounded number of retries", async () => {
    const { url, seen } = await serve((_req, res) => json(res, 403, secondary, { "retry-after": "0.01" }));
    const logs: string[] = [];
    const err = await client(url, logs, { retries: 2 })
      .request("GET /repos/{owner}/{repo}", { owner: "a", repo: "b" })
      .catch((e) => e);
    expect(seen).toHaveLength(3);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err.status).toBe(403);
    expect(logs.at(-1)).toBe(
      "GitHub's secondary rate limit is still hit for GET /repos/a/b after 2 retries; giving up.",
    );
    expect(describeError(err)).toMatch(/rate limit/);
  });

  it("waits for a primary rate limit reset only when it is near", async () => {
    const { url, seen } = await serve((_req, res) =>
      json(
        res,
        403,
        { message: "API rate limit exceeded for installation." },
        { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600) },
      ),
    );
    const logs: string[] = [];
    const err = await client(url, logs)
      .request("GET /repos/{owner}/{repo}", { owner: "a", repo: "b" })
      .catch((e) => e);
    expect(seen).toHaveLength(1);
    expect(err.status).toBe(403);
    expect(logs[0]).toMatch(
      /primary rate limit for GET \/repos\/a\/b resets in \d+ s, longer than 60 s; giving up/,
    );
  });
});

describe("pagination", () => {
  it("follows Link headers across pages", async () => {
    const { url, seen } = await serve((req, res) => {
      const page = Number(new URL(req.path, "http://x").searchParams.get("page") ?? "1");
      const next = page < 3 ? `<${url}/repos/a/b/issues?per_page=2&page=${page + 1}>; rel="next"` : "";
      json(
        res,
        200,
        [{ n: page * 2 - 1 }, { n: page * 2 }].slice(0, page === 3 ? 1 : 2),
        next ? { link: next } : {},
      );
    });
    const items = await client(url).paginate("GET /repos/{owner}/{repo}/issues", {
      owner: "a",
      repo: "b",
      per_page: 2,
    });
    expect(items.map((i) => i.n)).toEqual([1, 2, 3, 4, 5]);
    expect(seen.map((s) => s.path)).toEqual([
      "/repos/a/b/issues?per_page=2",
      "/repos/a/b/issues?per_page=2&page=2",
      "/repos/a/b/issues?per_page=2&page=3",
    ]);
  });

  it("asks for 100 per page by default and can stop early", async () => {
    const { url, seen } = await serve((_req, res) =>
      json(res, 200, [{ n: 1 }], { link: `<${url}/repos/a/b/tags?per_page=100&page=2>; rel="next"` }),
    );
    const c = client(url);
    for await (const page of c.pages("GET /repos/{owner}/{repo}/tags", { owner: "a", repo: "b" })) {
      expect(page).toEqual([{ n: 1 }]);
      break;
    }
    expect(seen.map((s) => s.path)).toEqual(["/repos/a/b/tags?per_page=100"]);
  });

  it("unwraps search-style answers", async () => {
    const { url } = await serve((_req, res) =>
      json(res, 200, { total_count: 2, items: [{ n: 1 }, { n: 2 }] }),
    );
    expect(await client(url).paginate("GET /search/issues", { q: "x" })).toEqual([{ n: 1 }, { n: 2 }]);
  });
});

describe("GraphQL", () => {
  it("posts to <apiUrl>/graphql on github.com layout and returns data", async () => {
    const { url, seen } = await serve((_req, res) =>
      json(res, 200, { data: { viewer: { login: "octocat" } } }),
    );
    const data = await client(url).graphql("query($n: Int!) { viewer { login } }", { n: 1 });
    expect(data).toEqual({ viewer: { login: "octocat" } });
    expect(seen[0]?.path).toBe("/graphql");
    expect(JSON.parse(seen[0]!.body)).toEqual({
      query: "query($n: Int!) { viewer { login } }",
      variables: { n: 1 },
    });
  });

  it("uses GHES URLs: REST under /api/v3, GraphQL at /api/graphql", async () => {
    const { url, seen } = await serve((req, res) =>
      req.path === "/api/graphql" ? json(res, 200, { data: { ok: 1 } }) : json(res, 200, { ok: 2 }),
    );
    const c = client(`${url}/api/v3`);
    expect(c.graphqlUrl).toBe(`${url}/api/graphql`);
    await c.request("GET /repos/{owner}/{repo}", { owner: "a", repo: "b" });
    await c.graphql("{ ok }");
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual(["GET /api/v3/repos/a/b", "POST /api/graphql"]);
  });

  it("an explicit graphqlUrl wins", async () => {
    const { url, seen } = await serve((_req, res) => json(res, 200, { data: { ok: 1 } }));
    await client(`${url}/api/v3`, [], { graphqlUrl: `${url}/proxy/gql` }).graphql("{ ok }");
    await client(`${url}/api/v3`, [], { graphqlUrl: `${url}/other/graphql` }).graphql("{ ok }");
    await client(url, [], { graphqlUrl: `${url}/api/graphql` }).graphql("{ ok }");
    expect(seen.map((s) => s.path)).toEqual(["/proxy/gql", "/other/graphql", "/api/graphql"]);
  });

  it("turns errors in a 200 answer into a GraphQLError with the messages and partial data", async () => {
    const { url } = await serve((_req, res) =>
      json(res, 200, {
        data: { a: { number: 1 }, b: null },
        errors: [
          { type: "NOT_FOUND", path: ["b"], message: "Could not resolve to an Issue with the number of 99." },
          { message: "Second problem" },
        ],
      }),
    );
    const err = await client(url)
      .graphql("{ a: x { number } b: x { number } }")
      .catch((e) => e);
    expect(err).toBeInstanceOf(GraphQLError);
    expect(err.message).toBe(
      "GitHub GraphQL query failed: Could not resolve to an Issue with the number of 99.; Second problem",
    );
    expect(err.data).toEqual({ a: { number: 1 }, b: null });
    expect(err.errors[0].type).toBe("NOT_FOUND");
  });

  it("retries a GraphQL 502 and reports a 401 as a GitHubApiError on graphql", async () => {
    let calls = 0;
    const { url, seen } = await serve((_req, res) =>
      ++calls === 1 ? json(res, 502, { message: "Bad gateway" }) : json(res, 200, { data: { ok: true } }),
    );
    expect(await client(url).graphql("{ ok }")).toEqual({ ok: true });
    expect(seen).toHaveLength(2);

    const denied = await serve((_req, res) => json(res, 401, { message: "Bad credentials" }));
    const err = await client(denied.url)
      .graphql("{ ok }")
      .catch((e) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err.route).toBe("POST /graphql");
    expect(describeError(err)).toBe(
      "GitHub rejected the token for POST /graphql (Bad credentials): check the `token` input.",
    );
  });

  it('asks a query again after GitHub\'s "Something went wrong", never a mutation', async () => {
    const wrong = { data: null, errors: [{ message: "Something went wrong while executing your query." }] };
    let calls = 0;
    const { url, seen } = await serve((_req, res) =>
      ++calls === 1 ? json(res, 200, wrong) : json(res, 200, { data: { ok: true } }),
    );
    expect(await client(url).graphql("query Q { ok }")).toEqual({ ok: true });
    expect(seen).toHaveLength(2);

    const always = await serve((_req, res) => json(res, 200, wrong));
    const err = await client(always.url)
      .graphql("mutation M { ok }")
      .catch((e) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err.status).toBe(500);
    expect(err.route).toBe("POST /graphql (M)");
    expect(always.seen).toHaveLength(1);
  });

  it("names a GraphQL request by its real path and operation", () => {
    expect(graphqlRoute("https://ghe.example.com/api/graphql", "query GatehouseReview { x }")).toBe(
      "POST /api/graphql (GatehouseReview)",
    );
    expect(graphqlRoute("https://api.github.com/graphql", "{ x }")).toBe("POST /graphql");
  });

  it("converts errors met while paging", async () => {
    const { url } = await serve((req, res) =>
      req.path.includes("page=2")
        ? json(res, 404, { message: "Not Found" })
        : json(res, 200, [{ n: 1 }], { link: `<${url}/repos/a/b/issues?per_page=100&page=2>; rel="next"` }),
    );
    const c = client(url);
    const pages: unknown[] = [];
    const err = await (async () => {
      for await (const page of c.pages("GET /repos/{owner}/{repo}/issues", { owner: "a", repo: "b" }))
        pages.push(page);
    })().catch((e) => e);
    expect(pages).toEqual([[{ n: 1 }]]);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err.route).toBe("GET /repos/a/b/issues");
  });

  it("refuses variable names Octokit would take as options", async () => {
    await expect(client("http://127.0.0.1:9").graphql("{ x }", { headers: 1 })).rejects.toThrow(/headers/);
  });

  it.each([
    ["https://api.github.com", "https://api.github.com/graphql"],
    ["https://ghe.example.com/api/v3", "https://ghe.example.com/api/graphql"],
    ["https://ghe.example.com/api/v3/", "https://ghe.example.com/api/graphql"],
    ["http://127.0.0.1:8080", "http://127.0.0.1:8080/graphql"],
  ])("the default GraphQL URL for %s is %s", (api, gql) => {
    expect(defaultGraphqlUrl(api)).toBe(gql);
  });

  it.each([
    ["https://api.github.com/graphql", { baseUrl: "https://api.github.com" }],
    ["https://ghe.example.com/api/graphql", { baseUrl: "https://ghe.example.com/api/v3" }],
    [
      "https://ghe.example.com/api/v3/graphql",
      { baseUrl: "https://ghe.example.com", url: "https://ghe.example.com/api/v3/graphql" },
    ],
    [
      "https://proxy.example.com/gql",
      { baseUrl: "https://proxy.example.com", url: "https://proxy.example.com/gql" },
    ],
  ])("octokit.graphql defaults for %s", (gql, defaults) => {
    expect(graphqlRequestDefaults(gql)).toEqual(defaults);
  });
});

describe("GitHub's time", () => {
  it("is the Date of the first answer from the API, even an error, and stays that for the run", async () => {
    let n = 0;
    const dates = ["Mon, 23 Nov 2026 14:00:00 GMT", "Tue, 24 Nov 2026 09:00:00 GMT"];
    const { url } = await serve((_req, res) => {
      const date = dates[Math.min(n++, 1)]!;
      if (n === 1) json(res, 404, { message: "Not Found" }, { date });
      else json(res, 200, {}, { date });
    });
    const gh = client(url);
    expect(() => gh.now()).toThrow(/GitHub has not answered yet/);
    await expect(gh.request("GET /repos/{owner}/{repo}", { owner: "a", repo: "b" })).rejects.toThrow();
    await gh.graphql("{ viewer { login } }");
    expect(gh.now().toISOString()).toBe("2026-11-23T14:00:00.000Z");
  });

  it("fails closed, naming the request, when the first answer's Date is missing or unbelievable", async () => {
    for (const [date, why] of [
      [undefined, /GET \/repos\/a\/b\) cannot tell the time: it carried no `Date` header/],
      ["Thu, 01 Jan 1970 00:00:00 GMT", /is before 2025-01-01, which no working clock says/],
      ["2026-11-23T14:00:00Z", /"2026-11-23T14:00:00Z" is not an HTTP date/],
    ] as const) {
      const { url } = await serve((_req, res) => {
        // Node adds its own Date unless told not to: this stands for a proxy that strips it.
        res.sendDate = false;
        json(res, 200, {}, date ? { date } : {});
      });
      const gh = client(url);
      await gh.request("GET /repos/{owner}/{repo}", { owner: "a", repo: "b" });
      await gh.request("GET /repos/{owner}/{repo}", { owner: "a", repo: "b" });
      expect(() => gh.now()).toThrow(why);
      expect(() => gh.now()).toThrow(/never from the runner; check that no proxy/);
    }
  });

  it("does not take the time from an answer of another host (a redirect)", async () => {
    const other = await serve((_req, res) =>
      json(res, 200, { ok: true }, { date: "Fri, 01 Jan 2027 00:00:00 GMT" }),
    );
    const { url } = await serve((req, res) => {
      if (req.path.startsWith("/moved")) {
        res.writeHead(302, { location: `${other.url}/elsewhere`, date: "Mon, 23 Nov 2026 14:00:00 GMT" });
        res.end();
      } else json(res, 200, {}, { date: "Mon, 23 Nov 2026 14:05:00 GMT" });
    });
    const gh = client(url);
    await gh.request("GET /moved");
    expect(() => gh.now()).toThrow(/not answered yet/);
    await gh.request("GET /repos/{owner}/{repo}", { owner: "a", repo: "b" });
    expect(gh.now().toISOString()).toBe("2026-11-23T14:05:00.000Z");
  });
});

describe("requests under way at once", () => {
  /** A server that holds every answer 150 ms and records how many requests it held at most. */
  async function slowServer() {
    let now = 0;
    let most = 0;
    const { url } = await serve((_req, res) => {
      now++;
      most = Math.max(most, now);
      setTimeout(() => {
        now--;
        res.writeHead(200, { "content-type": "application/json", date: new Date().toUTCString() });
        res.end("{}");
      }, 150);
    });
    return { url, most: () => most };
  }

  it("every client of the process shares ten requests under way; a client with its own limit keeps to it alone", async () => {
    const shared = await slowServer();
    const clients = [0, 1, 2].map((i) => createClient({ token: `t${i}`, apiUrl: shared.url, log: () => {} }));
    await Promise.all(clients.flatMap((c) => Array.from({ length: 10 }, () => c.request("GET /x"))));
    expect(shared.most()).toBe(10);

    const own = await slowServer();
    const apart = [0, 1, 2].map((i) =>
      createClient({ token: `t${i}`, apiUrl: own.url, log: () => {}, maxConcurrent: 4 }),
    );
    await Promise.all(apart.flatMap((c) => Array.from({ length: 10 }, () => c.request("GET /x"))));
    expect(own.most()).toBe(12);
  });
});

describe("reading an answer", () => {
  const body = (text: string) => Readable.from([Buffer.from(text)]);
  it("reads JSON, text and bytes as Octokit does, JSON with JSON.parse", async () => {
    expect(await readAnswer(body('{"id":12,"name":"ü"}'), "application/json; charset=utf-8")).toEqual({
      id: 12,
      name: "ü",
    });
    expect(await readAnswer(body("not json"), "application/json")).toBe("not json");
    expect(await readAnswer(body("# Title"), "text/markdown")).toBe("# Title");
    expect(await readAnswer(body("raw"), "application/vnd.github.raw; charset=utf-8")).toBe("raw");
    const bytes = await readAnswer(body("\u0001\u0002"), "application/octet-stream");
    expect(bytes).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(bytes as ArrayBuffer)]).toEqual([1, 2]);
    expect(await readAnswer("", "application/json")).toBe("");
  });

  it("is what a client's request returns: numbers stay numbers, as JSON.parse reads them", async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"id":4294967297,"huge":9007199254740993,"items":[1,2]}');
    });
    const { data } = await client(url).request("GET /x");
    expect(data).toEqual({ id: 4_294_967_297, huge: 2 ** 53, items: [1, 2] });
    expect(typeof data.huge).toBe("number");
  });
});

describe("GraphQL's own rate limit", () => {
  it("waits for the reset GitHub names, counted from its Date, then asks again", async () => {
    let calls = 0;
    const { url, seen } = await serve((_req, res) => {
      const date = new Date();
      if (++calls === 1)
        return json(
          res,
          200,
          { data: null, errors: [{ type: "RATE_LIMITED", message: "API rate limit exceeded" }] },
          {
            date: date.toUTCString(),
            "x-ratelimit-remaining": "0",
            // The reset is now by GitHub's clock: one second is waited, whatever this machine's clock says.
            "x-ratelimit-reset": String(Math.floor(date.getTime() / 1000)),
          },
        );
      json(res, 200, { data: { ok: true } }, { date: date.toUTCString() });
    });
    const logs: string[] = [];
    expect(await client(url, logs).graphql("query Q { ok }")).toEqual({ ok: true });
    expect(seen).toHaveLength(2);
    expect(seen[1]!.at - seen[0]!.at).toBeGreaterThanOrEqual(900);
    expect(logs).toEqual([
      "GitHub's primary rate limit was hit for POST /graphql; waiting 1 s as asked (retry 1 of 3).",
    ]);
  });

  it("gives the RATE_LIMITED answer back as a GraphQL error when the reset is too far", async () => {
    const { url, seen } = await serve((_req, res) =>
      json(
        res,
        200,
        { data: null, errors: [{ type: "RATE_LIMITED", message: "API rate limit exceeded" }] },
        { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600) },
      ),
    );
    const err = await client(url)
      .graphql("query Q { ok }")
      .catch((e) => e);
    expect(seen).toHaveLength(1);
    expect(err).toBeInstanceOf(GraphQLError);
    expect(err.errors[0].type).toBe("RATE_LIMITED");
  });
});
