export {};
export * from "./versioning";
export * from "./releaseNotes";
export * from "./releaseManifest";
export * from "./changeRequest";
export * from "./approval";
export * from "./risk";
export * from "./deploymentRange";
export * from "./deploymentDecision";
