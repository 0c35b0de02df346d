// Pages as mirror sites print them (a reading in brackets after characters: 高質(zhì)量), a year's list of 实事 said done after
// the effort it took, the list's projects counted after their classes, either of two thresholds on a noun, and a year
// opening work still to do. Sentences written for these tests (unit tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { normalise } from "../../src/core/text/normalise";

const read = (text: string, docYear?: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}${t.unit}|${t.year}`);

describe("readings printed after characters", () => {
  it("are dropped from the clean text, one reading or several set apart by slashes", () => {
    expect(normalise("全部高質(zhì)量完成。地(dì / de)區生産總值,一(yī / yì /yí)起,的(de)消息").text).toBe("全部高質量完成。地區生産總值,一起,的消息");
  });
  it("keep a unit in brackets after a name (里程(km), 面积(亩))", () => {
    expect(normalise("里程(km) 面积(亩)").text).toBe("里程(km) 面积(亩)");
  });
  it("and the quote keeps them, as the page has them", () => {
    const t = extract("2026年,全市新建公园(yuán)5个。", { docYear: 2026 }).targets;
    expect(t.map((x) => x.text)).toEqual(["全市新建公园(yuán)5个"]);
  });
});

describe("a year's list of 实事 said done after the effort it took", () => {
  it("经过…共同努力,7大类20个民生实事项目全部高质量完成 reports, the effort no plan's will", () => {
    expect(read("经过城中区各部门共同努力,7大类20个民生实事项目全部高质量完成。", 2026)).toEqual([]);
  });
  it("the list's projects counted after their classes (确定民生实事项目共5大类12个) count the list", () => {
    expect(read("2026年,城中区确定民生实事项目共5大类12个,计划总投资4.36亿元。", 2026).map((t) => t.split("|")[0])).not.toContain("12个");
  });
});

describe("either of two thresholds on the noun after 的", () => {
  it("形成多个年业务量超过200亿件或年业务收入超过2000亿元的邮政快递品牌 sets neither; the amount before it is a target", () => {
    expect(read("到2025年,快递业务量超过1500亿件,形成多个年业务量超过200亿件或年业务收入超过2000亿元的邮政快递品牌。", 2021)).toEqual(["1500亿件|2025"]);
  });
});

describe("the document's year from a year opening work still to do", () => {
  it("2026年,继续深入实施… in a page of this year's goals is this year, not a year reported", () => {
    const page = "今年我们以精准兜底为目标,今年计划累计养护修复道路105公里。\n2026年,继续深入实施县级公路养护小修工程。\n";
    expect(extract(page).document.docYear).toBe(2026);
    expect(read(page)).toEqual(["105公里|2026"]);
  });
  it("a year reported before this year's goals still makes this year the next (2025年,全市地区生产总值增长5.2%。今年…目标)", () => {
    expect(extract("2025年,全市地区生产总值增长5.2%。今年全市主要预期目标是地区生产总值增长5%左右。").document.docYear).toBe(2026);
  });
});

describe("a year before which, naming what a verb of work acts on", () => {
  it("全年处置2024年以前批而未供土地1000亩 is work of the year", () => {
    expect(read("全年处置2024年以前批而未供土地1000亩、闲置土地300亩。", 2026)).toEqual(["1000亩|2026", "300亩|2026"]);
  });
});

describe("a page titled as the year's list of 实事", () => {
  it("sets the year's work under it: a change on last year is a target (城乡低保标准较上年提高5%)", () => {
    expect(read("2026年民生实事项目\n1.城乡居民基础养老金最低标准比2025年提高20元。\n2.城乡低保标准较上年提高5%。\n", 2026)).toEqual(["20元|2026", "5%|2026"]);
  });
});
