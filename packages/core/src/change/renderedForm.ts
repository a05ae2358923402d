/**
 * An issue-form body read as GitHub shows it. The approver approves what they saw, so a form
 * answer is only what GitHub renders visibly: HTML comments, tags, link reference definitions and
 * the collapsed part of a `<details>` element (GitHub keeps `<details>` and `<summary>`, closed
 * unless `open`) count for nothing; zero-width characters are dropped; bidirectional-control
 * characters, which make GitHub show text in another order than it is read, are reported.
 * Markdown is parsed by micromark (CommonMark, as GitHub's parser), so headings inside code,
 * quotes, lists or HTML never start a section.
 */
import type { Heading, Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";

/** One `### Label` section GitHub shows, in order. */
export interface RenderedSection {
  /** The label lower-cased with everything but letters and digits removed. */
  key: string;
  /** The label as shown. */
  label: string;
  /** The answer as shown: Markdown source without what GitHub hides. */
  text: string;
  /** The answer shows nothing, but has text GitHub does not show (a comment, collapsed HTML). */
  hidden: boolean;
  /** The answer carries bidirectional-control characters. */
  bidi: boolean;
}

const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([A-Za-z][A-Za-z0-9-]*)([^>]*)>/g;

export const normaliseLabel = (label: string) =>
  label
    .replace(ZERO_WIDTH, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

interface Mark {
  start: number;
  end: number;
}

/** Tracks `<details>`/`<summary>` across the HTML nodes of the document, in order. */
class Disclosure {
  private stack: { name: string; hides: boolean }[] = [];
  get hidden(): boolean {
    let hidden = false;
    for (const e of this.stack) {
      if (e.name === "details" && e.hides) hidden = true;
      else if (e.name === "summary") hidden = false;
    }
    return hidden;
  }
  /** Reads one tag (a match of TAG); comments and other elements change nothing. */
  read(tag: RegExpMatchArray): void {
    const name = tag[2]?.toLowerCase();
    if (!name || (name !== "details" && name !== "summary")) return;
    if (tag[1]) {
      const at = this.stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) this.stack.length = at;
    } else if (!/\/\s*$/.test(tag[3] ?? "")) {
      this.stack.push({ name, hides: name === "details" && !/(^|\s)open(\s|=|$)/i.test(tag[3] ?? "") });
    }
  }
}

const offsets = (node: Nodes): Mark | null =>
  node.position?.start.offset !== undefined && node.position.end.offset !== undefined
    ? { start: node.position.start.offset, end: node.position.end.offset }
    : null;

function plainText(node: Nodes): string {
  if ("value" in node && typeof node.value === "string" && node.type !== "html") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(plainText).join("");
  return "";
}

/** The source minus the removed ranges, between `from` and `to`. */
function visibleSlice(source: string, removed: readonly Mark[], from: number, to: number): string {
  let out = "";
  let at = from;
  for (const r of removed) {
    if (r.end <= at || r.start >= to) continue;
    if (r.start > at) out += source.slice(at, r.start);
    at = Math.max(at, r.end);
  }
  if (at < to) out += source.slice(at, to);
  return out;
}

/**
 * The visible `##`–`####` sections of an issue-form body, in order (a label given twice appears
 * twice). With `known`, only headings with those keys start a section, so headings people write
 * inside an answer stay part of it.
 */
export function renderedSections(body: string, known?: ReadonlySet<string>): RenderedSection[] {
  // Reading the Markdown is the costly part, and the same bodies are read again and again (each
  // decision reads its change requests twice; the App decides many runs of one commit): the
  // sections of the latest bodies are kept, by the known labels and the text itself.
  const key = known ?? ANY_LABEL;
  let byBody = recent.get(key);
  if (!byBody) {
    byBody = new Map();
    recent.set(key, byBody);
  }
  let sections = byBody.get(body);
  if (!sections) {
    sections = readSections(body, known);
    if (byBody.size >= RECENT_BODIES) byBody.clear();
    byBody.set(body, sections);
  }
  return sections.map((s) => ({ ...s }));
}

const ANY_LABEL: ReadonlySet<string> = new Set();
const RECENT_BODIES = 256;
const recent = new WeakMap<ReadonlySet<string>, Map<string, RenderedSection[]>>();

function readSections(body: string, known?: ReadonlySet<string>): RenderedSection[] {
  const source = body.replace(/\r\n?/g, "\n");
  const tree: Root = fromMarkdown(source);
  const removed: Mark[] = [];
  const headings: { node: Heading; at: Mark; hidden: boolean }[] = [];
  const disclosure = new Disclosure();
  let hiddenFrom: number | null = null;

  const visit = (node: Nodes, atRoot: boolean) => {
    const at = offsets(node);
    if (node.type === "html" && at) {
      // Raw HTML: its tags and comments show nothing, the text between them shows (unless a
      // collapsed <details> hides it). Inside a quote or list the source has prefixes: drop it all.
      if (source.slice(at.start, at.end) !== node.value) {
        removed.push(at);
        return;
      }
      for (const tag of node.value.matchAll(TAG)) {
        const start = at.start + (tag.index ?? 0);
        const end = start + tag[0].length;
        removed.push({ start, end });
        const was = disclosure.hidden;
        disclosure.read(tag);
        if (!was && disclosure.hidden) hiddenFrom = end;
        else if (was && !disclosure.hidden && hiddenFrom !== null) {
          removed.push({ start: hiddenFrom, end: start });
          hiddenFrom = null;
        }
      }
      return;
    }
    if (node.type === "definition" && at) {
      removed.push(at);
      return;
    }
    if (node.type === "heading" && atRoot && at && source[at.start] === "#") {
      headings.push({ node, at, hidden: disclosure.hidden });
    }
    if ("children" in node) for (const child of node.children as Nodes[]) visit(child, false);
  };
  for (const child of tree.children) visit(child, true);
  if (hiddenFrom !== null) removed.push({ start: hiddenFrom, end: source.length });
  removed.sort((a, b) => a.start - b.start);

  const starts = headings
    .filter((h) => !h.hidden && h.node.depth >= 2 && h.node.depth <= 4)
    .map((h) => ({ ...h, label: plainText(h.node).replace(ZERO_WIDTH, "").trim() }))
    .filter((h) => !known || known.has(normaliseLabel(h.label)));
  return starts.map((h, i) => {
    const end = starts[i + 1]?.at.start ?? source.length;
    const raw = source.slice(h.at.end, end).trim();
    const shown = visibleSlice(source, removed, h.at.end, end);
    const text = shown.replace(ZERO_WIDTH, "").trim();
    return {
      key: normaliseLabel(h.label),
      label: h.label,
      text: text === "_No response_" ? "" : text,
      hidden:
        text === "" &&
        raw.replace(ZERO_WIDTH, "").replace(/\s+/g, "") !== shown.replace(ZERO_WIDTH, "").replace(/\s+/g, ""),
      bidi: BIDI.test(shown),
    };
  });
}
