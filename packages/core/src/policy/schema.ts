/** The composed model: every registered section, the `Policy` type and the JSON Schema of the file. */
import type { PolicySection } from "./section";
import * as registry from "./sections";

type Registry = typeof registry;

/**
 * The policy as the actions use it: one camelCase property per section (`version`,
 * `changeRequests`, `approvals`, `risk`, `exemptPaths`, `freeze`, `release`, `review`, as they are
 * registered in `sections/index.ts`).
 */
export type Policy = {
  [K in keyof Registry]: Registry[K] extends PolicySection<infer T> ? T : never;
};

/** The order sections appear in the schema, in `defaultPolicy()` and in problem lists. */
const KEY_ORDER = [
  "version",
  "change-requests",
  "approvals",
  "risk",
  "exempt-paths",
  "freeze",
  "services",
  "release",
  "review",
];

function rank(key: string): number {
  const i = KEY_ORDER.indexOf(key);
  return i === -1 ? KEY_ORDER.length : i;
}

export type AnyPolicySection = PolicySection<unknown>;

/** Every section, in file order. */
export const policySections: readonly AnyPolicySection[] = sortSections(
  Object.values(registry) as AnyPolicySection[],
);

export function sortSections(sections: AnyPolicySection[]): AnyPolicySection[] {
  return [...sections].sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

/** The property each section is registered under in `sections/index.ts` (must equal its `property`). */
export function registeredSectionNames(): Record<string, string> {
  return Object.fromEntries(Object.entries(registry).map(([name, section]) => [name, section.property]));
}

/** The JSON Schema (draft-07) of `.github/gatehouse.yml`, composed from the sections. */
export function policySchema(
  sections: readonly AnyPolicySection[] = policySections,
): Record<string, unknown> {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "Gatehouse policy",
    description:
      "The policy file of Gatehouse, `.github/gatehouse.yml`, read from the default branch. Every key is optional; an absent key means its defaults.",
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(sections.map((section) => [section.key, section.schema])),
  };
}
