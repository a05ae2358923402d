import { prefetchPolicy, runMain } from "@gatehouse/github/start";
import { prefetchHistory } from "@gatehouse/release-process/bundle/historyQuery";

// The policy request and the first query of the history (tags, the newest commits, the counts)
// leave first, together; the rest of the action loads while they are under way.
await runMain(() => import("./main").then((m) => m.run()), {
  prefetch: (setup) =>
    Promise.all([prefetchPolicy(setup), prefetchHistory(setup.client, setup.ctx.repository, setup.ctx.sha)]),
  prefetchRequests: 2,
});
