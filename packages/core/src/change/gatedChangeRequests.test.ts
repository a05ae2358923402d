import { describe, expect, it } from "vitest";
import { ChangeRequestsInputError, parseGatedChangeRequests } from "./gatedChangeRequests";

describe("parseGatedChangeRequests", () => {
  it("reads change-gate's output as it writes it, once per change request", () => {
    const output = JSON.stringify([
      {
        repository: "acme/changes",
        number: 45,
        title: "Faster checkout",
        type: "normal",
        risk: "high",
        url: "https://github.com/acme/changes/issues/45",
        approvers: [{ login: "dana", at: "2026-11-23T09:00:00Z" }, "@erik", { user: "fay" }, {}, ""],
        authorised: true,
      },
      { repository: "acme/changes", number: 45, title: "listed twice" },
      { repository: "Acme/Changes", number: "45" },
    ]);
    expect(parseGatedChangeRequests(output)).toEqual([
      {
        repository: "acme/changes",
        number: 45,
        title: "Faster checkout",
        type: "normal",
        risk: "high",
        url: "https://github.com/acme/changes/issues/45",
        approvers: [{ login: "dana", at: "2026-11-23T09:00:00Z" }, { login: "erik" }, { login: "fay" }],
      },
    ]);
  });

  it("keeps that the gate did not authorise a change request (report mode)", () => {
    const output = JSON.stringify([
      { repository: "acme/shop", number: 5, approvers: [], authorised: false },
      { repository: "acme/shop", number: 6, approvers: [], authorised: true },
    ]);
    expect(parseGatedChangeRequests(output)?.map((cr) => cr.authorised)).toEqual([false, undefined]);
  });

  it("tells none supplied (null) from an empty list", () => {
    expect(parseGatedChangeRequests("  \n")).toBeNull();
    expect(parseGatedChangeRequests("[]")).toEqual([]);
  });

  it.each([
    ["{", /not valid JSON.*needs\.assess\.outputs\.change-requests/],
    ['{"number":1}', /must be a JSON array/],
    ['[{"repository":"acme","number":1}]', /change-requests\[0\] needs "repository" as owner\/repo/],
    ['[{"repository":"acme/shop","number":-2}]', /"number" as a positive integer/],
  ])("refuses %s and says how to pass it", (text, message) => {
    expect(() => parseGatedChangeRequests(text)).toThrow(ChangeRequestsInputError);
    expect(() => parseGatedChangeRequests(text)).toThrow(message);
  });
});
