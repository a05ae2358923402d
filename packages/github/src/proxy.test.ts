import { describe, expect, it } from "vitest";
import { describeRoute, proxyFor, readProxySettings, redactProxyUrl } from "./proxy";

const API = new URL("https://api.github.com/repos/acme/shop");
const GHES = new URL("https://ghe.corp.example:8443/api/v3/repos/acme/shop");
const PLAIN = new URL("http://ghe.corp.example/api/v3");

describe("which proxy a request uses", () => {
  it("reads HTTPS_PROXY for https targets and HTTP_PROXY for http ones", () => {
    const settings = readProxySettings({
      HTTPS_PROXY: "http://secure:3128",
      HTTP_PROXY: "http://plain:3128",
    });
    expect(proxyFor(API, settings)).toBe("http://secure:3128/");
    expect(proxyFor(PLAIN, settings)).toBe("http://plain:3128/");
    expect(proxyFor(API, readProxySettings({ HTTP_PROXY: "http://plain:3128" }))).toBeUndefined();
  });

  it("prefers the lower-case variable when both are set", () => {
    const settings = readProxySettings({
      HTTPS_PROXY: "http://upper:1",
      https_proxy: "http://lower:2",
      NO_PROXY: "api.github.com",
      no_proxy: "other.example",
    });
    expect(proxyFor(API, settings)).toBe("http://lower:2/");
    expect(settings.noProxyFrom).toBe("no_proxy");
  });

  it("takes a proxy without a scheme as http://, and keeps its credentials", () => {
    expect(proxyFor(API, readProxySettings({ HTTPS_PROXY: "proxy.corp:3128" }))).toBe(
      "http://proxy.corp:3128/",
    );
    expect(proxyFor(API, readProxySettings({ HTTPS_PROXY: "http://me:p%40ss@proxy.corp:3128" }))).toBe(
      "http://me:p%40ss@proxy.corp:3128/",
    );
  });

  it("refuses a proxy it cannot use, naming the variable, never the password", () => {
    expect(() => readProxySettings({ https_proxy: "socks5://me:secret@proxy:1080" })).toThrow(
      /^https_proxy is "socks5:\/\/me:\*\*\*@proxy:1080": only http:\/\/ and https:\/\/ proxies/,
    );
    expect(() => readProxySettings({ HTTPS_PROXY: "http://[bad" })).toThrow(/^HTTPS_PROXY is .* not a URL/);
  });

  it.each([
    ["*", API, true],
    ["api.github.com", API, true],
    ["github.com", API, true], // a bare domain covers its subdomains, as in @actions/http-client
    [".github.com", API, true],
    ["*.github.com", API, true],
    ["API.GitHub.com", API, true],
    ["api.github.com:443", API, true], // the scheme's default port counts
    ["api.github.com:8443", API, false],
    ["ghe.corp.example:8443", GHES, true],
    ["ghe.corp.example:443", GHES, false],
    ["corp.example", GHES, true],
    ["hub.com", API, false], // not a suffix at a dot
    ["github.com.evil", API, false],
    [" other.example , .github.com ", API, true],
    ["", API, false],
  ])("NO_PROXY=%j exempts %s: %s", (noProxy, url, exempt) => {
    const settings = readProxySettings({ HTTPS_PROXY: "http://proxy:3128", NO_PROXY: noProxy });
    expect(proxyFor(url, settings) === undefined).toBe(exempt);
  });

  it("matches IP addresses and never proxies loopback", () => {
    const settings = readProxySettings({ HTTP_PROXY: "http://proxy:3128", NO_PROXY: "10.0.0.5" });
    expect(proxyFor(new URL("http://10.0.0.5/api/v3"), settings)).toBeUndefined();
    expect(proxyFor(new URL("http://10.0.0.6/api/v3"), settings)).toBe("http://proxy:3128/");
    for (const loopback of ["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000"]) {
      expect(proxyFor(new URL(loopback), settings)).toBeUndefined();
    }
  });
});

describe("how the route is described in messages", () => {
  it("names the proxy and its variable, without the password", () => {
    const settings = readProxySettings({
      HTTPS_PROXY: "http://me:secret@proxy.corp:3128",
      NO_PROXY: "localhost",
    });
    expect(describeRoute(API, settings)).toBe(
      "through the proxy http://me:***@proxy.corp:3128 (HTTPS_PROXY; NO_PROXY=localhost)",
    );
  });

  it("names the NO_PROXY entry that sent a request direct", () => {
    const settings = readProxySettings({ https_proxy: "http://proxy:3128", no_proxy: ".corp.example" });
    expect(describeRoute(GHES, settings)).toBe(
      'directly, not through the proxy in https_proxy: no_proxy entry ".corp.example" exempts ghe.corp.example',
    );
  });

  it("says nothing when no proxy is set", () => {
    expect(describeRoute(API, readProxySettings({ NO_PROXY: "*" }))).toBe("");
  });

  it("redacts passwords even in text that is not a URL", () => {
    expect(redactProxyUrl("http://me:secret@proxy:1")).toBe("http://me:***@proxy:1");
    expect(redactProxyUrl("me:secret@proxy:1")).toBe("me:***@proxy:1");
    expect(redactProxyUrl("http://me:p@ss@proxy:1/")).toBe("http://me:***@proxy:1");
  });
});
