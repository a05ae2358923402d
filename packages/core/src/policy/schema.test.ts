import Ajv, { type ValidateFunction } from "ajv";
import { describe, expect, it } from "vitest";
import { describeSchemaErrors } from "./messages";
import { AJV_OPTIONS } from "./read";
import { policySchema, policySections } from "./schema";
import generatedValidator, { schemaText } from "./validator.generated";

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

describe("the generated validator", () => {
  const samples: unknown[] = [
    {},
    { version: 1 },
    { version: 2 },
    { frezee: {} },
    { approvals: { quorum: { high: 0, low: "x" }, approverz: [] } },
    { freeze: { windows: [{ start: 1 }, { name: "" }], timezone: 3 } },
    { "exempt-paths": ["docs/**", "docs/**"] },
    { "change-requests": { label: "", repository: "not a repo" } },
  ];

  it("was generated from the current schema (else run pnpm exec tsx scripts/policy-schema.ts)", () => {
    expect(schemaText).toBe(JSON.stringify(policySchema()));
  });

  it("reports exactly what ajv compiled at run time reports", () => {
    const compiled = new Ajv(AJV_OPTIONS).compile(policySchema());
    const generated = generatedValidator as unknown as ValidateFunction;
    for (const data of samples) {
      const a = compiled(data);
      const b = generated(data);
      expect(b, JSON.stringify(data)).toBe(a);
      expect(describeSchemaErrors(generated.errors ?? [], data)).toEqual(
        describeSchemaErrors(compiled.errors ?? [], data),
      );
    }
  });
});
