import { describe, expect, it } from "vitest";
import { defaultPolicy } from "../policy";
import type { FreezeAssessment } from "../schedule/freezeWindow";
import type { ChangeRequestVerdict } from "./deploymentDecision";
import { emergencyOverrideCandidate, type HoldInput, holdVerdict } from "./deploymentHold";

const approvals = {
  ...defaultPolicy().approvals,
  approvers: { users: ["chen"], teams: ["acme/cab"] },
  emergencyApprovers: { users: ["dana"], teams: [] },
};

function verdict(over: Partial<ChangeRequestVerdict> = {}): ChangeRequestVerdict {
  return {
    repository: "acme/shop",
    number: 10,
    title: "Cart",
    url: "https://github.example/acme/shop/issues/10",
    authorised: false,
    type: "normal",
    risk: "low",
    effectiveRisk: "low",
    preApproved: false,
    requiredApprovals: 1,
    approvers: [],
    approvals: [],
    rejectedBy: [],
    rejections: [],
    discounted: [],
    reasons: ["it needs 1 approval at low risk; none counts"],
    linkedFrom: ["PR #2"],
    found: true,
    ...over,
  };
}

const notFrozen: HoldInput["freeze"] = {
  frozen: false,
  refusal: null,
  assessment: {
    frozen: false,
    window: null,
    windows: [],
    endsAt: null,
    nextWindow: null,
    nextStartsAt: null,
    blockedByRunway: false,
    reason: "No freeze window is active.",
    windowReason: null,
  },
};

const frozen = (endsAt: string | null): HoldInput["freeze"] => {
  const assessment: FreezeAssessment = {
    ...notFrozen.assessment,
    frozen: true,
    window: "Black Friday",
    windows: ["Black Friday"],
    endsAt,
    reason: 'Deployments to production are frozen by "Black Friday".',
    windowReason: "Peak trading",
  };
  return { frozen: true, assessment, refusal: assessment.reason };
};

function input(
  over: {
    verdicts?: ChangeRequestVerdict[];
    reasons?: string[];
    freeze?: HoldInput["freeze"];
    hold?: boolean;
    uncovered?: boolean;
  } = {},
): HoldInput {
  const verdicts = over.verdicts ?? [verdict()];
  const blocking = verdicts.filter((v) => !v.authorised);
  return {
    repository: "acme/shop",
    gate: {
      decision: blocking.length > 0 || over.reasons?.length ? "block" : "allow",
      reasons:
        over.reasons ??
        [...new Set(blocking.map((v) => v.reasons[0]!))].map((r) => `Change request #10 'Cart': ${r}.`),
      changeRequests: verdicts,
      pullRequests: [{ covered: !over.uncovered }],
      commits: [],
    },
    freeze: over.freeze ?? notFrozen,
    approvals,
    holdInFreeze: over.hold ?? false,
  };
}

describe("holdVerdict: wait instead of failing", () => {
  it("approves what the gate allows outside a freeze", () => {
    expect(
      holdVerdict(input({ verdicts: [verdict({ authorised: true, reasons: [], approvers: ["chen"] })] })),
    ).toEqual({
      state: "approved",
    });
  });

  it("waits when the only thing missing is approvals, naming who can give them", () => {
    expect(holdVerdict(input())).toEqual({
      state: "waiting",
      waitingFor: ["1 approval on #10 from @chen or @acme/cab"],
      changeRequests: ["acme/shop#10"],
      notCounted: [],
    });
    const two = verdict({
      number: 11,
      requiredApprovals: 2,
      approvers: ["chen"],
      effectiveRisk: "high",
      reasons: ["it needs 2 approvals at high risk; it has 1"],
    });
    const v = holdVerdict(input({ verdicts: [verdict(), two] }));
    expect(v).toMatchObject({
      state: "waiting",
      waitingFor: ["1 approval on #10 from @chen or @acme/cab", "1 approval on #11 from @chen or @acme/cab"],
    });
  });

  it("says whose approval does not count while it waits, and what would make one count", () => {
    const v = holdVerdict(
      input({
        verdicts: [
          verdict({
            discounted: [
              {
                login: "ana",
                action: "approve",
                via: "comment",
                why: "they opened this change request",
                fix: "ask another approver",
              },
              { login: "mallory", action: "reject", via: "comment", why: "they are not an approver" },
            ],
          }),
        ],
      }),
    );
    expect(v).toMatchObject({
      state: "waiting",
      notCounted: [
        "#10: @ana's approval does not count: they opened this change request; ask another approver",
      ],
    });
  });

  it("waits for an emergency approver on an emergency change", () => {
    const v = holdVerdict(
      input({
        verdicts: [
          verdict({
            type: "emergency",
            reasons: ["it is an emergency change and no emergency approver has approved it"],
          }),
        ],
      }),
    );
    expect(v).toMatchObject({ state: "waiting", waitingFor: ["1 emergency approval on #10 from @dana"] });
  });

  it.each([
    ["rejected", verdict({ rejectedBy: ["chen"], reasons: ["it was rejected by @chen"] })],
    [
      "missing approvals and something else",
      verdict({
        reasons: [
          "it needs 1 approval at low risk; none counts",
          "it is closed and cannot authorise a new deployment: open a new change request",
        ],
      }),
    ],
    ["not found", verdict({ found: false, reasons: ["it does not exist, or the token cannot read it"] })],
    [
      "approvable by nobody",
      verdict({
        reasons: ["the policy names no approvers (approvals.approvers), so nobody can approve it"],
        type: "emergency",
      }),
    ],
  ])("rejects at once a change request %s", (_what, v) => {
    const noEmergency = {
      ...input({ verdicts: [v] }),
      approvals: { ...approvals, emergencyApprovers: { users: [], teams: [] } },
    };
    expect(holdVerdict(noEmergency).state).toBe("rejected");
  });

  it("rejects when a pull request links no change request, even if another awaits approval", () => {
    expect(
      holdVerdict(
        input({
          uncovered: true,
          reasons: [
            "PR #3 links no change request.",
            "Change request #10 'Cart': it needs 1 approval at low risk; none counts.",
          ],
        }),
      ),
    ).toEqual({
      state: "rejected",
      reasons: [
        "PR #3 links no change request.",
        "Change request #10 'Cart': it needs 1 approval at low risk; none counts.",
      ],
    });
  });

  it("rejects when the gate gave a reason no change request explains (it could not read GitHub)", () => {
    const v = holdVerdict(
      input({
        reasons: [
          "Change request #10 'Cart': it needs 1 approval at low risk; none counts.",
          "Could not comment on the change requests: 502",
        ],
      }),
    );
    expect(v.state).toBe("rejected");
  });

  it("rejects a frozen deployment unless the policy holds it", () => {
    const allowed = [verdict({ authorised: true, reasons: [], approvers: ["chen"] })];
    expect(holdVerdict(input({ verdicts: allowed, freeze: frozen("2026-11-30T09:00:00+01:00") }))).toEqual({
      state: "rejected",
      reasons: ['Deployments to production are frozen by "Black Friday".'],
    });
    expect(
      holdVerdict(input({ verdicts: allowed, freeze: frozen("2026-11-30T09:00:00+01:00"), hold: true })),
    ).toEqual({
      state: "waiting",
      waitingFor: ['the freeze "Black Friday" (Peak trading) to end at 2026-11-30T09:00:00+01:00'],
      changeRequests: [],
      notCounted: [],
      until: "2026-11-30T09:00:00+01:00",
    });
  });

  it("says when the freeze ends as a person reads it, in the freeze's time zone", () => {
    const freeze = frozen("2026-11-30T09:00:00+01:00");
    freeze.assessment.endsAtForPeople = "Mon at 09:00 Europe/Berlin";
    expect(
      holdVerdict(input({ freeze, hold: true, verdicts: [verdict({ authorised: true, reasons: [] })] })),
    ).toEqual({
      state: "waiting",
      waitingFor: ['the freeze "Black Friday" (Peak trading) to end on Mon at 09:00 Europe/Berlin'],
      changeRequests: [],
      notCounted: [],
      until: "2026-11-30T09:00:00+01:00",
    });
  });

  it("cannot hold through a freeze with no scheduled end", () => {
    const allowed = [verdict({ authorised: true, reasons: [], approvers: ["chen"] })];
    const v = holdVerdict(input({ verdicts: allowed, freeze: frozen(null), hold: true }));
    expect(v.state).toBe("rejected");
  });

  it("rejects a frozen deployment that also lacks an approval with both reasons, unless the policy holds it", () => {
    expect(holdVerdict(input({ freeze: frozen("2026-11-30T09:00:00+01:00") }))).toEqual({
      state: "rejected",
      reasons: [
        "Change request #10 'Cart': it needs 1 approval at low risk; none counts.",
        'Deployments to production are frozen by "Black Friday".',
      ],
    });
  });

  it("waits for both an approval and the end of a freeze", () => {
    expect(holdVerdict(input({ freeze: frozen("2026-11-30T09:00:00+01:00"), hold: true }))).toMatchObject({
      state: "waiting",
      waitingFor: [
        "1 approval on #10 from @chen or @acme/cab",
        'the freeze "Black Friday" (Peak trading) to end at 2026-11-30T09:00:00+01:00',
      ],
      until: "2026-11-30T09:00:00+01:00",
    });
  });
});

describe("emergencyOverrideCandidate", () => {
  const emergency = verdict({ type: "emergency", authorised: true, reasons: [], approvers: ["dana"] });
  it("offers an emergency change only when every change request is an authorised emergency", () => {
    expect(emergencyOverrideCandidate([emergency])).toBe(emergency);
    expect(
      emergencyOverrideCandidate([emergency, verdict({ authorised: true, reasons: [] })]),
    ).toBeUndefined();
    expect(emergencyOverrideCandidate([verdict({ type: "emergency" })])).toBeUndefined();
    expect(emergencyOverrideCandidate([])).toBeUndefined();
  });
});
