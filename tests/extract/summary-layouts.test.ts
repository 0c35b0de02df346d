// Example texts of the layouts summaries of reports and lists take: a year typed with a look-alike zero, an infographic
// flattened to lines (a year's banner over its slogan), a heading of a year's results, a heading of the next 5 years,
// and a review paragraph that turns to the year's goals further into a sentence. Texts written for these tests are unit
// tests of one rule each, not evidence that the engine generalises.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { normalise } from "../../src/core/text/normalise";

const read = (text: string, docYear?: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}|${t.unit}|${t.year}`);

describe("a year in Chinese numerals typed with a look-alike zero", () => {
  it("reads 二○二五年, 二O二五年, 二Ｏ二五年 and 二0二五年 as 二〇二五年", () => {
    for (const zero of ["○", "O", "Ｏ", "0"]) expect(normalise(`二${zero}二五年上海市为民办实事项目`).text).toBe("二〇二五年上海市为民办实事项目");
    expect(normalise("一九九○年").text).toBe("一九九〇年");
  });
  it("leaves other circles and letters alone (a bullet ○, a code 2O25, a year in digits 2025)", () => {
    for (const s of ["○ 新增托位", "型号2O25", "2025年", "二○号楼"]) expect(normalise(s).text).toBe(s);
  });
  it("a heading of the year's list so typed ends the review of the year before", () => {
    // (a subheading of the past year's results, then the year's list under a heading in Chinese numerals)
    const doc = ["2024年上海市为民办实事任务完成满意度达96.11分", "", "今天,2025年上海市为民办实事项目正式发布。", "",
      "二○二五年上海市为民办实事项目", "", "老有所享", "", "1.新增30个社区长者食堂、30个乡村长者照护之家", "2.打造30条敬老爱老服务公交线路"].join("\n");
    expect(read(doc)).toEqual(["30|个|2025", "30|个|2025", "30|条|2025"]);
  });
});

describe("an infographic flattened to lines: a year's banner over its slogan", () => {
  const doc = ["极简版政府工作报告来了", "", "  2020年长沙", "", "  交答卷!", "", "  经济恢复增长", "", "  地区生产总值增长4.5%",
    "", "  新增义务教育学位4.8万个", "", "  2021年长沙", "", "  下战书!", "", "  主要预期目标:", "", "  地区生产总值增长8%",
    "", "  固定资产投资增长9%"].join("\n");
  it("the year looked ahead to is the document's year", () => {
    expect(extract(doc).document.docYear).toBe(2021);
  });
  it("the results under the past year's banner are no targets; the goals under the next are that year's", () => {
    expect(read(doc)).toEqual(["8|%|2021", "9|%|2021"]);
  });
  it("a year and a name with no slogan after it heads nothing (a table's 2020年现状 cell, a line of text)", () => {
    const table = ["主要指标", "", "2020年现状", "", "2025年目标", "", "指标", "森林覆盖率", "62%", "65%"].join("\n");
    expect(extract(table, { docYear: 2021 }).document.docYear).toBe(2021);
    expect(read(["2020年长沙", "地区生产总值增长8%。"].join("\n"), 2020)).toEqual(["8|%|2020"]);
  });
});

describe("headings of a summary: a year's results, the next 5 years' goals", () => {
  const doc = ["2021年成绩", "全市生产总值18109亿元、增长8.5%;研发投入强度3.6%。", "今后5年发展目标",
    "到2026年,全市生产总值达到2.5万亿元;区域、城乡、收入差距持续缩小,居民人均可支配收入达9万元,城乡居民收入倍差缩小至1.7以内。",
    "2022年主要预期目标", "全市生产总值增长6.5%以上;研发投入强度3.7%左右。"].join("\n");
  it("2021年成绩 reviews; 今后5年发展目标 closes the review and sets the goals of five years", () => {
    expect(read(doc, 2022)).toEqual(["2.5|万亿元|2026", "9|万元|2026", "1.7||2026", "6.5|%|2022", "3.7|%|2022"]);
  });
});

describe("a review paragraph that turns to the goals ahead further into a sentence", () => {
  it("今年全省经济社会发展的主要预期目标是 sets the year's goals after a sentence that reviews", () => {
    const doc = "省长在报告中对“十二五”时期全省的工作进行了全面回顾,提出“十三五”时期和今年的目标任务。今年全省经济社会发展的主要预期目标是:地区生产总值增长7%,固定资产投资增长15%以上。";
    expect(read(doc, 2016)).toEqual(["7|%|2016", "15|%|2016"]);
  });
  it("a sentence that looks back stays a review (去年…目标是 is the past year's)", () => {
    expect(read("报告对过去一年工作进行了全面回顾。回顾去年,全省地区生产总值增长6%,完成了去年确定的目标。", 2016)).toEqual([]);
  });
});

describe("a news report of a session: the past year's figures, the quarter so far", () => {
  const doc = ["深圳二届人大二次会议开幕 部署2022政府工作", "2022-04-22 08:24:49 来源: 深圳商报", "0浏览 评论0条",
    "报告指出,坪山区2021年实现了经济发展稳中提质。全年地区生产总值达910.6亿元、增长11.7%,固定资产投资总额达481.5亿元。",
    "2022年坪山区经济社会发展的主要预期目标是:地区生产总值增长7%左右;社会消费品零售总额增长6%左右。",
    "2022年一季度,坪山区克服疫情带来的不利影响,经济运行逆势上扬。初步预计,地区生产总值增长7%以上;规上工业增加值增长22%。"].join("\n");
  it("全年 after a sentence on how a past year went is that year; a quarter's first estimates report it; the page's counters are no figures", () => {
    expect(read(doc)).toEqual(["7|%|2022", "6|%|2022"]);
  });
});

describe("signs of the document's year in a report's retelling", () => {
  it("政府工作报告确定了2024年将… and 2022年及未来五年,我市将… name the year of the work", () => {
    expect(extract("梧州市政府工作报告确定了2024年将筹措资金60亿元以上。今年的为民办实事项目共57个。").document.docYear).toBe(2024);
    expect(extract("11月8日,代理市长在政府工作报告提出,2022年及未来五年,我市将全力办好“十件民生实事”。").document.docYear).toBe(2022);
  });
  it("a year only looked back on still gives the year after it (回顾2021年 → 2022)", () => {
    expect(extract("回顾2021年,全市地区生产总值增长6%。").document.docYear).toBe(2022);
  });
});

describe("guards from an independent review: what ends a summary's review", () => {
  it("a heading of the year's goals (2025年目标), a paragraph opening with the year and a bound, or this year's goals", () => {
    expect(read("2024年成绩\n地区生产总值增长5.5%\n2025年目标\n地区生产总值增长6%左右", 2025)).toEqual(["6|%|2025"]);
    expect(read("2024年成绩单\n全市地区生产总值增长5.5%。\n2025年,全市地区生产总值增长6%左右,新增城镇就业6万人以上。", 2025)).toEqual(["6|%|2025", "6|万人|2025"]);
    expect(read("2024年经济运行\n稳中有进！\n全年地区生产总值增长5.2%。\n今年主要预期目标:地区生产总值增长5.5%左右。", 2025)).toEqual(["5.5|%|2025"]);
  });
  it("下一步, 新的一年 and 预期 turn a past year's review to what is ahead", () => {
    expect(read("2024年全区经济实现了逆势上扬。下一步,地区生产总值增长8%左右,新增城镇就业1万人。", 2025)).toEqual(["8|%|2025", "1|万人|2025"]);
    expect(read("坪山区2024年稳中提质。新的一年,地区生产总值增长8%左右。", 2025)).toEqual(["8|%|2025"]);
  });
  it("a horizon a report names (明确了2030年要实现碳达峰) is no document year; a banner over the goals' results dates nothing", () => {
    expect(extract("2024年政府工作报告。报告明确了2030年要实现碳达峰,今年新增城镇就业5万人。").document.docYear).toBe(2024);
    expect(extract("2023年长沙\n\n交答卷!\n\n主要目标完成情况\n\n地区生产总值增长4.5%").document.docYear).not.toBe(2023);
  });
});

describe("a report's retelling: the year just ended and the year of its goals", () => {
  it("预计,全年… opening a sentence with no time ahead estimates the year just ended; 预计,到2025年… is a plan's", () => {
    expect(read("预计,全年实现地区生产总值1200亿元,增长2.6%左右;规上工业增加值增长5.6%左右。", 2023)).toEqual([]);
    expect(read("预计,到2025年,全市地区生产总值将达到1500亿元。", 2023)).toEqual(["1500|亿元|2025"]);
  });
  it("a year opening a sentence with what is expected or added in it dates a page nothing else dates", () => {
    expect(extract("报告指出,初步统计2018年全市实现地区生产总值2966亿元、增长8%。\n2019年,珠海市地区生产总值预期增长7.5%。").document.docYear).toBe(2019);
    expect(extract("1月5日上午9时,武汉市第十四届人民代表大会第四次会议开幕。2019年,城镇新增就业20万人。").document.docYear).toBe(2019);
    expect(extract("让我们一起来看看2017年政府工作将会给我们的生活带来哪些可喜变化?").document.docYear).toBe(2017);
    expect(extract("从省政府新闻办召开的2021年20项民生工程新闻发布会上获悉,今年,河北省继续实施20项民生工程。").document.docYear).toBe(2021);
  });
});
