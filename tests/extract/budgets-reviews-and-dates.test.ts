// Shapes of real sentences no rule read before (round 32): a budget's amount arranged against last year's outturn, a
// review going on in the paragraph after it until a sentence turns ahead, a forum page's date, a plan to be drawn up for a period, a plan's completion rate, a coefficient with a
// will before its verb, a threshold on the places that all do something. Texts written for these tests are unit tests
// of one rule each, not evidence that the engine generalises.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { documentYear } from "../../src/core/document/doc-year";
import { readIssueDate } from "../../src/core/document/metadata";

const read = (text: string, docYear?: number): string[] =>
  extract(text, docYear === undefined ? {} : { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}|${t.year}`);

describe("a budget's arrangement against last year", () => {
  it("安排…支出N亿元,比上年执行数增长6.9% sets the year's amounts, words between 安排 and the number and all", () => {
    expect(read("2026年全国一般公共预算安排国防支出1.94万亿元,比上年执行数增长6.9%,其中:中央本级支出1.91万亿元,比上年执行数增长7%。", 2026))
      .toEqual(["1.94|2026", "6.9|2026", "1.91|2026", "7|2026"]);
    // (an outturn compared with last year stays past)
    expect(read("2025年全国一般公共预算国防支出完成1.81万亿元,比上年增长7.2%。", 2026)).toEqual([]);
  });
});

describe("a review going on in the next paragraph", () => {
  it("goes on sentence by sentence until one turns to what will be done", () => {
    const doc = "报告提到,2023年长春市工业稳中快进。一汽在长春生产整车156万辆。\n同时,长春市消费加速回暖,商品房销售面积增长5%,新车销量增长47.7%。升级打造冰雪新天地,新雪季接待游客将突破5000万人次。";
    expect(read(doc, 2024)).toEqual(["5000|2024"]);
  });
  it("the projects of a list at a stage already reached (已立项65个, 已竣工38个) are done", () => {
    expect(read("补短板项目中,已立项65个,已竣工38个。今年新开工项目65个。", 2018)).toEqual(["65|2018"]);
  });
  it("what is done ahead of time or built already (已提前完成8件, 已新建62.675公里) and how much of the year's plan is done (完成年度计划的104.44%)", () => {
    expect(read("福州今年68件为民办实事项目已提前完成8件。新建市政燃气管网60公里,已新建62.675公里。", 2023)).toEqual(["60|2023"]);
    // (in its clause: the amount done before it, 完成改造21702间, is not read as done by it)
    expect(read("全省完成改造21702间,完成年度计划的108.5%。", 2023)).not.toContain("108.5|2023");
    // (a goal of the plan's share stays a target)
    expect(read("力争完成年度计划的100%。", 2023)).toEqual(["100|2023"]);
  });
  it("what a plan's completion rate and funds won one after another report are done", () => {
    const doc = "王前虎介绍,2024年,江西经济回升向好。扎实推进项目带动战略,3670个省大中型项目完成投资10738.2亿元、年度计划投资完成率达105%。积极抢抓政策机遇,先后争取超长期特别国债4批212亿元。";
    expect(read(doc, 2025)).toEqual([]);
  });
});

describe("the size of a list of projects", () => {
  it("…共十个方面34项(附清单), 项目总数增加2项, 其中新增17项 describe the list, they set nothing", () => {
    expect(read("2024年上海市为民办实事项目公布,共十个方面34项(附清单)\n2024年上海市为民办实事项目今天发布,共安排十方面、34项。与2023年相比,项目总数增加2项,其中新增17项。", 2024)).toEqual([]);
  });
});

describe("a page's own year", () => {
  it("a first line that opens with the year and what it will do (2024年,XX新城将坚持…)", () => {
    expect(documentYear("2024年,XX新城将坚持以…为指导,不断增强发展动能。\n主要预期目标是:全年地区生产总值增长8%-10%。", null, null)?.year).toBe(2024);
  });
  it("a year's plan of projects named near the head (《江门市2025年重点建设项目计划》正式印发), or a first line of what the year arranges", () => {
    expect(documentYear("日前,《江门市2025年重点建设项目计划》正式印发。其中,基础设施工程项目共148个,今年计划投资282.41亿元。", null, null)?.year).toBe(2025);
    expect(documentYear("2024年安排市重点项目476个,年度计划投资463.4亿元。\n1—8月份,累计完成投资325.7亿元。", null, null)?.year).toBe(2024);
  });
  it("a forum post's date after 发表于", () => {
    expect(readIssueDate("今年我市将完善提升9个体育公园\n733\n主题\n发表于 2025-3-17 09:38:13 | 显示全部楼层 |阅读模式\n正文")).toBe("2025-03-17");
  });
});

describe("a plan to be drawn up for a period", () => {
  it("names the work of the clause, not its time (科学编制“十五五”卫生健康规划,建强4个…)", () => {
    expect(read("科学编制“十五五”卫生健康规划,准确把握要求,建强4个省区域医疗中心。", 2026)).toEqual(["4|2026"]);
  });
});

describe("measures and conditions", () => {
  it("a coefficient with a will before its verb (系数力争达到0.586)", () => {
    expect(read("农田灌溉水有效利用系数力争达到0.586。", 2026)).toEqual(["0.586|2026"]);
  });
  it("增 alone before a rate is a rise (可比增3%, GDP增4.5%) — not 新增, whose count is an amount added", () => {
    const kinds = (text: string): string[] => extract(text, { docYear: 2025 }).targets.map((t) => `${t.indicator}|${t.kind}`);
    expect(kinds("财政总收入可比增3%。")).toEqual(["财政总收入|growth"]);
    expect(kinds("地区生产总值增7.5%。")).toEqual(["地区生产总值|growth"]);
    expect(kinds("文旅市场主体新增200户以上。")).toEqual(["文旅市场主体|increment"]);
  });
  it("the projects a year's list arranges are its size (安排市重大工程正式项目191项), a level", () => {
    expect(extract("上海今年安排市重大工程正式项目191项。", { docYear: 2023 }).targets.map((t) => t.kind)).toEqual(["level"]);
    // (projects carried out are work of the year)
    expect(extract("今年实施重点项目320个。", { docYear: 2023 }).targets.map((t) => t.kind)).toEqual(["increment"]);
  });
  it("a count after 为 and a will is set by the verb after its noun (计划为20个老旧小区…加装消防设施)", () => {
    expect(read("计划为20个老旧小区电动自行车集中充电场所加装消防设施,计划为100户独居等困难老年人安装智能水表。", 2024)).toEqual(["20|2024", "100|2024"]);
  });
  it("a threshold on the places that all do something (常住人口超过6万的县均能提供…)", () => {
    expect(read("常住人口超过6万的县均能提供血液透析服务。全国新增350家乡镇卫生院提供血液透析服务。", 2026)).toEqual(["350|2026"]);
  });
});

describe("a review paragraph that turns to the year's goals", () => {
  it("turns where this year's expected goals are set (今年经济社会发展主要预期目标也定了)", () => {
    expect(read("1月23日上午,省人民代表大会开幕,省长向大会报告工作。报告回顾了2023年工作。过去一年,全省地区生产总值达12.82万亿元、增长5.8%。" +
      "今年经济社会发展主要预期目标也定了,其中地区生产总值增长5%以上。", 2024)).toEqual(["5|2024"]);
  });
});

describe("an infographic's captions with a bare year", () => {
  it("2017成绩 is the year before's results, 2018目标 the year's goal", () => {
    expect(read("GDP\n2017成绩增长8%\n2018目标增长7.5%左右", 2018)).toEqual(["7.5|2018"]);
  });
});
