// Pages about a plan period or a year's goals, and counts of a plan's goals. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear?: number): string[] =>
  extract(text, docYear === undefined ? {} : { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}|${t.year}`);

describe("a page about a plan period", () => {
  it("takes the period's end from a headline naming its plan", () => {
    expect(read("十五五规划:目标是2035年人均GDP比2020年翻一番\n会议今天开幕,报告提出了主要目标。\n\n创新驱动方面,提出全社会研发经费投入年均增长7%以上,数字经济核心产业增加值占比达到12.5%。", 2026))
      .toEqual(["7|2030", "12.5|2030"]);
  });

  it("takes the period's end from a lead whose time is the period", () => {
    expect(read("记者从水利部了解到,“十五五”时期,我国将加快建设现代化水网。\n新增耕地灌溉面积4000万亩,农村自来水普及率达到98%。", 2026))
      .toEqual(["4000|2030", "98|2030"]);
  });

  it("but not from a period named as a time of importance, on a page of the year's work", () => {
    expect(read("“十五五”时期是基本实现现代化的关键时期。\n今年,全市新建5G基站2000个。", 2026)).toEqual(["2000|2026"]);
  });
});

describe("how many goals a plan sets", () => {
  it("is the size of its list, not a goal (20项主要目标)", () => {
    expect(read("政府工作报告指出“十五五”时期20项主要目标,经济发展方面,全社会研发经费投入年均增长7%以上。", 2026)).toEqual(["7|2030"]);
    expect(read("《规划》从四个维度提出20个具体目标。规上工业增加值年均增长6%。", 2021)).toEqual(["6|2021"]);
  });
});

describe("a report's year from the goals it is built around", () => {
  it("报告围绕2023年的发展目标 dates the page", () => {
    expect(read("1月14日上午,省长作政府工作报告。报告围绕2023年的发展目标,提出加快推进新型城镇化。\n新建改造雨水管渠1000公里。"))
      .toEqual(["1000|2023"]);
  });
});

describe("an average over years on a page of the year that opens a plan period", () => {
  it("is the period's (年均增长 on a 2026 page that names the 十五五)", () => {
    expect(read("地区生产总值年均增长6%以上\n“十五五”任务目标\n发展目标\n高质量发展取得显著成效", 2026)).toEqual(["6|2030"]);
  });

  it("but not where the line names the year, nor where the page names no period", () => {
    expect(read("报告指出,2026年计划实施640个省级重点项目;力争规模以上工业增加值年均增长6.5%左右。在“十五五”的开局之春。", 2026))
      .toEqual(["640|2026", "6.5|2026"]);
    expect(read("地区生产总值年均增长6%以上。", 2026)).toEqual(["6|2026"]);
  });
});

describe("a paragraph after one reporting a later period's plan", () => {
  it("goes on with its goals when it names no time of its own", () => {
    const page = "全国人大会议将审议批准十五五规划纲要草案,其分18篇共62章。经济发展方面提出3项指标。\n\n" +
      "推进全体人民共同富裕,劳动年龄人口平均受教育年限提高到11.7年;人均预期寿命提高到80岁。";
    expect(read(page, 2026)).toEqual(["11.7|2030", "80|2030"]);
  });

  it("but not one that turns to the year's work", () => {
    const page = "全国人大会议将审议批准十五五规划纲要草案,其分18篇共62章。经济发展方面提出3项指标。\n\n" +
      "今年发展主要预期目标是经济增长4.5%至5%,城镇新增就业1200万人以上。";
    expect(read(page, 2026)).toEqual(["4.5|2026", "1200|2026"]);
  });
});

