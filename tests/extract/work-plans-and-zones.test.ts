// Shapes of real sentences from the year's work plans of development zones, townships and bureaus, a project's
// progress page and special plans' tables that no rule read before: how such pages set their year (a dateline, a
// zone's 重点工作 list, a 现场会), plans and progress in one sentence, and table rows whose blank cells moved.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { allTargetsOf, targetsOf } from "./targets-of";

const docYearOf = (text: string): number | null => extract(text).document.docYear ?? null;

describe("the year of a zone's, a township's or a bureau's page", () => {
  it("a dateline labelled 时间: in a line of page furniture dates the page", () => {
    expect(docYearOf("激扬争先锐气\n新闻 时间:2025年02月20日 来源:今日高密\n力争全年新招引项目15个以上。")).toBe(2025);
  });
  it("a zone's list of the year's work (2025年开发区重点工作及责任清单)", () => {
    expect(docYearOf("2025年开发区重点工作及责任清单\n力争全年盘活僵尸企业10家。")).toBe(2025);
  });
  it("the year's 现场会 and the work it deploys (部署了2025年…春季农业生产工作); not a meeting held in the past", () => {
    expect(docYearOf("近日,2025年龙门县春耕生产现场会召开。今年全县粮食播种面积31.2万亩。")).toBe(2025);
    expect(docYearOf("会议部署了2025年龙门县春季农业生产工作。今年全县粮食播种面积31.2万亩。")).toBe(2025);
    expect(docYearOf("2024年春耕生产现场会总结表彰大会召开。")).toBe(null);
  });
  it("a first quarter to open well names the year (誓保2025第一季度经济“开门红”)", () => {
    expect(docYearOf("全年工业增加值增速不低于20%,誓保2025第一季度经济“开门红”。")).toBe(2025);
  });
  it("用N年时间 and N~M年时间 count from the document's year (the first of a span)", () => {
    expect(targetsOf("力争用3年时间,全镇税收过千万元企业达到17家。", 2025).map((t) => t.year)).toEqual([2028]);
    expect(targetsOf("力争2~3年时间,全镇税收过千万元企业达到17家。", 2025).map((t) => t.year)).toEqual([2027]);
    expect(targetsOf("工作满3年时间的教师达到500名。", 2025).map((t) => t.year)).toEqual([2025]);
  });
  it("a plan to be drawn up, named with its span, is no time of the clause (编制…规划(2021—2035年))", () => {
    const doc = "到2025年,经常参加体育锻炼人数比例超过39.3%。\n河北省将编制公共体育设施空间布局规划(2021—2035年),衔接国土空间规划。全省新建体育公园不少于105个。";
    expect(targetsOf(doc, 2021).map((t) => `${t.value}|${t.year}`)).toEqual(["39.3|2025", "105|2025"]);
    expect(targetsOf("全省实施体育发展规划(2021—2035年),新建体育公园不少于105个。", 2021).map((t) => t.year)).toEqual([2035]);
    expect(targetsOf("全省编制体育发展规划(2021—2035年),新建体育公园不少于105个。", 2021).map((t) => t.year)).toEqual([2021]);
  });
});

describe("the plan and the progress of one project", () => {
  it("a clause opening with the plan sets it, beside what the months so far have done", () => {
    const line = "2.小型病险水库除险加固项目(新增蓄水能力):计划新增蓄水能力2万方,1-5月实际完成新增蓄水能力0.88万方,已完成投资61.6万元;";
    expect(allTargetsOf(line, 2025).map((t) => t.value)).toEqual([2]);
    expect(allTargetsOf("1.灌区改造项目:计划恢复和改善灌溉面积0.3万亩,1-5月实际完成恢复和改善灌溉面积0.12万亩;", 2025).map((t) => t.value)).toEqual([0.3]);
  });
  it("what a work brings once done turns a paragraph on the progress so far to the time ahead (项目建成后,可…)", () => {
    const doc = "截至目前,全区已完成总工程量的43.9%,预计十月底前全部竣工。项目建成后,可恢复和改善灌溉面积0.3万亩,新增蓄水能力10万方。";
    expect(targetsOf(doc, 2025).map((t) => t.value)).toEqual([0.3, 10]);
    expect(allTargetsOf("截至目前,全区已完成总工程量的43.9%。项目建成后,发挥了很好作用,灌溉面积0.3万亩。", 2025)).toEqual([]);
  });
  it("a project's 任务安排 sets, its 落实情况 reports; a table header of the same names heads nothing", () => {
    const doc = "光明区2025年民生实事:教育优质行动(4项)\n任务安排\n新建、改扩建中小学校13所,新增义务教育学位17490座。\n落实情况\n第一季度:4所学校已基本完工,其余9所学校正加快推进建设。";
    expect(allTargetsOf(doc, 2025).map((t) => t.value)).toEqual([13, 17490]);
    const table = "序号\n\n内容与要求\n\n进展情况\n\n责任单位\n\n1\n\n确保地区生产总值增长7%左右。\n\n1-2月,金融机构存贷款余额实现正增长。\n\n市发改委";
    expect(targetsOf(table, 2020).map((t) => t.value)).toEqual([7]);
  });
  it("a count in brackets closing a title line counts its items (教育优质行动(4项))", () => {
    expect(allTargetsOf("光明区2025年民生实事:教育优质行动(4项)\n新建中小学校13所。", 2025).map((t) => t.value)).toEqual([13]);
    expect(allTargetsOf("全年完成重点改革任务(不少于20项),推进有力。", 2025).map((t) => t.value)).toContain(20);
  });
});

describe("counts and kinds of a zone's work", () => {
  it("work on land in stock (盘活460亩低效土地, 收储300亩土地, 腾退200亩低效用地) is work of the year", () => {
    for (const s of ["盘活460亩低效土地。", "收储300亩土地。", "腾退200亩低效用地。"]) {
      expect(targetsOf(s, 2025).map((t) => t.kind)).toEqual(["increment"]);
    }
  });
  it("verbs sharing their 建 (新、扩建…125所) add, also after a place and 将", () => {
    expect(targetsOf("全市新、扩建义务教育学校125所。", 2021).map((t) => t.kind)).toEqual(["increment"]);
    expect(targetsOf("长沙将新、扩建义务教育学校125所。", 2021).map((t) => t.kind)).toEqual(["increment"]);
  });
});

describe("a table whose blank cells were moved to the row's end", () => {
  const table = [
    "表 1:“十四五”时期卫生健康事业发展主要指标",
    "类别 | 序号 | 指标名称 | 单位 | 2025年 |",
    "健康水平 指标 | 1 | 人均期望寿命 | 岁 | 83 |",
    "2 | 婴儿死亡率 | ‰ | <5 | |",
    "3 | 孕产妇死亡率 | 1/10万 | <7 | |",
    "15 | 出生人口性别比 | <109 | ||",
  ].join("\n");
  it("fits each row's cells to the columns they can be (a 序号 is no category, a unit column holds a unit)", () => {
    expect(targetsOf(table, 2022).map((t) => `${t.indicator}|${t.value}|${t.unit}|${t.comparator}`)).toEqual([
      "人均期望寿命|83|岁|=", "婴儿死亡率|5|‰|<", "孕产妇死亡率|7|1/10万|<", "出生人口性别比|109||<",
    ]);
  });
  it("leaves a full row where it stands", () => {
    const full = "指标名称 | 单位 | 2020年 | 2025年 |\n地区生产总值 | 亿元 | 300 | 450 |\n研发投入强度 | % | 2.1 | |";
    expect(targetsOf(full, 2021).map((t) => `${t.indicator}|${t.value}|${t.year}`)).toEqual(["地区生产总值|450|2025"]);
  });
});
