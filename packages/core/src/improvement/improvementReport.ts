/**
 * The continuous-improvement report of one period: the figures with their DORA bands, the trend over
 * the periods before it (tables and Mermaid `xychart-beta` charts, which GitHub renders), the failed
 * deployments with their reviews, the lessons learned the reviews recorded, and the earned standard
 * changes. The same Markdown is the job summary and the body of the period's "Continuous
 * improvement" issue, which a hidden marker finds again so a re-run updates it instead of opening
 * another.
 */
import {
  code,
  escapeMarkdown,
  markdownTable,
  marker,
  proseMarkdown,
  proseMarkdownLines,
  safeUrl,
} from "../markdown";
import type { ReviewRecord } from "../review/reviewRecord";
import { openChecklistItems } from "../review/reviewRecord";
import type { DeliveryMetrics, MeasuredDeployment } from "./deliveryMetrics";
import type { EarnedStandardChanges } from "./earnedStandardChanges";
import { type PerformanceBand, performanceBands } from "./performanceBands";
import type { Period } from "./periods";

export interface PeriodMetrics {
  period: Period;
  metrics: DeliveryMetrics;
}

export interface ImprovementReportInput {
  /** `owner/repo` deployed. */
  repository: string;
  environment: string;
  serverUrl: string;
  /** Oldest first; the last one is the period reported. */
  trend: readonly PeriodMetrics[];
  /** The trusted reviews of the reported period's deployments. */
  reviews: readonly ReviewRecord[];
  earned: EarnedStandardChanges;
}

export interface ImprovementIdentity {
  key: string;
  marker: string;
}

export const IMPROVEMENT_LABEL = {
  name: "continuous-improvement",
  color: "1d76db",
  description: "Continuous improvement: delivery figures and lessons of a period",
} as const;

/** One issue per repository, environment and period. */
export function improvementIdentity(
  repository: string,
  environment: string,
  period: Period,
): ImprovementIdentity {
  const key = `${repository.toLowerCase()}/${encodeURIComponent(environment.trim().toLowerCase())}/${period.key}`;
  return { key, marker: marker("improvement", key) };
}

export function improvementTitle(environment: string, period: Period): string {
  return `Continuous improvement: ${environment}, ${period.label}`;
}

const BAND_WORDS: Record<PerformanceBand, string> = {
  elite: "Elite",
  high: "High",
  medium: "Medium",
  low: "Low",
};
const bandCell = (b: PerformanceBand | null) => (b ? BAND_WORDS[b] : "—");

const num = (n: number, digits = 2) => {
  const r = Number(n.toFixed(digits));
  return r.toLocaleString("en-US", { maximumFractionDigits: digits });
};
/** Hours in words: `45 min`, `13 h`, `3.9 d`. */
export function formatHours(h: number | null): string {
  if (h === null) return "—";
  if (h < 1) return `${num(h * 60, 0)} min`;
  if (h < 48) return `${num(h, 1)} h`;
  return `${num(h / 24, 1)} d`;
}
const percent = (r: number | null) => (r === null ? "—" : `${num(r * 100, 1)} %`);
const ids = (list: readonly number[], max = 12) =>
  list.length === 0
    ? "none"
    : list.length <= max
      ? list.join(", ")
      : `${list.slice(0, max).join(", ")} and ${list.length - max} more`;

/** A link whose label Gatehouse made (a number, a short sha): no escaping needed. */
function link(label: string, url: string): string {
  const target = safeUrl(url);
  return target ? `[${label}](${target})` : label;
}

function commitLink(input: ImprovementReportInput, sha: string): string {
  const hex = sha.replace(/[^0-9a-f]/gi, "");
  return link(
    `\`${hex.slice(0, 7)}\``,
    `${input.serverUrl.replace(/\/+$/, "")}/${input.repository}/commit/${hex}`,
  );
}

function figuresTable(m: DeliveryMetrics): string {
  const bands = performanceBands(m);
  const total = m.deployments.length;
  const recovered = m.recoveryTime.recoveries.filter((r) => r.hours !== null).length;
  const notRecovered = m.recoveryTime.recoveries.length - recovered;
  const deploymentsWithCommits = new Set(m.leadTime.commits.map((c) => c.deploymentId)).size;
  return markdownTable(
    ["Figure", "Value", "DORA band", "Computed from"],
    [
      [
        "Deployments",
        `${total} (${m.successful} successful, ${m.failed} failed)`,
        "",
        `deployments ${ids(m.changeFailureRate.deploymentIds)}`,
      ],
      [
        "Deployment frequency",
        `${num(m.deploymentFrequency.perWeek)} a week (${num(m.deploymentFrequency.perDay)} a day)`,
        bandCell(bands.deploymentFrequency),
        `successful deployments ${ids(m.deploymentFrequency.deploymentIds)}`,
      ],
      [
        "Change lead time",
        m.leadTime.medianHours === null
          ? "— (no commit first deployed)"
          : `median ${formatHours(m.leadTime.medianHours)}, 90th percentile ${formatHours(m.leadTime.p90Hours)}`,
        bandCell(bands.leadTime),
        `${m.leadTime.commits.length} commits of ${deploymentsWithCommits} deployments${
          m.leadTime.unknownRanges.length > 0 ? `; range unknown: ${ids(m.leadTime.unknownRanges)}` : ""
        }`,
      ],
      [
        "Change failure rate",
        m.changeFailureRate.rate === null
          ? "— (no deployment)"
          : `${percent(m.changeFailureRate.rate)} (${m.failed} of ${total})`,
        bandCell(bands.changeFailureRate),
        `failed deployments ${ids(m.changeFailureRate.failedIds)}`,
      ],
      [
        "Failed deployment recovery time",
        m.recoveryTime.medianHours === null
          ? m.failed === 0
            ? "— (nothing failed)"
            : "— (not recovered yet)"
          : `median ${formatHours(m.recoveryTime.medianHours)}`,
        bandCell(bands.recoveryTime),
        `${recovered} recovered${notRecovered > 0 ? `, ${notRecovered} not yet` : ""}`,
      ],
      [
        "Deployment rework rate",
        m.reworkRate.rate === null
          ? "— (no deployment)"
          : `${percent(m.reworkRate.rate)} (${m.reworkRate.deploymentIds.length} of ${total})`,
        "—",
        `deployments covering an emergency change: ${ids(m.reworkRate.deploymentIds)}`,
      ],
    ],
  );
}

/** A Mermaid xychart; a period with nothing to measure is drawn at 0 (the table says —). */
function chart(
  title: string,
  axis: string,
  labels: string[],
  series: { kind: "bar" | "line"; values: (number | null)[] }[],
): string {
  const all = series.flatMap((s) => s.values.map((v) => v ?? 0));
  const max = Math.max(1, ...all);
  const top = Number((max * 1.1).toPrecision(2));
  const quoted = (s: string) => `"${s.replace(/"/g, "'")}"`;
  return [
    "```mermaid",
    "xychart-beta",
    `  title ${quoted(title)}`,
    `  x-axis [${labels.map(quoted).join(", ")}]`,
    `  y-axis ${quoted(axis)} 0 --> ${top}`,
    ...series.map((s) => `  ${s.kind} [${s.values.map((v) => Number((v ?? 0).toFixed(2))).join(", ")}]`),
    "```",
  ].join("\n");
}

function trendSection(input: ImprovementReportInput): string {
  const labels = input.trend.map((t) => t.period.short);
  const ms = input.trend.map((t) => t.metrics);
  const table = markdownTable(
    [
      "Period",
      "Deployments",
      "Frequency (a week)",
      "Lead time (median)",
      "Failure rate",
      "Recovery (median)",
      "Rework rate",
    ],
    input.trend.map(({ period, metrics: m }) => [
      period.label,
      `${m.deployments.length} (${m.failed} failed)`,
      num(m.deploymentFrequency.perWeek),
      formatHours(m.leadTime.medianHours),
      percent(m.changeFailureRate.rate),
      formatHours(m.recoveryTime.medianHours),
      percent(m.reworkRate.rate),
    ]),
  );
  const unit = input.trend[0]?.period.unit ?? "week";
  const charts = [
    chart(`Deployments a ${unit}: successful (bars), failed (line)`, "deployments", labels, [
      { kind: "bar", values: ms.map((m) => m.successful) },
      { kind: "line", values: ms.map((m) => m.failed) },
    ]),
    chart("Change lead time, median (hours)", "hours", labels, [
      { kind: "line", values: ms.map((m) => m.leadTime.medianHours) },
    ]),
    chart("Change failure rate (%)", "%", labels, [
      {
        kind: "bar",
        values: ms.map((m) => (m.changeFailureRate.rate === null ? null : m.changeFailureRate.rate * 100)),
      },
    ]),
    chart("Failed deployment recovery time, median (hours)", "hours", labels, [
      { kind: "line", values: ms.map((m) => m.recoveryTime.medianHours) },
    ]),
  ];
  return [`## Trend over ${input.trend.length} ${unit}s`, table, ...charts].join("\n\n");
}

function deploymentCell(input: ImprovementReportInput, d: MeasuredDeployment): string {
  return `${d.id} (${commitLink(input, d.sha)}, ${d.createdAt.slice(0, 16).replace("T", " ")} UTC)`;
}

function failedSection(input: ImprovementReportInput, m: DeliveryMetrics): string {
  const failed = m.deployments.filter((d) => d.result === "failure");
  if (failed.length === 0) return "## Failed deployments\n\nNone in this period.";
  const recoveries = new Map(m.recoveryTime.recoveries.map((r) => [r.deploymentId, r]));
  const reviews = new Map(input.reviews.map((r) => [r.number, r]));
  const rows = failed.map((d) => {
    const r = recoveries.get(d.id);
    const review = d.review ? reviews.get(d.review.number) : undefined;
    const open = review ? openChecklistItems(review).length : 0;
    return [
      deploymentCell(input, d),
      d.failedBecause === "review"
        ? "its review's outcome is failure"
        : `its final status is ${d.failedBecause?.replace("status ", "")}`,
      d.review
        ? `${link(`#${d.review.number}`, d.review.url)}${open > 0 ? ` (${open} checklist item${open === 1 ? "" : "s"} open)` : ""}`
        : "no review found",
      d.changeRequests.length > 0 ? d.changeRequests.map(escapeMarkdown).join(", ") : "—",
      r?.recoveredBy ? `${r.recoveredBy}, after ${formatHours(r.hours)}` : "not yet",
    ];
  });
  return [
    "## Failed deployments",
    markdownTable(
      ["Deployment", "Why it counts as failed", "Review", "Change requests", "Recovered by"],
      rows,
    ),
  ].join("\n\n");
}

function lessonsSection(input: ImprovementReportInput, m: DeliveryMetrics): string {
  const measured = new Map(m.deployments.filter((d) => d.review).map((d) => [d.review!.number, d]));
  const reviews = input.reviews.filter((r) => measured.has(r.number)).sort((a, b) => a.number - b.number);
  const withLessons = reviews.filter((r) => r.lessons !== null);
  const open = reviews.filter((r) => openChecklistItems(r).length > 0);
  const parts = ["## Lessons learned"];
  if (withLessons.length === 0) {
    parts.push(
      reviews.length === 0
        ? "No review of this period's deployments was found."
        : `None recorded yet in the ${reviews.length} review${reviews.length === 1 ? "" : "s"} of this period.`,
    );
  } else {
    parts.push(
      withLessons
        .map((r) => {
          const d = measured.get(r.number)!;
          const text = proseMarkdownLines(r.lessons)
            .split("\n")
            .map((l) => (l === "" ? "" : `  ${l}`))
            .join("\n");
          return `- ${link(`#${r.number}`, r.url)}, deployment ${d.id} (${d.result}):\n${text}`;
        })
        .join("\n"),
    );
  }
  if (open.length > 0) {
    parts.push(
      `Reviews with checklist items still open: ${open
        .map((r) => `${link(`#${r.number}`, r.url)} (${openChecklistItems(r).length})`)
        .join(", ")}.`,
    );
  }
  return parts.join("\n\n");
}

function earnedSection(input: ImprovementReportInput): string {
  const { suggestions, after } = input.earned;
  const head = "## Earned standard changes";
  if (after < 1) return `${head}\n\nOff (\`improvement.earned-standard-changes: 0\` in the policy).`;
  if (suggestions.length === 0) {
    return `${head}\n\nNo change template has its last ${after} reviews all successful yet.`;
  }
  const rows = suggestions.map((s) => [
    escapeMarkdown(s.template),
    s.reviews.map((r) => link(`#${r.number}`, r.url)).join(", "),
  ]);
  return [
    head,
    `These templates' last ${after} reviews all succeeded: candidates for pre-approval. Pre-approving is for people to decide — the change advisory board adds a template to \`approvals.standard-changes\` in the policy; Gatehouse never does.`,
    markdownTable(["Template", `The last ${after} reviews`], rows),
  ].join("\n\n");
}

function leftOutSection(input: ImprovementReportInput, m: DeliveryMetrics): string {
  const lines: string[] = [];
  for (const d of m.leftOut) {
    lines.push(
      `- Deployment ${d.id} (${commitLink(input, d.sha)}, ${d.createdAt.slice(0, 10)}): not counted — ${proseMarkdown(d.reason)}`,
    );
  }
  if (m.leadTime.unknownRanges.length > 0) {
    lines.push(
      `- Deployment${m.leadTime.unknownRanges.length === 1 ? "" : "s"} ${ids(m.leadTime.unknownRanges)}: no earlier successful deployment, so no range — not in the lead time.`,
    );
  }
  const how = [
    "A deployment counts when a trusted identity created it in the period and its final status (a later `inactive` left aside) is success, failure or error. It failed when that status is failure or error, or when its post-implementation review's outcome is failure.",
    "Lead time runs from each commit's committer date to the success of the deployment that first carried it, in its exact range since the previous successful deployment. Recovery runs from a failure to the success of the next successful deployment. Rework is the share of deployments whose review names an emergency change request.",
  ].join(" ");
  return [
    "<details>",
    "<summary>How these figures were computed</summary>",
    "",
    how,
    ...(lines.length > 0 ? ["", ...lines] : []),
    "",
    "</details>",
  ].join("\n");
}

/** The report's Markdown (no marker): the job summary and the issue share it. */
export function renderImprovementReport(input: ImprovementReportInput): string {
  const last = input.trend.at(-1);
  if (!last) throw new Error("renderImprovementReport needs at least one period");
  const { period, metrics: m } = last;
  const lead = `> [!NOTE]\n> Deployments to ${code(input.environment)} in the ${period.unit} ${period.from.toISOString().slice(0, 10)} → ${period.to
    .toISOString()
    .slice(
      0,
      10,
    )} (UTC, end excluded), measured from Gatehouse's own records: each deployment's exact range and its post-implementation review.`;
  return [
    lead,
    "## The figures",
    figuresTable(m),
    trendSection(input),
    failedSection(input, m),
    lessonsSection(input, m),
    earnedSection(input),
    leftOutSection(input, m),
  ].join("\n\n");
}

/** The period's issue: title and body (marker first). */
export function renderImprovementIssue(input: ImprovementReportInput): { title: string; body: string } {
  const last = input.trend.at(-1)!;
  const id = improvementIdentity(input.repository, input.environment, last.period);
  return {
    title: improvementTitle(input.environment, last.period),
    body: `${id.marker}\n${renderImprovementReport(input)}\n`,
  };
}
