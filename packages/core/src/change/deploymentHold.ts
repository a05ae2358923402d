/**
 * Waiting instead of failing. A deployment GitHub holds for a custom protection rule (the
 * Gatehouse App) can wait for what is bound to come, instead of failing and being re-run:
 *
 * - an approval: when the only thing that stops it is change requests that need more approvals
 *   from approvers the policy names — nothing rejected, nothing else wrong;
 * - the end of a freeze: when a freeze blocks it and the policy says to hold (`freeze.hold`).
 *
 * Anything else is rejected at once, with the reasons. Pure: the gate's and the freeze check's
 * findings are passed in.
 */
import type { ApprovalsPolicy, ApproverGroup } from "../policy/sections/approvals";
import type { FreezeAssessment } from "../schedule/freezeWindow";
import { approvalsNotCounted } from "./approval";
import { formatChangeRequestRef } from "./changeRequest";
import type { ChangeRequestVerdict } from "./deploymentDecision";

export interface HoldInput {
  /** The deployed repository, "owner/repo" (change requests there are written `#N`). */
  repository: string;
  /** The change gate's findings. */
  gate: {
    decision: "allow" | "block";
    reasons: readonly string[];
    changeRequests: readonly ChangeRequestVerdict[];
    pullRequests: readonly { covered: boolean }[];
    commits: readonly { covered: boolean }[];
  };
  /** The freeze check's: frozen (and not overridden), with the assessment and the refusal. */
  freeze: { frozen: boolean; assessment: FreezeAssessment; refusal: string | null };
  approvals: ApprovalsPolicy;
  /** `freeze.hold`: hold a frozen deployment until the freeze ends. */
  holdInFreeze: boolean;
}

export type HoldVerdict =
  | { state: "approved" }
  | { state: "rejected"; reasons: string[] }
  | {
      state: "waiting";
      /** One sentence per thing awaited, e.g. `1 approval on #10 from @chen or @acme/cab`. */
      waitingFor: string[];
      /** Change requests awaiting approvals ("owner/repo#N"). */
      changeRequests: string[];
      /**
       * The approvals given on them that do not count, with what would make one count:
       * "#10: @olivia's approval does not count: they opened this change request; ask another approver".
       */
      notCounted: string[];
      /** When to decide again unasked (a freeze's end, ISO 8601), if known. */
      until?: string;
    };

const people = (group: ApproverGroup) =>
  [...group.users, ...group.teams].map((p) => `@${p.replace(/^@/, "")}`);

function orList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

/**
 * Does this change request lack only approvals that an approver can still give? Not found, rejected,
 * or anything else wrong with it (a window, a closed issue, an unreadable team, a form problem)
 * is not worth waiting for.
 */
export function awaitsApproval(verdict: ChangeRequestVerdict, approvals: ApprovalsPolicy): boolean {
  if (!verdict.found || verdict.authorised || verdict.preApproved) return false;
  if (verdict.rejectedBy.length > 0 || verdict.reasons.length !== 1) return false;
  if (verdict.approvers.length >= verdict.requiredApprovals) return false;
  const group = verdict.type === "emergency" ? approvals.emergencyApprovers : approvals.approvers;
  return group.users.length + group.teams.length > 0;
}

/** Approve, reject, or wait — and for what. */
export function holdVerdict(input: HoldInput): HoldVerdict {
  const { gate, freeze, approvals } = input;
  const waitingFor: string[] = [];
  const changeRequests: string[] = [];
  const notCounted: string[] = [];

  if (gate.decision === "block") {
    const awaiting = gate.changeRequests.filter((v) => !v.authorised);
    const onlyApprovals =
      awaiting.length > 0 &&
      awaiting.every((v) => awaitsApproval(v, approvals)) &&
      gate.pullRequests.every((p) => p.covered) &&
      gate.commits.every((c) => c.covered) &&
      // Every reason the gate gave is one of these change requests' (it says each once).
      gate.reasons.length === new Set(awaiting.map((v) => v.reasons[0])).size;
    if (!onlyApprovals) {
      return {
        state: "rejected",
        reasons: [...gate.reasons, ...(freeze.frozen && freeze.refusal ? [freeze.refusal] : [])],
      };
    }
    for (const v of awaiting) {
      const missing = v.requiredApprovals - v.approvers.length;
      const group = v.type === "emergency" ? approvals.emergencyApprovers : approvals.approvers;
      const ref = formatChangeRequestRef(v, input.repository);
      waitingFor.push(
        `${missing} ${v.type === "emergency" ? "emergency " : ""}approval${missing === 1 ? "" : "s"} on ${ref} from ${orList(people(group))}`,
      );
      changeRequests.push(`${v.repository}#${v.number}`);
      for (const line of approvalsNotCounted(v.discounted, v.approvers)) notCounted.push(`${ref}: ${line}`);
    }
  }

  let until: string | undefined;
  if (freeze.frozen) {
    const a = freeze.assessment;
    if (!input.holdInFreeze || !a.endsAt) {
      // Every reason, as the actions give them: the gate's (approvals still missing) and the freeze's.
      const reasons = [...gate.reasons, freeze.refusal ?? a.reason];
      if (input.holdInFreeze && !a.endsAt)
        reasons.push("No end to the freeze is scheduled, so the deployment cannot be held until it ends.");
      return { state: "rejected", reasons };
    }
    waitingFor.push(
      `the freeze "${a.window}"${a.windowReason ? ` (${a.windowReason})` : ""} to end${a.endsAtForPeople ? ` on ${a.endsAtForPeople}` : ` at ${a.endsAt}`}`,
    );
    until = a.endsAt;
  }

  if (waitingFor.length === 0) return { state: "approved" };
  return { state: "waiting", waitingFor, changeRequests, notCounted, ...(until ? { until } : {}) };
}

/**
 * The change request that may carry a deployment through a freeze when nobody names one (the App
 * has no `change-request` input): only when every change request of the deployment is an authorised
 * emergency change — one normal change in the range and the freeze holds. The freeze check still
 * decides whether it overrides (the policy's `freeze.allow-emergency`).
 */
export function emergencyOverrideCandidate(
  verdicts: readonly ChangeRequestVerdict[],
): ChangeRequestVerdict | undefined {
  const found = verdicts.filter((v) => v.found);
  if (found.length === 0 || !found.every((v) => v.type === "emergency" && v.authorised)) return undefined;
  return found[0];
}
