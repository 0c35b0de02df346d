// Forms met on real pages of round 45, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear }).targets;
const ticked = (text: string, docYear?: number) => all(text, docYear).filter((t) => t.confidence !== "low");
const values = (text: string, docYear?: number): number[] => ticked(text, docYear).map((t) => t.value);

describe("a count right after 提升 or 提高", () => {
  it("counts the things upgraded (提升445个村级卫生所综合功能)", () => {
    const [t] = ticked("加快镇村卫生服务一体化,提升445个村级卫生所综合功能。", 2021);
    expect(t).toMatchObject({ value: 445, unit: "个", kind: "increment", year: 2021 });
  });
  it("but 提升 before a rate is still growth to a level, not a count (提升至95%)", () => {
    expect(ticked("今年,群众满意度提升至95%。", 2021).map((t) => [t.value, t.kind])).toEqual([[95, "share"]]);
  });
});

describe("a report of a 2026 work report", () => {
  const text = "  浙江经济成绩单中,创新驱动成效明显。去年全省科技创新投入7232亿元、增长5.6%;新增高新技术企业超6000家,省重大科技计划项目中企业牵头或参与占比超过80%。\n\n" +
    "  聚焦今后五年,到2030年,全社会研发投入强度达到3.5%以上。\n\n" +
    "  2026年是“十五五”开局之年,浙江将“生产总值增长5%-5.5%”列为建议主要预期目标;将加大科技创新投入,力争全社会研发投入强度达到3.35%。\n";
  it("keeps the clauses after last year's semicolon in the past: a 科技计划 named is no plan's word", () => {
    expect(values(text, 2026)).not.toContain(6000);
    expect(values(text, 2026)).not.toContain(80);
  });
  it("dates a paragraph opening 2026年是…之年 by that year, not by the 2030 before it", () => {
    expect(ticked(text, 2026).map((t) => [t.value, t.year])).toEqual([[3.5, 2030], [5, 2026], [3.35, 2026]]);
  });
  it("reads a quoted goal made one after the quote (将“生产总值增长5%-5.5%”列为…目标), named without its subject", () => {
    const t = ticked(text, 2026).find((x) => x.value === 5);
    expect(t).toMatchObject({ indicator: "生产总值", valueMax: 5.5, kind: "growth" });
  });
  it("but a quoted work item keeps its reading (已将“建成500个…站点”列入…实事项目)", () => {
    const t = all("今年已将“建成500个‘15分钟就业服务圈’社区站点”列入市政府为民办实事项目。", 2025).find((x) => x.value === 500);
    expect(t?.indicator).not.toBe("");
  });
});

describe("how many items a meeting released", () => {
  it("is no target (…、45项重点攻坚项目“揭榜挂帅”任务在会上发布)", () => {
    const text = "近日,市市场监督管理局召开部署会,49项重点业务KPI、45项重点攻坚项目“揭榜挂帅”任务在会上发布。会上,45项重点攻坚项目“揭榜挂帅”任务同步发布。";
    expect(values(text, 2024)).toEqual([]);
  });
  it("but releasing as the work of the year is one (年内发布10项地方标准)", () => {
    expect(values("年内发布10项地方标准。", 2024)).toEqual([10]);
  });
});

describe("an amount right before the work's task", () => {
  it("sizes the task, in a list of crops (确保大豆16.2万亩、油料3.4万亩种植任务落地见效)", () => {
    expect(ticked("确保大豆16.2万亩、油料3.4万亩种植任务落地见效。", 2025).map((t) => [t.indicator, t.value])).toEqual([["大豆", 16.2], ["油料", 3.4]]);
  });
  it("and after a verb the task names the indicator (全面完成3.5万亩造林任务)", () => {
    expect(ticked("全面完成3.5万亩造林任务。", 2025).map((t) => [t.indicator, t.value])).toEqual([["造林", 3.5]]);
  });
});
