import { renderIssueFormBody } from "./changeRequest";

/**
 * A change request body as GitHub renders it from the form, with a sensible normal change;
 * `overrides` replace fields by label, "<omit>" leaves a section out.
 */
export function changeRequestFormBody(overrides: Record<string, string> = {}): string {
  const values: Record<string, string> = {
    Summary: "Add the billing service",
    "Change type": "Normal",
    "Standard change template": "",
    Risk: "Medium",
    "Services affected": "billing, checkout",
    "Planned start": "",
    "Planned end": "",
    "Implementation plan": "1. Deploy\n2. Watch the dashboards",
    "Back-out plan": "Redeploy the previous release",
    "Test evidence": "CI run 42 passed",
    ...overrides,
  };
  return renderIssueFormBody(
    Object.fromEntries(
      Object.entries(values)
        .filter(([, v]) => v !== "<omit>")
        .map(([k, v]) => [k, v === "_No response_" ? "" : v]),
    ),
  );
}
