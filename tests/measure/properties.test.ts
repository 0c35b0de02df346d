import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { milestones, project, requiredGrowth, status } from "../../src/core/measure";
import type { Comparator, Status } from "../../src/core/model";

const positive = fc.double({ min: 1e-3, max: 1e9, noNaN: true });
const years = fc.integer({ min: 1, max: 40 });

describe("measure properties", () => {
  // Targets within a factor of 1000 of the base: beyond that 1 + g nears 0 or overflows and precision goes.
  it("projecting the base at the required growth reaches the target", () => {
    const ratio = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
    fc.assert(fc.property(positive, ratio, fc.double({ min: 1, max: 40, noNaN: true }), (b, k, n) => {
      const t = b * k;
      const reached = project(b, requiredGrowth(b, t, n), n);
      expect(Math.abs(reached - t) / t).toBeLessThan(1e-9);
    }));
  });

  it("milestones run year by year from the year after the base and end exactly at the target", () => {
    fc.assert(fc.property(positive, positive, fc.integer({ min: 1990, max: 2030 }), years, fc.constantFrom("geometric", "linear" as const),
      (b, t, y0, n, path) => {
        const m = milestones(b, y0, t, y0 + n, path);
        expect(m).toHaveLength(n);
        expect(m[0]!.year).toBe(y0 + 1);
        expect(m[m.length - 1]!.year).toBe(y0 + n);
        expect(m[m.length - 1]!.value).toBe(t);
        // Monotone between base and target.
        const values = [b, ...m.map((x) => x.value)];
        for (let i = 1; i < values.length; i++) {
          const step = (values[i]! - values[i - 1]!) * Math.sign(t - b);
          expect(step).toBeGreaterThanOrEqual(-1e-9 * Math.max(b, t));
        }
      }));
  });

  // Better statuses rank higher; a floor's status never worsens as the latest value rises (caps: falls).
  const rank: Record<Status, number> = { away: 0, lagging: 1, moderate: 2, "on-track": 3, achieved: 4, unknown: -1 };

  it("status is monotone in the latest value, for every method, kind and direction", () => {
    const comparator = fc.constantFrom<Comparator>(">=", ">", "=", "~", "range", "<=", "<");
    fc.assert(fc.property(
      fc.record({
        base: positive, target: fc.double({ min: -20, max: 1e9, noNaN: true }), l1: positive, l2: positive,
        b: fc.integer({ min: 2000, max: 2030 }), dl: fc.integer({ min: 1, max: 12 }), dt: fc.integer({ min: 1, max: 10 }),
        comparator, method: fc.constantFrom("time" as const, "growth" as const),
        kind: fc.constantFrom("level" as const, "share" as const, "increment" as const, "growth" as const),
      }),
      ({ base, target, l1, l2, b, dl, dt, comparator: c, method, kind }) => {
        const [lo, hi] = l1 <= l2 ? [l1, l2] : [l2, l1];
        const at = (latest: number) =>
          status({ base, baseYear: b, latest, latestYear: b + dl, target, targetYear: b + dt, comparator: c, method, kind });
        const sLo = at(lo);
        const sHi = at(hi);
        if (sLo === "unknown" || sHi === "unknown") return;
        const cap = c === "<=" || c === "<";
        if (cap) expect(rank[sLo]).toBeGreaterThanOrEqual(rank[sHi]);
        else expect(rank[sHi]).toBeGreaterThanOrEqual(rank[sLo]);
      },
    ), { numRuns: 3000 });
  });
});
