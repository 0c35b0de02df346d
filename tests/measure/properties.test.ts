import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MEASURE_KINDS, achievedAmount, gap, isMeasureError, milestones, project, reachYear, requiredGrowth, rowMeasure, status, timeDistance,
  type StatusInput,
} from "../../src/core/measure";
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

  const comparator = fc.constantFrom<Comparator>(">=", ">", "=", "~", "range", "<=", "<");
  /** A growth rate in % (a growth row's latest value and target), from a fall of 99% to a rise of 60%. */
  const rate = fc.double({ min: -99, max: 60, noNaN: true });
  /** A row of any kind, comparator and method, with every input filled in; a growth row's values are rates. */
  const row = fc.record({
    base: positive, target: fc.double({ min: -20, max: 1e9, noNaN: true }), span: fc.double({ min: 0, max: 1e6, noNaN: true }),
    latest: positive, latestRate: rate, targetRate: fc.double({ min: -30, max: 30, noNaN: true }), rateSpan: fc.double({ min: 0, max: 5, noNaN: true }),
    b: fc.integer({ min: 2000, max: 2030 }), dl: fc.integer({ min: 1, max: 12 }), dt: fc.integer({ min: 1, max: 10 }),
    comparator, method: fc.constantFrom("time" as const, "growth" as const), kind: fc.constantFrom(...MEASURE_KINDS),
  }).map((x): StatusInput => {
    const [latest, target, span] = x.kind === "growth" ? [x.latestRate, x.targetRate, x.rateSpan] : [x.latest, x.target, x.span];
    return {
      base: x.base, baseYear: x.b, latest, latestYear: x.b + x.dl, target, targetYear: x.b + x.dt,
      targetMax: x.comparator === "range" ? target + span : null, comparator: x.comparator, method: x.method, kind: x.kind,
    };
  });

  it("status is monotone in the latest value, for every method, kind and direction; a range is a floor below its upper bound and a cap above its lower one", () => {
    fc.assert(fc.property(row, positive, rate, (r, level, growth) => {
      const other = r.kind === "growth" ? growth : level;
      const [lo, hi] = r.latest! <= other ? [r.latest!, other] : [other, r.latest!];
      const at = (latest: number) => status({ ...r, latest });
      const sLo = at(lo);
      const sHi = at(hi);
      if (sLo === "unknown" || sHi === "unknown") return;
      const x = (latest: number) => achievedAmount(r.kind!, latest, r.base);
      let better: "higher" | "lower" | null = r.comparator === "<=" || r.comparator === "<" ? "lower" : "higher";
      if (r.comparator === "range") better = x(hi) <= r.targetMax! ? "higher" : x(lo) >= r.target! ? "lower" : null;
      if (better === "lower") expect(rank[sLo]).toBeGreaterThanOrEqual(rank[sHi]);
      if (better === "higher") expect(rank[sHi]).toBeGreaterThanOrEqual(rank[sLo]);
    }), { numRuns: 5000 });
  });

  it("gap and status never disagree: achieved exactly where the gap is 0 (a growth rate met early is on track)", () => {
    fc.assert(fc.property(row, (r) => {
      const s = status(r);
      if (s === "unknown") return;
      let g: number;
      try {
        g = gap(r.latest!, r.target!, r.comparator!, r.targetMax, r.kind, r.base);
      } catch (e) {
        if (isMeasureError(e)) return;
        throw e;
      }
      expect(g).toBeGreaterThanOrEqual(0);
      if (r.kind === "growth") {
        if (s === "achieved") expect(g).toBe(0);
        if (g === 0) expect(["achieved", "on-track"]).toContain(s);
      } else {
        expect(s === "achieved", `${s} with gap ${g}`).toBe(g === 0);
      }
    }), { numRuns: 5000 });
  });

  it("with the time method, the time distance and the reach year tell the status's story", () => {
    fc.assert(fc.property(row, (x) => {
      const r = { ...x, method: "time" as const, tolerance: 0 };
      if (r.kind === "growth" || r.kind === "annual") return; // a rate's path is geometric; an annual amount has none
      const s = status(r);
      let d: number | null;
      let y: number | null;
      try {
        d = timeDistance(r, "time");
        y = reachYear(r, "time");
      } catch (e) {
        if (isMeasureError(e)) return;
        throw e;
      }
      if (s === "on-track") {
        expect(d!).toBeGreaterThanOrEqual(-1e-6);
        if (y !== null) expect(y).toBeLessThanOrEqual(r.targetYear!);
      }
      if (s === "lagging" && d !== null) expect(d).toBeLessThan(1e-6);
      if (s === "lagging" && y !== null) expect(y).toBeGreaterThanOrEqual(r.targetYear!);
    }), { numRuns: 5000 });
  });

  it("a growth rate's remaining required rate, kept for the years left, brings the average over the period to the target rate", () => {
    fc.assert(fc.property(rate, fc.double({ min: -30, max: 30, noNaN: true }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), (a, T, done, left) => {
      const r = { base: null, baseYear: 2020, latest: a, latestYear: 2020 + done, target: T, targetYear: 2020 + done + left, kind: "growth" as const };
      const rem = rowMeasure("remGrowth", r, { method: "time", tolerance: 0.05 }) as number;
      const average = Math.pow(Math.pow(1 + a / 100, done) * Math.pow(1 + rem, left), 1 / (done + left)) - 1;
      expect(Math.abs(average - T / 100)).toBeLessThan(1e-9);
    }), { numRuns: 2000 });
  });

  it("a growth rate's time distance is ≥ 0 exactly where the rate is met", () => {
    fc.assert(fc.property(row, (x) => {
      if (x.kind !== "growth") return;
      const d = timeDistance(x, x.method);
      if (d === null) return;
      const met = gap(x.latest!, x.target!, x.comparator!, x.targetMax, "growth") === 0;
      expect(d >= -1e-9, `time distance ${d}, met ${met}`).toBe(met);
    }), { numRuns: 5000 });
  });
});
