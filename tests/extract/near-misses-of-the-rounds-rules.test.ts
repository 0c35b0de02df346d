// Near misses of this round's rules, found by an independent review with passages of its own: each rule's reading where
// ordinary text looks like its case but is not. Sentences written for these tests (unit tests of the rules, not evidence
// of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear?: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}${t.unit}|${t.year}|${t.kind}`);
const values = (text: string, docYear?: number): string[] => read(text, docYear).map((t) => t.split("|")[1]);

describe("a tab row holding only a name is the rest of the name above only where that name was cut", () => {
  it("not after a short name, nor a part's label or a 其中 row", () => {
    const head = "主要指标\n指标\t2020年\t2025年\n城镇新增就业\t4.5万人\t5万人\n";
    for (const row of ["单位地区生产总值二氧化碳排放降低(%)\t\t", "二、创新驱动(5项)\t\t", "其中:高技术制造业增加值(亿元)\t\t"]) {
      expect(read(head + row + "\n森林覆盖率(%)\t40\t42\n", 2021).map((t) => t.split("|")[0])).toEqual(["城镇新增就业", "森林覆盖率"]);
    }
  });
  it("a long first part, even one the rest of which opens with letters (…增加值占 / GDP比重(%))", () => {
    expect(read("指标\t2020年\t2025年\t属性\n数字经济核心产业增加值占\t9.6\t13\t预期性\nGDP比重(%)\t\t\t\n", 2021).map((t) => t.split("|")[0])).toEqual(["数字经济核心产业增加值占GDP比重"]);
  });
});

describe("how many projects a list took is no count to reach", () => {
  it("only where nothing strives for it (力争5个项目入选 is a goal)", () => {
    expect(extract("今年,我市将积极争取省级专项资金支持,力争5个项目入选。", { docYear: 2026 }).targets.map((t) => t.value)).toEqual([5]);
    expect(extract("全年确保2个项目入选。", { docYear: 2026 }).targets.map((t) => t.value)).toEqual([2]);
  });
  it("lines of a year's goals (省级重点项目20项 / 市级重点项目50项) stay goals", () => {
    expect(values("2026年重点项目建设目标\n省级重点项目20项\n市级重点项目50项\n", 2026)).toEqual(["20项", "50项"]);
  });
});

describe("a service given to people in part of the year", () => {
  it("reported when the period opens its sentence (前三季度,全市为5.2万名…提供; 一季度,我市为…提供)", () => {
    expect(read("前三季度,全市为5.2万名困难群众提供临时救助,发放救助金1.2亿元。", 2025)).toEqual([]);
    expect(read("一季度,我市为1.3万名企业职工提供免费技能培训,发放培训补贴860万元。", 2025)).toEqual([]);
  });
  it("a deadline under a heading of the period's work (一季度重点工作安排 / 一季度,为2500名…提供…)", () => {
    expect(values("一季度重点工作安排\n一季度,为2500名育龄妇女提供免费孕前优生健康检查。\n", 2026)).toEqual(["2500名"]);
  });
});

describe("the document's year from a review's opening", () => {
  it("a year's words of effort before its results report it (2025年,我们着力推动…,增长5.3%)", () => {
    const page = "2025年,我们着力推动高质量发展,全市地区生产总值增长5.3%。今年主要预期目标是:地区生产总值增长5%左右。";
    expect(extract(page).document.docYear).toBe(2026);
    expect(read(page)).toEqual(["地区生产总值|5%|2026|growth"]);
  });
  it("goals a result lays the ground for are not met (为全面完成2026年各项目标任务打下了坚实基础)", () => {
    expect(extract("过去一年,全市经济稳中向好,为全面完成2026年各项目标任务打下了坚实基础。今年全市地区生产总值预期增长5.5%。").document.docYear).not.toBe(2027);
  });
  it("a plan's base year for a change over its period dates nothing (在2020年的基础上累计下降13.5%, 以2020年为基期)", () => {
    expect(extract("今年,全市单位地区生产总值能耗要在2020年的基础上累计下降13.5%,森林覆盖率达到45%。").document.docYear).toBeNull();
    expect(extract("今年,我市将以2020年为基期,在2020年基础上确保单位GDP二氧化碳排放下降18%的目标如期实现。").document.docYear).toBeNull();
  });
  it("this year's expected figure ends a paragraph's review (过去一年,…全面完成了2025年目标任务。今年…预期增长6%)", () => {
    expect(read("过去一年,面对复杂形势,全县上下迎难而上,全面完成了2025年目标任务。今年全县地区生产总值预期增长6%。")).toEqual(["全县地区生产总值预期|6%|2026|growth"]);
  });
});

describe("quoted names side by side, opening with their figures, stay one phrase", () => {
  it("“5G+智慧教育”“互联网+医疗健康”示范项目15个, “15分钟便民生活圈”“一刻钟健身圈”30个", () => {
    expect(read("实施“5G+智慧教育”“互联网+医疗健康”示范项目15个。", 2026)).toEqual(["实施“5G+智慧教育”“互联网+医疗健康”示范项目|15个|2026|increment"]);
    expect(read("打造“15分钟便民生活圈”“一刻钟健身圈”30个。", 2026).map((t) => t.split("|").slice(1).join("|"))).toEqual(["30个|2026|increment"]);
  });
});

describe("a minimum after a measure's name or a word of reach is a level, not work", () => {
  it("最大承载量不少于2万名游客, 总数不少于5000个…, 惠及/覆盖/带动/容纳不少于…", () => {
    for (const s of ["景区单日最大承载量不少于2万名游客。", "到年底,全市公共充电桩总数不少于5000个充电终端。", "项目惠及不少于5万名农村群众。", "心理健康服务覆盖不少于50所中小学校。"]) {
      expect(read(s, 2026).map((t) => t.split("|")[3])).toEqual(["level"]);
    }
  });
});

describe("either of two thresholds is no condition on a goal (…超过50万吨或增产5%以上的目标)", () => {
  it("keeps the amount", () => {
    expect(values("确保全年粮食总产量超过50万吨或增产5%以上的目标。", 2026)).toContain("50万吨");
  });
});

describe("a call to meet one year's goals before this year's figures", () => {
  it("dates the page to the year called for (要…确保圆满完成2026年各项目标任务。今年…预期增长5.5%)", () => {
    expect(read("要认真总结过去一年的经验,确保圆满完成2026年各项目标任务。今年全市地区生产总值预期增长5.5%。")).toEqual(["全市地区生产总值预期|5.5%|2026|growth"]);
  });
  it("not goals a result lays the ground for (为全面完成2026年各项目标任务打下了坚实基础)", () => {
    expect(extract("过去一年,全市经济稳中向好,为全面完成2026年各项目标任务打下了坚实基础。今年全市地区生产总值预期增长5.5%。").document.docYear).toBeNull();
  });
});
