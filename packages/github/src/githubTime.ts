/**
 * GitHub's clock: the instant an action decides at is the `Date` header of GitHub's first answer
 * to it, never the runner's clock or its environment. A step earlier in the job can write any
 * variable into `$GITHUB_ENV`, and a self-hosted runner's clock can be wrong; neither reaches
 * GitHub's answers.
 *
 * Which answer: the first one from the API itself (the REST or GraphQL host the client was made
 * for), whatever its status — an error answer is still GitHub speaking. Answers from elsewhere
 * (a redirect to another host, e.g. a storage service) do not count. One instant for the whole
 * run, read as early as possible, like the clock reading it replaces.
 *
 * When that answer has no `Date`, or one that is not an HTTP date or lies before Gatehouse
 * existed, the time is unknown and the action fails closed saying so.
 */

/** Earliest believable GitHub time; an answer dated before it comes from a broken clock or proxy. */
export const EARLIEST_GITHUB_TIME = "2025-01-01T00:00:00Z";

// RFC 9110 IMF-fixdate, the only form a server may send: `Mon, 23 Nov 2026 14:00:00 GMT`.
const IMF_FIXDATE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** The instant an HTTP `Date` header names, or a sentence saying why it names none. */
export function parseGitHubDate(value: string | null | undefined): Date | string {
  if (value === null || value === undefined || value.trim() === "") return "it carried no `Date` header";
  const text = value.trim();
  const at = IMF_FIXDATE.test(text) ? new Date(text) : new Date(Number.NaN);
  if (Number.isNaN(at.getTime())) return `its \`Date\` header "${text}" is not an HTTP date`;
  if (at.getTime() < Date.parse(EARLIEST_GITHUB_TIME)) {
    return `its \`Date\` header "${text}" is before ${EARLIEST_GITHUB_TIME.slice(0, 10)}, which no working clock says`;
  }
  return at;
}

/** What the clock saw of the first answer. */
interface FirstAnswer {
  request: string;
  date: Date | string;
}

export class GitHubClock {
  readonly #origins: Set<string>;
  #first: FirstAnswer | undefined;

  /** `urls`: the API roots whose answers count (REST and GraphQL). */
  constructor(urls: string[]) {
    this.#origins = new Set(urls.map((u) => new URL(u).origin));
  }

  /** Called with every answer; keeps the first one from GitHub's API. */
  observe(url: string, method: string, date: string | null): void {
    if (this.#first) return;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return;
    }
    if (!this.#origins.has(parsed.origin)) return;
    this.#first = { request: `${method.toUpperCase()} ${parsed.pathname}`, date: parseGitHubDate(date) };
  }

  /**
   * GitHub's time at its first answer. Throws a plain sentence when nothing has answered yet or
   * the answer's `Date` cannot be believed: the caller fails closed.
   */
  now(): Date {
    const first = this.#first;
    if (!first) {
      throw new Error(
        "GitHub has not answered yet, so Gatehouse cannot tell the time (it takes it from GitHub's answers, never from the runner).",
      );
    }
    if (typeof first.date === "string") {
      throw new Error(
        `GitHub's first answer (${first.request}) cannot tell the time: ${first.date}. Gatehouse takes the time only from GitHub's answers, never from the runner; check that no proxy between the runner and GitHub removes or rewrites the \`Date\` header.`,
      );
    }
    return new Date(first.date.getTime());
  }
}
