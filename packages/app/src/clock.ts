/**
 * GitHub's time for a long-running App. The App decides at GitHub's time, read from the `Date`
 * header of GitHub's answers, so a server whose clock is wrong neither signs tokens GitHub refuses
 * nor opens or closes a freeze at the wrong moment. Unlike an action, which decides at the instant
 * of GitHub's first answer, the App runs for weeks: every answer sets the clock again, and between
 * answers the local clock measures the time passed.
 */
import { parseGitHubDate } from "@gatehouse/github";

export class AppClock {
  private offsetMs = 0;
  private observed = false;

  /** Learns GitHub's time from an answer's `Date` header (ignored when absent or unbelievable). */
  observe(dateHeader: string | undefined | null): void {
    const at = parseGitHubDate(dateHeader);
    if (typeof at === "string") return;
    this.offsetMs = at.getTime() - Date.now();
    this.observed = true;
  }

  /** Has any answer told GitHub's time yet? */
  get synced(): boolean {
    return this.observed;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** GitHub's time in whole seconds since the epoch (for JSON web tokens). */
  nowSeconds(): number {
    return Math.floor(this.now().getTime() / 1000);
  }
}
