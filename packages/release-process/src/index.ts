// The application layer: each step of the release process run against GitHub. Every step takes
// its collaborators (the GitHub client, the clock reading, the caller's request) as parameters;
// the actions, the App and the CLI are shells that build them and call in.
export * from "./assess/gate";
export * from "./assess/request";
export * from "./assess/summary";
export * from "./bundle/bundleRelease";
export * from "./bundle/release";
export * from "./bundle/summary";
export * from "./environment";
export * from "./freeze/check";
export * from "./freeze/override";
export * from "./freeze/summary";
export * from "./improvement/deploymentHistory";
export * from "./improvement/improvementIssue";
export * from "./improvement/measureDelivery";
export * from "./improvement/ranges";
export * from "./improvement/reportImprovement";
export * from "./improvement/summary";
export * from "./review/postImplementationReview";
export * from "./review/summary";
export * from "./schedule/conflictNotes";
export * from "./schedule/keepChangeSchedule";
export * from "./schedule/readSchedule";
export * from "./schedule/scheduleIssue";
export * from "./schedule/summary";
