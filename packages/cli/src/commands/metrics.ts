import { type Command, EXIT, type OptionValues, stringOption, UsageError } from "../command";
import { clientFromEnvironment, repositoryOption } from "../githubApi";

/**
 * `gatehouse metrics`: the DORA metrics of an environment over a period, from Gatehouse's own
 * records, read through the API with the token and URLs of the environment — the same step
 * release-metrics runs.
 */

function instant(values: OptionValues, name: string): Date {
  const text = stringOption(values, name);
  if (!text) throw new UsageError(`--${name} is required: an ISO 8601 instant such as 2026-03-02T00:00:00Z`);
  const ms = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}(T|$)/.test(text) || Number.isNaN(ms)) {
    throw new UsageError(
      `--${name} must be an ISO 8601 date or date-time such as 2026-03-02 or 2026-03-02T00:00:00Z, got "${text}"`,
    );
  }
  return new Date(ms);
}

export const command: Command = {
  help: `Usage: gatehouse metrics --repository OWNER/REPO --environment NAME --from ISO --to ISO [--json]

The DORA metrics of the deployments to an environment in [from, to), computed from Gatehouse's own
records: the deployments and statuses made by the identities the policy trusts, each successful
deployment's exact range of commits, and the post-implementation reviews with their outcomes and
change requests. Reads GitHub through the API: GITHUB_TOKEN (deployments, contents and issues
read), GITHUB_API_URL and GITHUB_GRAPHQL_URL (GitHub Enterprise Server, the sandbox).

Options:
  --repository OWNER/REPO   the repository deployed
  --environment NAME        the environment, e.g. production
  --from ISO                start of the period (included), e.g. 2026-03-02 or 2026-03-02T00:00:00Z
  --to ISO                  end of the period (excluded)
  --json                    print {"environment","from","to","deployments","successful","failed",
                            "deploymentFrequency":{"perWeek","perDay"},"leadTime":{"medianHours","p90Hours"},
                            "changeFailureRate","recoveryTime":{"medianHours"},"reworkRate"}
  -h, --help                show this help

Rates are fractions 0–1, times in hours; null where there is nothing to measure. Without --json, a
table with the DORA performance band of each figure.
Exit codes: 0 measured, 1 GitHub could not be read whole (the message names the limit), 2 usage error.`,
  options: {
    repository: { type: "string" },
    environment: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    json: { type: "boolean" },
  },
  async run({ values }, io) {
    const repo = repositoryOption(values);
    const environment = stringOption(values, "environment")?.trim();
    if (!environment) throw new UsageError("--environment is required, e.g. --environment production");
    const from = instant(values, "from");
    const to = instant(values, "to");
    if (to.getTime() <= from.getTime()) throw new UsageError("--to must be after --from");
    const client = await clientFromEnvironment(io, "deployments, contents and issues");
    const [{ loadPolicy }, { measureDelivery, trustedDeployers }, core] = await Promise.all([
      import("@gatehouse/github"),
      import("@gatehouse/release-process"),
      import("@gatehouse/core"),
    ]);
    const repository = `${repo.owner}/${repo.repo}`;
    const { policy } = await loadPolicy(client, repo);
    const result = await measureDelivery(client, {
      repository,
      environment,
      periods: [{ from, to }],
      reviewRepository: policy.review.repository ?? repository,
      trustedCreators: trustedDeployers(policy),
      earnedAfter: 0,
      standardTemplates: [],
    });
    const m = result.metrics[0]!;
    const json = core.metricsJson(m);
    if (values.json) {
      io.out(JSON.stringify(json));
      return EXIT.ok;
    }
    const bands = core.performanceBands(m);
    const band = (b: string | null) => b ?? "—";
    const hours = core.formatHours;
    const pct = (r: number | null) => (r === null ? "—" : `${(r * 100).toFixed(1).replace(/\.0$/, "")} %`);
    const rows: [string, string, string][] = [
      ["Deployments", `${json.deployments} (${json.successful} successful, ${json.failed} failed)`, ""],
      [
        "Deployment frequency",
        `${json.deploymentFrequency.perWeek} a week (${json.deploymentFrequency.perDay} a day)`,
        band(bands.deploymentFrequency),
      ],
      [
        "Change lead time",
        json.leadTime.medianHours === null
          ? "— (no commit first deployed)"
          : `median ${hours(json.leadTime.medianHours)}, 90th percentile ${hours(json.leadTime.p90Hours)}`,
        band(bands.leadTime),
      ],
      [
        "Change failure rate",
        json.changeFailureRate === null
          ? "— (no deployment)"
          : `${pct(json.changeFailureRate)} (${json.failed} of ${json.deployments})`,
        band(bands.changeFailureRate),
      ],
      [
        "Failed deployment recovery time",
        json.recoveryTime.medianHours === null
          ? json.failed === 0
            ? "— (nothing failed)"
            : "— (not recovered yet)"
          : `median ${hours(json.recoveryTime.medianHours)}`,
        band(bands.recoveryTime),
      ],
      ["Deployment rework rate", pct(json.reworkRate), "— (DORA publishes no bands)"],
    ];
    const w0 = Math.max(...rows.map((r) => r[0].length), "Figure".length);
    const w1 = Math.max(...rows.map((r) => r[1].length), "Value".length);
    const line = (r: [string, string, string]) => `${r[0].padEnd(w0)}  ${r[1].padEnd(w1)}  ${r[2]}`.trimEnd();
    const out = [
      `Deployments to ${environment} in ${repository}, ${json.from} → ${json.to} (end excluded)`,
      "",
      line(["Figure", "Value", "DORA band"]),
      ...rows.map(line),
      "",
    ];
    for (const d of m.leftOut)
      out.push(`Not counted: deployment ${d.id} (${d.sha.slice(0, 7)}, ${d.createdAt}): ${d.reason}`);
    if (m.leadTime.unknownRanges.length > 0)
      out.push(
        `No earlier successful deployment, so no range (not in the lead time): ${m.leadTime.unknownRanges.join(", ")}`,
      );
    const r = result.read;
    out.push(
      `Read ${r.deployments} deployments, ${r.reviews} reviews and ${r.historyCommits} commits of history${
        r.compares > 0 ? ` (and ${r.compares} ranges with GitHub's compare)` : ""
      } in ${result.requests} API requests.`,
    );
    io.out(out.join("\n"));
    return EXIT.ok;
  },
};
