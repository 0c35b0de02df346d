// A count written as a single Chinese digit (一所, 两个): when it states an amount. Sentences written for these tests
// (unit tests of the rule, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}${t.unit}|${t.year}`);

describe("one of a thing as a quota", () => {
  it("each member must have at least one (每个县至少有一所…)", () => {
    expect(read("到2025年,每个县至少有一所县级特困供养服务设施。", 2022)).toEqual(["1所|2025"]);
    expect(read("到2025年,每个乡镇至少要有一个综合文化站。", 2022)).toEqual(["1个|2025"]);
    // (at least one, with no group it is asked of, is a phrase)
    expect(read("全市至少有一个好的办法。", 2022)).toEqual([]);
  });

  it("a PDF's spaces around the numeral do not hide the verb before it (至少建成 一所)", () => {
    expect(read("到2025年,每个街道至少建成 一所普惠性托育机构。", 2022)).toEqual(["1所|2025"]);
    expect(read("今年新建 两所学校。", 2026)).toEqual(["2所|2026"]);
    // (one built, with no minimum or group, is still a phrase)
    expect(read("今年建成 一个示范区。", 2026)).toEqual([]);
  });
});

describe("a count told after its object", () => {
  it("a single digit closing its clause after a verb and its object is a count (开设暑托班两期, 新建幼儿园三所)", () => {
    expect(read("今年开设暑托班两期,新建公办幼儿园三所。", 2025)).toEqual(["2期|2025", "3所|2025"]);
    expect(read("今年举办招聘会四场。", 2025)).toEqual(["4场|2025"]);
    // (二期 is a phase, not two sessions; 两 counts and never orders)
    expect(read("今年建设二期工程,启动二期。", 2025)).toEqual([]);
    // (no verb of work before the object: a phrase; a count not closing its clause reads by the other rules)
    expect(read("今年有学校三所。", 2025)).toEqual([]);
    expect(read("坚持“两个毫不动摇”。", 2025)).toEqual([]);
  });
});

describe("the total of a list of places", () => {
  it("after 等, in a clause of work, is a count (等六处压缩站)", () => {
    expect(read("今年提升改造联农路压缩站等六处压缩站。", 2025)).toEqual(["6处|2025"]);
    expect(read("今年完成A小区、B小区等三个小区改造。", 2025)).toEqual(["3个|2025"]);
    // (measures, teams and trades are no places; nor a list with no work done to it)
    expect(read("今年实施火灾防控、重点行业管理等五项攻坚治理。", 2025)).toEqual([]);
    expect(read("今年组建财务团队和法务团队等三支团队。", 2025)).toEqual([]);
    expect(read("在浦东、闵行等五个区开展试点。", 2025)).toEqual([]);
  });
});

describe("an approximate amount right after a verb of work", () => {
  it("is named by the noun after it (启动约3万平方米不成套职工住宅改造)", () => {
    const named = (text: string): string[] => extract(text, { docYear: 2026 }).targets.map((t) => `${t.indicator}|${t.value}${t.unit}|${t.kind}`);
    expect(named("今年启动约3万平方米不成套职工住宅改造,实施约300万平方米美丽家园建设。"))
      .toEqual(["不成套职工住宅改造|3万平方米|increment", "美丽家园建设|300万平方米|increment"]);
    // (an approximate level still names what it measures: 全区常住人口约120万人 is no work)
    expect(named("到2027年,全区绿化覆盖率约45%。")).toEqual(["全区绿化覆盖率|45%|share"]);
  });
});

