// Forms met on real pages of round 46, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => all(text, docYear).targets.filter((t) => t.confidence !== "low");

describe("the year of a plan a news page names in full", () => {
  it("is the year of the 《…》 title the page reports on (《2020年…工作方案》正式发布)", () => {
    const text = "近日,《2020年沈阳市农业农村污染治理工作方案》正式发布。\n今年,沈阳将整治100个行政村,完成50处农村黑臭水体治理。\n";
    expect(all(text).document.docYear).toBe(2020);
    expect(ticked(text).map((t) => [t.value, t.year])).toEqual([[100, 2020], [50, 2020]]);
  });
  it("is the plan part of a report's title (《关于2012年…执行情况及2013年…草案的报告》)", () => {
    const text = "在昨天举行的会议上,《关于2012年全市预算执行情况及2013年全市预算草案的报告》给出了答案。今年安排教育支出23亿元。\n";
    expect(all(text).document.docYear).toBe(2013);
  });
  it("but not a horizon years after the page's date (《廉江行动2030实施方案》)", () => {
    const dated = "发布时间:2024-03-05\n会议解读了《廉江行动2030实施方案》。今年新建公园5个。\n";
    expect(all(dated).document.docYear).toBe(2024);
  });
});

describe("a year's goals a news lead says were set", () => {
  it("dates the page by them (郑州立2019年生态环境目标, 确立了…2019年的…工作重点)", () => {
    const text = "郑州立2019年生态环境目标:力争实现215个优良天\n\n其中,在空气质量方面,力争城市优良天数达到215天以上,比2018年增加47天。\n";
    expect(all(text).document.docYear).toBe(2019);
    expect(ticked(text).find((t) => t.value === 215 && t.unit === "天")?.year).toBe(2019);
    expect(all("采访人员获悉,该局已经确立了郑州市2019年的生态环境工作重点。今年新建公园5个。\n").document.docYear).toBe(2019);
  });
  it("but not goals said met (确定的2019年目标全面完成) nor a horizon (确定了到2025年的目标)", () => {
    expect(all("会议确定的2019年目标全面完成。今年新建公园5个。\n").document.docYear).toBeNull();
    expect(all("规划确定了到2025年的目标。今年新建公园5个。\n").document.docYear).toBeNull();
  });
});

describe("a bound between a verb of removing and what it removes", () => {
  it("sizes which things are removed, no goal of its own (消除56人以上大班额, 关停30万千瓦以下煤电机组)", () => {
    const r = all("今年,全市将全面消除56人以上大班额,关停30万千瓦以下煤电机组,新建幼儿园20所。", 2020);
    expect(r.targets.map((t) => t.value)).toEqual([20]);
    expect(r.mentions?.filter((m) => m.role === "qualifier").map((m) => m.text)).toEqual(["56人以上", "30万千瓦以下"]);
  });
  it("but a count of the things removed is the goal (关闭5家以上小煤矿), as is a bound closing the clause", () => {
    expect(ticked("今年关闭5家以上小煤矿,淘汰落后产能100万吨以上。", 2020).map((t) => t.value)).toEqual([5, 100]);
  });
});
