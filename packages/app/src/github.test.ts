/**
 * The App's installation tokens against the sandbox: a token GitHub says has expired before the
 * cache thought so is replaced once for all the requests made with it, not once each.
 */
import { afterEach, describe, expect, it } from "vitest";
import { configFor, memoryLog, startWithSandbox } from "./app.fixture";
import { AppClock } from "./clock";
import { AppGitHub } from "./github";

type Started = Awaited<ReturnType<typeof startWithSandbox>>;
let running: Started | undefined;
afterEach(async () => {
  await running?.app.close(500);
  await running?.sb.close();
  running = undefined;
});

describe("installation tokens", () => {
  it("replaces a token GitHub refuses as expired once, for every request made with it", async () => {
    running = await startWithSandbox({ calls: 0 });
    const { sb } = running;
    const config = configFor(sb);
    const github = new AppGitHub({
      appId: config.appId,
      privateKey: config.privateKey,
      apiUrl: config.apiUrl,
      graphqlUrl: config.graphqlUrl,
      clock: new AppClock(),
      log: memoryLog().log,
      retryBaseMs: 1,
    });
    const client = await github.installation(77).client(["acme/shop"], { issues: "read" });
    const read = () =>
      client.request("GET /repos/{owner}/{repo}/issues/{issue_number}", {
        owner: "acme",
        repo: "shop",
        issue_number: 1,
      });
    expect((await read()).status).toBe(200);
    const mints = () =>
      sb.requestCount({ method: "POST", route: "/app/installations/{installation_id}/access_tokens" });
    const before = mints();
    // Two hours pass on GitHub's clock (installation tokens last one): the cached token is refused.
    sb.setNow(new Date(Date.parse(sb.state.now) + 2 * 3600_000).toISOString());
    // Requests of a decision under way, one after another, on the client it started with.
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await read()).status);
    expect(statuses).toEqual([200, 200, 200]);
    // The first is refused; the others go with the fresh token.
    expect(sb.requestCount({ path: "/repos/acme/shop/issues/1", status: 401 })).toBe(1);
    expect(mints() - before).toBe(1);
  });
});
