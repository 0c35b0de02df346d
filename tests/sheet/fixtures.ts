// Synthetic targets and actuals for the sheet tests and benchmarks (no dependence on the extraction engine).
import type { Comparator, PlanDocument, Target, TargetKind } from "../../src/core/model";
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

export interface Case {
  target: Target;
  actuals: Actuals;
  /** What the case is meant to show (its status is checked against src/core/measure, not this text). */
  note: string;
}

const A = (baseYear: number, base: number, latestYear: number, latest: number): Actuals => ({ baseYear, base, latestYear, latest });

/** A spread of targets × actuals covering every status, comparator family and kind. */
export function statusCases(): Case[] {
  const c = (note: string, t: Partial<Target>, a: Actuals): Case => ({ note, target: makeTarget(t), actuals: a });
  const lvl = (comparator: Comparator, value: number, kind: TargetKind = "level", valueMax: number | null = null) =>
    ({ comparator, value, kind, valueMax });
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
    c("share on-track", lvl(">=", 60, "share"), A(2020, 50, 2021, 53)),
    c("increment lagging", lvl(">=", 500, "increment"), A(2020, 100, 2023, 150)),
    c("growth achieved at horizon", { ...lvl(">=", 6, "growth"), year: 2023 }, A(2020, 100, 2023, 120)),
    c("growth on-track", lvl(">=", 6, "growth"), A(2020, 100, 2022, 112.5)),
    c("growth moderate", lvl(">=", 6, "growth"), A(2020, 100, 2022, 108)),
    c("growth lagging", lvl(">=", 6, "growth"), A(2020, 100, 2022, 102)),
    c("growth away", lvl(">=", 6, "growth"), A(2020, 100, 2022, 95)),
    c("growth cap lagging", lvl("<=", 3, "growth"), A(2020, 100, 2022, 110)),
    c("growth cap on-track", lvl("<=", 3, "growth"), A(2020, 100, 2022, 102)),
    // Reductions (能耗下降13.5%): value as written, read as a change of −value.
    c("decrease on-track: fell faster than required", { ...lvl("=", 13.5, "growth"), decrease: true }, A(2020, 100, 2021, 85)),
    c("decrease achieved at horizon", { ...lvl(">=", 13.5, "growth"), decrease: true, year: 2023 }, A(2020, 100, 2023, 60)),
    c("decrease lagging: fell too slowly", { ...lvl("=", 13.5, "growth"), decrease: true }, A(2020, 100, 2022, 95)),
    c("decrease lagging: rose instead", { ...lvl(">", 13.5, "growth"), decrease: true }, A(2020, 100, 2022, 105)),
    c("decrease of at most 5%: held", { ...lvl("<=", 5, "growth"), decrease: true }, A(2020, 100, 2022, 98)),
    c("decrease range 10–15%", { ...lvl("range", 10, "growth", 15), decrease: true }, A(2020, 100, 2021, 88)),
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
  const kinds: TargetKind[] = ["level", "growth", "share", "increment"];
  const comps: Comparator[] = [">=", ">", "<=", "~", "range"];
  return Array.from({ length: n }, (_, i) =>
    makeTarget({
      id: `${docId}-${i}`,
      docId,
      indicator: `第${i}项指标：单位地区生产总值能耗降低`,
      kind: kinds[i % kinds.length]!,
      comparator: comps[i % comps.length]!,
      value: 10 + (i % 90),
      valueMax: comps[i % comps.length] === "range" ? 200 : null,
      year: 2025 + (i % 3),
      text: `到${2025 + (i % 3)}年,第${i}项指标达到${10 + (i % 90)}亿元,比2020年增长一倍以上,确保完成省下达的目标任务。`,
    }),
  );
}
