/**
 * The files the pages load, served by the sandbox itself (the machine has no CDN to reach):
 * GitHub's Markdown styles (github-markdown-css) and the Mermaid build, read from their installed
 * packages on first use and kept (packages that run the sandbox from a bundle, the CLI, list
 * them too), and the pages' own stylesheet and script.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageDir } from "../packageDir";
import { PAGES_CSS, PAGES_JS } from "./static";

const ASSETS: Record<string, { file: () => string | Buffer; contentType: string }> = {
  "github-markdown.css": {
    file: () => join(packageDir("github-markdown-css"), "github-markdown-light.css"),
    contentType: "text/css; charset=utf-8",
  },
  "mermaid.min.js": {
    file: () => join(packageDir("mermaid"), "dist", "mermaid.min.js"),
    contentType: "text/javascript; charset=utf-8",
  },
  "pages.css": { file: () => Buffer.from(PAGES_CSS), contentType: "text/css; charset=utf-8" },
  "pages.js": { file: () => Buffer.from(PAGES_JS), contentType: "text/javascript; charset=utf-8" },
};

const cache = new Map<string, Buffer>();

/** An asset by name, or undefined when there is no such asset. */
export function asset(name: string): { body: Buffer; contentType: string } | undefined {
  const a = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (!a) return undefined;
  let body = cache.get(name);
  if (!body) {
    const file = a.file();
    body = typeof file === "string" ? readFileSync(file) : file;
    cache.set(name, body);
  }
  return { body, contentType: a.contentType };
}
