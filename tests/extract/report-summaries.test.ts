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
