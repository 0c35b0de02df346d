// Year, section and responsible units from the context of a target.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { targetsOf } from "./targets-of";

describe("year from context", () => {
  it("到2025年 in the sentence", () => {
    expect(targetsOf("力争到2025年,全市进出口总额突破15亿美元。")[0].year).toBe(2025);
  });
  it("到 2025 年 spaced off as in text taken from a PDF; 比 2020 年 stays a base", () => {
    expect(targetsOf("到 2025 年，全市森林覆盖率达到 45%以上。")[0].year).toBe(2025);
    expect(targetsOf("到 2035 年，城乡居民收入比 2020 年增长 40%以上。")[0].year).toBe(2035);
  });
  it("十四五 → 2025", () => {
    expect(targetsOf("“十四五”期间,外商直接投资年均增长5%。")[0].year).toBe(2025);
  });
  it("年内 → the document's year, 3年内 → document year + 3", () => {
    const ts = targetsOf("年内规模以上工业企业技改覆盖面达到30%以上。3年内技改投资累计达到100亿元。", 2021);
    expect(ts.map((t) => t.year)).toEqual([2021, 2024]);
  });
  it("a goals paragraph that opens with a year sets it until the next heading; the plan horizon fills the rest", () => {
    const doc = [
      "2024年8月26日", "一、总体要求", "(二)发展目标", "2027年,城区功能品质大幅提升。",
      "——综合实力显著增强。地区生产总值突破970亿元。", "二、重点任务", "(一)实施创新发展行动。力争高新技术企业突破135家。",
    ].join("\n");
    const ts = extract(doc).targets;
    expect(ts.map((t) => [t.value, t.year])).toEqual([[970, 2027], [135, 2027]]);
    expect(extract(doc).document.horizon).toBe(2027);
  });
  it("a 2024年工作要点 attachment → 2024", () => {
    const doc = ["2024年8月26日", "发展目标:到2027年,地区生产总值突破970亿元。", "附件2", "城市功能品质活力提升", "2024年工作要点",
      "一、老旧小区改造。计划改造老旧小区11个。"].join("\n");
    expect(extract(doc).targets.map((t) => [t.value, t.year])).toEqual([[970, 2027], [11, 2024]]);
  });
  it("a caption that is only a plan period (遇见,“十四五”) dates the goals under it, also when run onto the line before", () => {
    const page = "2021-01-15 17:19 来源:澎湃新闻\n▲一座门户节点城市\n全面形成发展格局\n遇见,“十四五”\n▲产业发展高效\n全区地区生产总值年均增长率达到6%左右\n高新技术企业达到1500家\n";
    expect(extract(page).targets.map((t) => [t.value, t.year])).toEqual([[6, 2025], [1500, 2025]]);
    expect(extract(page.replace("格局\n遇见", "格局遇见")).targets.map((t) => t.year)).toEqual([2025, 2025]);
  });
  it("a title naming a plan period that ended before the document (全区基本完成了“十三五”规划) sets no horizon", () => {
    const page = "2021-01-15 17:19 来源:澎湃新闻\n全区基本完成了“十三五”规划\n确定的主要目标任务。\n高新技术企业达到1500家\n";
    expect(extract(page).document.horizon).not.toBe(2020);
  });
  it("a plan a page says was issued (发布《…“十四五”规划》) dates its goals; one already issued, named in passing, does not", () => {
    const page = "近日,省人社厅发布《四川省人力资源和社会保障事业发展“十四五”规划》。《规划》提出,城镇新增就业达到425万人以上。";
    expect(extract(page, { docYear: 2021 }).targets.map((t) => t.year)).toEqual([2025]);
    expect(extract("目前,已发布《临港新片区蓝色经济发展“十四五”规划》。新增土地约1000亩。", { docYear: 2021 }).document.horizon).toBe(2021);
  });
  it("an indicator table's title naming a plan period (宝应县“十四五”卫生健康主要发展指标) dates the goals of the excerpt", () => {
    const page = "——健康服务能力显著增强。每千常住人口注册护士达3.5人。\n宝应县“十四五”卫生健康主要发展指标\n分类 序号 主要指标 单位 2025年 指标性质\n";
    expect(extract(page, { docYear: 2022 }).targets.map((t) => t.year)).toEqual([2025]);
  });
  it("the formal name of a plan (第十五个五年规划纲要(草案)) and a paragraph on its draft date the goals it sets to the period's end", () => {
    const page = "2026年3月5日,国务院编制了《中华人民共和国国民经济和社会发展第十五个五年规划纲要(草案)》(简称《纲要(草案)》)。\n《纲要(草案)》提出,全社会研发经费投入年均增长7%以上。\n";
    expect(extract(page).targets.map((t) => t.year)).toEqual([2030]);
    const draft = "全国人大会议将审议批准十五五规划纲要草案，其分18篇共62章。经济发展方面提出3项指标，冀至2035年人均国内生产总值较2020年翻一番。在科技领域，提出社会研发经费投入年均增长7%以上。\n";
    // (a far vision, 至2035年, dates its own clause; the parts of the text, 18篇, are no target)
    expect(extract(draft, { docYear: 2026 }).targets.map((t) => `${t.value}|${t.year}`)).toEqual(["7|2030"]);
  });
  it("a report of the year's growth goal (将今年国内生产总值增长目标设定在…) is the year's work, whatever plan period it names", () => {
    const news = "总理做政府工作报告,将今年国内生产总值(GDP)增长目标设定在百分之四点五至百分之五。\n李强表示,主要考虑十五五(二〇二六至二〇三〇年)开局之年。\n其他经济目标还包含:城镇调查失业率百分之五点五左右。\n";
    expect(extract(news, { docYear: 2026 }).targets.map((t) => `${t.value}|${t.year}`)).toEqual(["4.5|2026", "5.5|2026"]);
  });
  it("a later horizon opening a sentence of the line (…。到2030年,…) dates the lines after it", () => {
    const doc = "《意见》要求:到2025年,体系初步形成。森林覆盖率达到24.1%。到2030年,全面绿色转型取得显著成效。\n非化石能源消费比重达到25%左右;森林蓄积量达到190亿立方米。\n";
    expect(extract(doc, { docYear: 2021 }).targets.map((t) => `${t.value}|${t.year}`)).toEqual(["24.1|2025", "25|2030", "190|2030"]);
  });
  it("a base year is not the target year: 比2020年增长", () => {
    expect(targetsOf("到2025年,城乡居民收入比2020年增长40%以上。")[0].year).toBe(2025);
  });
});

describe("section path", () => {
  it("lists the headings from the outermost", () => {
    const doc = ["一、高质量推进创新发展", "(一)建设提升创新研发平台。", "1.建设高水平技术研发平台。力争新建国家级创新平台1家。"].join("\n");
    expect(extract(doc).targets[0].section).toEqual(["一、高质量推进创新发展", "(一)建设提升创新研发平台", "1.建设高水平技术研发平台"]);
  });
});

describe("responsible units", () => {
  it.each([
    ["(责任单位:区发改委、区统计局)", ["区发改委", "区统计局"]],
    ["(市科技局牵头,各县区政府、亳州高新区管委会配合)", ["市科技局", "各县区政府", "亳州高新区管委会"]],
    ["(牵头单位:市商务局;配合单位:市财政局)", ["市商务局", "市财政局"]],
    ["(责任部门:县教育局)", ["县教育局"]],
    ["(市发改委、市统计局)", ["市发改委", "市统计局"]],
    ["责任单位:区城管局、区住建局", ["区城管局", "区住建局"]],
  ])("%s", (tail, units) => {
    expect(targetsOf(`地区生产总值突破970亿元。${tail}`)[0].responsible).toEqual(units);
  });
});
