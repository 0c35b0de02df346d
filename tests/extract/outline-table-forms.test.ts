// Forms a 十五五 outline's main-indicator table takes on a user's page: the year just ended as an estimate (2025年(预计)),
// rows that lost their merged category cell, a column of the period's totals, the period's end as a year, units in a
// 单位 column such as 年 or /10万. Tables written for these tests (unit tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string): string[] =>
  extract(text).targets.filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}${t.unit}|${t.year}|${t.kind}${t.period ? `|${t.period}` : ""}`);
const cells = (rows: string[][]): string => rows.map((r) => r.join("\n\n")).join("\n\n") + "\n";

describe("a 十五五 outline's indicator table", () => {
  it("reads a base year written as an estimate (2025年(预计), 2025年预计值)", () => {
    for (const base of ["2025年（预计）", "2025年预计值"]) {
      const text = "专栏1 “十五五”时期主要指标\n\n" + cells([["指标", base, "2030年", "属性"], ["地区生产总值（亿元）", "1086", "1450", "预期性"], ["森林覆盖率（%）", "31.2", "31.5", "约束性"]]);
      expect(read(text)).toEqual(["地区生产总值|1450亿元|2030|level", "森林覆盖率|31.5%|2030|share"]);
    }
  });

  it("aligns a tab row that lost its merged category cell from the right", () => {
    const text = "专栏1 “十五五”时期主要指标\n\n类别\t指标\t2025年\t2030年\t属性\n经济发展\t地区生产总值（亿元）\t1086\t1450\t预期性\n" +
      "人均地区生产总值（万元）\t12.8\t16.5\t预期性\n绿色生态\t森林覆盖率（%）\t31.2\t31.5\t约束性\n地表水达到或好于Ⅲ类水体比例（%）\t90\t≥92\t约束性\n";
    expect(read(text)).toEqual(["地区生产总值|1450亿元|2030|level", "人均地区生产总值|16.5万元|2030|level", "森林覆盖率|31.5%|2030|share",
      "地表水达到或好于Ⅲ类水体比例|92%|2030|share"]);
  });

  it("reads a column of the period's totals as cumulative, and the period's end as a year", () => {
    const totals = "专栏1 “十五五”住房发展主要指标\n\n" + cells([["指标", "2025年", "2030年", "“十五五”累计", "属性"], ["筹集保障性租赁住房（套）", "—", "—", "12000", "预期性"],
      ["城镇住房保障受益覆盖率（%）", "24", "26", "—", "预期性"]]);
    expect(read(totals)).toEqual(["筹集保障性租赁住房|12000套|2030|increment|cumulative", "城镇住房保障受益覆盖率|26%|2030|share"]);
    const end = "专栏1 “十五五”时期主要指标\n\n" + cells([["指标", "2025年", "“十五五”期末", "属性"], ["地区生产总值（亿元）", "1086", "1450", "预期性"]]);
    expect(read(end)).toEqual(["地区生产总值|1450亿元|2030|level"]);
  });

  it("takes 年 and /10万 in a 单位 column as units, not indicators", () => {
    const text = "专栏1 “十五五”时期主要指标\n\n" + cells([["指标", "单位", "2025年", "2030年", "属性"], ["劳动年龄人口平均受教育年限", "年", "11.8", "12.3", "约束性"],
      ["孕产妇死亡率", "/10万", "9.7", "<9", "预期性"]]);
    expect(read(text)).toEqual(["劳动年龄人口平均受教育年限|12.3年|2030|level", "孕产妇死亡率|9/10万|2030|level"]);
  });

  it("reads a header of two tiers flattened into one run (2025年 | 2030年 | 属性 | 绝对值 | 绝对值 | 年均增长(%))", () => {
    const text = "专栏1 “十五五”时期主要指标\n\n" + cells([["指标", "2025年", "2030年", "属性", "绝对值", "绝对值", "年均增长（%）"],
      ["地区生产总值（亿元）", "1086", "1450", "6左右", "预期性"], ["森林覆盖率（%）", "31.2", "31.5", "—", "约束性"]]);
    expect(read(text)).toEqual(["地区生产总值|1450亿元|2030|level", "地区生产总值|6%|2030|growth", "森林覆盖率|31.5%|2030|share"]);
  });

  it("gives the one value of a row naming a change to the plan's average-growth column when its empty cells were dropped", () => {
    const text = "专栏1 “十五五”时期主要指标\n\n" + cells([["指标", "2025年", "2030年", "年均增长（%）", "属性"], ["地区生产总值（亿元）", "1086", "1450", "6左右", "预期性"],
      ["规模以上工业增加值增长（%）", "6.5", "预期性"]]);
    expect(read(text)).toEqual(["地区生产总值|1450亿元|2030|level", "地区生产总值|6%|2030|growth", "规模以上工业增加值增长|6.5%|2030|growth"]);
  });
});
