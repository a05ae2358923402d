export { describeExpected, renderValue } from "./messages";
export * from "./paths";
export * from "./read";
export * from "./schema";
export type { PolicyProblem, PolicySection, SectionProblem } from "./section";
export type { PolicyVersion } from "./sections/version";
