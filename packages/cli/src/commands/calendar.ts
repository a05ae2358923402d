import { type Command, EXIT, integerOption, stringOption } from "../command";
import { DEFAULT_POLICY, instantOption, readPolicyOption } from "./freeze";

export const command: Command = {
  help: `Usage: gatehouse calendar --policy FILE [--days N] [--env NAME] [--from ISO] [--ics | --gantt]

The freeze calendar: every freeze period in the coming days, as a Markdown table (times in each
window's own zone, with offsets), as an iCalendar file that calendar programs import or subscribe
to (--ics, RFC 5545, UTC times, stable UIDs), or as a Mermaid Gantt chart (--gantt).

Options:
  --policy FILE   the policy (default ${DEFAULT_POLICY})
  --days N        how many days ahead (default 28)
  --env NAME      only windows that apply to this environment
  --from ISO      start of the calendar (default: now)
  --ics           print an iCalendar file, e.g. \`gatehouse calendar --ics > freezes.ics\`
  --gantt         print a Mermaid Gantt chart (GitHub renders it in Markdown)
  -h, --help      show this help

Exit codes: 0 printed, 2 usage error or invalid policy (problems with line:column).`,
  options: {
    policy: { type: "string" },
    days: { type: "string" },
    env: { type: "string" },
    from: { type: "string" },
    ics: { type: "boolean" },
    gantt: { type: "boolean" },
  },
  async run({ values }, io) {
    const policy = await readPolicyOption(values, io);
    const days = integerOption(values, "days", 1) ?? 28;
    const from = await instantOption({ at: stringOption(values, "from") }, policy.freeze.timezone);
    const environment = stringOption(values, "env");
    const core = await import("@gatehouse/core/freeze");
    const occurrences = core.freezeCalendar(policy.freeze, { from, days, environment });
    if (values.ics) {
      // CRLF line endings are part of the format: drop the last "\n", which io.out puts back.
      io.out(core.renderFreezeCalendarIcs(occurrences, { now: from }).slice(0, -1));
    } else if (values.gantt) {
      io.out(core.renderFreezeCalendarGantt(occurrences, { from, days, zone: policy.freeze.timezone }));
    } else {
      const scope = environment ? ` for ${environment}` : "";
      io.out(
        `Freeze calendar${scope}, ${days} days from ${core.formatInstant(from.getTime(), policy.freeze.timezone)}`,
      );
      io.out("");
      io.out(core.renderFreezeCalendarTable(occurrences));
    }
    return EXIT.ok;
  },
};
