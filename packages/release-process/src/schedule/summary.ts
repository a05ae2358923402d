/** change-schedule's job summary: the schedule (linking its issue), then what the run wrote. */
import type { ScheduleResult } from "./keepChangeSchedule";

export function renderScheduleSummary(result: ScheduleResult): string {
  const parts = [result.markdown];
  const wrote = result.notes.written.length;
  const lines = [
    wrote > 0
      ? `Conflict comments and labels updated on ${wrote} change request${wrote === 1 ? "" : "s"}.`
      : "Every change request's conflict comment and label was already right.",
    ...result.messages.map((m) => `> [!WARNING]\n> ${m}`),
    `${result.requests} API requests.`,
  ];
  parts.push("", ...lines.flatMap((l) => [l, ""]));
  return parts.join("\n").trimEnd();
}
