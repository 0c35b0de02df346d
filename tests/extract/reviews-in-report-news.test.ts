// A page reporting a year's government work report: its review of the year and of the plan period just ended states
// results, not targets. Sentences written for these tests (unit tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear?: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}${t.unit}|${t.year}`);

describe("the review a report page gives before its goals", () => {
  it("a year named as the period's last, after a lead-in, opens a review (报告指出,2025年作为…收官之年,…)", () => {
    expect(read("报告指出,2025年作为“十四五”收官之年,全区各项事业取得新进展。地区生产总值预计达1410亿元、增长6.2%;新增城镇就业1.4万人。", 2026)).toEqual([]);
    // (a year of the document's own still sets its goals)
    expect(read("报告指出,2026年作为“十五五”开局之年,地区生产总值增长6%左右。", 2026)).toEqual(["6%|2026"]);
  });

  it("a plan period that has ended, after a word of discourse, opens a review that runs on (总的来看,“十四五”时期的五年,…)", () => {
    expect(read("总的来看,“十四五”时期的五年,全区综合实力跃上新台阶。经济总量稳步提升,地区生产总值年均增长5.9%,固定资产投资年均增长9.8%。", 2026)).toEqual([]);
    // (in a plan of that period the same words set its goals)
    expect(read("总的来看,“十四五”时期,地区生产总值年均增长6%左右。", 2021)).toEqual(["6%|2025"]);
  });

  it("a headline naming the year's expected goal dates the page, so the year before is reviewed", () => {
    const page = "新疆2026年地区生产总值预期目标增长5.5%—6%\n\n2025年是发展历程中具有里程碑意义的一年。全年地区生产总值2.15万亿元、增长5.5%,规上工业增加值增长7.7%。\n";
    expect(read(page)).toEqual(["5.5%|2026"]);
  });

  it("the years just past are reviewed (近年来, 成都近年落户…)", () => {
    expect(read("近年来,该县投入近400万元实施牧区打井工程,新建35口抗旱井。", 2025)).toEqual([]);
    expect(read("成都近年落户海内外首店超4000家。", 2025)).toEqual([]);
    // (近年内 looks ahead; 为近年最高 states a result but names no time of its own)
    expect(read("力争近年内新建学校5所。", 2025)).toEqual(["5所|2025"]);
  });

  it("a result reached is told with 了 (形成了, 集聚了), a report's goals are not (提出了…目标)", () => {
    expect(read("上海航天产业基础雄厚,集聚了以垣信等为代表的重点企业超过240家,形成了年产50发商业火箭的制造能力。", 2025)).toEqual([]);
    expect(read("报告提出了今年的主要目标:地区生产总值增长6%左右。", 2025)).toEqual(["6%|2025"]);
    // (a sentence that looks ahead keeps its amounts: 预计将…总面积达到了…)
    expect(read("在新的一年里,我们预计将对272个老旧小区进行改造,总面积达到了430万平方米。", 2025)).toContain("272个|2025");
  });
});
