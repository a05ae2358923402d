/**
 * change-schedule's bounds: the schedule issue is looked for among every labelled issue up to
 * MAX_SCHEDULE_ISSUE_PAGES (past it nothing is written, naming the limit); at most
 * MAX_NOTES_PER_RUN change requests are written a run, and the rest are counted as waiting.
 */
import { scheduleMarker } from "@gatehouse/core";
import type { GitHubClient } from "@gatehouse/github";
import { describe, expect, it } from "vitest";
import {
  type ConflictNote,
  MAX_NOTES_PER_RUN,
  NOTES_PER_MUTATION,
  writeConflictNotes,
} from "./conflictNotes";
import { findScheduleIssues, MAX_SCHEDULE_ISSUE_PAGES } from "./scheduleIssue";

describe("findScheduleIssues", () => {
  /** `total` labelled issues, the schedule issue (with its marker) at `at`, oldest first. */
  function labelled(total: number, at?: number) {
    let served = 0;
    const calls = { n: 0 };
    const client = {
      async graphql() {
        calls.n++;
        const nodes = Array.from({ length: Math.min(100, total - served) }, (_, k) => {
          const i = served + k;
          return {
            id: `I${i}`,
            number: i + 1,
            url: "",
            title: "x",
            body: i === at ? scheduleMarker("acme/shop") : "",
            state: "OPEN",
          };
        });
        served += nodes.length;
        return {
          repository: {
            label: { id: "L" },
            issues: { pageInfo: { hasNextPage: served < total, endCursor: `c${served}` }, nodes },
          },
        };
      },
    } as unknown as GitHubClient;
    return { client, calls };
  }

  it(`looks through all ${MAX_SCHEDULE_ISSUE_PAGES * 100} labelled issues`, async () => {
    const { client, calls } = labelled(MAX_SCHEDULE_ISSUE_PAGES * 100, MAX_SCHEDULE_ISSUE_PAGES * 100 - 1);
    const { issues } = await findScheduleIssues(client, "acme/shop");
    expect(issues.map((i) => i.number)).toEqual([MAX_SCHEDULE_ISSUE_PAGES * 100]);
    expect(calls.n).toBe(MAX_SCHEDULE_ISSUE_PAGES);
  });

  it("fails naming the limit past them, so no second schedule issue is opened", async () => {
    const { client } = labelled(MAX_SCHEDULE_ISSUE_PAGES * 100 + 1);
    await expect(findScheduleIssues(client, "acme/shop")).rejects.toThrow(
      /More than 2000 issues in acme\/shop are labelled .* \(MAX_SCHEDULE_ISSUE_PAGES\): the schedule issue cannot be looked for whole, so none is written/,
    );
  });
});

describe("writeConflictNotes", () => {
  it(`writes ${MAX_NOTES_PER_RUN} change requests a run and counts the rest as waiting`, async () => {
    const labelled: string[] = [];
    const client = {
      async graphql(query: string, variables: Record<string, unknown>) {
        for (const [key, id] of Object.entries(variables)) if (/^l\d+$/.test(key)) labelled.push(String(id));
        expect(query).toMatch(/^mutation/);
        return {};
      },
    } as unknown as GitHubClient;
    const notes: ConflictNote[] = Array.from({ length: MAX_NOTES_PER_RUN + 10 }, (_, i) => ({
      link: { repository: "acme/shop", number: i + 1 } as ConflictNote["link"],
      issueId: `I${i + 1}`,
      label: "add",
    }));
    const result = await writeConflictNotes(client, notes, new Map([["acme/shop", "L"]]));
    expect(result.written.map((l) => l.number)).toEqual(
      notes.slice(0, MAX_NOTES_PER_RUN).map((n) => n.link.number),
    );
    expect(result.waiting).toBe(10);
    expect(labelled).toEqual(notes.slice(0, MAX_NOTES_PER_RUN).map((n) => n.issueId));
    expect(result.requests).toBe(MAX_NOTES_PER_RUN / NOTES_PER_MUTATION);
  });
});
