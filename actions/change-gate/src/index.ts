import { getInput } from "@gatehouse/github";
import { defaultBranchOf } from "@gatehouse/github/runner";
import { runMain } from "@gatehouse/github/start";
import { prefetchRepositoryState } from "@gatehouse/release-process/assess/repositoryState";

// The first query (policy, deployments, latest release) leaves first; the gate loads meanwhile.
await runMain(() => import("./main").then((m) => m.run()), {
  prefetch: (setup) =>
    prefetchRepositoryState(
      setup.client,
      setup.ctx.repository,
      getInput("environment"),
      getInput("policy-ref"),
      defaultBranchOf(setup.ctx.event),
    ),
});
