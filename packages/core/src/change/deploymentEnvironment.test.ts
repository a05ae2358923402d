import { describe, expect, it } from "vitest";
import { matchEnvironment, unknownEnvironment } from "./deploymentEnvironment";

describe("matchEnvironment", () => {
  it.each([
    ["production", ["production", "staging"], "production"],
    ["Production", ["production"], "production"],
    [" production ", ["PRODUCTION"], "PRODUCTION"],
    ["prodution", ["production"], undefined],
    ["production", [], undefined],
    ["", ["production"], undefined],
  ])("%j in %j → %j", (input, existing, expected) => {
    expect(matchEnvironment(input, existing)).toBe(expected);
  });
});

describe("unknownEnvironment", () => {
  it("lists the environments that exist and suggests the near one", () => {
    expect(unknownEnvironment("prodution", ["staging", "production"], "acme/shop")).toBe(
      "The `environment` input names `prodution`, which is not an environment of acme/shop (did you mean `production`?): it has `production`, `staging`. Fix the `environment` input and re-run.",
    );
  });

  it("says when the repository has none", () => {
    expect(unknownEnvironment("production", [], "acme/shop")).toBe(
      "The `environment` input names `production`, but acme/shop has no environments: fix the input, or create `production` under Settings → Environments (a job with `environment: production` creates it too) and re-run.",
    );
  });

  it("lists at most 20 and counts the rest", () => {
    const names = Array.from({ length: 30 }, (_, i) => `env-${String(i).padStart(2, "0")}`);
    const text = unknownEnvironment("zzz", names, "acme/shop", 130);
    expect(text).toContain("`env-19` and 110 more.");
    expect(text).not.toContain("did you mean");
  });
});
