/**
 * The period's "Continuous improvement" issue: found again by its hidden marker among every issue
 * opened since the period ended — whatever its labels, so removing the label cannot make a re-run
 * open a second one — then created once or updated only when its text differs. Only an issue a
 * trusted identity opened is taken as ours.
 */
import { IMPROVEMENT_LABEL, type ImprovementIdentity } from "@gatehouse/core";
import { GitHubApiError, type GitHubClient } from "@gatehouse/github";
import { HistoryLimitError, restLogin } from "./deploymentHistory";

/** The most issues looked through for the period's issue (100 a request). */
export const MAX_ISSUES_SCANNED = 5_000;

export interface ImprovementIssueResult {
  number: number;
  url: string;
  write: "created" | "updated" | "unchanged";
  requests: number;
}

interface RawIssue {
  number: number;
  url: string;
  title: string;
  body: string;
  createdAt: string;
  author: { __typename: string; login: string } | null;
}

const QUERY = `query GatehouseImprovementIssue($owner: String!, $name: String!, $label: String!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    label(name: $label) { name }
    issues(first: 100, after: $cursor, states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { number url title body createdAt author { __typename login } }
    }
  }
}`;

const normalise = (s: string) => s.replace(/\r\n/g, "\n").trim();

export async function keepImprovementIssue(
  client: GitHubClient,
  repository: string,
  issue: { title: string; body: string },
  identity: ImprovementIdentity,
  /** The issue is opened after this instant (the period's end): older issues are not looked at. */
  openedAfter: Date,
  trustedCreators: readonly string[],
): Promise<ImprovementIssueResult> {
  const [owner = "", name = ""] = repository.split("/", 2);
  const trusted = new Set(trustedCreators.map((l) => l.toLowerCase()));
  let requests = 0;
  let cursor: string | null = null;
  let labelExists = false;
  let found: RawIssue | undefined;
  for (let scanned = 0; ; ) {
    const data: {
      repository: {
        label: { name: string } | null;
        issues: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: RawIssue[] };
      } | null;
    } = await client.graphql(QUERY, { owner, name, label: IMPROVEMENT_LABEL.name, cursor });
    requests++;
    if (!data.repository) throw new Error(`The repository ${repository} cannot be read with this token.`);
    labelExists ||= data.repository.label !== null;
    const page = data.repository.issues;
    found = page.nodes.find((n) => {
      const author = restLogin(n.author);
      return author !== null && trusted.has(author.toLowerCase()) && (n.body ?? "").includes(identity.marker);
    });
    scanned += page.nodes.length;
    const older = page.nodes.some((n) => Date.parse(n.createdAt) < openedAfter.getTime());
    if (found || older || !page.pageInfo.hasNextPage) break;
    if (scanned >= MAX_ISSUES_SCANNED) {
      throw new HistoryLimitError(
        `More than ${MAX_ISSUES_SCANNED.toLocaleString("en-US")} issues opened in ${repository} since ${openedAfter.toISOString().slice(0, 10)} (limit MAX_ISSUES_SCANNED): the period's improvement issue cannot be looked for whole, so none is opened.`,
      );
    }
    cursor = page.pageInfo.endCursor;
  }
  if (found) {
    if (normalise(found.body) === normalise(issue.body) && found.title === issue.title)
      return { number: found.number, url: found.url, write: "unchanged", requests };
    const { data } = await client.request<{ html_url: string }>(
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
      {
        owner,
        repo: name,
        issue_number: found.number,
        title: issue.title,
        body: issue.body,
      },
    );
    return {
      number: found.number,
      url: data.html_url || found.url,
      write: "updated",
      requests: requests + 1,
    };
  }
  if (!labelExists) {
    try {
      await client.request("POST /repos/{owner}/{repo}/labels", {
        owner,
        repo: name,
        name: IMPROVEMENT_LABEL.name,
        color: IMPROVEMENT_LABEL.color,
        description: IMPROVEMENT_LABEL.description,
      });
    } catch (e) {
      if (!(e instanceof GitHubApiError && e.status === 422)) throw e; // 422: created meanwhile
    }
    requests++;
  }
  const { data } = await client.request<{ number: number; html_url: string }>(
    "POST /repos/{owner}/{repo}/issues",
    {
      owner,
      repo: name,
      title: issue.title,
      body: issue.body,
      labels: [IMPROVEMENT_LABEL.name],
    },
  );
  return { number: data.number, url: data.html_url, write: "created", requests: requests + 1 };
}
