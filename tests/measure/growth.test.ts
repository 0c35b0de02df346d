import { describe, expect, it } from "vitest";
import { errorKind } from "./error-kind";
import { achievedGrowth, averageRate, remainingGrowth, requiredGrowth, requiredPointsPerYear } from "../../src/core/measure";

/** Excel's RRI(nper, pv, fv) as documented: the rate r with pv·(1+r)^nper = fv, i.e. exp(ln(fv/pv)/nper) − 1. */
function rri(nper: number, pv: number, fv: number): number {
  return Math.exp(Math.log(fv / pv) / nper) - 1;
}


describe("requiredGrowth", () => {
  const bases = [0.001, 0.5, 1, 3.7, 100, 970, 12345.6, 1e9];
  const targets = [0, 0.002, 0.5, 1, 4, 100, 1100, 13000, 2e9];
  const years = [0.5, 1, 2, 3, 5, 7, 10, 15, 30];

  it("matches Excel's RRI definition on a grid of bases, targets and periods", () => {
    let checked = 0;
    for (const b of bases) for (const t of targets) for (const n of years) {
      const r = requiredGrowth(b, t, n);
      const ref = rri(n, b, t);
      expect(Math.abs(r - ref)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(ref)));
      // The defining property of RRI: compounding the base at r for n years reaches the target
      // (checked where 1 + r keeps its precision, i.e. the target within a factor of 1000 of the base).
      if (t > 0 && t / b >= 1e-3 && t / b <= 1e3) expect(b * Math.pow(1 + r, n) / t).toBeCloseTo(1, 10);
      checked++;
    }
    expect(checked).toBe(bases.length * targets.length * years.length);
  });

  it("gives the textbook figures", () => {
    expect(requiredGrowth(100, 121, 2)).toBeCloseTo(0.1, 14);
    expect(requiredGrowth(970, 970, 5)).toBe(0);
    expect(requiredGrowth(200, 100, 1)).toBeCloseTo(-0.5, 14);
    expect(requiredGrowth(50, 0, 3)).toBe(-1);
  });

  it("is #NUM! where RRI is #NUM! or the target cannot be reached by growth", () => {
    expect(errorKind(() => requiredGrowth(100, 121, 0))).toBe("num");
    expect(errorKind(() => requiredGrowth(100, 121, -2))).toBe("num");
    expect(errorKind(() => requiredGrowth(0, 121, 2))).toBe("num");
    expect(errorKind(() => requiredGrowth(-5, 121, 2))).toBe("num");
    expect(errorKind(() => requiredGrowth(100, -1, 2))).toBe("num");
  });

  it("is #VALUE! for non-finite input", () => {
    expect(errorKind(() => requiredGrowth(Number.NaN, 1, 2))).toBe("value");
    expect(errorKind(() => requiredGrowth(1, Number.POSITIVE_INFINITY, 2))).toBe("value");
  });
});

describe("requiredPointsPerYear", () => {
  it("spreads the change in points evenly", () => {
    expect(requiredPointsPerYear(60.5, 65, 5)).toBeCloseTo(0.9, 14);
    expect(requiredPointsPerYear(30, 25, 2)).toBe(-2.5);
  });
  it("rejects a period that is not positive", () => {
    expect(errorKind(() => requiredPointsPerYear(60, 65, 0))).toBe("num");
  });
});

describe("achievedGrowth and remainingGrowth", () => {
  it("computes the CAGR between two observations", () => {
    expect(achievedGrowth(100, 133.1, 3)).toBeCloseTo(0.1, 14);
    expect(achievedGrowth(100, 100, 4)).toBe(0);
    expect(achievedGrowth(100, 0, 4)).toBe(-1);
  });
  it("computes the growth still needed from the latest value", () => {
    expect(remainingGrowth(110, 2023, 133.1, 2025)).toBeCloseTo(0.1, 14);
  });
  it("reports #NUM! for impossible inputs", () => {
    expect(errorKind(() => achievedGrowth(0, 5, 2))).toBe("num");
    expect(errorKind(() => achievedGrowth(5, -1, 2))).toBe("num");
    expect(errorKind(() => achievedGrowth(5, 6, 0))).toBe("num");
    expect(errorKind(() => remainingGrowth(0, 2023, 10, 2025))).toBe("num");
    expect(errorKind(() => remainingGrowth(5, 2025, 10, 2025))).toBe("num");
    expect(errorKind(() => remainingGrowth(5, 2026, 10, 2025))).toBe("num");
  });
});

describe("averageRate", () => {
  it("averages yearly rates geometrically, as a review averages real growth (平潭 2021 5.8%, 2022 3.6%)", () => {
    expect(averageRate([5.8, 3.6])).toBeCloseTo((Math.sqrt(1.058 * 1.036) - 1) * 100, 12);
    expect(averageRate([5.4])).toBeCloseTo(5.4, 12);
    expect(averageRate([10, -10])).toBeCloseTo((Math.sqrt(0.99) - 1) * 100, 12);
  });
  it("has no average of nothing, nor of a fall of 100% or more", () => {
    expect(errorKind(() => averageRate([]))).toBe("na");
    expect(errorKind(() => averageRate([3, -100]))).toBe("num");
  });
});
