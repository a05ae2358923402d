/**
 * The one "Forward schedule of change" issue of a repository: found again by its hidden marker
 * among the issues labelled `change-schedule` (listing is consistent, search is not), created once
 * and updated only when its text differs.
 *
 * Never two: a create whose answer is lost is looked for before it is sent again (`writeOnce`);
 * after a create the list is read again, and when two runs created one each at the same time, the
 * oldest is the schedule — the run whose issue is newer closes it as a duplicate (label and marker
 * removed, so no later run takes it) and writes to the oldest.
 */
import { SCHEDULE_LABEL, SCHEDULE_TITLE, scheduleMarker } from "@gatehouse/core";
import { GitHubApiError, type GitHubClient, writeOnce } from "@gatehouse/github";

export interface ScheduleIssue {
  number: number;
  url: string;
  write: "created" | "updated" | "unchanged";
  /** Issues this run opened at the same time as another run's and closed as duplicates. */
  closedDuplicates: number[];
}

/** Pages of 100 labelled issues looked through for the schedule issue. */
export const MAX_SCHEDULE_ISSUE_PAGES = 20;

export interface Found {
  id: string;
  number: number;
  url: string;
  title: string;
  body: string;
  state: "OPEN" | "CLOSED";
}

const QUERY = `query GatehouseScheduleIssue($owner: String!, $name: String!, $label: String!, $labels: [String!], $cursor: String) {
  repository(owner: $owner, name: $name) {
    label(name: $label) { id }
    issues(labels: $labels, first: 100, after: $cursor, states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes { id number url title body state }
    }
  }
}`;

const normalise = (s: string) => s.replace(/\r\n/g, "\n").trim();

/** Every labelled issue carrying the marker, oldest first, and whether the label exists. */
export async function findScheduleIssues(
  client: GitHubClient,
  repository: string,
): Promise<{ issues: Found[]; labelExists: boolean }> {
  const [owner = "", name = ""] = repository.split("/", 2);
  const wanted = scheduleMarker(repository);
  const issues: Found[] = [];
  let cursor: string | null = null;
  let labelExists = false;
  for (let page = 1; ; page++) {
    const data: {
      repository: {
        label: { id: string } | null;
        issues: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Found[] };
      } | null;
    } = await client.graphql(QUERY, { owner, name, label: SCHEDULE_LABEL, labels: [SCHEDULE_LABEL], cursor });
    if (!data.repository) throw new Error(`The repository ${repository} cannot be read with this token.`);
    labelExists ||= data.repository.label !== null;
    issues.push(...data.repository.issues.nodes.filter((n) => (n.body ?? "").includes(wanted)));
    const info = data.repository.issues.pageInfo;
    if (!info.hasNextPage || !info.endCursor) break;
    if (page >= MAX_SCHEDULE_ISSUE_PAGES) {
      throw new Error(
        `More than ${MAX_SCHEDULE_ISSUE_PAGES * 100} issues in ${repository} are labelled "${SCHEDULE_LABEL}" (MAX_SCHEDULE_ISSUE_PAGES): the schedule issue cannot be looked for whole, so none is written. Remove the label from the issues that are not the schedule.`,
      );
    }
    cursor = info.endCursor;
  }
  issues.sort((a, b) => a.number - b.number);
  return { issues, labelExists };
}

/** Creates the schedule issue, or updates it when its text differs. */
export async function keepScheduleIssue(
  client: GitHubClient,
  repository: string,
  body: string,
  log: (message: string) => void = () => {},
  /** The lookup, when the caller sent it ahead (alongside other reads). */
  lookup?: Promise<{ issues: Found[]; labelExists: boolean }>,
): Promise<ScheduleIssue> {
  const [owner = "", repo = ""] = repository.split("/", 2);
  const found = await (lookup ?? findScheduleIssues(client, repository));
  const existing = found.issues[0];
  if (existing) return { ...(await update(client, owner, repo, existing, body)), closedDuplicates: [] };

  if (!found.labelExists) {
    try {
      await client.request("POST /repos/{owner}/{repo}/labels", {
        owner,
        repo,
        name: SCHEDULE_LABEL,
        color: "0e8a16",
        description: "The forward schedule of change, kept by Gatehouse change-schedule",
      });
    } catch (e) {
      if (!(e instanceof GitHubApiError && e.status === 422)) throw e; // 422: created meanwhile
    }
  }
  const made = await writeOnce(client, {
    what: "the schedule issue",
    write: async () => {
      const { data } = await client.request<{ number: number; html_url: string }>(
        "POST /repos/{owner}/{repo}/issues",
        { owner, repo, title: SCHEDULE_TITLE, body, labels: [SCHEDULE_LABEL] },
      );
      return { number: data.number, url: data.html_url };
    },
    find: async () => {
      const again = (await findScheduleIssues(client, repository)).issues[0];
      return again ? { number: again.number, url: again.url } : undefined;
    },
    log,
  });
  // Two runs at once may each have opened one: the oldest is the schedule.
  const all = (await findScheduleIssues(client, repository)).issues;
  const oldest = all[0];
  if (!oldest || oldest.number === made.number) {
    return { number: made.number, url: made.url, write: "created", closedDuplicates: [] };
  }
  await client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
    owner,
    repo,
    issue_number: made.number,
    state: "closed",
    state_reason: "not_planned",
    labels: [],
    body: `Duplicate of #${oldest.number}, opened by another change-schedule run at the same time.`,
  });
  log(
    `Another run opened the schedule issue #${oldest.number} at the same time: #${made.number} is closed as its duplicate.`,
  );
  return { ...(await update(client, owner, repo, oldest, body)), closedDuplicates: [made.number] };
}

async function update(
  client: GitHubClient,
  owner: string,
  repo: string,
  issue: Found,
  body: string,
): Promise<Omit<ScheduleIssue, "closedDuplicates">> {
  if (normalise(issue.body) === normalise(body) && issue.title === SCHEDULE_TITLE && issue.state === "OPEN") {
    return { number: issue.number, url: issue.url, write: "unchanged" };
  }
  const { data } = await client.request<{ html_url: string }>(
    "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
    { owner, repo, issue_number: issue.number, title: SCHEDULE_TITLE, body, state: "open" },
  );
  return { number: issue.number, url: data.html_url || issue.url, write: "updated" };
}
