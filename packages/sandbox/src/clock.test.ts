import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "./index";
import { api } from "./testing";

// The sandbox's clock is GitHub's: every answer carries it as `Date`, which the actions take as the
// time. Tests and the demo move it with `setNow`, never through the actions' environment.
const NOW = "2026-03-02T09:00:00Z";
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox({
    now: NOW,
    repos: [{ repo: "acme/app", commits: [{ message: "feat: first" }], issues: [{ number: 1, title: "A" }] }],
  });
});
afterAll(async () => {
  await sb?.close();
});

const viewer = () =>
  fetch(sb.graphqlUrl, {
    method: "POST",
    headers: { authorization: `token ${sb.token}`, "content-type": "application/json" },
    body: JSON.stringify({ query: "{ viewer { login } }" }),
  });
const httpDate = (iso: string) => new Date(iso).toUTCString();

describe("the sandbox's clock", () => {
  it("is the Date of every answer: REST, errors, GraphQL, uploads, pages, injected faults", async () => {
    sb.setNow(NOW);
    const gh = api(sb);
    const rest = await gh.get("/repos/acme/app");
    expect(rest.status).toBe(200);
    expect(rest.headers.get("date")).toBe(httpDate(NOW));
    const missing = await gh.get("/repos/acme/nothing");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("date")).toBe(httpDate(NOW));
    const graphql = await viewer();
    expect(graphql.headers.get("date")).toBe(httpDate(NOW));
    const page = await fetch(`${sb.url}/acme/app`);
    expect(page.headers.get("date")).toBe(httpDate(NOW));
    sb.faults.add({ route: "/repos/{owner}/{repo}", status: 502 });
    const faulted = await gh.get("/repos/acme/app");
    expect(faulted.status).toBe(502);
    expect(faulted.headers.get("date")).toBe(httpDate(NOW));

    const draft = await gh.post("/repos/acme/app/releases", { tag_name: "v1.0.0", draft: true });
    const afterWrite = "2026-03-02T09:00:01Z"; // a write advances the clock one second
    expect(draft.headers.get("date")).toBe(httpDate(afterWrite));
    const upload = await fetch(
      `${sb.uploadsUrl}/repos/acme/app/releases/${draft.data.id}/assets?name=a.txt`,
      {
        method: "POST",
        headers: { authorization: `token ${sb.token}`, "content-type": "text/plain" },
        body: "bytes",
      },
    );
    expect(upload.status).toBe(201);
    expect(upload.headers.get("date")).toBe(httpDate("2026-03-02T09:00:02Z"));
  });

  it("moves when a test sets it, for answers and for the times of later writes", async () => {
    expect(sb.setNow("2026-11-27T15:00:00+01:00")).toBe("2026-11-27T14:00:00Z");
    const gh = api(sb);
    expect((await gh.get("/repos/acme/app")).headers.get("date")).toBe("Fri, 27 Nov 2026 14:00:00 GMT");
    const comment = await gh.post("/repos/acme/app/issues/1/comments", { body: "hello" });
    expect(comment.data.created_at).toBe("2026-11-27T14:00:01Z");
    expect(() => sb.setNow("tomorrow")).toThrow(/not an ISO 8601 instant/);
  });

  it("can answer without a Date, or with another one, when a fault says so (a proxy that rewrites it)", async () => {
    sb.setNow(NOW);
    const gh = api(sb);
    sb.faults.add({ route: "/repos/{owner}/{repo}", date: null });
    const stripped = await gh.get("/repos/acme/app");
    expect(stripped.status).toBe(200);
    expect(stripped.data.full_name).toBe("acme/app");
    expect(stripped.headers.get("date")).toBeNull();
    sb.faults.add({ graphql: true, date: "Thu, 01 Jan 1970 00:00:00 GMT" });
    const absurd = await viewer();
    expect(absurd.status).toBe(200);
    expect(absurd.headers.get("date")).toBe("Thu, 01 Jan 1970 00:00:00 GMT");
    const again = await gh.get("/repos/acme/app");
    expect(again.headers.get("date")).toBe(httpDate(NOW));
  });
});
