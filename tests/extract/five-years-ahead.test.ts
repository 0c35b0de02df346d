// Where a document's next five years (今后五年, 未来五年) end: the sentences are written for these tests (unit tests of
// the rule, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const years = (text: string, docYear: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}|${t.year}`);

const GOALS = "今后五年,全市发展的主要目标是:地区生产总值年均增长6%左右,常住人口城镇化率达到65%。";

describe("the next five years", () => {
  it("count the document's own year first in a report early in its year", () => {
    expect(years(`1月15日,市第十七届人民代表大会第一次会议开幕。${GOALS}`, 2021)).toEqual(["6|2025", "65|2025"]);
    expect(years(GOALS, 2021)).toEqual(["6|2025", "65|2025"]);
  });

  it("start with the next year in a party congress or a new term's report late in its year", () => {
    expect(years(`10月28日,中国共产党XX省第十一次代表大会开幕。${GOALS}`, 2021)).toEqual(["6|2026", "65|2026"]);
    expect(years(`2021年11月20日,XX县第十八届人民代表大会第一次会议开幕。\n${GOALS}`, 2021)).toEqual(["6|2026", "65|2026"]);
    expect(years(`发布时间:2021-10-29 来源:XX日报\n${GOALS}`, 2021)).toEqual(["6|2026", "65|2026"]);
    // (the day glued to the byline before it, as pages run them together)
    expect(years(`记者李明9月22日上午,中国共产党XX市第十四次代表大会开幕。${GOALS}`, 2021)).toEqual(["6|2026", "65|2026"]);
    // (a heading naming the five years over the goals, on a page dated late in its year)
    expect(years("发布日期:2022-12-26\n\n未来五年主要目标任务\n\n●地区生产总值年均增长7%以上\n\n●高新技术企业数量增加到500家以上", 2022))
      .toEqual(["7|2027", "500|2027"]);
    // (a day counted to in a progress report is no date of the page)
    expect(years(`截至10月31日,全市新增就业2万人。${GOALS}`, 2021)).toEqual(["6|2025", "65|2025"]);
    // (a date of another year in the lead says nothing of this one)
    expect(years(`2020年10月28日,XX省召开会议。${GOALS}`, 2021)).toEqual(["6|2025", "65|2025"]);
  });

  it("end where the document itself says its five years end", () => {
    const tasks = "\n加快农业发展,到2026年,力争新培育省级龙头企业5户。";
    expect(years(GOALS + tasks, 2021)).toEqual(["6|2026", "65|2026", "5|2026"]);
    // (a document that also names the year before as an end keeps its own year first)
    expect(years(`${GOALS}\n到2025年,新建5G基站2000个。${tasks}`, 2021)).toEqual(["6|2025", "65|2025", "2000|2025", "5|2026"]);
  });
});
