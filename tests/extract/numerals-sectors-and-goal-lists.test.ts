// Forms met on real pages of round 40, each rule with its example sentences: tens written as one character (廿八万人),
// villages counted with 村, a verb working in listed places, a year's sentence of what will be done, a heading of a
// year's key indicators over bulleted items, goals compared with last year, industry sections whose names hold a 、,
// an amount named as the goal, a class bounded by an amount, 力争经过N年努力. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { parseChineseNumeral } from "../../src/core/numbers/chinese";

const all = (text: string, docYear?: number) => extract(text, { docYear }).targets;
const read = (text: string, docYear?: number): string[] =>
  all(text, docYear).filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}${t.unit}|${t.year}`);

describe("tens written as one character (廿, 卅, 卌)", () => {
  it("read as the digit and 十 they stand for", () => {
    expect(parseChineseNumeral("廿八")).toBe(28);
    expect(parseChineseNumeral("卅")).toBe(30);
    expect(parseChineseNumeral("卌五")).toBe(45);
  });
  it("state an amount in a sentence (城镇新增就业不少于廿八万人)", () => {
    expect(read("今年将实施稳岗扩容提质行动,城镇新增就业不少于廿八万人。", 2026)).toEqual(["城镇新增就业|28万人|2026"]);
  });
});

describe("villages counted with 村", () => {
  it("after 等 or a verb (完成…等31村整村推进项目, 实施110村…奖补项目)", () => {
    expect(read("今年完成上袁等31村扶贫开发整村推进项目建设;实施110村农村公益事业奖补项目。", 2015).map((t) => t.split("|")[1])).toEqual(["31村", "110村"]);
  });
  it("but not a village's numbers (银都1-7村), nor the words it opens (村级, 村民)", () => {
    expect(read("今年对银都1-7村小区内部雨污混接点位进行改造。", 2025)).toEqual([]);
    const units = all("今年建成10村级服务站。", 2025).map((t) => t.unit);
    expect(units).not.toContain("村");
  });
});

describe("a verb, then the places it works in listed, then its count", () => {
  it("keeps the count the verb's (解决刘坪、中山等乡镇4万人的饮水不安全问题), for review", () => {
    const t = all("今年将解决刘坪、中山等乡镇4万人的饮水不安全问题。", 2015);
    expect(t.map((x) => `${x.value}${x.unit}`)).toEqual(["4万人"]);
  });
  it("while an amount before 的 with no verb still qualifies (消除年收入5万元以下的薄弱村)", () => {
    expect(all("刘坪、中山等乡镇年收入5万元以下的薄弱村。", 2015)).toEqual([]);
  });
});

describe("a year opening a sentence that goes on to what will be done", () => {
  it("dates the page (2015年,…继续把…,将集中力量办好十件民生实事)", () => {
    const r = extract("2月11日,记者从会议上了解到,2015年,秦安县继续把为人民群众办实事作为政府工作的出发点,将集中力量办好十件民生实事。分别是:建成公共租赁住房634套。");
    expect(r.document.docYear).toBe(2015);
  });
  it("but not where what follows is done (2015年,…,将…纳入…,完成了…)", () => {
    const r = extract("2015年,全县继续加大投入,将农村公路纳入考核,完成了公路建设300公里。");
    expect(r.document.docYear).not.toBe(2015);
  });
});

describe("a heading naming a year's key indicators", () => {
  const page = "2月18日,全市推进会召开。\n2024年重点指标\n◆GDP同比增长5%;规上工业总产值431亿元。\n◆新认定高企94家、专精特新“小巨人”企业至少1家。\n";
  it("makes its bulleted items goals of the year, 同比 or not", () => {
    expect(read(page).map((t) => t.split("|")[0])).toEqual(["GDP", "规上工业总产值", "新认定高企", "专精特新“小巨人”企业"]);
  });
  it("but not an earlier year's indicators in a later page (2023年主要指标)", () => {
    expect(read("2023年主要指标\n◆GDP同比增长5.2%;规上工业总产值420亿元。\n", 2024)).toEqual([]);
  });
});

describe("goals listed first in their sentence", () => {
  it("are goals though compared with last year (主要预期目标是:…增长6%左右,固定资产投资与上年度持平)", () => {
    expect(read("2024年全区经济发展的主要预期目标是:地区生产总值增长6%左右,固定资产投资与上年度持平;粮食总产量保持在10.42万吨以上。"))
      .toEqual(["地区生产总值|6%|2024", "粮食总产量|10.42万吨|2024"]);
  });
  it("but how they went is a review (主要预期目标完成情况:…比上年增长6.2%)", () => {
    expect(read("2023年主要预期目标完成情况:地区生产总值比上年增长6.2%。", 2024)).toEqual([]);
  });
});

describe("an industry section whose name holds a 、", () => {
  it("is one indicator's scope, not a list (居民服务、修理和其他服务业增加值年均增长8.5%以上)", () => {
    expect(read("力争2024-2025年,居民服务、修理和其他服务业增加值年均增长8.5%以上。", 2024)).toEqual(["居民服务、修理和其他服务业增加值|8.5%|2025"]);
  });
  it("while a list of sections still shares its rate (批发业、零售业增加值均增长6%)", () => {
    expect(read("2024年批发业、零售业增加值均增长6%。", 2024)).toHaveLength(2);
  });
});

describe("an amount named as the goal", () => {
  it("is no rule (围绕…、重大项目2个以上的目标)", () => {
    expect(read("2026年,全镇围绕“四新”项目“1643”、重大项目2个以上的目标,加大招商力度。").map((t) => t.split("|")[1])).toEqual(["2个"]);
  });
});

describe("an amount bounding the class of projects it names", () => {
  it("is no amount to reach (全力突破10亿元以上项目)", () => {
    expect(read("2026年引进5亿元项目2个以上,全力突破10亿元以上项目。").map((t) => t.split("|")[1])).toEqual(["2个"]);
  });
  it("while a total to reach stays one (项目总投资突破10亿元以上)", () => {
    expect(read("2026年项目总投资突破10亿元以上。").map((t) => t.split("|")[1])).toEqual(["10亿元"]);
  });
});

describe("力争经过N年努力", () => {
  it("looks ahead from the document's year", () => {
    expect(read("力争经过3年努力,全省数字经济增加值达到5.5万亿元。", 2022)).toEqual(["全省数字经济增加值|5.5万亿元|2024"]);
  });
  it("but 经过3年努力 alone counts no years ahead (it may look back: 经过3年努力,…累计建成…)", () => {
    expect(read("经过3年努力,全省数字经济增加值达到5.5万亿元。", 2022).map((t) => t.split("|")[2])).not.toContain("2024");
  });
});

describe("a lead-in to the plan's own text (…,现制定如下:)", () => {
  it("names earlier years as its grounds, not the time of the plan", () => {
    const text = "2026年老旧小区改造工作计划\n结合2023-2025年老旧小区改造实践经验,现制定如下:\n一、总体目标\n2026年计划完成32个老旧小区改造任务。通过改造组合,力争改造后小区物业管理覆盖率达100%。\n";
    expect(read(text).map((t) => t.split("|").slice(1).join("|"))).toEqual(["32个|2026", "100%|2026"]);
  });
  it("while a list a past year's lead-in introduces stays that year's (2024年工作总结如下:)", () => {
    expect(read("2024年主要工作完成情况如下:\n新建幼儿园5所。\n", 2025)).toEqual([]);
  });
});

describe("a year closing the words before a value", () => {
  it("dates the value and is no part of its name (营业收入到2025年达到600亿元; 比例(2027年均达到80%)", () => {
    expect(read("全市新型储能产业营业收入到2025年达到600亿元以上。", 2022)).toEqual(["全市新型储能产业营业收入|600亿元|2025"]);
    expect(read("初中毕业年级达标学生比例(2027年均达到80%,2035年均达到85%)。", 2026)).toEqual(["初中毕业年级达标学生比例|80%|2027", "初中毕业年级达标学生比例|85%|2035"]);
  });
});

describe("how many of a counted whole are of a kind", () => {
  it("is no goal (13项主要指标中与基础教育直接相关的有3项)", () => {
    expect(read("13项教育强国建设主要指标中与基础教育直接相关的有3项,包括学前教育毛入园率(2027年达到93%)。", 2026)).toEqual(["学前教育毛入园率|93%|2027"]);
  });
});

describe("a page dated at the year's end on next year's work", () => {
  it("speaks of the date's year as 今年 and of the year of work as 明年", () => {
    const r = extract("2018-12-26 19:11:00来源:央广网\n交通运输部26日召开2019年全国交通运输工作会议。预计明年将新改建农村公路20万公里。\n");
    expect(r.document.docYear).toBe(2018);
    expect(r.targets.map((t) => t.year)).toEqual([2019]);
  });
});

describe("an outlook's expected amounts", () => {
  it("are a forecast, no goal (展望2026年,…预计寄递业务量将达2300亿件)", () => {
    expect(read("展望2026年,邮政行业业务依然向好,预计寄递业务量将达2300亿件。", 2026)).toEqual([]);
  });
  it("while a plan's amount after 预计 for a later year stays one (预计到2027年将达到500亿元)", () => {
    expect(read("预计到2027年,全市数字经济规模将达到500亿元。", 2025)).toEqual(["全市数字经济规模|500亿元|2027"]);
  });
});

describe("a verb written with its alternative in brackets", () => {
  it("adds what it builds (在旧城区新(改)建公共厕所10座)", () => {
    expect(all("今年在旧城区新(改)建公共厕所10座。", 2017).map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("a deadline written without 年, as headlines write it", () => {
  it("dates the goal and is no part of its name (厦门到2025将建成2.3万张养老床位)", () => {
    expect(read("厦门到2025将建成2.3万张养老床位。", 2020)).toEqual(["厦门养老床位|2.3万张|2025"]);
  });
  it("while an amount reached after 到 stays one (增长到2025亿元)", () => {
    expect(read("全年地区生产总值增长到2025亿元。", 2020)).toEqual(["地区生产总值|2025亿元|2020"]);
  });
});
