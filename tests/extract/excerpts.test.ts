// A section of a document read alone, as a user pastes it, with the document's year given (--doc-year): its title,
// its date and the headings above it are gone, so what dates and frames its numbers must come from its own words.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked } from "./targets-of";

const read = (text: string, docYear: number): string[] =>
  ticked(extract(text, { docYear }).targets).map((t) => `${t.value}${t.unit} ${t.year}`);
/** Every target, the unsure ones marked. */
const all = (text: string, docYear: number): string[] =>
  extract(text, { docYear }).targets.map((t) => `${t.value}${t.unit} ${t.year}${t.confidence === "low" ? " low" : ""}`);

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

describe("what the round's rules must leave alone (from its review)", () => {
  it("a plan's goals headed 取得新突破 / 取得新进展 under its goals stay goals", () => {
    const text = "第二章 “十五五”时期发展目标\n(一)科技创新取得新突破\n研发经费投入强度达到3%。\n(二)改革开放取得新进展\n实际使用外资累计达到50亿美元。\n";
    expect(all(text, 2026)).toEqual(["3% 2030", "50亿美元 2030"]);
  });
  it("a run-on page's chapter keeps its name after its mark (第一章 发展回顾 is one heading, a review)", () => {
    const filler = "坚持以人民为中心的发展思想,统筹发展和安全,推动经济社会高质量发展。".repeat(6);
    const text = `某市国民经济和社会发展第十五个五年规划纲要 第一章 发展回顾 全市地区生产总值达到5000亿元,城镇新增就业12万人。${filler} 第二章 发展目标 到2030年,全市地区生产总值达到7000亿元。`;
    expect(all(text, 2026)).toEqual(["7000亿元 2030"]);
  });
  it("全年 meaning year-round in a five-year plan is no year's work (全年空气质量优良天数, 全年全天候通航)", () => {
    const text = "某市生态环境保护“十五五”规划\n全年空气质量优良天数达到330天以上。打造全年全天候通航的内河航道,通航里程达到800公里。\n";
    expect(all(text, 2026)).toEqual(["330天 2030", "800公里 2030"]);
  });
  it("十三五以来 looks back in a document of 2019 as in any year", () => {
    expect(all("今年要着力稳增长。“十三五”以来,全市累计新增城镇就业12万人,建成高标准农田30万亩。", 2019)).toEqual([]);
  });
  it("a plan the page carries out (贯彻落实…印发的《…十五五…规划》) sets no horizon of the page's own", () => {
    const text = "某市空气质量持续改善行动实施方案\n为深入贯彻落实省政府印发的《某省“十五五”生态环境保护规划》,结合我市实际,制定本方案。\n" +
      "一、工作目标\n到2027年,全市细颗粒物浓度降至30微克/立方米。\n二、重点任务\n新建公共充电桩5000个。\n";
    expect(all(text, 2026)).toEqual(["30微克/立方米 2027", "5000个 2027"]);
  });
  it("a five-year plan's chapter of 民生实事 keeps the plan's end; the year's goals under a heading of the year keep the year", () => {
    expect(all("某市国民经济和社会发展第十五个五年规划纲要\n第十二章 持续办好民生实事\n新建中小学20所。\n", 2026)).toEqual(["20所 2030"]);
    expect(all("二、2026年工作安排\n未来五年,是全面建设的关键时期。全市经济社会发展的主要目标是:地区生产总值增长6%左右。\n", 2026)).toEqual(["6% 2026"]);
  });
  it("a share started on time is no count of work done (90%以上按期开工); a markdown row's long remark keeps its row whole", () => {
    expect(all("确保省市重点项目90%以上按期开工。", 2026)).toEqual(["90% 2026 low"]);
    const remark = "该指标 按照 省里 统一 口径 计算 含 全部 常住人口 ".repeat(20);
    const table = `| 指标 | 单位 | 2025年 | 2030年 | 备注 |\n|---|---|---|---|---|\n| 地区生产总值 | 亿元 | 5000 | 7000 | ${remark} |\n| 城镇新增就业 | 万人 | 10 | 12 | 预期性 |\n`;
    expect(all(table, 2026)).toEqual(["7000亿元 2030", "12万人 2030"]);
  });
});
