// Forms met on real pages of round 63, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked as tickedOnly } from "./targets-of";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => tickedOnly(all(text, docYear).targets);

describe("a project's completion stated later in its paragraph", () => {
  const page = "项目总投资33.6亿元,计划建设5栋数据中心。此次开工的项目二期计划投资11.9亿元,建设2栋机房,目前正在进行地基工程。项目计划2025年12月底建成运营,二期项目建成后,可安装机柜5200台。";
  it("dates the project's figures that name no year (项目计划2025年12月底建成运营)", () => {
    const r = ticked(page, 2024);
    expect(r.map((t) => [t.value, t.year])).toEqual([[5, 2025], [11.9, 2025], [2, 2025], [5200, 2025]]);
  });
  it("and what the project does once built, after it (计划2016年底前全部建成。建成后,…)", () => {
    const r = all("该项目分为三期,计划2016年底前全部建成。建成后,可安排就业约5000人。", 2014).targets;
    expect(r.map((t) => t.year)).toEqual([2016]);
  });
  it("but not a completion already past (项目于2020年建成投产)", () => {
    expect(ticked("新建生产线3条。项目计划2020年底建成投产。", 2022).map((t) => t.year)).toEqual([2022]);
  });
  it("nor a month that only dates the work (2025年12月开工)", () => {
    expect(ticked("计划建设5栋数据中心。项目计划2025年12月开工。", 2024).map((t) => t.year)).toEqual([2024]);
  });
});
