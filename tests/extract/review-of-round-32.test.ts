// Sentences an independent review wrote to probe round 32's rules (none from a labelled document): each is a case a
// rule must leave alone, or a reading it must keep. Unit tests of the rules' limits, not evidence of generality.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear?: number): string[] =>
  extract(text, docYear === undefined ? {} : { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}|${t.year}`);
const named = (text: string, docYear: number): string[] =>
  extract(text, { docYear }).targets.map((t) => `${t.indicator}|${t.value}${t.unit}|${t.kind}`);

describe("limits of round 32's rules", () => {
  it("a level already reached (已达, 已突破, 已超过) is past in its own clause only", () => {
    expect(read("全市5G基站已达1.2万个,今年新建5G基站2000个。", 2026)).toEqual(["2000|2026"]);
    expect(read("全市高新技术企业已突破500家,2026年新增高新技术企业100家。", 2026)).toEqual(["100|2026"]);
    expect(read("全市民营经济增加值占比已超过60%,全年新增市场主体2万户。", 2026)).toEqual(["2|2026"]);
    expect(read("对营业收入已突破1亿元的企业给予一次性奖励,全年新增规上工业企业50家。", 2026)).toEqual(["50|2026"]);
    // (nor what a goal builds on)
    expect(read("到2027年,全市高新技术企业在已突破500家的基础上再新增300家。", 2026)).toEqual(["300|2027"]);
  });

  it("a goal reached ahead of time inside a qualifier (…提前完成的单位) reports nothing done", () => {
    expect(read("对年度目标任务提前完成的单位给予通报表扬,全年新增市场主体1万户。", 2026)).toEqual(["1|2026"]);
  });

  it("a year-end review's own year on a line of its own keeps the review", () => {
    expect(read("2026年终盘点:我市高质量发展取得新突破\n一、综合实力取得新突破\n2026年\n全市地区生产总值达到1420亿元,增长5.6%,新增市场主体1.2万户。", 2026)).toEqual([]);
  });

  it("a plan a page's work follows (《…》印发后, 印发已满两年) dates nothing", () => {
    expect(read("《XX省“十四五”数字经济发展规划》印发后,为抓好贯彻落实,我市研究制定了今年的数字经济工作要点。\n一、新建5G基站1000个,数字经济核心产业增加值增长10%。", 2023))
      .toEqual(["1000|2023", "10|2023"]);
    expect(read("《XX市“十四五”现代服务业发展规划》正式印发已满两年。\n下一步,将新增规上服务业企业50家。", 2023)).toEqual(["50|2023"]);
  });

  it("the items of a list of time-scale names are names too (城区1毫秒、市域5毫秒…时延圈)", () => {
    expect(read("打造城区1毫秒、市域5毫秒、省内20毫秒时延圈。", 2026)).toEqual([]);
    expect(read("打造城区15分钟、市域1小时、省内3小时交通圈。", 2026)).toEqual([]);
    expect(read("构建城区1毫秒、市域5毫秒时延圈,城市间网络时延低于10毫秒。", 2026)).toEqual(["10|2026"]);
  });

  it("what work is raised to stays an amount of work (完成投资增至, 改造…增加到)", () => {
    expect(named("力争全年完成固定资产投资增至500亿元。", 2026).map((x) => x.split("|")[2])).toEqual(["increment"]);
    expect(named("全年改造提升农村公路增加到300公里。", 2026).map((x) => x.split("|")[2])).toEqual(["increment"]);
  });

  it("two amounts joined by 和 are named whole, and an amount of growth is added", () => {
    expect(named("全市规上工业总产值和增加值增长10%。", 2026)).toEqual(["全市规上工业总产值|10%|growth", "全市规上工业增加值|10%|growth"]);
    expect(named("规上工业企业营业收入和利润总额增长10%以上。", 2026)).toEqual(["规上工业企业营业收入|10%|growth", "规上工业企业利润总额|10%|growth"]);
    expect(named("实现地区生产总值和财政收入增长8%。", 2026)).toEqual(["地区生产总值|8%|growth", "财政收入|8%|growth"]);
    expect(named("地方财政收入和税收收入增长5亿元。", 2026).map((x) => x.split("|")[2])).toEqual(["increment", "increment"]);
  });

  it("a duration a policy grants is no years of schooling (租赁年限增加到5年)", () => {
    expect(read("将人才公寓租赁年限增加到5年,全年筹集保障性租赁住房2000套。", 2026)).toEqual(["2000|2026"]);
  });

  it("a year named in passing after the words that report it dates nothing (文件明确,2028年是中期评估之年)", () => {
    expect(read("到2030年,全市地区生产总值突破2000亿元。文件明确,2028年是中期评估之年,届时将对规划实施情况进行全面评估。常住人口城镇化率达到70%。", 2026))
      .toEqual(["2000|2030", "70|2030"]);
  });
});

describe("limits of round 32's budget and news rules (a second review)", () => {
  it("an article said to have been published (此前的分析文章发表于…) dates no page: its own date line does", () => {
    const page = "市政府工作报告解读:今年新建学校12所\n发布时间:2026-02-10 10:00\n来源:市融媒体中心\n编者按:本文作者此前的分析文章发表于 2019-5-3,引起广泛关注。\n今年,全市将新建学校12所,新增学位1.5万个。";
    expect(extract(page).document.docYear).toBe(2026);
  });

  it("a share of the places that all do something is a target (全省超过95%的乡镇均能提供…)", () => {
    expect(read("全省超过95%的乡镇均能提供24小时应急救援服务。", 2026)).toEqual(["95|2026"]);
  });

  it("what was arranged and handed down over the year against last year is an outturn (累计安排, 共筹措安排, 执行中)", () => {
    expect(read("全年累计安排各类资金56亿元,比上年增长9%。", 2026)).toEqual([]);
    expect(read("上年执行中,省级安排产业发展资金30亿元,比上年增长10%。", 2026)).toEqual([]);
    expect(read("市财政共筹措安排乡村振兴衔接资金9.8亿元,比上年增加1.2亿元。", 2026)).toEqual([]);
  });

  it("a paragraph of tasks after a past year's is no review of it (推进…,新建…。要确保…)", () => {
    expect(read("2025年,全省粮食总产量达到720亿斤。\n推进高标准农田建设,新建高标准农田120万亩,粮食播种面积稳定在9500万亩。要确保粮食产量稳定在700亿斤以上。", 2026))
      .toEqual(["120|2026", "9500|2026", "700|2026"]);
  });
});

