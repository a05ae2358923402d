import { describe, expect, it } from "vitest";
import {
  changeUnits,
  chooseRangeBase,
  coAuthorLogins,
  type RangeCommit,
  rangeAuthors,
  unidentifiedAuthors,
} from "./deploymentRange";

describe("chooseRangeBase", () => {
  const bot = "github-actions[bot]";
  const record = (
    sha: string,
    createdAt: string,
    latestStatus: string | null,
    creator = bot,
    statusBy = creator,
  ) => ({
    sha,
    createdAt,
    latestStatus,
    creator,
    latestStatusCreator: statusBy,
  });
  const deployments = [
    record("aaa", "2026-03-01T10:00:00Z", "success"),
    record("bbb", "2026-03-02T10:00:00Z", "failure"),
    record("ccc", "2026-02-01T10:00:00Z", "success"),
    record("ddd", "2026-03-03T10:00:00Z", null),
  ];
  it("starts at the last deployment whose latest status is success", () => {
    expect(
      chooseRangeBase({ environment: "production", deployments, latestRelease: { tag: "v1", sha: "rel" } }),
    ).toEqual({
      base: {
        sha: "aaa",
        source: "deployment",
        description: "the last successful deployment to production (2026-03-01)",
      },
      passedOver: [],
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
      }).base,
    ).toMatchObject({
      sha: "rel",
      source: "release",
    });
    expect(
      chooseRangeBase({ environment: "p", deployments: [], latestRelease: null, baseInput: " main~3 " }).base,
    ).toMatchObject({
      sha: "main~3",
      source: "input",
    });
    expect(chooseRangeBase({ environment: "p", deployments: [], baseInput: "" }).base).toBeNull();
  });
  it("believes only deployments a trusted identity created and marked successful, and names the others", () => {
    const forged = [
      record("eee", "2026-03-05T10:00:00Z", "success", "mallory"),
      record("fff", "2026-03-04T10:00:00Z", "success", bot, "mallory"),
      ...deployments,
    ];
    const choice = chooseRangeBase({ environment: "production", deployments: forged });
    expect(choice.base?.sha).toBe("aaa");
    expect(choice.passedOver).toEqual([
      "The successful deployment of eee to production on 2026-03-05 does not count as what production runs: @mallory created it, and the policy trusts only @github-actions[bot] (`deployments.trusted-creators`).",
      "The successful deployment of fff to production on 2026-03-04 does not count as what production runs: @mallory marked it successful, and the policy trusts only @github-actions[bot] (`deployments.trusted-creators`).",
    ]);
    // A list in the policy replaces the default: github-actions[bot] is no longer believed.
    const named = chooseRangeBase({
      environment: "production",
      deployments: forged,
      trustedCreators: ["Deploy-Bot[bot]"],
    });
    expect(named.base).toBeNull();
    expect(named.passedOver).toHaveLength(4);
    expect(named.passedOver[0]).toContain("the policy trusts only @deploy-bot[bot]");
    const many = Array.from({ length: 7 }, (_, i) =>
      record(`m${i}`, `2026-03-1${i}T10:00:00Z`, "success", "mallory"),
    );
    expect(chooseRangeBase({ environment: "p", deployments: many }).passedOver.at(-1)).toBe(
      "2 more successful deployments by accounts the policy does not trust do not count either.",
    );
    const unknown = chooseRangeBase({
      environment: "p",
      deployments: [{ ...record("ggg", "2026-03-06T10:00:00Z", "success"), creator: null }],
    });
    expect(unknown.base).toBeNull();
    expect(unknown.passedOver[0]).toContain("an unknown account created it");
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
      ["bob", "authored commit 1234567"],
      ["carol", "co-authored commit 1234567"],
      ["dave", "opened pull request #3"],
    ]);
  });
  it("counts committers, mergers and the authors of a pull request's own commits (a squash merge hides them)", () => {
    const authors = rangeAuthors(
      [{ ...commit("1234567890", "x", [3], ["bob"]), committer: "erin" }],
      [
        {
          ...pr(3, "", "bob"),
          mergedBy: "frank",
          commits: [
            { sha: "aaaaaaa111", authors: ["bob", "grace"], committer: "heidi" },
            { sha: "bbbbbbb222", authors: [], unidentified: ['author "Ivan <ivan@home.example>"'] },
          ],
          unreadCommits: 300,
        },
      ],
    );
    expect(Object.fromEntries(authors)).toEqual({
      bob: "authored commit 1234567",
      erin: "committed commit 1234567",
      frank: "merged pull request #3",
      grace: "co-authored commit aaaaaaa of pull request #3",
      heidi: "committed commit aaaaaaa of pull request #3",
    });
    expect(
      unidentifiedAuthors(
        [],
        [
          {
            ...pr(3, "", "bob"),
            commits: [{ sha: "bbbbbbb222", authors: [], unidentified: ["author x"] }],
            unreadCommits: 300,
          },
        ],
      ),
    ).toEqual([
      { commit: "commit bbbbbbb (pull request #3)", who: ["author x"] },
      {
        commit: "pull request #3",
        who: [
          "the authors of 300 of its commits, which GitHub does not list (it lists at most 250 of a pull request's commits)",
        ],
      },
    ]);
  });
  it("reads co-authors' logins from noreply addresses only", () => {
    const message =
      "feat: x\n\nCo-authored-by: Carol <12345+carol@users.noreply.github.com>\nCo-authored-by: Dave <dave@example.com>\nco-authored-by: Erin <erin@users.noreply.github.com>";
    expect(coAuthorLogins(message)).toEqual(["carol", "erin"]);
  });
});
