import type { PolicySection } from "../section";

/** Where and how post-implementation reviews are opened (`review:` in `.github/gatehouse.yml`). */
export interface ReviewPolicy {
  /** `owner/repo` reviews go to (a central review repository); null: the deployed repository. */
  repository: string | null;
  /** Days until a review is due (default 5). */
  dueInDays: number;
  /** Extra labels every review gets. */
  labels: string[];
  /** Logins assigned to every review, besides the authors of its change requests. */
  assignees: string[];
}

const LOGIN = "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$";

export const reviewSection: PolicySection<ReviewPolicy> = {
  key: "review",
  property: "review",
  schema: {
    type: "object",
    description:
      "Post-implementation reviews: where they are opened, when they are due, who reviews. The inputs of post-implementation-review win over these.",
    additionalProperties: false,
    properties: {
      repository: {
        type: "string",
        pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",
        description:
          "owner/repo reviews are opened in, e.g. a central change-reviews repository (default: the deployed repository).",
      },
      "due-in-days": {
        type: "integer",
        minimum: 0,
        maximum: 365,
        description: "Days from the deployment until the review is due (default 5).",
      },
      labels: {
        type: "array",
        items: { type: "string", minLength: 1, maxLength: 50 },
        description: "Extra labels every review gets, e.g. team/payments.",
      },
      assignees: {
        type: "array",
        items: { type: "string", pattern: LOGIN },
        description: "Logins assigned to every review, besides the authors of its change requests.",
      },
    },
  },
  defaults: () => ({ repository: null, dueInDays: 5, labels: [], assignees: [] }),
  parse(raw) {
    const r = (raw ?? {}) as {
      repository?: string;
      "due-in-days"?: number;
      labels?: string[];
      assignees?: string[];
    };
    return {
      repository: r.repository ?? null,
      dueInDays: r["due-in-days"] ?? 5,
      labels: r.labels ?? [],
      assignees: (r.assignees ?? []).map((a) => a.replace(/^@/, "")),
    };
  },
  check(value) {
    const problems: { path: (string | number)[]; message: string }[] = [];
    value.labels.forEach((label, i) => {
      if (label.includes(",")) {
        problems.push({
          path: ["labels", i],
          message: `"${label}" contains a comma, which GitHub label names cannot.`,
        });
      }
    });
    return problems;
  },
};
