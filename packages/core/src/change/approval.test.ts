import { describe, expect, it } from "vitest";
import type { ApprovalsPolicy } from "../policy/sections/approvals";
import {
  type ApprovalContext,
  approvalCommand,
  approverTeams,
  assessChangeRequest,
  discountedLine,
  teamKey,
  teamMembershipTokenHelp,
} from "./approval";
import type { ChangeRequestIssue, IssueComment, LabelEvent } from "./changeRequest";
import { changeRequestFormBody as formBody } from "./changeRequest.fixture";

const now = new Date("2026-03-02T12:00:00Z");
const repo = "acme/shop";

const approvals = (over: Partial<ApprovalsPolicy> = {}): ApprovalsPolicy => ({
  approvers: { users: ["carol", "dave", "erin"], teams: [] },
  emergencyApprovers: { users: ["olivia"], teams: [] },
  quorum: { low: 1, medium: 1, high: 2 },
  standardChanges: [{ name: "Rotate TLS certificate", paths: ["infra/tls/**"], services: [] }],
  unidentifiedAuthors: "block",
  ...over,
});

const context = (over: Partial<ApprovalContext> = {}): ApprovalContext => ({
  now,
  approvals: approvals(),
  changeRequests: { repositories: [], label: "change-request" },
  repository: repo,
  timezone: "UTC",
  ...over,
});

const comment = (
  author: string,
  body: string,
  createdAt = "2026-03-02T10:00:00Z",
  editedAt?: string,
): IssueComment => ({
  author,
  body,
  createdAt,
  ...(editedAt ? { editedAt } : {}),
});
const labelled = (
  label: string,
  actor: string,
  at = "2026-03-02T10:00:00Z",
  action: LabelEvent["action"] = "labeled",
): LabelEvent => ({
  action,
  label,
  actor,
  at,
});

function cr(
  over: Partial<ChangeRequestIssue> & { fields?: Record<string, string> } = {},
): ChangeRequestIssue {
  const { fields, ...rest } = over;
  return {
    repository: repo,
    number: 5,
    title: "Add billing",
    url: "https://github.com/acme/shop/issues/5",
    body: formBody(fields),
    author: "alice",
    state: "open",
    labels: ["change-request"],
    createdAt: "2026-03-01T09:00:00Z",
    bodyEditedAt: null,
    comments: [],
    labelEvents: [],
    ...rest,
  };
}

describe("approvalCommand", () => {
  it.each([
    ["/approve", "approve"],
    ["/approve  \n\nLooks good to me.", "approve"],
    ["\n/reject the back-out plan is missing", "reject"],
    ["/reject", "reject"],
    ["/withdraw-rejection", null],
    ["/APPROVE", null],
    ["/approve looks good", null],
    ["/approve\nbut only after Friday", null],
    ["Thanks!\n\n/reject the back-out plan is missing", null],
    ["  /approve", null],
    ["/appr\u043Eve", null],
    ["/approve\u200B", null],
    ["\uFF0Fapprove", null],
    ["<!-- -->/approve", null],
    ["<b>/approve</b>", null],
    ["`/approve`", null],
    ["> /approve\nquoted, not mine", null],
    ["```\n/approve\n```", null],
    ["I would /approve this", null],
    ["/approved", null],
    ["/approve-later", null],
    ["", null],
  ])("%j → %s", (body, expected) => {
    expect(approvalCommand(body)).toBe(expected);
  });
});

describe("assessChangeRequest", () => {
  it("authorises a medium-risk normal change with one approver's /approve", () => {
    const a = assessChangeRequest(cr({ comments: [comment("carol", "/approve")] }), context());
    expect(a).toMatchObject({
      authorised: true,
      type: "normal",
      risk: "medium",
      approvers: ["carol"],
      reasons: [],
    });
  });

  it("counts the change/approved label only when an approver applied it", () => {
    const byApprover = cr({
      labels: ["change-request", "change/approved"],
      labelEvents: [labelled("change/approved", "dave")],
    });
    expect(assessChangeRequest(byApprover, context())).toMatchObject({
      authorised: true,
      approvers: ["dave"],
    });

    const byAuthorFriend = cr({
      labels: ["change-request", "change/approved"],
      labelEvents: [labelled("change/approved", "mallory")],
    });
    const a = assessChangeRequest(byAuthorFriend, context());
    expect(a.authorised).toBe(false);
    expect(a.discounted.map(discountedLine)).toEqual([
      "@mallory's approval (the `change/approved` label) does not count: they are not an approver",
    ]);
    expect(a.reasons).toEqual([
      "it needs 1 approval at medium risk; none counts. @mallory's approval (the `change/approved` label) does not count: they are not an approver; add them to approvals.approvers in .github/gatehouse.yml on the default branch, or ask one who is",
    ]);
  });

  it("takes the label's actor from its last labeled event, and a removed label counts for nobody", () => {
    const relabelled = cr({
      labels: ["change-request", "change/approved"],
      labelEvents: [
        labelled("change/approved", "dave", "2026-03-02T09:00:00Z"),
        labelled("change/approved", "dave", "2026-03-02T09:10:00Z", "unlabeled"),
        labelled("change/approved", "mallory", "2026-03-02T09:20:00Z"),
      ],
    });
    expect(assessChangeRequest(relabelled, context()).authorised).toBe(false);
    const removed = cr({ labels: ["change-request"], labelEvents: [labelled("change/approved", "dave")] });
    expect(assessChangeRequest(removed, context()).approvers).toEqual([]);
    const noEvent = assessChangeRequest(cr({ labels: ["change-request", "change/approved"] }), context());
    expect(noEvent.discounted.map(discountedLine)).toEqual([
      "the `change/approved` label does not count: nobody can be seen applying it in the issue's timeline",
    ]);
    expect(noEvent.reasons).toEqual([
      "it needs 1 approval at medium risk; none counts. The `change/approved` label does not count: nobody can be seen applying it in the issue's timeline; an approver removes it and applies it again, or writes `/approve`",
    ]);
  });

  it("never counts the change request's author (no self-approval)", () => {
    const a = assessChangeRequest(
      cr({ author: "carol", comments: [comment("carol", "/approve")] }),
      context(),
    );
    expect(a.authorised).toBe(false);
    expect(a.discounted.map(discountedLine)).toEqual([
      "@carol's approval does not count: they opened this change request",
    ]);
    expect(a.reasons).toEqual([
      "it needs 1 approval at medium risk; none counts. @carol's approval does not count: they opened this change request; ask another approver",
    ]);
  });

  it("never counts an author of a change in the deployed range", () => {
    const a = assessChangeRequest(
      cr({ comments: [comment("carol", "/approve")] }),
      context({ rangeAuthors: new Map([["carol", "authored commit 1a2b3c4"]]) }),
    );
    expect(a.authorised).toBe(false);
    expect(a.reasons).toEqual([
      "it needs 1 approval at medium risk; none counts. @carol's approval does not count: they authored commit 1a2b3c4 in the deployed range; ask an approver who did not shape the change",
    ]);
  });

  it("voids approvals made before the body's last edit, comment edits included", () => {
    const edited = { bodyEditedAt: "2026-03-02T11:00:00Z" };
    const before = assessChangeRequest(
      cr({ ...edited, comments: [comment("carol", "/approve", "2026-03-02T10:00:00Z")] }),
      context(),
    );
    expect(before.authorised).toBe(false);
    expect(before.reasons).toEqual([
      "it needs 1 approval at medium risk; none counts. @carol's approval does not count: they approved at 2026-03-02 10:00:00Z, before the change request was last edited (2026-03-02 11:00:00Z); ask them to approve again",
    ]);
    const same = assessChangeRequest(
      cr({ ...edited, comments: [comment("carol", "/approve", "2026-03-02T11:00:00Z")] }),
      context(),
    );
    expect(same.authorised).toBe(false);
    const after = assessChangeRequest(
      cr({ ...edited, comments: [comment("carol", "/approve", "2026-03-02T11:00:01Z")] }),
      context(),
    );
    expect(after.authorised).toBe(true);
    const reEdited = assessChangeRequest(
      cr({
        ...edited,
        comments: [comment("carol", "/approve", "2026-03-02T10:00:00Z", "2026-03-02T11:30:00Z")],
      }),
      context(),
    );
    expect(reEdited.authorised).toBe(true);
    const label = assessChangeRequest(
      cr({
        ...edited,
        labels: ["change-request", "change/approved"],
        labelEvents: [labelled("change/approved", "dave", "2026-03-02T10:59:00Z")],
      }),
      context(),
    );
    expect(label.authorised).toBe(false);
  });

  it("blocks on /reject by an approver, whatever else", () => {
    const a = assessChangeRequest(
      cr({
        comments: [
          comment("carol", "/approve", "2026-03-02T10:00:00Z"),
          comment("dave", "/reject no back-out test", "2026-03-02T10:05:00Z"),
        ],
      }),
      context(),
    );
    expect(a.authorised).toBe(false);
    expect(a.approvers).toEqual(["carol"]);
    expect(a.rejectedBy).toEqual(["dave"]);
    expect(a.reasons).toEqual([
      "it was rejected by @dave (@dave: `/reject` at 2026-03-02 10:05:00Z); a rejection stands until the approver who gave it writes `/withdraw-rejection` (or removes the `change/rejected` label they applied)",
    ]);
  });

  it("lifts a rejection only by its approver's /withdraw-rejection, not by a later /approve; ignores others' /reject", () => {
    const rejectThenApprove = [
      comment("carol", "/reject", "2026-03-02T09:00:00Z"),
      comment("carol", "/approve", "2026-03-02T10:00:00Z"),
      comment("mallory", "/reject", "2026-03-02T10:30:00Z"),
    ];
    const stands = assessChangeRequest(cr({ comments: rejectThenApprove }), context());
    expect(stands).toMatchObject({ authorised: false, approvers: [], rejectedBy: ["carol"] });
    expect(stands.discounted.map(discountedLine)).toEqual([
      "@mallory's rejection does not count: they are not an approver",
      "@carol's approval does not count: they rejected it and have not withdrawn the rejection (a later `/approve` does not lift a rejection)",
    ]);
    expect(stands.reasons.at(-1)).toBe(
      "it needs 1 approval at medium risk; none counts. @carol's approval does not count: they rejected it and have not withdrawn the rejection (a later `/approve` does not lift a rejection); if they now approve, ask them to write `/withdraw-rejection`",
    );
    const byOther = assessChangeRequest(
      cr({
        comments: [...rejectThenApprove, comment("dave", "/withdraw-rejection", "2026-03-02T10:40:00Z")],
      }),
      context(),
    );
    expect(byOther.rejectedBy).toEqual(["carol"]);
    const withdrawn = assessChangeRequest(
      cr({
        comments: [
          ...rejectThenApprove,
          comment("carol", "/withdraw-rejection", "2026-03-02T10:40:00Z"),
          comment("carol", "/approve", "2026-03-02T10:50:00Z"),
        ],
      }),
      context(),
    );
    expect(withdrawn).toMatchObject({ authorised: true, approvers: ["carol"], rejectedBy: [] });
  });

  it("blocks on the change/rejected label applied by an approver", () => {
    const a = assessChangeRequest(
      cr({
        labels: ["change-request", "change/rejected"],
        labelEvents: [labelled("change/rejected", "erin")],
        comments: [comment("carol", "/approve")],
      }),
      context(),
    );
    expect(a.rejectedBy).toEqual(["erin"]);
    expect(a.reasons[0]).toMatch(/^it was rejected by @erin \(@erin: the `change\/rejected` label at /);
  });

  it("needs the quorum of distinct approvers for high risk", () => {
    const high = { fields: { Risk: "High" } };
    const one = assessChangeRequest(
      cr({
        ...high,
        comments: [comment("carol", "/approve"), comment("carol", "/approve again", "2026-03-02T10:10:00Z")],
      }),
      context(),
    );
    expect(one.authorised).toBe(false);
    // Her near-miss is listed, but the quorum asks nothing of her: her approval counts.
    expect(one.discounted.map(discountedLine)).toEqual([
      "@carol's approval does not count: their comment is not an exact `/approve` (extra words, quoted, fenced, HTML or look-alike text do not count)",
    ]);
    expect(one.reasons).toEqual(["it needs 2 approvals at high risk; it has 1"]);
    const two = assessChangeRequest(
      cr({ ...high, comments: [comment("carol", "/approve"), comment("Dave", "/approve")] }),
      context(),
    );
    expect(two).toMatchObject({ authorised: true, approvers: ["carol", "Dave"], requiredApprovals: 2 });
  });

  it("raises each change request's quorum with the deployment's risk", () => {
    const a = assessChangeRequest(
      cr({ comments: [comment("carol", "/approve")] }),
      context({ riskRaised: true }),
    );
    expect(a.effectiveRisk).toBe("high");
    expect(a.reasons).toEqual([
      "it needs 2 approvals at high risk (medium, raised with the deployment's risk); it has 1",
    ]);
  });

  it("pre-approves a standard change whose template the policy lists, even implemented", () => {
    const standard = { "Change type": "Standard", "Standard change template": "rotate tls certificate" };
    const a = assessChangeRequest(
      cr({ fields: standard, labels: ["change-request", "change/implemented"] }),
      context(),
    );
    expect(a).toMatchObject({ authorised: true, preApproved: true, requiredApprovals: 0, approvers: [] });
    const rejected = assessChangeRequest(
      cr({ fields: standard, comments: [comment("carol", "/reject")] }),
      context(),
    );
    expect(rejected.authorised).toBe(false);
  });

  it("treats a standard change with an unlisted template as a normal change", () => {
    const fields = { "Change type": "Standard", "Standard change template": "Drop the database" };
    const a = assessChangeRequest(cr({ fields }), context());
    expect(a.authorised).toBe(false);
    expect(a.reasons[0]).toContain('"Drop the database" is not one the policy pre-approves');
    expect(
      assessChangeRequest(cr({ fields, comments: [comment("carol", "/approve")] }), context()).authorised,
    ).toBe(true);
  });

  it("needs one emergency approver for an emergency change", () => {
    const fields = { "Change type": "Emergency", Risk: "High" };
    const normalOnly = assessChangeRequest(
      cr({ fields, comments: [comment("carol", "/approve"), comment("dave", "/approve")] }),
      context(),
    );
    expect(normalOnly.authorised).toBe(false);
    expect(normalOnly.reasons).toEqual([
      "it is an emergency change and no emergency approver has approved it. @carol's approval does not count: they are not an emergency approver (approvals.emergency-approvers); add them to approvals.emergency-approvers in .github/gatehouse.yml on the default branch, or ask an emergency approver. @dave's approval does not count: they are not an emergency approver (approvals.emergency-approvers); add them to approvals.emergency-approvers in .github/gatehouse.yml on the default branch, or ask an emergency approver",
    ]);
    const emergencyOnly = assessChangeRequest(cr({ comments: [comment("olivia", "/approve")] }), context());
    expect(emergencyOnly.reasons).toEqual([
      "it needs 1 approval at medium risk; none counts. @olivia's approval does not count: they are an emergency approver only, and this is not an emergency change; add them to approvals.approvers in .github/gatehouse.yml on the default branch, or ask one who is",
    ]);
    const ecab = assessChangeRequest(cr({ fields, comments: [comment("olivia", "/approve")] }), context());
    expect(ecab).toMatchObject({ authorised: true, approvers: ["olivia"], requiredApprovals: 1 });
    const none = assessChangeRequest(
      cr({ fields, comments: [comment("olivia", "/approve")] }),
      context({ approvals: approvals({ emergencyApprovers: { users: [], teams: [] } }) }),
    );
    expect(none.reasons[0]).toContain("names no emergency approvers");
  });

  it("authorises only inside the planned window", () => {
    const approved = { comments: [comment("carol", "/approve")] };
    const early = assessChangeRequest(
      cr({ ...approved, fields: { "Planned start": "2026-03-02 15:00" } }),
      context(),
    );
    expect(early.reasons).toEqual(["its planned window starts at 2026-03-02 15:00:00Z, in 3 hours"]);
    const late = assessChangeRequest(
      cr({ ...approved, fields: { "Planned end": "2026-03-02T11:59:00Z" } }),
      context(),
    );
    expect(late.reasons).toEqual(["its planned window ended at 2026-03-02 11:59:00Z"]);
    const inside = assessChangeRequest(
      cr({ ...approved, fields: { "Planned start": "2026-03-02 13:00", "Planned end": "2026-03-02 14:00" } }),
      context({ timezone: "Europe/Berlin" }),
    );
    expect(inside.authorised).toBe(true);
  });

  it("refuses an implemented or closed change request", () => {
    const approved = { comments: [comment("carol", "/approve")] };
    const implemented = assessChangeRequest(
      cr({ ...approved, labels: ["change-request", "change/implemented"] }),
      context(),
    );
    expect(implemented.reasons[0]).toContain("already labelled `change/implemented`");
    const closed = assessChangeRequest(cr({ ...approved, state: "closed" }), context());
    expect(closed.reasons).toEqual([
      "it is closed and cannot authorise a new deployment: open a new change request",
    ]);
  });

  it("accepts change requests only from the configured repositories, with the label", () => {
    const elsewhere = assessChangeRequest(
      cr({ repository: "evil/changes", comments: [comment("carol", "/approve")] }),
      context(),
    );
    expect(elsewhere.reasons[0]).toContain("evil/changes, which is not a change-request repository");
    const central = context({ changeRequests: { repositories: ["acme/changes"], label: "change-request" } });
    expect(assessChangeRequest(cr({ comments: [comment("carol", "/approve")] }), central).authorised).toBe(
      false,
    );
    expect(
      assessChangeRequest(
        cr({ repository: "ACME/Changes", comments: [comment("carol", "/approve")] }),
        central,
      ).authorised,
    ).toBe(true);
    const unlabelled = assessChangeRequest(
      cr({ labels: [], comments: [comment("carol", "/approve")] }),
      context(),
    );
    expect(unlabelled.reasons[0]).toContain("not labelled `change-request`");
  });

  it("blocks a malformed body, naming the field", () => {
    const a = assessChangeRequest(
      cr({ fields: { Risk: "Spicy" }, comments: [comment("carol", "/approve")] }),
      context(),
    );
    expect(a.authorised).toBe(false);
    expect(a.reasons).toEqual([
      'its form field "Risk" cannot be read: "Spicy" is not one of low, medium, high',
    ]);
  });

  it("counts team members as approvers and blocks when teams cannot be read", () => {
    const withTeam = context({ approvals: approvals({ approvers: { users: [], teams: ["acme/cab"] } }) });
    const a = assessChangeRequest(cr({ comments: [comment("tom", "/approve")] }), {
      ...withTeam,
      teams: { members: { "acme/cab": ["Tom"] }, problems: {} },
    });
    expect(a).toMatchObject({ authorised: true, approvers: ["tom"] });
    const unreadable = assessChangeRequest(cr({ comments: [comment("tom", "/approve")] }), {
      ...withTeam,
      teams: { members: {}, problems: { "acme/cab": "the token may not read organisation members" } },
    });
    expect(unreadable.authorised).toBe(false);
    expect(unreadable.reasons[0]).toBe(
      `the members of approver team @acme/cab cannot be read (the token may not read organisation members): ${teamMembershipTokenHelp}`,
    );
    expect(teamMembershipTokenHelp).toContain("Members: read");
    expect(teamMembershipTokenHelp).toContain("read:org");
  });

  it("says so when the policy names no approvers", () => {
    const a = assessChangeRequest(
      cr({ comments: [comment("carol", "/approve")] }),
      context({ approvals: approvals({ approvers: { users: [], teams: [] } }) }),
    );
    expect(a.reasons).toEqual([
      "the policy names no approvers (approvals.approvers), so nobody can approve it",
    ]);
  });

  it("does not count a command someone else edited into a comment", () => {
    const forged = { ...comment("carol", "/approve"), editors: ["mallory"] };
    const a = assessChangeRequest(cr({ comments: [forged] }), context());
    expect(a.authorised).toBe(false);
    expect(a.reasons).toEqual([
      "it needs 1 approval at medium risk; none counts. @carol's approval does not count: their `/approve` comment was edited by @mallory, so it is not theirs alone; ask them to write `/approve` again in a new comment",
    ]);
    const own = { ...comment("carol", "/approve"), editors: ["Carol"] };
    expect(assessChangeRequest(cr({ comments: [own] }), context()).authorised).toBe(true);
    // A rejection someone else edited still stands: discounting a rejection must not fail open.
    const rejected = { ...comment("dave", "/reject"), editors: [null] };
    const r = assessChangeRequest(cr({ comments: [comment("carol", "/approve"), rejected] }), context());
    expect(r.rejectedBy).toEqual(["dave"]);
    expect(r.reasons[0]).toContain(
      "`/reject` at 2026-03-02 10:00:00Z (since edited by someone else, which does not lift it)",
    );
    // …and is not listed as a rejection that does not count.
    expect(r.discounted).toEqual([]);
    // A /reject someone else edited into an approver's comment is not theirs.
    const turned: IssueComment = {
      ...comment("dave", "/reject", "2026-03-02T10:05:00Z", "2026-03-02T10:30:00Z"),
      revisions: [
        { editor: "dave", editedAt: "2026-03-02T10:05:00Z", body: "Looks fine" },
        { editor: "mallory", editedAt: "2026-03-02T10:30:00Z", body: "/reject" },
      ],
    };
    const t = assessChangeRequest(cr({ comments: [turned] }), context());
    expect(t.discounted.map(discountedLine)).toEqual([
      "@dave's rejection does not count: their `/reject` comment was edited by @mallory, so it is not theirs alone",
    ]);
  });

  it("ignores Gatehouse's own comments", () => {
    const a = assessChangeRequest(
      cr({ comments: [comment("carol", "<!-- gatehouse:change-gate:x -->\n/approve")] }),
      context(),
    );
    expect(a.approvers).toEqual([]);
  });
});

describe("teams", () => {
  it("keys teams as org/slug, a bare slug in the repository owner's organisation", () => {
    expect(teamKey("@Acme/CAB", repo)).toBe("acme/cab");
    expect(teamKey("cab", repo)).toBe("acme/cab");
    expect(
      approverTeams(
        approvals({
          approvers: { users: [], teams: ["acme/cab"] },
          emergencyApprovers: { users: [], teams: ["cab", "acme/ecab"] },
        }),
        repo,
      ),
    ).toEqual(["acme/cab", "acme/ecab"]);
  });
});

describe("a rejection sticks", () => {
  const approve = comment("carol", "/approve", "2026-03-02T10:00:00Z");
  it("stands when someone else edits the /reject away, read from the author's own revision", () => {
    const edited: IssueComment = {
      ...comment("dave", "LGTM", "2026-03-02T10:05:00Z", "2026-03-02T10:30:00Z"),
      revisions: [
        { editor: "dave", editedAt: "2026-03-02T10:05:00Z", body: "/reject no back-out test" },
        { editor: "mallory", editedAt: "2026-03-02T10:30:00Z", body: "LGTM" },
      ],
    };
    const a = assessChangeRequest(cr({ comments: [approve, edited] }), context());
    expect(a.rejectedBy).toEqual(["dave"]);
    expect(a.authorised).toBe(false);
  });

  it("stands when someone else deleted an approver's comment, until that approver withdraws", () => {
    const deleted = { commentDeletions: [{ actor: "mallory", author: "dave", at: "2026-03-02T10:20:00Z" }] };
    const a = assessChangeRequest(cr({ comments: [approve], ...deleted }), context());
    expect(a.rejectedBy).toEqual(["dave"]);
    expect(a.reasons[0]).toContain("a comment of theirs was deleted by @mallory at 2026-03-02 10:20:00Z");
    const own = assessChangeRequest(
      cr({
        comments: [approve],
        commentDeletions: [{ actor: "dave", author: "dave", at: "2026-03-02T10:20:00Z" }],
      }),
      context(),
    );
    expect(own.authorised).toBe(true);
    const withdrawn = assessChangeRequest(
      cr({ comments: [approve, comment("dave", "/withdraw-rejection", "2026-03-02T10:40:00Z")], ...deleted }),
      context(),
    );
    expect(withdrawn.authorised).toBe(true);
    const nonApprover = assessChangeRequest(
      cr({
        comments: [approve],
        commentDeletions: [{ actor: "carol", author: "mallory", at: "2026-03-02T10:20:00Z" }],
      }),
      context(),
    );
    expect(nonApprover.authorised).toBe(true);
  });

  it("keeps a rejection Gatehouse recorded when its comment is gone, and blocks when Gatehouse's record is deleted", () => {
    const record = {
      author: "github-actions",
      body: '<!-- gatehouse:change-gate:x -->\n<!-- gatehouse:record {"rejections":[{"login":"dave","at":"2026-03-02T10:05:00Z"}],"allowed":false} -->',
      createdAt: "2026-03-02T10:10:00Z",
    };
    const gone = { commentDeletions: [{ actor: "dave", author: "dave", at: "2026-03-02T10:20:00Z" }] };
    const a = assessChangeRequest(
      cr({ comments: [approve, record], recorder: "github-actions", ...gone }),
      context(),
    );
    expect(a.rejectedBy).toEqual(["dave"]);
    // The same text written by anyone else is no record.
    const forged = assessChangeRequest(
      cr({ comments: [approve, { ...record, author: "mallory" }], recorder: "github-actions" }),
      context(),
    );
    expect(forged.rejectedBy).toEqual([]);
    const deleted = assessChangeRequest(
      cr({
        comments: [approve],
        recorder: "github-actions",
        commentDeletions: [{ actor: "mallory", author: "github-actions", at: "2026-03-02T10:20:00Z" }],
      }),
      context(),
    );
    expect(deleted.authorised).toBe(false);
    expect(deleted.reasons[0]).toMatch(/^Gatehouse's own comment on it was deleted by @mallory/);
  });

  it("keeps the change/rejected label's rejection when someone else removes the label", () => {
    const events = [
      labelled("change/rejected", "erin", "2026-03-02T09:00:00Z"),
      labelled("change/rejected", "mallory", "2026-03-02T09:30:00Z", "unlabeled"),
    ];
    const byOther = assessChangeRequest(cr({ comments: [approve], labelEvents: events }), context());
    expect(byOther.rejectedBy).toEqual(["erin"]);
    const byApprover = assessChangeRequest(
      cr({
        comments: [approve],
        labelEvents: [
          ...events.slice(0, 1),
          labelled("change/rejected", "dave", "2026-03-02T09:30:00Z", "unlabeled"),
        ],
      }),
      context(),
    );
    expect(byApprover.rejectedBy).toEqual(["erin"]);
    const byHerself = assessChangeRequest(
      cr({
        comments: [approve],
        labelEvents: [
          ...events.slice(0, 1),
          labelled("change/rejected", "erin", "2026-03-02T09:30:00Z", "unlabeled"),
        ],
      }),
      context(),
    );
    expect(byHerself.authorised).toBe(true);
  });
});

describe("a change request's life moves one way", () => {
  const approve = comment("carol", "/approve", "2026-03-02T10:00:00Z");
  it("stays spent when the change/implemented or change/failed label is removed", () => {
    for (const label of ["change/implemented", "change/failed"]) {
      const a = assessChangeRequest(
        cr({
          comments: [approve],
          labelEvents: [
            labelled(label, "github-actions", "2026-03-02T10:30:00Z"),
            labelled(label, "mallory", "2026-03-02T10:40:00Z", "unlabeled"),
          ],
        }),
        context(),
      );
      expect(a.authorised).toBe(false);
      expect(a.reasons).toEqual([
        `it was labelled \`${label}\` by @github-actions at 2026-03-02 10:30:00Z (the label was removed by @mallory at 2026-03-02 10:40:00Z, which does not revive it); its approvals are spent: open a new change request`,
      ]);
    }
  });

  it("spends the approvals given before a close; a reopened change request needs new ones", () => {
    const reopened = {
      stateEvents: [
        { action: "closed" as const, actor: "alice", at: "2026-03-02T10:30:00Z" },
        { action: "reopened" as const, actor: "alice", at: "2026-03-02T10:40:00Z" },
      ],
    };
    const a = assessChangeRequest(cr({ comments: [approve], ...reopened }), context());
    expect(a.authorised).toBe(false);
    expect(a.discounted.map(discountedLine)).toEqual([
      "@carol's approval does not count: they approved at 2026-03-02 10:00:00Z, before the change request was closed (2026-03-02 10:30:00Z), and approvals given before a close are spent",
    ]);
    const again = assessChangeRequest(
      cr({ comments: [approve, comment("dave", "/approve", "2026-03-02T10:50:00Z")], ...reopened }),
      context(),
    );
    expect(again.approvers).toEqual(["dave"]);
    const afterDeployment = assessChangeRequest(
      cr({
        comments: [
          {
            author: "github-actions",
            body: '<!-- gatehouse:record {"rejections":[],"allowed":true} -->',
            createdAt: "2026-03-02T10:20:00Z",
          },
          comment("dave", "/approve", "2026-03-02T10:50:00Z"),
        ],
        recorder: "github-actions",
        ...reopened,
      }),
      context(),
    );
    expect(afterDeployment.authorised).toBe(false);
    expect(afterDeployment.reasons).toEqual([
      "it was closed at 2026-03-02 10:30:00Z after Gatehouse let a deployment go with it; reopening does not revive its approvals: open a new change request",
    ]);
  });
});

describe("bots and apps", () => {
  it("never count as approvers, by comment or by label, even with an approver's login", () => {
    const a = assessChangeRequest(
      cr({
        comments: [{ ...comment("carol", "/approve"), authorIsBot: true }],
        labels: ["change-request", "change/approved"],
        labelEvents: [{ ...labelled("change/approved", "dave"), actorIsBot: true }],
      }),
      context(),
    );
    expect(a.authorised).toBe(false);
    expect(a.discounted.map(discountedLine)).toEqual([
      "@carol's approval does not count: it was given by a bot or an app account, and bots and apps can never approve or reject a change",
      "@dave's approval (the `change/approved` label) does not count: it was given by a bot or an app account, and bots and apps can never approve or reject a change",
    ]);
    expect(a.reasons).toEqual([
      "it needs 1 approval at medium risk; none counts. @carol's approval does not count: it was given by a bot or an app account, and bots and apps can never approve or reject a change; ask an approver. @dave's approval (the `change/approved` label) does not count: it was given by a bot or an app account, and bots and apps can never approve or reject a change; ask an approver",
    ]);
  });
});

describe("commands are exact", () => {
  it("lists an approver's near-miss as not counting, with why", () => {
    const a = assessChangeRequest(
      cr({ comments: [comment("carol", "/approve, but only after Friday")] }),
      context(),
    );
    expect(a.authorised).toBe(false);
    expect(a.reasons).toEqual([
      "it needs 1 approval at medium risk; none counts. @carol's approval does not count: their comment is not an exact `/approve` (extra words, quoted, fenced, HTML or look-alike text do not count); ask them to write `/approve` alone on the first line of a comment",
    ]);
    const lookAlike = assessChangeRequest(cr({ comments: [comment("carol", "/appr\u043Eve")] }), context());
    expect(lookAlike.discounted.map(discountedLine)).toEqual([
      "@carol's approval does not count: their comment is not an exact `/approve` (extra words, quoted, fenced, HTML or look-alike text do not count)",
    ]);
    const withdrawal = assessChangeRequest(
      cr({ comments: [comment("carol", "/reject"), comment("carol", "/withdraw-rejection please")] }),
      context(),
    );
    expect(withdrawal.rejectedBy).toEqual(["carol"]);
    expect(withdrawal.discounted.map(discountedLine)).toEqual([
      "@carol's `/withdraw-rejection` does not count: their comment is not an exact `/withdraw-rejection` (extra words, quoted, fenced, HTML or look-alike text do not count)",
    ]);
  });

  it("names at most three approvals that do not count in the quorum's reason, and counts the rest", () => {
    const a = assessChangeRequest(
      cr({ comments: ["mallory", "nina", "oscar", "pat", "quinn"].map((l) => comment(l, "/approve")) }),
      context(),
    );
    expect(a.discounted).toHaveLength(5);
    expect(a.reasons[0]).toMatch(
      /^it needs 1 approval at medium risk; none counts\. @mallory's approval does not count: they are not an approver; add them to approvals\.approvers .*@oscar's approval does not count: .*, or ask one who is\. 2 more approvals do not count either$/,
    );
  });
});
