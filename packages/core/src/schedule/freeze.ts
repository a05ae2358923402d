/**
 * `@gatehouse/core/freeze`: the policy reader and the freeze-window domain without the rest of core
 * (release notes, versioning…), so `gatehouse freeze` and `gatehouse calendar` load only what
 * they use and answer quickly.
 */

export type { Policy, PolicyProblem } from "../policy";
export { formatProblems, readPolicy } from "../policy";
export type {
  FreezePolicy,
  FreezeWindow,
  OneOffFreezeWindow,
  RecurringFreezeWindow,
} from "../policy/sections/freeze";
export * from "./freezeCalendar";
export * from "./freezeCalendarGantt";
export * from "./freezeCalendarIcs";
export * from "./freezeTime";
export * from "./freezeWindow";
