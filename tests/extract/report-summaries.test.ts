// Example texts of a work report retold in short (a news summary's headings, its lead and its meeting), and of a
// plan's list of county goals. Texts written for these tests are unit tests of one rule each, not evidence that the
// engine generalises.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear?: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}|${t.unit}|${t.year}`);
const roleOf = (text: string, mention: string, docYear?: number): string | undefined =>
  (extract(text, { mentions: true, docYear }).mentions ?? []).find((m) => m.text === mention)?.role;

const summary = [
  "2017年4月22日,某市第八届人民代表大会第一次会议开幕。",
  "代市长作政府工作报告。",
  "赶超发展的五年",
  "全市城市化率从59.5%提高到62.9%;",
  "人均期望寿命从78.3岁提高到80.3岁。",
  "今后五年的重点目标",
  "地区生产总值突破3000亿元;",
  "2017年主要工作",
  "全市经济社会发展主要预期目标:",
  "地区生产总值增长7.5%以上;",
].join("\n");

describe("a work report retold in short", () => {
  it("a news lead opening with the day of the session dates the page when nothing else does", () => {
    expect(extract(summary).document.docYear).toBe(2017);
  });
  it("a heading naming the years just gone by (…的五年) opens a review; the goals of the next five years end it", () => {
    expect(roleOf(summary, "62.9%")).toBe("past");
    expect(read(summary)).toEqual(["3000|亿元|2021", "7.5|%|2017"]);
  });
  it("(a guard) the years ahead are no review heading (未来的五年)", () => {
    expect(read("某市政府工作报告\n2017年2月1日\n奋力开创未来的五年\n地区生产总值年均增长7%。\n").map((t) => t.split("|")[0])).toEqual(["7"]);
  });
  it("the attendance of the session is no target", () => {
    expect(read("大会代表名额为338名,现在实有代表334名,实际出席会议的代表318名,符合法定人数。\n", 2017)).toEqual([]);
  });
});

describe("a plan's list of county goals", () => {
  it("截至 a plan period's end, with a word of will, is no review", () => {
    // (the sentence after it, naming no year, goes on with the plan's goals)
    expect(read("根据该目标任务清单,截至“十四五”末,我省县域主导产业总产值将达1.7万亿元。其中,工业强县总产值达8839亿元。", 2021)).toEqual(["1.7|万亿元|2025", "8839|亿元|2025"]);
  });
  it("a count before a noun whose amount the clause then sets says whose amount it is", () => {
    expect(roleOf("到2025年,全省76个县(市)主导产业总产值将达1.7万亿元。", "76个", 2021)).toBe("qualifier");
    expect(read("到2025年,全省76个县(市)主导产业总产值将达1.7万亿元。", 2021)).toEqual(["1.7|万亿元|2025"]);
  });
});

describe("(guards from review) headings, votes and 截至", () => {
  it("a plan's heading of its five years is no review", () => {
    expect(read("某市“十四五”规划纲要\n跨越赶超的五年\n全市地区生产总值年均增长7%左右,常住人口城镇化率达到65%。\n", 2021)).toEqual(["7|%|2025", "65|%|2025"]);
  });
  it("what a report sets after the vote on it stays read", () => {
    expect(read("会议以98.6%的赞成率表决通过了《政府工作报告》,报告提出今年地区生产总值增长6%左右。", 2024)).toContain("6|%|2024");
  });
  it("截至 a past date, with a purpose clause after, is still a review", () => {
    expect(read("截至11月底,全市规上工业增加值增长7.2%,为确保全年目标完成打下基础。", 2024)).toEqual([]);
  });
  it("a count of places each bounded by an amount is not the amount's qualifier", () => {
    expect(roleOf("到2025年,全省30个县(市)地区生产总值超过500亿元。", "30个", 2024)).not.toBe("qualifier");
  });
});
