// The PLAN functions return what src/core/measure computes, in the shapes Excel spills.
import { describe, expect, it } from "vitest";
import { STATUS_LABELS } from "../../src/core/model";
import { PARSE_COLUMNS } from "../../src/functions/plan";
import { makePlan } from "./fixtures";

describe("PLAN function values", () => {
  const { plan, setLanguage } = makePlan();

  it("GAP and GAPPCT follow the comparator, including ranges with an upper bound", () => {
    expect(plan.GAP([[80], [120]], 100, "≤")).toEqual([[0], [20]]);
    expect(plan.GAP(7.5, 3, "～", 5)).toEqual([[2.5]]);
    expect(plan.GAP(80, 100)).toEqual([[20]]);
    expect(plan.GAPPCT(80, 100, [[">="], ["<="]])).toEqual([[0.2], [0]]);
  });

  it("STATUS labels follow the display language", () => {
    setLanguage("en-US");
    expect(plan.STATUS(100, 2020, [[150], [130], [126], [90]], 2023, 150, 2025)).toEqual([["Achieved"], ["On track"], ["Lagging"], ["Moving away"]]);
    setLanguage("zh-CN");
    expect(plan.STATUS(100, 2020, [[150], [128]], 2023, 150, 2025)).toEqual([[STATUS_LABELS["zh-CN"].achieved], [STATUS_LABELS["zh-CN"].moderate]]);
    setLanguage("en-US");
  });

  it("STATUS reads method, tolerance and kind per row", () => {
    const r = plan.STATUS(100, 2020, 126, 2023, [[150], [150], [6]], 2025, ">=", [["time"], ["time"], [""]], [[0.05], [0.1], [""]], [["level"], ["level"], ["增速"]]);
    // 100 → 126 over 3 years is 8.0% a year: above a 6% growth target, so on track before the target year.
    expect(r).toEqual([["Lagging"], ["Moderate"], ["On track"]]);
  });

  it("MILESTONES spills year and value columns ending at the target", () => {
    expect(plan.MILESTONES(60, 2020, 65, 2025, "linear")).toEqual([[2021, 61], [2022, 62], [2023, 63], [2024, 64], [2025, 65]]);
    const g = plan.MILESTONES([[100]], [[2020]], [[121]], [[2022]]);
    expect(g[0]![0]).toBe(2021);
    expect(g[0]![1]).toBeCloseTo(110, 12);
    expect(g[1]).toEqual([2022, 121]);
  });

  it("CONVERT broadcasts a column of units", () => {
    expect(plan.CONVERT([[1], [2]], [["亿元"], ["万元"]], "元")).toEqual([[100000000], [20000]]);
  });

  it("PARSE spills one row per target with the documented columns", () => {
    const rows = plan.PARSE("地区生产总值达到970亿元,常住人口达到120万人");
    expect(PARSE_COLUMNS.slice(0, 6)).toEqual(["indicator", "comparator", "value", "unit", "year", "kind"]);
    expect(rows).toEqual([
      ["地区生产总值", ">=", 970, "亿元", "", "level", ""],
      ["常住人口", ">=", 120, "万人", "", "level", ""],
    ]);
  });
});
