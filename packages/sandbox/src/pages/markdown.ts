/**
 * Markdown to HTML the way GitHub renders it: GitHub-flavoured Markdown (tables, task lists,
 * strikethrough, autolinks, footnotes), raw HTML sanitised with GitHub's own allow-list
 * (hast-util-sanitize's default schema is GitHub's), then what GitHub adds after sanitising:
 * alerts (`> [!NOTE]`) and references — `#12`, `@name`, commit SHAs — linked when they name
 * something that exists. Mermaid code blocks stay `<pre><code class="language-mermaid">`; the
 * page's script draws them in the browser, as GitHub does.
 *
 * Loaded only when a page is served: none of this is in the sandbox's start-up.
 */
import { rehypeGithubAlerts } from "rehype-github-alerts";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkGithub, { type BuildUrl } from "remark-github";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Store } from "../store";

export interface MarkdownContext {
  store: Store;
  /** The sandbox's web address (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** owner/name: where `#12` and SHAs point. */
  repository: string;
}

export type RenderMarkdown = (markdown: string) => string;

/** A renderer for the Markdown of one repository's pages. */
export function markdownRenderer(ctx: MarkdownContext): RenderMarkdown {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkGithub, { repository: ctx.repository, mentionStrong: false, buildUrl: referenceUrl(ctx) })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize)
    .use(rehypeGithubAlerts, {})
    .use(rehypeStringify);
  return (markdown) => String(processor.processSync(markdown));
}

/** Where a reference points in the sandbox, or false (plain text) when it names nothing there. */
function referenceUrl(ctx: MarkdownContext): BuildUrl {
  const { store, serverUrl } = ctx;
  return (values) => {
    if (values.type === "mention") {
      return store.findUser(values.user) || store.findOrg(values.user)
        ? `${serverUrl}/${values.user}`
        : false;
    }
    const repo = store.findRepo(values.user, values.project);
    if (!repo) return false;
    const base = `${serverUrl}/${repo.owner}/${repo.name}`;
    switch (values.type) {
      case "issue": {
        const n = Number(values.no);
        if (store.findPull(repo, n)) return `${base}/pull/${n}`;
        return store.findIssue(repo, n) ? `${base}/issues/${n}` : false;
      }
      case "commit":
        return store.resolveCommit(repo, values.hash) ? `${base}/commit/${values.hash}` : false;
      case "compare":
        return store.resolveCommit(repo, values.base) && store.resolveCommit(repo, values.compare)
          ? `${base}/compare/${values.base}...${values.compare}`
          : false;
      default:
        return false;
    }
  };
}
