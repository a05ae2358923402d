import type { PolicySection } from "../section";

/** The policy file format version. Only version 1 exists. */
export type PolicyVersion = 1;

/**
 * `version: 1`. Optional: a file without it is read as version 1, so a file holding only the
 * section it needs (e.g. `freeze:`) works. Any other value is refused, so a file written for a
 * future format is never misread.
 */
export const versionSection: PolicySection<PolicyVersion> = {
  key: "version",
  property: "version",
  schema: {
    description: "Format version of this file. Optional; only 1 exists.",
    type: "integer",
    enum: [1],
    default: 1,
  },
  defaults: () => 1,
  parse: () => 1,
};
