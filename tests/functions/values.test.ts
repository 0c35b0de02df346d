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
    const r = plan.STATUS(100, 2020, [[126], [126], [8]], 2023, [[150], [150], [6]], 2025, ">=", [["time"], ["time"], [""]], [[0.05], [0.1], [""]], [["level"], ["level"], ["增速"]]);
    // A growth rate's latest value is the achieved rate: 8% a year is above a 6% target, so on track before the target year.
    expect(r).toEqual([["Lagging"], ["Moderate"], ["On track"]]);
  });

  it("reads a growth rate's latest value as the achieved rate in %, with no base value (docs/functions.md examples)", () => {
    // 平潭 十四五: 地区生产总值增速在6.5～7.5%; the 2021–2022 average 5.9%.
    expect(plan.STATUS(null, 2020, 5.9, 2022, 6.5, 2025, "～", null, null, "增速", 7.5)).toEqual([["Moderate"]]);
    expect(plan.STATUS(320, 2020, 5.9, 2022, 6.5, 2025, "～", null, null, "增速", 7.5)).toEqual([["Moderate"]]); // a base level is not read
    // 今年地区生产总值增长6%左右, and the bulletin's 比上年增长5.4%: no base year either.
    expect(plan.STATUS(null, null, [[5.4], [6.1]], 2024, 6, 2024, "≈", null, null, "growth")).toEqual([["Moderate"], ["Achieved"]]);
    expect(plan.GAP(5.9, 6.5, "～", 7.5, "growth")[0]![0]).toBeCloseTo(0.6, 12);
    expect(plan.REACHYEAR(null, 2022, 9, 2024, 10, 2027, ">=", "time", "growth")).toEqual([[2028]]);
    expect(plan.TIMEDISTANCE(null, 2022, 9, 2024, 10, 2027, ">=", "time", "growth")[0]![0]).toBeCloseTo(-0.1916, 4);
    expect(plan.ANTICIPATED(null, 2022, 9, 2024, 10, 2027, ">=", "time", "growth")).toEqual([[""]]);
    expect(plan.TARGETLEVEL(320, 7, "growth")).toEqual([[""]]);
  });

  it("GAP, PROGRESS and TARGETLEVEL read each kind in its own terms (docs/functions.md examples)", () => {
    expect(plan.GAP(90, -18, "≤", null, "change", 100)[0]![0]).toBeCloseTo(8, 12);
    expect(plan.PROGRESS(0, 2, 5, "increment")).toEqual([[0.4]]);
    expect(plan.PROGRESS(100, 90, -18, "change", "≤")[0]![0]).toBeCloseTo(10 / 18, 12);
    expect(plan.PROGRESS(null, 4800, 5000, "每年增量")).toEqual([[0.96]]);
    expect(plan.PROGRESS(100, 110, 7, "growth")).toEqual([[""]]);
    expect(plan.TARGETLEVEL(100, -18, "change")[0]![0]).toBeCloseTo(82, 12);
    expect(plan.TARGETLEVEL(100, 5, "increment")).toEqual([[105]]);
  });

  it("STATUS takes a range's upper bound and answers in the chosen words, or as a code", () => {
    setLanguage("en-US");
    expect(plan.STATUS(20, 2020, [[40], [65]], 2023, 30, 2025, "range", "time", 0.05, "level", 50)).toEqual([["Achieved"], ["Lagging"]]);
    expect(plan.STATUS(100, 2020, [[90], [97]], 2025, -18, 2030, "≤", null, null, "change")).toEqual([["On track"], ["Lagging"]]);
    const words = (labels: string) => plan.STATUS(100, 2020, [[150], [130], [128], [126], [90], [""]], 2023, 150, 2025, ">=", "time", 0.05, "level", null, labels);
    expect(words("code")).toEqual([["achieved"], ["on-track"], ["moderate"], ["lagging"], ["away"], [""]]);
    expect(words("eurostat")).toEqual([["Target met"], ["Significant progress"], ["Moderate progress"], ["Insufficient progress"], ["Movement away"], [""]]);
    setLanguage("zh-CN");
    expect(words("中期评估")).toEqual([["提前实现"], ["快于预期"], ["基本符合预期"], ["滞后"], ["滞后"], [""]]);
    expect(words("code")).toEqual([["achieved"], ["on-track"], ["moderate"], ["lagging"], ["away"], [""]]);
    setLanguage("en-US");
  });

  it("ANTICIPATED, REACHYEAR and TIMEDISTANCE give ESCAP's anticipated progress (docs/functions.md examples)", () => {
    expect(plan.ANTICIPATED(776, 2022, 850, 2024, 970, 2027, ">", "growth")[0]![0]).toBeCloseTo(974.44, 2);
    expect(plan.REACHYEAR(0, 2020, 2, 2023, 5, 2025, ">=", "time", "increment")).toEqual([[2028]]);
    expect(plan.TIMEDISTANCE(100, 2020, 97, 2025, -20, 2030, "≤", "time", "change")[0]![0]).toBeCloseTo(-3.5, 12);
    // Met already, never at this pace, an annual amount: blank.
    expect(plan.REACHYEAR(100, 2020, [[160], [90]], 2023, 150, 2025)).toEqual([[""], [""]]);
    expect(plan.ANTICIPATED(0, 2020, 4800, 2024, 5000, 2025, ">=", "time", "annual")).toEqual([[""]]);
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
