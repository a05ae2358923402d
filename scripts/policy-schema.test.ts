import { describe, expect, it } from "vitest";
import { REGENERATE_COMMAND, staleFiles } from "./policy-schema";

describe("generated policy files", () => {
  it("are current with the policy sections", () => {
    const stale = staleFiles();
    expect(stale, `${stale.join(" and ")} stale: run \`${REGENERATE_COMMAND}\` and commit`).toEqual([]);
  });
});
