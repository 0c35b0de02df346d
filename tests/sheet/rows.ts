// Evaluates every formula column of a sheet-model row, natively or through the PLAN functions (custom flavour),
// resolving references to other formula columns of the same row — as Excel computes a table row.
import type { Language, Status } from "../../src/core/model";
import { VOCABULARY_LABELS, isMeasureError, rowMeasure, type TargetRow } from "../../src/core/measure";
import {
  columnIndex, measureNote, parseComparator, parseKind, type ColumnKey, type FormulaKey, type SheetModel,
} from "../../src/core/sheet";
import { createPlanFunctions } from "../../src/functions/plan";
import { plainErrorFactory } from "../../src/functions/excel-errors";
import { XlError, evaluate, type CustomCall, type XlValue } from "./evaluate";
import { fakeExtract } from "../functions/fixtures";

/** PLAN.* as the custom flavour calls them, with Office displaying `language`. */
export function planCall(language: Language): CustomCall {
  const plan = createPlanFunctions({ errors: plainErrorFactory, language: () => language, extract: fakeExtract }) as unknown as
    Record<string, (...args: unknown[]) => unknown[][]>;
  return (name, args) => {
    let out: unknown;
    try {
      out = plan[name]!(...args.map((a) => (a instanceof XlError ? { code: a.code } : a)))[0]![0];
    } catch (e) {
      out = e;
    }
    if (typeof out === "object" && out !== null && "code" in out) return new XlError((out as { code: XlError["code"] }).code);
    return out as XlValue;
  };
}

/** Every formula column's value for row `i` (cells the model leaves null are blank). */
export function rowValues(
  m: SheetModel, i: number, custom?: CustomCall, cells: readonly (string | number | null)[] = m.rows[i]!.cells,
): Record<string, XlValue> {
  const memo = new Map<string, XlValue>();
  const cell = (k: string): XlValue => {
    const hit = memo.get(k);
    if (hit !== undefined) return hit;
    const j = columnIndex(k as ColumnKey);
    const col = m.columns[j]!;
    const v = col.formula ? evaluate(col.formula.expr, cell, custom) : (cells[j] ?? null);
    memo.set(k, v);
    return v;
  };
  return Object.fromEntries(m.columns.filter((c) => c.formula).map((c) => [c.key, cell(c.key)]));
}

/** The row as src/core/measure reads it, from the sheet's own cells (symbols and kind labels parsed back). */
export function rowInput(m: SheetModel, i: number, cells: readonly (string | number | null)[] = m.rows[i]!.cells): TargetRow {
  const at = (k: ColumnKey) => cells[columnIndex(k)] ?? null;
  const n = (k: ColumnKey) => (typeof at(k) === "number" ? (at(k) as number) : null);
  return {
    base: n("base"), baseYear: n("baseYear"), latest: n("latest"), latestYear: n("latestYear"),
    target: n("target"), targetMax: n("targetMax"), targetYear: n("targetYear"),
    comparator: parseComparator(String(at("comparator") ?? "")) ?? ">=",
    kind: parseKind(String(at("kind") ?? "")) ?? "level",
  };
}

const ERROR_CODE = { value: "#VALUE!", num: "#NUM!", na: "#N/A", div0: "#DIV/0!" } as const;

/**
 * What a formula column must show for a row, from src/core/measure: a number, "" for blank, a status code, the
 * status label in the model's vocabulary, the note, or the Excel error a MeasureError maps to.
 */
export function expectedCell(key: FormulaKey, m: SheetModel, row: TargetRow): XlValue {
  const s = { method: m.method, tolerance: m.tolerance };
  if (key === "measureNote") return measureNote(row.kind ?? "level", row.base !== null, m.language);
  if (key === "status" || key === "statusCode") {
    const code = rowMeasure("status", row, s) as Status;
    if (key === "status") return VOCABULARY_LABELS[m.vocabulary][m.language][code];
    return code === "unknown" ? "" : code;
  }
  try {
    const v = rowMeasure(key, row, s);
    return v === null ? "" : v;
  } catch (e) {
    if (isMeasureError(e)) return new XlError(ERROR_CODE[e.kind]);
    throw e;
  }
}
