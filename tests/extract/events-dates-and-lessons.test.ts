// A page's date against the days of events it reports, a day's events as news, and lessons as a measure word.
// Sentences written for these tests (unit tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear?: number): string[] =>
  extract(text, docYear === undefined ? {} : { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}${t.unit}|${t.year}`);

describe("the days of an event are not the page's date", () => {
  it("a line opening with a meeting's days (2025年12月25日至26日召开的…) leaves the year to the page's own words", () => {
    const page = "2026年地方工业发展蓝图正在全面铺展。\n2025年12月25日至26日召开的全国工业和信息化工作会议提出,2026年是“十五五”开局之年。\n" +
      "2026年1月20日召开的江西省工业和信息化工作会议提出,力争全年推进3000个投资亿元以上工业重大项目。";
    expect(extract(page).document.docYear).toBe(2026);
    expect(read(page)).toEqual(["3000个|2026"]);
  });

  it("while a line opening with the page's date still dates it", () => {
    expect(extract("2025年12月26日\n全市新建5G基站2000个。").document.docYear).toBe(2025);
  });
});

describe("what was started on the day a page reports", () => {
  it("当天,…同时动工 is news of that day, not a goal", () => {
    expect(read("1月4日,杨浦区召开大会。当天,共有7个重要工程项目同时动工,50个关键产业项目实现集中签约。\n到2027年,完整社区覆盖率不低于60%。", 2026))
      .toEqual(["60%|2027"]);
  });
});

describe("lessons counted in 节", () => {
  it("a count of lessons is an amount; 节能, 节约, 24节气 and a document's sections are not", () => {
    expect(read("今年计划配送课程不少于200节。", 2026)).toEqual(["200节|2026"]);
    expect(read("今年推广24节气文化,开展节能宣传。", 2026)).toEqual([]);
    expect(read("《规划》分三大板块10章33节。", 2026)).toEqual([]);
    // (nor a text's articles after its chapters)
    expect(read("意见分为10章共33条。到2027年,新建道路10条。", 2024)).toEqual(["10条|2027"]);
  });

  it("lessons given in a year are work of the year, not a stock", () => {
    const kinds = (text: string): string[] => extract(text, { docYear: 2026 }).targets.map((t) => `${t.value}${t.unit}|${t.kind}`);
    expect(kinds("今年计划配送课程不少于200节。")).toEqual(["200节|increment"]);
    expect(kinds("今年配送科学健身指导课程200课时。")).toEqual(["200课时|increment"]);
  });
});
