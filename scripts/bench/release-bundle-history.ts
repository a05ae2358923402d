/**
 * A synthetic git history for the release-bundle benchmarks, written with `git fast-import`
 * (100,000 commits in a few seconds): a realistic mix of conventional commits — features, fixes,
 * performance, reverts, breaking changes, and many commits that make no notes entry (docs, chore,
 * ci, test, refactor, merges of plain prose) — with bodies, trailers and several authors.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";

export interface SyntheticHistory {
  dir: string;
  /** The tag at the first commit (the previous release) and the branch head. */
  from: string;
  to: string;
  commits: number;
}

const SCOPES = ["api", "cli", "core", "ui", "auth", "db", "", "", ""];
const AUTHORS = [
  ["Ada Lovelace", "ada@example.com"],
  ["Grace Hopper", "grace@example.com"],
  ["Linus Example", "linus@example.com"],
  ["Margaret Hamilton", "margaret@example.com"],
  ["Ken Thompson", "ken@example.com"],
] as const;

/** The message of synthetic commit `i`: deterministic, so runs compare. */
export function syntheticMessage(i: number): string {
  const scope = SCOPES[i % SCOPES.length];
  const s = scope ? `(${scope})` : "";
  const r = (i * 2654435761) % 100;
  const body = `\n\nThis change touches module ${i % 97} and adjusts ${i % 13} call sites.\nSee the design note in docs/${i % 31}.md.\n\nChange-Request: #${(i % 40) + 1}`;
  if (r < 18) return `feat${s}: add option ${i} to the exporter${body}`;
  if (r < 38) return `fix${s}: handle empty input in parser ${i} (#${i % 5000})${body}`;
  if (r < 42) return `perf${s}: cache lookup ${i}${body}`;
  if (r < 43)
    return `feat${s}!: replace endpoint ${i}${body}\n\nBREAKING CHANGE: endpoint ${i} is gone, use v2.`;
  if (r < 44)
    return `revert: fix${s}: handle empty input in parser ${i - 1}\n\nThis reverts commit ${"0".repeat(40)}.`;
  if (r < 60) return `docs${s}: explain setting ${i}${body}`;
  if (r < 75) return `chore${s}: bump dependency ${i}${body}`;
  if (r < 82) return `test${s}: cover case ${i}${body}`;
  if (r < 88) return `refactor${s}: extract helper ${i}${body}`;
  if (r < 93) return `ci: tune job ${i}${body}`;
  return `Update file ${i}${body}`;
}

/** Writes the history with one `git fast-import` (commit 0 is tagged `from`, the branch `main` is `to`). */
export async function createSyntheticHistory(dir: string, commits: number): Promise<SyntheticHistory> {
  mkdirSync(dir, { recursive: true });
  const init = spawnSync("git", ["init", "-q", "-b", "main", dir], { encoding: "utf8" });
  if (init.status !== 0) throw new Error(`git init failed: ${init.stderr}`);
  const child = spawn("git", ["-C", dir, "fast-import", "--quiet", "--done"], {
    stdio: ["pipe", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  const done = new Promise<number>((ok, fail) => {
    child.on("error", fail);
    child.on("close", (code) => ok(code ?? 1));
  });
  const t0 = 1_700_000_000;
  let buf = "";
  const flush = async () => {
    if (!child.stdin.write(buf)) await new Promise((r) => child.stdin.once("drain", r));
    buf = "";
  };
  for (let i = 0; i < commits; i++) {
    const [name, email] = AUTHORS[i % AUTHORS.length]!;
    const message = i === 0 ? "chore: initial commit" : syntheticMessage(i);
    const data = Buffer.byteLength(message);
    buf += `commit refs/heads/main\nmark :${i + 1}\nauthor ${name} <${email}> ${t0 + i * 60} +0000\ncommitter ${name} <${email}> ${t0 + i * 60} +0000\ndata ${data}\n${message}\n`;
    if (i === 0) buf += "M 644 inline README.md\ndata 6\nhello\n";
    else if (i % 1000 === 0) buf += `M 644 inline src/file${i}.txt\ndata ${String(i).length}\n${i}\n`;
    buf += "\n";
    if (i === 0) buf += "reset refs/tags/from\nfrom :1\n\n";
    if (buf.length > 1 << 20) await flush();
  }
  buf += "done\n";
  await flush();
  child.stdin.end();
  const code = await done;
  if (code !== 0) throw new Error(`git fast-import failed: ${stderr}`);
  return { dir, from: "from", to: "main", commits: commits - 1 };
}
