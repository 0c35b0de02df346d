// A section of a document read alone, as a user pastes it, with the document's year given (--doc-year): its title,
// its date and the headings above it are gone, so what dates and frames its numbers must come from its own words.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked } from "./targets-of";

const read = (text: string, docYear: number): string[] =>
  ticked(extract(text, { docYear }).targets).map((t) => `${t.value}${t.unit} ${t.year}`);

describe("a year's list of projects in an excerpt with goals of a plan period", () => {
  const goals = "“十五五”时期经济社会发展的主要目标是:到2030年,全省地区生产总值突破8万亿元。\n";
  it("a list introduced as 民生实事 with no year is the document's year's, not the period's end (继续办好十件民生实事:)", () => {
    expect(read(`${goals}继续办好十件民生实事:\n1.新建改扩建幼儿园100所。\n2.改造城镇老旧小区1500个。\n`, 2026))
      .toEqual(["8万亿元 2030", "100所 2026", "1500个 2026"]);
  });
  it("…and so is a heading that names them ((六)办好民生实事)", () => {
    expect(read(`到2030年,全区地区生产总值达到2000亿元。\n\n(六)办好民生实事\n\n新建幼儿园10所,改造老旧小区50个。\n`, 2026))
      .toEqual(["2000亿元 2030", "10所 2026", "50个 2026"]);
  });
  it("a list that names its year keeps it, and tasks under a plan period's goals keep the period's end", () => {
    expect(read(`${goals}2027年民生实事项目如下:\n1.新建幼儿园100所。\n`, 2026)).toEqual(["8万亿元 2030", "100所 2027"]);
    expect(read(`到2030年,全区地区生产总值达到2000亿元。\n\n三、重点任务\n\n(一)推进产业升级。新建5G基站1200个。\n`, 2026))
      .toEqual(["2000亿元 2030", "1200个 2030"]);
  });
});

describe("the year's own words against a deadline elsewhere in the excerpt", () => {
  it("全年 in a paragraph is the document's year, though another paragraph's deadline (到2017年底前) became the horizon", () => {
    const text = "全面做好精准扶贫工作,到2017年底前实现农村贫困人口96户全部稳定脱贫。\n\n" +
      "全力做好创业就业工作。全年实现新增就业5300人,再就业1500人。\n";
    expect(read(text, 2016)).toEqual(["96户 2017", "5300人 2016", "1500人 2016"]);
  });
});

describe("a work report's review without its review heading", () => {
  it("a heading that a part of the work achieved something (城市建设取得新进展, 民生社会事业取得新进步) heads a review", () => {
    for (const heading of ["(二)城市建设取得新进展", "(三)民生社会事业取得新进步", "(四)改革开放取得重大突破"]) {
      expect(read(`${heading}\n\n东山组团全年完成投资15.9亿元,建成6座水冲式公厕。\n`, 2016)).toEqual([]);
    }
  });
  it("…not one that sets work to achieve it (推动乡村振兴取得新突破)", () => {
    expect(read("(三)推动乡村振兴取得新突破\n\n全年新建高标准农田10万亩。\n", 2026)).toEqual(["10万亩 2026"]);
  });
  it("a report's address before a past year (各位代表,2017年,…) opens a review of that year", () => {
    const text = "各位代表,2017年,我们主动践行新发展理念,推动了经济社会的持续健康发展。一般公共预算收入完成10.4亿元;社会消费品零售总额完成159.5亿元。\n";
    expect(read(text, 2018)).toEqual([]);
  });
});

describe("a work report's page whose heading and paragraphs ran together", () => {
  const page = "二、新一届政府努力方向和2022年重点工作今后五年,我们肩负全方位推动高质量发展超越的历史重任。政府工作的总体要求是:坚持稳中求进。" +
    "奋斗目标是:地区生产总值增速保持在6.5-7.5%,进出口总值年均增长20%,整体经济实力明显增强。" +
    "2022年是新一届政府开局之年。我们必须坚持稳字当头、稳中求进。经济社会发展的主要预期目标是:地区生产总值增长7%以上,社会消费品零售总额增长9.5%。\n";
  it("the five years a paragraph opens with date the goals it names after a colon, though its heading names the year's work", () => {
    expect(read(page, 2022).slice(0, 2)).toEqual(["6.5% 2026", "20% 2026"]);
  });
  it("a sentence opening on the document's year as its subject (2022年是…) dates what follows it", () => {
    expect(read(page, 2022).slice(2)).toEqual(["7% 2022", "9.5% 2022"]);
  });
  it("新落地 counts the new ones (新落地平台型总部经济企业10家以上)", () => {
    expect(extract("今年,新落地平台型总部经济企业10家以上。", { docYear: 2020 }).targets.map((t) => t.kind)).toEqual(["increment"]);
  });
});
