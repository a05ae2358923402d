import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
// only the notes renderer: the whole core (policy, freeze calendar…) would slow the start
import { type NoteCommit, type ReleaseNotesInput, renderReleaseNotes } from "@gatehouse/core/releaseNotes";
import { type Command, EXIT, stringOption, UsageError } from "../command";

export const command: Command = {
  help: `Usage: gatehouse notes --from REF [--to REF] [--version V] [--repository-url URL] [--repo DIR] [--json]

Release notes for the commits in FROM..TO of a local git history, rendered exactly as the
release-bundle action renders them (conventional commits: breaking changes first, then features,
fixes, performance improvements and reverts; a squashed pull request carrying several conventional
messages gives one entry each). The Markdown is what CHANGELOG.md needs: a version heading with
the date of TO and a link comparing the two tags, each entry linked to its commit, its pull
request and the issues it names.

Options:
  --from REF              the previous release (a tag, branch or commit); its commits are excluded
  --to REF                the commit being released (default HEAD)
  --version V             the version in the heading (default: TO as given); the compare link
                          goes from FROM to the tag TO names, or to FROM's prefix + V (v1.4.0)
  --repository-url URL    where links point: https://HOST/OWNER/REPO (GitHub or GitHub
                          Enterprise Server); default: read from the origin remote; without
                          either, the notes carry no links
  --repo DIR              the git repository (default the current directory)
  --json                  print {"sections": [{"title", "entries": [{"type", "scope", "subject", "hash", "breaking"}]}]}
  -h, --help              show this help

Exit codes: 0 ok, 2 usage error (unknown ref, not a git repository, a bad --repository-url).`,
  options: {
    from: { type: "string" },
    to: { type: "string" },
    repo: { type: "string" },
    version: { type: "string" },
    "repository-url": { type: "string" },
    json: { type: "boolean" },
  },
  async run({ values }, io) {
    // Reading a long history allocates fast, and V8 answers by growing the young generation to
    // its maximum: at 100,000 commits the process would pass 250 MB, mostly empty new space.
    // Keeping the young generation at its initial size holds it near 140 MB at no cost in time
    // (measured with scripts/bench; of the heap-size flags, this one takes effect at run time).
    setFlagsFromString("--semi-space-growth-factor=1");
    const from = stringOption(values, "from");
    const to = stringOption(values, "to") ?? "HEAD";
    if (!from) throw new UsageError("--from REF is required (the previous release tag, e.g. --from v1.3.0)");
    const dir = resolve(io.cwd, stringOption(values, "repo") ?? ".");
    const urlOption = stringOption(values, "repository-url");
    const json = values.json === true;
    const [fromSha, toSha] = await Promise.all([resolveRef(dir, from), resolveRef(dir, to)]);
    const version = stringOption(values, "version") ?? to;
    const heading = json ? {} : await headingOf(dir, { from, to, toSha, version, urlOption });
    const notes = await renderReleaseNotes({
      version,
      ...heading,
      commits: readGitLog(dir, `${fromSha}..${toSha}`),
      evidence: false,
      markdown: !json,
    });
    if (json) {
      // written a section and a thousand entries at a time: no second copy of a huge answer
      const entry = (e: (typeof notes.sections)[number]["entries"][number]) =>
        JSON.stringify({
          type: e.type,
          scope: e.scope,
          subject: e.subject,
          hash: e.hash,
          breaking: e.breaking,
        });
      io.out(`{"sections": [`);
      notes.sections.forEach((s, i) => {
        io.out(`${i > 0 ? "," : ""}{"title": ${JSON.stringify(s.title)}, "entries": [`);
        for (let from = 0; from < s.entries.length; from += 1000) {
          const lines = s.entries.slice(from, from + 1000).map(entry);
          io.out(`${from > 0 ? "," : ""}${lines.join(",\n")}`);
        }
        io.out("]}");
      });
      io.out("]}");
    } else {
      io.out(notes.markdown.trimEnd());
    }
    return EXIT.ok;
  },
};

/**
 * What the heading and the links need: the repository (from --repository-url or the origin
 * remote), the tags the compare link joins and the date of the released commit.
 */
async function headingOf(
  dir: string,
  r: { from: string; to: string; toSha: string; version: string; urlOption: string | undefined },
): Promise<Pick<ReleaseNotesInput, "repository" | "previousTag" | "tag" | "date">> {
  const [repository, fromIsTag, toIsTag, day] = await Promise.all([
    r.urlOption !== undefined ? repositoryOf(r.urlOption) : remoteRepository(dir),
    isTag(dir, r.from),
    isTag(dir, r.to),
    git(dir, ["log", "-1", "--format=%cs", r.toSha]).then((g) => g.stdout.trim()),
  ]);
  const prefix = /^(.*?)\d+\.\d+\.\d+/.exec(r.from)?.[1] ?? "v";
  const tag = toIsTag ? r.to : /^\d/.test(r.version) ? `${prefix}${r.version}` : r.version;
  return {
    repository,
    ...(fromIsTag ? { previousTag: r.from, tag } : {}),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(day) ? { date: new Date(`${day}T00:00:00Z`) } : {}),
  };
}

/** The repository a --repository-url names, or a usage error saying what it should look like. */
function repositoryOf(url: string): NonNullable<ReleaseNotesInput["repository"]> {
  const repository = parseRepositoryUrl(url);
  if (!repository) {
    throw new UsageError(
      `--repository-url "${url}" is not a repository URL: write https://HOST/OWNER/REPO, e.g. https://github.com/acme/shop`,
    );
  }
  return repository;
}

/** The repository of the origin remote (else the first remote), when it is a GitHub-like URL. */
async function remoteRepository(dir: string): Promise<ReleaseNotesInput["repository"]> {
  const remotes = (await git(dir, ["remote"])).stdout.split("\n").filter(Boolean);
  const name = remotes.includes("origin") ? "origin" : remotes[0];
  if (!name) return undefined;
  const { code, stdout } = await git(dir, ["remote", "get-url", "--", name]);
  return code === 0 ? parseRepositoryUrl(stdout.trim()) : undefined;
}

/**
 * The server, owner and repository of a git remote URL: https://HOST/OWNER/REPO(.git),
 * git@HOST:OWNER/REPO.git, ssh://git@HOST(:PORT)/OWNER/REPO.git, git://HOST/OWNER/REPO. Links go
 * to https://HOST (http:// kept when the URL says so).
 */
export function parseRepositoryUrl(url: string): NonNullable<ReleaseNotesInput["repository"]> | undefined {
  const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)\/?([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  if (scp) return { serverUrl: `https://${scp[1]}`, owner: scp[2]!, repo: scp[3]! };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!["https:", "http:", "ssh:", "git:"].includes(parsed.protocol)) return undefined;
  const parts = parsed.pathname.split("/").filter(Boolean);
  if (parts.length < 2) return undefined;
  const owner = parts.at(-2)!;
  const repo = parts.at(-1)!.replace(/\.git$/, "");
  if (!/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(repo)) return undefined;
  const base = parts.slice(0, -2).join("/");
  const server = parsed.protocol === "http:" ? `http://${parsed.host}` : `https://${parsed.hostname}`;
  return { serverUrl: base ? `${server}/${base}` : server, owner, repo };
}

/** Whether REF names a tag (the compare link joins tags). */
async function isTag(dir: string, ref: string): Promise<boolean> {
  if (ref.startsWith("-")) return false;
  return (await git(dir, ["show-ref", "--verify", "--quiet", `refs/tags/${ref}`])).code === 0;
}

/** The commit a ref names, or a usage error saying which ref is unknown. */
async function resolveRef(dir: string, ref: string): Promise<string> {
  if (ref.startsWith("-")) throw new UsageError(`"${ref}" is not a git ref`);
  const { code, stdout, stderr } = await git(dir, [
    "rev-parse",
    "--verify",
    "--quiet",
    "--end-of-options",
    `${ref}^{commit}`,
  ]);
  if (code === 0) return stdout.trim();
  if (/not a git repository/i.test(stderr))
    throw new UsageError(`${dir} is not a git repository (use --repo DIR)`);
  throw new UsageError(`unknown git ref "${ref}" in ${dir}`);
}

function git(dir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn("git", ["-C", dir, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", fail);
    child.on("close", (code) => done({ code: code ?? 1, stdout, stderr }));
  });
}

/**
 * The commits of a range, newest first, from ONE streamed `git log` (NUL-separated custom format):
 * no process per commit, and nothing held but the current chunk. Commits are handed over in
 * batches, one per chunk read. Authors are read only when asked for (contributors).
 */
export async function* readGitLog(
  dir: string,
  range: string,
  opts: { authors?: boolean } = {},
): AsyncGenerator<NoteCommit[]> {
  const authors = opts.authors === true;
  const format = authors ? "%H%x00%aN%x00%aE%x00%B" : "%H%x00%B";
  const fieldsPerCommit = authors ? 4 : 2;
  const child = spawn("git", ["-C", dir, "log", "-z", `--format=${format}`, range, "--"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  const closed = new Promise<number>((done, fail) => {
    child.on("error", fail);
    child.on("close", (code) => done(code ?? 1));
  });
  // Fields are decoded one by one from the bytes, so no string keeps a whole chunk alive.
  const fields: string[] = [];
  let rest: Buffer | undefined;
  const emit = (): NoteCommit => {
    const commit: NoteCommit = authors
      ? { hash: fields[0]!, message: fields[3]!, author: { name: fields[1] || fields[2] } }
      : { hash: fields[0]!, message: fields[1]! };
    fields.length = 0;
    return commit;
  };
  for await (const data of child.stdout as AsyncIterable<Buffer>) {
    const chunk = rest ? Buffer.concat([rest, data]) : data;
    rest = undefined;
    const batch: NoteCommit[] = [];
    let start = 0;
    let end = chunk.indexOf(0);
    while (end !== -1) {
      fields.push(chunk.toString("utf8", start, end));
      if (fields.length === fieldsPerCommit) batch.push(emit());
      start = end + 1;
      end = chunk.indexOf(0, start);
    }
    if (start < chunk.length) rest = chunk.subarray(start);
    if (batch.length > 0) yield batch;
  }
  if (rest || fields.length > 0) {
    fields.push(rest ? rest.toString("utf8") : "");
    if (fields.length === fieldsPerCommit) yield [emit()];
  }
  const code = await closed;
  if (code !== 0) throw new Error(`git log ${range} failed: ${stderr.trim() || `exit code ${code}`}`);
}
