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
    expect(completionProgress(50, 45, 40)).toBeCloseTo(0.5, 14);
    expect(timeProgress(2020, 2023, 2025)).toBeCloseTo(0.6, 14);
  });
  it("is #DIV/0! when the span is empty", () => {
    expect(errorKind(() => completionProgress(5, 6, 5))).toBe("div0");
    expect(errorKind(() => timeProgress(2020, 2021, 2020))).toBe("div0");
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
