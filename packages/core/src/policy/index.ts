export { formatPath, type PolicyPath } from "./paths";
export * from "./read";
export * from "./schema";
export type { PolicyProblem, PolicySection, SectionProblem } from "./section";
export type { PolicyVersion } from "./sections/version";
