import { type Command, stringOption, UsageError } from "../command";
import { clientFromEnvironment, repositoryOption } from "../githubApi";

export const command: Command = {
  help: `Usage: gatehouse verify --repository OWNER/REPO --tag TAG [--json] [--assets DIR]

Re-checks a release from GitHub alone: that it is published (and immutable where the repository
has immutable releases), that its tag still points to the commit its manifest names, that its
assets are exactly the manifest's (GitHub's own SHA-256 digest of each), that SHA256SUMS agrees,
that every change request in it was authorised when it was made — re-evaluated with the gate's own
rules and the policy of the default branch at that time —, that the run's environment approvals
are GitHub's, and that the recorded freeze decision is the policy's.

Options:
  --repository OWNER/REPO   the repository (default: GITHUB_REPOSITORY)
  --tag TAG                 the release's tag
  --assets DIR              local copies of the artefacts, hashed too (streamed)
  --json                    print {"repository", "tag", "ok", "checks": [{"name", "ok", "detail"}]}
  -h, --help                show this help

The token comes from GITHUB_TOKEN (or GH_TOKEN); GITHUB_API_URL and GITHUB_GRAPHQL_URL point it at
GitHub Enterprise Server. It needs to read contents, issues, pull requests and actions, and — when
the policy names approver teams — organisation membership (read:org, or a GitHub App's Members:
read); without it, approvals cannot be told. In a workflow: the verify-release action.
Exit codes: 0 every check passed, 1 a check failed, 2 a check could not be made (e.g. a missing
permission: the detail names it) or a usage error.`,
  options: {
    repository: { type: "string" },
    tag: { type: "string" },
    assets: { type: "string" },
    json: { type: "boolean" },
  },
  async run({ values }, io) {
    const repository = repositoryOption(values, io.env.GITHUB_REPOSITORY);
    const tag = stringOption(values, "tag");
    if (!tag) throw new UsageError("--tag is required: the tag of the release to verify");
    const assets = stringOption(values, "assets");
    const { resolve } = await import("node:path");
    const client = await clientFromEnvironment(io, "contents, issues, pull requests and actions");
    const { verificationJson, verificationHeadline, verifyRelease } = await import(
      "@gatehouse/release-process/verify"
    );
    const result = await verifyRelease({
      client,
      request: {
        repository,
        tag,
        ...(assets ? { assetsDir: resolve(io.cwd, assets) } : {}),
      },
    });
    if (values.json) {
      io.out(JSON.stringify(verificationJson(result)));
    } else {
      const width = Math.max(...result.checks.map((c) => c.name.length));
      io.out(`${result.repository} ${result.tag}`);
      for (const c of result.checks) io.out(`${MARK[c.status]} ${c.name.padEnd(width)}  ${c.detail}`);
      io.out(verificationHeadline(result));
    }
    return result.exitCode;
  },
};

const MARK = { pass: "✓", fail: "✗", unknown: "?" } as const;
