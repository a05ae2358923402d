/**
 * The demo pipeline, in order. Each action adds ONE line here for its step module
 * (demo/steps/<action>.ts exporting a DemoStep), and the data it needs in demo/scenario/<action>.yml.
 *
 * The order follows a deployment: the assess job checks the freeze window, then the change gate;
 * the deploy job deploys (simulated), puts the release into the definitive media library and opens
 * the post-implementation review. Outputs flow through ctx.shared:
 *
 *   freeze-window  → `freeze` (its outputs, for the release manifest), `freeze-overridden-by` (review)
 *   change-gate    → `change-requests` (release and review), `environment`, `head-sha` (deploy)
 *   deploy         → `started-at`, `outcome` (review)
 *   release-bundle → `release-tag` (review), `release-url`
 *
 * Then planning: change-schedule catches a conflict when a second change request is written for
 * the same service and evening, and keeps the forward schedule of change in one issue.
 *
 * Then the Gatehouse App: GitHub itself holds another repository's deploy job until its change
 * request is approved.
 *
 * Last, an auditor verifies the release the pipeline made (`gatehouse verify`, exit 0).
 */
import type { DemoStep } from "../types";
import { appStep } from "./app";
import { changeGateStep } from "./change-gate";
import { changeScheduleStep } from "./change-schedule";
import { deployStep } from "./deploy";
import { freezeWindowStep } from "./freeze-window";
import { postImplementationReviewStep } from "./post-implementation-review";
import { releaseBundleStep } from "./release-bundle";
import { verifyStep } from "./verify";

export const steps: DemoStep[] = [
  freezeWindowStep,
  changeGateStep,
  deployStep,
  releaseBundleStep,
  postImplementationReviewStep,
  changeScheduleStep,
  appStep,
  verifyStep,
];
