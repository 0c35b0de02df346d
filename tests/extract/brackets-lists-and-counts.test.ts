// Forms met on real pages of round 41, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear }).targets;
const read = (text: string, docYear?: number): string[] =>
  all(text, docYear).filter((t) => t.confidence !== "low").map((t) => `${t.indicator}|${t.value}${t.unit}|${t.year}`);

describe("items that each close their values in brackets", () => {
  it("name the next item after the bracket and its 、 (…率(2027年达到93%)、初中…比例(…))", () => {
    expect(all("包括学前教育毛入园率(2027年达到93%,2035年达到98%)、初中毕业年级达标学生比例(2027年达到80%)。", 2026)
      .map((t) => `${t.indicator}|${t.value}${t.unit}|${t.year}|${t.confidence}`)).toEqual([
      "学前教育毛入园率|93%|2027|high", "学前教育毛入园率|98%|2035|high", "初中毕业年级达标学生比例|80%|2027|high",
    ]);
  });
  it("and places with their amounts in brackets (北京(40万套)、上海(47万套))", () => {
    expect(read("十四五期间各地筹集保障性租赁住房:北京(40万套)、上海(47万套)。", 2022).map((t) => t.split("|")[0].replace(/[(（].*$/, ""))).toEqual(["北京", "上海"]);
  });
});

describe("words joined by a slash inside a rate's name", () => {
  it("are items as with 、: the first is read, the next offered for review (阅读/数学达标学生比例均达到80%)", () => {
    const t = all("初中毕业年级阅读/数学达标学生比例2027年均达到80%。", 2026);
    expect(t.map((x) => `${x.indicator}|${x.value}${x.unit}|${x.confidence}`)).toEqual([
      "初中毕业年级阅读/数学达标学生比例|80%|high", "数学达标学生比例|80%|low",
    ]);
  });
  it("but a unit's slash stays in the amount (每平方公里…元/平方米)", () => {
    expect(all("今年基准地价不低于3000元/平方米。", 2026).map((x) => x.unit)).toEqual(["元/平方米"]);
  });
});
