/**
 * The App's decision: the release process's change gate and freeze check — the very ones the
 * change-gate and freeze-window actions run — with the policy from the default branch, then
 * core's rule for what may wait (`holdVerdict`). The gate keeps its comment on each change
 * request, as it does for the action; the answer links to them.
 */
import {
  changeRequestRepositories,
  emergencyOverrideCandidate,
  formatChangeRequestRef,
  holdVerdict,
  link,
} from "@gatehouse/core";
import { describeError, type GitHubClient, type LoadedPolicy, loadPolicy } from "@gatehouse/github";
import { checkFreeze, runGate } from "@gatehouse/release-process";
import { type Decide, ruleComment, type Verdict } from "./decision";

export interface GateDecisionOptions {
  /** Web root for links (`https://github.com`, or the Enterprise Server's). */
  serverUrl: string;
}

/** Decides a deployment with the release process (see the module comment). */
export function releaseProcessDecide(opts: GateDecisionOptions): Decide {
  return async (targets, access, now): Promise<Verdict[]> => {
    const target = targets[0];
    if (!target) return [];
    const repository = `${target.owner}/${target.repo}`;
    const env = target.environment;
    // Each run's answer links to its own page when there is nothing else to link to.
    const each = (verdict: (runLinks: string[]) => Verdict): Verdict[] =>
      targets.map((t) => verdict([link("the run", t.runUrl)]));
    const rejected = (reasons: string[], links?: string[]): Verdict[] =>
      each((runLinks) => ({
        state: "rejected",
        comment: ruleComment(`🚫 Gatehouse blocks this deployment to ${env}:`, reasons, links ?? runLinks),
      }));

    // The policy, from the default branch, says where change requests live: the token reaches those too.
    let loaded: LoadedPolicy;
    try {
      loaded = await loadPolicy(await access.client([repository]), {
        owner: target.owner,
        repo: target.repo,
      });
    } catch (e) {
      return rejected([`The policy cannot be read: ${describeError(e)}`]);
    }
    const owner = target.owner.toLowerCase();
    const reachable = changeRequestRepositories(loaded.policy.changeRequests, repository).filter(
      (r) => r.split("/")[0]?.toLowerCase() === owner,
    );
    // The gate decides at `client.now()`; a token's client lives for many decisions, so each
    // decision gives it the instant it is made at (GitHub's time, from its latest answers).
    const client: GitHubClient = { ...(await access.client([repository, ...reachable])), now: () => now };

    const gate = await runGate({
      client,
      ctx: {
        repository: { owner: target.owner, repo: target.repo },
        sha: target.sha,
        event: {},
        runId: target.runId,
        runUrl: target.runUrl,
        serverUrl: opts.serverUrl,
      },
      runs: targets.map((t) => ({ runId: t.runId, runUrl: t.runUrl })),
      inputs: {
        environment: env,
        changeRequestText: "",
        base: "",
        head: target.sha,
        mode: "enforce",
        policyRef: "",
      },
    });
    const offer = emergencyOverrideCandidate(gate.changeRequests);
    let freeze: Awaited<ReturnType<typeof checkFreeze>>;
    try {
      freeze = await checkFreeze({
        client,
        repository,
        policy: loaded,
        environment: env,
        runwayMinutes: 0,
        changeRequest: offer ? `${offer.repository}#${offer.number}` : "",
        now,
      });
    } catch (e) {
      return rejected([...gate.reasons, `The freeze check could not read GitHub: ${describeError(e)}`]);
    }

    const crLinks = gate.changeRequests
      .filter((v) => v.found && v.url)
      .map((v) => link(formatChangeRequestRef(v, repository), v.url));
    const links = crLinks.length > 0 ? [`Details: ${crLinks.join(", ")}`] : undefined;
    const verdict = holdVerdict({
      repository,
      gate,
      freeze,
      approvals: loaded.policy.approvals,
      holdInFreeze: loaded.policy.freeze.hold,
    });
    switch (verdict.state) {
      case "approved":
        return each((runLinks) => ({
          state: "approved",
          comment: ruleComment(
            `✅ Gatehouse: every change deployed to ${env} is covered by an approved change request, and no freeze is on${
              freeze.override?.overridden
                ? ` (the freeze is overridden by emergency change ${freeze.override.ref})`
                : ""
            }.`,
            [],
            links ?? runLinks,
          ),
        }));
      case "rejected":
        return rejected(verdict.reasons, links);
      case "waiting":
        return each((runLinks) => ({
          state: "waiting",
          comment: ruleComment(
            `⏳ Gatehouse holds this deployment to ${env}, waiting for ${verdict.waitingFor.join("; and for ")}. It goes on by itself when they come.`,
            verdict.notCounted,
            links ?? runLinks,
          ),
          changeRequests: verdict.changeRequests,
          ...(verdict.until ? { recheckAt: new Date(verdict.until) } : {}),
        }));
    }
  };
}
