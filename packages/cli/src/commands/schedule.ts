import { type Command, EXIT, integerOption, stringOption, UsageError } from "../command";
import { clientFromEnvironment, repositoryOption } from "../githubApi";

/**
 * `gatehouse schedule`: the forward schedule of change of a repository — its open change requests,
 * the freezes and the conflicts — read through the API, with the same reader and rules as the
 * change-schedule action.
 */
export const command: Command = {
  help: `Usage: gatehouse schedule --repository OWNER/REPO [--from ISO] [--days N] [--json | --ics]

The forward schedule of change: every open change request (approved or pending) placed at its
planned start and end, the freezes of the same days, and the conflicts between them — two changes
at the same time on the same service or on services that depend on each other, a change inside a
freeze or outside its service's maintenance windows, the same assignee on overlapping changes.
Reads the policy and the change requests through the API: GITHUB_TOKEN (contents and issues read),
GITHUB_API_URL and GITHUB_GRAPHQL_URL (GitHub Enterprise Server, the sandbox).

Options:
  --repository OWNER/REPO   the repository whose policy and change requests are read
  --from ISO                start of the period shown (default: now, GitHub's time)
  --days N                  days shown (default 28)
  --json                    print {"changes":[{"repository","number","title","type","risk","services":[],
                            "start","end","state"}],"freezes":[{"name","start","end","environments":[]}],
                            "conflicts":[{"kind","changes":[numbers],"service","window","start","end","message"}]}
                            (times ISO 8601 with offset; kind: overlap, freeze, maintenance or assignee)
  --ics                     print one iCalendar file with the changes and the freezes
  -h, --help                show this help

Without --json or --ics, the schedule as Markdown: conflicts, changes, a Gantt chart, freezes.
Exit codes: 0 no conflict, 1 conflicts found (or GitHub could not be read whole), 2 usage error.`,
  options: {
    repository: { type: "string" },
    from: { type: "string" },
    days: { type: "string" },
    json: { type: "boolean" },
    ics: { type: "boolean" },
  },
  async run({ values }, io) {
    const repo = repositoryOption(values);
    const days = integerOption(values, "days", 1) ?? 28;
    if (days > 366) throw new UsageError(`--days must be at most 366, got ${days}`);
    if (values.json && values.ics) throw new UsageError("--json and --ics cannot be used together");
    const fromText = stringOption(values, "from");
    const from = fromText === undefined ? undefined : Date.parse(fromText);
    if (fromText !== undefined && (!/^\d{4}-\d{2}-\d{2}(T|$)/.test(fromText) || Number.isNaN(from))) {
      throw new UsageError(
        `--from must be an ISO 8601 date or date-time such as 2026-12-01 or 2026-12-01T00:00:00Z, got "${fromText}"`,
      );
    }
    const client = await clientFromEnvironment(io, "contents and issues");
    const [{ loadPolicy }, { readChangeSchedule }, core] = await Promise.all([
      import("@gatehouse/github"),
      import("@gatehouse/release-process"),
      import("@gatehouse/core"),
    ]);
    const repository = `${repo.owner}/${repo.repo}`;
    const { policy } = await loadPolicy(client, repo);
    // GitHub's time, from the policy's answer.
    const now = client.now();
    const { schedule } = await readChangeSchedule(client, policy, {
      repository,
      now,
      ...(from === undefined ? {} : { from: new Date(from) }),
      days,
    });
    const json = core.scheduleJson(schedule);
    if (values.json) io.out(JSON.stringify(json));
    // CRLF line endings are part of the format: drop the last "\n", which io.out puts back.
    else if (values.ics) io.out(core.renderScheduleIcs(schedule, { now }).slice(0, -1));
    else io.out(core.renderScheduleMarkdown(schedule, { maxLength: Number.POSITIVE_INFINITY }));
    return json.conflicts.length > 0 ? EXIT.finding : EXIT.ok;
  },
};
