// The base of a target: the year a change is measured from and, where the document states it, the value then.
import { describe, expect, it } from "vitest";
import { baseYearOf } from "../../src/core/extract/refiners/base";
import { targetsOf } from "./targets-of";

describe("base year", () => {
  it.each([
    ["单位地区生产总值能耗较2020年下降", 2020], ["城乡居民收入比2020年增长", 2020], ["以2020年为基期,到2025年", 2020],
    ["在2018年基础上翻一番", 2018], ["较二〇二〇年下降", 2020], ["到2025年,地区生产总值达到", null],
  ])("%s → %s", (before, year) => {
    expect(baseYearOf(before)).toBe(year);
  });

  it("到2030年单位地区生产总值能耗较2020年下降18%, 二氧化碳排放较2020年下降20%: base 2020, a fall", () => {
    const ts = targetsOf("到2030年,单位地区生产总值能耗较2020年下降18%,单位地区生产总值二氧化碳排放较2020年下降20%。", 2023);
    expect(ts.map((t) => [t.indicator, t.value, t.year, t.baseYear, t.decrease])).toEqual([
      ["单位地区生产总值能耗", 18, 2030, 2020, true], ["单位地区生产总值二氧化碳排放", 20, 2030, 2020, true],
    ]);
  });

  it("takes the base value from the review's value of the same indicator in the base year", () => {
    const doc = ["一、发展基础", "2020年,全县地区生产总值达到320亿元,城镇化率达到55%。", "二、发展目标",
      "到2025年,地区生产总值比2020年增长40%,达到450亿元;城镇化率较2020年提高5个百分点。"].join("\n");
    const ts = targetsOf(doc, 2021);
    expect(ts.map((t) => [t.indicator, t.value, t.baseYear, t.baseValue])).toEqual([
      ["地区生产总值", 40, 2020, 320], ["地区生产总值", 450, 2020, 320], ["城镇化率", 5, 2020, 55],
    ]);
  });
});
