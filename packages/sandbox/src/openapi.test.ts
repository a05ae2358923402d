import { describe, expect, it } from "vitest";
import { description } from "./openapi";
import { allRoutes } from "./routes";

describe("GitHub's REST description", () => {
  it("matches literal segments before parameters, and greedy trailing parameters", () => {
    const d = description();
    expect(d.match("GET", "/repos/o/r/releases/latest")?.route).toBe("/repos/{owner}/{repo}/releases/latest");
    expect(d.match("GET", "/repos/o/r/releases/12")?.route).toBe(
      "/repos/{owner}/{repo}/releases/{release_id}",
    );
    const contents = d.match("GET", "/repos/o/r/contents/.github/gatehouse.yml");
    expect(contents?.params.path).toBe(".github/gatehouse.yml");
    const encoded = d.match("GET", "/repos/o/r/contents/.github%2Fgatehouse.yml");
    expect(encoded?.params.path).toBe(".github/gatehouse.yml");
    expect(d.match("GET", "/repos/o/r/compare/main...feature/x")?.params.basehead).toBe("main...feature/x");
    expect(d.match("GET", "/repos/o/r/nope")).toBeUndefined();
    expect(d.match("DELETE", "/repos/o/r/commits")?.operation).toBeUndefined();
  });

  it("validates parameters whose schemas reference shared components", () => {
    const d = description();
    const op = d.operation("GET", "/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}")!;
    const v = d.validator(op);
    expect(v.validateParams({ owner: "o", repo: "r", alert_number: "3" }, new URLSearchParams())).toEqual([]);
    expect(v.validateParams({ owner: "o", repo: "r", alert_number: "x" }, new URLSearchParams())).not.toEqual(
      [],
    );
  });

  it("honours OpenAPI 3.0 nullable in bodies", () => {
    const d = description();
    const v = d.validator(d.operation("PATCH", "/repos/{owner}/{repo}/issues/{issue_number}")!);
    expect(v.validateBody({ body: null, milestone: null, title: 3 })).toEqual([]);
    expect(v.validateBody({ state: "done" })).toEqual([
      expect.objectContaining({ field: "state", code: "invalid" }),
    ]);
  });

  it("has every implemented route in GitHub's description, once", () => {
    const d = description();
    const missing = allRoutes
      .filter((r) => !d.operation(r.method, r.route))
      .map((r) => `${r.method} ${r.route}`);
    expect(missing).toEqual([]);
    const keys = allRoutes.map((r) => `${r.method} ${r.route}`);
    expect(keys.length).toBe(new Set(keys).size);
  });
});
