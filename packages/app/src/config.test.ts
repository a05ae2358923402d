import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError, defaultServerUrl, readConfig } from "./config";

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 1024 });
const PEM = privateKey.export({ type: "pkcs1", format: "pem" }).toString();
const noFile = () => {
  throw Object.assign(new Error("nope"), { code: "ENOENT" });
};

function problems(env: Record<string, string>, readFile = noFile): string[] {
  try {
    readConfig(env, readFile);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
}

describe("readConfig", () => {
  it("reads a complete configuration, deriving the GraphQL and web URLs", () => {
    const c = readConfig(
      { APP_ID: "123", PRIVATE_KEY: PEM.replace(/\n/g, "\\n"), WEBHOOK_SECRET: "s" },
      noFile,
    );
    expect(c).toMatchObject({
      appId: 123,
      apiUrl: "https://api.github.com",
      graphqlUrl: "https://api.github.com/graphql",
      serverUrl: "https://github.com",
      port: 3000,
      host: "0.0.0.0",
      recheckMinutes: 10,
    });
    expect(c.privateKey).toBe(PEM.trim());
  });

  it("reads the key from PRIVATE_KEY_PATH and derives Enterprise Server URLs", () => {
    const c = readConfig(
      {
        APP_ID: "7",
        PRIVATE_KEY_PATH: "/keys/app.pem",
        WEBHOOK_SECRET: "s",
        GITHUB_API_URL: "https://ghe.example.com/api/v3/",
        PORT: "8080",
      },
      (path) => (path === "/keys/app.pem" ? PEM : noFile()),
    );
    expect(c).toMatchObject({
      apiUrl: "https://ghe.example.com/api/v3",
      graphqlUrl: "https://ghe.example.com/api/graphql",
      serverUrl: "https://ghe.example.com",
      port: 8080,
    });
  });

  it("names every missing value with what to set", () => {
    expect(problems({})).toEqual([
      expect.stringMatching(/^APP_ID is not set/),
      expect.stringMatching(/^PRIVATE_KEY \(the \.pem text\) or PRIVATE_KEY_PATH/),
      expect.stringMatching(/^WEBHOOK_SECRET is not set/),
    ]);
  });

  it.each([
    [{ APP_ID: "my-app" }, /^APP_ID must be the App's numeric ID, e\.g\. 123456, not "my-app"/],
    [{ PRIVATE_KEY: "-----BEGIN RSA PRIVATE KEY-----" }, /holds only the first line of the key/],
    [{ PRIVATE_KEY: "not a key" }, /^PRIVATE_KEY is not a PEM private key/],
    [
      { PRIVATE_KEY_PATH: "/nope.pem" },
      /^PRIVATE_KEY_PATH names \/nope\.pem, which cannot be read \(ENOENT\)/,
    ],
    [{ PRIVATE_KEY_PATH: "/k.pem" }, /^PRIVATE_KEY and PRIVATE_KEY_PATH are both set/],
    [
      { GITHUB_API_URL: "ghe.example.com" },
      /^GITHUB_API_URL must be a URL such as https:\/\/api\.github\.com/,
    ],
    [{ GITHUB_API_URL: "ftp://ghe.example.com" }, /^GITHUB_API_URL must be an http\(s\) URL/],
    [{ PORT: "80a" }, /^PORT must be a port number/],
    [{ RECHECK_MINUTES: "-5" }, /^RECHECK_MINUTES must be a whole number of minutes/],
  ])("refuses %o", (bad, message) => {
    const env = { APP_ID: "1", PRIVATE_KEY: PEM, WEBHOOK_SECRET: "s", ...bad };
    if ("PRIVATE_KEY_PATH" in bad && bad.PRIVATE_KEY_PATH === "/nope.pem")
      delete (env as Record<string, string>).PRIVATE_KEY;
    expect(problems(env)).toEqual([expect.stringMatching(message)]);
  });

  it("says it all at once, without a stack trace", () => {
    const e = (() => {
      try {
        readConfig({ APP_ID: "x" }, noFile);
      } catch (err) {
        return err as Error;
      }
    })();
    expect(e?.message).toMatch(/^The Gatehouse App cannot start:\n- APP_ID must be/);
    expect(e?.message.split("\n")).toHaveLength(4);
  });

  it("derives the web root from the API root", () => {
    expect(defaultServerUrl("https://api.github.com")).toBe("https://github.com");
    expect(defaultServerUrl("https://api.acme.ghe.com")).toBe("https://acme.ghe.com");
    expect(defaultServerUrl("http://127.0.0.1:3000/api/v3")).toBe("http://127.0.0.1:3000");
  });
});
