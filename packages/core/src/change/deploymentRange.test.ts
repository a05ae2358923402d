import { describe, expect, it } from "vitest";
import {
  changeUnits,
  chooseRangeBase,
  coAuthorLogins,
  type RangeCommit,
  rangeAuthors,
} from "./deploymentRange";

describe("chooseRangeBase", () => {
  const deployments = [
    { sha: "aaa", createdAt: "2026-03-01T10:00:00Z", latestStatus: "success" },
    { sha: "bbb", createdAt: "2026-03-02T10:00:00Z", latestStatus: "failure" },
    { sha: "ccc", createdAt: "2026-02-01T10:00:00Z", latestStatus: "success" },
    { sha: "ddd", createdAt: "2026-03-03T10:00:00Z", latestStatus: null },
  ];
  it("starts at the last deployment whose latest status is success", () => {
    expect(
      chooseRangeBase({ environment: "production", deployments, latestRelease: { tag: "v1", sha: "rel" } }),
    ).toEqual({
      sha: "aaa",
      source: "deployment",
      description: "the last successful deployment to production (2026-03-01)",
    });
  });
  it("falls back to the latest release, then the base input, then nothing", () => {
    const failed = deployments.filter((d) => d.latestStatus !== "success");
    expect(
      chooseRangeBase({
        environment: "p",
        deployments: failed,
        latestRelease: { tag: "v1.2.0", sha: "rel" },
        baseInput: "x",
      }),
    ).toMatchObject({
      sha: "rel",
      source: "release",
    });
    expect(
      chooseRangeBase({ environment: "p", deployments: [], latestRelease: null, baseInput: " main~3 " }),
    ).toMatchObject({
      sha: "main~3",
      source: "input",
    });
    expect(chooseRangeBase({ environment: "p", deployments: [], baseInput: "" })).toBeNull();
  });
});

const commit = (
  sha: string,
  message: string,
  pullRequests: number[] = [],
  authors = ["alice"],
): RangeCommit => ({
  sha,
  message,
  authors,
  pullRequests,
});
const pr = (number: number, body: string, author = "alice") => ({
  number,
  title: `PR ${number}`,
  url: `https://github.com/acme/shop/pull/${number}`,
  body,
  author,
});

describe("changeUnits", () => {
  it("groups commits under their merged pull requests and keeps direct pushes apart", () => {
    const units = changeUnits(
      [
        commit("c1", "feat: a", [12]),
        commit("c2", "Merge pull request #12", [12]),
        commit("c3", "fix: hotfix\n\nChange-Request: #9"),
        commit("c4", "chore: b", [99]),
      ],
      [pr(12, "Adds billing\n\nChange-Request: org/changes#4")],
      "acme/shop",
    );
    expect(
      units.map((u) =>
        u.kind === "pull-request"
          ? `PR ${u.pullRequest.number}:${u.commits.length}`
          : `commit ${u.commit.sha}`,
      ),
    ).toEqual(["PR 12:2", "commit c3", "commit c4"]);
    expect(units[0]!.links).toEqual([{ repository: "org/changes", number: 4 }]);
    expect(units[1]!.links).toEqual([{ repository: "acme/shop", number: 9 }]);
    expect(units[2]!.links).toEqual([]);
  });

  it("counts a pull request's commit trailers for it, and skips pull requests without commits in the range", () => {
    const units = changeUnits(
      [commit("c1", "feat: a\n\nChange-Request: #3", [5])],
      [pr(5, ""), pr(6, "Change-Request: #1")],
      "acme/shop",
    );
    expect(units).toHaveLength(1);
    expect(units[0]!.links).toEqual([{ repository: "acme/shop", number: 3 }]);
  });

  it("handles an empty range", () => {
    expect(changeUnits([], [], "acme/shop")).toEqual([]);
  });
});

describe("range authors", () => {
  it("collects commit authors, co-authors and pull request authors, case-insensitively", () => {
    const authors = rangeAuthors(
      [commit("1234567890", "x", [], ["Bob", "carol"])],
      [pr(3, "", "dave"), pr(4, "", "bob")],
    );
    expect([...authors]).toEqual([
      ["bob", "commit 1234567"],
      ["carol", "commit 1234567"],
      ["dave", "pull request #3"],
    ]);
  });
  it("reads co-authors' logins from noreply addresses only", () => {
    const message =
      "feat: x\n\nCo-authored-by: Carol <12345+carol@users.noreply.github.com>\nCo-authored-by: Dave <dave@example.com>\nco-authored-by: Erin <erin@users.noreply.github.com>";
    expect(coAuthorLogins(message)).toEqual(["carol", "erin"]);
  });
});
