import { describe, expect, it } from "vitest";
import { planMajorTag } from "./majorTag";

const tags = [
  { name: "v1.3.0", sha: "a13" },
  { name: "v1.4.0", sha: "a14" },
  { name: "v1", sha: "a14" },
  { name: "v2.0.0", sha: "b20" },
  { name: "v2", sha: "b20" },
  { name: "v1.5.0-rc.1", sha: "a15rc" },
];

describe("the major tag", () => {
  it("moves to the newest stable release of its major", () => {
    expect(planMajorTag({ version: "1.4.1", tagPrefix: "v", sha: "a141", tags })).toEqual({
      move: true,
      tag: "v1",
      sha: "a141",
      from: "a14",
    });
  });

  it("is created by the first release of a major", () => {
    expect(planMajorTag({ version: "3.0.0", tagPrefix: "v", sha: "c30", tags })).toEqual({
      move: true,
      tag: "v3",
      sha: "c30",
      from: undefined,
    });
  });

  it("stays for a prerelease", () => {
    expect(planMajorTag({ version: "1.5.0-rc.2", tagPrefix: "v", sha: "x", tags })).toEqual({
      move: false,
      tag: "v1",
      reason: "v1.5.0-rc.2 is a prerelease: v1 stays.",
    });
  });

  it("stays for a fix of an older line while a newer release of the major exists", () => {
    expect(planMajorTag({ version: "1.3.1", tagPrefix: "v", sha: "a131", tags })).toEqual({
      move: false,
      tag: "v1",
      reason: "v1.4.0 is newer than v1.3.1: v1 stays.",
    });
  });

  it("does nothing on a re-run, when it already points at the release", () => {
    expect(planMajorTag({ version: "2.0.0", tagPrefix: "v", sha: "b20", tags })).toMatchObject({
      move: false,
    });
  });

  it("follows the tag prefix", () => {
    const prefixed = [{ name: "release-1.0.0", sha: "r1" }];
    expect(
      planMajorTag({ version: "1.1.0", tagPrefix: "release-", sha: "r11", tags: prefixed }),
    ).toMatchObject({
      move: true,
      tag: "release-1",
    });
  });
});
