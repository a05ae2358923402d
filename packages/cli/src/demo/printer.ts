/** Readable demo output: headings, key/value lines, an action's outputs and its summary excerpt. */
import type { RunResult } from "@gatehouse/sandbox";

export interface Printer {
  heading(text: string): void;
  line(text?: string): void;
  kv(label: string, value: string): void;
  /** Exit code, decision, outputs, annotations and the first lines of the job summary of one run. */
  result(result: RunResult, opts?: { outputs?: string[]; summaryLines?: number }): void;
}

const INDENT = "  ";

export function createPrinter(write: (text: string) => void, width = 100): Printer {
  const clip = (s: string, max = width) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  const printer: Printer = {
    heading(text) {
      write("");
      write(`━━ ${text} ${"━".repeat(Math.max(3, width - text.length - 4))}`);
    },
    line(text = "") {
      write(text === "" ? "" : `${INDENT}${text}`);
    },
    kv(label, value) {
      const lines = value.split("\n");
      write(
        `${INDENT}${`${label}:`.padEnd(18)} ${clip(lines[0] ?? "", width - 20)}${lines.length > 1 ? " …" : ""}`,
      );
    },
    result(result, opts = {}) {
      const status = result.timedOut
        ? `timed out after ${Math.round(result.durationMs)} ms`
        : `exit ${result.exitCode} in ${Math.round(result.durationMs)} ms`;
      printer.kv("step", status);
      const names = opts.outputs ?? Object.keys(result.outputs);
      for (const name of names) {
        const value = result.outputs[name];
        if (value !== undefined) printer.kv(name, describeValue(value));
      }
      for (const a of result.annotations) {
        const where = a.file ? ` (${a.file}${a.line ? `:${a.line}` : ""}${a.col ? `:${a.col}` : ""})` : "";
        write(
          `${INDENT}${a.level === "error" ? "✗" : a.level === "warning" ? "!" : "i"} ${a.level}${where}: ${clip(a.message.split("\n")[0] ?? "")}`,
        );
      }
      const excerpt = summaryExcerpt(result.summary, opts.summaryLines ?? 8);
      if (excerpt.length > 0) {
        write(`${INDENT}summary:`);
        for (const l of excerpt) write(`${INDENT}${INDENT}│ ${clip(l, width - 6)}`);
      }
      if (result.exitCode !== 0 && result.annotations.length === 0) {
        const last = (result.stderr.trim() || result.stdout.trim()).split("\n").pop();
        if (last) write(`${INDENT}log: ${clip(last)}`);
      }
    },
  };
  return printer;
}

/** A short, readable form of an output value (JSON arrays are counted and their first items named). */
export function describeValue(value: string): string {
  if (value.startsWith("[")) {
    try {
      const list = JSON.parse(value) as unknown[];
      if (Array.isArray(list)) {
        const names = list.slice(0, 3).map((x) => {
          if (typeof x !== "object" || x === null) return String(x);
          const o = x as Record<string, unknown>;
          const id = o.number !== undefined ? `#${o.number}` : "";
          return [id, o.title ?? o.name ?? ""].filter(Boolean).join(" ") || JSON.stringify(x);
        });
        return `${list.length} item${list.length === 1 ? "" : "s"}${names.length ? `: ${names.join("; ")}` : ""}${list.length > 3 ? "; …" : ""}`;
      }
    } catch {
      // not JSON: shown as is
    }
  }
  return value;
}

/** The first meaningful lines of a job summary (HTML comments and blank lines dropped). */
export function summaryExcerpt(markdown: string, lines: number): string[] {
  const kept = markdown
    .replace(/<!--[\s\S]*?-->/g, "")
    .split("\n")
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== "");
  return kept.length > lines ? [...kept.slice(0, lines), `… (${kept.length - lines} more lines)`] : kept;
}
