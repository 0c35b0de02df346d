// Indicator tables laid out with spaces, as PDF text keeps them (pdftotext -layout): cells read by the header cell they
// stand under. Tables written for these tests (unit tests of the reader, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string): string[] =>
  extract(text).targets.filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}${t.unit}|${t.year}|${t.kind}`);

const HEAD = "        类别        指标                                2025年    2030年    属性\n\n";

describe("a table laid out with spaces", () => {
  it("keeps a blank cell's column (a row with no base value)", () => {
    const text = HEAD +
      "        经济发展    地区生产总值（亿元）                1086      1450      预期性\n\n" +
      "                    人均地区生产总值（万元）                      16.5      预期性\n";
    expect(read(text)).toEqual(["地区生产总值|1450亿元|2030|level", "人均地区生产总值|16.5万元|2030|level"]);
  });

  it("reads a value written with a space in it (6 左右, ≥ 560)", () => {
    const text = "        指标                    2025年    2030年    年均增长（%）    属性\n\n" +
      "        地区生产总值（亿元）    1086      1450      6 左右           预期性\n\n" +
      "        高新技术企业数（家）    385       ≥ 560     —                预期性\n";
    expect(read(text)).toEqual(["地区生产总值|1450亿元|2030|level", "地区生产总值|6%|2030|growth", "高新技术企业数|560家|2030|level"]);
  });

  it("joins an indicator name wrapped onto the next line, whichever line holds the values", () => {
    const after = HEAD +
      "        经济发展    人均地区生产                        12.8      16.5      预期性\n" +
      "                    总值（万元）\n\n" +
      "        绿色生态    森林覆盖率（%）                     31.2      31.5      约束性\n";
    expect(read(after)).toEqual(["人均地区生产总值|16.5万元|2030|level", "森林覆盖率|31.5%|2030|share"]);
    const before = HEAD +
      "        经济发展    数字经济核心产业增加值占地区\n" +
      "                    生产总值比重（%）                   9.6       13        预期性\n";
    expect(read(before)).toEqual(["数字经济核心产业增加值占地区生产总值比重|13%|2030|share"]);
  });

  it("aligns a name whose full-width brackets the text made narrow (细颗粒物（PM2.5）平均浓度)", () => {
    const text = HEAD + "        绿色生态    细颗粒物（PM2.5）平均浓度（微克/立方米）         29        ≤26       约束性\n";
    const wide = "        类别        指标                                             2025年    2030年    属性\n\n";
    expect(read(wide + text.slice(HEAD.length))).toEqual(["细颗粒物(PM2.5)平均浓度|26微克/立方米|2030|level"]);
  });

  it("passes over a page's number and the header repeated on the next page", () => {
    const text = HEAD +
      "        经济发展    地区生产总值（亿元）                1086      1450      预期性\n\n" +
      "                                  — 15 —\n\n" + HEAD +
      "        绿色生态    森林覆盖率（%）                     31.2      31.5      约束性\n";
    expect(read(text)).toEqual(["地区生产总值|1450亿元|2030|level", "森林覆盖率|31.5%|2030|share"]);
  });

  it("reads cells set apart by spaces but not under their header cells in order (a word processor's text)", () => {
    const text = "表1 主要指标\n指标    单位    2025年    2030年    属性\n地区生产总值    亿元    1000    1400    预期性\n" +
      "常住人口城镇化率    %    65    70    预期性\n研发经费投入强度    %    2.5    3.2    预期性\n";
    expect(read(text)).toEqual(["地区生产总值|1400亿元|2030|level", "常住人口城镇化率|70%|2030|share", "研发经费投入强度|3.2%|2030|share"]);
  });
});
