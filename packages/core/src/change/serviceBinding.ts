/**
 * `change-requests.bind-services`: a change request covers only the code of the services it names.
 * Every file a pull request (or a direct push) changes must belong to a service one of its change
 * requests names under "Services affected" (by the policy's `services[].paths`), or be exempt — so
 * an approved change request cannot be borrowed for unrelated code, not even by adding one file of
 * its service to it. Files that cannot be read whole fail closed. Pure.
 */
import type { ServicesPolicy } from "../policy/sections/services";
import { findService } from "../policy/sections/services";
import {
  type ChangeRequestIssue,
  type ChangeRequestLink,
  changeRequestKey,
  formatChangeRequestRef,
  parseChangeRequest,
} from "./changeRequest";
import { type ChangeUnit, commitSubject } from "./deploymentRange";
import { pathMatcher } from "./risk";

export interface BindingInput {
  repository: string;
  units: readonly ChangeUnit[];
  /** The change requests covering each unit: its own links, or the release change request. */
  coveringLinks: (unit: ChangeUnit) => readonly ChangeRequestLink[];
  changeRequests: ReadonlyMap<string, ChangeRequestIssue | null>;
  services: ServicesPolicy;
  exemptPaths: readonly string[];
  timezone: string;
}

/** Files shown in a reason; the rest are counted. */
const SHOWN = 5;

const quoted = (text: string) => `'${text.length > 80 ? `${text.slice(0, 77)}…` : text}'`;

/** One reason per pull request or direct push with files outside its change requests' services. */
export function serviceBindingReasons(input: BindingInput): string[] {
  const reasons: string[] = [];
  const exempt = pathMatcher(input.exemptPaths);
  const servicesOf = new Map<string, string[]>();
  const named = (link: ChangeRequestLink): string[] => {
    const key = changeRequestKey(link);
    let names = servicesOf.get(key);
    if (!names) {
      const issue = input.changeRequests.get(key);
      const parsed = issue ? parseChangeRequest(issue.body, { timezone: input.timezone }) : null;
      names = parsed?.fields?.services ?? [];
      servicesOf.set(key, names);
    }
    return names;
  };
  for (const unit of input.units) {
    const links = input.coveringLinks(unit);
    if (links.length === 0) continue;
    const name =
      unit.kind === "pull-request"
        ? `PR #${unit.pullRequest.number} ${quoted(unit.pullRequest.title)}`
        : `Commit ${unit.commit.sha.slice(0, 7)} ${quoted(commitSubject(unit.commit.message))}`;
    const files = unit.kind === "pull-request" ? unit.pullRequest.files : unit.commit.files;
    const refs = links.map((l) => formatChangeRequestRef(l, input.repository));
    if (!files) {
      reasons.push(
        `${name}: its files cannot be read whole, so change-gate cannot tell whether they belong to the services of ${refs.join(", ")} (\`change-requests.bind-services\`) — deploy it in smaller pull requests.`,
      );
      continue;
    }
    const serviceNames = [...new Set(links.flatMap(named))];
    const globs = serviceNames.flatMap((s) => findService(input.services, s)?.paths ?? []);
    const inService = pathMatcher(globs);
    const outside = files.filter((f) => !exempt(f) && !(globs.length > 0 && inService(f)));
    if (outside.length === 0) continue;
    const shown = outside.slice(0, SHOWN).map((f) => `\`${f}\``);
    const more = outside.length > SHOWN ? ` and ${outside.length - SHOWN} more` : "";
    const theirs = serviceNames.length
      ? `the services ${refs.join(", ")} name${links.length === 1 ? "s" : ""} (${serviceNames.join(", ")})`
      : `any service: ${refs.join(", ")} name${links.length === 1 ? "s" : ""} none the policy lists`;
    reasons.push(
      `${name} changes files outside ${theirs}: ${shown.join(", ")}${more} — with \`change-requests.bind-services\` a change request covers only its services' code. Link a change request for the services these files belong to (or add them to "Services affected"), or list the paths under the right service in the policy.`,
    );
  }
  return reasons;
}
