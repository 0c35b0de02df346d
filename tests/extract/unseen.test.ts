// Example sentences of the mechanisms found on documents the engine had never seen (tests/real/dev3): review
// sections named 现状, clauses naming what a measure works on, shares of a sum and relaxed rules, qualifiers inside a
// name, scale words as levels, ranges per year. Texts written for these tests are unit tests of one rule each.
import { describe, expect, it } from "vitest";
import { allTargetsOf, targetsOf } from "./targets-of";

const values = (body: string, year = 2021): number[] => allTargetsOf(body, year).map((t) => t.value);

describe("a review of the present state is past", () => {
  it("a 现状与形势 section and a paragraph opening with 近十年来 state achievements, not targets", () => {
    const doc = "一、现状与形势\n近十年来,我国智能制造发展取得长足进步,装备市场满足率超过50%,发布国家标准285项。\n二、主要目标\n到2025年,装备市场满足率超过70%。";
    expect(values(doc)).toEqual([70]);
  });
});

describe("what a measure works on is no target", () => {
  it("a clause opening with 针对 or 围绕 names the goods or chains a measure addresses", () => {
    expect(values("指导企业用好关税减让承诺,针对首年关税为零的2034种、5年内关税减让显著的2725种出口商品,加大市场开拓力度。")).toEqual([]);
    expect(values("围绕37条产业链和40个产业集群,支持链主企业制定数字化转型路线图。")).toEqual([]);
  });

  it("a verb inside the clause still sets a count (围绕…实施…20项以上)", () => {
    expect(values("围绕重点产业实施技术改造项目20项以上。")).toEqual([20]);
  });
});

describe("how a sum is shared and a rule relaxed are parameters", () => {
  it("N%用于… splits a fee; 可将…放宽至 relaxes a rule", () => {
    expect(values("原则上将年签约服务费的80%用于人员薪酬分配,20%用于基层医疗卫生机构统筹。")).toEqual([]);
    expect(values("经家庭医生评估可将处方用药量最长放宽至3个月,到2025年,全部社区卫生服务中心提供长期处方服务。")).toEqual([]);
  });
});
