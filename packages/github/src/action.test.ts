import { PolicyError } from "@gatehouse/core";
import { describe, expect, it } from "vitest";
import { runMain, setupAction } from "./action";
import { PermissionError } from "./errors";

function fakeRunner() {
  const calls: string[] = [];
  return {
    calls,
    runner: {
      annotate: (level: string, message: string, props?: object) =>
        calls.push(`${level} ${message} ${JSON.stringify(props)}`),
      setFailed: (message: string) => calls.push(`failed ${message}`),
      debug: (message: string) => calls.push(`debug ${message.split("\n")[0]}`),
    },
  };
}

describe("setupAction", () => {
  const env = {
    GITHUB_REPOSITORY: "acme/shop",
    GITHUB_API_URL: "https://ghe.example.com/api/v3",
    GITHUB_GRAPHQL_URL: "https://ghe.example.com/api/graphql",
  };

  it("builds the client for the runner's API URLs", () => {
    const setup = setupAction({ ...env, INPUT_TOKEN: "t" });
    expect(setup.ctx.repository).toEqual({ owner: "acme", repo: "shop" });
    expect(setup.client.apiUrl).toBe("https://ghe.example.com/api/v3");
    expect(setup.client.graphqlUrl).toBe("https://ghe.example.com/api/graphql");
  });

  it("has no clock of its own: a time set in the job's environment is not read", () => {
    const setup = setupAction({
      ...env,
      INPUT_TOKEN: "t",
      GATEHOUSE_NOW: "2020-01-01T00:00:00Z",
      TZ: "Asia/Tokyo",
    });
    expect(Object.keys(setup).sort()).toEqual(["client", "ctx"]);
    expect(() => setup.client.now()).toThrow(/GitHub has not answered yet/);
  });

  it("needs a token and a repository", () => {
    expect(() => setupAction(env)).toThrow(/No token: set the `token` input/);
    expect(() => setupAction({ INPUT_TOKEN: "t" })).toThrow(/GITHUB_REPOSITORY is not set/);
  });
});

describe("runMain", () => {
  it("does nothing more when main succeeds", async () => {
    const { calls, runner } = fakeRunner();
    await runMain(async () => {}, { runner });
    expect(calls).toEqual([]);
  });

  it("fails the step with one sentence and keeps the stack for the debug log", async () => {
    const { calls, runner } = fakeRunner();
    await runMain(
      async () => {
        throw new PermissionError({
          status: 403,
          route: "POST /repos/{owner}/{repo}/issues",
          permission: "issues=write",
        });
      },
      { runner },
    );
    expect(calls).toEqual([
      "debug PermissionError: POST /repos/{owner}/{repo}/issues needs the token permission issues: write (GitHub answered 403)",
      "failed The token cannot call POST /repos/{owner}/{repo}/issues: add `permissions: { issues: write }` to the job.",
    ]);
  });

  it("annotates each policy problem at its line and column", async () => {
    const { calls, runner } = fakeRunner();
    await runMain(
      async () => {
        throw new PolicyError([
          { path: "version", message: "version must be `1`, not 2", line: 1, column: 10 },
        ]);
      },
      { runner },
    );
    expect(calls[0]).toBe(
      'error version must be `1`, not 2 {"title":"Gatehouse policy","file":".github/gatehouse.yml","line":1,"col":10}',
    );
    expect(calls.at(-1)).toBe(
      "failed .github/gatehouse.yml has 1 problem, first at line 1, column 10: version must be `1`, not 2 (fix it and re-run).",
    );
  });
});
