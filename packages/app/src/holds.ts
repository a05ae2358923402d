/**
 * Timers for deployments held until a known moment (a freeze's end). They live only in this
 * process: GitHub keeps the waiting runs, so after a restart the sweep finds each held run again
 * and sets its timer anew — and on several replicas each may fire; GitHub takes the first answer.
 */

/** setTimeout's longest delay (about 24.8 days); longer holds are set again when it fires. */
const MAX_DELAY_MS = 2 ** 31 - 1;

export class Holds {
  private readonly timers = new Map<string, { at: number; timer: NodeJS.Timeout }>();

  /**
   * Calls `fire` at `at` (GitHub's time, converted with `now`), once per key: a later call for the
   * same key replaces the earlier timer.
   */
  set(key: string, at: Date, now: Date, fire: () => void): void {
    this.cancel(key);
    const delay = Math.max(at.getTime() - now.getTime(), 0);
    const step = Math.min(delay, MAX_DELAY_MS);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      if (step < delay) this.set(key, at, new Date(now.getTime() + step), fire);
      else fire();
    }, step);
    this.timers.set(key, { at: at.getTime(), timer });
  }

  cancel(key: string): void {
    const t = this.timers.get(key);
    if (t) clearTimeout(t.timer);
    this.timers.delete(key);
  }

  /** Keys held, with when they are due (for the health endpoint and tests). */
  list(): { key: string; at: string }[] {
    return [...this.timers].map(([key, t]) => ({ key, at: new Date(t.at).toISOString() }));
  }

  clear(): void {
    for (const t of this.timers.values()) clearTimeout(t.timer);
    this.timers.clear();
  }
}
