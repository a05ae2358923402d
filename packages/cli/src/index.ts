export { generalHelp, runCli } from "./cli";
export { type Command, EXIT, type Io, UsageError } from "./command";
export type { DemoContext, DemoStep } from "./demo/types";
