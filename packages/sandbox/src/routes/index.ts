import type { RouteDef } from "../http";
import { actionRoutes } from "./actions";
import { appRoutes } from "./apps";
import { contentRoutes } from "./contents";
import { deploymentRoutes } from "./deployments";
import { gitRoutes } from "./git";
import { issueRoutes } from "./issues";
import { labelRoutes } from "./labels";
import { orgRoutes } from "./orgs";
import { pullRoutes } from "./pulls";
import { releaseRoutes } from "./releases";
import { repoRoutes } from "./repos";
import { searchRoutes } from "./search";
import { userRoutes } from "./users";

/** Every REST route the sandbox implements. A route GitHub has but not listed here answers 501. */
export const allRoutes: RouteDef[] = [
  ...repoRoutes,
  ...gitRoutes,
  ...contentRoutes,
  ...pullRoutes,
  ...issueRoutes,
  ...labelRoutes,
  ...releaseRoutes,
  ...deploymentRoutes,
  ...actionRoutes,
  ...orgRoutes,
  ...userRoutes,
  ...searchRoutes,
  ...appRoutes,
];
