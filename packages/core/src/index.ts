export * from "./approval";
export * from "./changeRequest";
export * from "./deploymentDecision";
export * from "./deploymentRange";
export * from "./freezeCalendar";
export * from "./freezeCalendarGantt";
export * from "./freezeCalendarIcs";
export * from "./freezeTime";
export * from "./freezeWindow";
export * from "./gatedChangeRequests";
export * from "./markdown";
export * from "./policy";
export type {
  FreezePolicy,
  FreezeWindow,
  OneOffFreezeWindow,
  RecurringFreezeWindow,
} from "./policy/sections/freeze";
export * from "./postImplementationReview";
export * from "./releaseManifest";
export * from "./releaseNotes";
export * from "./risk";
export * from "./versioning";
