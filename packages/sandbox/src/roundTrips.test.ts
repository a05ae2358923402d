import { describe, expect, it } from "vitest";
import { startSandbox } from "./index";
import { roundTrips } from "./roundTrips";
import { api } from "./testing";

describe("sequential round trips", () => {
  it("counts requests in flight together as one step", () => {
    expect(roundTrips([])).toBe(0);
    const r = (startMs: number, endMs: number) => ({ startMs, endMs });
    expect(roundTrips([r(0, 10), r(1, 12), r(2, 9)])).toBe(1);
    expect(roundTrips([r(0, 10), r(11, 20), r(21, 30)])).toBe(3);
    // Uploads overlapping each other after a sequential read: two steps, then one.
    expect(roundTrips([r(0, 10), r(10, 20), r(21, 50), r(22, 40), r(23, 45)])).toBe(3);
    // The critical path runs through the long request, not the many short ones beside it.
    expect(roundTrips([r(0, 100), r(1, 5), r(6, 10), r(11, 15), r(101, 110)])).toBe(4);
  });

  it("reads the sandbox's log, with latency added to every request", async () => {
    const sb = await startSandbox({ repos: [{ repo: "acme/app" }] }, { latencyMs: 30 });
    try {
      const t0 = performance.now();
      await Promise.all([api(sb).get("/repos/acme/app"), api(sb).get("/repos/acme/app/labels")]);
      await api(sb).get("/repos/acme/app");
      expect(performance.now() - t0).toBeGreaterThanOrEqual(60);
      expect(sb.requests).toHaveLength(3);
      expect(roundTrips(sb.requests)).toBe(2);
    } finally {
      await sb.close();
    }
  });
});
