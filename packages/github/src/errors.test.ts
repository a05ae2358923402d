import { describe, expect, it } from "vitest";
import {
  describeError,
  formatPermissions,
  GitHubApiError,
  GraphQLError,
  PermissionError,
  parseAcceptedPermissions,
  toGitHubError,
} from "./errors";

/** What Octokit throws: a RequestError. */
function requestError(
  status: number,
  data: unknown,
  headers: Record<string, string> = {},
  url = "https://x/repos/a/b",
) {
  return Object.assign(new Error((data as { message?: string })?.message ?? "err"), {
    name: "HttpError",
    status,
    request: { method: "GET", url, headers: {} },
    response: { status, url, headers, data },
  });
}

describe("x-accepted-github-permissions", () => {
  it.each([
    ["issues=write", ["issues: write"]],
    ["contents=read; pull_requests=read", ["contents: read", "pull-requests: read"]],
    ["contents=read,pull_requests=write", ["contents: read, pull-requests: write"]],
    ["metadata=read,security_events=write", ["security-events: write"]],
    [
      "repository_projects=write; organization_projects=admin",
      ["repository-projects: write", "organization-projects: admin"],
    ],
    [" deployments = read ", ["deployments: read"]],
    ["metadata=read", []],
    ["", []],
  ])("%j → %j", (header, lines) => {
    expect(parseAcceptedPermissions(header).map(formatPermissions)).toEqual(lines);
  });

  it("knows which permissions a workflow token can have", () => {
    const [set] = parseAcceptedPermissions("members=read");
    expect(set).toEqual([{ api: "members", key: "members", access: "read", workflowToken: false }]);
    expect(parseAcceptedPermissions("pull_requests=read")[0]?.[0]?.workflowToken).toBe(true);
  });
});

describe("toGitHubError", () => {
  it("turns a 403 with the permissions header into a PermissionError", () => {
    const e = toGitHubError(
      requestError(
        403,
        { message: "Resource not accessible by integration" },
        {
          "x-accepted-github-permissions": "issues=write",
        },
      ),
      "POST /repos/{owner}/{repo}/labels",
    );
    expect(e).toBeInstanceOf(PermissionError);
    const p = e as PermissionError;
    expect(p.permission).toBe("issues=write");
    expect(p.permissionsLine).toBe("issues: write");
    expect(p.status).toBe(403);
    expect(p.route).toBe("POST /repos/{owner}/{repo}/labels");
    expect(p.apiMessage).toBe("Resource not accessible by integration");
  });

  it("a 404 with the header is a permission problem too (private resources answer 404)", () => {
    const e = toGitHubError(
      requestError(404, { message: "Not Found" }, { "x-accepted-github-permissions": "contents=read" }),
    );
    expect(e).toBeInstanceOf(PermissionError);
    expect((e as PermissionError).route).toBe("GET /repos/a/b");
    expect(describeError(e)).toBe(
      "GitHub found nothing at GET /repos/a/b: if it exists, the token cannot see it, so add `permissions: { contents: read }` to the job.",
    );
  });

  it("a 404 whose header only names metadata is a plain not-found", () => {
    const e = toGitHubError(
      requestError(404, { message: "Not Found" }, { "x-accepted-github-permissions": "metadata=read" }),
    );
    expect(e).toBeInstanceOf(GitHubApiError);
    expect(e).not.toBeInstanceOf(PermissionError);
  });

  it("a request that got no answer has status 0", () => {
    const raw = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), {
      status: 500,
      request: { method: "POST", url: "http://127.0.0.1:1/graphql" },
    });
    const e = toGitHubError(raw, "graphql") as GitHubApiError;
    expect(e.status).toBe(0);
    expect(describeError(e)).toBe(
      "Could not reach GitHub for graphql (connect ECONNREFUSED 127.0.0.1:1): check GITHUB_API_URL and the network, then re-run the job.",
    );
  });

  it("passes other errors through", () => {
    const plain = new TypeError("x");
    expect(toGitHubError(plain)).toBe(plain);
  });
});

describe("describeError", () => {
  const cases: [string, unknown, string][] = [
    [
      "permission",
      new PermissionError({
        status: 403,
        route: "POST /repos/{owner}/{repo}/issues",
        permission: "issues=write",
      }),
      "The token cannot call POST /repos/{owner}/{repo}/issues: add `permissions: { issues: write }` to the job.",
    ],
    [
      "permission no workflow token can have",
      new PermissionError({
        status: 403,
        route: "GET /orgs/{org}/teams/{team_slug}/members",
        permission: "members=read",
      }),
      "The token cannot call GET /orgs/{org}/teams/{team_slug}/members: it needs the members: read permission, which a workflow's GITHUB_TOKEN cannot have, so pass a GitHub App token with that permission in the `token` input.",
    ],
    [
      "bad credentials",
      new GitHubApiError({ status: 401, route: "GET /user", apiMessage: "Bad credentials" }),
      "GitHub rejected the token for GET /user (Bad credentials): check the `token` input.",
    ],
    [
      "plain 403",
      new GitHubApiError({
        status: 403,
        route: "GET /x",
        apiMessage: "Resource not accessible by integration",
      }),
      "GitHub refused GET /x (Resource not accessible by integration): give the token access to this repository (check the job's `permissions:` and the `token` input).",
    ],
    [
      "validation",
      new GitHubApiError({ status: 422, route: "POST /x", apiMessage: "Validation Failed" }),
      "GitHub refused POST /x as invalid (Validation Failed).",
    ],
    [
      "graphql",
      new GraphQLError({ errors: [{ message: "Field 'nope' doesn't exist on type 'Issue'" }] }),
      "GitHub refused a GraphQL query: Field 'nope' doesn't exist on type 'Issue'.",
    ],
    [
      "graphql forbidden",
      new GraphQLError({
        errors: [{ type: "FORBIDDEN", message: "Resource not accessible by integration" }],
      }),
      "GitHub refused a GraphQL query (Resource not accessible by integration): give the token read access to what it names (check the job's `permissions:`).",
    ],
    ["plain error, first line only", new Error("Something broke\n    at foo (x.js:1:1)"), "Something broke."],
    ["string", "already a sentence!", "already a sentence!"],
    [
      "policy error",
      Object.assign(new Error("x"), {
        name: "PolicyError",
        source: ".github/gatehouse.yml",
        problems: [
          { path: "freeze.timezone", message: "freeze.timezone: unknown time zone", line: 3, column: 13 },
          { path: "x", message: "y" },
        ],
      }),
      ".github/gatehouse.yml has 2 problems, first at line 3, column 13: freeze.timezone: unknown time zone (fix them and re-run).",
    ],
  ];
  it.each(cases)("%s", (_name, error, text) => {
    expect(describeError(error)).toBe(text);
  });

  it("handles raw Octokit errors and never shows a stack", () => {
    const text = describeError(requestError(502, { message: "Bad Gateway" }));
    expect(text).toBe(
      "GitHub failed on GET /repos/a/b with 502 (Bad Gateway) even after retries: re-run the job later.",
    );
    expect(describeError({ weird: true })).not.toMatch(/\n|at /);
  });
});
