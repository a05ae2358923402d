import type { PolicySection } from "../section";

/** Which deployment records the change gate believes. */
export interface DeploymentsPolicy {
  /**
   * Logins (bots with `[bot]`) whose deployments, and whose success statuses, say what an
   * environment runs. Absent: the workflow token's identity, `github-actions[bot]`
   * (`DEFAULT_TRUSTED_DEPLOYERS`).
   */
  trustedCreators?: string[];
}

export const deploymentsSection: PolicySection<DeploymentsPolicy> = {
  key: "deployments",
  property: "deployments",
  schema: {
    type: "object",
    description:
      "Which deployment records the change gate believes. Anyone with Write can create a deployment and mark it successful through the API; only records made by these identities say what an environment runs.",
    additionalProperties: false,
    properties: {
      "trusted-creators": {
        type: "array",
        uniqueItems: true,
        items: { type: "string", pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$" },
        description:
          'Logins whose deployments and success statuses count (bots with "[bot]", e.g. "my-deployer[bot]"). The list replaces the default, ["github-actions[bot]"] (the identity GitHub records for a job that uses an environment): list it too to keep it.',
      },
    },
  },
  defaults: () => ({}),
  parse(raw) {
    const value = (raw ?? {}) as { "trusted-creators"?: string[] };
    return value["trusted-creators"] ? { trustedCreators: value["trusted-creators"].slice() } : {};
  },
};
