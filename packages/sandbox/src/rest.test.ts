import { createHash } from "node:crypto";
import { Agent, request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ghesReleases, type Sandbox, startSandbox } from "./index";
import { api } from "./testing";

const SCENARIO = `
now: 2026-03-02T09:00:00Z
users:
  - { login: alice, name: Alice Doe, email: alice@example.com }
  - bob
  - carol
orgs:
  - login: acme
    teams:
      - { slug: cab, members: [bob, carol], maintainers: [carol] }
tokens:
  - value: app-token
    user: gatehouse-app[bot]
    permissions: { contents: read, issues: read, members: read, pull-requests: read }
  - value: read-only
    permissions: { contents: read, issues: read }
  - value: fine-grained
    permissions: { issues: read }
    deniedWith: 404
repos:
  - repo: acme/app
    immutableReleases: true
    labels: [change-request, { name: change/approved, color: 0e8a16 }]
    commits:
      - { message: "feat: login page", author: alice }
      - { message: "fix: typo", author: bob, files: [docs/readme.md] }
      - { message: "feat: search", branch: feature/search }
    tags: { v1.0.0: "feat: login page" }
    issues:
      - title: Deploy the login page
        number: 7
        body: "## Summary\\nLogin page"
        labels: [change-request]
        comments: [{ author: bob, body: /approve }]
    pulls:
      - title: "feat: search"
        number: 8
        head: feature/search
        commits: ["feat: search"]
        merged: true
        body: "Change-Request: #7"
    environments:
      - { name: production, reviewers: [bob, "team:acme/cab"], preventSelfReview: true, branchPolicy: [main, "release/*"] }
      - { name: staging, branchPolicy: protected }
    deployments:
      - { environment: production, sha: "feat: login page", statuses: [success] }
      - { environment: staging, statuses: [success] }
    runs:
      - id: 4242
        approvals: [{ user: bob, comment: ship it, environments: [production] }]
        pending: [production]
    files:
      .github/gatehouse.yml: "version: 1\\n"
      src/app.ts: "export {};\\n"
    filesAt:
      feature/search:
        .github/gatehouse.yml: "version: 1\\nfreeze: {}\\n"
`;

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox(SCENARIO, { checkResponses: true });
});
afterAll(async () => {
  await sb.close();
});

describe("connections", () => {
  it("keeps a client's connection open between requests, as GitHub does", async () => {
    const agent = new Agent({ keepAlive: true });
    try {
      const reused: boolean[] = [];
      for (let i = 0; i < 3; i++) {
        await new Promise<void>((done, fail) => {
          const req = request(
            `${sb.apiUrl}/repos/acme/app`,
            { agent, headers: { authorization: "token app-token" } },
            (res) => {
              reused.push(req.reusedSocket);
              res.resume();
              res.on("end", () => done());
            },
          );
          req.on("error", fail);
          req.end();
        });
        // An instant between requests, as between a client's steps.
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(reused).toEqual([false, true, true]);
    } finally {
      agent.destroy();
    }
  });
});

describe("refusing what GitHub refuses", () => {
  it("answers 422 to a release without tag_name and records the violation", async () => {
    const before = sb.violations.length;
    const res = await api(sb).post("/repos/acme/app/releases", { name: "no tag" });
    expect(res.status).toBe(422);
    expect(res.data.message).toBe("Validation Failed");
    expect(res.data.errors).toEqual([expect.objectContaining({ code: "missing_field", field: "tag_name" })]);
    expect(sb.violations.slice(before)).toEqual([
      expect.objectContaining({
        kind: "invalid-request",
        route: "/repos/{owner}/{repo}/releases",
        status: 422,
      }),
    ]);
  });

  it("answers 404 to a route GitHub does not have and records it", async () => {
    const before = sb.violations.length;
    const res = await api(sb).get("/repos/acme/app/change-requests");
    expect(res.status).toBe(404);
    expect(res.data).toMatchObject({ message: "Not Found", documentation_url: expect.any(String) });
    expect(sb.violations.slice(before)).toEqual([
      expect.objectContaining({ kind: "unknown-route", status: 404 }),
    ]);
  });

  it("answers 404 to a method GitHub does not have on a path", async () => {
    const res = await api(sb).delete("/repos/acme/app/commits");
    expect(res.status).toBe(404);
  });

  it("answers 501 to a GitHub route the sandbox does not implement, as a violation", async () => {
    const before = sb.violations.length;
    const res = await api(sb).get("/repos/acme/app/actions/secrets");
    expect(res.status).toBe(501);
    expect(sb.violations.slice(before)).toEqual([expect.objectContaining({ kind: "not-implemented" })]);
  });

  it("validates query parameters against the description", async () => {
    const res = await api(sb).get("/repos/acme/app/issues?state=resolved");
    expect(res.status).toBe(422);
    expect(res.data.errors[0]).toMatchObject({ field: "state", code: "invalid" });
  });

  it("validates nested body types (OpenAPI nullable and $ref honoured)", async () => {
    const ok = await api(sb).patch("/repos/acme/app/issues/7", { milestone: null });
    expect(ok.status).toBe(200);
    const bad = await api(sb).post("/repos/acme/app/issues", { title: "x", labels: "not-an-array" });
    expect(bad.status).toBe(422);
  });

  it("refuses an unknown token with 401 and a missing one too", async () => {
    expect((await api(sb, "nope").get("/repos/acme/app")).status).toBe(401);
    const res = await fetch(`${sb.apiUrl}/repos/acme/app`);
    expect(res.status).toBe(401);
  });

  it("answers 403 with x-accepted-github-permissions when the token lacks the permission", async () => {
    const res = await api(sb, "read-only").post("/repos/acme/app/issues/7/comments", { body: "hi" });
    expect(res.status).toBe(403);
    expect(res.data.message).toBe("Resource not accessible by integration");
    expect(res.headers.get("x-accepted-github-permissions")).toBe("issues=write");
    const team = await api(sb).get("/orgs/acme/teams/cab/members");
    expect(team.status).toBe(403);
    expect(team.headers.get("x-accepted-github-permissions")).toBe("members=read");
  });

  it("answers 404 instead, naming the permission, to a token GitHub answers as if nothing were there", async () => {
    const res = await api(sb, "fine-grained").get("/repos/acme/app/contents/.github%2Fgatehouse.yml");
    expect(res.status).toBe(404);
    expect(res.data.message).toBe("Not Found");
    expect(res.headers.get("x-accepted-github-permissions")).toBe("contents=read");
  });

  it("refuses a label name longer than GitHub's 50 characters, wherever a label is made", async () => {
    const long = "x".repeat(51);
    for (const res of [
      await api(sb).post("/repos/acme/app/labels", { name: long }),
      await api(sb).post("/repos/acme/app/issues", { title: "t", labels: [long] }),
      await api(sb).patch("/repos/acme/app/issues/7", { labels: ["change-request", long] }),
      await api(sb).post("/repos/acme/app/issues/7/labels", { labels: [long] }),
    ]) {
      expect(res.status).toBe(422);
      expect(res.data.errors[0]).toMatchObject({
        resource: "Label",
        field: "name",
        message: "name is too long (maximum is 50 characters)",
      });
    }
    expect(
      (await api(sb).get("/repos/acme/app/issues/7")).data.labels.map((l: { name: string }) => l.name),
    ).toEqual(["change-request"]);
    expect((await api(sb).post("/repos/acme/app/labels", { name: "x".repeat(50) })).status).toBe(201);
  });

  it("refuses GET /user to an installation token, as GitHub does", async () => {
    const res = await api(sb).get("/user");
    expect(res.status).toBe(403);
  });

  it("sends rate-limit headers on every response", async () => {
    const res = await api(sb).get("/repos/acme/app");
    const used = Number(res.headers.get("x-ratelimit-used"));
    // The default token is a workflow's GITHUB_TOKEN: 1,000 REST requests an hour.
    expect(res.headers.get("x-ratelimit-limit")).toBe("1000");
    expect(Number(res.headers.get("x-ratelimit-remaining"))).toBe(1000 - used);
    const again = await api(sb).get("/repos/acme/app");
    expect(again.headers.get("x-ratelimit-used")).toBe(String(used + 1));
    const limits = await api(sb).get("/rate_limit");
    expect(limits.data.resources.core).toMatchObject({ limit: 1000, used: used + 1 });
  });
});

describe("issues, labels and the timeline", () => {
  it("records a label added through the API as a labeled event by the token's user", async () => {
    const add = await api(sb).post("/repos/acme/app/issues/7/labels", { labels: ["change/approved"] });
    expect(add.status).toBe(200);
    expect(add.data.map((l: { name: string }) => l.name)).toEqual(["change-request", "change/approved"]);
    const timeline = await api(sb).get("/repos/acme/app/issues/7/timeline");
    const labeled = timeline.data.filter((e: { event: string }) => e.event === "labeled");
    expect(labeled.at(-1)).toMatchObject({
      actor: { login: "github-actions[bot]" },
      label: { name: "change/approved" },
    });
    expect(timeline.data.map((e: { event: string }) => e.event)).toEqual(["labeled", "commented", "labeled"]);

    const gql = await api(sb).graphql(`{ repository(owner: "acme", name: "app") { issue(number: 7) {
      timelineItems(first: 20, itemTypes: [LABELED_EVENT]) { nodes { ... on LabeledEvent { actor { login } label { name } createdAt } } } } } }`);
    expect(gql.body.errors).toBeUndefined();
    expect(gql.body.data.repository.issue.timelineItems.nodes.at(-1)).toEqual({
      actor: { login: "github-actions" },
      label: { name: "change/approved" },
      createdAt: expect.stringMatching(/^2026-03-02T09:00:\d\dZ$/),
    });
  });

  it("creates, edits and closes issues with events and lastEditedAt", async () => {
    const created = await api(sb).post("/repos/acme/app/issues", {
      title: "Review",
      body: "b",
      labels: ["post-implementation-review"],
      assignees: ["alice"],
    });
    expect(created.status).toBe(201);
    const n = created.data.number;
    expect(n).toBe(9); // issues and pull requests share numbers
    const edited = await api(sb).patch(`/repos/acme/app/issues/${n}`, { body: "b2", state: "closed" });
    expect(edited.data).toMatchObject({ state: "closed", body: "b2" });
    const events = await api(sb).get(`/repos/acme/app/issues/${n}/events`);
    expect(events.data.map((e: { event: string }) => e.event)).toEqual(["labeled", "assigned", "closed"]);
    const issue = sb.state.repos[0]!.issues.find((i) => i.number === n)!;
    expect(issue.lastEditedAt).not.toBeNull();
    const list = await api(sb).get("/repos/acme/app/issues?labels=post-implementation-review&state=all");
    expect(list.data.map((i: { number: number }) => i.number)).toEqual([n]);
  });

  it("updates and deletes comments", async () => {
    const c = await api(sb).post("/repos/acme/app/issues/7/comments", {
      body: "<!-- gatehouse:gate:x -->\nfirst",
    });
    expect(c.status).toBe(201);
    const u = await api(sb).patch(`/repos/acme/app/issues/comments/${c.data.id}`, { body: "second" });
    expect(u.data.body).toBe("second");
    expect((await api(sb).delete(`/repos/acme/app/issues/comments/${c.data.id}`)).status).toBe(204);
    expect((await api(sb).get(`/repos/acme/app/issues/comments/${c.data.id}`)).status).toBe(404);
  });

  it("searches issues by repository, label, state and text", async () => {
    await api(sb).post("/repos/acme/app/issues", {
      title: "Post-implementation review",
      body: "<!-- gatehouse:pir:42 -->",
    });
    const res = await api(sb).get(
      `/search/issues?q=${encodeURIComponent('repo:acme/app is:issue is:open "gatehouse:pir:42" in:body')}`,
    );
    expect(res.data.total_count).toBe(1);
    expect(res.data.items[0].title).toBe("Post-implementation review");
    const labelled = await api(sb).get(
      `/search/issues?q=${encodeURIComponent("repo:acme/app label:change-request")}`,
    );
    expect(labelled.data.items.map((i: { number: number }) => i.number)).toEqual([7]);
    const prs = await api(sb).get(`/search/issues?q=${encodeURIComponent("repo:acme/app is:pr is:closed")}`);
    expect(prs.data.items.map((i: { number: number }) => i.number)).toEqual([8]);
  });

  it("lists the comments of a whole repository", async () => {
    const res = await api(sb).get("/repos/acme/app/issues/comments?sort=created&direction=asc");
    expect(res.data[0]).toMatchObject({ body: "/approve", user: { login: "bob" } });
  });

  it("paginates with Link headers", async () => {
    const s = await startSandbox({
      repos: [{ repo: "o/r", issues: Array.from({ length: 65 }, (_, i) => ({ title: `Issue ${i + 1}` })) }],
    });
    try {
      const seen: number[] = [];
      let url: string | undefined = `${s.apiUrl}/repos/o/r/issues?per_page=30&sort=created&direction=asc`;
      let pages = 0;
      while (url) {
        const res = await api(s).get(url);
        pages++;
        seen.push(...res.data.map((i: { number: number }) => i.number));
        url = /<([^>]+)>; rel="next"/.exec(res.headers.get("link") ?? "")?.[1];
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(Array.from({ length: 65 }, (_, i) => i + 1));
      expect(s.requestCount({ route: "/repos/{owner}/{repo}/issues" })).toBe(3);
    } finally {
      await s.close();
    }
  });
});

describe("git data", () => {
  it("lists commits, compares and finds pull requests of a commit", async () => {
    const commits = await api(sb).get("/repos/acme/app/commits?sha=main");
    expect(commits.data.map((c: { commit: { message: string } }) => c.commit.message)).toEqual([
      "feat: search (#8)\n\nChange-Request: #7",
      "fix: typo",
      "feat: login page",
    ]);
    const cmp = await api(sb).get("/repos/acme/app/compare/v1.0.0...main");
    expect(cmp.data).toMatchObject({ status: "ahead", ahead_by: 2, total_commits: 2 });
    expect(
      cmp.data.commits.map((c: { commit: { message: string } }) => c.commit.message.split("\n")[0]),
    ).toEqual(["fix: typo", "feat: search (#8)"]);
    expect(cmp.data.files.map((f: { filename: string }) => f.filename)).toContain("docs/readme.md");
    const head = commits.data[0].sha;
    const pulls = await api(sb).get(`/repos/acme/app/commits/${head}/pulls`);
    expect(pulls.data.map((p: { number: number }) => p.number)).toEqual([8]);
    const pr = await api(sb).get("/repos/acme/app/pulls/8");
    expect(pr.data).toMatchObject({ merged: true, merge_commit_sha: head, body: "Change-Request: #7" });
  });

  it("reads refs and creates one", async () => {
    const tag = await api(sb).get("/repos/acme/app/git/ref/tags/v1.0.0");
    expect(tag.data.ref).toBe("refs/tags/v1.0.0");
    const created = await api(sb).post("/repos/acme/app/git/refs", {
      ref: "refs/tags/v1.1.0",
      sha: tag.data.object.sha,
    });
    expect(created.status).toBe(201);
    const again = await api(sb).post("/repos/acme/app/git/refs", {
      ref: "refs/tags/v1.1.0",
      sha: tag.data.object.sha,
    });
    expect(again.status).toBe(422);
    const matching = await api(sb).get("/repos/acme/app/git/matching-refs/tags/v1");
    expect(matching.data.map((r: { ref: string }) => r.ref)).toEqual([
      "refs/tags/v1.0.0",
      "refs/tags/v1.1.0",
    ]);
    const branch = await api(sb).get("/repos/acme/app/git/ref/heads%2Ffeature%2Fsearch");
    expect(branch.status).toBe(200);
  });

  it("serves file contents as base64 JSON and raw, at a ref", async () => {
    const json = await api(sb).get("/repos/acme/app/contents/.github%2Fgatehouse.yml");
    expect(json.status).toBe(200);
    expect(Buffer.from(json.data.content, "base64").toString()).toBe("version: 1\n");
    const raw = await api(sb).get("/repos/acme/app/contents/.github/gatehouse.yml?ref=feature/search", {
      accept: "application/vnd.github.raw+json",
    });
    expect(raw.data).toBe("version: 1\nfreeze: {}\n");
    expect((await api(sb).get("/repos/acme/app/contents/missing.yml")).status).toBe(404);
  });
});

describe("releases and assets", () => {
  async function upload(s: Sandbox, uploadUrl: string, name: string, chunks: number, chunkSize: number) {
    const url = new URL(uploadUrl.replace(/\{\?name,label\}$/, `?name=${encodeURIComponent(name)}`));
    const hash = createHash("sha256");
    return new Promise<{ status: number; body: any; sha: string }>((resolve, reject) => {
      const req = request(
        url,
        {
          method: "POST",
          headers: {
            authorization: `token ${s.token}`,
            "content-type": "application/gzip",
            "content-length": String(chunks * chunkSize),
          },
        },
        (res) => {
          let text = "";
          res.on("data", (d) => {
            text += d;
          });
          res.on("end", () =>
            resolve({ status: res.statusCode!, body: JSON.parse(text), sha: hash.digest("hex") }),
          );
        },
      );
      req.on("error", reject);
      let i = 0;
      const write = () => {
        while (i < chunks) {
          const chunk = Buffer.alloc(chunkSize, i % 251);
          hash.update(chunk);
          i++;
          if (!req.write(chunk)) {
            req.once("drain", write);
            return;
          }
        }
        req.end();
      };
      write();
    });
  }

  it("drafts, streams assets with a sha256 digest, publishes, then refuses changes (immutable)", async () => {
    const draft = await api(sb).post("/repos/acme/app/releases", {
      tag_name: "v2.0.0",
      draft: true,
      name: "v2.0.0",
    });
    expect(draft.status).toBe(201);
    expect(draft.data.upload_url).toBe(
      `${sb.uploadsUrl}/repos/acme/app/releases/${draft.data.id}/assets{?name,label}`,
    );

    const small = await upload(sb, draft.data.upload_url, "app.tar.gz", 4, 64 * 1024);
    expect(small.status).toBe(201);
    expect(small.body).toMatchObject({
      name: "app.tar.gz",
      size: 256 * 1024,
      digest: `sha256:${small.sha}`,
      state: "uploaded",
    });

    const big = await upload(sb, draft.data.upload_url, "big.bin", 40, 256 * 1024);
    expect(big.body).toMatchObject({ size: 10 * 1024 * 1024, digest: `sha256:${big.sha}` });
    const bigAsset = sb.state.repos[0]!.releases.find((r) => r.tagName === "v2.0.0")!.assets[1]!;
    expect(bigAsset.content).toBeNull(); // over 8 MiB: hashed, not kept

    const renamed = await upload(sb, draft.data.upload_url, "release notes.md", 1, 10);
    expect(renamed.body.name).toBe("release.notes.md");

    const dup = await upload(sb, draft.data.upload_url, "app.tar.gz", 1, 10);
    expect(dup.status).toBe(422);
    expect(dup.body.errors[0]).toMatchObject({ code: "already_exists", field: "name" });

    const download = await fetch(`${sb.apiUrl}/repos/acme/app/releases/assets/${small.body.id}`, {
      headers: { authorization: `token ${sb.token}`, accept: "application/octet-stream" },
    });
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(small.sha);

    const published = await api(sb).patch(`/repos/acme/app/releases/${draft.data.id}`, { draft: false });
    expect(published.data).toMatchObject({ draft: false, immutable: true, tag_name: "v2.0.0" });
    expect((await api(sb).get("/repos/acme/app/git/ref/tags/v2.0.0")).status).toBe(200);
    expect((await api(sb).get("/repos/acme/app/releases/latest")).data.id).toBe(draft.data.id);
    expect((await api(sb).get("/repos/acme/app/releases/tags/v2.0.0")).data.assets).toHaveLength(3);

    const refused = await upload(sb, draft.data.upload_url, "late.txt", 1, 10);
    expect(refused.status).toBe(422);
    expect((await api(sb).delete(`/repos/acme/app/releases/assets/${small.body.id}`)).status).toBe(422);
  });

  it("shows drafts only to tokens that can push", async () => {
    const draft = await api(sb).post("/repos/acme/app/releases", { tag_name: "v9.0.0-draft", draft: true });
    const reader = api(sb, "read-only");
    expect((await reader.get(`/repos/acme/app/releases/${draft.data.id}`)).status).toBe(404);
    const listed = await reader.get("/repos/acme/app/releases");
    expect(listed.data.map((r: { id: number }) => r.id)).not.toContain(draft.data.id);
    expect((await api(sb).get("/repos/acme/app/releases")).data.map((r: { id: number }) => r.id)).toContain(
      draft.data.id,
    );
  });

  it("refuses a second published release of a tag, but accepts several drafts of it, as GitHub does", async () => {
    await api(sb).post("/repos/acme/app/releases", { tag_name: "v3.0.0" });
    const again = await api(sb).post("/repos/acme/app/releases", { tag_name: "v3.0.0" });
    expect(again.status).toBe(422);
    expect(again.data.errors[0]).toMatchObject({ code: "already_exists", field: "tag_name" });

    const first = await api(sb).post("/repos/acme/app/releases", { tag_name: "v3.1.0", draft: true });
    const second = await api(sb).post("/repos/acme/app/releases", { tag_name: "v3.1.0", draft: true });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.data.id).not.toBe(first.data.id);
    expect((await api(sb).patch(`/repos/acme/app/releases/${first.data.id}`, { draft: false })).status).toBe(
      200,
    );
    const publishTwice = await api(sb).patch(`/repos/acme/app/releases/${second.data.id}`, { draft: false });
    expect(publishTwice.status).toBe(422);
    expect(publishTwice.data.errors[0]).toMatchObject({ code: "already_exists", field: "tag_name" });
    expect((await api(sb).delete(`/repos/acme/app/releases/${second.data.id}`)).status).toBe(204);
  });

  it("serves uploads only from the uploads URL", async () => {
    const res = await api(sb).post("/repos/acme/app/releases/1/assets?name=x", {});
    expect(res.status).toBe(404);
  });
});

describe("deployments, environments, runs, teams", () => {
  it("filters deployments and adds statuses", async () => {
    const prod = await api(sb).get("/repos/acme/app/deployments?environment=production");
    expect(prod.data).toHaveLength(1);
    const created = await api(sb).post("/repos/acme/app/deployments", {
      ref: "main",
      environment: "production",
    });
    expect(created.status).toBe(201);
    const st = await api(sb).post(`/repos/acme/app/deployments/${created.data.id}/statuses`, {
      state: "success",
    });
    expect(st.status).toBe(201);
    const list = await api(sb).get("/repos/acme/app/deployments?environment=production");
    expect(list.data[0].id).toBe(created.data.id); // newest first
    const statuses = await api(sb).get(`/repos/acme/app/deployments/${created.data.id}/statuses`);
    expect(statuses.data.map((s: { state: string }) => s.state)).toEqual(["success"]);
  });

  it("creates the environment a deployment first names, and finds environments whatever their case", async () => {
    expect((await api(sb).get("/repos/acme/app/environments/Staging")).data.name).toBe("staging");
    expect((await api(sb).get("/repos/acme/app/environments/qa")).status).toBe(404);
    await api(sb).post("/repos/acme/app/deployments", { ref: "main", environment: "qa" });
    expect((await api(sb).get("/repos/acme/app/environments/QA")).data.name).toBe("qa");
    const listed = await api(sb).graphql(
      '{ repository(owner: "acme", name: "app") { environments(first: 10) { totalCount nodes { name } } } }',
    );
    expect(listed.body.data.repository.environments).toEqual({
      totalCount: 3,
      nodes: [{ name: "production" }, { name: "qa" }, { name: "staging" }],
    });
  });

  it("lists environments over GraphQL only to a token with actions: read", async () => {
    const res = await api(sb, "read-only").graphql(
      '{ repository(owner: "acme", name: "app") { environments(first: 10) { nodes { name } } } }',
    );
    expect(res.body.errors?.[0]).toMatchObject({ type: "FORBIDDEN", path: ["repository", "environments"] });
  });

  it("answers environments, run approvals and pending deployments", async () => {
    const env = await api(sb).get("/repos/acme/app/environments/production");
    expect(env.data.protection_rules[0].reviewers.map((r: { type: string }) => r.type)).toEqual([
      "User",
      "Team",
    ]);
    expect(env.data.protection_rules[0].prevent_self_review).toBe(true);
    expect(env.data.protection_rules.map((r: { type: string }) => r.type)).toEqual([
      "required_reviewers",
      "branch_policy",
    ]);
    expect(env.data.deployment_branch_policy).toEqual({
      protected_branches: false,
      custom_branch_policies: true,
    });
    const patterns = await api(sb).get("/repos/acme/app/environments/production/deployment-branch-policies");
    expect(patterns.data).toMatchObject({
      total_count: 2,
      branch_policies: [{ name: "main" }, { name: "release/*" }],
    });
    const staging = await api(sb).get("/repos/acme/app/environments/staging");
    expect(staging.data.deployment_branch_policy).toEqual({
      protected_branches: true,
      custom_branch_policies: false,
    });
    const approvals = await api(sb).get("/repos/acme/app/actions/runs/4242/approvals");
    expect(approvals.data).toEqual([
      expect.objectContaining({
        state: "approved",
        comment: "ship it",
        user: expect.objectContaining({ login: "bob" }),
      }),
    ]);
    expect(approvals.data[0].environments[0].name).toBe("production");
    const pending = await api(sb).get("/repos/acme/app/actions/runs/4242/pending_deployments");
    expect(pending.data[0].environment.name).toBe("production");
    const run = await api(sb).get("/repos/acme/app/actions/runs/4242");
    expect(run.data).toMatchObject({
      id: 4242,
      run_attempt: 1,
      html_url: `${sb.url}/acme/app/actions/runs/4242`,
    });
  });

  it("lists team members for a token with members: read", async () => {
    const res = await api(sb, "app-token").get("/orgs/acme/teams/cab/members");
    expect(res.data.map((u: { login: string }) => u.login)).toEqual(["bob", "carol"]);
    const m = await api(sb, "app-token").get("/orgs/acme/teams/cab/memberships/carol");
    expect(m.data).toMatchObject({ role: "maintainer", state: "active" });
    expect((await api(sb, "app-token").get("/orgs/acme/teams/cab/memberships/alice")).status).toBe(404);
  });
});

describe("faults", () => {
  it("fails the next request with 502 once, then answers normally", async () => {
    sb.faults.add({ route: "/repos/{owner}/{repo}", status: 502 });
    expect((await api(sb).get("/repos/acme/app")).status).toBe(502);
    expect((await api(sb).get("/repos/acme/app")).status).toBe(200);
  });

  it("simulates a secondary rate limit with retry-after", async () => {
    sb.faults.secondaryRateLimit({
      method: "POST",
      route: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
    });
    const res = await api(sb).post("/repos/acme/app/issues/7/comments", { body: "x" });
    expect(res.status).toBe(403);
    expect(res.headers.get("retry-after")).toBe("1");
    expect(res.data.message).toMatch(/secondary rate limit/);
  });

  it("drops the connection", async () => {
    sb.faults.add({ route: "/repos/{owner}/{repo}", drop: true });
    await expect(api(sb).get("/repos/acme/app")).rejects.toThrow();
    expect((await api(sb).get("/repos/acme/app")).status).toBe(200);
  });

  it("delays a request", async () => {
    sb.faults.add({ route: "/repos/{owner}/{repo}", delayMs: 150 });
    const t = performance.now();
    expect((await api(sb).get("/repos/acme/app")).status).toBe(200);
    expect(performance.now() - t).toBeGreaterThanOrEqual(140);
  });

  it("stalls a request until the client gives up, handling nothing", async () => {
    sb.faults.add({ method: "POST", route: "/repos/{owner}/{repo}/issues", stall: true });
    const issues = () => sb.store.findRepo("acme", "app")?.issues.length;
    const before = issues();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(
      fetch(`${sb.apiUrl}/repos/acme/app/issues`, {
        method: "POST",
        headers: { authorization: `token ${sb.token}`, "content-type": "application/json" },
        body: JSON.stringify({ title: "stalled" }),
        signal: controller.signal,
      }),
    ).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 20));
    expect(issues()).toBe(before);
    expect(sb.requests.at(-1)).toMatchObject({ method: "POST", status: 0 });
    expect((await api(sb).get("/repos/acme/app")).status).toBe(200);
  });

  it("applies a write and then loses its answer", async () => {
    sb.faults.add({
      method: "POST",
      route: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
      applied: true,
    });
    await expect(
      api(sb).post("/repos/acme/app/issues/7/comments", { body: "lost answer" }),
    ).rejects.toThrow();
    const comments = await api(sb).get("/repos/acme/app/issues/7/comments");
    expect(comments.data.filter((c: { body: string }) => c.body === "lost answer")).toHaveLength(1);

    sb.faults.add({ method: "POST", route: "/repos/{owner}/{repo}/labels", applied: true, status: 502 });
    expect((await api(sb).post("/repos/acme/app/labels", { name: "applied-502" })).status).toBe(502);
    expect((await api(sb).get("/repos/acme/app/labels/applied-502")).status).toBe(200);
  });

  it("answers GraphQL's 'Something went wrong'", async () => {
    sb.faults.somethingWentWrong();
    const res = await api(sb).graphql("{ viewer { login } }");
    expect(res.status).toBe(200);
    expect(res.body.data).toBeNull();
    expect(res.body.errors?.[0]?.message).toMatch(/^Something went wrong while executing your query/);
  });

  it("faults GraphQL requests", async () => {
    sb.faults.add({ graphql: true, status: 502, times: 2 });
    expect(
      (
        await api(sb)
          .graphql("{ viewer { login } }")
          .catch(() => ({ status: 502 }))
      ).status,
    ).toBe(502);
    expect(
      (
        await api(sb)
          .graphql("{ viewer { login } }")
          .catch(() => ({ status: 502 }))
      ).status,
    ).toBe(502);
    expect((await api(sb).graphql("{ viewer { login } }")).status).toBe(200);
  });
});

describe("determinism and the log", () => {
  it("gives the same ids, node ids, shas and times for the same scenario and calls", async () => {
    const run = async () => {
      const s = await startSandbox(SCENARIO);
      try {
        const issue = await api(s).post("/repos/acme/app/issues", { title: "t" });
        const commits = await api(s).get("/repos/acme/app/commits");
        return {
          issue: [issue.data.id, issue.data.node_id, issue.data.number, issue.data.created_at],
          shas: commits.data.map((c: { sha: string }) => c.sha),
        };
      } finally {
        await s.close();
      }
    };
    const a = await run();
    expect(await run()).toEqual(a);
    expect(a.issue[3]).toBe("2026-03-02T09:00:01Z");
  });

  it("logs every request with its route and counts them", async () => {
    const s = await startSandbox(SCENARIO);
    try {
      await api(s).get("/repos/acme/app/issues/7");
      await api(s).get("/repos/acme/app/issues/7");
      await api(s).graphql("{ viewer { login } }");
      expect(s.requestCount()).toBe(3);
      expect(s.requestCount({ method: "GET", route: "/repos/{owner}/{repo}/issues/{issue_number}" })).toBe(2);
      expect(s.requestCount({ route: "graphql" })).toBe(1);
      expect(s.requests[0]).toMatchObject({
        method: "GET",
        path: "/repos/acme/app/issues/7",
        status: 200,
        token: "github-actions[bot]",
      });
      s.resetRequests();
      expect(s.requestCount()).toBe(0);
    } finally {
      await s.close();
    }
  });

  it("serves small web pages for links", async () => {
    for (const p of [
      "/acme/app/issues/7",
      "/acme/app/pull/8",
      "/acme/app/compare/v1.0.0...main",
      "/acme/app/actions/runs/4242",
    ]) {
      expect((await fetch(`${sb.url}${p}`)).status, p).toBe(200);
    }
  });
});

describe("answers in GitHub's shapes", () => {
  it("answered every request above in the shape GitHub's description gives for its status", () => {
    expect(sb.violations.filter((v) => v.kind === "response-schema")).toEqual([]);
  });
});

describe("a GitHub Enterprise Server description", () => {
  it("refuses, as that release would, a route only github.com has", async () => {
    const ghes = await startSandbox(SCENARIO, { description: "ghes-3.17" });
    try {
      const res = await api(ghes).get("/repos/acme/app/attestations/sha256:abc");
      expect(res.status).toBe(404);
      expect(ghes.violations).toEqual([
        expect.objectContaining({
          kind: "unknown-route",
          message:
            "GET /repos/acme/app/attestations/sha256:abc: no such route in GitHub Enterprise Server 3.17's REST API description",
        }),
      ]);
      expect((await api(ghes).get("/repos/acme/app")).status).toBe(200);
    } finally {
      await ghes.close();
    }
  });

  it("lists the releases @octokit/openapi describes, oldest first", () => {
    const releases = ghesReleases();
    expect(releases.length).toBeGreaterThanOrEqual(2);
    expect(releases.every((r) => /^ghes-3\.\d+$/.test(r))).toBe(true);
    expect([...releases].sort((a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1]))).toEqual(releases);
  });
});
