// Indicator tables whose header takes two rows (2030年 merged over 绝对值 | 年均增长), whose names wrap onto a cell of their
// own, and whose names and values carry a note's mark. Tables written for these tests (unit tests of the readers, not
// evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear = 2026): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low")
    .map((t) => `${t.indicator}|${t.comparator}${t.value}${t.unit}|${t.year}|${t.kind}|${t.binding}`);

describe("a header of two rows: each year over 绝对值, the target year's cell merged over a growth column", () => {
  const rows = [
    ["经济发展", "地区生产总值（亿元）", "1086", "1450", "6左右", "预期性"],
    ["绿色生态", "地表水达到或好于Ⅲ类水体比例（%）", "90", "≥92", "—", "约束性"],
  ];
  const expected = ["地区生产总值|=1450亿元|2030|level|false", "地区生产总值|~6%|2030|growth|false", "地表水达到或好于Ⅲ类水体比例|>=92%|2030|share|true"];

  it("tab rows: the second row splits the years above it and the attribute column keeps its place", () => {
    const text = ["类别\t指标\t2025年\t2030年\t\t属性", "\t\t绝对值\t绝对值\t年均增长（%）\t", ...rows.map((r) => r.join("\t"))].join("\n") + "\n";
    expect(read(text)).toEqual(expected);
  });

  it("laid out with spaces: the second line's cells stand where the values stand", () => {
    const text =
      "        类别        指标                                      2025年    2030年                      属性\n" +
      "                                                              绝对值    绝对值    年均增长（%）\n\n" +
      "        经济发展    地区生产总值（亿元）                      1086      1450      6左右             预期性\n\n" +
      "        绿色生态    地表水达到或好于Ⅲ类水体比例（%）         90        ≥92       —                 约束性\n";
    expect(read(text)).toEqual(expected);
  });

  it("a first row of values under a one-row header is no second header", () => {
    const text = "指标\t2025年\t2030年\t属性\n地区生产总值（亿元）\t1086\t1450\t预期性\n";
    expect(read(text)).toEqual(["地区生产总值|=1450亿元|2030|level|false"]);
  });
});

describe("an indicator name wrapped onto a cell of its own", () => {
  const tail = ["常住人口城镇化率（%）", "78.5", "81", "预期性"];

  it("one cell per line, a blank line between the name's halves", () => {
    const text = ["指标", "2025年", "2030年", "属性", "数字经济核心产业增加值占地区生", "产总值比重（%）", "9.6", "13", "预期性", ...tail].join("\n\n") + "\n";
    expect(read(text)).toEqual(["数字经济核心产业增加值占地区生产总值比重|=13%|2030|share|false", "常住人口城镇化率|=81%|2030|share|false"]);
  });

  it("tab rows, the name's second half alone on the next row", () => {
    const text = ["指标\t2025年\t2030年\t属性", "数字经济核心产业增加值占地区生\t9.6\t13\t预期性", "产总值比重（%）\t\t\t", tail.join("\t")].join("\n") + "\n";
    expect(read(text)).toEqual(["数字经济核心产业增加值占地区生产总值比重|=13%|2030|share|false", "常住人口城镇化率|=81%|2030|share|false"]);
  });

  it("a part's label before a name stays a label (经济发展 is no first half)", () => {
    const text = ["指标", "2025年", "2030年", "属性", "经济发展", "地区生产总值（亿元）", "1086", "1450", "预期性"].join("\n\n") + "\n";
    expect(read(text)).toEqual(["地区生产总值|=1450亿元|2030|level|false"]);
  });
});

describe("a note's mark after a name or a value", () => {
  const table = (name: string, value: string): string => ["指标", "2025年", "2030年", "属性", name, "5.1", value, "预期性"].join("\n\n") + "\n";

  it("after the name's unit: ＊, or a superscript flattened to a figure", () => {
    expect(read(table("城镇调查失业率（%）＊", "5.5"))).toEqual(["城镇调查失业率|=5.5%|2030|share|false"]);
    expect(read(table("城镇调查失业率（%）1", "5.5"))).toEqual(["城镇调查失业率|=5.5%|2030|share|false"]);
  });

  it("after the value: 5.5＊, and a note's number after a bound (5.5左右1)", () => {
    expect(read(table("城镇调查失业率（%）", "5.5＊"))).toEqual(["城镇调查失业率|=5.5%|2030|share|false"]);
    expect(read(table("城镇调查失业率（%）", "5.5左右1"))).toEqual(["城镇调查失业率|~5.5%|2030|share|false"]);
  });
});

describe("a scale in a value cell over the row's measure word", () => {
  it("〔2.4万〕 in a row of 个 is 2.4 万个", () => {
    const text = ["指标", "单位", "2025年（基期）", "2030年（目标）", "属性", "新增公办学位", "个", "—", "〔2.4万〕", "预期性"].join("\n\n") + "\n";
    expect(read(text)).toEqual(["新增公办学位|=2.4万个|2030|increment|false"]);
  });
});
