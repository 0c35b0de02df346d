// The year of what an excerpt of a year's report sets: a past year that only names which things are meant, a change on
// last year in the year's goals, last year's list said to be done, the year a review looks back on. Sentences written
// for these tests (unit tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear?: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}${t.unit}|${t.year}`);

describe("a past year inside a clause of this year's work", () => {
  it("naming which things a verb works on is no time (改造2000年底前建成的…, 续建2025年开工项目, 与2025年持平)", () => {
    expect(read("改造2000年底前建成的城镇老旧小区120个。", 2026)).toEqual(["120个|2026"]);
    expect(read("2026年,改造2005年以前建成的老旧小区80个。", 2026)).toEqual(["80个|2026"]);
    expect(read("今年,安排市重点项目500个,其中续建2025年开工项目200个、新开工项目300个。", 2026)).toEqual(["500个|2026", "200个|2026", "300个|2026"]);
    expect(read("粮食播种面积与2025年持平,粮食产量稳定在280万吨以上。", 2026)).toEqual(["280万吨|2026"]);
    // (a year opening the clause, before any verb, still dates it)
    expect(read("2025年底前开工建设的公租房已完成分配90%。", 2026)).toEqual([]);
  });

  it("a change on last year in the year's goals is a target (主要预期目标是:…比上年增长5%左右)", () => {
    expect(read("今年全市主要预期目标是:地区生产总值比上年增长5%左右。", 2026)).toEqual(["5%|2026"]);
    expect(read("2025年,全市地区生产总值比上年增长5.3%。", 2026)).toEqual([]);
  });
});

describe("what a review says was done", () => {
  it("a list said to be done before it (十件民生实事全面完成:…, …全面完成。…)", () => {
    expect(read("十件民生实事全面完成:新增普惠性托位1800个,改造城镇老旧小区100个。", 2026)).toEqual([]);
    expect(read("十件民生实事全面完成。新增普惠性托位1800个。", 2026)).toEqual([]);
    // (done as a goal: 确保…全面完成; and done in the middle of a plan's goals, …任务全面完成,…达到67%)
    expect(read("确保十件民生实事全面完成:新增普惠性托位1800个。", 2026)).toEqual(["1800个|2026"]);
    expect(read("到2020年,全面创新改革试验任务全面完成,科技进步贡献率达到67%。", 2016)).toEqual(["67%|2020"]);
  });

  it("what was actually done (实际完成) is past; a real rate of growth (实际增长) in goals is a target", () => {
    expect(read("全年固定资产投资实际完成120亿元。", 2026)).toEqual([]);
    expect(read("主要目标:城乡居民人均可支配收入实际增长5.5%左右,城镇调查失业率控制在5.5%以内。", 2026)).toEqual(["5.5%|2026", "5.5%|2026"]);
  });
});

describe("the year an excerpt speaks in, when it names only the year it reviews", () => {
  const goals = "今年全市主要预期目标是:地区生产总值增长5%左右,城镇新增就业6.5万人以上。";
  it("follows a year called one looked back on, or whose goals were met", () => {
    expect(read("2025年是“十四五”收官之年,全市地区生产总值增长5.3%。" + goals)).toEqual(["5%|2026", "6.5万人|2026"]);
    expect(read("2025年是“十四五”规划收官之年。一年来,全市上下圆满完成全年目标任务,地区生产总值增长5.3%。\n" + goals)).toEqual(["5%|2026", "6.5万人|2026"]);
    expect(read("一年来,全面完成市人代会确定的2025年目标任务。" + goals)).toEqual(["5%|2026", "6.5万人|2026"]);
    expect(read("2025年主要目标任务全面完成\n全市地区生产总值增长5.3%。\n" + goals)).toEqual(["5%|2026", "6.5万人|2026"]);
    // (a call at a report's end to meet the year's goals is no review of them)
    const call = "2017年,全区要新增就业5700人,完成30座公厕新建改造。\n各位代表,让我们凝心聚力、团结奋斗、一往无前,全面完成2017年经济社会各项目标任务,为建设美好家园而努力奋斗!";
    expect(extract(call).document.docYear).toBe(2017);
    // (a year called the period's last while its work is planned is the year itself)
    expect(read("2025年是“十四五”收官之年,做好今年工作意义重大。" + goals)).toEqual(["5%|2025", "6.5万人|2025"]);
  });

  it("is the period's first year when this year is called so (今年是实施“十五五”规划的第一年)", () => {
    expect(read("今年是实施“十五五”规划的第一年。" + goals)).toEqual(["5%|2026", "6.5万人|2026"]);
  });
});

describe("review of round 34: what the round's rules must not take", () => {
  it("a plan's tasks said to be done among its goals, a reason naming recent years, a closing call", () => {
    expect(read("到2025年,国企改革深化提升行动任务全面完成。规上工业增加值年均增长7%,战略性新兴产业增加值占比达到30%。", 2021)).toEqual(["7%|2025", "30%|2025"]);
    expect(read("针对近年频发的城市内涝,新建排涝泵站20座。", 2026)).toEqual(["20座|2026"]);
    expect(read("各位代表!新的一年,让我们以优异成绩全面完成2025年目标任务,为“十四五”圆满收官而努力奋斗!\n今年全市主要预期目标:地区生产总值增长5.5%左右。")).toEqual(["5.5%|2025"]);
  });

  it("a later year's batch of projects keeps its year; a benefit's rate and a count after a term stay targets", () => {
    expect(read("2025年,推进2026年重点建设项目前期工作100个。", 2025)).toEqual(["100个|2026"]);
    expect(read("到2027年,职工医保住院费用报销比例不低于80%。", 2025)).toEqual(["80%|2027"]);
    expect(read("到2027年,社会资本出资比例不低于30%的项目达到50个。", 2025)).toEqual(["50个|2027"]);
  });
});

describe("a date written in words", () => {
  it("dates the page as a signature line or a byline (二〇二六年一月二十日)", () => {
    expect(extract("各区:\n今年全市地区生产总值增长5%左右。\n某市人民政府\n二〇二六年一月二十日\n").document.issueDate).toBe("2026-01-20");
    expect(extract("——二〇二六年一月二十日在市第十七届人民代表大会第五次会议上\n各位代表:\n今年全市地区生产总值增长5%左右。\n").document.issueDate).toBe("2026-01-20");
  });

  it("dates the page in a title (二〇二六年江州市政府工作报告)", () => {
    expect(extract("二〇二六年江州市政府工作报告\n今年全市地区生产总值增长5%左右。\n").document.docYear).toBe(2026);
  });
});

describe("a news page on a report that gives the year's expected growth", () => {
  it("dates the page by it, 在实际工作中争取更好结果 being the goal's own words and no result", () => {
    const page = "深圳市市长作政府工作报告时透露，2026年深圳GDP预期增长目标为5%，在实际工作中争取更好结果；“十五五”时期GDP目标超过5万亿元。\n横向来看，上海、北京分别于2024年、2025年GDP突破5万亿元。\n";
    expect(extract(page).document.docYear).toBe(2026);
    expect(read(page)).toEqual(["5%|2026", "5万亿元|2030"]);
  });
  it("a year's expected growth with its actual result beside it is a year looked back on", () => {
    expect(extract("报告指出，2025年全市GDP预期增长6%，实际增长5.2%。\n").document.docYear).not.toBe(2025);
  });
});

describe("the year an excerpt of a report speaks from, when only the year before is named", () => {
  it("a year's goals said met in a sentence opening with the year gone (过去一年,我们团结带领…,圆满完成2025年各项目标任务)", () => {
    const page = "过去一年，我们团结带领全市人民，圆满完成2025年各项目标任务。今年全市主要预期目标是：地区生产总值增长5%左右。";
    expect(extract(page).document.docYear).toBe(2026);
    expect(extract("让我们团结带领全市人民，圆满完成2025年各项目标任务。今年全市主要预期目标是：地区生产总值增长5%左右。").document.docYear).not.toBe(2026);
  });
  it("this year's work built on a year's (今年,全市要在2025年的基础上,实现…)", () => {
    expect(extract("今年，全市要在2025年的基础上，实现地区生产总值增长5%左右。").document.docYear).toBe(2026);
  });
});
