/**
 * The decision record: what change-gate's decision rested on — the range, and for each change
 * request whether it authorised, its approvals, its standing rejections and its last edit. The
 * assess job hands it to the deploy job (the `decision-record` output, the `recheck` input); there
 * the gate runs again once the environment's reviewers approved, and blocks if anything it rested
 * on changed while they waited: a new rejection, an edit, an approval that no longer counts, a
 * different range. Approvals added meanwhile change nothing that was approved.
 */

/** One change request as the decision saw it. */
export interface RecordedChangeRequest {
  /** `owner/repo#N`. */
  ref: string;
  authorised: boolean;
  /** The last edit of its description (null: never edited). */
  editedAt: string | null;
  /** The approvals that counted, `login@time`. */
  approvals: string[];
  /** The rejections standing, `login@time`. */
  rejections: string[];
}

export interface DecisionRecord {
  version: 1;
  repository: string;
  environment: string;
  decision: "allow" | "block";
  /** The range: the commit the environment runs, and the one deployed. */
  base: string;
  head: string;
  changeRequests: RecordedChangeRequest[];
}

/** The `recheck` input cannot be read; the message says what to pass. */
export class DecisionRecordError extends Error {
  override name = "DecisionRecordError";
}

const SHA = /^[0-9a-f]{40}$/i;
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/** Reads the assess job's `decision-record` output, or says why it cannot. */
export function parseDecisionRecord(text: string): DecisionRecord {
  const how =
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown as is
    "pass the assess job's output as it is, e.g. `recheck: ${{ needs.assess.outputs.decision-record }}` (and list `decision-record` in the assess job's `outputs:`)";
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DecisionRecordError(
      `The \`recheck\` input is not change-gate's decision record (not JSON): ${how}.`,
    );
  }
  const o = (raw ?? {}) as Record<string, unknown>;
  const crs = Array.isArray(o.changeRequests) ? (o.changeRequests as Record<string, unknown>[]) : null;
  const valid =
    o.version === 1 &&
    typeof o.repository === "string" &&
    typeof o.environment === "string" &&
    (o.decision === "allow" || o.decision === "block") &&
    typeof o.base === "string" &&
    SHA.test(o.base) &&
    typeof o.head === "string" &&
    SHA.test(o.head) &&
    crs !== null &&
    crs.every(
      (c) =>
        typeof c?.ref === "string" &&
        typeof c.authorised === "boolean" &&
        (c.editedAt === null || typeof c.editedAt === "string") &&
        strings(c.approvals) &&
        strings(c.rejections),
    );
  if (!valid) {
    throw new DecisionRecordError(
      `The \`recheck\` input is not a complete decision record of change-gate (version 1): ${how}.`,
    );
  }
  return o as unknown as DecisionRecord;
}

const short = (sha: string) => sha.slice(0, 7);
const who = (entry: string) => `@${entry.slice(0, entry.lastIndexOf("@"))}`;
const when = (entry: string) =>
  entry
    .slice(entry.lastIndexOf("@") + 1)
    .replace("T", " ")
    .replace(/\.000Z$/, "Z");

/**
 * What changed between the decision the deployment was approved on (`then`) and the decision now,
 * as plain sentences; empty when nothing it rested on changed.
 */
export function changesSince(then: DecisionRecord, now: DecisionRecord): string[] {
  const out: string[] = [];
  if (
    then.repository.toLowerCase() !== now.repository.toLowerCase() ||
    then.environment.toLowerCase() !== now.environment.toLowerCase()
  ) {
    out.push(
      `the decision record is for ${then.repository} to ${then.environment}, not ${now.repository} to ${now.environment}`,
    );
    return out;
  }
  if (then.decision !== "allow") {
    out.push("the assess job blocked this deployment, so there is no allowed decision to deploy");
  }
  if (then.head !== now.head) {
    out.push(`the deployed commit is now ${short(now.head)}, not ${short(then.head)}`);
  }
  if (then.base !== now.base) {
    out.push(
      `${now.environment} now runs ${short(now.base)}, not ${short(then.base)} (another deployment went out meanwhile), so the range is not the one approved`,
    );
  }
  const nowByRef = new Map(now.changeRequests.map((c) => [c.ref.toLowerCase(), c]));
  const thenRefs = new Set(then.changeRequests.map((c) => c.ref.toLowerCase()));
  for (const c of now.changeRequests) {
    if (!thenRefs.has(c.ref.toLowerCase()))
      out.push(`change request ${c.ref} is now linked, which it was not`);
  }
  for (const was of then.changeRequests) {
    const is = nowByRef.get(was.ref.toLowerCase());
    if (!is) {
      out.push(`change request ${was.ref} is no longer linked`);
      continue;
    }
    if (was.editedAt !== is.editedAt && is.editedAt !== null) {
      out.push(`change request ${was.ref} was edited at ${when(`@${is.editedAt}`)}`);
    }
    for (const r of is.rejections) {
      if (!was.rejections.includes(r)) out.push(`${who(r)} rejected change request ${was.ref} at ${when(r)}`);
    }
    for (const a of was.approvals) {
      if (!is.approvals.includes(a))
        out.push(`${who(a)}'s approval of change request ${was.ref} no longer counts`);
    }
    if (was.authorised && !is.authorised)
      out.push(`change request ${was.ref} no longer authorises the deployment`);
  }
  return out;
}
