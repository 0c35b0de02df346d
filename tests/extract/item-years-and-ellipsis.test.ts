// Mechanisms round 37's first scores (dev154–dev156) and residual failures showed missing: a year opening a sentence dating
// the sentences after it; a page's year from a meeting held or a next year's work planned; a plan's later stage as its
// horizon; a period looked to; parts of an amount after semicolons; places listed with one size each; headlines restating
// a reported figure. Sentences written for these tests (unit tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const yearOf = (text: string): number | null => extract(text).document.docYear ?? null;
const read = (text: string, docYear?: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}${t.unit}|${t.year}|${t.kind}`);

describe("a year opening a sentence", () => {
  it("dates the sentences after it in its paragraph that name no year, where it is later than the page's year", () => {
    expect(read("3、推进和美乡村建设。2023年编制完成321个村庄规划。支持100个村创建乡村振兴示范村。", 2022)).toEqual(["321个|2023|increment", "100个|2023|increment"]);
    // (a sentence stating nothing still opens its year: 2023年实施…项目。实现…)
    expect(read("4、加大截污治污力度。2023年实施城区污水综合治理项目。新建污水管网20公里。", 2022)).toEqual(["20公里|2023|increment"]);
  });
  it("not the next paragraph, nor past a sentence naming another year", () => {
    expect(read("2023年编制完成321个村庄规划。\n支持100个村创建示范村。", 2022)).toEqual(["321个|2023|increment", "100个|2022|increment"]);
    expect(read("2023年启动10所学校新建,2025年全部建成。新增学位5000个。", 2022)).toEqual(["10所|2023|increment", "5000个|2022|increment"]);
  });
  it("not where it is a milestone before the plan's horizon (2024年完成…。…达到100%。到2025年,…)", () => {
    expect(read("到2025年,建成旅游强县。\n2024年完成景区游客中心改造提升10处。A级旅游景区厕所达标率达到100%。", 2024).at(-1)).toBe("100%|2025|share");
  });
});

describe("the page's year and the plan's horizon", () => {
  it("from a year's work meeting named after 召开的 (从今天召开的2026年…工作会议上获悉)", () => {
    expect(yearOf("记者从今天(1月14日)召开的2026年内蒙古自治区交通运输工作会议上获悉,今年计划推进73个重大项目。")).toBe(2026);
  });
  it("from the next year's work a year-end meeting plans (总结2025年经济工作,…谋划2026年经济工作)", () => {
    expect(yearOf("12月30日,成都召开市委经济工作会议,总结2025年经济工作,分析当前经济形势,谋划2026年经济工作。要打造30个特色制造业园区。")).toBe(2026);
  });
  it("a plan's goals in stages run to the later one (到2024年底,…;到2026年底,…): its tasks with no year are for it", () => {
    const text = "聚焦主体,实施五大行动。到2024年底,全市出口额提升至650亿元;到2026年底,全市出口总量提升到1400亿元以上。\n1.壮大主体。遴选16个特色产业带进行分类培育。";
    expect(read(text, 2024)).toEqual(["650亿元|2024|level", "1400亿元|2026|level", "16个|2026|increment"]);
  });
  it("a paragraph opening with the period it looks to (聚焦“十五五”,北京将…) is dated by it; 聚焦“十五五”重大工程 is not", () => {
    expect(read("聚焦“十五五”,北京将推动城市更新年均投资达到2000亿元以上。", 2025).map((t) => t.split("|")[1])).toEqual(["2030"]);
    expect(read("聚焦“十五五”重大工程,今年完成投资500亿元。", 2025).map((t) => t.split("|")[1])).toEqual(["2025"]);
  });
});

describe("kinds and lists", () => {
  it("parts of an amount added, listed after 其中, stay amounts added past a semicolon", () => {
    expect(read("今年计划完成投资521亿元,其中,铁路195亿元;公路320亿元;民航6亿元。", 2026)).toEqual(["521亿元|2026|increment", "195亿元|2026|increment", "320亿元|2026|increment", "6亿元|2026|increment"]);
  });
  it("work started or resumed and burdens lifted are amounts added; a size a verb of support drives toward is a level", () => {
    expect(read("全年开复工重点项目3000个以上。", 2025)).toEqual(["3000个|2025|increment"]);
    expect(read("为经营主体减负700亿元以上。", 2025)).toEqual(["700亿元|2025|increment"]);
    expect(read("推动规上工业企业营业收入突破5000亿元。", 2025)).toEqual(["5000亿元|2025|level"]);
  });
  it("a count after a sized noun shares the verb of the count before (…200亿元区2个,100亿元区4个)", () => {
    expect(read("培育跨境电子商务交易额200亿元区2个,100亿元区4个。", 2025)).toEqual(["2个|2025|increment", "4个|2025|increment"]);
  });
  it("places listed with one size give one target each; an amount added may be their joint one", () => {
    expect(extract("支持萧山区、余杭区出口规模超200亿元。", { docYear: 2025 }).targets.map((t) => t.indicator)).toEqual(["萧山区出口规模", "余杭区出口规模"]);
    expect(read("东城区、西城区新建养老床位500张。", 2025)).toEqual(["500张|2025|increment"]);
  });
  it("the last two items of a list joined by 及 are two indicators when each is named whole", () => {
    expect(extract("地区生产总值、工业增加值、固定资产投资及社会消费品零售总额均增长5%左右。", { docYear: 2025 }).targets.map((t) => t.indicator))
      .toEqual(["地区生产总值", "工业增加值", "固定资产投资", "社会消费品零售总额"]);
    expect(extract("规上工业增加值、白酒及保健酒产业产值均增长10%。", { docYear: 2025 }).targets).toHaveLength(2);
  });
  it("a value raised from a rate per head (由每人每月1800元提高到2200元) starts from a base, and the name is the standard's", () => {
    const t = extract("孤儿基本生活最低养育标准由每人每月1800元统一提高到2200元。", { docYear: 2025 }).targets;
    expect(t.map((x) => `${x.value}|${x.indicator}`)).toEqual(["2200|孤儿基本生活最低养育标准"]);
  });
});

describe("no targets", () => {
  it("a plan's tasks counted by kind after their list (…完整社区建设等8类重点任务)", () => {
    expect(read("北京将重点实施老旧小区整治改造、完整社区建设等8类重点任务。", 2025)).toEqual([]);
  });
  it("what a subject has already done (人才公租房已配租10余万户次)", () => {
    expect(read("人才公租房已配租10余万户次", 2025)).toEqual([]);
  });
  it("a headline restating a figure its page reports as done, but not a headline's goal", () => {
    const page = "贵州省能源工作会:完成能源投资4200亿元\n\n“十四五”贵州省能源投资累计完成4200亿元。到2030年,电源总装机达1.4亿千瓦。";
    expect(read(page, 2026)).toEqual(["1.4亿千瓦|2030|level"]);
    const goal = "新疆2026年地区生产总值预期目标增长5.5%\n\n2025年,全区地区生产总值增长5.5%。2026年,地区生产总值预期增长5.5%。";
    expect(read(goal, 2026)[0]).toBe("5.5%|2026|growth");
  });
});
