import { describe, expect, it } from "vitest";
import { errorKind } from "./error-kind";
import {
  completionProgress, gap, gapPercent, milestones, parseComparator, parseMilestonePath, project, timeProgress,
} from "../../src/core/measure";
import type { Comparator } from "../../src/core/model";


describe("gap", () => {
  const cases: [number, number, Comparator, number | null, number][] = [
    [80, 100, ">=", null, 20],
    [120, 100, ">=", null, 0],
    [80, 100, ">", null, 20],
    [80, 100, "=", null, 20],
    [80, 100, "~", null, 20],
    [120, 100, "<=", null, 20],
    [80, 100, "<=", null, 0],
    [101, 100, "<", null, 1],
    [2, 3, "range", 5, 1],
    [4, 3, "range", 5, 0],
    [3, 3, "range", 5, 0],
    [7.5, 3, "range", 5, 2.5],
  ];
  it.each(cases)("gap(%s, %s, %s, %s) = %s", (actual, target, c, max, expected) => {
    expect(gap(actual, target, c, max)).toBeCloseTo(expected, 12);
  });

  it("needs the upper bound of a range", () => {
    expect(errorKind(() => gap(1, 2, "range"))).toBe("value");
    expect(errorKind(() => gap(1, 5, "range", 2))).toBe("num");
  });

  it("expresses the gap relative to the size of the target", () => {
    expect(gapPercent(80, 100, ">=")).toBeCloseTo(0.2, 14);
    expect(gapPercent(-12, -10, "<=")).toBe(0);
    expect(gapPercent(-8, -10, "<=")).toBeCloseTo(0.2, 14);
    expect(errorKind(() => gapPercent(1, 0, ">="))).toBe("div0");
  });
});

describe("parseComparator", () => {
  it("reads the model's spellings and the sheet's symbols", () => {
    expect(parseComparator("≥")).toBe(">=");
    expect(parseComparator(" <= ")).toBe("<=");
    expect(parseComparator("≤")).toBe("<=");
    expect(parseComparator("＝")).toBe("=");
    expect(parseComparator("≈")).toBe("~");
    expect(parseComparator("～")).toBe("range");
    expect(parseComparator("RANGE")).toBe("range");
    expect(parseComparator("")).toBe(">=");
    expect(parseComparator(null)).toBe(">=");
  });
  it("names the accepted comparators when it cannot read one", () => {
    expect(() => parseComparator("at least")).toThrow(/>= .*<=/);
    expect(errorKind(() => parseComparator("at least"))).toBe("value");
  });
});

describe("progress", () => {
  it("computes completion and time progress", () => {
    expect(completionProgress(100, 130, 150)).toBeCloseTo(0.6, 14);
    expect(completionProgress(100, 90, 150)).toBeCloseTo(-0.2, 14);
    expect(completionProgress(100, 160, 150)).toBeCloseTo(1.2, 14);
    expect(completionProgress(50, 45, 40, "level", "<=")).toBeCloseTo(0.5, 14);
    expect(timeProgress(2020, 2023, 2025)).toBeCloseTo(0.6, 14);
  });
  it("counts in the target's terms for every kind", () => {
    expect(completionProgress(60.5, 62, 65, "share")).toBeCloseTo(1 / 3, 14); // points
    expect(completionProgress(100, 90, -18, "change", "<=")).toBeCloseTo(10 / 18, 14); // 较基期下降18%
    expect(completionProgress(0, 2, 5, "increment")).toBeCloseTo(0.4, 14); // 新建学校5所
    expect(completionProgress(1000, 1320, 500, "increment")).toBeCloseTo(0.64, 14); // from a stock
    expect(completionProgress(null, 4800, 5000, "annual")).toBeCloseTo(0.96, 14); // 每年5000人次
    expect(completionProgress(100, 110, 7, "growth")).toBeNull(); // a rate: compare the rates instead
  });
  it("has no progress where there is no way to go", () => {
    expect(completionProgress(5, 6, 5)).toBeNull(); // the base met the target
    expect(completionProgress(120, 90, 100)).toBeNull();
    expect(completionProgress(40, 45, 30, "level", "range", 50)).toBeNull(); // started inside the range
    expect(completionProgress(20, 65, 30, "level", "range", 50)).toBeNull(); // ran past the range
    expect(completionProgress(70, 60, 30, "level", "range", 50)).toBeCloseTo(0.5, 14); // from above, towards 50
  });
  it("is #DIV/0! when the span is empty, and says which input a kind misses", () => {
    expect(errorKind(() => timeProgress(2020, 2021, 2020))).toBe("div0");
    expect(errorKind(() => completionProgress(null, 2, 5, "increment"))).toBe("na");
    expect(errorKind(() => completionProgress(0, 2, 5, "change"))).toBe("num");
    expect(errorKind(() => completionProgress(1, 2, 5, "level", "range"))).toBe("value");
  });
});

describe("projection and milestones", () => {
  it("projects at a constant rate", () => {
    expect(project(100, 0.1, 2)).toBeCloseTo(121, 12);
    expect(project(100, -0.5, 1)).toBe(50);
  });

  it("breaks a target into years on a geometric path", () => {
    const m = milestones(100, 2020, 121, 2022);
    expect(m.map((x) => x.year)).toEqual([2021, 2022]);
    expect(m[0]!.value).toBeCloseTo(110, 12);
    expect(m[1]!.value).toBe(121);
  });

  it("breaks a target into years on a linear path", () => {
    const m = milestones(60, 2020, 65, 2025, parseMilestonePath("线性"));
    expect(m.map((x) => x.value)).toEqual([61, 62, 63, 64, 65]);
  });

  it("rejects paths that cannot exist", () => {
    expect(errorKind(() => milestones(100, 2025, 121, 2025))).toBe("num");
    expect(errorKind(() => milestones(0, 2020, 121, 2025))).toBe("num");
    expect(errorKind(() => milestones(1, 2020.5, 121, 2025))).toBe("num");
    expect(errorKind(() => parseMilestonePath("spline"))).toBe("value");
  });
});
