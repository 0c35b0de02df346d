// The value-source column: base and latest values a document stated are marked with the value, year, file and
// sentence; values the user gave are not; lines of one use are replaced without touching the others.
import { describe, expect, it } from "vitest";
import {
  buildSheetModel, columnIndex, sentenceAround, valueSourceLine, withValueSourceLine, type ValueSource,
} from "../../src/core/sheet";
import { DOC, makeTarget } from "./fixtures";

const opts = { language: "zh-CN" as const, method: "time" as const, tolerance: 0.05, flavour: "native" as const };
const PLAN = "一、发展基础\n2020年，地区生产总值达到320亿元。到2025年，地区生产总值突破500亿元。";
const BULLETIN = "一、综合\n全年实现地区生产总值367.71亿元，按可比价格计算，比上年增长3.6%。";
const at = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe("valueSourceLine", () => {
  const base: ValueSource = { use: "base", value: 320, unit: "亿元", year: 2020, file: null, quote: "2020年，地区生产总值达到320亿元" };
  it("says the value, year, where and the sentence, in both languages", () => {
    expect(valueSourceLine(base, "zh-CN")).toBe("基期值 320 亿元（2020年）取自本文件：「2020年，地区生产总值达到320亿元」");
    expect(valueSourceLine(base, "en-US")).toBe("Base value 320 亿元 (2020) from this document: “2020年，地区生产总值达到320亿元”");
    const latest: ValueSource = { use: "latest", value: 3.6, unit: "%", year: 2022, file: "bulletin-2022.txt", quote: null };
    expect(valueSourceLine(latest, "zh-CN")).toBe("最新值 3.6 %（2022年）取自 bulletin-2022.txt");
    expect(valueSourceLine({ ...latest, file: "2022年统计公报.txt", year: null, unit: "" }, "zh-CN")).toBe("最新值 3.6取自 2022年统计公报.txt");
    expect(valueSourceLine({ ...latest, value: 0.1 + 0.2 }, "en-US")).toBe("Latest value 0.3 % (2022) from bulletin-2022.txt");
  });

  it("quotes every year's sentence of an averaged rate, the latest first", () => {
    const averaged: ValueSource = {
      use: "latest", value: 4.69, unit: "%", year: 2022, file: "bulletin-2022.txt", quote: "全年实现生产总值367.71亿元，比上年增长3.6%",
      averages: [{ file: "bulletin-2021.txt", quote: "全年实现生产总值339.20亿元，比上年增长5.8%" }],
    };
    expect(valueSourceLine(averaged, "zh-CN")).toBe(
      "最新值 4.69 %（2022年）取自 bulletin-2022.txt：「全年实现生产总值367.71亿元，比上年增长3.6%」，为 2 个年度增速的平均值，另取自 bulletin-2021.txt：「全年实现生产总值339.20亿元，比上年增长5.8%」",
    );
    expect(valueSourceLine(averaged, "en-US")).toMatch(/3\.6%”; the average of 2 years' rates, also from bulletin-2021\.txt: “全年实现生产总值339\.20亿元，比上年增长5\.8%”$/);
    // a line of an averaged rate is still this column's latest line
    expect(withValueSourceLine(valueSourceLine(averaged, "zh-CN"), "最新值 5 %（2023年）取自 c.txt", "latest")).toBe("最新值 5 %（2023年）取自 c.txt");
  });

  it("replaces the line of its use in either language and keeps every other line, base first", () => {
    const zhBase = valueSourceLine(base, "zh-CN");
    const enLatest = "Latest value 3.6 % (2022) from b.txt";
    expect(withValueSourceLine("", zhBase, "base")).toBe(zhBase);
    expect(withValueSourceLine(`${zhBase}\n我的说明`, enLatest, "latest")).toBe(`${zhBase}\n我的说明\n${enLatest}`);
    const newer = "最新值 3.7 %（2023年）取自 c.txt";
    expect(withValueSourceLine(`${zhBase}\n${enLatest}`, newer, "latest")).toBe(`${zhBase}\n${newer}`);
    expect(withValueSourceLine(`我的说明\n${enLatest}`, zhBase, "base")).toBe(`${zhBase}\n我的说明\n${enLatest}`);
    // "最新值说明" is the user's text, not a line of ours
    expect(withValueSourceLine("最新值说明：以统计局为准", newer, "latest")).toBe(`最新值说明：以统计局为准\n${newer}`);
  });
});

describe("sentenceAround", () => {
  it("gives the sentence holding the value, white space squeezed", () => {
    const { start, end } = at(PLAN, "320亿元");
    expect(sentenceAround(PLAN, start, end)).toBe("2020年，地区生产总值达到320亿元");
    const pdf = "全年进出口总值\n204.9亿元";
    expect(sentenceAround("表3  主要指标\t 进出口总值  204.9 亿元 \n下一行", 15, 20)).toBe("表3 主要指标 进出口总值 204.9 亿元");
    expect(sentenceAround(pdf, 8, 13)).toBe("204.9亿元");
  });

  it("cuts a long sentence to the clauses around the value, those before it first", () => {
    const furniture = "位置：首页政务公开统计信息统计公报 2022年平潭综合实验区国民经济和社会发展统计公报 时间：2023-03-29 09:59 微信 微博 QQ空间 一、综合";
    const text = `${furniture}初步核算，全年实现生产总值367.71亿元，按可比价格计算，比上年增长3.6%，${"其他".repeat(60)}。`;
    const q = sentenceAround(text, text.indexOf("3.6%"), text.indexOf("3.6%") + 4);
    expect(q.startsWith("…")).toBe(true);
    expect(q.endsWith("…")).toBe(true);
    expect(q).toMatch(/初步核算，全年实现生产总值367\.71亿元，按可比价格计算，比上年增长3\.6%…$/);
    expect(q.length).toBeLessThanOrEqual(102);
    const long = `${"甲".repeat(200)}生产总值367.71亿元${"乙".repeat(200)}`;
    const w = sentenceAround(long, 204, 212);
    expect(w).toMatch(/^…甲+生产总值367\.71亿元乙+…$/);
    expect(w.length).toBeLessThanOrEqual(102);
    expect(sentenceAround(long, -1, 3)).toBe("");
  });
});

describe("the sheet model's value-source column", () => {
  const gdp = makeTarget({ indicator: "地区生产总值", value: 500, unit: "亿元", year: 2025 });
  const cellOf = (m: ReturnType<typeof buildSheetModel>, row = 0) => m.rows[row]!.cells[columnIndex("valueSource")];

  it("marks a base value the plan states and a latest value from a bulletin, with their sentences", () => {
    const t = {
      ...gdp, baseYear: 2020, baseValue: 320, baseSource: at(PLAN, "320亿元"),
      latestYear: 2022, latestValue: 367.71, latestSource: { file: "bulletin-2022.txt", ...at(BULLETIN, "367.71亿元") },
    };
    const texts = { own: PLAN, files: new Map([["bulletin-2022.txt", BULLETIN]]) };
    const m = buildSheetModel(DOC, [t], { ...opts, valueTexts: texts });
    expect(cellOf(m)).toBe(
      "基期值 320 亿元（2020年）取自本文件：「2020年，地区生产总值达到320亿元」\n" +
        "最新值 367.71 亿元（2022年）取自 bulletin-2022.txt：「全年实现地区生产总值367.71亿元，按可比价格计算，比上年增长3.6%」",
    );
    expect([m.rows[0]!.cells[columnIndex("base")], m.rows[0]!.cells[columnIndex("latest")]]).toEqual([320, 367.71]);
    // The sentence the reader found (a bulletin's, without its lead-in) is quoted as it is.
    const known = { ...t, baseValue: null, latestSource: { ...t.latestSource, sentenceStart: BULLETIN.indexOf("全年"), sentenceEnd: BULLETIN.indexOf("，按") } };
    expect(cellOf(buildSheetModel(DOC, [known], { ...opts, valueTexts: texts }))).toBe("最新值 367.71 亿元（2022年）取自 bulletin-2022.txt：「全年实现地区生产总值367.71亿元」");
    // Without the texts it still says where, without a sentence.
    expect(cellOf(buildSheetModel(DOC, [t], { ...opts, language: "en-US" }))).toBe(
      "Base value 320 亿元 (2020) from this document\nLatest value 367.71 亿元 (2022) from bulletin-2022.txt",
    );
  });

  it("does not mark the user's values, a latest value of unknown source, or an empty row", () => {
    const t = { ...gdp, baseYear: 2020, baseValue: 320, baseSource: at(PLAN, "320亿元"), latestYear: 2022, latestValue: 400 };
    const actuals = new Map([[t.id, { baseYear: 2020, base: 321, latestYear: null, latest: null }]]);
    expect(cellOf(buildSheetModel(DOC, [t], { ...opts, actuals, valueTexts: { own: PLAN } }))).toBeNull();
    expect(cellOf(buildSheetModel(DOC, [gdp], opts))).toBeNull();
  });
});
