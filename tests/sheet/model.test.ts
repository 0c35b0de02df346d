import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Comparator } from "../../src/core/model";
import { MEASURE_KINDS, STATUS_VOCABULARIES, measureApplies, measureOf, status, type RowMeasureKey } from "../../src/core/measure";
import {
  COLUMNS, COMPARATOR_SYMBOLS, FORMULA_KEYS, KIND_LABELS, STATUS_STYLES, TABLE_INPUTS, buildSheetModel, columnIndex, formulaA1,
  parseComparator, parseKind, sheetTarget, statusFormula, type SheetModel,
} from "../../src/core/sheet";
import { DOC, kindFields, makeTarget, manyTargets, statusCases } from "./fixtures";
import { XlError, evaluate, type XlValue } from "./evaluate";
import { expectedCell, planCall, rowInput, rowValues } from "./rows";

const opts = { language: "zh-CN" as const, method: "time" as const, tolerance: 0.05 };

describe("sheet model: columns", () => {
  it("follows the design's column order with zh-CN headers by default", () => {
    const m = buildSheetModel(DOC, [], { ...opts, flavour: "native" });
    expect(m.columns.map((c) => c.header)).toEqual([
      "ID", "地区", "文件", "章节", "指标", "属性", "比较", "目标值", "目标上限", "单位", "目标年", "类型", "责任单位", "原文",
      "基期年", "基期值", "最新年", "最新值",
      "目标水平", "所需年均增速", "所需年均变动", "实际年均增速", "剩余所需年均增速", "剩余所需年均变动", "差距", "完成进度", "时间进度",
      "预计目标年水平", "预计达标年份", "领先/落后年数", "状态", "状态代码", "测算说明", "备注", "标记", "数值来源",
    ]);
    expect(m.columns.filter((c) => c.kind === "user").map((c) => c.key)).toEqual(["baseYear", "base", "latestYear", "latest", "notes", "valueSource"]);
    expect(m.columns.filter((c) => c.kind === "formula").map((c) => c.key)).toEqual([...FORMULA_KEYS]);
    expect(m.freeze).toEqual({ rows: 1, columns: 0 });
  });

  it("has en-US headers, percent formats on rates and year formats on years", () => {
    const m = buildSheetModel(DOC, [], { ...opts, language: "en-US", flavour: "native" });
    expect(m.columns[columnIndex("base")]!.header).toBe("Base value");
    expect(m.columns[columnIndex("progress")]!.numberFormat).toBe("0.00%");
    expect(m.columns[columnIndex("achGrowth")]!.numberFormat).toBe("0.00%");
    expect(m.columns[columnIndex("targetYear")]!.numberFormat).toBe("0");
    expect(m.columns[columnIndex("reachYear")]!.numberFormat).toBe("0");
    expect(m.columns[columnIndex("timeDistance")]!.numberFormat).toBe("0.0");
    expect(m.columns[columnIndex("target")]!.numberFormat).toBe("#,##0.00");
    for (const c of m.columns) expect(c.width).toBeGreaterThan(0);
  });
});

describe("sheet model: formulas", () => {
  it("custom flavour uses PLAN.* with structured references, as in the specification", () => {
    const m = buildSheetModel(DOC, [], { ...opts, flavour: "custom" });
    const f = (k: Parameters<typeof columnIndex>[0]) => m.columns[columnIndex(k)]!.formula!.structured;
    expect(f("reqGrowth")).toContain("PLAN.REQGROWTH([@基期值],");
    expect(f("statusCode")).toContain('PLAN.STATUS([@基期值],[@基期年],[@最新值],[@最新年],[@目标值],[@目标年],[@比较],"time",0.05,[@类型],[@目标上限],"code",TRUE)');
    expect(f("gap")).toContain("PLAN.GAP([@最新值],[@目标值],[@比较],[@目标上限],[@类型],[@基期值])");
    expect(f("targetLevel")).toContain("PLAN.TARGETLEVEL([@基期值],[@目标值],[@类型])");
    expect(f("timeDistance")).toContain('PLAN.TIMEDISTANCE([@基期值],[@基期年],[@最新值],[@最新年],[@目标值],[@目标年],[@比较],"time",[@类型],[@目标上限])');
    // The status column only shows the code column in words: no PLAN call, no dependence on Office's language.
    expect(f("status")).toBe('=IF([@状态代码]="achieved","已完成",IF([@状态代码]="on-track","正常",IF([@状态代码]="moderate","预警",IF([@状态代码]="lagging","滞后",IF([@状态代码]="away","倒退","")))))');
  });

  it("native flavour uses only functions Excel 2010 and LibreOffice 7 know, with _xlfn. in files, within Excel's length limit", () => {
    for (const language of ["zh-CN", "en-US"] as const) {
      for (const method of ["time", "growth"] as const) {
        const m = buildSheetModel(DOC, [makeTarget()], { ...opts, language, method, flavour: "native" });
        for (const c of m.columns.filter((x) => x.formula)) {
          const f = c.formula!.structured;
          expect(f).not.toMatch(/PLAN\.|LET\(|LAMBDA\(|IFS\(|XLOOKUP/);
          const fns = new Set([...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((x) => x[1]));
          for (const fn of fns) expect(["IF", "OR", "AND", "NOT", "MAX", "RRI", "ISNUMBER", "LN", "SIGN", "INT"]).toContain(fn);
          const a1 = formulaA1(m, c.key as never, 2, true);
          if (f.includes("RRI(")) expect(a1).toMatch(/_xlfn\.RRI\(/);
          expect(a1).not.toMatch(/\[@/);
          expect(f.length, `${language} ${method} ${c.key}`).toBeLessThan(8192);
        }
      }
    }
  });

  it("every structured reference names a column of the table", () => {
    for (const language of ["zh-CN", "en-US"] as const) {
      for (const flavour of ["native", "custom"] as const) {
        const m = buildSheetModel(DOC, [], { ...opts, language, flavour });
        const headers = new Set(m.columns.map((c) => c.header));
        for (const c of m.columns.filter((x) => x.formula)) {
          for (const r of c.formula!.structured.matchAll(/\[@(?:\[([^\]]+)\]|([^\]]+))\]/g)) {
            expect(headers.has((r[1] ?? r[2]!).replace(/'(.)/g, "$1")), r[0]).toBe(true);
          }
        }
      }
    }
  });

  it("empty user cells give blank results, never errors", () => {
    for (const flavour of ["native", "custom"] as const) {
      const m = buildSheetModel(DOC, manyTargets(60), { ...opts, flavour });
      for (let i = 0; i < m.rows.length; i++) {
        const r = rowValues(m, i, flavour === "custom" ? planCall("en-US") : undefined);
        const row = rowInput(m, i);
        for (const [key, v] of Object.entries(r)) {
          if (key === "measureNote" || key === "status" || key === "statusCode") continue;
          // What the document alone gives: the target level of a level or share, the rate of a growth target, an
          // annual amount, the required pace of a change against the base year the document names.
          if (measureApplies(key as RowMeasureKey, row)) expect(typeof v, `${flavour} ${key} of a ${row.kind} row`).toBe("number");
          else expect(v, `${flavour} ${key} of a ${row.kind} row`).toBe("");
        }
        expect(r.statusCode, `${flavour} status of a ${row.kind} row`).toBe("");
      }
    }
  });

  const comparators: Comparator[] = [">", ">=", "=", "~", "<=", "<", "range"];
  const same = (got: XlValue, want: XlValue, what: string) => {
    if (want instanceof XlError) {
      expect(got, what).toBeInstanceOf(XlError);
      expect((got as XlError).code, what).toBe(want.code);
    } else if (typeof want === "number") {
      expect(typeof got, `${what}: ${String(got)}`).toBe("number");
      expect(Math.abs((got as number) - want), what).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
    } else expect(got, what).toBe(want);
  };

  it("every formula column equals src/core/measure in both flavours, for random rows of every kind (property)", () => {
    const value = fc.oneof(fc.double({ min: 0.5, max: 5000, noNaN: true }), fc.integer({ min: -150, max: 300 }));
    const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 9, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) });
    fc.assert(
      fc.property(
        fc.record({
          comparator: fc.constantFrom(...comparators),
          kind: fc.constantFrom(...MEASURE_KINDS),
          T: value,
          span: fc.integer({ min: 0, max: 6 }),
          B: maybe(value),
          L: maybe(value),
          b: maybe(fc.integer({ min: 2015, max: 2024 })),
          dl: maybe(fc.integer({ min: -1, max: 8 })),
          dt: fc.integer({ min: -1, max: 10 }),
          method: fc.constantFrom("time" as const, "growth" as const),
          tol: fc.constantFrom(0, 0.05, 0.1),
          language: fc.constantFrom("zh-CN" as const, "en-US" as const),
          vocabulary: fc.constantFrom(...STATUS_VOCABULARIES),
          decrease: fc.boolean(),
        }),
        (x) => {
          const t = (x.b ?? 2020) + x.dt;
          const target = makeTarget({
            ...kindFields(x.kind), comparator: x.comparator, value: x.T, valueMax: x.comparator === "range" ? x.T + x.span : null,
            year: t, decrease: x.decrease,
          });
          const l = x.b === null || x.dl === null ? null : x.b + x.dl;
          const actuals = new Map([[target.id, { baseYear: x.b, base: x.B, latestYear: l, latest: x.L }]]);
          const settings = { language: x.language, method: x.method, tolerance: x.tol, vocabulary: x.vocabulary, actuals };
          const native = buildSheetModel(DOC, [target], { ...settings, flavour: "native" });
          const custom = buildSheetModel(DOC, [target], { ...settings, flavour: "custom" });
          const row = rowInput(native, 0);
          expect(native.rows[0]!.cells[columnIndex("kind")]).toBe(KIND_LABELS[x.language][measureOf(target)]);
          const gotNative = rowValues(native, 0);
          const gotCustom = rowValues(custom, 0, planCall(x.language === "zh-CN" ? "en-US" : "zh-CN"));
          for (const key of FORMULA_KEYS) {
            const want = expectedCell(key, native, row);
            same(gotNative[key]!, want, `native ${key}`);
            same(gotCustom[key]!, want, `custom ${key}`);
          }
          // "Highlight lagging" on a user's range spells the status out without the table's other columns.
          const inline = statusFormula({ ...TABLE_INPUTS, computed: undefined }, { method: x.method, tolerance: x.tol });
          const cells = native.rows[0]!.cells;
          same(evaluate(inline, (k) => cells[columnIndex(k as never)] ?? null), expectedCell("statusCode", native, row), "inline status");
        },
      ),
      { numRuns: 1500, seed: 20240601 },
    );
  });

  it("the fixture cases cover every status, and their statuses are src/core/measure's", () => {
    const cases = statusCases();
    const actuals = new Map(cases.map((c) => [c.target.id, c.actuals]));
    const m = buildSheetModel(DOC, cases.map((c) => c.target), { ...opts, flavour: "native", actuals });
    const shown = new Set(m.rows.map((_, i) => rowValues(m, i).status));
    for (const s of ["已完成", "正常", "预警", "滞后", "倒退", ""]) expect(shown).toContain(s);
    m.rows.forEach((_, i) => expect(rowValues(m, i).statusCode, cases[i]!.note).toBe(expectedCell("statusCode", m, rowInput(m, i))));
  });
});

describe("sheet model: reductions (decrease targets)", () => {
  const cell = (m: SheetModel, i: number) => (k: string): XlValue => m.rows[i]!.cells[columnIndex(k as never)] ?? null;
  const statusOf = (m: SheetModel, i: number) => rowValues(m, i).status;

  it("shows 单位GDP能耗下降13.5% as a cap on growth: −13.5 with ≤, required growth −13.5%", () => {
    const t = makeTarget({ indicator: "单位地区生产总值能耗", comparator: "=", value: 13.5, unit: "%", kind: "growth", decrease: true });
    const m = buildSheetModel(DOC, [t], { ...opts, flavour: "native" });
    const row = m.rows[0]!.cells;
    expect(row[columnIndex("target")]).toBe(-13.5);
    expect(row[columnIndex("comparator")]).toBe("≤");
    expect(row[columnIndex("targetMax")]).toBeNull();
    expect(row[columnIndex("kind")]).toBe("增速");
    expect(evaluate(m.columns[columnIndex("reqGrowth")]!.formula!.expr, cell(m, 0))).toBe(-0.135);
  });

  it("an intensity falling by 15% a year is on track, and achieved at the horizon, not moving away", () => {
    // a growth rate's latest value is the achieved rate in %: a fall of 15% a year is −15
    const falling = { baseYear: 2020, base: null, latestYear: 2021, latest: -15 };
    const reduction = makeTarget({ comparator: "=", value: 13.5, kind: "growth", decrease: true });
    const asWritten = makeTarget({ comparator: "=", value: 13.5, kind: "growth" });
    const atHorizon = makeTarget({ comparator: "=", value: 13.5, kind: "growth", decrease: true, year: 2021 });
    const actuals = new Map([reduction, asWritten, atHorizon].map((t) => [t.id, falling]));
    const m = buildSheetModel(DOC, [reduction, asWritten, atHorizon], { ...opts, flavour: "native", actuals });
    expect(statusOf(m, 0)).toBe("正常");
    expect(statusOf(m, 1)).toBe("倒退"); // the same number read as a rise of 13.5%
    expect(statusOf(m, 2)).toBe("已完成");
    // Falling too slowly lags by the ratio of the falls (3/13.5), rising moves away.
    for (const [latest, expected] of [[-3, "滞后"], [4, "倒退"]] as const) {
      const t = makeTarget({ comparator: "=", value: 13.5, kind: "growth", decrease: true });
      const mm = buildSheetModel(DOC, [t], { ...opts, flavour: "native", actuals: new Map([[t.id, { ...falling, latest }]]) });
      expect(statusOf(mm, 0), `latest ${latest}`).toBe(expected);
    }
  });

  it("mirrors every written comparator, turns a range of falls into a cap at the smaller fall, and leaves other targets alone", () => {
    const shown = (comparator: Comparator, valueMax: number | null = null) =>
      sheetTarget({ comparator, value: 10, valueMax, decrease: true });
    expect(shown(">=")).toEqual({ comparator: "<=", value: -10, valueMax: null });
    expect(shown("=")).toEqual({ comparator: "<=", value: -10, valueMax: null });
    expect(shown("~")).toEqual({ comparator: "<=", value: -10, valueMax: null });
    expect(shown(">")).toEqual({ comparator: "<", value: -10, valueMax: null });
    expect(shown("<=")).toEqual({ comparator: ">=", value: -10, valueMax: null });
    expect(shown("<")).toEqual({ comparator: ">", value: -10, valueMax: null });
    expect(shown("range", 15)).toEqual({ comparator: "<=", value: -10, valueMax: null });
    expect(sheetTarget({ comparator: ">=", value: 10, valueMax: null, decrease: false })).toEqual({ comparator: ">=", value: 10, valueMax: null });
    expect(sheetTarget({ comparator: "range", value: 3, valueMax: 5 })).toEqual({ comparator: "range", value: 3, valueMax: 5 });
    expect(Object.is(sheetTarget({ comparator: "=", value: 0, valueMax: null, decrease: true }).value, 0)).toBe(true);
  });

  it("custom-function tables pass the signed value and the cap to PLAN.STATUS through the cells", () => {
    const t = makeTarget({ comparator: ">=", value: 18, kind: "growth", decrease: true });
    const m = buildSheetModel(DOC, [t], { ...opts, flavour: "custom" });
    expect(m.rows[0]!.cells[columnIndex("target")]).toBe(-18);
    expect(m.rows[0]!.cells[columnIndex("comparator")]).toBe("≤");
    expect(m.columns[columnIndex("statusCode")]!.formula!.structured).toContain("[@目标值]");
  });
});

describe("sheet model: rows, validation, conditional formats", () => {
  it("writes each target's data, the source sentence, and actuals into the user columns", () => {
    const text = "前言。到2025年,地区生产总值达到1000亿元。后文";
    const t = makeTarget({ indicator: "地区生产总值", comparator: ">=", value: 1000, sentenceStart: 3, sentenceEnd: 24, kind: "level" });
    const actuals = new Map([[t.id, { baseYear: 2020, base: 800, latestYear: 2023, latest: 900 }]]);
    const m = buildSheetModel(DOC, [t], { ...opts, flavour: "native", actuals, sourceText: text });
    const row = m.rows[0]!.cells;
    expect(row[columnIndex("id")]).toBe(t.id);
    expect(row[columnIndex("region")]).toBe("某市");
    expect(row[columnIndex("comparator")]).toBe("≥");
    expect(row[columnIndex("target")]).toBe(1000);
    expect(row[columnIndex("targetMax")]).toBeNull();
    expect(row[columnIndex("kind")]).toBe("水平");
    expect(row[columnIndex("responsible")]).toBe("市发改委、市统计局");
    expect(row[columnIndex("section")]).toBe("二、主要目标 › (一)经济发展");
    expect(row[columnIndex("source")]).toBe(text.slice(3, 24).trim());
    expect([row[columnIndex("baseYear")], row[columnIndex("base")], row[columnIndex("latestYear")], row[columnIndex("latest")]]).toEqual([2020, 800, 2023, 900]);
    for (const k of ["reqGrowth", "status", "notes", "flag"] as const) expect(row[columnIndex(k)]).toBeNull();
  });

  it("shows the measure each row takes in the kind column, and 约束性 / 预期性 in the binding column", () => {
    const rows = [
      makeTarget({ kind: "growth", comparator: "=", value: 18, decrease: true, baseYear: 2020, binding: true, text: "单位地区生产总值能耗较2020年下降18%" }),
      makeTarget({ kind: "growth", comparator: "=", value: 13.5, decrease: true, period: "cumulative", binding: false, text: "单位地区生产总值能耗累计下降13.5%" }),
      makeTarget({ kind: "growth", comparator: ">=", value: 7, text: "地区生产总值年均增长7%" }),
      makeTarget({ kind: "increment", period: "annual", value: 5000 }), // 每年培训5000人次
      makeTarget({ kind: "increment", value: 5 }), // 新建学校5所
      // a rate per year keeps its measure whatever base year the plan gives it: 以2020年为基期…年均增长7%, a table's 2020 column
      makeTarget({ kind: "growth", comparator: ">=", value: 7, baseYear: 2020, baseValue: 320, text: "地区生产总值年均增长7%" }),
      makeTarget({ kind: "growth", comparator: ">=", value: 24.6, baseYear: 2020, baseValue: 50, text: "旅游总收入亿元5015024.6%" }),
      makeTarget({ kind: "growth", comparator: "~", value: 6, year: 2024, text: "地区生产总值增长6%左右" }),
    ];
    for (const language of ["zh-CN", "en-US"] as const) {
      const m = buildSheetModel(DOC, rows, { ...opts, language, flavour: "native" });
      const at = (i: number, k: Parameters<typeof columnIndex>[0]) => m.rows[i]!.cells[columnIndex(k)];
      expect(rows.map((_, i) => at(i, "kind"))).toEqual(
        (["change", "change", "growth", "annual", "increment", "growth", "growth", "growth"] as const).map((k) => KIND_LABELS[language][k]),
      );
      expect(rows.slice(0, 5).map((_, i) => at(i, "binding"))).toEqual(language === "zh-CN" ? ["约束性", "预期性", null, null, null] : ["Binding", "Expected", null, null, null]);
      expect(m.validation.find((v) => v.column === "kind")!.rule).toEqual({ type: "list", values: Object.values(KIND_LABELS[language]) });
      expect(m.validation.find((v) => v.column === "binding")!.rule).toEqual({ type: "list", values: language === "zh-CN" ? ["约束性", "预期性"] : ["Binding", "Expected"] });
    }
  });

  it("validates comparators from a list and years as whole numbers", () => {
    const m = buildSheetModel(DOC, [], { ...opts, flavour: "native" });
    const list = m.validation.find((v) => v.column === "comparator")!;
    expect(list.rule).toEqual({ type: "list", values: Object.values(COMPARATOR_SYMBOLS) });
    for (const v of Object.values(COMPARATOR_SYMBOLS)) expect(v.startsWith("=")).toBe(false);
    for (const k of ["targetYear", "baseYear", "latestYear"]) {
      expect(m.validation.find((v) => v.column === k)!.rule).toMatchObject({ type: "wholeNumber" });
    }
  });

  it("has status fills in the agreed colours, a data bar on progress and a behind-time fill", () => {
    const m = buildSheetModel(DOC, [], { ...opts, language: "en-US", flavour: "native" });
    const fills = m.conditional.filter((r) => r.type === "expression" && r.status);
    expect(fills.map((r) => r.type === "expression" && r.status)).toEqual(["achieved", "on-track", "moderate", "lagging", "away"]);
    expect(STATUS_STYLES.achieved.fill).toMatch(/^#[0-9A-F]{6}$/);
    // blue, green, amber, red, red: the dominant channel of each fill
    const dominant = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return r! >= g! && r! >= b! ? (g! > 200 ? "amber" : "red") : g! >= b! ? "green" : "blue";
    };
    expect(["achieved", "on-track", "moderate", "lagging", "away"].map((s) => dominant(STATUS_STYLES[s as "away"].fill))).toEqual(["blue", "green", "amber", "red", "red"]);
    expect(m.conditional.find((r) => r.type === "dataBar")).toMatchObject({ columns: ["progress"], min: 0, max: 1 });
    expect(m.conditional.find((r) => r.name === "behind-time")).toMatchObject({ columns: ["timeProgress"] });
  });

  it("rejects bad input with clear errors", () => {
    const t = makeTarget();
    expect(() => buildSheetModel(DOC, [t, t], { ...opts, flavour: "native" })).toThrow(/duplicate target id/);
    expect(() => buildSheetModel(DOC, [makeTarget({ docId: "other" })], { ...opts, flavour: "native" })).toThrow(/belongs to document other/);
    expect(() => buildSheetModel(DOC, [], { ...opts, tolerance: 5, flavour: "native" })).toThrow(/tolerance/);
  });
});

describe("labels", () => {
  it("parses comparators and kinds back from the sheet in both languages", () => {
    for (const [c, sym] of Object.entries(COMPARATOR_SYMBOLS)) {
      expect(parseComparator(sym)).toBe(c);
      expect(parseComparator(c)).toBe(c);
    }
    expect(parseComparator("whatever")).toBeNull();
    for (const lang of ["zh-CN", "en-US"] as const) {
      for (const [k, label] of Object.entries(KIND_LABELS[lang])) expect(parseKind(label)).toBe(k);
    }
    expect(COLUMNS.length).toBe(36);
  });
});

describe("native formulas read typed spellings as src/core/measure does", () => {
  it.each([["≦", "<="], ["＜", "<"], ["＜＝", "<="], ["区间", "range"]] as const)("comparator %s", (typed, c) => {
    const target = makeTarget({ comparator: c, value: 10, valueMax: c === "range" ? 12 : null });
    const actuals = new Map([[target.id, { baseYear: 2020, base: 20, latestYear: 2022, latest: 15 }]]);
    const m = buildSheetModel(DOC, [target], { ...opts, flavour: "native", actuals });
    const cells = [...m.rows[0]!.cells];
    cells[columnIndex("comparator")] = typed;
    const want = status({ base: 20, baseYear: 2020, latest: 15, latestYear: 2022, target: 10, targetMax: c === "range" ? 12 : null, targetYear: 2025, comparator: c });
    expect(want).not.toBe("unknown");
    expect(rowValues(m, 0, undefined, cells).statusCode).toBe(want);
  });
});
