export { type RunningApp, type StartAppOptions, startApp } from "./app";
export { type AnswerOptions, answerRule, reportStatus } from "./callback";
export { AppClock } from "./clock";
export { type AppConfig, CONFIG_VARIABLES, ConfigError, readConfig } from "./config";
export {
  type Decide,
  type DeploymentTarget,
  RULE_COMMENT_LIMIT,
  ruleComment,
  type Verdict,
} from "./decision";
export type { Outcome, WaitingRun } from "./deployments";
export { type GateDecisionOptions, releaseProcessDecide } from "./gate";
export { AppGitHub, type InstallationAccess } from "./github";
export { createLogger, type Logger, silentLogger } from "./log";
export { type ServeIo, serveFromEnvironment } from "./serve";
