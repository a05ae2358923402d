export {};
export * from "./runner";
