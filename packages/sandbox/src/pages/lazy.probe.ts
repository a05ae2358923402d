/**
 * Run by pages.test.ts in a process of its own: which of the pages' libraries are loaded by
 * starting a sandbox and answering an API request, and which once a page is asked for.
 * Prints {"beforePage": [...], "afterPage": [...]}.
 */
import { registerHooks } from "node:module";

const WATCHED = [
  "unified",
  "remark-parse",
  "remark-gfm",
  "remark-github",
  "rehype-sanitize",
  "rehype-raw",
  "mermaid",
];
const loaded = new Set<string>();
registerHooks({
  resolve(specifier, context, next) {
    if (WATCHED.includes(specifier)) loaded.add(specifier);
    return next(specifier, context);
  },
});

const { startSandbox } = await import("../index");
const sb = await startSandbox("repos:\n  - repo: acme/shop\n");
await fetch(`${sb.apiUrl}/repos/acme/shop`, { headers: { authorization: `token ${sb.token}` } });
const beforePage = [...loaded];
await fetch(`${sb.url}/acme/shop/issues`);
const afterPage = [...loaded];
await sb.close();
process.stdout.write(JSON.stringify({ beforePage, afterPage }));
