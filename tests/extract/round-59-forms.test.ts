// Forms met on real pages of round 59, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked as tickedOnly } from "./targets-of";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => tickedOnly(all(text, docYear).targets);
const kinds = (text: string, docYear?: number) => ticked(text, docYear).map((t) => [t.value, t.kind]);

describe("the kind of a target", () => {
  it("is an amount added where 再 opens a change (今年再减少农村贫困人口1000万以上, 全市将再增加城市休闲公园15个)", () => {
    expect(kinds("今年再减少农村贫困人口1000万以上。", 2017)).toEqual([[1000, "increment"]]);
    expect(kinds("今年全市将再增加城市休闲公园15个。", 2017)).toEqual([[15, "increment"]]);
  });
  it("is a level where a verb of enlarging or adjusting reaches a value (扩大至, 调增到, 扩展到)", () => {
    expect(ticked("计划在5年内展馆面积扩大至30万平方米。", 2015).map((t) => [t.indicator, t.kind])).toEqual([["在5年内展馆面积", "level"]]);
    expect(ticked("到2021年,蔬菜采收面积调增到1000万亩。").map((t) => [t.indicator, t.kind])).toEqual([["蔬菜采收面积", "level"]]);
  });
  it("but a level where the change reaches a value (全市公园数量将增加到150个)", () => {
    expect(kinds("到2020年,全市公园数量将增加到150个。")).toEqual([[150, "level"]]);
  });
});
