/**
 * Writes that must happen once, even when GitHub's answer is lost.
 *
 * GitHub can apply a write and then drop the connection, stall, or answer 5xx or GraphQL's
 * "Something went wrong". Sending a create again would then make a second comment, issue or
 * release, so the client never retries one by itself (`createsSomething`). Instead the caller says
 * how to find what it wrote (by its hidden marker, name or tag): after a failure that may have been
 * applied, `writeOnce` waits, looks, and writes again only when nothing is there.
 */
import type { GitHubClient } from "./client";
import { describeError, GitHubApiError } from "./errors";

/**
 * True when a failed request may nonetheless have been applied: no answer came (dropped, stalled,
 * refused mid-way), or GitHub answered 5xx (GraphQL's "Something went wrong" arrives as 500). A 4xx,
 * a rate-limit refusal or a GraphQL error answer means nothing was written.
 */
export function mayHaveApplied(e: unknown): boolean {
  if (!(e instanceof GitHubApiError)) return false;
  if (e.name === "GraphQLError") {
    return (e as GitHubApiError & { errors: { message: string }[] }).errors.some((x) =>
      /something went wrong/i.test(x.message),
    );
  }
  return e.status === 0 || e.status >= 500;
}

export interface WriteOnce<T> {
  /** What is written, for the log: "the review issue", "the draft release v1.2.0". */
  what: string;
  /** Sends the write (once: the client does not retry a create). */
  write(): Promise<T>;
  /** Looks for what the write made (by its marker, name or key); undefined when it is not there. */
  find(): Promise<T | undefined>;
  /** Writes in all (default 3). */
  attempts?: number;
  log?: (message: string) => void;
}

/**
 * Writes; when the write may have been applied but its answer was lost, waits (the client's
 * back-off), looks for it, and writes again only when it is not there. Fails with the last error
 * after `attempts` writes, or at once for an error that says nothing was written.
 */
export async function writeOnce<T>(client: Pick<GitHubClient, "backoffMs">, w: WriteOnce<T>): Promise<T> {
  const attempts = w.attempts ?? 3;
  const log = w.log ?? (() => {});
  for (let attempt = 1; ; attempt++) {
    try {
      return await w.write();
    } catch (e) {
      if (!mayHaveApplied(e) || attempt >= attempts) throw e;
      const wait = client.backoffMs(attempt);
      log(
        `Writing ${w.what} may or may not have worked (${describeError(e).replace(/\.$/, "")}); looking for it in ${wait} ms before writing it again.`,
      );
      await new Promise((resolve) => setTimeout(resolve, wait));
      const found = await w.find();
      if (found !== undefined) {
        log(`Found ${w.what}: GitHub had written it.`);
        return found;
      }
    }
  }
}
