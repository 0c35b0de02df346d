// "Highlight lagging" on a range the user selects in their own sheet: they say which columns hold the inputs;
// the same status rules become conditional formats there, so the fills follow their edits live.
import type { Language, StatusMethod } from "../core/model";
import {
  BLANK, COMPARATOR_SYMBOLS, columnFromLetter, columnLetter, ref, statusFillRules, statusFormula, str,
  type MeasureInputs,
} from "../core/sheet";
import { queueConditionalRules } from "./render-table";

/** Column letters (as shown in the sheet, e.g. "D") holding each input. */
export interface HighlightMapping {
  base: string;
  baseYear: string;
  latest: string;
  latestYear: string;
  target: string;
  targetYear: string;
  /** Column of comparators (≥, ≤, …); without it every target is a floor (≥). */
  comparator?: string;
  /** Column of kinds (水平, 增速, …); without it every target is a level. */
  kind?: string;
  /** Column of range upper bounds. */
  targetMax?: string;
}

export interface HighlightOptions {
  language: Language;
  method: StatusMethod;
  tolerance: number;
  /** The selection's first row is a header row (default: detected as non-numeric target cell). */
  hasHeader?: boolean;
  /** Colour the whole selected row (default) or only the target column. */
  wholeRow?: boolean;
}

export interface HighlightSummary {
  /** Address of the range that got the formats. */
  address: string;
  rows: number;
  rules: number;
  syncs: number;
}

const REQUIRED: (keyof HighlightMapping)[] = ["base", "baseYear", "latest", "latestYear", "target", "targetYear"];

/** Checks the mapping and returns 0-based sheet column indexes; errors name the offending field. */
export function resolveMapping(m: HighlightMapping): Partial<Record<keyof HighlightMapping, number>> {
  const out: Partial<Record<keyof HighlightMapping, number>> = {};
  for (const key of REQUIRED) {
    if (!m[key] || !String(m[key]).trim()) throw new Error(`column for "${key}" is required`);
  }
  for (const [key, letters] of Object.entries(m) as [keyof HighlightMapping, string | undefined][]) {
    if (letters === undefined || letters === "") continue;
    try {
      out[key] = columnFromLetter(letters);
    } catch {
      throw new Error(`column for "${key}" must be a column letter such as D, got "${letters}"`);
    }
  }
  return out;
}

/** The status inputs as references to row `row` (1-based) of the mapped columns. */
export function mappedInputs(cols: Partial<Record<keyof HighlightMapping, number>>, row: number): MeasureInputs {
  const at = (k: keyof HighlightMapping) => (cols[k] === undefined ? null : ref(`$${columnLetter(cols[k]!)}${row}`));
  return {
    base: at("base")!,
    baseYear: at("baseYear")!,
    latest: at("latest")!,
    latestYear: at("latestYear")!,
    target: at("target")!,
    targetYear: at("targetYear")!,
    targetMax: at("targetMax") ?? BLANK,
    comparator: at("comparator") ?? str(COMPARATOR_SYMBOLS[">="]),
    kind: at("kind") ?? str("level"),
  };
}

export async function highlightSelection(mapping: HighlightMapping, options: HighlightOptions): Promise<HighlightSummary> {
  const cols = resolveMapping(mapping);
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address,rowIndex,columnIndex,rowCount,columnCount");
    const probe = range.getRow(0);
    probe.load("values");
    await context.sync(); // 1
    const firstTarget = probe.values[0]?.[cols.target! - range.columnIndex];
    const header = options.hasHeader ?? (typeof firstTarget === "string" && firstTarget.trim() !== "" && Number.isNaN(Number(firstTarget)));
    const skip = header ? 1 : 0;
    const rows = range.rowCount - skip;
    if (rows < 1) throw new Error("select the rows to highlight (the selection holds only a header)");
    const body = range.getOffsetRange(skip, 0).getResizedRange(-skip, 0);
    const firstRow = range.rowIndex + skip + 1;
    // Every mapped column must lie in the sheet; they may sit outside the selection.
    const inputs = mappedInputs(cols, firstRow);
    const settings = { method: options.method, tolerance: options.tolerance, language: options.language };
    const status = statusFormula(inputs, settings);
    const rules = statusFillRules(status, [options.language], "*");
    const targetCol = range.worksheet.getRangeByIndexes(range.rowIndex + skip, cols.target!, rows, 1);
    const n = queueConditionalRules(
      rules,
      () => [options.wholeRow === false ? targetCol : body],
      (k) => k, // inputs are already A1 references
    );
    await context.sync(); // 2
    return { address: range.address, rows, rules: n, syncs: 2 };
  });
}
