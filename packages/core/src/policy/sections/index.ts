/**
 * Every section of `.github/gatehouse.yml`: one line each, exporting the section under its
 * `property` name (a test checks that they match):
 *
 *   export { freezeSection as freeze } from "./freeze";
 *
 * `Policy` is derived from this list, so `policy.<property>` is typed as soon as the line exists.
 * After adding or changing a section, run `pnpm exec tsx scripts/policy-schema.ts` and commit
 * `schema/gatehouse.schema.json` and `policy/validator.generated.ts` (a test fails until then).
 * Semantic check messages should not repeat the path: the framework writes it in front.
 */

export { approvalsSection as approvals } from "./approvals";
export { changeRequestsSection as changeRequests } from "./changeRequests";
export { deploymentsSection as deployments } from "./deployments";
export { exemptPathsSection as exemptPaths } from "./exemptPaths";
export { freezeSection as freeze } from "./freeze";
export { improvementSection as improvement } from "./improvement";
export { releaseSection as release } from "./release";
export { reviewSection as review } from "./review";
export { riskSection as risk } from "./risk";
export { servicesSection as services } from "./services";
export { versionSection as version } from "./version";
