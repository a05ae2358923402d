/**
 * What the App asks of the release process for one deployment, and what it answers GitHub. The
 * decision itself (the change gate and the freeze check) is `@gatehouse/release-process`'s, the
 * same the actions run; the App only carries it to GitHub's callback.
 */
import type { InstallationAccess } from "./github";

/** One workflow job waiting on the App's protection rule. */
export interface DeploymentTarget {
  installationId: number;
  owner: string;
  repo: string;
  /** The environment's name, as GitHub spells it. */
  environment: string;
  /** The commit the workflow runs. */
  sha: string;
  runId: number;
  /** The run's page. */
  runUrl: string;
}

export type Verdict =
  /** Every rule passes: the job may go. */
  | { state: "approved"; comment: string }
  /** A rule fails and waiting would not change it: the job fails now. */
  | { state: "rejected"; comment: string }
  /**
   * Only something that will come is missing (an approval, the end of a freeze): the job keeps
   * waiting; `comment` is the status report; `recheckAt` is when to decide again without being
   * told (a freeze's end).
   */
  | { state: "waiting"; comment: string; recheckAt?: Date; changeRequests?: string[] };

/**
 * Decides at GitHub's time `now`, reading GitHub through `github`, the runs waiting on one
 * repository, environment and commit: usually one; several when their deliveries queued together
 * (see `Deployments`) — GitHub is read once for them all, each run gets its own verdict (in the
 * order given) and its own comments.
 */
export type Decide = (
  targets: readonly DeploymentTarget[],
  github: InstallationAccess,
  now: Date,
) => Promise<Verdict[]>;

/** GitHub keeps at most this many characters of a rule's comment or status report. */
export const RULE_COMMENT_LIMIT = 1024;

/**
 * A comment that fits GitHub's 1,024 characters: the headline, as many reasons as fit (the rest
 * counted), then the links to the details — which are never cut.
 */
export function ruleComment(headline: string, reasons: readonly string[], links: readonly string[]): string {
  const tail = links.length > 0 ? `\n\n${links.join(" · ")}` : "";
  const budget = RULE_COMMENT_LIMIT - tail.length;
  const fit = (text: string, room: number) =>
    text.length <= room ? text : `${text.slice(0, Math.max(room - 1, 0))}…`;
  let body = fit(headline, budget);
  for (const [i, reason] of reasons.entries()) {
    const left = reasons.length - i - 1;
    const more = left > 0 ? `\n- …and ${left} more` : "";
    const line = `\n- ${reason}`;
    const room = budget - body.length;
    if (line.length + more.length <= room) {
      body += line;
      continue;
    }
    // It does not fit whole: shortened, when a useful part of it fits; else only counted.
    const counted = `\n- …and ${reasons.length - i} more`;
    if (room - more.length > 40) body += fit(line, room - more.length) + more;
    else if (counted.length <= room) body += counted;
    break;
  }
  return body + tail;
}
