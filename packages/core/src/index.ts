// The release process, in the order it runs. Each folder is one part of it:
// policy/ (the rules a team keeps in .github/gatehouse.yml), change/ (change requests, approval,
// risk, the deployed range and the gate's decision), schedule/ (freeze windows and the calendar),
// release/ (versioning, release notes, the manifest), review/ (post-implementation review and
// reading it back), improvement/ (continuous improvement: DORA metrics and the improvement report).
export * from "./change/approval";
export * from "./change/changeRequest";
export * from "./change/changeRequestAt";
export * from "./change/commands";
export * from "./change/decisionRecord";
export * from "./change/deploymentDecision";
export * from "./change/deploymentEnvironment";
export * from "./change/deploymentHold";
export * from "./change/deploymentRange";
export * from "./change/gatedChangeRequests";
export * from "./change/gatehouseRecord";
export * from "./change/historyRange";
export * from "./change/risk";
export * from "./change/serviceBinding";
export * from "./improvement/deliveryMetrics";
export * from "./improvement/earnedStandardChanges";
export * from "./improvement/improvementReport";
export * from "./improvement/performanceBands";
export * from "./improvement/periods";
export * from "./markdown";
export * from "./policy";
export type {
  FreezePolicy,
  FreezeWindow,
  OneOffFreezeWindow,
  RecurringFreezeWindow,
} from "./policy/sections/freeze";
export type { Service, ServicesPolicy } from "./policy/sections/services";
export { findService } from "./policy/sections/services";
export * from "./release/majorTag";
export * from "./release/releaseManifest";
export * from "./release/releaseNotes";
export * from "./release/versioning";
export * from "./review/postImplementationReview";
export * from "./review/reviewRecord";
export * from "./schedule/changeSchedule";
export * from "./schedule/changeScheduleMarkdown";
export * from "./schedule/freezeCalendar";
export * from "./schedule/freezeCalendarGantt";
export * from "./schedule/freezeCalendarIcs";
export * from "./schedule/freezeTime";
export * from "./schedule/freezeWindow";
export * from "./schedule/plannedChanges";
export * from "./schedule/scheduleConflicts";
