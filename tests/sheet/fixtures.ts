// Synthetic targets and actuals for the sheet tests and benchmarks (no dependence on the extraction engine).
import type { Comparator, PlanDocument, Target, TargetKind } from "../../src/core/model";
import type { MeasureKind } from "../../src/core/measure";
import type { Actuals } from "../../src/core/sheet";

export const DOC: PlanDocument = {
  id: "doc_test",
  title: "某市关于印发《某市“十四五”发展规划》的通知",
  issuer: "某市人民政府",
  region: "某市",
  docNumber: null,
  issueDate: "2021-06-01",
  horizon: 2025,
};

let seq = 0;
export function makeTarget(p: Partial<Target> = {}): Target {
  seq++;
  return {
    id: `t${String(seq).padStart(4, "0")}`,
    docId: DOC.id,
    indicator: `指标${seq}`,
    comparator: ">=",
    value: 100,
    valueMax: null,
    unit: "亿元",
    year: 2025,
    period: null,
    kind: "level",
    responsible: ["市发改委", "市统计局"],
    section: ["二、主要目标", "(一)经济发展"],
    start: 0,
    end: 4,
    text: `到2025年指标${seq}达到100亿元`,
    sentenceStart: 0,
    sentenceEnd: 4,
    optional: false,
    ...p,
  };
}

/** The target fields that make src/core/measure pick `m` (measureOf). */
export function kindFields(m: MeasureKind): Pick<Target, "kind" | "period"> & { baseYear?: number; text?: string } {
  switch (m) {
    case "change":
      // a change measured against the base year its words name (较2020年下降18%)
      return { kind: "growth", period: null, baseYear: 2020, text: "指标较2020年变化" };
    case "annual":
      return { kind: "increment", period: "annual" };
    default:
      return { kind: m, period: null };
  }
}

export interface Case {
  target: Target;
  actuals: Actuals;
  /** What the case is meant to show (its status is checked against src/core/measure, not this text). */
  note: string;
}

const A = (baseYear: number, base: number, latestYear: number, latest: number): Actuals => ({ baseYear, base, latestYear, latest });
/** A growth rate's cells: the base year, no base value, and the achieved rate in % (docs/measures.md). */
const R = (baseYear: number | null, latestYear: number, rate: number): Actuals => ({ baseYear, base: null, latestYear, latest: rate });

/** A spread of targets × actuals covering every status, comparator family and kind. */
export function statusCases(): Case[] {
  const c = (note: string, t: Partial<Target>, a: Actuals): Case => ({ note, target: makeTarget(t), actuals: a });
  const lvl = (comparator: Comparator, value: number, kind: TargetKind = "level", valueMax: number | null = null) =>
    ({ comparator, value, kind, valueMax });
  const of = (m: MeasureKind, comparator: Comparator, value: number, valueMax: number | null = null) =>
    ({ ...kindFields(m), comparator, value, valueMax });
  return [
    c("achieved floor", lvl(">=", 100), A(2020, 80, 2023, 101)),
    c("on-track floor", lvl(">=", 100), A(2020, 80, 2022, 90)),
    c("moderate floor", lvl(">=", 100), A(2020, 80, 2023, 91)),
    c("lagging floor", lvl(">", 100), A(2020, 80, 2023, 85)),
    c("away floor (fell)", lvl(">=", 100), A(2020, 80, 2022, 70)),
    c("away: base beyond", lvl(">=", 100), A(2020, 120, 2022, 90)),
    c("achieved cap", lvl("<=", 10), A(2020, 20, 2023, 9.5)),
    c("lagging cap", lvl("<", 10), A(2020, 20, 2023, 18)),
    c("on-track cap", lvl("<=", 10), A(2020, 20, 2022, 15)),
    c("range inside", lvl("range", 3, "level", 5), A(2020, 1, 2023, 4)),
    c("range below", lvl("range", 3, "level", 5), A(2020, 1, 2022, 1.5)),
    c("range overshot: above the upper bound lags", lvl("range", 30, "level", 50), A(2020, 20, 2023, 65)),
    c("range from above, on track", lvl("range", 30, "level", 50), A(2020, 70, 2022, 60)),
    c("range left from inside", lvl("range", 30, "level", 50), A(2020, 40, 2022, 55)),
    c("share on-track", { ...lvl(">=", 60, "share"), binding: false }, A(2020, 50, 2021, 53)),
    c("share lagging in points", lvl(">=", 65, "share"), A(2020, 60.5, 2023, 61.5)),
    c("increment from 0, lagging", of("increment", ">=", 5), A(2020, 0, 2023, 2)),
    c("increment from a stock, on track", of("increment", ">=", 500), A(2020, 1000, 2023, 1320)),
    c("increment achieved", of("increment", "=", 1200), A(2020, 0, 2024, 1250)),
    c("annual amount short of the year's target", of("annual", ">=", 5000), A(2023, 0, 2024, 4800)),
    c("annual amount met", of("annual", ">=", 5000), A(2023, 0, 2024, 5200)),
    c("annual amount far short", of("annual", ">=", 500), { baseYear: null, base: null, latestYear: 2024, latest: 200 }),
    // Growth rates: the latest value is the achieved rate in %, the base value is not read.
    c("growth achieved at horizon", { ...lvl(">=", 6, "growth"), year: 2023 }, R(2020, 2023, 6.3)),
    c("growth on-track", lvl(">=", 6, "growth"), R(2020, 2022, 6.1)),
    c("growth moderate", lvl(">=", 6, "growth"), R(2020, 2022, 5)),
    c("growth lagging", lvl(">=", 6, "growth"), R(2020, 2022, 1)),
    c("growth away", lvl(">=", 6, "growth"), R(2020, 2022, -2.5)),
    c("growth with the plan's base level in the base cell: not read", lvl(">=", 6, "growth"), A(2020, 320, 2022, 5)),
    c("growth of one year, no base year (今年增长6%左右)", { ...lvl("~", 6, "growth"), year: 2024 }, R(null, 2024, 5.4)),
    c("growth cap lagging", lvl("<=", 3, "growth"), R(2020, 2022, 5)),
    c("growth cap on-track", lvl("<=", 3, "growth"), R(2020, 2022, 1)),
    c("growth range above the upper bound", lvl("range", 6, "growth", 7), R(2020, 2022, 9.5)),
    // Reductions (能耗下降13.5%): value as written, read as a change of −value.
    c("decrease on-track: fell faster than required", { ...lvl("=", 13.5, "growth"), decrease: true }, R(2020, 2021, -15)),
    c("decrease achieved at horizon", { ...lvl(">=", 13.5, "growth"), decrease: true, year: 2023 }, R(2020, 2023, -16)),
    c("decrease lagging: fell too slowly", { ...lvl("=", 13.5, "growth"), decrease: true }, R(2020, 2022, -5)),
    c("decrease moving away: rose instead", { ...lvl(">", 13.5, "growth"), decrease: true }, R(2020, 2022, 5)),
    c("decrease of at most 5%: held", { ...lvl("<=", 5, "growth"), decrease: true }, R(2020, 2022, -2)),
    c("decrease range 10–15%", { ...lvl("range", 10, "growth", 15), decrease: true }, R(2020, 2021, -12)),
    // Cumulative changes against a base year (较2020年下降18%, 十四五期间累计下降13.5%).
    c("energy intensity 较2020年下降18% by 2030: 100 → 90 in 2025 is on the way",
      { ...of("change", "=", 18), decrease: true, year: 2030, unit: "%", binding: true }, A(2020, 100, 2025, 90)),
    c("carbon intensity 较2020年下降20% by 2030: 100 → 97 in 2025 lags",
      { ...of("change", "=", 20), decrease: true, year: 2030, unit: "%", binding: true }, A(2020, 100, 2025, 97)),
    c("累计下降13.5% already met", { ...of("change", "=", 13.5), period: "cumulative", baseYear: null, decrease: true }, A(2020, 0.5, 2024, 0.43)),
    c("cumulative rise of 30%, moderate", of("change", ">=", 30), A(2020, 200, 2023, 234)),
    c("about-equal floor", lvl("~", 50), A(2021, 40, 2023, 44)),
    c("equals floor", lvl("=", 50), A(2021, 40, 2023, 47)),
    c("unknown: latest before base", lvl(">=", 100), A(2022, 80, 2021, 90)),
    c("unknown: missing latest", lvl(">=", 100), { baseYear: 2020, base: 80, latestYear: null, latest: null }),
    c("blank: nothing filled", lvl(">=", 100), { baseYear: null, base: null, latestYear: null, latest: null }),
    c("no target year", { ...lvl(">=", 100), year: null }, A(2020, 80, 2022, 90)),
  ];
}

/** n plausible targets for volume tests, deterministic. */
export function manyTargets(n: number, docId = DOC.id): Target[] {
  const kinds: MeasureKind[] = ["level", "growth", "share", "increment", "change", "annual"];
  const comps: Comparator[] = [">=", ">", "<=", "~", "range"];
  return Array.from({ length: n }, (_, i) =>
    makeTarget({
      id: `${docId}-${i}`,
      docId,
      indicator: `第${i}项指标：单位地区生产总值能耗降低`,
      ...kindFields(kinds[i % kinds.length]!),
      comparator: comps[i % comps.length]!,
      value: 10 + (i % 90),
      valueMax: comps[i % comps.length] === "range" ? 200 : null,
      year: 2025 + (i % 3),
      text: `到${2025 + (i % 3)}年,第${i}项指标达到${10 + (i % 90)}亿元,比2020年增长一倍以上,确保完成省下达的目标任务。`,
    }),
  );
}
