// Forms met on real pages of round 48, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => all(text, docYear).targets.filter((t) => t.confidence !== "low");

describe("a bare year opening a clause on the whole place", () => {
  it("dates the review it opens (报告指出,2018全市经济社会发展稳中有进,…一般公共预算收入完成385.23亿元)", () => {
    const r = all("报告指出,2018全市经济社会发展稳中有进,一般公共预算收入完成385.23亿元。2019年主要预期目标是:一般公共预算收入增长5%左右。");
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([[5, 2019]]);
    expect(r.mentions?.find((m) => m.value === 385.23)?.role).toBe("past");
  });
  it("but not a number run into the words before it (文件编号2018全市统一)", () => {
    expect(ticked("文件编号2018全市统一,今年新建公园5个。").map((t) => t.year)).toEqual([null]);
  });
});
