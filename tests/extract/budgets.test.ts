// Budget reports, annual plans and their news summaries (预算草案的报告, 政府预算公开, 计划完成投资…): what a budget or
// plan arranges for its year, compared with last year's outturn, is a target; the year under review, headed by its own
// subheading, is past.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { allTargetsOf, brief, targetsOf } from "./targets-of";

describe("amounts a budget arranges, compared with last year", () => {
  it("收入安排69669万元,比上年实际完成增加2719万元,增长4%: the level, its change and its growth, one indicator", () => {
    const doc = "2022年全县一般公共预算收入安排69669万元,比上年实际完成增加2719万元,增长4%。";
    expect(targetsOf(doc, 2022).map(brief)).toEqual([
      "全县一般公共预算收入|=|69669|万元|level", "全县一般公共预算收入|=|2719|万元|increment", "全县一般公共预算收入|=|4|%|growth",
    ]);
  });
  it("a decrease keeps its value as written and its indicator (税收收入安排43184万元,比上年实际完成减少3993万元)", () => {
    const doc = "2022年,税收收入安排43184万元,比上年实际完成减少3993万元,下降8.46%。";
    expect(targetsOf(doc, 2022).map((t) => `${t.indicator}|${t.value}|${t.kind}`)).toEqual([
      "税收收入|43184|level", "税收收入|3993|increment", "税收收入|8.46|growth",
    ]);
  });
  it("under a heading of the budget's arrangements (1.收入安排情况), a numbered paragraph compared with last year sets targets", () => {
    const doc = "二、一般公共预算收支安排情况\n1.收入安排情况\n(1)根据县委经济工作会议安排,地方一般公共预算收入116059万元,较上年增加6570万元,增长6%。";
    expect(targetsOf(doc, 2024).map((t) => t.value)).toEqual([116059, 6570, 6]);
  });
  it("a year's outturn compared with the year before stays past (2021年,…收入完成66950万元,比上年增长5%)", () => {
    expect(allTargetsOf("2021年,全县一般公共预算收入完成66950万元,比上年增长5%。", 2022)).toEqual([]);
    expect(allTargetsOf("全县一般公共预算收入完成66950万元,比上年增长5%。", 2022)).toEqual([]);
  });
  it("the budget's year from its opening (安排了2022年部门预算, 2024年财政收支预算的主要指标安排如下)", () => {
    expect(extract("科学合理的安排了2022年部门预算。具体安排如下:\n收入安排69669万元。").document.docYear).toBe(2022);
    expect(extract("2024年政府预算公开\n根据上述指导思想,2024年财政收支预算的主要指标安排如下:").document.docYear).toBe(2024);
  });
});

describe("a news summary's subheadings that open with a year", () => {
  const doc = [
    "记者报道,市财政局局长作了关于2023年预算执行情况和2024年预算草案的报告。",
    "2023年全市一般公共预算总收入637.58亿元",
    "2023年,全市一般公共预算总收入637.58亿元,其中:当年收入292.14亿元,完成预算的101.7%,增长6%。",
    "全市一般公共预算总支出604.93亿元,其中:当年支出526.91亿元,增长9.5%。收支相抵,结转下年32.65亿元。",
    "2024年全市一般公共预算收入安排306.74亿元",
    "2024年,全市一般公共预算收入安排306.74亿元,增长5%。全市一般公共预算支出安排532.2亿元,增长1%左右。",
  ].join("\n");
  it("the past year's subheading makes the paragraphs under it past; the next year's sets targets again", () => {
    expect(allTargetsOf(doc, 2024).map((t) => t.value)).toEqual([306.74, 306.74, 5, 532.2, 1]);
  });
});

describe("shares listed with 分别", () => {
  it("税收收入和非税收入占一般公共预算收入的比重分别为62%、38%: each item's share of the same whole", () => {
    expect(targetsOf("2022年,税收收入和非税收入占一般公共预算收入的比重分别为62%、38%。", 2022).map((t) => `${t.indicator}|${t.kind}`)).toEqual([
      "税收收入占一般公共预算收入的比重|share", "非税收入占一般公共预算收入的比重|share",
    ]);
  });
  it("the measure before 占 is shared too (…核心产业、…产业增加值占GDP比重)", () => {
    expect(targetsOf("到2025年,数字经济核心产业、战略性新兴产业增加值占GDP比重分别达到10%、20%。", 2022).map((t) => t.indicator)).toEqual([
      "数字经济核心产业增加值占GDP比重", "战略性新兴产业增加值占GDP比重",
    ]);
  });
});

describe("plans compared with last year, and two-year totals", () => {
  it("计划完成投资402亿元,比上年增长27%左右: planned work with a bounded change on last year is a target", () => {
    expect(targetsOf("今年全市大交通计划完成投资402亿元,比上年增长27%左右。", 2023).map((t) => t.value)).toEqual([402, 27]);
  });
  it("a result stated exactly against last year stays past (全市完成交通投资402亿元,比上年增长27%)", () => {
    expect(allTargetsOf("全市完成交通投资402亿元,比上年增长27%。", 2023)).toEqual([]);
  });
  it("今明两年计划新增…: a total to the end of next year, after last year's base", () => {
    const found = targetsOf("在去年全省新增基础教育公办学位61万个基础上,今明两年计划新增公办学位学前教育13万个、义务教育80万个。", 2024);
    expect(found.map((t) => `${t.value}|${t.year}|${t.period}`)).toEqual(["13|2025|cumulative", "80|2025|cumulative"]);
  });
  it("a meeting of the year conveyed dates a page that says only 今年 (会议传达了2024年全市春季农业生产现场会议精神)", () => {
    expect(extract("据了解,今年我县计划播种粮食面积68万亩。会议传达了2024年全市春季农业生产现场会议精神。").document.docYear).toBe(2024);
  });
});
