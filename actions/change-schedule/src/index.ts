import { prefetchPolicy, runMain } from "@gatehouse/github/start";

// The policy request leaves first; the rest of the action loads while it is under way.
await runMain(() => import("./main").then((m) => m.run()), { prefetch: prefetchPolicy });
