import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POLICY_SCHEMA_FILE, REGENERATE_COMMAND, renderPolicySchema } from "./policy-schema";

describe("schema/gatehouse.schema.json", () => {
  it("is current with the policy sections", () => {
    const committed = readFileSync(POLICY_SCHEMA_FILE, "utf8");
    expect(
      committed === renderPolicySchema(),
      `schema/gatehouse.schema.json is stale: run \`${REGENERATE_COMMAND}\``,
    ).toBe(true);
  });
});
