// `gatehouse verify`, apart from the other steps: the manifest's schema validator it carries is
// large, and no action's bundle needs it.

export * from "./report";
export * from "./verifyRelease";
