export {};
export * from "./versioning";
export * from "./changeRequest";
export * from "./approval";
export * from "./risk";
export * from "./deploymentRange";
export * from "./deploymentDecision";
export * from "./policy";
export * from "./markdown";
