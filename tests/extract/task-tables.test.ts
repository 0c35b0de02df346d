// Tables that share a year's task out to places (任务清单, 任务分解表): a row per place, a column per measure. Tables
// written for these tests (unit tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const rows = (text: string, docYear?: number) =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}|${t.unit}|${t.year}|${t.kind}`);

describe("a task table shared out to places", () => {
  it("reads a year's column with its unit in brackets (2022年任务安排(万亩)) and the places of a 区/单位 column", () => {
    const doc = ["附件:上海市2022年农田建设任务清单", "序号 | 区/单位 | 2022年任务安排(万亩) |", "1 | 闵行区 | 0.11 |", "2 | 宝山区 | 0.04 |", "合计 | 0.15 |"].join("\n");
    expect(rows(doc, 2022)).toEqual(["农田建设(闵行区)|0.11|万亩|2022|increment", "农田建设(宝山区)|0.04|万亩|2022|increment", "农田建设|0.15|万亩|2022|increment"]);
  });
  it("gives each measure a second header row names under the task's cell its own column (高标准农田 | 高效节水灌溉)", () => {
    const doc = ["附件:上海市2022年农田建设任务清单", "序号 | 区/单位 | 2022年任务安排(万亩) | |", "高标准农田 | 高效节水灌溉 | ||",
      "1 | 闵行区 | 0.11 | |", "6 | 金山区 | 0.55 | 0.1 |", "合计 | 3 | 0.5 |"].join("\n");
    expect(rows(doc, 2022)).toEqual([
      "高标准农田(闵行区)|0.11|万亩|2022|increment", "高标准农田(金山区)|0.55|万亩|2022|increment", "高效节水灌溉(金山区)|0.1|万亩|2022|increment",
      "高标准农田|3|万亩|2022|increment", "高效节水灌溉|0.5|万亩|2022|increment",
    ]);
  });
  it("but a second row of values is no header of measures (| 1 | 闵行区 | 0.11 | | under the task's cell)", () => {
    const doc = ["附件:上海市2022年农田建设任务清单", "序号 | 区/单位 | 2022年任务安排(万亩) | |", "1 | 闵行区 | 0.11 | |"].join("\n");
    expect(rows(doc, 2022)).toEqual(["农田建设(闵行区)|0.11|万亩|2022|increment"]);
  });
});

describe("a table of places counting measures with no year or target word", () => {
  const rows = ["县(市、区) |", "项目数量 |", "小区数 |", "户数 |", "建筑面积 |", "全市小计: |", "313 |", "313 |", "35305 |", "377.72 |", "德城区 |", "67 |", "67 |", "10797 |", "104.87 |"];
  it("sets a target per place and measure under a lead that speaks of a plan (全市计划改造313个小区)", () => {
    const doc = ["其中,全市计划改造313个小区,涉及35305户,建筑面积达377万平米。", ...rows].join("\n");
    const got = extract(doc, { docYear: 2022 }).targets.filter((t) => t.indicator.includes("("));
    expect(got.map((t) => `${t.indicator}|${t.value}|${t.year}`)).toEqual([
      "项目数量(全市小计:)|313|2022", "小区数(全市小计:)|313|2022", "户数(全市小计:)|35305|2022", "建筑面积(全市小计:)|377.72|2022",
      "项目数量(德城区)|67|2022", "小区数(德城区)|67|2022", "户数(德城区)|10797|2022", "建筑面积(德城区)|104.87|2022",
    ]);
  });
  it("but states results under a lead that reports them (全市老旧小区改造完成情况如下)", () => {
    const doc = ["2021年全市老旧小区改造完成情况统计如下:", ...rows].join("\n");
    expect(extract(doc, { docYear: 2022 }).targets).toEqual([]);
  });
});
