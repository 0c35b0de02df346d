// Queues the sheet model's formulas, formats, validation and conditional formats onto an Excel table body.
// Everything here only queues commands; the caller decides when to sync.
import {
  and, call, columnLetter, renderExpr, renderFormula, str, structuredRef, type ColumnKey, type ConditionalRule, type Expr, type SheetModel,
  type ValidationRule,
} from "../core/sheet";
import type { SyncBudget } from "./payload";
import { payloadBytes } from "./payload";

/** Points per character of column width (Calibri 11). */
const POINTS_PER_CHAR = 7;

export interface BodyLayout {
  sheet: Excel.Worksheet;
  /** 0-based sheet row of the first body row and the number of body rows. */
  firstRow: number;
  rows: number;
  /** 0-based sheet column of the table's first column. */
  firstCol: number;
  /** Table position of each model column. */
  positions: Record<ColumnKey, number>;
  /** The table's header texts by position (a re-imported table may carry the other language's headers). */
  headers: string[];
}

const column = (l: BodyLayout, key: ColumnKey, rowOffset = 0, rows = l.rows): Excel.Range =>
  l.sheet.getRangeByIndexes(l.firstRow + rowOffset, l.firstCol + l.positions[key], rows, 1);

/** An A1 reference to a column in the first body row, column absolute (for conditional formats). */
function firstRowRef(l: BodyLayout, key: string): string {
  return `$${columnLetter(l.firstCol + l.positions[key as ColumnKey])}${l.firstRow + 1}`;
}

/** Body rows (0-based) of each formula column that hold a value the user typed over the formula. */
export type TypedCells = Partial<Record<ColumnKey, ReadonlySet<number>>>;

/** Consecutive runs of the given row indexes: [start, count]. */
export function runs(rows: Iterable<number>): [number, number][] {
  const out: [number, number][] = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === r) last[1]++;
    else out.push([r, 1]);
  }
  return out;
}

/**
 * Formula columns: the first cell of each run gets the structured formula, the rest of the run copies it. Cells
 * where the user typed a value over the formula are left as they are (`typed`).
 */
export async function queueFormulas(model: SheetModel, l: BodyLayout, budget: SyncBudget, typed: TypedCells = {}): Promise<void> {
  for (const c of model.columns) {
    if (!c.formula || l.rows === 0) continue;
    const text = renderFormula(c.formula.expr, {
      flavour: model.flavour,
      ref: (k) => structuredRef(l.headers[l.positions[k as ColumnKey]]!),
    });
    const skip = typed[c.key];
    for (const [start, count] of runs(Array.from({ length: l.rows }, (_, r) => r).filter((r) => !skip?.has(r)))) {
      await budget.reserve(payloadBytes(text) + 64);
      const first = column(l, c.key, start, 1);
      first.formulas = [[text]];
      if (count > 1) column(l, c.key, start + 1, count - 1).copyFrom(first, Excel.RangeCopyType.formulas);
    }
  }
}

/**
 * Number formats of whole columns that hold nothing of the user's (a new table, a column just added): the first
 * body cell gets its format and the rest copy it, a tiny request. Copying carries every format of that cell,
 * so it is never used over cells the user may have formatted.
 */
export async function queueColumnFormats(model: SheetModel, l: BodyLayout, keys: readonly ColumnKey[], budget: SyncBudget): Promise<void> {
  if (l.rows === 0) return;
  for (const c of model.columns.filter((x) => keys.includes(x.key))) {
    await budget.reserve(payloadBytes(c.numberFormat) + 64);
    const first = column(l, c.key, 0, 1);
    first.numberFormat = [[c.numberFormat]];
    if (l.rows > 1) column(l, c.key, 1, l.rows - 1).copyFrom(first, Excel.RangeCopyType.formats);
  }
}

/**
 * Number formats of new rows (body rows [start, start + count)): the first row gets each of our columns' format
 * (the user's columns are left alone), the other new rows copy that row. Before any text is written, so that
 * Excel keeps text in Text (@) cells as written.
 */
export async function queueRowFormats(model: SheetModel, l: BodyLayout, width: number, start: number, count: number, budget: SyncBudget): Promise<void> {
  if (count === 0) return;
  const row: (string | null)[] = new Array(width).fill(null);
  for (const c of model.columns) if (l.positions[c.key] >= 0) row[l.positions[c.key]] = c.numberFormat;
  await budget.reserve(payloadBytes(row) + 64);
  const first = l.sheet.getRangeByIndexes(l.firstRow + start, l.firstCol, 1, width);
  first.numberFormat = [row];
  if (count > 1) l.sheet.getRangeByIndexes(l.firstRow + start + 1, l.firstCol, count - 1, width).copyFrom(first, Excel.RangeCopyType.formats);
}

/** Widths and wrapping of the given columns. */
export function queueColumnLayout(model: SheetModel, l: BodyLayout, keys: readonly ColumnKey[]): void {
  for (const c of model.columns.filter((x) => keys.includes(x.key))) {
    const whole = l.sheet.getRangeByIndexes(l.firstRow - 1, l.firstCol + l.positions[c.key], Math.max(1, l.rows) + 1, 1);
    whole.format.columnWidth = c.width * POINTS_PER_CHAR;
    if (c.wrap) whole.format.wrapText = true;
  }
}

/** Column widths, wrapping and frozen header of a new table's sheet. */
export function queueSheetLayout(model: SheetModel, l: BodyLayout): void {
  queueColumnLayout(model, l, model.columns.map((c) => c.key));
  l.sheet.freezePanes.freezeRows(model.freeze.rows);
}

function validationRule(v: ValidationRule): Excel.DataValidationRule {
  switch (v.rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: v.rule.values.join(",") } };
    case "wholeNumber":
      return { wholeNumber: { formula1: v.rule.min, formula2: v.rule.max, operator: "Between" as Excel.DataValidationOperator } };
    case "decimal":
      return { decimal: { formula1: -1e15, formula2: 1e15, operator: "Between" as Excel.DataValidationOperator } };
  }
}

/**
 * Validation rules of our columns over body rows [start, start + count) (all rows by default), each with its own
 * message, under the column's header, when Excel refuses an entry (else Excel shows its generic stop alert).
 */
export function queueValidation(rules: readonly ValidationRule[], l: BodyLayout, start = 0, count = l.rows): void {
  if (count === 0) return;
  for (const v of rules) {
    const dv = column(l, v.column, start, count).dataValidation;
    dv.rule = validationRule(v);
    // Excel keeps an alert's title to 32 characters and its message to 225 ([MS-OI29500] dataValidation)
    const title = (l.headers[l.positions[v.column]] ?? "").slice(0, 32);
    dv.errorAlert = { message: v.message.slice(0, 225), showAlert: true, style: "Stop" as Excel.DataValidationAlertStyle, title };
  }
}

/** Renders a rule's condition with A1 references relative to the first row of `l`. */
export function conditionFormula(when: Expr, refOf: (key: string) => string): string {
  return `=${renderExpr(when, { flavour: "native", ref: refOf })}`;
}

/** Adds conditional formats for `rules` on the given ranges (shared by the table and "highlight lagging"). */
export function queueConditionalRules(
  rules: readonly ConditionalRule[],
  rangeFor: (columns: ColumnKey[] | "*") => Excel.Range[],
  refOf: (key: string) => string,
): number {
  let n = 0;
  for (const rule of rules) {
    for (const range of rangeFor(rule.columns)) {
      if (rule.type === "dataBar") {
        const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
        cf.dataBar.lowerBoundRule = { type: "Number" as Excel.ConditionalFormatRuleType, formula: String(rule.min) };
        cf.dataBar.upperBoundRule = { type: "Number" as Excel.ConditionalFormatRuleType, formula: String(rule.max) };
        cf.dataBar.positiveFormat.fillColor = rule.color;
      } else {
        const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
        cf.custom.rule.formula = conditionFormula(rule.when, refOf);
        if (rule.style.fill) cf.custom.format.fill.color = rule.style.fill;
        if (rule.style.font) cf.custom.format.font.color = rule.style.font;
        if (rule.style.italic) cf.custom.format.font.italic = true;
      }
      n++;
    }
  }
  return n;
}

/**
 * Marks the add-in's own table rules: a text constant inside each rule's formula, which Excel keeps through
 * save, reload and copy, and which no rule of the user's contains. Re-import finds its rules by it and leaves
 * every other rule alone.
 */
export const TABLE_MARK = "PlanTargets.table";

/** A rule's condition with `mark` in front: AND(ISTEXT("<mark>"), condition). Data bars cannot carry a mark. */
export function markRule(rule: ConditionalRule, mark: string): ConditionalRule {
  return rule.type === "expression" ? { ...rule, when: and(call("ISTEXT", str(mark)), rule.when) } : rule;
}

/** True for a conditional-format formula carrying `mark`. */
export function hasMark(formula: string, mark: string): boolean {
  return formula.includes(`"${mark}"`);
}

export function queueTableConditionalFormats(model: SheetModel, l: BodyLayout, width: number): number {
  if (l.rows === 0) return 0;
  const body = l.sheet.getRangeByIndexes(l.firstRow, l.firstCol, l.rows, width);
  return queueConditionalRules(
    model.conditional.map((r) => markRule(r, TABLE_MARK)),
    (cols) => (cols === "*" ? [body] : cols.map((k) => column(l, k))),
    (k) => firstRowRef(l, k),
  );
}

/** Loaded conditional formats of a table body, to tell the add-in's from the user's. */
export interface TableFormats {
  body: Excel.ConditionalFormatCollection;
  /** Formats on each data-bar column of the model (data bars carry no mark: they are known by colour and bounds). */
  bars: { rule: Extract<ConditionalRule, { type: "dataBar" }>; formats: Excel.ConditionalFormatCollection }[];
}

/** Queues the loads that tell which conditional formats on a table body are the add-in's. */
export function queueTableFormatsLoad(model: SheetModel, body: Excel.Range, positions: Record<ColumnKey, number>): TableFormats {
  const bars = model.conditional.flatMap((rule) =>
    rule.type === "dataBar"
      ? rule.columns.filter((k) => positions[k] >= 0).map((k) => ({
          rule,
          formats: body.getColumn(positions[k]).conditionalFormats.load(
            "items/id,items/type,items/dataBarOrNullObject/positiveFormat/fillColor,items/dataBarOrNullObject/lowerBoundRule,items/dataBarOrNullObject/upperBoundRule",
          ),
        }))
      : [],
  );
  return { body: body.conditionalFormats.load("items/id,items/type,items/customOrNullObject/rule/formula"), bars };
}

/** A data bar's bound when it is a number, else NaN (automatic bounds match no rule of ours). */
const bound = (b: Excel.ConditionalDataBarRule | null | undefined): number =>
  b?.type === "Number" && b.formula !== undefined && b.formula.trim() !== "" ? Number(b.formula.replace(/^=/, "")) : NaN;

/** The add-in's own formats among those loaded: marked custom rules, and data bars of its colour and bounds. */
export function ourTableFormats(f: TableFormats): Excel.ConditionalFormat[] {
  const marked = f.body.items.filter((cf) => cf.type === Excel.ConditionalFormatType.custom && hasMark(cf.customOrNullObject.rule.formula, TABLE_MARK));
  const bars = f.bars.flatMap(({ rule, formats }) =>
    formats.items.filter((cf) => {
      if (cf.type !== Excel.ConditionalFormatType.dataBar) return false;
      const bar = cf.dataBarOrNullObject;
      return bar.positiveFormat.fillColor.toUpperCase() === rule.color.toUpperCase() && bound(bar.lowerBoundRule) === rule.min && bound(bar.upperBoundRule) === rule.max;
    }),
  );
  const seen = new Set<string>();
  return [...marked, ...bars].filter((cf) => !seen.has(cf.id) && seen.add(cf.id));
}
