export * from "./client";
export * from "./errors";
export * from "./runner";
export * from "./changeRequests";
