/**
 * How the gate says that something could not be read: a GateStop carries one plain sentence, naming
 * the permission to add when GitHub refused for lack of one.
 */
import { describeError, GitHubApiError, isRefusal } from "@gatehouse/github";
import { EnvironmentError } from "../environment";
import { RangeLimitError } from "./range";
import { DeploymentLimitError, PolicyRefError } from "./repositoryState";

/** Everything change-gate needs, as the README says. */
export const PERMISSIONS_LINE =
  "permissions: { contents: read, issues: write, pull-requests: read, deployments: read, actions: read }";

/** A reason to stop reading and block. */
export class GateStop extends Error {}

/** Plain words for a failed read or write, naming the permission to add. */
export function explainFailure(e: unknown, what: string, permission: string): string {
  if (
    e instanceof GateStop ||
    e instanceof PolicyRefError ||
    e instanceof RangeLimitError ||
    e instanceof EnvironmentError ||
    e instanceof DeploymentLimitError
  )
    return e.message;
  if (isRefusal(e)) {
    const detail = e instanceof GitHubApiError && e.apiMessage ? ` (GitHub: ${e.apiMessage})` : "";
    return `The token cannot ${what}${detail}: add \`${permission}\` to the job's \`permissions:\` — change-gate needs \`${PERMISSIONS_LINE}\`.`;
  }
  return `Could not ${what}: ${describeError(e)}`;
}

/** How a caller puts a failed read into words (change-gate's explainFailure by default). */
export type ExplainFailure = (e: unknown, what: string, permission: string) => string;

export async function step<T>(
  what: string,
  permission: string,
  fn: () => Promise<T>,
  explain: ExplainFailure = explainFailure,
): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw new GateStop(explain(e, what, permission));
  }
}
