export type { AppsSide, DeploymentRequest, RequestedDeployment } from "./apps";
export { DEFAULT_WEBHOOK_SECRET, type ScenarioApp, type ScenarioInstallation } from "./apps/seed";
export { DELIVERY_TIMEOUT_MS, signPayload } from "./apps/webhooks";
export { type Fault, type FaultSpec, Faults } from "./faults";
export {
  type ForwardProxy,
  type ForwardProxyOptions,
  type ProxyLogEntry,
  startForwardProxy,
} from "./forwardProxy";
export { executeGraphql, githubSchema } from "./graphql";
export { measureQuery, NODE_LIMIT, PAGE_LIMIT, pointCost, type QueryMeasure } from "./graphql/limits";
export { HttpError, type Reply, type RouteContext, type RouteDef, type RoutePermission } from "./http";
export { type DescriptionName, description, ghesReleases } from "./openapi";
export {
  type JobSummary,
  recordJobSummary,
  setWalkthrough,
  type Walkthrough,
  type WalkthroughStep,
} from "./pages/journal";
export { forbidden, hasPermission } from "./permissions";
export {
  type RateLimits,
  type RateResource,
  type RateState,
  TOKEN_LIMITS,
  WORKFLOW_TOKEN_LIMITS,
} from "./rateLimit";
export { roundTrips } from "./roundTrips";
export { allRoutes } from "./routes";
export * from "./runner";
export {
  type CommitRef,
  DEFAULT_ACTOR,
  DEFAULT_NOW,
  DEFAULT_PERMISSIONS,
  DEFAULT_TOKEN,
  readScenario,
  type Scenario,
  type ScenarioAsset,
  type ScenarioComment,
  type ScenarioCommit,
  type ScenarioDeployment,
  type ScenarioIssue,
  type ScenarioLabelRef,
  type ScenarioLimits,
  type ScenarioOrg,
  type ScenarioPull,
  type ScenarioRelease,
  type ScenarioRepo,
  type ScenarioRun,
  type ScenarioToken,
  type ScenarioUser,
  seed,
} from "./scenario";
export {
  type RequestFilter,
  type RequestRecord,
  type Sandbox,
  type SandboxOptions,
  startSandbox,
  type Violation,
} from "./server";
export { fakeSha, makeNodeId, Store } from "./store";
export { selfSignedCertificate, type TestCertificate } from "./tls";
export type * from "./types";
