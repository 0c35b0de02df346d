// Mechanisms round 39's first scores (dev176–) showed missing: how a report of a plan for a later period dates the goals
// it goes on to list, and what a report counts of the plan itself. Sentences written for these tests (unit tests of the
// rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { findFlatBreaks } from "../../src/core/text/flat";

const read = (text: string, docYear?: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}${t.unit}|${t.year}`);

describe("a plan for a later period, reported", () => {
  const lead = "国务院编制了《中华人民共和国国民经济和社会发展第十五个五年规划纲要(草案)》,提交大会审查。这里就主要目标指标作简要报告。\n\n";
  it("named in full (第十五个五年规划纲要) dates the goals the paragraphs after it list", () => {
    expect(read(`${lead}绿色低碳方面\n\n其中,提出单位国内生产总值二氧化碳排放累计降低17%\n\n劳动年龄人口平均受教育年限提高到11.7年`, 2026)).toEqual([
      "单位国内生产总值二氧化碳排放累计|17%|2030", "劳动年龄人口平均受教育年限|11.7年|2030",
    ]);
  });
  it("as with its short name (“十五五”规划纲要…提出)", () => {
    expect(read("“十五五”规划纲要草案提出,数字经济核心产业增加值占国内生产总值比重达到12.5%。", 2026)).toEqual(["数字经济核心产业增加值占国内生产总值比重|12.5%|2030"]);
  });
  it("but not a plan the year's work only follows (贯彻第十五个五年规划纲要)", () => {
    expect(read("认真贯彻《国民经济和社会发展第十五个五年规划纲要》。\n\n全年新增城镇就业5万人。", 2026)).toEqual(["新增城镇就业|5万人|2026"]);
  });
});

describe("what a report counts of the plan itself", () => {
  it("a caption that is only the count of what it sets out (细化提出20项) is no target", () => {
    expect(read("主要目标指标\n\n细化提出20项\n\n经济发展方面", 2026)).toEqual([]);
  });
  it("while a count of work ending its line stays a target (新增发明专利20项)", () => {
    expect(read("主要目标指标\n\n全年新增发明专利20项\n\n经济发展方面", 2026)).toEqual(["新增发明专利|20项|2026"]);
  });
});

describe("a summary's captions, one per line", () => {
  const page = ["成都东部新区召开工作会议", "“十四五”时期发展成就总结", "- 产业立城:累计引进重点产业化项目86个,总投资约1650亿元",
    "- 人才集聚:高新技术企业数量达51家、增长4.1倍,认定产业人才3.1万人", "“十五五”时期发展目标(至2030年)", "- 核心经济指标:力争地区生产总值达到500亿元"].join("\n");
  it("head their parts: a period's achievements are the past, its goals' caption with its time in brackets heads the goals", () => {
    expect(read(page, 2026)).toEqual(["地区生产总值|500亿元|2030"]);
  });
  it("inside a summary run into one line, stand on a line of their own (…[1][10] “十四五”时期发展成就总结 - …)", () => {
    const line = "文章核心观点 - 新区召开工作会议,总结“十四五”期间的发展成就,并研究部署“十五五”规划及2026年经济工作,推动新区从“打基础、建骨架”向“强功能、兴产业”迈进 [1][10] " +
      "“十四五”时期发展成就总结 - 产业立城与项目引进:基本形成城市新区空间格局,累计引进重点产业化项目86个,总投资约1650亿元 [2][4] - 创新平台与人才集聚:高新技术企业数量达51家、增长4.1倍,认定产业人才3.1万人 [6] " +
      "- 基础设施与公共服务:城镇建成区面积拓展1倍,市政道路里程增长2.19倍,新增学位2.6万个 [9] “十五五”时期发展目标(至2030年) - 核心经济指标:力争地区生产总值达到500亿元,常住人口城镇化率达55% [10]";
    let lines = line;
    for (const e of [...findFlatBreaks(line)].reverse()) lines = lines.slice(0, e.start) + e.by + lines.slice(e.end);
    const split = lines.split("\n").map((l) => l.trim());
    expect(split).toContain("“十四五”时期发展成就总结");
    expect(split).toContain("“十五五”时期发展目标(至2030年)");
  });
  it("a caption after an item that closed with its amount is no wrapped line of it (…新开工15个 / 运转保障目标)", () => {
    const list = "加快布局类新签约20个,新开工15个\n运转保障目标\n新引进各类人才1.2万人以上";
    expect(extract(list, { docYear: 2025 }).targets.map((t) => t.text)).toContain("新开工15个");
  });
});

describe("a month that dates a text issued", () => {
  it("is no months-so-far of results: what the text sets follows (今年9月,…印发的《意见》明确提出,…到“十五五”时期末…)", () => {
    expect(read("今年9月,省委、省政府印发的《关于支持成都加快高质量发展的意见》就明确提出,到“十五五”时期末经济总量超过3.2万亿元,全国百强县百强区超过16个。", 2025)).toEqual([
      "经济总量|3.2万亿元|2030", "全国百强县百强区|16个|2030",
    ]);
  });
});
