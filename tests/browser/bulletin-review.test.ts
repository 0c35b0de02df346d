// The pane's bulletin review, DOM-free: the worker's proposals for the real 平潭 outline from its real 2020 and
// 2022 bulletins (examples/pingtan), the findings for every target without one, the user's decisions, and what
// goes into the sheet (write entries, or the targets of a new table).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import type { ExtractionResult, Target } from "../../src/core/model";
import {
  acceptSure, acceptedEntries, conversion, proposalKey, reviewCounts, targetSpan, withAccepted, type Decision, type Proposal, type Review,
} from "../../taskpane/bulletin-review";
import { observe, reviewBulletins } from "../../taskpane/observe";
import type { BulletinInput } from "../../taskpane/observe-protocol";
import { decisionKeys, sentenceParts } from "../../taskpane/review-model";
import { readBulletin } from "../../src/core/observe";

const dir = path.resolve(__dirname, "../../examples/pingtan");
const read = (f: string): string => readFileSync(path.join(dir, f), "utf8");
const PLAN = read("26_pingtan_fyp-outline_2021.txt");
const B2020 = read("bulletin-2020.txt");
const B2021 = read("bulletin-2021.txt");
const B2022 = read("bulletin-2022.txt");
const plan: ExtractionResult = extract(PLAN, { docId: "pingtan" });
const keys = decisionKeys(plan.targets);

async function review(bulletins: BulletinInput[], anyRegion = false): Promise<Review> {
  const out = await observe({ id: 1, type: "observe", document: plan.document, targets: plan.targets, bulletins, anyRegion });
  return out.review;
}
const indicator = (p: { targetIndex: number }): string => plan.targets[p.targetIndex]!.indicator;
/** The 2022 bulletin's values for the outline's targets, each checked by hand (the table's rows after its prose). */
const PROPOSED_2022 = [
  ["地区生产总值", "latest", 2022, 3.6, "%"], // 增速在6.5～7.5% ← 比上年增长3.6%
  ["年接待游客规模", "latest", 2022, 704.23, "万人次"], // ← 全年接待国内外游客704.23万人次
  ["进出口总值", "latest", 2022, 204.9, "亿元"],
  ["三产增加值比重", "latest", 2022, 63.2, "%"], // ← 三次产业结构…调整为本期的11.6:25.2:63.2
  ["旅游总收入", "latest", 2022, 63.49, "亿元"], // the table's 2025 column
  ["旅游总收入", "latest", 2022, 4.1, "%"], // its 年均增长 column ← 同比增长4.1%
  ["游客接待总人数", "latest", 2022, 704.23, "万人次"],
  ["游客接待总人数", "latest", 2022, 2.9, "%"],
  ["入境游客接待人数", "latest", 2022, 0.25, "万人次"], // ← 入境旅游人数0.25万人次
  ["入境游客接待人数", "latest", 2022, -58, "%"], // ← 下降58.0%
  ["进出口总额", "latest", 2022, 204.9, "亿元"],
  ["进出口总额", "latest", 2022, 6.1, "%"],
  ["实际利用外资", "latest", 2022, -95.3, "%"], // growth only: the level is in 亿元, the bulletin's in 万美元
  ["服务业增加值比重", "latest", 2022, 63.2, "%"],
  ["森林覆盖率", "latest", 2022, 30.06, "%"],
  ["城市空气质量优良天数比率", "latest", 2022, 99.4, "%"], // ← 环境空气质量达标率99.4%
  ["城镇新增就业人数", "latest", 2022, 2551, "人"], // ← 2022年新增城镇就业人口2551人
  ["地区生产总值增长", "latest", 2022, 3.6, "%"],
  ["居民人均可支配收入", "latest", 2022, 4.9, "%"], // ← 名义增长4.9%
];
const find = (r: Review, name: string, use: "base" | "latest"): Proposal => r.proposals.find((p) => indicator(p) === name && p.use === use)!;

describe("proposals from the real 2022 bulletin", () => {
  it("proposes each matched target's latest value with the bulletin's number and sentence", async () => {
    const r = await review([{ name: "bulletin-2022.txt", text: B2022 }]);
    // Every proposal checked by hand against both texts: the outline's targets (its prose and its 主要指标 table,
    // where a row gives a level and a growth target) and the bulletin's figures; a growth target takes the rate.
    expect(r.proposals.map((p) => [indicator(p), p.use, p.year, p.value, p.unit])).toEqual(PROPOSED_2022);
    for (const p of r.proposals) {
      expect(p.file).toBe("bulletin-2022.txt");
      // the span is the bulletin's number, inside its sentence
      // (a fall, 下降58.0%, is the rate −58)
      expect(Number(/[\d.]+/.exec(B2022.slice(p.span.start, p.span.end))![0])).toBe(Math.abs(p.observed.value));
      expect(p.span.sentenceStart).toBeLessThanOrEqual(p.span.start);
      expect(p.span.sentenceEnd).toBeGreaterThanOrEqual(p.span.end);
      expect(p.sure).toBe(true);
    }
    // The growth target takes the growth rate, not the level (367.71亿元) of the same sentence.
    const gdp = find(r, "地区生产总值", "latest");
    expect(sentenceParts(gdp.span, B2022)).toEqual({ before: "全年实现生产总值367.71亿元，按可比价格计算，比上年增长", match: "3.6%", after: "" });
    expect([gdp.nameReason, find(r, "年接待游客规模", "latest").nameReason]).toEqual(["same", "synonym"]);
  });

  it("lists every other target with why, never guessing", async () => {
    const r = await review([{ name: "bulletin-2022.txt", text: B2022 }]);
    const proposed = new Set(r.proposals.map((p) => p.targetIndex));
    const listed = new Set(r.findings.map((f) => f.targetIndex));
    plan.targets.forEach((_, i) => expect(proposed.has(i) || listed.has(i), plan.targets[i]!.indicator).toBe(true));
    // A cumulative target (the table's 五年累计 column) has no yearly value to take.
    const cumulative = plan.targets.flatMap((t, i) => (t.period === "cumulative" ? [i] : []));
    expect(cumulative.length).toBeGreaterThan(0);
    for (const i of cumulative) expect(r.findings.find((f) => f.targetIndex === i)?.kind, plan.targets[i]!.indicator).toBe("cumulative");
    expect(r.findings.find((f) => indicator(f) === "对台贸易额")?.kind).toBe("unmatched");
    const share = r.findings.find((f) => indicator(f) === "旅游相关产业增加值占GDP比重")!;
    expect(share.candidates[0]).toMatchObject({ indicator: "建筑业增加值占GDP比重", value: 21.7, unit: "%" });
    expect(share.candidates[0]!.score).toBeLessThan(0.85);
  });
});

describe("base and latest from two bulletins, as the CLI decides", () => {
  it("the 2020 bulletin fills 基期 and the 2022 one 最新; a growth target's base rate is listed, not proposed", async () => {
    const r = await review([{ name: "bulletin-2020.txt", text: B2020 }, { name: "bulletin-2022.txt", text: B2022 }]);
    expect([find(r, "进出口总值", "base").value, find(r, "进出口总值", "base").year, find(r, "进出口总值", "latest").value]).toEqual([131.3, 2020, 204.9]);
    expect(find(r, "地区生产总值", "base")).toBeUndefined();
    expect(r.findings.find((f) => indicator(f) === "地区生产总值" && f.use === "base")).toMatchObject({ kind: "growthBase", found: 5.4, year: 2020 });
    expect(r.findings.find((f) => indicator(f) === "城镇新增就业人数" && f.use === "base")!.kind).toBe("incrementBase");
  });

  it("two bulletins of one year that disagree are ambiguous: nothing is proposed", async () => {
    const revised = B2022.replace("全年进出口总值204.9亿元", "全年进出口总值210.0亿元");
    expect(revised).not.toBe(B2022);
    const r = await review([{ name: "bulletin-2022.txt", text: B2022 }, { name: "bulletin-2022-revised.txt", text: revised }]);
    expect(find(r, "进出口总值", "latest")).toBeUndefined();
    const f = r.findings.find((x) => indicator(x) === "进出口总值" && x.use === "latest")!;
    expect(f.kind).toBe("ambiguous");
    expect(f.candidates.map((c) => c.value).sort()).toEqual([204.9, 210]);
    expect(find(r, "森林覆盖率", "latest").value).toBe(30.06); // the same figure in both is one value
  });

  it("a bulletin of another region gives nothing unless the user allows it", async () => {
    const other = read("bulletin-2022.txt").replaceAll("平潭综合实验区", "某某县");
    const skipped = await review([{ name: "other.txt", text: other }]);
    expect(skipped.proposals).toEqual([]);
    expect(skipped.findings.filter((f) => f.use === "latest").every((f) => f.kind === "region" || f.kind === "cumulative")).toBe(true);
    const allowed = await review([{ name: "other.txt", text: other }], true);
    expect(allowed.proposals.map((p) => [indicator(p), p.use, p.year, p.value, p.unit])).toEqual(PROPOSED_2022);
  });

  it("the worker names bulletins uniquely, reports one it cannot read, and takes a year the user gives", async () => {
    const undated = B2022.replaceAll("2022", "本").replaceAll("2023", "次");
    expect(readBulletin(undated).year).toBeNull();
    const out = await observe({
      id: 7, type: "observe", document: plan.document, targets: plan.targets, anyRegion: false,
      bulletins: [
        { name: null, text: B2022 },
        { name: null, text: B2022 },
        { name: "picture.txt", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]).buffer },
        { name: "undated.txt", text: undated },
        { name: "dated.txt", text: undated, year: 2022 },
      ],
    });
    expect(out.bulletins.map((b) => (b.ok ? [b.info.name, b.info.year] : [b.name, b.kind]))).toEqual([
      ["2022年平潭综合实验区国民经济和社会发展统计公报", 2022],
      ["2022年平潭综合实验区国民经济和社会发展统计公报 (2)", 2022],
      ["picture.txt", "binary"],
      ["undated.txt", null],
      ["dated.txt", 2022],
    ]);
  });
});

describe("a growth target's latest rate averaged since its base year", () => {
  const all = (): Promise<Review> =>
    review([{ name: "bulletin-2020.txt", text: B2020 }, { name: "bulletin-2021.txt", text: B2021 }, { name: "bulletin-2022.txt", text: B2022 }]);

  it("shows every rate it averages with its bulletin and sentence, and the base year it averages from", async () => {
    const gdp = find(await all(), "地区生产总值", "latest");
    // 2021: 比上年增长5.8%, 2022: 比上年增长3.6% — averaged since 2020 (five years before the 2025 target).
    expect(gdp.averaged!.map((r) => [r.file, r.year, r.value])).toEqual([["bulletin-2021.txt", 2021, 5.8], ["bulletin-2022.txt", 2022, 3.6]]);
    expect(gdp.value).toBeCloseTo((Math.sqrt(1.058 * 1.036) - 1) * 100, 9);
    for (const r of gdp.averaged!) {
      const text = r.file === "bulletin-2021.txt" ? B2021 : B2022;
      expect(sentenceParts(r.span, text).match).toBe(`${r.value}%`);
      expect(sentenceParts(r.span, text).before).toContain("生产总值");
    }
    // The outline states no base year for it: the proposal carries the one the average is from, and it goes with
    // the value into a new table.
    expect(plan.targets[gdp.targetIndex]!.baseYear).toBeUndefined();
    expect(gdp.averagesFrom).toBe(2020);
    const decisions = new Map<string, Decision>([[proposalKey(gdp, keys), "accept"]]);
    const t = withAccepted(plan.targets, [gdp], keys, decisions)[gdp.targetIndex]!;
    expect([t.baseYear, t.baseValue, t.latestYear, t.latestValue]).toEqual([2020, undefined, 2022, gdp.value]);
    // and into an existing table: the entry written carries it too
    const texts = { own: PLAN, files: new Map([["bulletin-2021.txt", B2021], ["bulletin-2022.txt", B2022]]) };
    const [entry] = acceptedEntries([gdp], keys, decisions, texts);
    expect([entry!.source.year, entry!.averagesFrom]).toEqual([2022, 2020]);
    // with every sentence it averages: the 2022 one, then the 2021 one
    expect(entry!.source.quote).toMatch(/3\.6%/);
    expect(entry!.source.averages!.map((a) => [a.file, /5\.8%/.test(a.quote ?? "")])).toEqual([["bulletin-2021.txt", true]]);
    expect(t.latestSource!.averages!.map((a) => a.file)).toEqual(["bulletin-2021.txt"]);
  });

  it("a target with its own base year keeps it; one bulletin's rate alone is no average", async () => {
    // The table's 年均增长 column, whose 2020 column is the base.
    const r = await all();
    const tourism = r.proposals.find((p) => indicator(p) === "旅游总收入" && p.unit === "%")!;
    expect(plan.targets[tourism.targetIndex]!.baseYear).toBe(2020);
    expect(tourism.averaged!.map((x) => x.year)).toEqual([2021, 2022]);
    expect(tourism.averagesFrom).toBeUndefined();
    // Without the 2021 bulletin the latest is 2022's own rate: one sentence, no base year given with it.
    const gdp = find(await review([{ name: "bulletin-2020.txt", text: B2020 }, { name: "bulletin-2022.txt", text: B2022 }]), "地区生产总值", "latest");
    expect([gdp.value, gdp.averaged, gdp.averagesFrom]).toEqual([3.6, undefined, undefined]);
    // Levels are never averaged.
    expect(r.proposals.filter((p) => p.unit !== "%").every((p) => p.averaged === undefined && p.averagesFrom === undefined)).toBe(true);
  });
});

describe("the user's decisions", () => {
  const proposals = (): Promise<Review> => review([{ name: "bulletin-2020.txt", text: B2020 }, { name: "bulletin-2022.txt", text: B2022 }]);

  it("accepts all sure ones without undoing a rejection, and counts", async () => {
    const r = await proposals();
    const decisions = new Map<string, Decision>();
    const forest = find(r, "森林覆盖率", "latest");
    decisions.set(proposalKey(forest, keys), "reject");
    expect(acceptSure(r.proposals, keys, decisions)).toBe(r.proposals.length - 1);
    expect(decisions.get(proposalKey(forest, keys))).toBe("reject");
    const n = r.proposals.length;
    expect(r.proposals.every((p) => p.sure)).toBe(true);
    expect(reviewCounts(r.proposals, keys, decisions)).toEqual({ proposals: n, sure: n, accepted: n - 1, rejected: 1, undecided: 0 });
    // A "differ only by 总/额/量" match is not sure: the user decides it.
    const neutral = { ...forest, nameReason: "neutral" as const, sure: false, span: { ...forest.span, start: 1 } };
    const d2 = new Map<string, Decision>();
    acceptSure([neutral], keys, d2);
    expect(d2.size).toBe(0);
  });

  it("gives the accepted values to write, with their sentences, and the replacements chosen", async () => {
    const r = await proposals();
    const decisions = new Map<string, Decision>();
    const trade = find(r, "进出口总值", "latest");
    const visitors = find(r, "年接待游客规模", "base");
    decisions.set(proposalKey(trade, keys), "accept");
    decisions.set(proposalKey(visitors, keys), "accept");
    decisions.set(proposalKey(find(r, "森林覆盖率", "latest"), keys), "reject");
    const texts = { own: PLAN, files: new Map([["bulletin-2020.txt", B2020], ["bulletin-2022.txt", B2022]]) };
    const replace = new Map([[proposalKey(visitors, keys), { year: 2020, value: 460 }]]);
    const entries = acceptedEntries(r.proposals, keys, decisions, texts, replace);
    expect(entries).toEqual([
      {
        targetId: visitors.targetId,
        source: { use: "base", value: 459.02, unit: "万人次", year: 2020, file: "bulletin-2020.txt", quote: expect.stringContaining("全年接待国内外游客459.02万人次") },
        replace: { year: 2020, value: 460 },
      },
      {
        targetId: trade.targetId,
        source: { use: "latest", value: 204.9, unit: "亿元", year: 2022, file: "bulletin-2022.txt", quote: "全年进出口总值204.9亿元，同比增长6.1%" },
      },
    ]);
  });

  it("puts the accepted values into the targets of a new table, leaving the rest as extracted", async () => {
    const r = await proposals();
    const decisions = new Map<string, Decision>();
    const trade = find(r, "进出口总值", "latest");
    decisions.set(proposalKey(trade, keys), "accept");
    decisions.set(proposalKey(find(r, "进出口总值", "base"), keys), "reject");
    const out = withAccepted(plan.targets, r.proposals, keys, decisions);
    const t = out[trade.targetIndex]!;
    expect([t.latestYear, t.latestValue, t.latestSource, t.baseValue]).toEqual([2022, 204.9, { file: "bulletin-2022.txt", ...trade.span }, undefined]);
    expect(out.filter((x, i) => x !== plan.targets[i])).toEqual([t]);
    expect(plan.targets[trade.targetIndex]!.latestValue).toBeUndefined();
  });

  it("keeps decisions for the same proposals when the document is extracted again for another year", async () => {
    const r = await proposals();
    const redated = extract(PLAN, { docId: "pingtan", docYear: 2023 });
    const r2 = reviewBulletins(redated.document, redated.targets, [readBulletin(B2022, { file: "bulletin-2022.txt" })]);
    const keys2 = decisionKeys(redated.targets);
    const before = new Set(r.proposals.filter((p) => p.use === "latest").map((p) => proposalKey(p, keys)));
    expect(r2.proposals.map((p) => proposalKey(p, keys2)).every((k) => before.has(k))).toBe(true);
  });
});

describe("what a card shows", () => {
  it("highlights the target's number in its sentence, and the unit conversion made", () => {
    const t = plan.targets.find((x) => x.indicator === "年接待游客规模")!;
    const parts = sentenceParts(targetSpan(t, PLAN), PLAN);
    expect(parts.match).toMatch(/^\d[\d.]*$/);
    expect(Number(parts.match)).toBe(t.value);
    const plain: Target = { ...t, start: 0, end: 4, text: "全面覆盖", sentenceStart: 0, sentenceEnd: 4 };
    expect(targetSpan(plain, "全面覆盖")).toMatchObject({ start: 0, end: 4 });
    const p = { observed: { indicator: "x", value: 56789, unit: "万元" }, value: 5.6789, unit: "亿元" } as Proposal;
    expect(conversion(p)).toEqual({ from: "56789 万元", to: "5.6789 亿元" });
    expect(conversion({ ...p, observed: { ...p.observed, unit: "亿元" } })).toBeNull();
  });
});
