/**
 * Demo step: months later, an auditor re-checks the release the pipeline made, from GitHub alone —
 * `gatehouse verify`: published, the tag's commit, the manifest against its schema, every asset by
 * GitHub's own digest, SHA256SUMS, the change requests' approvals re-assessed with the gate's rules
 * at the release's instant, the run's environment approvals and the freeze decision.
 *
 * Reads `release-tag` from ctx.shared (release-bundle).
 */
import { command as verify } from "../../commands/verify";
import type { DemoStep } from "../types";

/** demo/scenario/base.yml's auditor token. */
const AUDITOR_TOKEN = "ghs_demo_auditor_token";

export const verifyStep: DemoStep = {
  title: "gatehouse verify: an auditor re-checks the release",
  async run(ctx) {
    const tag = ctx.shared["release-tag"];
    if (!tag) throw new Error("no release to verify: the release-bundle step made none");
    ctx.print.line(`$ gatehouse verify --repository ${ctx.repository} --tag ${tag}`);
    const lines: string[] = [];
    const code = await verify.run(
      { values: { repository: ctx.repository, tag }, positionals: [] },
      {
        out: (t) => {
          lines.push(t);
          ctx.print.line(t);
        },
        err: (t) => ctx.print.line(t),
        cwd: process.cwd(),
        env: {
          // Read-only, and able to read team membership: the policy's approvers are teams.
          GITHUB_TOKEN: AUDITOR_TOKEN,
          GITHUB_API_URL: ctx.sandbox.apiUrl,
          GITHUB_GRAPHQL_URL: ctx.sandbox.graphqlUrl,
        },
      },
    );
    ctx.print.kv("exit code", String(code));
    if (code !== 0) throw new Error(`gatehouse verify ${tag} exited ${code}: ${lines.at(-1) ?? ""}`);
    return `${tag} verified: ${lines.at(-1) ?? ""}`;
  },
};
