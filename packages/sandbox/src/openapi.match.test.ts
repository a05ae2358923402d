import { describe, expect, it } from "vitest";
import { description } from "./openapi";

describe("route matching", () => {
  it("names path parameters as the matched template does, when templates share a position", () => {
    const sha = "9155d6aabbe17791f042940490577ad122ba6887";
    const single = description().match("GET", `/repos/acme/shop/commits/${sha}`);
    expect(single?.route).toBe("/repos/{owner}/{repo}/commits/{ref}");
    expect(single?.params).toMatchObject({ owner: "acme", repo: "shop", ref: sha });
    const pulls = description().match("GET", `/repos/acme/shop/commits/${sha}/pulls`);
    expect(pulls?.params).toMatchObject({ commit_sha: sha });
  });
});
