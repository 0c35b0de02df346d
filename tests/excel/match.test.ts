// Re-import matching by what rows say, with the examples each rule is for.
import { describe, expect, it } from "vitest";
import { indicatorSimilarity, matchTargets, similarity, type TargetCells } from "../../src/excel/match";

const row = (p: Partial<TargetCells>): TargetCells => ({
  indicator: "地区生产总值", section: "二、主要目标", source: "到2027年,地区生产总值突破970亿元。", comparator: "≥",
  target: 970, targetMax: null, unit: "亿元", targetYear: 2027, kind: "水平", ...p,
});
const forest = row({ indicator: "森林覆盖率", source: "森林覆盖率稳定在45%以上。", target: 45, unit: "%", kind: "比重" });
const pairs = (m: ReturnType<typeof matchTargets>) => m.matches.map((x) => [x.row, x.modelRow]);

describe("similarity", () => {
  it("compares wording by character pairs, and indicators also by containment", () => {
    expect(similarity("地区生产总值", "地区生产总值")).toBe(1);
    expect(similarity("地区生产总值", "森林覆盖率")).toBe(0);
    expect(indicatorSimilarity("生产总值", "地区生产总值")).toBeGreaterThan(0.7);
    expect(indicatorSimilarity("指标12", "指标120")).toBeLessThan(0.9);
  });
});

describe("matchTargets", () => {
  it("pairs unchanged targets, duplicates in order, whatever the new order", () => {
    const m = matchTargets([row({}), forest, row({})], [forest, row({}), row({})]);
    expect(pairs(m)).toEqual([[0, 1], [1, 0], [2, 2]]);
    expect(m.matches.every((x) => x.changed.length === 0 && !x.ambiguous)).toBe(true);
    expect([m.unmatched, m.added]).toEqual([[], []]);
  });

  it("keeps an unchanged target on its row when an equal one is stated earlier elsewhere", () => {
    const earlier = row({ section: "一、总体要求", source: "力争全市地区生产总值突破970亿元。" });
    const m = matchTargets([row({}), forest], [earlier, row({}), forest]);
    expect(pairs(m)).toEqual([[0, 1], [1, 2]]);
    expect(m.added).toEqual([0]);
  });

  it("follows a revised value of the same indicator, and says what changed", () => {
    const m = matchTargets([row({}), forest], [row({ target: 1000, source: "到2027年,地区生产总值突破1000亿元。" }), forest]);
    expect(pairs(m)).toEqual([[0, 0], [1, 1]]);
    expect(m.matches[0]!.changed).toEqual([{ key: "target", was: 970 }]);
  });

  it("follows a reworded indicator whose value stayed", () => {
    const m = matchTargets([row({ indicator: "生产总值" })], [row({})]);
    expect(m.matches[0]).toMatchObject({ row: 0, modelRow: 0, changed: [{ key: "indicator", was: "生产总值" }] });
  });

  it("never pairs rows that differ in both indicator and value", () => {
    const m = matchTargets([row({ indicator: "指标12", target: 22 })], [row({ indicator: "指标120", target: 100 })]);
    expect(m.matches).toEqual([]);
    expect([m.unmatched, m.added]).toEqual([[0], [0]]);
  });

  it("tells apart two targets of one sentence by their indicators", () => {
    const sentence = "城镇新增就业3万人,城镇调查失业率控制在5.5%以内。";
    const jobs = row({ indicator: "城镇新增就业", source: sentence, target: 3, unit: "万人" });
    const rate = row({ indicator: "城镇调查失业率", source: sentence, target: 5.5, unit: "%", comparator: "≤" });
    const m = matchTargets([jobs, rate], [{ ...rate, target: 5 }, { ...jobs, target: 4 }]);
    expect(pairs(m)).toEqual([[0, 1], [1, 0]]);
  });

  it("marks a match uncertain when another pairing came close", () => {
    const a = row({ section: "一、经济", source: "地区生产总值达到970亿元。" });
    const b = row({ section: "二、经济", source: "地区生产总值达到970亿元左右。" });
    const m = matchTargets([a, b], [row({ section: "经济发展", source: "全市地区生产总值达到970亿元。" })]);
    expect(m.matches).toHaveLength(1);
    expect(m.matches[0]!.ambiguous).toBe(true);
  });
});
