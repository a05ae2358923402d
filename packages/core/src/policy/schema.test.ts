import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { policySchema, policySections } from "./schema";

describe("the composed policy schema", () => {
  it("is draft-07 and compiles in ajv's strict mode (no unknown keywords or loose types)", () => {
    const schema = policySchema();
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
    expect(validate({})).toBe(true);
    expect(validate({ version: 1 })).toBe(true);
    expect(validate({ version: 2 })).toBe(false);
    expect(validate({ unknown: true })).toBe(false);
  });

  it("has one property per section, in file order", () => {
    const properties = Object.keys(policySchema().properties as object);
    expect(properties).toEqual(policySections.map((s) => s.key));
    expect(properties[0]).toBe("version");
  });

  it("describes every section", () => {
    for (const section of policySections) {
      expect(section.schema.description, section.key).toEqual(expect.any(String));
    }
  });
});
