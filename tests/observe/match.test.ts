// Matching targets to bulletin observations: names (synonym data, qualifiers), units, kinds, regions,
// sub-items and ambiguity; then filling base and latest values without overwriting what was given.
import { describe, expect, it } from "vitest";
import type { PlanDocument, Target } from "../../src/core/model";
import { compareNames, fillFromBulletins, matchTarget, readBulletin, type Bulletin } from "../../src/core/observe";
import { convertValue } from "../../src/core/observe/convert";

function target(over: Partial<Target> & Pick<Target, "indicator" | "kind" | "unit">): Target {
  return {
    id: `t-${over.indicator}-${over.kind}`, docId: "plan", comparator: ">=", value: 100, valueMax: null, year: 2025, period: null,
    responsible: [], section: [], start: 0, end: 0, text: "", sentenceStart: 0, sentenceEnd: 0, optional: false, ...over,
  };
}

const bulletin = (text: string, year: number, region = "郑州市", file = `b${year}.txt`): Bulletin =>
  readBulletin(text, { year, region, file });

const ZHENGZHOU = bulletin(
  [
    "初步核算，全年全市地区生产总值15244.6亿元，按不变价格计算，比上年增长5.4%。",
    "年末全市常住人口1313.8万人，常住人口城镇化率为81.52%，比上年末提高0.52个百分点。",
    "全年全市规模以上工业增加值比上年增长9.0%。",
    "全年全市社会消费品零售总额6629.4亿元，比上年增长5.0%。",
    "全年全市地方财政一般公共预算收入1181.3亿元，增长2.3%。其中，税收收入795.9亿元，增长2.6%；市本级一般公共预算收入184.5亿元，下降5.3%。",
  ].join("\n"),
  2025,
);
const opts = { planRegion: "郑州市" };

describe("indicator names", () => {
  it.each<[string, string]>([
    ["地区生产总值", "生产总值(GDP)"], ["GDP", "全年全市地区生产总值"], ["城镇化率", "常住人口城镇化率"], ["社零", "社会消费品零售总额"],
    ["一般公共预算收入", "地方财政一般公共预算收入"], ["规上工业增加值", "规模以上工业增加值"], ["年接待游客规模", "接待国内外游客"],
    ["三产增加值比重", "第三产业增加值比重"], ["实际利用外资", "实际使用外资"],
  ])("%s = %s", (a, b) => {
    expect(compareNames(a, b).score).toBe(1);
  });

  it.each<[string, string, RegExp]>([
    ["一般公共预算收入", "市本级一般公共预算收入", /市本级/],
    ["居民人均可支配收入", "城镇居民人均可支配收入", /城镇|different/],
    ["社会消费品零售总额", "限额以上社会消费品零售总额", /限额以上/],
    ["一般公共预算收入", "一般公共预算总收入", /different indicators/],
    ["旅游收入", "国内旅游收入", /国内/],
  ])("%s ≠ %s", (a, b, why) => {
    const m = compareNames(a, b);
    expect(m.score).toBe(0);
    expect(m.reason).toMatch(why);
  });

  it("words that do not change the indicator leave a high but not perfect score; unrelated names stay below acceptance", () => {
    expect(compareNames("对台贸易额", "对台贸易总额").score).toBe(0.9);
    expect(compareNames("旅游相关产业增加值占GDP比重", "建筑业增加值占GDP比重").score).toBeLessThan(0.7);
  });
});

describe("unit conversion", () => {
  it.each<[number, string, string, number | null]>([
    [1181.3, "亿元", "万元", 11813000], [32450, "元", "万元", 3.245], [1313.8, "万人", "人", 13138000], [470, "万美元", "亿美元", 0.047],
    [2.5, "‰", "%", 0.25], [183.3, "万户", "户", 1833000], [2000, "户", "家", 2000], [5, "亿元", "万人", null], [3, "个百分点", "%", null],
  ])("%s %s in %s", (v, from, to, want) => {
    const got = convertValue(v, from, to);
    if (want === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(want, 9);
  });
});

describe("matching one target to one bulletin", () => {
  it("a level target takes the level, a share the %, a growth target the growth rate", () => {
    const cases: [Target, number][] = [
      [target({ indicator: "地区生产总值", kind: "level", unit: "亿元" }), 15244.6],
      [target({ indicator: "常住人口城镇化率", kind: "share", unit: "%" }), 81.52],
      [target({ indicator: "规模以上工业增加值", kind: "growth", unit: "%" }), 9],
      [target({ indicator: "地区生产总值", kind: "growth", unit: "%" }), 5.4],
      [target({ indicator: "社会消费品零售总额", kind: "level", unit: "万元" }), 66294000],
    ];
    for (const [t, want] of cases) {
      const m = matchTarget(t, ZHENGZHOU, "latest", opts);
      expect([t.indicator, t.kind, m.status]).toEqual([t.indicator, t.kind, "matched"]);
      expect(m.value).toBeCloseTo(want, 6);
      expect(m.reason).not.toBe("");
    }
  });

  it("市本级 revenue is not taken for the city's revenue", () => {
    const m = matchTarget(target({ indicator: "一般公共预算收入", kind: "level", unit: "亿元" }), ZHENGZHOU, "latest", opts);
    expect([m.status, m.value]).toEqual(["matched", 1181.3]);
    const own = matchTarget(target({ indicator: "市本级一般公共预算收入", kind: "level", unit: "亿元" }), ZHENGZHOU, "latest", opts);
    expect([own.status, own.value]).toEqual(["matched", 184.5]);
  });

  it("a growth target does not take a level, nor a change in points", () => {
    const m = matchTarget(target({ indicator: "常住人口城镇化率", kind: "growth", unit: "%" }), ZHENGZHOU, "latest", opts);
    expect(m.status).toBe("unmatched");
    expect(m.reason).toMatch(/growth rate/);
  });

  it("a growth of 1.3倍 is 130 %", () => {
    const b = bulletin("集成电路产量增长1.7倍。", 2023);
    expect(matchTarget(target({ indicator: "集成电路产量", kind: "growth", unit: "%" }), b, "latest", opts).value).toBeCloseTo(170, 9);
  });

  it("skips what a bulletin cannot measure: cumulative targets, an increment's base", () => {
    const cum = matchTarget(target({ indicator: "地区生产总值", kind: "level", unit: "亿元", period: "cumulative" }), ZHENGZHOU, "latest", opts);
    expect([cum.status, cum.reason]).toEqual(["skipped", expect.stringMatching(/cumulative/)]);
    const inc = target({ indicator: "城镇新增就业", kind: "increment", unit: "万人" });
    const b = bulletin("全年城镇新增就业人员14.17万人。", 2025);
    expect(matchTarget(inc, b, "base", opts).status).toBe("skipped");
    expect(matchTarget(inc, b, "latest", opts).value).toBe(14.17);
  });

  it("a city's bulletin does not fill a district's plan, nor another city's, unless allowed", () => {
    const t = target({ indicator: "地区生产总值", kind: "level", unit: "亿元" });
    const district = matchTarget(t, ZHENGZHOU, "latest", { planRegion: "郑州市金水区" });
    expect([district.status, district.reason]).toEqual(["skipped", expect.stringMatching(/郑州市金水区/)]);
    expect(matchTarget(t, ZHENGZHOU, "latest", { planRegion: "西安市" }).status).toBe("skipped");
    const allowed = matchTarget(t, ZHENGZHOU, "latest", { planRegion: "郑州市金水区", anyRegion: true });
    expect([allowed.status, allowed.reason]).toEqual(["matched", expect.stringMatching(/allowed by option/)]);
    // the same region spelled with its autonomy words
    const qdn = bulletin("全年全州生产总值1329.65亿元。", 2023, "黔东南苗族侗族自治州");
    expect(matchTarget(t, qdn, "latest", { planRegion: "黔东南州" }).status).toBe("matched");
  });

  it("two different values of one indicator are ambiguous: none is taken, both are listed", () => {
    const b = bulletin("全年地区生产总值100亿元。\n年末地区生产总值120亿元。", 2025);
    const m = matchTarget(target({ indicator: "地区生产总值", kind: "level", unit: "亿元" }), b, "latest", opts);
    expect([m.status, m.value, m.candidates.map((c) => c.value)]).toEqual(["ambiguous", null, [100, 120]]);
  });

  it("the same figure stated twice (prose and table) is one value", () => {
    const b = bulletin("全年粮食产量303.2万吨。\n表1 主要农产品产量\n指标\t单位\t产量\n粮食产量\t万吨\t303.2\n", 2025);
    expect(matchTarget(target({ indicator: "粮食产量", kind: "level", unit: "万吨" }), b, "latest", opts).status).toBe("matched");
  });

  it("a sub-item keeps the scope of its total: 出口 of 岚台贸易 is not the region's 出口", () => {
    const b = bulletin(
      "进出口总值51.90亿元，比增76.5%。其中：出口总值10.90亿元，比增44.7%。\n全区岚台贸易实现进出口总额10.82亿元，比增3.6%（其中出口2.12亿元，比增32.6%）。",
      2017, "平潭综合实验区",
    );
    const m = matchTarget(target({ indicator: "出口总值", kind: "level", unit: "亿元" }), b, "latest", { planRegion: "平潭综合实验区" });
    expect([m.status, m.value]).toEqual(["matched", 10.9]);
  });

  it("an unmatched target names its closest candidate", () => {
    const m = matchTarget(target({ indicator: "高新技术企业", kind: "level", unit: "家" }), ZHENGZHOU, "latest", opts);
    expect(m.status).toBe("unmatched");
    expect(m.candidates.length).toBeLessThanOrEqual(3);
  });
});

describe("filling base and latest values", () => {
  const doc: PlanDocument = { id: "plan", title: "规划", issuer: null, region: "郑州市", docNumber: null, issueDate: null, horizon: 2025 };
  const b2020 = bulletin("全年全市地区生产总值12003.0亿元，比上年增长3.0%。\n年末常住人口1260.1万人。", 2020);

  it("the base-year bulletin fills the base, the latest bulletin the latest, each with its source", () => {
    const t = target({ indicator: "地区生产总值", kind: "level", unit: "亿元", baseYear: 2020 });
    const { targets, report } = fillFromBulletins(doc, [t], [ZHENGZHOU, b2020]);
    const got = targets[0]!;
    expect([got.baseYear, got.baseValue, got.latestYear, got.latestValue]).toEqual([2020, 12003, 2025, 15244.6]);
    expect(got.baseSource?.file).toBe("b2020.txt");
    const o = b2020.observations.find((x) => x.value === 12003)!;
    expect(got.baseSource).toEqual({ file: "b2020.txt", start: o.start, end: o.end, sentenceStart: o.sentenceStart, sentenceEnd: o.sentenceEnd });
    expect(report[0]!.filled).toEqual({ base: true, latest: true });
    expect(t.baseValue).toBeUndefined(); // the input target is not changed
  });

  it("without a stated base year, a five-year plan's base is five years before its target year, and the report says so", () => {
    const { targets, report } = fillFromBulletins(doc, [target({ indicator: "常住人口", kind: "level", unit: "万人" })], [ZHENGZHOU, b2020]);
    expect([targets[0]!.baseYear, targets[0]!.baseValue, targets[0]!.latestValue]).toEqual([2020, 1260.1, 1313.8]);
    expect(report[0]!.baseYearFrom).toMatch(/five years before/);
  });

  it("takes the latest bulletin up to the target year, not a later one", () => {
    const b2026 = bulletin("全年全市地区生产总值16000.0亿元。", 2026);
    const t = target({ indicator: "地区生产总值", kind: "level", unit: "亿元", baseYear: 2020 });
    expect(fillFromBulletins(doc, [t], [b2020, ZHENGZHOU, b2026]).targets[0]!.latestYear).toBe(2025);
    expect(fillFromBulletins(doc, [{ ...t, year: 2030 }], [b2020, ZHENGZHOU, b2026]).targets[0]!.latestYear).toBe(2026);
  });

  it("never overwrites a value the plan states: a differing bulletin figure is a conflict, an equal one a confirmation", () => {
    const stated = target({ indicator: "地区生产总值", kind: "level", unit: "亿元", baseYear: 2020, baseValue: 12000 });
    const r = fillFromBulletins(doc, [stated], [ZHENGZHOU, b2020]);
    expect(r.targets[0]!.baseValue).toBe(12000);
    expect(r.report[0]!.conflicts.join()).toMatch(/plan states 12000.*12003.*kept the plan's value/);
    expect(r.targets[0]!.latestValue).toBe(15244.6);
    const same = fillFromBulletins(doc, [{ ...stated, baseValue: 12003 }], [ZHENGZHOU, b2020]);
    expect(same.report[0]!.conflicts).toEqual([]);
    expect(same.report[0]!.notes.join()).toMatch(/agrees/);
  });

  it("never overwrites a value the user gave", () => {
    const t = target({ indicator: "地区生产总值", kind: "level", unit: "亿元" });
    const given = new Map([[t.id, { baseYear: null, base: null, latestYear: 2025, latest: 15000 }]]);
    const r = fillFromBulletins(doc, [t], [ZHENGZHOU], { given });
    expect(r.targets[0]!.latestValue).toBeUndefined();
    expect(r.report[0]!.conflicts.join()).toMatch(/actuals file gives 15000.*15244\.6.*kept/);
  });

  it("a growth target takes the rate of the year and no base value: its base is left empty, or as the plan states it", () => {
    const t = target({ indicator: "地区生产总值", kind: "growth", unit: "%", baseYear: 2024, text: "地区生产总值年均增长6%" });
    const r = fillFromBulletins(doc, [t], [ZHENGZHOU, bulletin("全年全市地区生产总值13500.0亿元，比上年增长7.4%。", 2024)]);
    expect([r.targets[0]!.baseValue, r.targets[0]!.latestYear, r.targets[0]!.latestValue]).toEqual([undefined, 2025, 5.4]);
    expect(r.report[0]!.notes.join()).toMatch(/base value: left empty: a growth target's measures read rates, not a base value; the 2024 bulletin's rate 7\.4 % is not written/);
    // a table's base column gives the level: kept, and the report says it is not read
    const stated = fillFromBulletins(doc, [{ ...t, baseValue: 13500 }], [ZHENGZHOU]);
    expect(stated.targets[0]!.baseValue).toBe(13500);
    expect(stated.report[0]!.notes.join()).toMatch(/left as the plan states it \(13500\): a growth target's measures read rates/);
  });

  it("a growth target's latest value averages the yearly rates since its base year when every year's bulletin is given", () => {
    const t = target({ indicator: "地区生产总值", kind: "growth", unit: "%", baseYear: 2023, text: "地区生产总值年均增长6%" });
    const b2024 = bulletin("全年全市地区生产总值13500.0亿元，按不变价格计算，比上年增长7.4%。", 2024);
    const averaged = fillFromBulletins(doc, [t], [ZHENGZHOU, b2024]);
    expect(averaged.targets[0]!.latestValue).toBeCloseTo((Math.sqrt(1.074 * 1.054) - 1) * 100, 12);
    expect(averaged.targets[0]!.latestSource?.file).toBe("b2025.txt");
    // the 2024 sentence it averages in is named with it
    const o2024 = b2024.observations.find((o) => o.value === 7.4)!;
    expect(averaged.targets[0]!.latestSource?.averages).toEqual([
      { file: "b2024.txt", start: o2024.start, end: o2024.end, sentenceStart: o2024.sentenceStart, sentenceEnd: o2024.sentenceEnd },
    ]);
    expect(averaged.report[0]!.between.map((m) => [m.bulletin.year, m.value])).toEqual([[2024, 7.4]]);
    expect(averaged.report[0]!.notes.join()).toMatch(/the average of the rates of 2024–2025 \(7\.4 %, 5\.4 %\) since 2023/);
    // without the 2024 bulletin: the 2025 rate alone, and the report says so
    const alone = fillFromBulletins(doc, [t], [ZHENGZHOU]);
    expect(alone.targets[0]!.latestValue).toBe(5.4);
    expect(alone.report[0]!.notes.join()).toMatch(/the rate of 2025 alone, not the average of 2024–2025 since 2023 \(no rate of 2024/);
  });

  it("writes the base year a growth target's rate averages from, and none for one year's rate alone", () => {
    // 十四五 年均增长: the base year is five years before the target year; the 2021 and 2022 rates average since 2020
    const t = target({ indicator: "地区生产总值", kind: "growth", unit: "%", text: "地区生产总值年均增长6%" });
    const year = (y: number, rate: number) => bulletin(`全年全市地区生产总值${y}0.0亿元，比上年增长${rate}%。`, y);
    const averaged = fillFromBulletins(doc, [t], [b2020, year(2021, 8.1), year(2022, 1.0)]).targets[0]!;
    expect([averaged.baseYear, averaged.baseValue, averaged.latestYear]).toEqual([2020, undefined, 2022]);
    expect(averaged.latestValue).toBeCloseTo((Math.sqrt(1.081 * 1.01) - 1) * 100, 12);
    const alone = fillFromBulletins(doc, [t], [b2020, year(2022, 1.0)]).targets[0]!;
    expect([alone.baseYear, alone.latestYear, alone.latestValue]).toEqual([undefined, 2022, 1]);
  });

  it("an average with no base year to average from takes the one year's rate, and the report says it is not an average", () => {
    const t = target({ indicator: "地区生产总值", kind: "growth", unit: "%", text: "地区生产总值年均增长8%" });
    const r = fillFromBulletins(doc, [t], [ZHENGZHOU]);
    expect([r.targets[0]!.baseYear, r.targets[0]!.latestYear, r.targets[0]!.latestValue]).toEqual([undefined, 2025, 5.4]);
    expect(r.report[0]!.notes.join()).toMatch(/the rate of 2025 alone, not an average: the plan states no base year/);
    // one year's rate (增长6%) is what the target asks for: no such note
    const one = fillFromBulletins(doc, [{ ...t, text: "地区生产总值增长6%" }], [ZHENGZHOU]);
    expect(one.report[0]!.notes.join()).not.toMatch(/not an average/);
  });

  it("a change against the base year takes nothing from a bulletin's rate of one year", () => {
    const t = target({ indicator: "地区生产总值", kind: "growth", unit: "%", baseYear: 2020, text: "地区生产总值较2020年增长30%" });
    const r = fillFromBulletins(doc, [t], [ZHENGZHOU, b2020]);
    expect([r.targets[0]!.baseValue, r.targets[0]!.latestValue]).toEqual([undefined, undefined]);
    expect(r.report[0]!.latest[0]!.reason).toMatch(/change of one year, not the change since the base/);
  });

  it("an ambiguous match fills nothing", () => {
    const twice = bulletin("全年地区生产总值100亿元。\n年末地区生产总值120亿元。", 2025);
    const r = fillFromBulletins(doc, [target({ indicator: "地区生产总值", kind: "level", unit: "亿元" })], [twice]);
    expect(r.targets[0]!.latestValue).toBeUndefined();
    expect(r.report[0]!.latest[0]!.status).toBe("ambiguous");
  });
});
