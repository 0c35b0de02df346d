// The dashboard counts what the tables hold whatever language Office displays: a zh-CN table of PLAN.* formulas,
// recalculated by the PLAN functions as English and as Chinese Office run them, gives the same counts as the
// native formulas (which no display language touches). Before status codes, English Office counted 0 everywhere.
import { describe, expect, it } from "vitest";
import { STATUS_LABELS, type Language } from "../../src/core/model";
import { buildDashboard, buildSheetModel, columnIndex, type ColumnKey, type Flavour, type SheetModel } from "../../src/core/sheet";
import { createPlanFunctions } from "../../src/functions/plan";
import { plainErrorFactory } from "../../src/functions/excel-errors";
import { XlError, evaluate, type CustomCall, type XlValue } from "./evaluate";
import { DOC, statusCases } from "./fixtures";

/** PLAN.* as Office running in `language` computes them. */
function office(language: Language): CustomCall {
  const plan = createPlanFunctions({ errors: plainErrorFactory, language: () => language, extract: () => { throw new Error("unused"); } });
  const fns = plan as unknown as Record<string, (...a: unknown[]) => unknown[][]>;
  return (name, args) => {
    const out = fns[name]!(...args.map((a) => (a instanceof XlError ? { code: a.code } : a)))[0]![0];
    return typeof out === "object" && out !== null ? new XlError((out as { code: XlError["code"] }).code) : (out as XlValue);
  };
}

/** Every column of the table, as the sheet computes it (formula columns evaluated, references resolved). */
function columnValues(m: SheetModel, custom?: CustomCall): (key: string) => XlValue[] {
  const rows = m.rows.map((r) => {
    const memo = new Map<string, XlValue>();
    const cell = (k: string): XlValue => {
      const col = m.columns[columnIndex(k as ColumnKey)]!;
      if (!col.formula) return r.cells[columnIndex(k as ColumnKey)] ?? null;
      if (!memo.has(k)) memo.set(k, evaluate(col.formula.expr, cell, custom));
      return memo.get(k)!;
    };
    return cell;
  });
  return (key) => rows.map((cell) => cell(key));
}

/** Evaluates a dashboard count: COUNTA, COUNTIF, SUMPRODUCT(COUNTIF(…,{…})), SUMPRODUCT(COUNTIFS(…)), and "−". */
function count(formula: string, column: (key: string) => XlValue[]): number {
  const set = (list: string) => new Set(list.split(/[,;]/).map((x) => x.replace(/^"|"$/g, "").toLowerCase()));
  const is = (v: XlValue, s: Set<string>) => typeof v === "string" && s.has(v.toLowerCase());
  const text = formula
    .replace(/SUMPRODUCT\(COUNTIFS\(<(\w+)>,\{([^}]*)\},<(\w+)>,\{([^}]*)\}\)\)/g, (_, a, sa, b, sb) => {
      const [xs, ys, A, B] = [column(a), column(b), set(sa), set(sb)];
      return String(xs.filter((x, i) => is(x, A) && is(ys[i]!, B)).length);
    })
    .replace(/SUMPRODUCT\(COUNTIF\(<(\w+)>,\{([^}]*)\}\)\)/g, (_, a, sa) => String(column(a).filter((x) => is(x, set(sa))).length))
    .replace(/COUNTIF\(<(\w+)>,("[^"]*")\)/g, (_, a, v) => String(column(a).filter((x) => is(x, set(v))).length))
    .replace(/COUNTA\(<(\w+)>\)/g, (_, a) => String(column(a).filter((x) => x !== null && x !== "").length));
  const terms = text.replace(/^=/, "").split("-").map(Number);
  if (terms.some((n) => !Number.isFinite(n))) throw new Error(`cannot count ${formula}`);
  return terms.slice(1).reduce((a, b) => a - b, terms[0]!);
}

describe("dashboard counts never depend on Office's display language", () => {
  const cases = statusCases();
  const actuals = new Map(cases.map((c) => [c.target.id, c.actuals]));
  const model = (flavour: Flavour) =>
    buildSheetModel(DOC, cases.map((c) => c.target), { language: "zh-CN", method: "time", tolerance: 0.05, flavour, actuals });
  const dash = buildDashboard([{ title: "合成用例", indicators: [] }], (_, key) => `<${key}>`, "zh-CN");
  const header = dash.counts[0]!.map(String);
  const labels = Object.values(STATUS_LABELS["zh-CN"]).filter((l) => l !== "");
  const row = dash.counts[1]!.map((c) => (typeof c === "object" && c !== null ? c.formula : ""));

  // The native table shows each status in the sheet's words, whatever Office displays.
  const native = columnValues(model("native"))("status");
  const shown = (label: string) => native.filter((s) => s === label).length;

  it.each(["en-US", "zh-CN"] as const)("counts a zh-CN table of PLAN.* formulas under %s Office as the native table shows it", (language) => {
    const column = columnValues(model("custom"), office(language));
    let counted = 0;
    for (const label of labels) {
      const j = header.indexOf(label);
      expect(j, label).toBeGreaterThan(0);
      expect(count(row[j]!, column), label).toBe(shown(label));
      counted += shown(label);
    }
    expect(counted).toBeGreaterThan(20);
    expect(count(row[header.indexOf("待填")]!, column)).toBe(cases.length - counted);
  });
});
