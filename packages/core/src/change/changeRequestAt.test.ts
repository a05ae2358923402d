import { describe, expect, it } from "vitest";
import type { ChangeRequestIssue } from "./changeRequest";
import { changeRequestAt } from "./changeRequestAt";

const issue: ChangeRequestIssue = {
  repository: "acme/shop",
  number: 5,
  title: "Change 5",
  url: "u",
  body: "b",
  author: "alice",
  state: "closed",
  labels: ["change-request", "change/implemented"],
  createdAt: "2026-03-01T09:00:00Z",
  bodyEditedAt: null,
  comments: [
    { author: "carol", body: "/approve", createdAt: "2026-03-02T10:00:00Z" },
    { author: "dave", body: "/approve", createdAt: "2026-03-02T13:00:00Z" },
    {
      author: "erin",
      body: "looks fine",
      createdAt: "2026-03-02T10:30:00Z",
      editedAt: "2026-03-02T14:00:00Z",
      revisions: [
        { editor: "erin", editedAt: "2026-03-02T10:30:00Z", body: "/reject" },
        { editor: "erin", editedAt: "2026-03-02T14:00:00Z", body: "looks fine" },
      ],
    },
  ],
  labelEvents: [
    { action: "labeled", label: "change-request", actor: "alice", at: "2026-03-01T09:00:00Z" },
    { action: "labeled", label: "change/approved", actor: "carol", at: "2026-03-02T10:00:00Z" },
    { action: "unlabeled", label: "change/approved", actor: "bob", at: "2026-03-02T15:00:00Z" },
    { action: "labeled", label: "change/implemented", actor: "github-actions", at: "2026-03-02T16:00:00Z" },
  ],
  stateEvents: [{ action: "closed", actor: "github-actions", at: "2026-03-02T16:00:00Z" }],
};

describe("changeRequestAt", () => {
  const { issue: then, notes } = changeRequestAt(issue, new Date("2026-03-02T12:00:00Z"));
  it("keeps the comments written by then, each as its text then", () => {
    expect(then.comments.map((c) => [c.author, c.body])).toEqual([
      ["carol", "/approve"],
      ["erin", "/reject"],
    ]);
  });
  it("rebuilds the labels and the state from the timeline", () => {
    expect(then.labels.sort()).toEqual(["change-request", "change/approved"]);
    expect(then.state).toBe("open");
    expect(then.labelEvents).toHaveLength(2);
  });
  it("says when the description was edited since, and leaves out an edited comment without history", () => {
    const edited = changeRequestAt(
      {
        ...issue,
        bodyEditedAt: "2026-03-03T00:00:00Z",
        comments: [
          {
            author: "x",
            body: "/approve",
            createdAt: "2026-03-02T10:00:00Z",
            editedAt: "2026-03-03T00:00:00Z",
          },
        ],
      },
      new Date("2026-03-02T12:00:00Z"),
    );
    expect(edited.issue.comments).toEqual([]);
    expect(edited.notes.join(" ")).toMatch(/description was edited after it/);
    expect(edited.notes.join(" ")).toMatch(/a comment by @x was edited after it/);
    expect(notes).toEqual([]);
  });
});
