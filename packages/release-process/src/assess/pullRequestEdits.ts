/**
 * A link added after the fact does not count: the descriptions of pull requests edited after their
 * merge are read as they were when merged, from their edit history — one aliased GraphQL query for
 * all of them, and none when no description was edited after its merge (the usual case).
 */
import { descriptionAtMerge, editedAfterMerge, type RangePullRequest } from "@gatehouse/core";
import { EDIT_FIELDS, type GitHubClient, type RawEdit, toRevisions } from "@gatehouse/github";

/** Revisions read per pull request (GitHub's page limit), newest first. */
const EDITS = 100;

interface RawEdits {
  userContentEdits: { nodes: (RawEdit | null)[] } | null;
}

/** The pull requests with each late-edited description replaced by its text at the merge. */
export async function descriptionsAtMerge(
  client: GitHubClient,
  pullRequests: RangePullRequest[],
): Promise<RangePullRequest[]> {
  const late = pullRequests.filter((pr) => editedAfterMerge(pr) && pr.id);
  if (late.length === 0) return pullRequests;
  const variables: Record<string, string> = {};
  const fields = late.map((pr, k) => {
    variables[`id${k}`] = pr.id!;
    return `p${k}: node(id: $id${k}) { ... on PullRequest { userContentEdits(first: ${EDITS}) { nodes { ${EDIT_FIELDS} } } } }`;
  });
  const data = await client.graphql<Record<string, RawEdits | null>>(
    `query GatehouseDescriptions(${late.map((_, k) => `$id${k}: ID!`).join(", ")}) {\n${fields.join("\n")}\n}`,
    variables,
  );
  const byNumber = new Map<number, RangePullRequest>();
  late.forEach((pr, k) => {
    const revisions = toRevisions(data[`p${k}`]?.userContentEdits?.nodes ?? []);
    byNumber.set(pr.number, descriptionAtMerge(pr, revisions));
  });
  return pullRequests.map((pr) => byNumber.get(pr.number) ?? pr);
}
