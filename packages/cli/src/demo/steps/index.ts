/**
 * The demo pipeline, in order. Each action adds ONE line here for its step module
 * (demo/steps/<action>.ts exporting a DemoStep), and the data it needs in demo/scenario/<action>.yml.
 *
 * The order follows a deployment: change-gate, freeze-window (assess job), then release-bundle
 * and post-implementation-review (deploy job). Steps pass outputs along through ctx.shared.
 */
import type { DemoStep } from "../types";
import { changeGateStep } from "./change-gate";
import { deployStep } from "./deploy";
import { freezeWindowStep } from "./freeze-window";
import { postImplementationReviewStep } from "./post-implementation-review";
import { releaseBundleStep } from "./release-bundle";

export const steps: DemoStep[] = [
  changeGateStep,
  freezeWindowStep,
  deployStep,
  releaseBundleStep,
  postImplementationReviewStep,
];
