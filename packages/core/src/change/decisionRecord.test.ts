import { describe, expect, it } from "vitest";
import {
  changesSince,
  type DecisionRecord,
  DecisionRecordError,
  parseDecisionRecord,
} from "./decisionRecord";

const A = "a".repeat(40);
const B = "b".repeat(40);
const C = "c".repeat(40);
const record = (over: Partial<DecisionRecord> = {}): DecisionRecord => ({
  version: 1,
  repository: "acme/shop",
  environment: "production",
  decision: "allow",
  base: A,
  head: B,
  changeRequests: [
    {
      ref: "acme/shop#5",
      authorised: true,
      editedAt: null,
      approvals: ["carol@2026-03-02T10:00:00Z"],
      rejections: [],
    },
  ],
  ...over,
});
const cr = (over: Partial<DecisionRecord["changeRequests"][number]>) => [
  { ...record().changeRequests[0]!, ...over },
];

describe("decision record", () => {
  it("reads back what the gate wrote, and refuses anything else naming the input", () => {
    expect(parseDecisionRecord(JSON.stringify(record()))).toEqual(record());
    expect(() => parseDecisionRecord("allow")).toThrow(DecisionRecordError);
    expect(() => parseDecisionRecord("allow")).toThrow(
      /`recheck` input .*needs\.assess\.outputs\.decision-record/,
    );
    expect(() => parseDecisionRecord(JSON.stringify({ ...record(), head: "main" }))).toThrow(
      /not a complete decision record/,
    );
  });

  it("finds nothing changed when nothing did, nor when an approval was added", () => {
    expect(changesSince(record(), record())).toEqual([]);
    expect(
      changesSince(
        record(),
        record({
          changeRequests: cr({ approvals: ["carol@2026-03-02T10:00:00Z", "dave@2026-03-02T11:00:00Z"] }),
        }),
      ),
    ).toEqual([]);
  });

  it("names a rejection, an edit, a lost approval, a new commit and a new base", () => {
    const now = record({
      base: C,
      head: C,
      changeRequests: cr({
        authorised: false,
        editedAt: "2026-03-02T11:30:00Z",
        approvals: [],
        rejections: ["dave@2026-03-02T11:00:00Z"],
      }),
    });
    expect(changesSince(record(), now)).toEqual([
      "the deployed commit is now ccccccc, not bbbbbbb",
      "production now runs ccccccc, not aaaaaaa (another deployment went out meanwhile), so the range is not the one approved",
      "change request acme/shop#5 was edited at 2026-03-02 11:30:00Z",
      "@dave rejected change request acme/shop#5 at 2026-03-02 11:00:00Z",
      "@carol's approval of change request acme/shop#5 no longer counts",
      "change request acme/shop#5 no longer authorises the deployment",
    ]);
  });

  it("refuses a record of a blocked decision, of another environment, and change requests linked or unlinked", () => {
    expect(changesSince(record({ decision: "block" }), record())).toEqual([
      "the assess job blocked this deployment, so there is no allowed decision to deploy",
    ]);
    expect(changesSince(record({ environment: "staging" }), record())).toEqual([
      "the decision record is for acme/shop to staging, not acme/shop to production",
    ]);
    const other = { ref: "acme/shop#6", authorised: true, editedAt: null, approvals: [], rejections: [] };
    expect(changesSince(record(), record({ changeRequests: [other] }))).toEqual([
      "change request acme/shop#6 is now linked, which it was not",
      "change request acme/shop#5 is no longer linked",
    ]);
  });
});
