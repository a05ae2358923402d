export * from "./action";
export * from "./changeRequests";
export * from "./client";
export * from "./errors";
export * from "./policy";
export * from "./policyText";
export * from "./releaseAssets";
export * from "./runner";
