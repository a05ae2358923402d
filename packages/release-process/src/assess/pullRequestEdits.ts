/**
 * A link added after the fact does not count: the descriptions of pull requests edited after their
 * merge are read as they were when merged, from their edit history — one aliased GraphQL query for
 * all of them, and none when no description was edited after its merge (the usual case). A history
 * is read newest first until its revision at the merge, 100 a request, every pull request still
 * looking in one query a round.
 */
import { descriptionAtMerge, editedAfterMerge, type RangePullRequest } from "@gatehouse/core";
import { EDIT_FIELDS, type GitHubClient, type RawEdit, toRevisions } from "@gatehouse/github";

/** Revisions read a request per pull request (GitHub's page limit), newest first. */
const EDITS_PAGE = 100;
/**
 * The most revisions of one description read looking for its text at the merge; past it the
 * description is not taken as evidence, naming the limit.
 */
export const MAX_DESCRIPTION_EDITS = 1_000;

interface RawEdits {
  userContentEdits: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: (RawEdit | null)[];
  } | null;
}

/** The pull requests with each late-edited description replaced by its text at the merge. */
export async function descriptionsAtMerge(
  client: GitHubClient,
  pullRequests: RangePullRequest[],
): Promise<RangePullRequest[]> {
  const late = pullRequests.filter((pr) => editedAfterMerge(pr) && pr.id);
  if (late.length === 0) return pullRequests;
  const read = new Map<RangePullRequest, RawEdit[]>(late.map((pr) => [pr, []]));
  const cut = new Set<RangePullRequest>();
  let open: { pr: RangePullRequest; after?: string }[] = late.map((pr) => ({ pr }));
  while (open.length > 0) {
    const round = open;
    open = [];
    const variables: Record<string, string> = {};
    const decl: string[] = [];
    const fields = round.map(({ pr, after }, k) => {
      variables[`id${k}`] = pr.id!;
      decl.push(`$id${k}: ID!`);
      if (after !== undefined) {
        variables[`c${k}`] = after;
        decl.push(`$c${k}: String!`);
      }
      const page = `first: ${EDITS_PAGE}${after !== undefined ? `, after: $c${k}` : ""}`;
      return `p${k}: node(id: $id${k}) { ... on PullRequest { userContentEdits(${page}) { pageInfo { hasNextPage endCursor } nodes { ${EDIT_FIELDS} } } } }`;
    });
    const data = await client.graphql<Record<string, RawEdits | null>>(
      `query GatehouseDescriptions(${decl.join(", ")}) {\n${fields.join("\n")}\n}`,
      variables,
    );
    round.forEach(({ pr }, k) => {
      const edits = data[`p${k}`]?.userContentEdits;
      const nodes = read.get(pr)!;
      nodes.push(...(edits?.nodes ?? []).filter((e) => e !== null));
      const merged = Date.parse(pr.mergedAt!);
      const atMergeRead = nodes.some((e) => Date.parse(e.editedAt) <= merged);
      const cursor = edits?.pageInfo.endCursor;
      if (atMergeRead || !edits?.pageInfo.hasNextPage || !cursor) return;
      if (nodes.length >= MAX_DESCRIPTION_EDITS) cut.add(pr);
      else open.push({ pr, after: cursor });
    });
  }
  const limit = `it was edited more than ${MAX_DESCRIPTION_EDITS.toLocaleString("en-US")} times since (limit MAX_DESCRIPTION_EDITS)`;
  return pullRequests.map((pr) =>
    read.has(pr) ? descriptionAtMerge(pr, toRevisions(read.get(pr)!), cut.has(pr) ? limit : undefined) : pr,
  );
}
