// "Highlight lagging" on a range the user selects in their own sheet: they say which columns hold the inputs;
// each data row's status code is computed once, in a column of its own beside the user's data (as the table's
// status code column), and the status fill rules compare that cell, so the fills follow their edits live. A rule
// that embedded the whole status expression would run to ~1,100 characters, five times over.
import type { Language, StatusMethod } from "../core/model";
import {
  BLANK, COMPARATOR_SYMBOLS, call, columnFromLetter, columnLetter, columnSpec, iff, ref, renderFormula, statusFillRules, statusFormula, str,
  type ColumnKey, type Expr, type MeasureInputs,
} from "../core/sheet";
import { GRID_COLUMNS, areaWithin, parseAreas, type Area } from "./areas";
import { SheetError, fieldWords } from "./messages";
import { hasMark, markRule, queueConditionalRules } from "./render-table";

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
  /** Rows below the header that hold data (whole columns get the formats to the grid's end, for rows to come). */
  rows: number;
  rules: number;
  /** The add-in's earlier highlight rules within the new ranges, removed before the new ones were added. */
  replaced: number;
  /** The column (letters) holding each data row's status code, which the rules compare. */
  statusColumn: string;
  syncs: number;
}

/** Marks the add-in's own highlight rules (see markRule): they are found by it, never by colours or positions. */
export const HIGHLIGHT_MARK = "PlanTargets.highlight";

/** True for a conditional-format formula written by highlightSelection. */
export function isHighlightFormula(formula: string): boolean {
  return hasMark(formula, HIGHLIGHT_MARK);
}

const REQUIRED: (keyof HighlightMapping)[] = ["base", "baseYear", "latest", "latestYear", "target", "targetYear"];

/**
 * Checks the mapping and returns 0-based sheet column indexes; errors say in plain words, in `language`,
 * which column is missing or not a column letter.
 */
export function resolveMapping(m: HighlightMapping, language: Language = "en-US"): Partial<Record<keyof HighlightMapping, number>> {
  const out: Partial<Record<keyof HighlightMapping, number>> = {};
  for (const key of REQUIRED) {
    if (!m[key] || !String(m[key]).trim()) throw new SheetError(language, (say, l) => say.columnMissing(fieldWords(key as ColumnKey, l)));
  }
  for (const [key, letters] of Object.entries(m) as [keyof HighlightMapping, string | undefined][]) {
    if (letters === undefined || letters === "") continue;
    try {
      out[key] = columnFromLetter(letters);
    } catch {
      throw new SheetError(language, (say, l) => say.columnNotLetter(fieldWords(key as ColumnKey, l), String(letters).trim()));
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

/** What identifies a conditional format to remove: its id, and whether it is one of ours. */
const CF_LOAD = "items/id,items/type,items/customOrNullObject/rule/formula";

/** The sheet's status code column of earlier highlights (its letters): used again while it holds only ours. */
export const STATUS_COLUMN_PROPERTY = "PlanTargets.highlightStatus";

/** The status code of a row of the mapped columns, marked as the add-in's (a status code cell of a highlight). */
export function statusCodeFormula(status: Expr): string {
  return renderFormula(iff(call("ISTEXT", str(HIGHLIGHT_MARK)), status, str("")), { flavour: "native", ref: (k) => k });
}

/** A cell that is empty or holds a status code formula or header of ours, which a highlight may write again. */
const ours = (formula: unknown, header: string): boolean =>
  formula === "" || formula === null || formula === header || (typeof formula === "string" && isHighlightFormula(formula));

export async function highlightSelection(mapping: HighlightMapping, options: HighlightOptions): Promise<HighlightSummary> {
  const cols = resolveMapping(mapping, options.language);
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address,rowIndex,columnIndex,rowCount,columnCount");
    const probe = range.getRow(0);
    probe.load("values");
    const used = range.worksheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount,columnIndex,columnCount");
    const stored = range.worksheet.customProperties.getItemOrNullObject(STATUS_COLUMN_PROPERTY).load("value");
    await context.sync(); // 1: the selection, its first row, where the sheet's data ends, the earlier status column
    const firstTarget = probe.values[0]?.[cols.target! - range.columnIndex];
    const header = options.hasHeader ?? (typeof firstTarget === "string" && firstTarget.trim() !== "" && Number.isNaN(Number(firstTarget)));
    const skip = header ? 1 : 0;
    const rows = range.rowCount - skip;
    if (rows < 1) throw new SheetError(options.language, (say) => say.headerOnly());
    // By indexes, not by offsetting the selection: whole columns (A:J) end at the grid's last row.
    const top = range.rowIndex + skip;
    const body = range.worksheet.getRangeByIndexes(top, range.columnIndex, rows, range.columnCount);
    const targetCol = range.worksheet.getRangeByIndexes(top, cols.target!, rows, 1);
    // Our earlier rules on these rows, whole-row or target column (the target column may lie outside the selection).
    const existing = [body, targetCol].map((r) => r.conditionalFormats.load(CF_LOAD));
    // Status codes go on the rows that hold data (whole columns: to the data's end), header included.
    const dataRows = used.isNullObject ? 0 : Math.max(0, Math.min(top + rows, used.rowIndex + used.rowCount) - Math.max(top, used.rowIndex));
    const codeRows = used.isNullObject ? 0 : Math.max(0, Math.min(top + rows, used.rowIndex + used.rowCount) - top);
    const earlier = stored.isNullObject ? null : columnFromLetterOrNull(stored.value);
    const earlierCells = earlier === null ? null : range.worksheet.getRangeByIndexes(top - skip, earlier, skip + Math.max(1, codeRows), 1).load("formulas");
    await context.sync(); // 2: the conditional formats there, and what the earlier status column holds on these rows

    // Our earlier rules, and where each applies: one that reaches rows or columns outside the new ranges stays (the
    // newer rules come first in Excel's order, and on rows both cover they read the same status code cell).
    const earlierRules = new Map<string, { cf: Excel.ConditionalFormat; areas: Excel.RangeAreas }>();
    for (const collection of existing) {
      for (const cf of collection.items) {
        if (earlierRules.has(cf.id) || cf.type !== Excel.ConditionalFormatType.custom) continue;
        if (isHighlightFormula(cf.customOrNullObject.rule.formula)) earlierRules.set(cf.id, { cf, areas: cf.getRanges().load("address") });
      }
    }
    if (earlierRules.size) await context.sync(); // 2b: where our earlier rules apply
    const bounds: Area[] = [{ row: top, column: range.columnIndex, rows, columns: range.columnCount }, { row: top, column: cols.target!, rows, columns: 1 }];
    let removed = 0;
    for (const { cf, areas } of earlierRules.values()) {
      if (!parseAreas(areas.address).every((a) => bounds.some((b) => areaWithin(a, b)))) continue;
      cf.delete();
      removed++;
    }
    // The earlier status column while it holds nothing of the user's on these rows; else the first column right of
    // everything the sheet holds, the selection and the mapped columns (nothing of the user's is written over).
    const title = columnSpec("statusCode").header[options.language];
    const mapped = Object.values(cols);
    const codeCol = earlier !== null && earlierCells!.formulas.every((row) => ours(row[0], title))
      ? earlier
      : Math.max(range.columnIndex + range.columnCount, used.isNullObject ? 0 : used.columnIndex + used.columnCount, ...mapped.map((c) => c + 1));
    if (codeCol >= GRID_COLUMNS) throw new SheetError(options.language, (say) => say.noStatusColumn());
    const letters = columnLetter(codeCol);
    if (header) range.worksheet.getRangeByIndexes(top - 1, codeCol, 1, 1).values = [[title]];
    if (codeRows > 0) {
      const first = range.worksheet.getRangeByIndexes(top, codeCol, 1, 1);
      const settings = { method: options.method, tolerance: options.tolerance, language: options.language };
      first.formulas = [[statusCodeFormula(statusFormula(mappedInputs(cols, top + 1), settings))]];
      if (codeRows > 1) range.worksheet.getRangeByIndexes(top + 1, codeCol, codeRows - 1, 1).copyFrom(first, Excel.RangeCopyType.formulas);
    }
    range.worksheet.customProperties.add(STATUS_COLUMN_PROPERTY, letters);
    const rules = statusFillRules(ref(`$${letters}${top + 1}`), "*").map((r) => markRule(r, HIGHLIGHT_MARK));
    const n = queueConditionalRules(
      rules,
      () => [options.wholeRow === false ? targetCol : body],
      (k) => k, // inputs are already A1 references
    );
    await context.sync(); // 3: old rules out, status codes and new rules in
    return { address: range.address, rows: dataRows, rules: n, replaced: removed, statusColumn: letters, syncs: earlierRules.size ? 4 : 3 };
  });
}

function columnFromLetterOrNull(letters: string): number | null {
  try {
    return columnFromLetter(letters);
  } catch {
    return null;
  }
}
