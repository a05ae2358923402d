import { getInput } from "@gatehouse/github";
import { runMain } from "@gatehouse/github/start";
import { prefetchReleaseOfTag } from "@gatehouse/release-process/verify/releaseRequest";

// The release's request leaves first; verify (and the manifest schema's validator) loads meanwhile.
await runMain(() => import("./main").then((m) => m.run()), {
  prefetch: (setup) => prefetchReleaseOfTag(setup.client, setup.ctx.repository, getInput("tag").trim()),
});
