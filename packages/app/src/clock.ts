/**
 * GitHub's clock. The App decides at GitHub's time, read from the `Date` header of GitHub's
 * answers, so a server whose clock is wrong neither signs tokens GitHub refuses nor opens or
 * closes a freeze at the wrong moment. Between answers the local clock measures the time passed.
 */
export class GitHubClock {
  private offsetMs = 0;
  private observed = false;

  /** Learns GitHub's time from an answer's `Date` header (ignored when absent or unreadable). */
  observe(dateHeader: string | undefined | null): void {
    if (!dateHeader) return;
    const t = Date.parse(dateHeader);
    if (Number.isNaN(t)) return;
    this.offsetMs = t - Date.now();
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
