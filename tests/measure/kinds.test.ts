// Which measure a target takes (docs/measures.md, "Which measure a target takes"), from the example sentences.
import { describe, expect, it } from "vitest";
import { measureOf, type MeasureKind } from "../../src/core/measure";
import type { Target } from "../../src/core/model";

type Fields = Pick<Target, "kind" | "period" | "baseYear" | "decrease" | "text">;
const rate = (text: string, more: Partial<Fields> = {}): Fields => ({ kind: "growth", period: null, baseYear: null, text, ...more });

describe("measureOf", () => {
  it.each<[string, Fields, MeasureKind]>([
    ["年均增长7%", rate("地区生产总值年均增长7%"), "growth"],
    ["a one-year rate (今年增长6%左右)", rate("地区生产总值增长6%左右"), "growth"],
    ["以2020年为基期…年均增长10%: a base year, still a rate per year", rate("规模以上工业增加值年均增长10%", { baseYear: 2020 }), "growth"],
    ["a table's 年均增速 cell with the 2020 column as its base", rate("旅游总收入亿元5015024.6%", { baseYear: 2020 }), "growth"],
    ["a table's 增长 row with the base year's rate", rate("地区生产总值增长%5.4—6.5-7.5", { baseYear: 2020 }), "growth"],
    ["较2020年下降18%", rate("单位地区生产总值能耗较2020年下降18%", { baseYear: 2020, decrease: true }), "change"],
    ["比2020年增长50%", rate("研发经费投入比2020年增长50%", { baseYear: 2020 }), "change"],
    ["累计下降13.5%", rate("单位地区生产总值能耗累计下降13.5%", { period: "cumulative", decrease: true }), "change"],
    ["a fall per year (年均下降3%)", rate("单位地区生产总值能耗年均下降3%", { decrease: true }), "growth"],
  ])("%s → %s", (_, t, expected) => {
    expect(measureOf(t)).toBe(expected);
  });
});
