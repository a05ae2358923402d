import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import {
  checksumsFile,
  MANIFEST_SCHEMA_ID,
  parseChangeRequestsInput,
  parseFreezeInput,
  parseRangeInput,
  releaseManifest,
  serializeManifest,
} from "./releaseManifest";

const schema = JSON.parse(
  readFileSync(
    fileURLToPath(new URL("../../../../schema/release-manifest.schema.json", import.meta.url)),
    "utf8",
  ),
);
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

const base = {
  repository: "acme/shop",
  version: "1.4.0",
  tag: "v1.4.0",
  prerelease: false,
  commit: "c".repeat(40),
  range: { base: "d".repeat(40), head: "c".repeat(40), from: "previous-release" as const },
  policy: { path: ".github/gatehouse.yml", ref: "default branch", blobSha: "e".repeat(40) },
  workflowRun: { id: 42, attempt: 1, url: "https://github.example/acme/shop/actions/runs/42" },
  artefacts: [
    { name: "shop.zip", size: 10, sha256: "b".repeat(64) },
    { name: "app.tar.gz", size: 2 ** 31 - 1, sha256: "a".repeat(64) },
  ],
  notes: { entries: 3, commits: 9 },
};

describe("releaseManifest", () => {
  it("produces a manifest the published JSON Schema accepts, minimal and full", () => {
    const minimal = releaseManifest(base);
    expect(validate(minimal), JSON.stringify(validate.errors)).toBe(true);
    expect(minimal.$schema).toBe(MANIFEST_SCHEMA_ID);
    expect(schema.$id).toBe(MANIFEST_SCHEMA_ID);
    expect(minimal.artefacts.map((a) => a.name)).toEqual(["app.tar.gz", "shop.zip"]);
    expect(minimal).toMatchObject({ previousTag: null, environment: null, freeze: null, changeRequests: [] });

    const full = releaseManifest({
      ...base,
      prerelease: true,
      version: "1.4.0-rc.2",
      tag: "v1.4.0-rc.2",
      previousTag: "v1.3.0",
      environment: "production",
      environmentProtection: {
        requiredReviewers: [
          { type: "User", login: "rm" },
          { type: "Team", login: "acme/cab" },
        ],
        preventSelfReview: true,
        waitTimerMinutes: 0,
        branchPolicy: {
          protectedBranches: false,
          customBranchPolicies: true,
          patterns: ["main", "release/*"],
        },
      },
      workflowRun: { ...base.workflowRun, attempt: 2, workflow: "deploy", actor: "ada" },
      changeRequests: parseChangeRequestsInput(
        JSON.stringify([
          {
            repository: "acme/changes",
            number: 12,
            title: "Ship v1.4",
            type: "normal",
            risk: "high",
            approvers: ["@cab", { login: "grace", at: "2026-11-20T10:00:00Z" }],
            url: "https://github.example/acme/changes/issues/12",
          },
        ]),
      ),
      approvals: [{ user: "rm", state: "approved", environments: ["production"], comment: "ok" }],
      freeze: parseFreezeInput('{"frozen":"false","window":"","ends-at":"","overridden-by":""}'),
      notes: { entries: 3, commits: 9, asset: "RELEASE_NOTES.md" },
    });
    expect(validate(full), JSON.stringify(validate.errors)).toBe(true);
    expect(full.changeRequests[0]!.approvals).toEqual([
      { login: "cab", at: null },
      { login: "grace", at: "2026-11-20T10:00:00Z" },
    ]);
    expect(full.freeze).toEqual({ frozen: false, window: null, endsAt: null, overriddenBy: null });
    expect(full.environmentProtection?.requiredReviewers).toHaveLength(2);
    // no environment: no protection recorded, whatever was passed
    expect(
      releaseManifest({ ...base, environmentProtection: full.environmentProtection }).environmentProtection,
    ).toBeNull();
  });

  it("the schema still reads version 1 manifests, and requires range, policy and protection from version 2", () => {
    const m = releaseManifest(base) as unknown as Record<string, unknown>;
    const { range: _r, policy: _p, environmentProtection: _e, ...v1 } = m;
    expect(validate({ ...v1, manifestVersion: 1 }), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(v1)).toBe(false);
    expect(validate({ ...m, range: { base: null, head: "c".repeat(40), from: "change-gate" } })).toBe(true);
    expect(validate({ ...m, range: { base: "HEAD~1", head: "c".repeat(40), from: "change-gate" } })).toBe(
      false,
    );
    expect(
      validate({ ...m, policy: { path: ".github/gatehouse.yml", ref: "default branch", blobSha: "x" } }),
    ).toBe(false);
  });

  it("the schema rejects what a manifest must never hold", () => {
    const m = releaseManifest(base) as unknown as Record<string, unknown>;
    expect(validate({ ...m, commit: "abc" })).toBe(false);
    expect(validate({ ...m, artefacts: [{ name: "x", size: -1, sha256: "z" }] })).toBe(false);
    expect(validate({ ...m, version: "v1.4.0" })).toBe(false);
    const { tag: _tag, ...noTag } = m;
    expect(validate(noTag)).toBe(false);
  });

  it("is byte-identical for the same release (no clock inside)", () => {
    expect(serializeManifest(releaseManifest(base))).toBe(serializeManifest(releaseManifest({ ...base })));
    expect(serializeManifest(releaseManifest(base)).endsWith("}\n")).toBe(true);
  });
});

describe("checksumsFile", () => {
  it("writes the sha256sum --check format, sorted by name", () => {
    expect(checksumsFile(base.artefacts)).toBe(
      `${"a".repeat(64)}  app.tar.gz\n${"b".repeat(64)}  shop.zip\n`,
    );
  });
});

describe("parseChangeRequestsInput", () => {
  it("reads empty input as no change requests", () => {
    expect(parseChangeRequestsInput("")).toEqual([]);
    expect(parseChangeRequestsInput("[]")).toEqual([]);
  });
  it.each([
    ["{", /not valid JSON/],
    ['{"number":1}', /must be a JSON array/],
    ['[{"number":1}]', /change-requests\[0\] needs "repository"/],
    ['[{"repository":"a/b","number":0}]', /change-requests\[0\]/],
  ])("refuses %j", (text, message) => {
    expect(() => parseChangeRequestsInput(text)).toThrow(message);
  });
});

describe("parseRangeInput", () => {
  const a = "a".repeat(40);
  const b = "B".repeat(40);
  it("reads change-gate's base and head, and nothing as no range", () => {
    expect(parseRangeInput(` ${a}...${b}\n`)).toEqual({ base: a, head: b.toLowerCase() });
    expect(parseRangeInput("")).toBeUndefined();
    expect(parseRangeInput("...")).toBeUndefined();
  });
  it.each([`${a}..${a}`, `${a}...main`, "v1.0.0...v1.1.0", a])("refuses %j, naming the input", (text) => {
    expect(() => parseRangeInput(text)).toThrow(
      /range must be change-gate's base and head as BASE\.\.\.HEAD/,
    );
  });
});
