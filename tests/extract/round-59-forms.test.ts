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

describe("a period a change is measured from", () => {
  it("dates nothing in a paragraph of goals (到2025年,…。…准确率比“十三五”期间平均提升5%,…提前时间达到45分钟以上)", () => {
    const text = "到2025年,建成功能先进的气象现代化体系。灾害性天气监测率达95%以上,灾害性天气预警准确率比“十三五”期间平均提升5%,强对流天气预警提前时间达到45分钟以上,公众气象服务满意度保持在90分以上。";
    expect(ticked(text, 2021).map((t) => [t.value, t.year])).toEqual([[95, 2025], [5, 2025], [45, 2025], [90, 2025]]);
  });
  it("…nor in a sentence of will (未来5年,…将…,公民科学素质达标率比“十二五”提高3个百分点以上)", () => {
    const text = "未来5年,上海将实施科普能力跃升工程,创制科普作品50部,公民科学素质达标率比“十二五”提高3个百分点以上。";
    expect(ticked(text, 2017).map((t) => t.value)).toEqual([50, 3]);
  });
  it("but a review's figure compared with the period before stays past (——全社会水利投入累计达664.58亿元,较“十一五”增长227.4%)", () => {
    const text = "“十二五”期间,自治区水利事业蓬勃发展,取得了显著成绩。\n——全社会水利投入累计达664.58亿元,较“十一五”增长227.4%。";
    expect(ticked(text, 2016)).toEqual([]);
  });
});
